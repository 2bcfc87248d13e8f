"""Corpus commands of the ``marsad`` CLI: ingest, export, quotes, entities, timeline, sources, stories, search, sql,
spark. Registered on the main group by ``marsad.interfaces.cli`` (``register(cli)``).

Heavy libraries (duckdb, pyspark, datasketch, the sentence encoder) are imported inside the commands so
``marsad --help`` stays fast. Errors are ``marsad.errors`` exceptions, printed as one line by the entry point.
"""

from __future__ import annotations

import json
import sys

import click

from marsad.errors import StoreError

DB_HELP = "The DuckDB store (one file)."


def _db_option(f):
    return click.option("--db", default="marsad.duckdb", show_default=True, metavar="FILE", help=DB_HELP)(f)


def _json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print a JSON array of row objects.")(f)


def _valid_date(ctx, param, value):
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _open(db: str):
    from marsad.store.db import Store

    return Store(db, read_only=True)


def _emit(result, as_json: bool, title: str | None = None, show: list[str] | None = None) -> None:
    """Rows as JSON (an array of objects) or as a readable table; the hint, if any, on stderr."""
    if as_json:
        sys.stdout.write(json.dumps(result.rows, ensure_ascii=False, default=_json_default, indent=1) + "\n")
    elif result.rows:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        cols = [c for c in (show or result.columns or list(result.rows[0])) if c in result.rows[0]]
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in result.rows:
            table.add_row(*[_cell(r.get(c)) for c in cols])
        Console().print(table)
    if result.hint:
        click.echo(f"marsad: {result.hint}", err=True)
    elif not result.rows and not as_json:
        click.echo("marsad: no rows", err=True)


def _json_default(value):
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def _cell(value, width: int = 160) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value % 1 else str(int(value))
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    s = str(value).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def register(cli: click.Group) -> None:
    for cmd in (ingest, export, quotes, entities, timeline, sources, stories, search, sql, spark):
        cli.add_command(cmd)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_db_option
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Analysis processes (default: all cores).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=200, show_default=True,
              help="Articles per database transaction (a kill loses at most one batch; rerun to resume).")
@click.option("--no-embed", is_flag=True, help="Do not store sentence embeddings (faster; no 'marsad search').")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths, db, workers, batch_size, no_embed, progress, as_json):
    """Analyse files and folders of articles into the store (idempotent, resumable).

    Reads .txt, .html, .json, .jsonl and RSS/Atom feeds (.rss, .atom, .xml), folders recursively.
    An article already stored (same text) is skipped before analysis; a bad record is stored in the
    errors table and the run goes on. Killed or failed? Run the same command again: it resumes.

    \b
    Examples:
      marsad ingest articles/ feeds/latest.rss --db news.duckdb
      marsad ingest corpus.jsonl --db news.duckdb --workers 2 --batch-size 500
    """
    from marsad.store.ingest import ingest as run

    if progress is None:
        progress = sys.stderr.isatty()
    summary = run(paths, db, workers=workers, batch_size=batch_size, embed=not no_embed, progress=progress,
                  on_warning=lambda m: click.echo(f"marsad: warning: {m}", err=True))
    rate = summary.analysed / summary.seconds if summary.seconds else 0.0
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        for reason in summary.error_samples[:10]:
            click.echo(f"marsad: skipped {reason}", err=True)
        click.echo(f"read {summary.read}, analysed {summary.analysed}, skipped as already stored {summary.skipped}, "
                   f"errors {summary.errors} ({summary.seconds:.1f} s, {rate:.1f} articles/s)"
                   + (f"; {summary.stories} stories of 2+ articles" if summary.stories is not None else ""))
        if summary.errors:
            click.echo(f"marsad: {summary.errors} bad record(s) are listed in the errors table: "
                       f'marsad sql "SELECT * FROM errors" --db {db}', err=True)
    return 3 if summary.errors else 0


@click.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl", "csv"]), default="parquet", show_default=True)
@click.option("--table", "tables", multiple=True, help="A table to export (repeatable; default: all).")
@click.option("-o", "--output", "out_dir", default="export", show_default=True, metavar="DIR",
              help="Folder to write TABLE.parquet / .jsonl / .csv into.")
def export(db, fmt, tables, out_dir):
    """Export tables of the store (DuckDB COPY), one file per table.

    \b
    Examples:
      marsad export --db news.duckdb --format parquet -o export/
      marsad export --db news.duckdb --format csv --table attributions --table articles -o csv/
    """
    from marsad.store.export import export_tables

    with _open(db) as store:
        written = export_tables(store.con, out_dir, fmt, list(tables) or None)
    for table, path, n in written:
        click.echo(f"{table}: {n} rows -> {path}")


