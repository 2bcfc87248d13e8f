"""Read-only store queries the web API and pages need that ``marsad.store.queries`` does not offer (paged lists
with totals, one stored article back as an ``Article``, entity pages, the speaker -> subject graph, keyword
search). Input: an open read-only DuckDB connection (or cursor); output: lists of dicts / records.

Every user value goes into SQL through bound parameters; table and column names are never taken from a request.
An entity across the store is keyed by its KB id, or, when it has none, by its normalised name
(``marsad.store.rows.norm_name``): ``entity_key``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.types import Article, Entity, Event, EventArg, Mention, Quote, Sentence, Span, Speaker, TimeExpr

SPEAKER_TYPES = ("person", "organization", "outlet", "government", "anonymous", "unknown")
ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Page:
    """One page of a list: ``rows``, the ``total`` number of rows matching, and a ``hint`` when empty."""

    rows: list[dict]
    total: int
    hint: str | None = None
    extra: dict = field(default_factory=dict)


def _fetch(con, sql: str, params=None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _date(value: str | None) -> dt.date | None:
    if value in (None, ""):
        return None
    return dt.date.fromisoformat(str(value))


def _paged(con, sql: str, params: dict, limit: int, offset: int) -> Page:
    """Run ``sql`` (no ORDER/LIMIT-free requirement: it must end with its ORDER BY) with a window total."""
    rows = _fetch(con, f"SELECT *, count(*) OVER () AS _total FROM ({sql}) LIMIT $_limit OFFSET $_offset",
                  {**params, "_limit": int(limit), "_offset": int(offset)})
    total = rows[0]["_total"] if rows else (0 if offset == 0 else _count(con, sql, params))
    for r in rows:
        r.pop("_total", None)
    return Page(rows, int(total))


def _count(con, sql: str, params: dict) -> int:
    return int(con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])


# --- articles ----------------------------------------------------------------------------------------------

def list_articles(con, limit: int = 20, offset: int = 0, source: str | None = None, since: str | None = None,
                  until: str | None = None) -> Page:
    """Stored articles, newest first."""
    sql = """
        SELECT hash, id, title, source, published, n_chars, n_entities, n_quotes, n_times, n_events,
               share_anonymous, n_hedged, left(text, 160) AS lead
        FROM articles
        WHERE ($source::VARCHAR IS NULL OR contains(lower(source), lower($source)))
          AND ($since::DATE IS NULL OR published >= $since::DATE)
          AND ($until::DATE IS NULL OR published <= $until::DATE)
        ORDER BY published DESC NULLS LAST, ingested_at DESC, hash"""
    page = _paged(con, sql, {"source": source or None, "since": _date(since), "until": _date(until)}, limit, offset)
    if not page.rows and not offset:
        page.hint = "no stored article matches" if (source or since or until) else \
            "the store has no articles yet: run 'marsad ingest FOLDER --db FILE'"
    return page


def find_article(con, key: str) -> str | None:
    """The content hash of the article whose hash or given id is ``key``."""
    row = con.execute("SELECT hash FROM articles WHERE hash = $k OR id = $k ORDER BY (hash = $k) DESC, hash LIMIT 1",
                      {"k": key}).fetchone()
    return row[0] if row else None


def load_article(con, h: str) -> tuple[Article, dict] | None:
    """The stored article ``h`` rebuilt as an ``Article`` (sentences re-split, sourcing profile recomputed),
    and a map entity id -> entity key for links to entity pages."""
    arts = _fetch(con, "SELECT * FROM articles WHERE hash = $h", {"h": h})
    if not arts:
        return None
    a = arts[0]
    text = a["text"]
    ents = _fetch(con, "SELECT * FROM entities WHERE hash = $h", {"h": h})
    mens = _fetch(con, "SELECT * FROM mentions WHERE hash = $h ORDER BY start_char, end_char", {"h": h})
    atts = _fetch(con, "SELECT * FROM attributions WHERE hash = $h", {"h": h})
    tims = _fetch(con, "SELECT * FROM times WHERE hash = $h ORDER BY start_char", {"h": h})
    evs = _fetch(con, "SELECT * FROM events WHERE hash = $h", {"h": h})

    def span(s, e):
        if s is None or e is None or not (0 <= s <= e <= len(text)):
            return None
        return Span(int(s), int(e), text[s:e])

    by_ent: dict[str, list[Mention]] = {}
    for m in mens:
        if 0 <= m["start_char"] <= m["end_char"] <= len(text):
            by_ent.setdefault(m["entity_id"], []).append(
                Mention(m["start_char"], m["end_char"], text[m["start_char"]:m["end_char"]], m["type"] or "MISC",
                        m["found_by"] or "ner"))
    entities = tuple(
        Entity(e["entity_id"], e["type"], e["name"], tuple(by_ent.get(e["entity_id"], ())), e["name_en"], e["kb_id"],
               e["country"], e["gender"])
        for e in sorted(ents, key=lambda e: _id_order(e["entity_id"])))
    keys = {e["entity_id"]: entity_key(e["kb_id"], e["name_norm"]) for e in ents}
    quotes = []
    for q in sorted(atts, key=lambda q: _id_order(q["quote_id"])):
        sp = None
        if q["speaker_text"] is not None:
            s, e = q["speaker_start"], q["speaker_end"]
            ok = s is not None and e is not None and 0 <= s <= e <= len(text) and text[s:e] == q["speaker_text"]
            sp = Speaker(s if ok else 0, e if ok else 0, q["speaker_text"] if ok else "", q["speaker_type"] or "unknown",
                         q["speaker_entity"], q["speaker_count"], q["speaker_description"] or
                         (None if ok else q["speaker_text"]))
        quotes.append(Quote(q["quote_id"], q["kind"], span(q["cue_start"], q["cue_end"]), sp,
                            span(q["content_start"], q["content_end"]), bool(q["hedged"]), q["via"]))
    times = tuple(TimeExpr(t["start_char"], t["end_char"], text[t["start_char"]:t["end_char"]], t["type"], t["value"])
                  for t in tims if 0 <= t["start_char"] <= t["end_char"] <= len(text))
    events = []
    for v in sorted(evs, key=lambda v: _id_order(v["event_id"])):
        trig = span(v["trigger_start"], v["trigger_end"])
        if trig is None:
            continue
        actor = EventArg(v["actor_text"], v["actor_entity"], v["actor_country"]) if v["actor_text"] else None
        target = EventArg(v["target_text"], v["target_entity"], v["target_country"]) if v["target_text"] else None
        events.append(Event(v["event_id"], v["code"], trig, actor, target, v["date"], v["quote_id"]))
    try:
        from marsad.text.sentences import split_sentences

        sentences = tuple(split_sentences(text))
    except Exception:  # the page still shows without sentence bounds
        sentences = (Sentence(0, len(text)),)
    quotes_t = tuple(quotes)
    try:
        from marsad.attribution import sourcing_profile

        sourcing = sourcing_profile(quotes_t, entities)
    except Exception:
        sourcing = {}
    warnings = ()
    if a.get("warnings"):
        import json

        try:
            warnings = tuple(json.loads(a["warnings"]))
        except ValueError:
            warnings = (str(a["warnings"]),)
    art = Article(text=text, id=a["id"] or h, title=a["title"], source=a["source"], url=a["url"],
                  published=a["published"].isoformat() if a["published"] else None, lang=a["lang"] or "ar",
                  warnings=warnings, sentences=sentences, entities=entities, quotes=quotes_t, times=times,
                  events=tuple(events), sourcing=sourcing)
    return art, keys


def _id_order(value: str | None):
    digits = "".join(c for c in (value or "") if c.isdigit())
    return (int(digits) if digits else 0, value or "")


# --- quotes ------------------------------------------------------------------------------------------------

def entity_key(kb_id: str | None, name_norm: str | None) -> str | None:
    return kb_id or name_norm


_KEY_MATCH = "(e.kb_id = $key OR (e.kb_id IS NULL AND e.name_norm = $key))"


def list_quotes(con, speaker: str | None = None, about: str | None = None, since: str | None = None,
                until: str | None = None, speaker_type: str | None = None, entity: str | None = None,
                limit: int = 20, offset: int = 0) -> Page:
    """Attributions, newest first, filtered by speaker name (matched as ``marsad.store.queries.match_name`` does),
    subject (a name or words inside the quoted content), dates, speaker type and a speaker entity key."""
    from marsad.store.queries import match_name

    params: dict = {"since": _date(since), "until": _date(until), "stype": speaker_type or None}
    where = ["($since::DATE IS NULL OR a.published >= $since::DATE)",
             "($until::DATE IS NULL OR a.published <= $until::DATE)",
             "($stype::VARCHAR IS NULL OR q.speaker_type = $stype)"]
    if entity:
        params["key"] = entity
        where.append("(" + _KEY_MATCH +
                     " OR q.speaker_kb_id = $key OR (q.speaker_entity IS NULL AND q.speaker_norm = $key))")
    if speaker:
        who = match_name(con, speaker)
        if not who:
            return Page([], 0, f"no speaker in the store matches {speaker!r}; try another spelling, or the Arabic "
                               "or English name")
        params.update({"norms": who.norms, "ens": who.names_en, "kbs": who.kb_ids})
        where.append("""(q.speaker_norm IN (SELECT unnest($norms::VARCHAR[]))
            OR e.name_norm IN (SELECT unnest($norms::VARCHAR[]))
            OR lower(q.speaker_name_en) IN (SELECT unnest($ens::VARCHAR[]))
            OR q.speaker_kb_id IN (SELECT unnest($kbs::VARCHAR[])))""")
    if about:
        what = match_name(con, about)
        params.update({"a_norms": what.norms, "a_ens": what.names_en, "a_kbs": what.kb_ids, "a_raw": about})
        where.append("""(
            EXISTS (SELECT 1 FROM mentions m JOIN entities e2 ON e2.hash = m.hash AND e2.entity_id = m.entity_id
                    WHERE m.hash = q.hash AND m.start_char >= q.content_start AND m.end_char <= q.content_end
                      AND (e2.name_norm IN (SELECT unnest($a_norms::VARCHAR[]))
                           OR lower(e2.name_en) IN (SELECT unnest($a_ens::VARCHAR[]))
                           OR e2.kb_id IN (SELECT unnest($a_kbs::VARCHAR[]))))
            OR contains(q.content_text, $a_raw))""")
    sql = f"""
        SELECT a.published, a.source, a.title, a.hash, coalesce(a.id, a.hash) AS article_id, q.quote_id,
               q.speaker_text, coalesce(e.name, q.speaker_name, q.speaker_text) AS speaker,
               coalesce(e.name_en, q.speaker_name_en) AS speaker_en,
               coalesce(e.kb_id, q.speaker_kb_id, e.name_norm) AS speaker_key,
               q.speaker_type, q.speaker_count, q.kind, q.cue_text AS cue, q.content_text AS content, q.hedged, q.via
        FROM attributions q
        JOIN articles a ON a.hash = q.hash
        LEFT JOIN entities e ON e.hash = q.hash AND e.entity_id = q.speaker_entity
        WHERE {' AND '.join(where)}
        ORDER BY a.published DESC NULLS LAST, a.hash, q.content_start NULLS LAST, q.quote_id"""
    page = _paged(con, sql, params, limit, offset)
    if not page.rows and not offset:
        page.hint = "no quote matches these filters" if (speaker or about or since or until or speaker_type or entity) \
            else "the store has no quotes yet"
    return page


# --- entities ----------------------------------------------------------------------------------------------

def list_entities(con, limit: int = 20, offset: int = 0, type: str | None = None, name: str | None = None) -> Page:
    """Entities across the store, most mentioned first (one row per entity key and type)."""
    sql = """
        SELECT coalesce(kb_id, name_norm) AS key, mode(name) AS name, mode(name_en) AS name_en, type,
               any_value(kb_id) AS kb_id, any_value(country) AS country,
               count(DISTINCT hash) AS articles, sum(n_mentions) AS mentions
        FROM entities
        WHERE ($type::VARCHAR IS NULL OR type = $type)
          AND ($name::VARCHAR IS NULL OR contains(name_norm, $name_norm) OR contains(lower(name_en), lower($name)))
        GROUP BY coalesce(kb_id, name_norm), type
        ORDER BY articles DESC, mentions DESC, name"""
    from marsad.store.rows import norm_name

    page = _paged(con, sql, {"type": type.upper() if type else None, "name": name or None,
                             "name_norm": (norm_name(name) or name) if name else None}, limit, offset)
    if not page.rows and not offset:
        page.hint = "no entity matches" if (type or name) else "no entities stored yet"
    return page


def entity_detail(con, key: str, limit: int = 50) -> dict | None:
    """An entity's names, counts, mentions per day, what it said, and what was said about it."""
    rows = _fetch(con, f"""
        SELECT mode(name) AS name, mode(name_en) AS name_en, mode(type) AS type, any_value(kb_id) AS kb_id,
               any_value(country) AS country, count(DISTINCT hash) AS articles, sum(n_mentions) AS mentions,
               list(DISTINCT name) AS names
        FROM entities e WHERE {_KEY_MATCH}""", {"key": key})
    if not rows or not rows[0]["articles"]:
        return None
    info = rows[0]
    info["key"] = key
    info["timeline"] = _fetch(con, f"""
        SELECT a.published AS day, count(DISTINCT e.hash) AS articles, sum(e.n_mentions) AS mentions
        FROM entities e JOIN articles a ON a.hash = e.hash
        WHERE {_KEY_MATCH}
        GROUP BY a.published ORDER BY a.published NULLS LAST""", {"key": key})
    info["said"] = list_quotes(con, entity=key, limit=limit).rows
    info["said_about"] = _fetch(con, f"""
        SELECT DISTINCT a.published, a.source, a.hash, coalesce(a.id, a.hash) AS article_id, q.quote_id,
               coalesce(se.name, q.speaker_name, q.speaker_text) AS speaker, q.speaker_type,
               coalesce(se.kb_id, q.speaker_kb_id, se.name_norm) AS speaker_key,
               q.kind, q.cue_text AS cue, q.content_text AS content, q.hedged, q.content_start
        FROM attributions q
        JOIN articles a ON a.hash = q.hash
        JOIN mentions m ON m.hash = q.hash AND m.start_char >= q.content_start AND m.end_char <= q.content_end
        JOIN entities e ON e.hash = m.hash AND e.entity_id = m.entity_id
        LEFT JOIN entities se ON se.hash = q.hash AND se.entity_id = q.speaker_entity
        WHERE {_KEY_MATCH}
        ORDER BY a.published DESC NULLS LAST, a.hash, q.content_start
        LIMIT $limit""", {"key": key, "limit": int(limit)})
    info["articles_list"] = _fetch(con, f"""
        SELECT DISTINCT a.hash, coalesce(a.id, a.hash) AS article_id, a.title, a.source, a.published
        FROM entities e JOIN articles a ON a.hash = e.hash
        WHERE {_KEY_MATCH}
        ORDER BY a.published DESC NULLS LAST, a.hash LIMIT $limit""", {"key": key, "limit": int(limit)})
    return info


