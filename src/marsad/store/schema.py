"""The store's tables: one ordered column list per table, shared by DuckDB (the store), Parquet exports and Spark.

Each column is ``(name, type)`` with a type from a small vocabulary (``TYPES``) that maps to DuckDB, Arrow and
Spark. Every table is keyed by ``hash`` (sha1 of the article text, hex), the key of an article in the store.
``docs/store.md`` documents every column; a test checks that it names every table and column listed here.
"""

from __future__ import annotations

SCHEMA_VERSION = 1
EMBED_DIM = 512

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("hash", "VARCHAR"), ("id", "VARCHAR"), ("title", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"),
        ("published", "DATE"), ("lang", "VARCHAR"), ("text", "VARCHAR"), ("n_chars", "INTEGER"),
        ("n_words", "INTEGER"), ("n_sentences", "INTEGER"), ("n_entities", "INTEGER"), ("n_quotes", "INTEGER"),
        ("n_times", "INTEGER"), ("n_events", "INTEGER"), ("share_anonymous", "DOUBLE"), ("n_hedged", "INTEGER"),
        ("n_named", "INTEGER"), ("warnings", "VARCHAR"), ("origin", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
    ],
    "entities": [
        ("hash", "VARCHAR"), ("entity_id", "VARCHAR"), ("type", "VARCHAR"), ("name", "VARCHAR"),
        ("name_norm", "VARCHAR"), ("name_en", "VARCHAR"), ("kb_id", "VARCHAR"), ("country", "VARCHAR"),
        ("gender", "VARCHAR"), ("n_mentions", "INTEGER"),
    ],
    "mentions": [
        ("hash", "VARCHAR"), ("entity_id", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"),
        ("text", "VARCHAR"), ("type", "VARCHAR"), ("found_by", "VARCHAR"),
    ],
    "attributions": [
        ("hash", "VARCHAR"), ("quote_id", "VARCHAR"), ("kind", "VARCHAR"),
        ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("cue_text", "VARCHAR"),
        ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("speaker_text", "VARCHAR"),
        ("speaker_norm", "VARCHAR"), ("speaker_type", "VARCHAR"), ("speaker_count", "INTEGER"),
        ("speaker_description", "VARCHAR"), ("speaker_entity", "VARCHAR"), ("speaker_name", "VARCHAR"),
        ("speaker_name_en", "VARCHAR"), ("speaker_kb_id", "VARCHAR"),
        ("content_start", "INTEGER"), ("content_end", "INTEGER"), ("content_text", "VARCHAR"),
        ("hedged", "BOOLEAN"), ("via", "VARCHAR"),
    ],
    "times": [
        ("hash", "VARCHAR"), ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("text", "VARCHAR"),
        ("type", "VARCHAR"), ("value", "VARCHAR"),
    ],
    "events": [
        ("hash", "VARCHAR"), ("event_id", "VARCHAR"), ("code", "VARCHAR"),
        ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"), ("trigger_text", "VARCHAR"),
        ("actor_entity", "VARCHAR"), ("actor_text", "VARCHAR"), ("actor_country", "VARCHAR"),
        ("target_entity", "VARCHAR"), ("target_text", "VARCHAR"), ("target_country", "VARCHAR"),
        ("date", "VARCHAR"), ("quote_id", "VARCHAR"),
    ],
    "signatures": [("hash", "VARCHAR"), ("n_shingles", "INTEGER"), ("minhash", "BLOB")],
    "embeddings": [("hash", "VARCHAR"), ("part", "INTEGER"), ("kind", "VARCHAR"), ("vector", "VECTOR")],
    "stories": [("hash", "VARCHAR"), ("story_id", "VARCHAR")],
    "errors": [("origin", "VARCHAR"), ("reason", "VARCHAR"), ("hash", "VARCHAR"), ("seen_at", "TIMESTAMP")],
}

# Tables whose rows come from analysing one article (written together, in one transaction per batch).
ARTICLE_TABLES = ("articles", "entities", "mentions", "attributions", "times", "events", "signatures",
                  "embeddings")

PRIMARY_KEYS = {
    "articles": ("hash",),
    "signatures": ("hash",),
    "stories": ("hash",),
    "errors": ("origin", "reason"),
}

INDEXES = {
    "entities": ("name_norm",),
    "attributions": ("speaker_norm",),
}


def duck_type(t: str) -> str:
    return f"FLOAT[{EMBED_DIM}]" if t == "VECTOR" else t


def create_statements() -> list[str]:
    """The DDL of the store (idempotent)."""
    out = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"]
    for table, cols in TABLES.items():
        body = ", ".join(f'"{c}" {duck_type(t)}' for c, t in cols)
        if table in PRIMARY_KEYS:
            body += f", PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})"
        out.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    for table, cols in INDEXES.items():
        for c in cols:
            out.append(f"CREATE INDEX IF NOT EXISTS idx_{table}_{c} ON {table} ({c})")
    return out


def arrow_schema(table: str):
    """The pyarrow schema of ``table`` (used to insert batches and to write Parquet)."""
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary(),
        "VECTOR": pa.list_(pa.float32(), EMBED_DIM),
    }
    return pa.schema([(c, types[t]) for c, t in TABLES[table]])


def spark_schema(table: str):
    """The Spark StructType of ``table`` (the distributed path writes the same tables)."""
    from pyspark.sql import types as T

    types = {
        "VARCHAR": T.StringType(), "INTEGER": T.IntegerType(), "BIGINT": T.LongType(), "DOUBLE": T.DoubleType(),
        "BOOLEAN": T.BooleanType(), "DATE": T.DateType(), "TIMESTAMP": T.TimestampType(), "BLOB": T.BinaryType(),
        "VECTOR": T.ArrayType(T.FloatType(), containsNull=False),
    }
    return T.StructType([T.StructField(c, types[t], True) for c, t in TABLES[table]])
