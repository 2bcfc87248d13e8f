"""``marsad serve``: the REST API and web pages (``marsad.interfaces.api``) under uvicorn.

Registered on the main group by ``marsad.interfaces.cli`` (``register(cli)``). FastAPI and uvicorn are imported
inside the command so ``marsad --help`` stays fast.
"""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    cli.add_command(serve)


@click.command()
@click.option("--db", default="marsad.duckdb", show_default=True, metavar="FILE",
              help="The DuckDB store to read (opened read-only). Without it, only analysis and the paste page work.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each loads the pipeline once).")
@click.option("--threads", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Analyses run at once in each process.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds one analysis may take (then 504).")
@click.option("--max-mb", default=2.0, show_default=True, type=click.FloatRange(0.001, 1000),
              help="Largest request body in MB (then 413).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve(db, host, port, workers, threads, timeout, max_mb, log_level):
    """Serve the JSON API (/v1, OpenAPI at /openapi.json) and the web pages.

    \b
    Examples:
      marsad serve --db marsad.duckdb
      marsad serve --db news.duckdb --host 0.0.0.0 --port 8080 --workers 2
      curl -s localhost:8000/v1/analyze -H 'content-type: application/json' -d '{"text": "..."}'
    """
    import os
    from pathlib import Path

    try:
        import uvicorn
    except ImportError:
        from marsad.errors import MarsadError

        raise MarsadError("uvicorn is not installed", "pip install 'uvicorn==0.54.0' 'fastapi==0.163.2'") from None
    if not Path(db).exists():
        click.echo(f"marsad: warning: no database at {db}; analysis and the paste page work, store pages answer 503 "
                   f"(create it with: marsad ingest FOLDER --db {db})", err=True)
    os.environ["MARSAD_SERVE_DB"] = str(Path(db).resolve())
    os.environ["MARSAD_SERVE_SETTINGS"] = f"{int(max_mb * 1_000_000)},{timeout},{threads}"
    click.echo(f"marsad: serving on http://{host}:{port} (API under /v1, OpenAPI at /openapi.json)", err=True)
    uvicorn.run("marsad.interfaces.cli_serve:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, timeout_keep_alive=10, limit_concurrency=1000, backlog=2048)


def app_from_env():
    """The app for uvicorn (one per worker process), configured from the variables ``serve`` sets."""
    import os

    from marsad.interfaces.api import Settings, create_app

    settings = Settings(warm_up=True)
    raw = os.environ.get("MARSAD_SERVE_SETTINGS")
    if raw:
        body, timeout, threads = raw.split(",")
        settings = Settings(max_body_bytes=int(body), analyze_timeout=float(timeout), analyze_threads=int(threads),
                            warm_up=True)
    return create_app(os.environ.get("MARSAD_SERVE_DB"), settings)