# --- the graph ---------------------------------------------------------------------------------------------

def speaker_subject_edges(con, limit: int = 60, since: str | None = None, until: str | None = None) -> list[dict]:
    """Who said what about whom: (speaker, subject) pairs with the number of attributions in which the speaker's
    quoted content mentions the subject, most frequent first. Speakers that resolve to no entity are keyed by
    their normalised text; anonymous and unknown speakers are left out."""
    return _fetch(con, """
        SELECT coalesce(se.kb_id, q.speaker_kb_id, se.name_norm, q.speaker_norm) AS speaker_key,
               mode(coalesce(se.name, q.speaker_name, q.speaker_text)) AS speaker,
               mode(q.speaker_type) AS speaker_type,
               (se.entity_id IS NOT NULL) AS speaker_is_entity,
               coalesce(e.kb_id, e.name_norm) AS subject_key, mode(e.name) AS subject, mode(e.type) AS subject_type,
               count(DISTINCT (q.hash, q.quote_id)) AS n
        FROM attributions q
        JOIN articles a ON a.hash = q.hash
        JOIN mentions m ON m.hash = q.hash AND m.start_char >= q.content_start AND m.end_char <= q.content_end
        JOIN entities e ON e.hash = m.hash AND e.entity_id = m.entity_id
        LEFT JOIN entities se ON se.hash = q.hash AND se.entity_id = q.speaker_entity
        WHERE q.speaker_type NOT IN ('anonymous', 'unknown') AND q.speaker_text IS NOT NULL
          AND ($since::DATE IS NULL OR a.published >= $since::DATE)
          AND ($until::DATE IS NULL OR a.published <= $until::DATE)
          AND coalesce(se.kb_id, q.speaker_kb_id, se.name_norm, q.speaker_norm) IS NOT NULL
          AND coalesce(se.kb_id, q.speaker_kb_id, se.name_norm, q.speaker_norm) <> coalesce(e.kb_id, e.name_norm)
        GROUP BY ALL
        ORDER BY n DESC, speaker, subject
        LIMIT $limit""", {"limit": int(limit), "since": _date(since), "until": _date(until)})


