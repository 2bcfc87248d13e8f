"""Spark: JSONL or Parquet articles -> the store's tables as Parquet (one folder per table), at cluster scale.

The same analysis as ``marsad ingest``: records are read as the local reader reads them (``_alias`` +
``readers.from_object``, so a malformed line is an ``errors`` row, not a failed job), deduplicated by content hash
(sha1 of the text), analysed with ``mapPartitions`` (the pipeline and encoder built once per partition, by
``marsad.store.ingest.analyse_chunk``), and turned into rows by ``marsad.store.rows.article_rows``; stories are
grouped on the driver from the MinHash signatures. ``local[*]`` by default; any cluster with ``master``
(marsad must be installed on the workers, e.g. ``pip install marsad`` in the executors' image).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

from marsad.errors import InputError, MarsadError, StoreError
from marsad.store import schema

CHUNK = 8


def _records(line_or_row, origin: str):
    """One input record (a JSONL line or a Parquet row as dict) -> ArticleInput or BadRecord."""
    from marsad.io import readers
    from marsad.store.ingest import _alias

    try:
        if isinstance(line_or_row, str):
            try:
                obj = json.loads(line_or_row)
            except json.JSONDecodeError as exc:
                return readers.BadRecord(origin, f"{origin}: malformed JSON at column {exc.colno}: {exc.msg}")
        else:
            obj = {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in line_or_row.items()}
        return readers.from_object(_alias(obj), origin)
    except InputError as exc:
        return readers.BadRecord(origin, exc.message)


def _key(rec) -> str:
    from marsad.io import readers
    from marsad.store.rows import content_hash

    return "bad:" + rec.origin if isinstance(rec, readers.BadRecord) else content_hash(rec.text)


def _analyse_partition(records, embed: bool):
    """Rows ``(table, tuple)`` for a partition of ``(hash, record)``; the pipeline is built once per partition."""
    from marsad.store import ingest

    if ingest._PIPELINE is None or ingest._EMBED != embed:
        ingest.init_worker(embed)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)

    def emit(chunk):
        for r in ingest.analyse_chunk(chunk):
            if r[0] == "ok":
                for table, rows in r[3].items():
                    for row in rows:
                        yield table, row
            else:
                yield "errors", (r[1], r[2], r[3], now)

    buf = []
    for _, rec in records:
        buf.append(rec)
        if len(buf) >= CHUNK:
            yield from emit(buf)
            buf = []
    if buf:
        yield from emit(buf)


def session(master: str = "local[*]", app: str = "marsad"):
    """A SparkSession whose Python workers run this interpreter (so they import this marsad)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise MarsadError("pyspark is not installed", "pip install 'marsad[spark]' (pyspark==4.3.0)") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (SparkSession.builder.master(master).appName(app)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.python.worker.reuse", "true"))
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # no Java, a bad master URL
        raise MarsadError(f"Spark could not start ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})",
                          "check that Java 17+ is installed (java -version) and the --master URL") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_input(spark, path: str, partitions: int | None = None):
    """An RDD of ``(hash, ArticleInput | BadRecord)`` from JSONL (text lines) or Parquet, one per content hash."""
    p = path.rstrip("/")
    is_parquet = p.endswith(".parquet") or (Path(p).is_dir() and any(Path(p).glob("*.parquet")))
    if is_parquet:
        df = spark.read.parquet(path)
        rdd = df.rdd.zipWithIndex().map(lambda ri: _records(ri[0].asDict(), f"{path}#{ri[1] + 1}"))
    else:
        if not p.startswith(("hdfs:", "s3a:", "s3:", "gs:", "abfs:")) and not Path(p).exists():
            raise InputError(f"{path}: no such file or folder")
        lines = spark.sparkContext.textFile(path, minPartitions=partitions or None)
        rdd = (lines.zipWithIndex().filter(lambda li: li[0].strip())
               .map(lambda li: _records(li[0], f"{path}:{li[1] + 1}")))
    keyed = rdd.map(lambda rec: (_key(rec), rec))
    # one analysis per distinct text, as the local ingest does
    return keyed.reduceByKey(lambda a, b: a, numPartitions=partitions or None)


def run(input_path: str, output: str, *, master: str = "local[*]", partitions: int | None = None,
        embed: bool = True, stories: bool = True) -> dict[str, int]:
    """Analyse ``input_path`` and write ``output/TABLE/`` Parquet folders; returns rows per table."""
    from pyspark import StorageLevel

    spark = session(master)
    try:
        records = read_input(spark, input_path, partitions)
        rows = records.mapPartitions(lambda it: _analyse_partition(it, embed)).persist(StorageLevel.MEMORY_AND_DISK)
        counts: dict[str, int] = {}
        tables = [t for t in schema.TABLES if t != "stories"]
        for table in tables:
            part = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1])
            df = spark.createDataFrame(part, schema.spark_schema(table), verifySchema=False)
            df.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{table}")
        for table in tables:
            counts[table] = spark.read.parquet(f"{output.rstrip('/')}/{table}").count()
        if stories:
            from marsad.store import stories as st

            sigs = spark.read.parquet(f"{output.rstrip('/')}/signatures").select("hash", "minhash").collect()
            mapping = st.group([(r["hash"], bytes(r["minhash"])) for r in sigs])
            df = spark.createDataFrame(list(mapping.items()), schema.spark_schema("stories"))
            df.write.mode("overwrite").parquet(f"{output.rstrip('/')}/stories")
            counts["stories"] = len(mapping)
        rows.unpersist()
        return counts
    except MarsadError:
        raise
    except Exception as exc:
        msg = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"the Spark job failed: {type(exc).__name__}: {msg}") from None
    finally:
        spark.stop()
