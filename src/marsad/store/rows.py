"""An analysed Article -> rows of the store's tables (tuples in ``schema.TABLES`` column order).

Used by the local ingest (rows built in the worker processes) and by the Spark path, so both write the same
tables. ``content_hash(text)`` is the key of an article everywhere: the sha1 of its text, hex.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

from marsad.text.normalize import normalize
from marsad.types import Article

_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def norm_name(name: str | None) -> str | None:
    """The matching form of a name: normalised (``marsad.text.normalize``), spaces collapsed."""
    if not name:
        return None
    return " ".join(normalize(name).split()) or None


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def article_rows(article: Article, *, origin: str = "-", signature: tuple[int, bytes] | None = None,
                 embeddings: list[tuple[int, str, list[float]]] | None = None,
                 ingested_at: dt.datetime | None = None) -> dict[str, list[tuple]]:
    """Rows of every article table for one analysed article."""
    h = content_hash(article.text)
    ents = {e.id: e for e in article.entities}
    quotes = article.quotes
    anonymous = sum(1 for q in quotes if q.speaker and q.speaker.type == "anonymous")
    named = sum(1 for q in quotes if q.speaker and q.speaker.type not in ("anonymous", "unknown"))
    rows: dict[str, list[tuple]] = {}
    rows["articles"] = [(
        h, article.id, article.title, article.source, article.url, _date(article.published), article.lang,
        article.text, len(article.text), count_words(article.text), len(article.sentences),
        len(article.entities), len(quotes), len(article.times), len(article.events),
        round(anonymous / len(quotes), 4) if quotes else 0.0, sum(1 for q in quotes if q.hedged), named,
        json.dumps(list(article.warnings), ensure_ascii=False) if article.warnings else None, origin,
        ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
    )]
    rows["entities"] = [
        (h, e.id, e.type, e.name, norm_name(e.name), e.name_en, e.kb_id, e.country, e.gender, len(e.mentions))
        for e in article.entities
    ]
    rows["mentions"] = [
        (h, e.id, m.start, m.end, m.text, m.type, m.source) for e in article.entities for m in e.mentions
    ]
    att = []
    for q in quotes:
        sp = q.speaker
        ent = ents.get(sp.entity) if sp and sp.entity else None
        att.append((
            h, q.id, q.kind,
            q.cue.start if q.cue else None, q.cue.end if q.cue else None, q.cue.text if q.cue else None,
            sp.start if sp else None, sp.end if sp else None, sp.text if sp else None,
            norm_name(sp.text) if sp else None, sp.type if sp else None, sp.count if sp else None,
            sp.description if sp else None, sp.entity if sp else None,
            ent.name if ent else None, ent.name_en if ent else None, ent.kb_id if ent else None,
            q.content.start if q.content else None, q.content.end if q.content else None,
            q.content.text if q.content else None, bool(q.hedged), q.via,
        ))
    rows["attributions"] = att
    rows["times"] = [(h, t.start, t.end, t.text, t.type, t.value) for t in article.times]
    rows["events"] = [
        (h, v.id, v.code, v.trigger.start, v.trigger.end, v.trigger.text,
         v.actor.entity if v.actor else None, v.actor.text if v.actor else None,
         v.actor.country if v.actor else None,
         v.target.entity if v.target else None, v.target.text if v.target else None,
         v.target.country if v.target else None, v.date, v.quote)
        for v in article.events
    ]
    rows["signatures"] = [(h, signature[0], signature[1])] if signature else []
    rows["embeddings"] = [(h, part, kind, list(vec)) for part, kind, vec in (embeddings or [])]
    return rows


def embedding_texts(title: str | None, text: str, lead_chars: int = 300, max_chars: int = 1000) -> list[tuple[str, str]]:
    """What is embedded for an article: its title and its lead (first paragraphs), then the next paragraphs.

    Returns ``[(kind, text)]`` with kind ``title``, ``lead`` or ``body``; at most three.
    """
    out = []
    if title and title.strip():
        out.append(("title", title.strip()[:max_chars]))
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    chunks, cur = [], ""
    for p in paras:
        cur = f"{cur}\n{p}" if cur else p
        if len(cur) >= lead_chars:
            chunks.append(cur[:max_chars])
            cur = ""
        if len(chunks) == 2:
            break
    if cur and len(chunks) < 2:
        chunks.append(cur[:max_chars])
    for i, c in enumerate(chunks):
        out.append(("lead" if i == 0 else "body", c))
    return out[:3]