# --- search ------------------------------------------------------------------------------------------------

def keyword_search(con, q: str, limit: int = 20, offset: int = 0) -> Page:
    """Articles whose title or text contains every word of ``q`` (case-insensitive), newest first."""
    words = [w for w in q.split() if w][:8]
    if not words:
        return Page([], 0, "give some words to search for")
    params = {f"w{i}": w for i, w in enumerate(words)}
    cond = " AND ".join(f"(contains(lower(text), lower($w{i})) OR contains(lower(coalesce(title, '')), lower($w{i})))"
                        for i in range(len(words)))
    sql = f"""
        SELECT hash, coalesce(id, hash) AS article_id, title, source, published, NULL::DOUBLE AS score,
               left(text, 160) AS lead
        FROM articles WHERE {cond}
        ORDER BY published DESC NULLS LAST, hash"""
    page = _paged(con, sql, params, limit, offset)
    if not page.rows and not offset:
        page.hint = f"no article contains {q!r}"
    return page


def has_embeddings(con) -> bool:
    return bool(con.execute("SELECT count(*) FROM embeddings").fetchone()[0])


def counts(con) -> dict:
    """Articles, attributions, entities (distinct keys) and events in the store."""
    row = con.execute("""SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM attributions),
                                (SELECT count(DISTINCT coalesce(kb_id, name_norm)) FROM entities),
                                (SELECT count(*) FROM events)""").fetchone()
    return dict(zip(("articles", "attributions", "entities", "events"), row))
