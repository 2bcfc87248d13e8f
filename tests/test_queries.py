"""Queries a user types: quotes by speaker, top entities, timelines, outlets' sourcing, stories, search, read-only SQL."""

import json
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.interfaces import cli
from marsad.store import queries, stories
from marsad.store.db import Store
from marsad.store.ingest import ingest
from marsad.store.rows import article_rows, content_hash
from marsad.types import Article, Entity, Mention, Quote, Span, Speaker

CORPUS = Path(__file__).parent / "data" / "corpus"


def _sp(text, piece):
    i = text.index(piece)
    return Span(i, i + len(piece), piece)


def _ent(text, eid, etype, name, name_en=None, kb=None, surface=None):
    s = _sp(text, surface or name)
    return Entity(eid, etype, name, (Mention(s.start, s.end, s.text, etype),), name_en=name_en, kb_id=kb)


def _q(text, qid, speaker, content, stype="person", entity=None, hedged=False, cue=None):
    sp = _sp(text, speaker) if speaker else None
    return Quote(qid, "indirect", _sp(text, cue) if cue else None,
                 Speaker(sp.start, sp.end, sp.text, stype, entity) if sp else None, _sp(text, content), hedged)


T1 = "قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستدعم جهود السلام في اليمن. وقالت مصادر مطلعة إن المحادثات متعثرة."
T2 = "أكد ماكرون أن الحوار هو الحل الوحيد. وتردد أن الاجتماع المقبل تأجل."
T3 = "قال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن تراقب الوضع في اليمن."

