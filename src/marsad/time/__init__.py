"""Time stage: Article (text, published) -> TIMEX3-normalised TimeExprs, and the publication date (datelines)."""

from __future__ import annotations

from marsad.types import Article, TimeExpr


def find_times(article: Article, **options) -> tuple[list[TimeExpr], str | None]:
    return [], article.published
