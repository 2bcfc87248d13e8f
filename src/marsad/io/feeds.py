"""RSS and Atom feed files -> ArticleInput records (one per entry), through feedparser.

An entry becomes an article with its title, link (url), published date, the feed's title as source, and as text
its content (else its summary) with the HTML stripped and HTML entities decoded (``&amp;quot;`` -> ``"``).
An entry with no text is a ``BadRecord``; a file that is not a feed at all raises ``InputError``.
"""

from __future__ import annotations

import html
import re
import time
from pathlib import Path
from typing import Iterator

from marsad.errors import InputError
from marsad.io.readers import MAX_BYTES, BadRecord, from_text, read_bytes

FEED_SUFFIXES = {".rss", ".atom", ".xml"}

_BREAK = re.compile(r"<\s*(br|/li|/tr)\b[^>]*>", re.I)
_BLOCK = re.compile(r"<\s*(/p|/div|/h[1-6]|/blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_DROP = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


def strip_html(value: str) -> str:
    """Plain text of an HTML fragment: block ends become line breaks, tags go, entities are decoded."""
    value = _DROP.sub(" ", value)
    value = _BREAK.sub("\n", value)
    value = _BLOCK.sub("\n\n", value)
    value = _TAG.sub("", value)
    value = html.unescape(value)
    lines = [_SPACES.sub(" ", line).strip() for line in value.replace("\r", "").split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _detail_text(detail, fallback: str | None) -> str | None:
    value = (detail or {}).get("value") if detail else fallback
    if value is None:
        return None
    kind = (detail or {}).get("type", "text/html") if detail else "text/html"
    # feedparser leaves markup (and its entities) in HTML content; plain text comes decoded
    return strip_html(value) if "html" in kind or "<" in value or "&" in value else value.strip()


def _published(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return time.strftime("%Y-%m-%d", value)
            except (TypeError, ValueError):
                continue
    return None


def is_feed(path: Path) -> bool:
    return path.suffix.lower() in FEED_SUFFIXES


def iter_feed(data: bytes | str, origin: str) -> Iterator:
    """ArticleInput / BadRecord for each entry of a feed document."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({type(parsed.get('bozo_exception')).__name__})" if parsed.get("bozo") else ""
        raise InputError(f"{origin}: not an RSS/Atom feed, or a feed with no entries{why}")
    source = _detail_text(parsed.feed.get("title_detail"), parsed.feed.get("title")) or None
    for i, entry in enumerate(parsed.entries):
        where = f"{origin}#{i + 1}"
        text = None
        for content in entry.get("content") or []:
            text = _detail_text(content, None)
            if text:
                break
        if not text:
            text = _detail_text(entry.get("summary_detail"), entry.get("summary"))
        if not text:
            yield BadRecord(where, "the feed entry has no content or summary text")
            continue
        title = _detail_text(entry.get("title_detail"), entry.get("title")) or None
        try:
            yield from_text(text, origin=where, id=entry.get("id") or entry.get("link"), title=title,
                            published=_published(entry), source=source, url=entry.get("link"))
        except InputError as exc:
            yield BadRecord(where, exc.message)


def read_feed(path: str | Path, max_bytes: int = MAX_BYTES) -> Iterator:
    """Entries of a feed file; raises InputError when the file cannot be read or is no feed."""
    path = Path(path)
    yield from iter_feed(read_bytes(path, max_bytes), str(path))
