"""The DuckDB store: schema, rows of an analysed article, transactional batches, stories, export, bad paths."""

import dataclasses
import os
import re
from pathlib import Path

import duckdb
import pytest

from marsad.errors import StoreError
from marsad.store import schema, stories
from marsad.store.db import Store
from marsad.store.export import export_tables
from marsad.store.rows import article_rows, content_hash, embedding_texts
from marsad.types import Article, Entity, Mention, Quote, Span, Speaker, TimeExpr

ROOT = Path(__file__).resolve().parents[1]


def _span(text, piece, after=0):
    i = text.index(piece, after)
    return Span(i, i + len(piece), piece)


def make_article(text, *, id=None, published="2024-03-07", source="wire-a"):
    """An analysed article built by hand: one entity, one quote by it, one time."""
    name = "غوتيريش"
    m = _span(text, name)
    ent = Entity("E1", "PER", name, (Mention(m.start, m.end, m.text, "PER"),), name_en="Antonio Guterres",
                 kb_id="Q311440")
    cue = _span(text, "قال")
    content = Span(m.end + 1, len(text), text[m.end + 1:])
    q = Quote("Q1", "indirect", cue, Speaker(m.start, m.end, m.text, "person", "E1"), content)
    t = _span(text, "الخميس")
    return Article(text=text, id=id or content_hash(text), source=source, published=published,
                   entities=(ent,), quotes=(q,), times=(TimeExpr(t.start, t.end, t.text, "DATE", "2024-03-07"),))


TEXTS = [
    "قال غوتيريش يوم الخميس إن الحل السياسي هو السبيل الوحيد لإنهاء الحرب في اليمن.",
    "قال غوتيريش يوم الخميس إن الوضع الإنساني كارثي وإن ملايين يعتمدون على المساعدات.",
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "s.duckdb")
    yield s
    s.close()


def _batch(articles):
    rows = {}
    for a in articles:
        for t, rs in article_rows(a, signature=stories.signature(a.text)).items():
            rows.setdefault(t, []).extend(rs)
    return rows


def test_store_schema_documented():
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    missing = [f"{t}.{c}" for t, cols in schema.TABLES.items() for c, _ in cols
               if f"`{t}`" not in doc or not re.search(rf"`{re.escape(c)}`", doc)]
    assert not missing


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_store_rows_match_schema_columns(table):
    rows = article_rows(make_article(TEXTS[0]), signature=stories.signature(TEXTS[0]),
                        embeddings=[(0, "lead", [0.0] * schema.EMBED_DIM)])
    for row in rows.get(table, []):
        assert len(row) == len(schema.TABLES[table])


@pytest.mark.parametrize("text", TEXTS)
def test_store_offsets_hold_in_stored_rows(store, text):
    store.write_batch(_batch([make_article(text)]))
    con = store.con
    spans = con.execute("""
        SELECT a.text, m.start_char, m.end_char, m.text FROM mentions m JOIN articles a USING (hash)
        UNION ALL SELECT a.text, q.speaker_start, q.speaker_end, q.speaker_text FROM attributions q JOIN articles a USING (hash)
        UNION ALL SELECT a.text, q.content_start, q.content_end, q.content_text FROM attributions q JOIN articles a USING (hash)
        UNION ALL SELECT a.text, t.start_char, t.end_char, t.text FROM times t JOIN articles a USING (hash)
    """).fetchall()
    assert len(spans) == 4
    assert all(t[s:e] == piece for t, s, e, piece in spans)


@pytest.mark.parametrize("column,expected", [
    ("speaker_name", "غوتيريش"), ("speaker_name_en", "Antonio Guterres"), ("speaker_kb_id", "Q311440"),
    ("speaker_type", "person"), ("speaker_norm", "غوتيريش"),
])
def test_store_attribution_carries_resolved_speaker(store, column, expected):
    store.write_batch(_batch([make_article(TEXTS[0])]))
    assert store.con.execute(f"SELECT {column} FROM attributions").fetchone()[0] == expected


@pytest.mark.parametrize("failing_table", ["entities", "times", "embeddings", "errors"])
def test_store_failed_batch_rolls_back(store, monkeypatch, failing_table):
    store.write_batch(_batch([make_article(TEXTS[0])]))
    before = store.counts()
    real = Store._insert

    def insert(self, table, rows):
        if table == failing_table:
            raise duckdb.IOException("Could not write file: No space left on device")
        return real(self, table, rows)

    monkeypatch.setattr(Store, "_insert", insert)
    rows = _batch([make_article(TEXTS[1])])
    rows["embeddings"] = [(content_hash(TEXTS[1]), 0, "lead", [0.1] * schema.EMBED_DIM)]
    with pytest.raises(StoreError, match="disk is full"):
        store.write_batch(rows, [("x.jsonl:3", "malformed", None)])
    assert store.counts() == before
    monkeypatch.setattr(Store, "_insert", real)
    store.write_batch(rows)  # the store is intact and takes the batch afterwards
    assert store.count("articles") == 2


