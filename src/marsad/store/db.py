"""The store: one embedded DuckDB file holding analysed articles (tables in ``marsad.store.schema``).

``Store(path)`` opens (and creates) it for writing; ``Store(path, read_only=True)`` for queries. Every batch of
articles is written in one transaction (``write_batch``): all of its rows or none. DuckDB errors (a read-only
path, a full disk, a corrupt file) become ``StoreError`` with one line saying what happened.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from marsad.errors import StoreError
from marsad.store import schema

DEFAULT_DB = "marsad.duckdb"


def _reason(exc: BaseException) -> str:
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = msg.lower()
    if "no space left" in low or "disk full" in low or "errno 28" in low:
        return "the disk is full (no space left on device)"
    if "permission denied" in low or "read-only file system" in low or "errno 13" in low:
        return "permission denied"
    if "lock" in low and "conflicting" in low:
        return "the database is in use by another process (a running ingest?)"
    return msg


class Store:
    """A DuckDB store at ``path``."""

    def __init__(self, path: str | os.PathLike = DEFAULT_DB, read_only: bool = False, threads: int | None = None):
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a directory, not a database file", "give a file name, e.g. marsad.duckdb")
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database", "create it with: marsad ingest FOLDER --db "
                             f"{self.path}")
        if not read_only:
            parent = self.path.parent if str(self.path.parent) else Path(".")
            if not parent.exists():
                raise StoreError(f"{self.path}: the folder {parent} does not exist")
            if not os.access(parent, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
                raise StoreError(f"{self.path}: cannot write the database here (permission denied)",
                                 "choose a writable path with --db")
        # a writer (ingest) keeps DuckDB to one thread and a bounded buffer pool: the cores are for analysis
        config = {"threads": threads, "memory_limit": "1GB"} if threads else {}
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database: {_reason(exc)}") from None
        try:
            if read_only:
                self._check_version()
            else:
                self._create()
        except StoreError:
            self.con.close()
            raise
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"{self.path}: cannot use the database: {_reason(exc)}") from None

    # --- schema -------------------------------------------------------------------------------------------
    def _create(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in tables:
            self._check_version()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for stmt in schema.create_statements():
                self.con.execute(stmt)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(schema.SCHEMA_VERSION)])
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('stories_dirty', '0')")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _check_version(self) -> None:
        import duckdb

        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise StoreError(f"{self.path}: not a Marsad store (no meta table)") from None
        if row is None or row[0] != str(schema.SCHEMA_VERSION):
            raise StoreError(f"{self.path}: store schema version {row[0] if row else '?'}, this Marsad reads "
                             f"version {schema.SCHEMA_VERSION}", "re-ingest into a new database")

    # --- reads --------------------------------------------------------------------------------------------
    def stored_hashes(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT hash FROM articles").fetchall()}

    def stored_ids(self) -> dict[str, str]:
        """given id -> content hash, for the duplicate-id check."""
        return {i: h for i, h in self.con.execute("SELECT id, hash FROM articles WHERE id IS NOT NULL").fetchall()}

    def count(self, table: str) -> int:
        if table not in schema.TABLES:
            raise StoreError(f"no table {table!r}", f"choose from {', '.join(schema.TABLES)}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def counts(self) -> dict[str, int]:
        return {t: self.count(t) for t in schema.TABLES}

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # --- writes -------------------------------------------------------------------------------------------
    def _insert(self, table: str, rows: list[tuple]) -> None:
        import pyarrow as pa

        if not rows:
            return
        sch = schema.arrow_schema(table)
        cols = list(zip(*rows))
        tbl = pa.Table.from_arrays([pa.array(list(c), type=f.type) for c, f in zip(cols, sch)], schema=sch)
        name = f"_batch_{table}"
        self.con.register(name, tbl)
        try:
            verb = "INSERT OR IGNORE" if table == "errors" else "INSERT"
            self.con.execute(f"{verb} INTO {table} SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    def write_batch(self, rows: dict[str, list[tuple]], errors: list[tuple[str, str, str | None]] = ()) -> None:
        """Write the rows of a batch of articles and its bad records in one transaction: all or nothing."""
        import duckdb

        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        try:
            self.con.execute("BEGIN TRANSACTION")
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot write: {_reason(exc)}") from None
        try:
            for table in schema.ARTICLE_TABLES:
                self._insert(table, rows.get(table, []))
            self._insert("errors", [(o, r, h, now) for o, r, h in errors])
            if rows.get("articles"):
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('stories_dirty', '1')")
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError, MemoryError) as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"{self.path}: writing a batch failed and was rolled back: {_reason(exc)}",
                             "nothing of this batch was stored; fix the cause and run the same command again "
                             "to resume") from None

    def close(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
