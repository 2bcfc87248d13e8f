"""Queries over the store: who said what (``quotes``), top ``entities``, an entity's ``timeline``, outlets'
sourcing profiles (``sources``), ``stories``, cross-language ``search`` and read-only ``sql``.

Each query takes an open read-only connection and returns ``Result(rows, hint)``: ``rows`` is a list of dicts
(one per row), ``hint`` a line for the user when the result is empty for a reason worth saying (a name nobody in
the store matches). Every user value goes into SQL through bound parameters.

Names are matched the way a reader types them: in Arabic or English, through the stored entity names, their
English names and KB ids, and a normalised form (``marsad.text.normalize``), exactly or fuzzily (rapidfuzz).
When the knowledge base (``marsad.entities.kb.lookup``) is importable, it maps English and variant names to KB ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.errors import StoreError
from marsad.store.rows import norm_name

FUZZY_CUTOFF = 88  # rapidfuzz token_set_ratio (0-100) from which a stored name counts as the one asked for
ALLOWED_SQL = ("SELECT", "WITH", "DESCRIBE", "SHOW", "FROM", "SUMMARIZE", "(")


@dataclass
class Result:
    rows: list[dict]
    hint: str | None = None
    columns: list[str] = field(default_factory=list)


@dataclass
class NameMatch:
    """The stored forms a name typed by a user matches."""

    query: str
    norms: list[str] = field(default_factory=list)  # normalised Arabic (or other) names
    names_en: list[str] = field(default_factory=list)  # English names, lower case
    kb_ids: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.norms or self.names_en or self.kb_ids)

    def params(self) -> list:
        return [self.norms, self.names_en, self.kb_ids]


def _fetch(con, sql: str, params: list | None = None) -> Result:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return Result([dict(zip(cols, r)) for r in cur.fetchall()], columns=cols)


def _kb_ids(name: str) -> tuple[set[str], set[str]]:
    """KB ids (and names) the knowledge base gives for ``name``; empty when no KB is installed."""
    try:
        from marsad.entities.kb import lookup
    except Exception:  # the KB is optional (being written; absent in some builds)
        return set(), set()
    try:
        found = lookup(name)
    except Exception:
        return set(), set()
    ids, names = set(), set()
    # the best entry only: a fuzzy KB match further down the list is too loose to stand for the name asked
    for item in (list(found)[:1] if isinstance(found, (list, tuple)) else [found]):
        if item is None:
            continue
        if isinstance(item, str):
            ids.add(item)
            continue
        get = item.get if isinstance(item, dict) else (lambda k, _i=item: getattr(_i, k, None))
        for key in ("kb_id", "id", "qid"):
            if isinstance(get(key), str):
                ids.add(get(key))
                break
        for key in ("name", "name_ar", "name_en"):
            if isinstance(get(key), str):
                names.add(get(key))
    return ids, names


def match_name(con, name: str, cutoff: int = FUZZY_CUTOFF) -> NameMatch:
    """The stored entity and speaker names ``name`` stands for."""
    from rapidfuzz import fuzz

    match = NameMatch(name)
    q_norm = norm_name(name) or ""
    q_low = " ".join(name.lower().split())
    kb_ids, kb_names = _kb_ids(name)
    match.kb_ids = sorted(kb_ids)
    wanted_norm = {q_norm} | {norm_name(n) for n in kb_names if norm_name(n)}
    wanted_low = {q_low} | {" ".join(n.lower().split()) for n in kb_names}
    cands = con.execute(
        "SELECT DISTINCT name_norm, lower(name_en), kb_id FROM entities "
        "UNION SELECT DISTINCT speaker_norm, lower(speaker_name_en), speaker_kb_id FROM attributions"
    ).fetchall()
    norms, ens, ids = set(), set(), set(kb_ids)
    short = len(q_norm.replace(" ", "")) < 3

    def close(a: str, b: str) -> bool:
        if a == b:
            return True
        if short or not a or not b:
            return False
        return fuzz.token_set_ratio(a, b) >= cutoff and fuzz.partial_ratio(a, b) >= cutoff

    for n, en, kb in cands:
        hit = (n and any(close(w, n) for w in wanted_norm)) or (en and any(close(w, en) for w in wanted_low)) \
            or (kb and kb in kb_ids)
        if hit:
            if n:
                norms.add(n)
            if en:
                ens.add(en)
            if kb:
                ids.add(kb)
    match.norms, match.names_en, match.kb_ids = sorted(norms), sorted(ens), sorted(ids)
    return match


def _nobody(name: str, what: str = "entity or speaker") -> str:
    return (f"no {what} in the store matches {name!r}; try another spelling, the Arabic or English name, "
            "or 'marsad entities --top 50' to see who is there")


# A quote's speaker matches when its text, its resolved entity's name, English name or KB id does.
_SPEAKER_MATCH = """(
    q.speaker_norm IN (SELECT unnest($norms::VARCHAR[]))
    OR e.name_norm IN (SELECT unnest($norms::VARCHAR[]))
    OR lower(q.speaker_name_en) IN (SELECT unnest($ens::VARCHAR[]))
    OR q.speaker_kb_id IN (SELECT unnest($kbs::VARCHAR[])))"""


def quotes(con, speaker: str, about: str | None = None, since: str | None = None, until: str | None = None,
           limit: int = 50) -> Result:
    """What ``speaker`` is reported to have said, optionally about ``about``, between two dates."""
    who = match_name(con, speaker)
    if not who:
        return Result([], _nobody(speaker, "speaker"))
    params = {"norms": who.norms, "ens": who.names_en, "kbs": who.kb_ids,
              "since": _date(since), "until": _date(until), "limit": int(limit)}
    about_sql = "TRUE"
    if about:
        what = match_name(con, about)
        params.update({"a_norms": what.norms, "a_ens": what.names_en, "a_kbs": what.kb_ids, "a_raw": about})
        about_sql = """(
            EXISTS (SELECT 1 FROM mentions m JOIN entities e2 ON e2.hash = m.hash AND e2.entity_id = m.entity_id
                    WHERE m.hash = q.hash AND m.start_char >= q.content_start AND m.end_char <= q.content_end
                      AND (e2.name_norm IN (SELECT unnest($a_norms::VARCHAR[]))
                           OR lower(e2.name_en) IN (SELECT unnest($a_ens::VARCHAR[]))
                           OR e2.kb_id IN (SELECT unnest($a_kbs::VARCHAR[]))))
            OR contains(q.content_text, $a_raw))"""
    sql = f"""
        SELECT a.published, a.source, coalesce(e.name, q.speaker_text) AS speaker, q.speaker_name_en AS speaker_en,
               q.speaker_type, q.kind, q.cue_text AS cue, q.content_text AS content, q.hedged,
               a.title, a.hash, q.quote_id
        FROM attributions q
        JOIN articles a ON a.hash = q.hash
        LEFT JOIN entities e ON e.hash = q.hash AND e.entity_id = q.speaker_entity
        WHERE {_SPEAKER_MATCH} AND {about_sql}
          AND ($since::DATE IS NULL OR a.published >= $since::DATE)
          AND ($until::DATE IS NULL OR a.published <= $until::DATE)
        ORDER BY a.published DESC NULLS LAST, a.hash, q.content_start
        LIMIT $limit"""
    res = _fetch(con, sql, params)
    if not res.rows:
        res.hint = f"{speaker!r} is in the store but no quote matches the filters" if about or since or until \
            else f"{speaker!r} is in the store but is never quoted"
    return res


def entities(con, top: int = 20, type: str | None = None) -> Result:
    """The most mentioned entities: one row per KB id (or normalised name) and type."""
    sql = """
        SELECT mode(name) AS name, mode(name_en) AS name_en, type, any_value(kb_id) AS kb_id,
               count(DISTINCT hash) AS articles, sum(n_mentions) AS mentions
        FROM entities
        WHERE ($type::VARCHAR IS NULL OR type = $type)
        GROUP BY coalesce(kb_id, name_norm), type
        ORDER BY articles DESC, mentions DESC, name
        LIMIT $top"""
    res = _fetch(con, sql, {"type": type.upper() if type else None, "top": int(top)})
    if not res.rows:
        res.hint = "no entities stored yet" + (f" of type {type}" if type else "")
    return res


def timeline(con, entity: str) -> Result:
    """Per day: articles mentioning the entity, its mentions, and the quotes it is the speaker of."""
    who = match_name(con, entity)
    if not who:
        return Result([], _nobody(entity))
    sql = f"""
        WITH ents AS (
            SELECT hash, n_mentions FROM entities
            WHERE name_norm IN (SELECT unnest($norms::VARCHAR[])) OR lower(name_en) IN (SELECT unnest($ens::VARCHAR[]))
               OR kb_id IN (SELECT unnest($kbs::VARCHAR[]))),
        m AS (SELECT a.published AS day, count(DISTINCT x.hash) AS articles, sum(x.n_mentions) AS mentions
              FROM ents x JOIN articles a ON a.hash = x.hash GROUP BY day),
        qq AS (SELECT a.published AS day, count(*) AS quotes
               FROM attributions q JOIN articles a ON a.hash = q.hash
               LEFT JOIN entities e ON e.hash = q.hash AND e.entity_id = q.speaker_entity
               WHERE {_SPEAKER_MATCH} GROUP BY day)
        SELECT day, coalesce(m.articles, 0) AS articles, coalesce(m.mentions, 0) AS mentions,
               coalesce(qq.quotes, 0) AS quotes
        FROM m FULL OUTER JOIN qq USING (day)
        ORDER BY day NULLS LAST"""
    return _fetch(con, sql, {"norms": who.norms, "ens": who.names_en, "kbs": who.kb_ids})


def sources(con, outlet: str | None = None) -> Result:
    """The sourcing profile of each outlet: articles, attributions, and how many are anonymous, hedged, named."""
    sql = """
        SELECT coalesce(a.source, '(unknown)') AS outlet, count(DISTINCT a.hash) AS articles,
               count(q.quote_id) AS attributions,
               CASE WHEN count(q.quote_id) = 0 THEN 0.0 ELSE round(
                   count(q.quote_id) FILTER (WHERE q.speaker_type = 'anonymous') / count(q.quote_id), 3) END
                   AS share_anonymous,
               count(q.quote_id) FILTER (WHERE q.hedged) AS hedged,
               count(q.quote_id) FILTER (WHERE q.speaker_type IS NOT NULL
                                          AND q.speaker_type NOT IN ('anonymous', 'unknown')) AS named,
               count(q.quote_id) FILTER (WHERE q.speaker_type = 'anonymous') AS anonymous
        FROM articles a LEFT JOIN attributions q ON q.hash = a.hash
        WHERE $outlet::VARCHAR IS NULL OR a.source ILIKE '%' || $outlet || '%'
        GROUP BY ALL
        ORDER BY articles DESC, outlet"""
    res = _fetch(con, sql, {"outlet": outlet})
    if not res.rows:
        res.hint = f"no outlet matches {outlet!r}" if outlet else "the store has no articles yet"
    return res


def stories(con, min_size: int = 2, limit: int = 100) -> Result:
    """Groups of near-duplicate articles (copies and rewrites of one story), largest first."""
    sql = """
        SELECT s.story_id, count(*) AS size, min(a.published) AS first, max(a.published) AS last,
               list(DISTINCT a.source) FILTER (WHERE a.source IS NOT NULL) AS sources,
               arg_min(coalesce(a.title, left(a.text, 80)), coalesce(a.published, DATE '9999-12-31')) AS title,
               list(a.hash ORDER BY a.hash) AS articles
        FROM stories s JOIN articles a ON a.hash = s.hash
        GROUP BY s.story_id HAVING count(*) >= $min
        ORDER BY size DESC, first, s.story_id
        LIMIT $limit"""
    res = _fetch(con, sql, {"min": int(min_size), "limit": int(limit)})
    if not res.rows:
        res.hint = f"no story has {min_size} or more articles"
    return res


def search(con, query: str, limit: int = 10) -> Result:
    """Articles nearest in meaning to ``query`` (any language), by the best cosine of their embedded parts."""
    from marsad.store.search import embed_query
    from marsad.store.schema import EMBED_DIM

    if not query.strip():
        return Result([], "give some words to search for")
    n = con.execute("SELECT count(*) FROM embeddings").fetchone()[0]
    if n == 0:
        return Result([], "the store has no embeddings (ingested with --no-embed?); re-ingest into a new database")
    sql = f"""
        SELECT a.hash, a.title, a.source, a.published,
               round(max(array_cosine_similarity(x.vector, $q::FLOAT[{EMBED_DIM}])), 4) AS score,
               left(any_value(a.text), 160) AS lead
        FROM embeddings x JOIN articles a ON a.hash = x.hash
        GROUP BY a.hash, a.title, a.source, a.published
        ORDER BY score DESC, a.hash
        LIMIT $limit"""
    return _fetch(con, sql, {"q": embed_query(query), "limit": int(limit)})


def check_sql(con, sql: str) -> None:
    """Refuse anything but one SELECT / WITH / DESCRIBE / SHOW statement."""
    import duckdb

    text = sql.strip().rstrip(";").strip()
    if not text:
        raise StoreError("empty SQL", 'give one SELECT statement, e.g. marsad sql "SELECT count(*) FROM articles"')
    try:
        stmts = con.extract_statements(text)
    except duckdb.Error as exc:
        raise StoreError(f"the SQL does not parse: {str(exc).splitlines()[0]}") from None
    if len(stmts) != 1:
        raise StoreError(f"one statement at a time please ({len(stmts)} given)", "marsad sql is read-only")
    first = text.split(None, 1)[0].upper()
    if stmts[0].type != duckdb.StatementType.SELECT or not first.startswith(ALLOWED_SQL):
        raise StoreError(f"only SELECT, WITH, DESCRIBE and SHOW are allowed, not {first}",
                         "marsad sql opens the store read-only; use marsad ingest to change it")


def sql(con, statement: str) -> Result:
    import duckdb

    check_sql(con, statement)
    try:
        return _fetch(con, statement.strip().rstrip(";"))
    except duckdb.Error as exc:
        raise StoreError(f"the query failed: {str(exc).splitlines()[0]}") from None


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise StoreError(f"{value!r} is not a date of the form YYYY-MM-DD") from None
