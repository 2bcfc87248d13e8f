"""marsad spark: the same analysis with pyspark in local mode writes Parquet tables matching a local ingest."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from marsad.store import schema
from marsad.store.db import Store
from marsad.store.ingest import ingest

HERE = Path(__file__).parent
CORPUS = HERE / "data" / "corpus"

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'marsad[spark]')")
if shutil.which("java") is None:
    pytest.skip("Java is not installed (Spark needs Java 17+)", allow_module_level=True)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """10-20 articles as one JSONL file: the corpus fixture plus dev texts, with its bad lines."""
    root = tmp_path_factory.mktemp("spark")
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for f in sorted((HERE / "data" / "dev").glob("*.ar.txt"))[:8]:
        lines.append(json.dumps({"id": f.name, "text": f.read_text(encoding="utf-8"), "source": "dev"},
                                ensure_ascii=False))
    path = root / "sample.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root, path


@pytest.fixture(scope="module")
def spark_out(sample):
    root, path = sample
    out = root / "out"
    proc = subprocess.run([sys.executable, "-m", "marsad.interfaces.cli", "spark", str(path), str(out),
                           "--master", "local[2]", "--partitions", "2"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out, proc.stdout


@pytest.fixture(scope="module")
def local_db(sample):
    root, path = sample
    db = root / "local.duckdb"
    ingest([path], db, workers=2)
    return db


def _parquet(out: Path, table: str):
    con = duckdb.connect()
    return con.execute(f"SELECT * FROM read_parquet('{out / table}/*.parquet')")


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_spark_tables_match_local_ingest(spark_out, local_db, table):
    out, _ = spark_out
    cur = _parquet(out, table)
    spark_count = len(cur.fetchall())
    with Store(local_db, read_only=True) as s:
        assert spark_count == s.count(table)


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_spark_tables_have_store_columns(spark_out, table):
    out, _ = spark_out
    cur = _parquet(out, table)
    assert [d[0] for d in cur.description] == [c for c, _ in schema.TABLES[table]]


@pytest.mark.parametrize("sql,expected", [
    ("SELECT count(*) FROM read_parquet('{out}/articles/*.parquet') WHERE id = 'dup-id'", 2),
    ("SELECT count(*) FROM read_parquet('{out}/errors/*.parquet') WHERE reason LIKE '%malformed JSON%'", 1),
    ("SELECT count(*) FROM read_parquet('{out}/articles/*.parquet') WHERE hash != sha1(text)", 0),
    ("""SELECT count(DISTINCT story_id) FROM read_parquet('{out}/stories/*.parquet') s
        JOIN read_parquet('{out}/articles/*.parquet') a USING (hash) WHERE a.id LIKE 'un-yemen-%'""", 1),
])
def test_spark_output_contents(spark_out, sql, expected):
    out, _ = spark_out
    assert duckdb.connect().execute(sql.format(out=out)).fetchone()[0] == expected


def test_spark_cli_prints_counts(spark_out):
    _, stdout = spark_out
    assert "articles: " in stdout and "attributions: " in stdout