@pytest.mark.parametrize("path", ["/proc/marsad-test.duckdb", "/nonexistent-folder/x.duckdb"])
def test_store_unwritable_path_is_one_line_error(path):
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "\n" not in str(err.value) and path in str(err.value)


def test_store_readonly_directory_refused(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        probe = ro / "probe"
        try:
            probe.write_text("x")
            probe.unlink()
            pytest.skip("running as root: permission bits do not bind (CI runs unprivileged)")
        except PermissionError:
            pass
        with pytest.raises(StoreError, match="permission denied"):
            Store(ro / "x.duckdb")
        assert not (ro / "x.duckdb").exists()
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("read_only_missing", ["absent.duckdb"])
def test_store_read_only_missing_db_has_hint(tmp_path, read_only_missing):
    with pytest.raises(StoreError, match="marsad ingest"):
        Store(tmp_path / read_only_missing, read_only=True)


def test_store_not_a_store_refused(tmp_path):
    p = tmp_path / "other.duckdb"
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE meta (x INTEGER)")
    con.close()
    with pytest.raises(StoreError):
        Store(p, read_only=True)


REWRITE_A = ("دعا الأمين العام للأمم المتحدة الأطراف اليمنية إلى العودة إلى طاولة المفاوضات من دون شروط مسبقة، "
             "مؤكدا أن الحل السياسي هو السبيل الوحيد لإنهاء الحرب. وقال في بيان صدر يوم الخميس إن الوضع "
             "الإنساني في اليمن ما زال كارثيا وإن ملايين اليمنيين يعتمدون على المساعدات الغذائية.")
REWRITE_B = ("جدد الأمين العام للأمم المتحدة دعوته الأطراف اليمنية إلى العودة إلى طاولة المفاوضات من دون شروط "
             "مسبقة، مؤكدا أن الحل السياسي هو السبيل الوحيد لإنهاء الحرب. وقال في بيان صدر يوم الخميس إن "
             "الوضع الإنساني في اليمن ما زال كارثيا. ويشهد اليمن نزاعا داميا منذ سنوات.")
OTHER = ("تراجعت أسعار النفط في تعاملات يوم الاثنين بعد أن أظهرت بيانات رسمية ارتفاع مخزونات الخام في "
         "الولايات المتحدة للأسبوع الثالث على التوالي، وانخفض سعر خام برنت إلى ثمانين دولارا للبرميل.")


@pytest.mark.parametrize("a,b,same", [
    (REWRITE_A, REWRITE_B, True),
    (REWRITE_A, REWRITE_A.replace("أ", "ا"), True),  # spelling variants fold in the normalised view
    (REWRITE_A, OTHER, False),
    (REWRITE_B, OTHER, False),
])
def test_store_stories_group_rewrites(a, b, same):
    sigs = [("a", stories.signature(a)[1]), ("b", stories.signature(b)[1])]
    mapping = stories.group(sigs)
    assert (mapping["a"] == mapping["b"]) is same


def test_store_stories_rebuild_writes_table(store):
    arts = [make_article(t) for t in (REWRITE_A.replace("قال", "وقال غوتيريش"),)]
    rows = _batch(arts)
    for text in (REWRITE_B.replace("قال", "وقال غوتيريش"), OTHER.replace("تراجعت", "قال غوتيريش الخميس تراجعت")):
        for t, rs in _batch([make_article(text)]).items():
            rows[t].extend(rs)
    store.write_batch(rows)
    assert store.meta("stories_dirty") == "1"
    assert stories.rebuild(store.con) == 1
    sizes = sorted(n for (n,) in store.con.execute("SELECT count(*) FROM stories GROUP BY story_id").fetchall())
    assert sizes == [1, 2] and store.meta("stories_dirty") == "0"


@pytest.mark.parametrize("fmt,ext", [("parquet", "parquet"), ("jsonl", "jsonl"), ("csv", "csv")])
def test_store_export_every_table(store, tmp_path, fmt, ext):
    store.write_batch(_batch([make_article(TEXTS[0])]), [("bad.jsonl:2", "malformed JSON", None)])
    written = export_tables(store.con, tmp_path / "out", fmt)
    assert [w[0] for w in written] == list(schema.TABLES)
    for table, path, n in written:
        assert Path(path).name == f"{table}.{ext}" and Path(path).exists()
        back = duckdb.connect().execute(f"SELECT count(*) FROM '{path}'").fetchone()[0]
        assert back == n


@pytest.mark.parametrize("title,n,first", [
    ("عنوان الخبر", 3, "title"),
    (None, 2, "lead"),
])
def test_store_embedding_texts_title_and_lead(title, n, first):
    text = "\n\n".join(["فقرة أولى " * 40, "فقرة ثانية " * 40, "فقرة ثالثة " * 40])
    parts = embedding_texts(title, text)
    assert len(parts) == n and parts[0][0] == first
