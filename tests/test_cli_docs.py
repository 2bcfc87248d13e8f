"""Every command is documented: docs/cli.md is generated from --help, and every --help has an example."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.interfaces.cli import cli

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import gen_cli_docs  # noqa: E402

COMMANDS = [" ".join(p) for p in gen_cli_docs.commands(cli)]


def test_cli_docs_reference_is_up_to_date():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_docs_every_command_has_an_example(command):
    result = CliRunner().invoke(cli, [*command.split(), "--help"], prog_name="marsad")
    assert result.exit_code == 0
    assert "Example" in result.output, f"'marsad {command} --help' shows no example"


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_docs_every_command_is_in_the_readme_or_docs(command):
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md") if p.name != "cli.md")
    assert f"marsad {command}" in docs, f"'marsad {command}' is described nowhere but the generated reference"
