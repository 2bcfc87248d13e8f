"""Time stage: Article (text, published) -> TIMEX3-normalised TimeExprs, and the publication date (datelines).

``find_times`` tags every temporal expression (``marsad.time.timex``) and normalises it against the article's
publication date; when ``published`` is None, a dateline at the top of the article (``القاهرة 25 شوال 1436هـ
الموافق 10 أغسطس 2015م واس``) supplies it. Without any reference date, relative expressions keep unresolved
TIMEX3 values (``XXXX-XX-XX``, ``XXXX-WXX``, ``PAST_REF``).

Options: ``published`` (ISO date, overrides the article's), ``dateline`` (bool, default True: read a dateline
when the publication date is unknown). A publication date in another common form (``10/08/2015``, RFC 2822) is
read and returned as ISO; one that cannot be read is treated as unknown.
"""

from __future__ import annotations

from marsad.errors import InputError
from marsad.time import calendar
from marsad.time.timex import _view, find_dateline, tag
from marsad.types import Article, TimeExpr

__all__ = ["find_times", "find_dateline", "tag"]


def find_times(article: Article, **options) -> tuple[list[TimeExpr], str | None]:
    """The temporal expressions of ``article`` and its publication date (from a dateline when not given)."""
    text = article.text
    if not isinstance(text, str):
        raise InputError("article text is not a string", "pass the article as text")
    published = options.get("published", article.published)
    if published is not None and not isinstance(published, str):
        raise InputError(f"publication date {published!r} is not a string", "give published as YYYY-MM-DD")
    ref = calendar.parse_published(published)
    # a date feeds write another way is read; one that cannot be read counts as unknown (degrade, not fail)
    published = ref.isoformat() if ref else None
    view = _view(text)
    if published is None and options.get("dateline", True):
        published = find_dateline(text)
        ref = calendar.parse_iso_date(published)
    times = [TimeExpr(s, e, text[s:e], t, v) for s, e, t, v in tag(text, ref, view)]
    return times, published
