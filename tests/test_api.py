"""The REST API and the pages through FastAPI's TestClient: every endpoint, paging, JSON errors (400, 404, 413,
415, 422, 503, 504), the read-only store, escaping of hostile article text, and the highlight builder.

``build_store`` makes a small store: one text ingested with the store's own ``ingest`` and three articles
analysed here with entities and events added by hand (so the pages have something of every kind to show,
whatever the state of the entity and event stages). ``tests/test_web_browser.py`` uses it too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402

from marsad.interfaces import api as api_mod  # noqa: E402
from marsad.interfaces.api import Settings, create_app, highlight_segments  # noqa: E402
from marsad.types import Article, Entity, Event, EventArg, Mention, Quote, Span, Speaker, TimeExpr  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# Articles written for these tests (not from any corpus).
JORDAN = ("أعلن وزير الخارجية الأردني أيمن الصفدي يوم الاثنين أن عمّان ستستضيف اجتماعا إقليميا حول المياه الشهر "
          "المقبل.\n"
          "وقال الصفدي في مؤتمر صحافي إن «الأردن يدعم أي اتفاق يحفظ حقوق سوريا والعراق في المياه».\n"
          "وذكرت مصادر دبلوماسية مطلعة أن الاتحاد الأوروبي سيرسل وفدا إلى المنطقة.\n"
          "ورفضت الحكومة السورية المقترح، معتبرة أنه \"تدخل في الشؤون الداخلية\".\n")
SUDAN = ("صرح المتحدث باسم الأمم المتحدة ستيفان دوجاريك أمس بأن المنظمة قلقة من تدهور الأوضاع الإنسانية في السودان.\n"
         "وأضاف دوجاريك أن «الوضع في الخرطوم كارثي ويحتاج إلى تدخل عاجل من الأردن ومن الاتحاد الأوروبي»، داعيا "
         "الأطراف إلى وقف إطلاق النار.\n"
         "وأفادت وكالة الأنباء السعودية بأن المملكة قدمت مساعدات إنسانية للسودان.\n"
         "وتردد أن الجيش السوداني يستعد لهجوم جديد على الخرطوم.\n")
HOSTILE = ('قال المتحدث باسم الشرطة <script>window.__pwned=1</script> إن «الهجوم <img src=x '
           'onerror="window.__pwned=2"> فشل» وأضاف <a href="javascript:window.__pwned=3">اضغط هنا</a> </div>'
           '<b onmouseover="window.__pwned=4">تفاصيل</b> <iframe src="javascript:window.__pwned=5"></iframe>\n')
INGESTED = ("القاهرة (رويترز) - قال وزير الخارجية المصري في مؤتمر صحافي يوم الأربعاء إن «مصر منفتحة على أي حل عادل».\n"
            "وذكرت مصادر مطلعة أن جولة جديدة من المحادثات ستعقد الشهر المقبل.\n")

# (id, title, source, published, text, entities, events)
# entities: (surface forms, type, name, name_en, kb_id, country); events: (code, trigger, actor, target)
SAMPLES = [
    ("jo-water", "الصفدي: الأردن يدعم اتفاقا حول المياه", "وكالة الأنباء الأردنية", "2024-03-04", JORDAN,
     [(("أيمن الصفدي", "الصفدي"), "PER", "أيمن الصفدي", "Ayman Safadi", "Q4203345", "JOR"),
      (("الأردن", "الأردني"), "LOC", "الأردن", "Jordan", "Q810", "JOR"),
      (("سوريا",), "LOC", "سوريا", "Syria", "Q858", "SYR"),
      (("العراق",), "LOC", "العراق", "Iraq", "Q796", "IRQ"),
      (("عمّان",), "LOC", "عمّان", "Amman", "Q3805", "JOR"),
      (("الاتحاد الأوروبي",), "ORG", "الاتحاد الأوروبي", "European Union", "Q458", None),
      (("الحكومة السورية",), "ORG", "الحكومة السورية", "Government of Syria", None, "SYR")],
     [("REJECT", "رفضت", "الحكومة السورية", None), ("CONSULT", "ستستضيف", "عمّان", None)]),
    ("un-sudan", "الأمم المتحدة قلقة من الأوضاع في السودان", "صحيفة الشرق", "2024-03-05", SUDAN,
     [(("ستيفان دوجاريك", "دوجاريك"), "PER", "ستيفان دوجاريك", "Stéphane Dujarric", "Q7609462", None),
      (("الأمم المتحدة",), "ORG", "الأمم المتحدة", "United Nations", "Q1065", None),
      (("السودان", "السوداني"), "LOC", "السودان", "Sudan", "Q1049", "SDN"),
      (("الخرطوم",), "LOC", "الخرطوم", "Khartoum", "Q1963", "SDN"),
      (("الأردن",), "LOC", "الأردن", "Jordan", "Q810", "JOR"),
      (("الاتحاد الأوروبي",), "ORG", "الاتحاد الأوروبي", "European Union", "Q458", None),
      (("وكالة الأنباء السعودية",), "ORG", "وكالة الأنباء السعودية", "Saudi Press Agency", "Q1142771", "SAU")],
     [("AID", "قدمت", "المملكة", "السودان")]),
    ("hostile", '<script>window.__pwned="title"</script>عنوان', '<img src=x onerror="window.__pwned=6">', "2024-03-06",
     HOSTILE, [(("الشرطة",), "ORG", "الشرطة", '<b onmouseover="window.__pwned=7">police</b>', None, None)], []),
]


def _occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + len(surface))
    return out


def enrich(article: Article, entity_specs, event_specs) -> Article:
    """Add hand-made entities (every occurrence of their surface forms, longest first, no overlaps), resolve
    quote speakers to them, and add events."""
    text = article.text
    taken: list[tuple[int, int]] = []
    entities = []
    for n, (forms, etype, name, name_en, kb, country) in enumerate(entity_specs, 1):
        mentions = []
        for form in sorted(forms, key=len, reverse=True):
            for s in _occurrences(text, form):
                e = s + len(form)
                if any(s < b and a < e for a, b in taken):
                    continue
                taken.append((s, e))
                mentions.append(Mention(s, e, form, etype, "test"))
        if mentions:
            entities.append(Entity(f"E{n}", etype, name, tuple(sorted(mentions, key=lambda m: m.start)), name_en, kb,
                                   country))
    quotes = []
    for q in article.quotes:
        sp = q.speaker
        if sp is not None:
            for ent in entities:
                if any(m.start >= sp.start and m.end <= sp.end for m in ent.mentions):
                    sp = dataclasses.replace(sp, entity=ent.id)
                    break
        quotes.append(dataclasses.replace(q, speaker=sp))
    events = []
    for n, (code, trig, actor, target) in enumerate(event_specs, 1):
        s = text.find(trig)
        ent_of = {m.text: e for e in entities for m in e.mentions}

        def arg(surface):
            if surface is None:
                return None
            ent = ent_of.get(surface)
            return EventArg(surface, ent.id if ent else None, ent.country if ent else None)

        events.append(Event(f"V{n}", code, Span(s, s + len(trig), trig), arg(actor), arg(target), article.published))
    from marsad.attribution import sourcing_profile

    quotes_t = tuple(quotes)
    return dataclasses.replace(article, entities=tuple(entities), quotes=quotes_t, events=tuple(events),
                               sourcing=sourcing_profile(quotes_t, tuple(entities)))


def build_store(folder: Path) -> Path:
    """A small store at ``folder/web.duckdb``: one text through ``marsad.store.ingest``, SAMPLES written as rows."""
    from marsad.pipeline import analyze
    from marsad.store import stories
    from marsad.store.db import Store
    from marsad.store.ingest import ingest
    from marsad.store.rows import article_rows

    folder.mkdir(parents=True, exist_ok=True)
    inbox = folder / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / "cairo.txt").write_text(INGESTED, encoding="utf-8")
    db = folder / "web.duckdb"
    ingest([inbox], db, workers=1, embed=False, stories=False)
    with Store(db) as store:
        for aid, title, source, published, text, ents, evs in SAMPLES:
            art = enrich(analyze(text, id=aid, title=title, source=source, published=published), ents, evs)
            store.write_batch(article_rows(art, origin=f"test:{aid}", signature=stories.signature(text)))
        stories.rebuild(store.con)
    return db


@pytest.fixture(scope="module")
def db_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("store"))


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def bare_client(tmp_path_factory):
    missing = tmp_path_factory.mktemp("nodb") / "missing.duckdb"
    with TestClient(create_app(missing), raise_server_exceptions=False) as c:
        yield c


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _all_spans(doc: dict):
    for e in doc["entities"]:
        yield from e["mentions"]
    for q in doc["quotes"]:
        for key in ("cue", "content", "speaker"):
            if q.get(key):
                yield q[key]
    yield from doc["times"]
    for v in doc["events"]:
        yield v["trigger"]


def _error(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
    return body["error"]


# --- analyse ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, quotes_at_least", [
    (JORDAN, "2024-03-04", 2),
    (SUDAN, None, 2),
    ("قالت مصادر مطلعة إن المفاوضات ستستأنف غدا.", "2023-10-01", 1),
    (HOSTILE, None, 1),
])
def test_api_analyze_returns_contract_with_exact_offsets(client, text, published, quotes_at_least):
    body = {"text": text, "title": "عنوان", "source": "مصدر"}
    if published:
        body["published"] = published
    r = client.post("/v1/analyze", json=body)
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["schema"] == "marsad.article/1" and doc["text"] == text and doc["title"] == "عنوان"
    assert doc["published"] == published or published is None
    assert len(doc["quotes"]) >= quotes_at_least
    for span in _all_spans(doc):
        assert text[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("content_type", ["application/x-www-form-urlencoded", "multipart/form-data"])
def test_api_analyze_accepts_forms(client, content_type):
    data = {"text": JORDAN, "published": "2024-03-04"}
    if content_type == "multipart/form-data":
        r = client.post("/v1/analyze", files={k: (None, v) for k, v in data.items()})
    else:
        r = client.post("/v1/analyze", data=data)
    assert r.status_code == 200, r.text
    assert r.json()["text"] == JORDAN and r.json()["published"] == "2024-03-04"


@pytest.mark.parametrize("page, wanted", [
    ("<html><head><title>خبر</title></head><body><article><p>" + JORDAN.replace("\n", "</p><p>") +
     "</p></article></body></html>", "الصفدي"),
])
def test_api_analyze_reads_html(client, page, wanted):
    r = client.post("/v1/analyze", json={"html": page})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert wanted in doc["text"] and "<p>" not in doc["text"]
    for span in _all_spans(doc):
        assert doc["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("kwargs, status", [
    ({"content": b"", "headers": {"content-type": "application/json"}}, 400),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ({"content": "نص".encode(), "headers": {"content-type": "text/plain"}}, 415),
    ({"json": []}, 422),
    ({"json": {}}, 422),
    ({"json": {"text": "   "}}, 422),
    ({"json": {"text": 5}}, 422),
    ({"json": {"text": "قال الوزير", "html": "<p>قال</p>"}}, 422),
    ({"json": {"text": "قال الوزير", "colour": "red"}}, 422),
    ({"json": {"text": "قال الوزير", "published": "yesterday"}}, 422),
    ({"json": {"text": "قال الوزير", "published": "2024-02-30"}}, 422),
    ({"json": {"html": "no tags here"}}, 422),
    ({"data": {"title": "عنوان"}}, 422),
])
def test_api_analyze_rejects_bad_input_as_json_error(client, kwargs, status):
    _error(client.post("/v1/analyze", **kwargs), status)


@pytest.mark.parametrize("size, status", [(1_000, 200), (5_001, 413)])
def test_api_body_limit_checks_content_length(db_path, size, status):
    app = create_app(db_path, Settings(max_body_bytes=5_000))
    with TestClient(app, raise_server_exceptions=False) as c:
        body = json.dumps({"text": "ق" * 10}).encode()
        body = body + b" " * (size - len(body))
        r = c.post("/v1/analyze", content=body, headers={"content-type": "application/json"})
    if status == 413:
        assert "limit" in _error(r, 413)["message"]
    else:
        assert r.status_code == 200, r.text


def test_api_body_limit_answers_the_paste_form_with_a_page(db_path):
    with TestClient(create_app(db_path, Settings(max_body_bytes=5_000)), raise_server_exceptions=False) as c:
        r = c.post("/paste", data={"text": "ق" * 5_000}, headers={"accept": "text/html"})
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html") and "2 MB" not in r.text
    assert "limit" in r.text and "content-security-policy" in r.headers


@pytest.mark.parametrize("path", ["/v1/analyze", "/paste"])
def test_api_body_limit_applies_to_streamed_bodies(db_path, path):
    app = create_app(db_path, Settings(max_body_bytes=5_000))

    def gen():
        yield b'{"text": "'
        for _ in range(40):
            yield "ق".encode() * 200

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post(path, content=gen(), headers={"content-type": "application/json"})
    _error(r, 413)


@pytest.mark.parametrize("chunks, limit, status, read_at_most", [
    (40, 5_000, 413, 13),  # 400-byte chunks: refused at the 13th, the rest is never read
    (10, 5_000, 200, 11),
])
def test_api_body_limit_stops_reading_early(chunks, limit, status, read_at_most):
    import asyncio

    from marsad.interfaces.api import BodyLimit

    received, sent = [], []

    async def app(scope, receive, send):  # reads the whole body, then answers 200
        while True:
            m = await receive()
            if not m.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive():
        received.append(1)
        return {"type": "http.request", "body": b"x" * 400, "more_body": len(received) < chunks}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "headers": [(b"transfer-encoding", b"chunked")]}
    asyncio.run(BodyLimit(app, limit)(scope, receive, send))
    assert sent[0]["status"] == status
    assert len(received) <= read_at_most


@pytest.mark.parametrize("settings, status, code", [
    (Settings(analyze_timeout=0.2), 504, "timeout"),
    (Settings(analyze_queue=0), 503, "busy"),
])
def test_api_analyze_time_limit_and_queue(db_path, monkeypatch, settings, status, code):
    import time

    monkeypatch.setattr(api_mod.Analyzer, "_run", staticmethod(lambda req: time.sleep(1.0)))
    with TestClient(create_app(db_path, settings), raise_server_exceptions=False) as c:
        err = _error(c.post("/v1/analyze", json={"text": "قال الوزير إن الاتفاق قريب"}), status)
    assert err["code"] == code


def test_api_analyze_internal_error_is_json(db_path, monkeypatch):
    def boom(req):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(api_mod.Analyzer, "_run", staticmethod(boom))
    with TestClient(create_app(db_path), raise_server_exceptions=False) as c:
        err = _error(c.post("/v1/analyze", json={"text": "قال الوزير"}), 500)
    assert err["code"] == "internal_error" and "secret detail" not in err["message"]


# --- store endpoints ----------------------------------------------------------------------------------------

LISTS = [
    ("/v1/articles", 4),
    ("/v1/quotes", 8),
    ("/v1/entities", 10),
    ("/v1/search?q=%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86", 2),  # الأردن
]


@pytest.mark.parametrize("path, at_least", LISTS)
def test_api_lists_page_with_total_and_next(client, path, at_least):
    sep = "&" if "?" in path else "?"
    first = client.get(f"{path}{sep}limit=1").json()
    assert first["total"] >= at_least and len(first["items"]) == 1 and first["limit"] == 1
    assert first["next"] and first["prev"] is None
    second = client.get(first["next"]).json()
    assert second["offset"] == 1 and len(second["items"]) == 1 and second["items"] != first["items"]
    assert second["prev"]
    everything = client.get(f"{path}{sep}limit=200").json()
    assert len(everything["items"]) == everything["total"] and everything["next"] is None
    last = client.get(f"{path}{sep}limit=1&offset={first['total'] - 1}").json()
    assert last["next"] is None and len(last["items"]) == 1


@pytest.mark.parametrize("query", ["limit=0", "limit=201", "offset=-1", "limit=abc", "since=2024-13-01"])
def test_api_lists_reject_bad_paging_with_422(client, query):
    _error(client.get(f"/v1/articles?{query}"), 422)


def test_api_stories_pages_with_next_link(client):
    r = client.get("/v1/stories?min_size=1&limit=2")
    assert r.status_code == 200
    body = r.json()
    assert len(body["items"]) == 2 and body["next"]
    assert client.get(body["next"]).json()["offset"] == 2


@pytest.mark.parametrize("mode, total, more", [("semantic", None, True), ("keyword", 0, False)])
def test_api_search_uses_embeddings_when_stored(client, monkeypatch, mode, total, more):
    from marsad.interfaces import queries_web
    from marsad.store import queries

    rows = [{"hash": _hash(t), "title": None, "source": None, "published": None, "score": 0.9 - i / 10, "lead": ""}
            for i, t in enumerate((JORDAN, SUDAN, HOSTILE))]
    monkeypatch.setattr(queries_web, "has_embeddings", lambda con: True)
    monkeypatch.setattr(queries, "search", lambda con, q, limit=10: queries.Result(rows[:limit]))
    body = client.get("/v1/search", params={"q": "water talks in Amman", "limit": 2, "mode": mode}).json()
    assert body["mode"] == mode and body["total"] == total and bool(body["next"]) == more
    if mode == "semantic":
        assert [r["hash"] for r in body["items"]] == [_hash(JORDAN), _hash(SUDAN)]
        assert client.get(body["next"]).json()["items"][0]["hash"] == _hash(HOSTILE)


@pytest.mark.parametrize("key", ["jo-water", _hash(JORDAN)])
def test_api_article_by_id_or_hash(client, key):
    r = client.get(f"/v1/articles/{key}")
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["text"] == JORDAN and doc["id"] == "jo-water" and doc["published"] == "2024-03-04"
    assert {e["name_en"] for e in doc["entities"]} >= {"Ayman Safadi", "Jordan", "Syria"}
    assert [v["code"] for v in doc["events"]] == ["REJECT", "CONSULT"]
    assert any(q["speaker"] and q["speaker"]["entity"] for q in doc["quotes"])
    assert doc["sourcing"]["attributions"] == len(doc["quotes"])
    for span in _all_spans(doc):
        assert JORDAN[span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("path", ["/v1/articles/nope", "/v1/entities/Q0", "/v1/nothing-here", "/articles/nope"])
def test_api_unknown_things_are_404(client, path):
    r = client.get(path, headers={"accept": "application/json"})
    _error(r, 404)


@pytest.mark.parametrize("params, check", [
    ({"speaker": "الصفدي"}, lambda q: "الصفدي" in (q["speaker"] or "")),
    ({"speaker": "Ayman Safadi"}, lambda q: "الصفدي" in (q["speaker"] or "")),
    ({"about": "السودان"}, lambda q: True),
    ({"speaker_type": "anonymous"}, lambda q: q["speaker_type"] == "anonymous"),
    ({"since": "2024-03-05"}, lambda q: q["published"] >= "2024-03-05"),
    ({"until": "2024-03-04"}, lambda q: q["published"] is not None and q["published"] <= "2024-03-04"),
    ({"entity": "Q7609462"}, lambda q: "دوجاريك" in q["speaker"]),
])
def test_api_quotes_filters(client, params, check):
    body = client.get("/v1/quotes", params=params).json()
    assert body["items"], body
    assert all(check(q) for q in body["items"])
    assert body["total"] < client.get("/v1/quotes").json()["total"]


@pytest.mark.parametrize("value", ["' OR 1=1 --", "x'); DROP TABLE articles; --", "%", "a_b%", "\\", "$1"])
def test_api_query_values_never_reach_sql(client, value):
    for params in ({"speaker": value}, {"about": value}, {"entity": value}):
        r = client.get("/v1/quotes", params=params)
        assert r.status_code == 200 and r.json()["total"] == 0, (params, r.text)
    assert client.get("/v1/search", params={"q": value}).json()["total"] == 0
    assert client.get("/v1/entities", params={"name": value}).json()["total"] == 0
    assert client.get("/v1/articles").json()["total"] == 4


@pytest.mark.parametrize("params, names", [
    ({"type": "PER"}, {"أيمن الصفدي", "ستيفان دوجاريك"}),
    ({"name": "Jordan"}, {"الأردن"}),
    ({"top": 3}, None),
])
def test_api_entities_list(client, params, names):
    body = client.get("/v1/entities", params=params).json()
    if names is not None:
        assert {e["name"] for e in body["items"]} == names
    else:
        assert len(body["items"]) == 3 and body["items"][0]["name"] == "الأردن"  # in two articles


@pytest.mark.parametrize("key, said, said_about", [
    ("Q4203345", 2, 0),  # Safadi speaks twice
    ("Q810", 0, 2),  # Jordan is spoken about in both articles
])
def test_api_entity_detail(client, key, said, said_about):
    r = client.get(f"/v1/entities/{key}")
    assert r.status_code == 200, r.text
    info = r.json()
    assert len(info["said"]) == said and len(info["said_about"]) == said_about
    assert info["timeline"] and all(d["mentions"] > 0 for d in info["timeline"])


def test_api_health_and_openapi_list_every_endpoint(client):
    assert client.get("/v1/health").json()["database_available"] is True
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths >= {"/v1/analyze", "/v1/articles", "/v1/articles/{article_id}", "/v1/quotes", "/v1/entities",
                     "/v1/entities/{key}", "/v1/search", "/v1/stories"}


@pytest.mark.parametrize("path", ["/v1/articles", "/v1/quotes", "/v1/entities", "/v1/entities/Q810",
                                  "/v1/search?q=x", "/v1/stories", "/v1/articles/jo-water"])
def test_api_missing_database_answers_503_with_ingest_hint(bare_client, path):
    err = _error(bare_client.get(path), 503)
    assert "marsad ingest" in err["message"]


@pytest.mark.parametrize("method, path, kwargs, status", [
    ("post", "/v1/analyze", {"json": {"text": JORDAN}}, 200),
    ("get", "/paste", {}, 200),
    ("post", "/paste", {"data": {"text": JORDAN}}, 200),
    ("get", "/", {}, 200),
    ("get", "/quotes", {}, 503),
])
def test_api_missing_database_keeps_analysis_working(bare_client, method, path, kwargs, status):
    r = getattr(bare_client, method)(path, **kwargs)
    assert r.status_code == status, r.text
    if path == "/quotes":
        assert "marsad ingest" in r.text


def test_api_store_is_opened_read_only(client, db_path):
    import duckdb

    before = db_path.read_bytes()
    client.get("/v1/articles")
    with client.app.state.store.cursor() as con:
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DELETE FROM articles")
    for path in ("/v1/quotes", "/v1/entities", "/", "/quotes", "/graph"):
        client.get(path)
    assert db_path.read_bytes() == before


# --- pages ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, expected", [
    ("/", "الصفدي: الأردن يدعم اتفاقا حول المياه"),
    ("/articles/jo-water", "class=\"ent ent-PER"),
    ("/paste", "<textarea"),
    ("/quotes", "Quotes explorer"),
    ("/quotes?speaker=%D8%AF%D9%88%D8%AC%D8%A7%D8%B1%D9%8A%D9%83&since=2024-03-01", "دوجاريك"),
    ("/entities", "ستيفان دوجاريك"),
    ("/entities/Q810", "What was said about them"),
    ("/graph", "<svg class=\"graph\""),
    ("/search?q=%D8%A7%D9%84%D8%AE%D8%B1%D8%B7%D9%88%D9%85", "الأمم المتحدة قلقة"),
    ("/api", "/v1/analyze"),
])
def test_api_pages_render(client, path, expected):
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert expected in r.text


@pytest.mark.parametrize("path", ["/", "/articles/hostile", "/v1/articles", "/static/marsad.js", "/nope"])
def test_api_every_response_has_a_strict_csp(client, path):
    csp = client.get(path).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp


@pytest.mark.parametrize("path", ["/articles/hostile", "/", "/quotes", "/entities", "/graph"])
def test_api_hostile_text_is_escaped(client, path):
    page = client.get(path).text
    for raw in ("<script>window", "<img src=x", "<a href=\"javascript:", "<b onmouseover", "<iframe"):
        assert raw not in page, raw
    assert "<script" not in page.replace('<script src="/static/marsad.js" defer></script>', "")
    assert " style=" not in page  # inline styles would need 'unsafe-inline'
    if path == "/articles/hostile":
        assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page


def test_api_paste_form_shows_the_analysis(client):
    r = client.post("/paste", data={"text": SUDAN, "published": "2024-03-05", "title": "خبر", "source": ""})
    assert r.status_code == 200
    assert "analysed now, not stored" in r.text and 'data-q="Q1"' in r.text and "2024-03-04" in r.text


@pytest.mark.parametrize("data, message", [
    ({"text": ""}, "empty"),
    ({"text": "قال الوزير", "published": "2024-99-01"}, "not a real date"),
])
def test_api_paste_form_errors_keep_the_form(client, data, message):
    r = client.post("/paste", data=data)
    assert r.status_code == 422 and message in r.text and "<textarea" in r.text


# --- the highlight builder ------------------------------------------------------------------------------------

def _article() -> Article:
    text = "قال الرئيس أمس إن «باريس ترفض»."
    ent = Entity("E1", "LOC", "باريس", (Mention(19, 24, "باريس", "LOC"),), "Paris")
    q = Quote("Q1", "direct", Span(0, 3, "قال"), Speaker(4, 10, "الرئيس", "person"), Span(18, 30, text[18:30]))
    t = TimeExpr(11, 14, "أمس", "DATE", "2024-03-03")
    v = Event("V1", "REJECT", Span(25, 29, "ترفض"), EventArg("باريس", "E1"))
    return Article(text=text, id="x", entities=(ent,), quotes=(q,), times=(t,), events=(v,))


@pytest.mark.parametrize("start, end, classes, quote", [
    (0, 3, "cue", "Q1"),
    (4, 10, "speaker", "Q1"),
    (11, 14, "time", ""),
    (19, 24, "ent ent-LOC quote", "Q1"),
    (25, 29, "quote trigger", "Q1"),
    (29, 30, "quote", "Q1"),
])
def test_api_highlight_segments_cover_spans_exactly(start, end, classes, quote):
    art = _article()
    segs = highlight_segments(art)
    assert "".join(s["text"] for s in segs) == art.text
    assert all(art.text[s["start"]:s["end"]] == s["text"] for s in segs)
    seg = next(s for s in segs if s["start"] == start and s["end"] == end)
    assert seg["cls"] == classes and seg["q"] == quote
    assert seg["focus"] == (classes == "cue")  # one tab stop per quote, on its cue


def test_cli_serve_is_registered():
    from click.testing import CliRunner

    from marsad.interfaces.cli import cli

    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "--port" in r.output


@pytest.mark.parametrize("raw, body, timeout, threads", [("1000000,5.0,1", 1_000_000, 5.0, 1), (None, 2_000_000, 30.0, 2)])
def test_cli_serve_builds_the_app_from_its_options(monkeypatch, tmp_path, raw, body, timeout, threads):
    from marsad.interfaces.cli_serve import app_from_env

    monkeypatch.setenv("MARSAD_SERVE_DB", str(tmp_path / "x.duckdb"))
    if raw:
        monkeypatch.setenv("MARSAD_SERVE_SETTINGS", raw)
    else:
        monkeypatch.delenv("MARSAD_SERVE_SETTINGS", raising=False)
    s = app_from_env().state.settings
    assert (s.max_body_bytes, s.analyze_timeout, s.analyze_threads, s.warm_up) == (body, timeout, threads, True)
