"""Attribution stage: Article (sentences, tokens, entities) -> Quotes, and the article's sourcing profile."""

from __future__ import annotations

from marsad.types import Article, Entity, Quote


def find_quotes(article: Article, **options) -> list[Quote]:
    return []


def sourcing_profile(quotes, entities) -> dict:
    by_type: dict[str, int] = {}
    for q in quotes:
        t = q.speaker.type if q.speaker else "unknown"
        by_type[t] = by_type.get(t, 0) + 1
    n = len(quotes)
    return {"attributions": n, "by_speaker_type": by_type,
            "share_anonymous": round(by_type.get("anonymous", 0) / n, 3) if n else 0.0,
            "hedged": sum(q.hedged for q in quotes), "named_sources": []}
