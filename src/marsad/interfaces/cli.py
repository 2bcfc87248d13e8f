"""The ``marsad`` command line: a thin layer over the Python API (``marsad.analyze``, readers, writers, store).

Every error is one line on stderr and a non-zero exit code, never a traceback
(set MARSAD_DEBUG=1 to see one). Exit codes: 0 ok, 1 usage, 2 bad input, 3 some records of a batch were
skipped, 4 model, 5 store, 70 internal error, 130 interrupted.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
from pathlib import Path

import click

from marsad import __version__
from marsad.errors import InputError, MarsadError, ModelError, StoreError

EXIT_CODES = {InputError: 2, ModelError: 4, StoreError: 5}
# Command groups kept in their own modules (each registers its commands on the main group).
COMMAND_MODULES = ("marsad.interfaces.cli_corpus", "marsad.interfaces.cli_serve")
EVALUATIONS = {
    "ner": "named entities on the ANERcorp test part (seqeval exact match)",
    "segmentation": "clitic segmentation against UD Arabic-PUD",
    "attribution": "quotes and speakers on the dev set and the public example",
    "time": "time expressions (span and value) on the dev set and the public example",
    "events": "PLOVER events on the dev set and the public example",
}


def _err(message: str) -> None:
    click.echo(f"marsad: error: {message}", err=True)


def _valid_date(ctx, param, value):
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, "--version", "-V", prog_name="marsad")
def cli():
    """Marsad (مرصد): who said what, on whose authority, when and where, in Arabic news.

    \b
    Example:
      marsad analyze examples/water-talks.ar.txt
      marsad analyze article.html --published 2023-06-06 --json -o out.json
    """


@cli.command()
@click.argument("file", metavar="FILE|-")
@click.option("--published", callback=_valid_date, metavar="YYYY-MM-DD",
              help="Publication date: relative times ('yesterday') are resolved against it.")
@click.option("--json", "as_json", is_flag=True, help="Print the article JSON contract (same as --format json).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "html", "events"]), default=None,
              help="table (default, for the terminal), json (the contract), html (a self-contained RTL page), "
                   "events (CSV, one row per event).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
@click.option("--input-format", type=click.Choice(["auto", "txt", "html", "json", "jsonl"]), default=None,
              help="Override the format guessed from the file name.")
@click.option("--max-mb", type=click.FloatRange(0.001, 2000), default=10, show_default=True,
              help="Refuse inputs larger than this; texts over 200,000 characters are analysed in chunks.")
def analyze(file, published, as_json, fmt, output, input_format, max_mb):
    """Analyse one article (.txt, .html, .json) or each article of a .jsonl file.

    \b
    Examples:
      marsad analyze examples/water-talks.ar.txt
      marsad analyze article.txt --published 2023-06-06 --json > article.json
      cat article.html | marsad analyze - --format html -o article.html
      marsad analyze articles.jsonl --format events -o events.csv
    """
    from marsad.io import readers, writers
    from marsad.pipeline import analyze as run

    if as_json and fmt not in (None, "json"):
        raise click.UsageError("--json and --format are exclusive")
    fmt = "json" if as_json else (fmt or "table")
    records = readers.read_path(file, input_format, int(max_mb * 1_000_000))
    results, skipped = [], 0
    try:
        for rec in records:
            if isinstance(rec, readers.BadRecord):
                skipped += 1
                click.echo(f"marsad: skipped {rec.origin}: {rec.reason}", err=True)
                continue
            meta = rec.meta()
            if published:
                meta["published"] = published
            for w in rec.warnings:
                click.echo(f"marsad: warning: {w}", err=True)
            results.append(run(rec.text, **meta))
    except InputError:
        if not results:
            raise
        # a whole-file error after some records were read: keep what was read
        skipped += 1
    if not results:
        raise InputError(f"{file}: no readable article", "see the messages above")

    if fmt == "json":
        if len(results) == 1:
            out = writers.to_json(results[0]) + "\n"
        else:
            out = "".join(writers.to_json(a, indent=None) + "\n" for a in results)
    elif fmt == "events":
        out = writers.events_csv(results)
    elif fmt == "html":
        if len(results) > 1 and not output:
            raise click.UsageError("--format html writes one page per article: give -o DIR for a batch")
        out = writers.render_html(results[0]) if len(results) == 1 else None
        if out is None:
            Path(output).mkdir(parents=True, exist_ok=True)
            for a in results:
                (Path(output) / f"{a.id}.html").write_text(writers.render_html(a), encoding="utf-8")
            click.echo(f"wrote {len(results)} pages to {output}", err=True)
    else:
        out = None
        from rich.console import Console

        console = Console(file=open(output, "w", encoding="utf-8") if output else None, width=None if not output else 140)
        for a in results:
            writers.render_table(a, console)
    if out is not None:
        if output:
            Path(output).write_text(out, encoding="utf-8")
        else:
            sys.stdout.write(out)
    if skipped:
        click.echo(f"marsad: {len(results)} article(s) analysed, {skipped} skipped", err=True)
        sys.exit(3)


@cli.command("eval", context_settings={"ignore_unknown_options": True})
@click.argument("what", type=click.Choice(list(EVALUATIONS)))
@click.option("--data", "data_dir", type=click.Path(file_okay=False), default=None,
              help="The data folder (default: ../shared/data when it is there).")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
def evaluate(what, data_dir, extra):
    """Print the quality figures of one stage on held-out data (last line: the headline figure).

    \b
    ner            named entities on the ANERcorp test part (seqeval exact match)
    segmentation   clitic segmentation against UD Arabic-PUD
    attribution    quotes and speakers on the dev set and the public example
    time           time expressions (span and value) on the dev set and the public example
    events         PLOVER events on the dev set and the public example

    \b
    Further options go to the evaluation itself (e.g. --errors for time and events, --per-file for attribution).

    \b
    Example:
      marsad eval ner --data ../shared/data
      marsad eval time --errors
    """
    try:
        module = importlib.import_module(f"marsad.evaluation.{what}")
    except ModuleNotFoundError:
        raise MarsadError(f"the '{what}' evaluation is not available in this build") from None
    main_fn = module.main
    params = inspect.signature(main_fn).parameters
    if "argv" in params:
        argv = list(extra)
        if data_dir and "attribution" == what:
            argv += ["--shared", str(Path(data_dir).resolve().parent)]
        code = main_fn(argv)
    elif "data_dir" in params:
        code = main_fn(data_dir=data_dir)
    else:
        code = main_fn()
    sys.exit(code or 0)


def _register_command_modules() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(cli)


_register_command_modules()


def main(argv=None) -> None:
    """Entry point: runs the CLI and turns every error into one line on stderr and an exit code."""
    try:
        rv = cli.main(args=argv, prog_name="marsad", standalone_mode=False)
        sys.exit(rv if isinstance(rv, int) else 0)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        _err("aborted")
        sys.exit(130)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except MarsadError as exc:
        _err(str(exc))
        sys.exit(next((c for t, c in EXIT_CODES.items() if isinstance(exc, t)), 1))
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except MemoryError:
        _err("out of memory: the input is too large for this machine; split it into articles")
        sys.exit(70)
    except SystemExit:
        raise
    except Exception as exc:  # never a traceback for users
        if os.environ.get("MARSAD_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (set MARSAD_DEBUG=1 to see the traceback, "
             "and please report it)")
        sys.exit(70)


if __name__ == "__main__":
    main()
