"""Attribution stage: Article (text, entities) -> Quotes (who said what), and the article's sourcing profile.

``find_quotes`` reads direct quotations in every mark Arabic news uses, reported speech through reporting verbs
and source phrases, speakers (named, titled, anonymous with a count, outlets, governments), hedges and relays;
``sourcing_profile`` sums them up per article. Rules and lexicons: ``marsad.attribution.quotes``,
``marsad.attribution.speakers``, ``marsad.data.cues``. See ``docs/attribution.md``.
"""

from __future__ import annotations

from marsad.attribution.quotes import Draft, find_drafts
from marsad.attribution.tokens import ArticleView
from marsad.types import Article, Entity, Quote, Span, Speaker, SPEAKER_TYPES

__all__ = ["find_quotes", "sourcing_profile", "quotes_from_text"]


def _span(text: str, pair: tuple[int, int] | None) -> Span | None:
    if pair is None:
        return None
    s, e = pair
    if not (0 <= s < e <= len(text)):
        return None
    return Span.of(text, s, e)


def _speaker(text: str, d: Draft) -> Speaker | None:
    sp = d.speaker
    if sp is None or not (0 <= sp.start < sp.end <= len(text)):
        return None
    stype = sp.type if sp.type in SPEAKER_TYPES else "unknown"
    desc = sp.description if sp.description and sp.description != text[sp.start:sp.end] else None
    return Speaker(sp.start, sp.end, text[sp.start:sp.end], stype, sp.entity, sp.count, desc)


def quotes_from_text(text: str, entities: tuple[Entity, ...] | list[Entity] = ()) -> list[Quote]:
    """The attributions in ``text`` given the article's entities (possibly none)."""
    if not isinstance(text, str) or not text.strip():
        return []
    view = ArticleView(text, entities)
    drafts = find_drafts(view)
    # one quote per content span
    seen: set[tuple[int, int]] = set()
    kept: list[Draft] = []
    for d in drafts:
        key = d.content
        if key in seen:
            continue
        seen.add(key)
        kept.append(d)
    ids = {id(d): f"Q{k + 1}" for k, d in enumerate(kept)}
    quotes: list[Quote] = []
    for d in kept:
        via = d.via_entity
        if via is None and d.via_quote is not None:
            via = ids.get(id(d.via_quote))
        quotes.append(Quote(
            id=ids[id(d)], kind=d.kind, cue=_span(text, d.cue), speaker=_speaker(text, d),
            content=_span(text, d.content), hedged=bool(d.hedged), via=via,
        ))
    return quotes


def find_quotes(article: Article, **options) -> list[Quote]:
    """Attributions of ``article`` (its ``text`` and whatever ``entities`` the entity stage found)."""
    return quotes_from_text(article.text, article.entities)


def sourcing_profile(quotes, entities) -> dict:
    """Attributions by speaker type, the share anonymous, hedged count, and the named sources with their counts."""
    by_type: dict[str, int] = {}
    named: dict[str, dict] = {}
    names = {e.id: e.name for e in entities or ()}
    for q in quotes:
        t = q.speaker.type if q.speaker else "unknown"
        by_type[t] = by_type.get(t, 0) + 1
        sp = q.speaker
        if sp is None or t in ("anonymous", "unknown"):
            continue
        key = sp.entity or sp.text
        row = named.setdefault(key, {"name": names.get(sp.entity, sp.text), "entity": sp.entity, "type": t,
                                     "count": 0})
        row["count"] += 1
    n = len(quotes)
    return {"attributions": n, "by_speaker_type": by_type,
            "share_anonymous": round(by_type.get("anonymous", 0) / n, 3) if n else 0.0,
            "hedged": sum(bool(q.hedged) for q in quotes),
            "named_sources": sorted(named.values(), key=lambda r: (-r["count"], r["name"]))}