ARTICLES = [
    Article(T1, "a1", source="wire-a", published="2024-03-07",
            entities=(_ent(T1, "E1", "PER", "إيمانويل ماكرون", "Emmanuel Macron", "Q3052772"),
                      _ent(T1, "E2", "LOC", "اليمن", "Yemen", "Q805"),
                      _ent(T1, "E3", "LOC", "فرنسا", "France", "Q142")),
            quotes=(_q(T1, "Q1", "الرئيس الفرنسي إيمانويل ماكرون", "فرنسا ستدعم جهود السلام في اليمن", entity="E1",
                       cue="قال"),
                    _q(T1, "Q2", "مصادر مطلعة", "المحادثات متعثرة", stype="anonymous"))),
    Article(T2, "a2", source="daily-news", published="2024-03-09",
            entities=(_ent(T2, "E1", "PER", "ماكرون", "Emmanuel Macron", "Q3052772"),),
            quotes=(_q(T2, "Q1", "ماكرون", "الحوار هو الحل الوحيد", entity="E1"),
                    _q(T2, "Q2", None, "الاجتماع المقبل تأجل", stype=None, hedged=True))),
    Article(T3, "a3", source="daily-news", published="2024-03-10",
            entities=(_ent(T3, "E1", "PER", "أنتوني بلينكن", "Antony Blinken", "Q7758"),
                      _ent(T3, "E2", "LOC", "اليمن", "Yemen", "Q805")),
            quotes=(_q(T3, "Q1", "وزير الخارجية الأمريكي أنتوني بلينكن", "واشنطن تراقب الوضع في اليمن", entity="E1"),)),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "q.duckdb"
    rows: dict = {}
    for a in ARTICLES:
        for t, rs in article_rows(a, signature=stories.signature(a.text)).items():
            rows.setdefault(t, []).extend(rs)
    with Store(path) as s:
        s.write_batch(rows)
        stories.rebuild(s.con)
    return path


@pytest.fixture
def con(db):
    s = Store(db, read_only=True)
    yield s.con
    s.close()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    """The corpus fixtures ingested with embeddings (search, stories)."""
    path = tmp_path_factory.mktemp("c") / "c.duckdb"
    ingest([CORPUS / "articles.jsonl"], path, workers=1)
    return path


def run_cli(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


@pytest.mark.parametrize("speaker,expected", [
    ("ماكرون", {"a1", "a2"}),
    ("إيمانويل ماكرون", {"a1", "a2"}),
    ("ايمانويل ماكرون", {"a1", "a2"}),  # alef forms fold
    ("Emmanuel Macron", {"a1", "a2"}),
    ("macron", {"a1", "a2"}),
    ("ماكرونن", {"a1", "a2"}),  # a typo still matches (fuzzy)
    ("بلينكن", {"a3"}),
    ("Antony Blinken", {"a3"}),
    ("مصادر مطلعة", {"a1"}),
])
def test_queries_quotes_by_speaker(con, speaker, expected):
    res = queries.quotes(con, speaker)
    ids = {r["hash"] for r in res.rows}
    assert ids == {content_hash(a.text) for a in ARTICLES if a.id in expected}


@pytest.mark.parametrize("kwargs,contents", [
    ({"about": "اليمن"}, ["فرنسا ستدعم جهود السلام في اليمن"]),
    ({"about": "Yemen"}, ["فرنسا ستدعم جهود السلام في اليمن"]),
    ({"about": "الحوار"}, ["الحوار هو الحل الوحيد"]),  # not an entity: found in the content text
    ({"since": "2024-03-08"}, ["الحوار هو الحل الوحيد"]),
    ({"until": "2024-03-08"}, ["فرنسا ستدعم جهود السلام في اليمن"]),
    ({"limit": 1}, ["الحوار هو الحل الوحيد"]),
])
def test_queries_quotes_filters(con, kwargs, contents):
    assert [r["content"] for r in queries.quotes(con, "Macron", **kwargs).rows] == contents


@pytest.mark.parametrize("name", ["Nobody Known", "شخص مجهول تماما", "x"])
def test_queries_unknown_name_is_empty_with_hint(con, name):
    res = queries.quotes(con, name)
    assert res.rows == [] and "no speaker" in res.hint


@pytest.mark.parametrize("etype,first,articles", [(None, None, 2), ("PER", "Emmanuel Macron", 2),
                                                   ("LOC", "Yemen", 2)])
def test_queries_entities_top(con, etype, first, articles):
    rows = queries.entities(con, top=3, type=etype).rows
    assert rows[0]["articles"] == articles
    assert len(rows) == (3 if etype is None else {"PER": 2, "LOC": 2}[etype])
    if first:
        assert rows[0]["name_en"] == first and all(r["type"] == etype for r in rows)


@pytest.mark.parametrize("entity,days", [
    ("ماكرون", [("2024-03-07", 1, 1, 1), ("2024-03-09", 1, 1, 1)]),
    ("Yemen", [("2024-03-07", 1, 1, 0), ("2024-03-10", 1, 1, 0)]),
    ("بلينكن", [("2024-03-10", 1, 1, 1)]),
])
def test_queries_timeline_per_day(con, entity, days):
    rows = queries.timeline(con, entity).rows
    assert [(str(r["day"]), r["articles"], r["mentions"], r["quotes"]) for r in rows] == days


@pytest.mark.parametrize("outlet,expected", [
    (None, {"daily-news": (2, 3, 0.0, 1, 2), "wire-a": (1, 2, 0.5, 0, 1)}),
    ("daily", {"daily-news": (2, 3, 0.0, 1, 2)}),
    ("WIRE", {"wire-a": (1, 2, 0.5, 0, 1)}),
])
def test_queries_sources_profile(con, outlet, expected):
    rows = queries.sources(con, outlet).rows
    got = {r["outlet"]: (r["articles"], r["attributions"], float(r["share_anonymous"]), r["hedged"], r["named"])
           for r in rows}
    assert got == expected


@pytest.mark.parametrize("statement", [
    "SELECT count(*) AS n FROM articles",
    "WITH x AS (SELECT source FROM articles) SELECT count(*) AS n FROM x",
    "DESCRIBE attributions",
    "SHOW TABLES",
])
def test_queries_sql_reads(con, statement):
    assert queries.sql(con, statement).rows


@pytest.mark.parametrize("statement", [
    "DELETE FROM articles",
    "INSERT INTO errors VALUES ('x', 'y', NULL, NULL)",
    "UPDATE articles SET title = 'x'",
    "DROP TABLE articles",
    "SELECT 1; DROP TABLE articles",
    "COPY articles TO '/tmp/marsad-leak.csv'",
    "ATTACH '/tmp/other.duckdb' AS other",
    "CREATE TABLE t AS SELECT 1",
    "PRAGMA database_list",
    "",
])
def test_queries_sql_refuses_writes(con, statement):
    with pytest.raises(StoreError):
        queries.sql(con, statement)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


@pytest.mark.parametrize("argv,check", [
    (["quotes", "--speaker", "Emmanuel Macron"], lambda rows: len(rows) == 2),
    (["quotes", "--speaker", "ماكرون", "--about", "اليمن", "--since", "2024-03-01"], lambda rows: len(rows) == 1),
    (["entities", "--top", "2", "--type", "PER"], lambda rows: rows[0]["name_en"] == "Emmanuel Macron"),
    (["timeline", "Macron"], lambda rows: len(rows) == 2),
    (["sources"], lambda rows: {r["outlet"] for r in rows} == {"wire-a", "daily-news"}),
    (["sources", "--outlet", "wire"], lambda rows: len(rows) == 1),
    (["sql", "SELECT id FROM articles ORDER BY id"], lambda rows: [r["id"] for r in rows] == ["a1", "a2", "a3"]),
    (["stories"], lambda rows: rows == []),
])
def test_queries_cli_json(db, capsys, argv, check):
    rc, out, err = run_cli(argv + ["--db", str(db), "--json"], capsys)
    assert rc == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list) and check(rows)


@pytest.mark.parametrize("argv,needle", [
    (["quotes", "--speaker", "Nobody Known"], "no speaker in the store matches"),
    (["timeline", "Nobody Known"], "no entity or speaker"),
])
def test_queries_cli_unknown_name_exit_zero(db, capsys, argv, needle):
    rc, out, err = run_cli(argv + ["--db", str(db), "--json"], capsys)
    assert rc == 0 and json.loads(out) == [] and needle in err


@pytest.mark.parametrize("statement", ["DELETE FROM articles", "DROP TABLE articles"])
def test_queries_cli_sql_refused(db, capsys, statement):
    rc, out, err = run_cli(["sql", statement, "--db", str(db)], capsys)
    assert rc == 5 and "only SELECT" in err and "Traceback" not in err


@pytest.mark.parametrize("argv,needle", [
    (["quotes", "--speaker", "ماكرون"], "2024-03-09"),
    (["entities"], "Emmanuel Macron"),
    (["sources"], "daily-news"),
    (["timeline", "ماكرون"], "2024-03-09"),
])
def test_queries_cli_table_output(db, capsys, argv, needle):
    rc, out, err = run_cli(argv + ["--db", str(db)], capsys)
    assert rc == 0 and needle in out


@pytest.mark.parametrize("argv", [["quotes", "--speaker", "x"], ["sql", "SELECT 1"]])
def test_queries_cli_missing_db(tmp_path, capsys, argv):
    rc, out, err = run_cli(argv + ["--db", str(tmp_path / "none.duckdb")], capsys)
    assert rc == 5 and "no such database" in err


@pytest.mark.parametrize("query,article_id", [
    ("oil prices fall as American crude inventories rise", "oil-1"),
    ("earthquake in southern Turkey", "quake-1"),
    ("floods in Jeddah after heavy rain", "floods-1"),
    ("football league champions", "football-1"),
    ("UN chief urges Yemen peace talks", "un-yemen"),
])
def test_queries_search_english_finds_arabic(corpus_db, query, article_id):
    with Store(corpus_db, read_only=True) as s:
        rows = queries.search(s.con, query, limit=3).rows
        ids = dict(s.con.execute("SELECT hash, id FROM articles").fetchall())
    assert ids[rows[0]["hash"]].startswith(article_id)


def test_queries_stories_groups_rewrites(corpus_db, capsys):
    rc, out, err = run_cli(["stories", "--db", str(corpus_db), "--json"], capsys)
    rows = json.loads(out)
    with Store(corpus_db, read_only=True) as s:
        ids = dict(s.con.execute("SELECT hash, id FROM articles").fetchall())
    assert rc == 0 and len(rows) == 1 and rows[0]["size"] == 2
    assert sorted(ids[h] for h in rows[0]["articles"]) == ["un-yemen-1", "un-yemen-2"]


def test_queries_search_cli_json(corpus_db, capsys):
    rc, out, err = run_cli(["search", "earthquake in Turkey", "--limit", "2", "--db", str(corpus_db), "--json"],
                           capsys)
    rows = json.loads(out)
    assert rc == 0 and len(rows) == 2 and rows[0]["score"] >= rows[1]["score"]


@pytest.mark.parametrize("english", ["John Kerry", "Barack Obama"])
def test_queries_kb_maps_english_name_to_arabic_speaker(tmp_path, english):
    kb = pytest.importorskip("marsad.entities.kb")
    found = kb.lookup(english)
    if not found or found[0].name_ar == found[0].name_en:
        pytest.skip(f"the knowledge base has no Arabic name for {english}")
    name = found[0].name_ar
    text = f"قال {name} إن المفاوضات مستمرة."
    article = Article(text, "k1", published="2024-03-12",
                      entities=(_ent(text, "E1", "PER", name),),  # stored without English name or KB id
                      quotes=(_q(text, "Q1", name, "المفاوضات مستمرة", entity="E1"),))
    with Store(tmp_path / "kb.duckdb") as s:
        s.write_batch(article_rows(article))
        rows = queries.quotes(s.con, english).rows
    assert [r["content"] for r in rows] == ["المفاوضات مستمرة"]


@pytest.mark.parametrize("command", ["ingest", "export", "quotes", "entities", "timeline", "sources", "stories",
                                     "search", "sql", "spark"])
def test_queries_every_corpus_command_has_help_example(capsys, command):
    rc, out, err = run_cli([command, "--help"], capsys)
    assert rc == 0 and "Example" in out and "marsad " + command in out