@click.command()
@click.option("--speaker", required=True, metavar="NAME", help="Who: a name in Arabic or English.")
@click.option("--about", metavar="ENTITY", help="Only quotes whose content mentions this entity.")
@click.option("--since", callback=_valid_date, metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--until", callback=_valid_date, metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True)
@_db_option
@_json_option
def quotes(speaker, about, since, until, limit, db, as_json):
    """What a speaker is reported to have said (direct and indirect quotes).

    \b
    Examples:
      marsad quotes --speaker "John Kerry" --db news.duckdb
      marsad quotes --speaker كيري --about اليمن --since 2015-07-01 --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.quotes(store.con, speaker, about, since, until, limit), as_json, f"quotes: {speaker}",
              ["published", "source", "speaker", "speaker_type", "content", "hedged"])


@click.command()
@click.option("--top", type=click.IntRange(1, 100_000), default=20, show_default=True)
@click.option("--type", "etype", type=click.Choice(["PER", "ORG", "LOC", "MISC"], case_sensitive=False))
@_db_option
@_json_option
def entities(top, etype, db, as_json):
    """The most mentioned entities (by articles, then mentions).

    \b
    Examples:
      marsad entities --top 20 --db news.duckdb
      marsad entities --top 10 --type PER --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.entities(store.con, top, etype), as_json, "entities")


@click.command()
@click.argument("entity")
@_db_option
@_json_option
def timeline(entity, db, as_json):
    """Mentions of an entity and quotes by it, per day.

    \b
    Examples:
      marsad timeline "Ban Ki-moon" --db news.duckdb
      marsad timeline الحوثيين --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.timeline(store.con, entity), as_json, f"timeline: {entity}")


@click.command()
@click.option("--outlet", metavar="X", help="Only outlets whose name contains X.")
@_db_option
@_json_option
def sources(outlet, db, as_json):
    """The sourcing profile of each outlet: articles, attributions, share anonymous, hedged, named.

    \b
    Examples:
      marsad sources --db news.duckdb
      marsad sources --outlet aawsat --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.sources(store.con, outlet), as_json, "sources")


@click.command()
@click.option("--min-size", type=click.IntRange(2, 1_000_000), default=2, show_default=True)
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@_db_option
@_json_option
def stories(min_size, limit, db, as_json):
    """Stories: groups of near-duplicate articles (copies and rewrites of one wire story).

    \b
    Examples:
      marsad stories --db news.duckdb
      marsad stories --min-size 3 --json
    """
    from marsad.store import queries
    from marsad.store.db import Store

    with _open(db) as store:
        dirty = store.meta("stories_dirty") == "1"
    if dirty:  # an ingest was interrupted before it grouped its articles: group them now
        from marsad.store import stories as st

        try:
            with Store(db) as store:
                st.rebuild(store.con)
        except StoreError as exc:
            click.echo(f"marsad: warning: stories are out of date and cannot be regrouped: {exc}", err=True)
    with _open(db) as store:
        _emit(queries.stories(store.con, min_size, limit), as_json, "stories",
              ["story_id", "size", "first", "last", "sources", "title"])


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(1, 10_000), default=10, show_default=True)
@_db_option
@_json_option
def search(query, limit, db, as_json):
    """Articles nearest in meaning to QUERY, in any language (multilingual sentence embeddings).

    \b
    Examples:
      marsad search "NATO office in Japan" --db news.duckdb
      marsad search "أسعار النفط" --limit 5 --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.search(store.con, query, limit), as_json, f"search: {query}",
              ["score", "published", "source", "title", "lead"])


@click.command()
@click.argument("statement", metavar='"SELECT ..."')
@_db_option
@_json_option
def sql(statement, db, as_json):
    """Run one read-only SQL query (SELECT, WITH, DESCRIBE or SHOW) on the store.

    \b
    Examples:
      marsad sql "SELECT source, count(*) FROM articles GROUP BY source" --db news.duckdb
      marsad sql "DESCRIBE attributions" --json
    """
    from marsad.store import queries

    with _open(db) as store:
        _emit(queries.sql(store.con, statement), as_json)


@click.command()
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL (spark://host:7077, yarn, ...).")
@click.option("--partitions", type=click.IntRange(1, 1_000_000), default=None,
              help="Partitions to split the input into (default: Spark's).")
@click.option("--no-embed", is_flag=True, help="Do not compute sentence embeddings.")
def spark(input_path, output, master, partitions, no_embed):
    """Analyse JSONL or Parquet articles with Spark and write the store's tables as Parquet (a folder per table).

    \b
    Examples:
      marsad spark corpus.jsonl out/ --partitions 8
      marsad spark s3a://bucket/articles.parquet s3a://bucket/marsad/ --master spark://head:7077
    """
    from marsad.distributed.spark import run

    counts = run(input_path, output, master=master, partitions=partitions, embed=not no_embed)
    for table, n in counts.items():
        click.echo(f"{table}: {n} rows")
