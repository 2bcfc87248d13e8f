"""marsad ingest: folders of txt/jsonl/rss into the store; idempotent, resumable after SIGKILL, bad input survived."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from marsad.errors import InputError, StoreError
from marsad.interfaces import cli
from marsad.store import schema
from marsad.store.db import Store
from marsad.store.ingest import discover, ingest

HERE = Path(__file__).parent
CORPUS = HERE / "data" / "corpus"
DEV = sorted((HERE / "data" / "dev").glob("*.ar.txt"))[:4]
COMPARED = [t for t in schema.TABLES]  # every table must match a clean run


def make_inputs(folder: Path) -> Path:
    """A folder of inputs: corpus fixtures (JSONL, RSS, Atom, a broken feed) and a few dev articles in a subfolder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("articles.jsonl", "feed.rss", "feed.atom", "broken.xml"):
        shutil.copy(CORPUS / name, folder / name)
    sub = folder / "dev"
    sub.mkdir(exist_ok=True)
    for f in DEV:
        shutil.copy(f, sub / f.name)
    (sub / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (sub / "notes.pdf").write_bytes(b"%PDF ignored: not an input suffix")
    return folder


def counts(db) -> dict:
    with Store(db, read_only=True) as s:
        return s.counts()


def consistent(db) -> dict:
    """Every article has exactly its own rows in every table (no partial batch, nothing stored twice):
    returns the article hashes and errors, which do not depend on what the analysis finds."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        bad = con.execute("""
            SELECT count(*) FROM articles a
            WHERE a.n_entities != (SELECT count(*) FROM entities e WHERE e.hash = a.hash)
               OR a.n_quotes != (SELECT count(*) FROM attributions q WHERE q.hash = a.hash)
               OR a.n_times != (SELECT count(*) FROM times t WHERE t.hash = a.hash)
               OR a.n_events != (SELECT count(*) FROM events v WHERE v.hash = a.hash)
               OR (SELECT coalesce(sum(n_mentions), 0) FROM entities e WHERE e.hash = a.hash)
                  != (SELECT count(*) FROM mentions m WHERE m.hash = a.hash)
               OR (SELECT count(*) FROM signatures s WHERE s.hash = a.hash) != 1
        """).fetchone()[0]
        orphans = sum(con.execute(f"SELECT count(*) FROM {t} WHERE hash NOT IN (SELECT hash FROM articles)")
                      .fetchone()[0] for t in ("entities", "mentions", "attributions", "times", "events",
                                               "signatures", "embeddings", "stories"))
        assert bad == 0 and orphans == 0
        return {"hashes": sorted(r[0] for r in con.execute("SELECT hash FROM articles").fetchall()),
                "errors": sorted(con.execute("SELECT origin, reason FROM errors").fetchall()),
                "stories": con.execute("SELECT count(DISTINCT story_id) FROM stories").fetchone()[0]}
    finally:
        con.close()


def run_cli(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """One clean two-worker run over the inputs: (inputs folder, db, summary)."""
    root = tmp_path_factory.mktemp("clean")
    inputs = make_inputs(root / "in")
    db = root / "clean.duckdb"
    summary = ingest([inputs], db, workers=2, batch_size=3)
    return inputs, db, summary


EXPECTED_ANALYSED = 8 + 2 + 1 + len(DEV)  # JSONL (8 distinct texts), RSS (2), Atom (1), dev texts


@pytest.mark.parametrize("field,expected", [
    ("analysed", EXPECTED_ANALYSED),
    ("skipped", 1),  # the JSONL repeats one text
    ("errors", 5),  # malformed line, no text, Atom entry without text, not a feed, binary file
    ("read", EXPECTED_ANALYSED + 1 + 5),
])
def test_ingest_summary_counts(clean, field, expected):
    assert getattr(clean[2], field) == expected


@pytest.mark.parametrize("sql,expected", [
    ("SELECT count(*) FROM articles", EXPECTED_ANALYSED),
    ("SELECT count(*) FROM articles WHERE id = 'dup-id'", 2),  # same id, different texts: both kept
    ("SELECT count(*) FROM errors WHERE reason LIKE '%malformed JSON%'", 1),
    ("SELECT count(*) FROM errors WHERE reason LIKE '%no ''text'' string%'", 1),
    ("SELECT count(*) FROM errors WHERE reason LIKE '%binary%'", 1),
    ("SELECT count(*) FROM errors WHERE origin LIKE '%broken.xml'", 1),
    ("SELECT count(*) FROM errors WHERE origin LIKE '%feed.atom#2'", 1),
    ("SELECT count(*) FROM articles WHERE source = 'أخبار & تقارير' AND title LIKE '%\"المحادثات إيجابية\"%'", 1),
    ("SELECT CAST(published AS VARCHAR) FROM articles WHERE id = 'quake-1'", "2024-03-06"),
    ("SELECT count(DISTINCT story_id) FROM stories JOIN articles USING (hash) WHERE id LIKE 'un-yemen-%'", 1),
    ("SELECT count(*) FROM stories", EXPECTED_ANALYSED),
    ("SELECT count(*) FROM signatures", EXPECTED_ANALYSED),
    ("SELECT count(DISTINCT hash) FROM embeddings", EXPECTED_ANALYSED),
    ("SELECT count(*) FROM articles WHERE hash != sha1(text)", 0),
])
def test_ingest_store_contents(clean, sql, expected):
    con = duckdb.connect(str(clean[1]), read_only=True)
    try:
        assert con.execute(sql).fetchone()[0] == expected
    finally:
        con.close()


def test_ingest_duplicate_id_warns(clean):
    assert any("dup-id" in w for w in clean[2].warnings)


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_is_idempotent(clean, tmp_path, workers):
    inputs, db, _ = clean
    copy = tmp_path / "again.duckdb"
    shutil.copy(db, copy)
    before = counts(copy)
    again = ingest([inputs], copy, workers=workers)
    assert (again.analysed, again.skipped, again.errors) == (0, EXPECTED_ANALYSED + 1, 5)
    assert counts(copy) == before
    assert consistent(copy) == consistent(db)


def test_ingest_resume_after_sigkill(clean, tmp_path):
    inputs, clean_db, _ = clean
    db = tmp_path / "killed.duckdb"
    rng = random.Random(20240307)
    cmd = [sys.executable, "-m", "marsad.interfaces.cli", "ingest", str(inputs), "--db", str(db),
           "--batch-size", "1", "--no-progress"]
    # the killed runs and the clean run all use one snapshot of the code (it may be edited while tests run)
    import marsad

    shutil.copytree(Path(marsad.__file__).parents[1], tmp_path / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(tmp_path / "src")}
    kills = 0
    for i in range(4):
        proc = subprocess.Popen(cmd + ["--workers", str(1 + i % 2)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.5, 4.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    done = subprocess.run(cmd + ["--workers", "2"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 3, done.stderr  # 3: some records were bad (listed in the errors table)
    assert kills >= 1
    fresh = tmp_path / "fresh.duckdb"  # a clean run with the same code
    clean_run = [a if a != str(db) else str(fresh) for a in cmd] + ["--workers", "2"]
    assert subprocess.run(clean_run, capture_output=True, env=env, timeout=300).returncode == 3
    assert counts(db) == counts(fresh)
    assert consistent(db) == consistent(clean_db)


def test_ingest_failed_batch_rolls_back_then_resumes(clean, tmp_path, monkeypatch):
    inputs, clean_db, _ = clean
    db = tmp_path / "fail.duckdb"
    real = Store.write_batch
    calls = {"n": 0}

    def failing(self, rows, errors=()):
        calls["n"] += 1
        if calls["n"] == 3:
            raise StoreError("writing a batch failed and was rolled back: the disk is full")
        return real(self, rows, errors)

    monkeypatch.setattr(Store, "write_batch", failing)
    with pytest.raises(StoreError, match="disk is full"):
        ingest([inputs], db, workers=1, batch_size=2)
    monkeypatch.setattr(Store, "write_batch", real)
    with Store(db, read_only=True) as s:
        stored = s.count("articles")
        orphans = s.con.execute("SELECT count(*) FROM entities WHERE hash NOT IN (SELECT hash FROM articles)").fetchone()[0]
    assert orphans == 0
    assert stored >= 4 and consistent(db)["hashes"] != consistent(clean_db)["hashes"]
    ingest([inputs], db, workers=1, batch_size=2)
    assert consistent(db) == consistent(clean_db)


def test_ingest_disk_full_midbatch_is_clean(clean, tmp_path, monkeypatch):
    inputs, clean_db, _ = clean
    db = tmp_path / "full.duckdb"
    real = Store._insert
    state = {"batches": 0}

    def insert(self, table, rows):
        if table == "articles":
            state["batches"] += 1
        if table == "times" and state["batches"] == 2:
            raise duckdb.IOException("Could not write file \"full.duckdb.wal\": No space left on device")
        return real(self, table, rows)

    monkeypatch.setattr(Store, "_insert", insert)
    with pytest.raises(StoreError, match="disk is full"):
        ingest([inputs], db, workers=1, batch_size=3)
    monkeypatch.setattr(Store, "_insert", real)
    assert counts(db)["articles"] == 3  # the first batch only: the second rolled back whole
    consistent(db)
    ingest([inputs], db, workers=1, batch_size=3)
    assert consistent(db) == consistent(clean_db)


@pytest.mark.parametrize("db_path,code", [
    ("/proc/marsad-ingest.duckdb", 5),
    ("/nonexistent-folder/marsad.duckdb", 5),
])
def test_ingest_cli_unwritable_db_is_one_line(capsys, db_path, code):
    rc, out, err = run_cli(["ingest", str(CORPUS / "feed.rss"), "--db", db_path, "--workers", "1", "--no-embed"],
                           capsys)
    assert rc == code
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("marsad: error: [E400]") and "Traceback" not in err


def test_ingest_cli_readonly_directory(tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: permission bits do not bind (CI runs unprivileged)")
        rc, out, err = run_cli(["ingest", str(CORPUS / "feed.rss"), "--db", str(ro / "x.duckdb"), "--workers", "1"],
                               capsys)
        assert rc == 5 and "permission denied" in err and not (ro / "x.duckdb").exists()
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("lines,analysed,errors", [
    (['{"text": "قال الوزير إن المحادثات إيجابية."}', '{"text": "نص', "not json at all"], 1, 2),
    (['{"text": ""}', '{"text": 42}', '["a list"]'], 0, 3),
    (['{"text": "أعلنت الوزارة بدء الحملة.", "published": "2024-13-45"}'], 0, 1),
])
def test_ingest_cli_malformed_jsonl(tmp_path, capsys, lines, analysed, errors):
    f = tmp_path / "bad.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rc, out, err = run_cli(["ingest", str(f), "--db", str(tmp_path / "b.duckdb"), "--workers", "1", "--no-embed",
                            "--json"], capsys)
    summary = json.loads(out)
    assert rc == 3 and summary["analysed"] == analysed and summary["errors"] == errors
    assert counts(tmp_path / "b.duckdb")["errors"] == errors


@pytest.mark.parametrize("argv", [["ingest", "/no/such/folder"], ["ingest", "--help"]])
def test_ingest_cli_help_and_missing_path(capsys, argv):
    rc, out, err = run_cli(argv, capsys)
    if "--help" in argv:
        assert rc == 0 and "Example" in out
    else:
        assert rc == 2 and "no such file or folder" in err


@pytest.mark.parametrize("names,expected", [
    (["a.txt", "b.jsonl", "c.rss", "d.atom", "e.xml", "f.html", "g.json", "h.pdf", ".hidden.txt"], 7),
])
def test_ingest_discover_walks_folders(tmp_path, names, expected):
    sub = tmp_path / "x" / "y"
    sub.mkdir(parents=True)
    for n in names:
        (sub / n).write_text("x")
    assert len(discover([tmp_path])) == expected
    with pytest.raises(InputError):
        discover([tmp_path / "missing"])
