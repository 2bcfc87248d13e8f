"""Write docs/cli.md from the commands' own --help texts (as sqlite-utils does), so the reference never drifts.

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 when docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from marsad.interfaces.cli import cli

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def commands(group: click.Group, prefix: tuple[str, ...] = ()):
    """Every command path under ``group``, depth first, sorted by name."""
    ctx = click.Context(group)
    for name in sorted(group.list_commands(ctx)):
        cmd = group.get_command(ctx, name)
        yield prefix + (name,)
        if isinstance(cmd, click.Group):
            yield from commands(cmd, prefix + (name,))


def render() -> str:
    runner = CliRunner()
    parts = ["# Command-line reference\n",
             "Generated from `--help` by `scripts/gen_cli_docs.py`; a test fails when it is out of date.\n"]
    for path in [()] + list(commands(cli)):
        result = runner.invoke(cli, [*path, "--help"], prog_name="marsad", terminal_width=100)
        title = "marsad " + " ".join(path) if path else "marsad"
        parts.append(f"## {title}\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("docs/cli.md is out of date: run .venv/bin/python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
