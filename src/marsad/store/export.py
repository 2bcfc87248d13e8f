"""Export the store's tables to Parquet, JSONL or CSV files (DuckDB COPY), one file per table."""

from __future__ import annotations

from pathlib import Path

from marsad.errors import StoreError
from marsad.store import schema

FORMATS = {"parquet": ("parquet", "FORMAT parquet"), "jsonl": ("jsonl", "FORMAT json"),
           "csv": ("csv", "FORMAT csv, HEADER true")}


def _literal(path: Path) -> str:
    """A SQL string literal for a file path (COPY does not take bound parameters for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def export_tables(con, out_dir: str | Path, fmt: str = "parquet", tables: list[str] | None = None) -> list[tuple]:
    """Write each table to ``out_dir/TABLE.EXT``; returns ``[(table, path, rows)]``."""
    import duckdb

    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", f"choose from {', '.join(FORMATS)}")
    names = tables or list(schema.TABLES)
    unknown = [t for t in names if t not in schema.TABLES]
    if unknown:
        raise StoreError(f"no table {', '.join(unknown)} in the store", f"choose from {', '.join(schema.TABLES)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: cannot create the export folder ({exc.strerror or exc})") from None
    ext, options = FORMATS[fmt]
    written = []
    for table in names:
        path = out / f"{table}.{ext}"
        # embeddings are float arrays: CSV gets them as text "[...]"; blobs (minhash) as hex
        cols = ", ".join(
            f'hex("{c}") AS "{c}"' if t == "BLOB" and fmt != "parquet" else f'"{c}"'
            for c, t in schema.TABLES[table])
        try:
            con.execute(f"COPY (SELECT {cols} FROM {table}) TO {_literal(path)} ({options})")
        except duckdb.Error as exc:
            raise StoreError(f"exporting {table} to {path} failed: {str(exc).splitlines()[0]}") from None
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        written.append((table, str(path), n))
    return written
