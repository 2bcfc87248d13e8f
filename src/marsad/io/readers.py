"""Readers: a path, stdin or bytes -> ArticleInput records (text and metadata), ready for the pipeline.

Formats: ``.txt`` (one article), ``.html``/``.htm`` (main text and metadata through trafilatura),
``.json`` (one article object, or a list of them), ``.jsonl`` (one article object a line). An article
object has ``text`` and optional ``title``, ``published``, ``source``, ``url``, ``id``.
Bytes are decoded as UTF-8 (a BOM is dropped); text in Windows-1256 is detected, decoded and
reported with a warning; anything else that does not decode is an error, as is binary data.

Errors are ``InputError`` with one clear line. In a batch (JSONL, a JSON list) a bad record is
yielded as a ``BadRecord`` so the caller reports and skips it and nothing else is lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from marsad.errors import InputError
from marsad.text.normalize import arabic_share

MAX_BYTES = 10 * 1000 * 1000  # one input file by default; larger ones are refused unless the caller raises the limit
TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_FIELDS = ("id", "title", "published", "source", "url")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ArticleInput:
    """What a reader gives the pipeline: the text as given and its metadata."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = "-"  # where it came from (path, path:line) for messages
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def meta(self) -> dict:
        return {"id": self.id, "title": self.title, "published": self.published, "source": self.source,
                "url": self.url, "warnings": self.warnings}


@dataclass(frozen=True)
class BadRecord:
    """A record of a batch that could not be read; ``reason`` is one line."""

    origin: str
    reason: str


def decode_bytes(data: bytes, origin: str = "-") -> tuple[str, tuple[str, ...]]:
    """Bytes -> text and warnings. UTF-8 first, then Windows-1256 when it reads as Arabic."""
    if not data.strip():
        raise InputError(f"{origin}: the input is empty", "give a file with the article's text")
    if b"\x00" in data[:65536]:
        raise InputError(f"{origin}: the input looks binary (it contains NUL bytes), not text",
                         "give a .txt, .html, .json or .jsonl file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = None
    if text is not None and arabic_share(text) >= 0.5 and not _looks_binary(text):
        return text, (f"{origin}: decoded as Windows-1256 (cp1256), not UTF-8",)
    raise InputError(f"{origin}: the input is neither UTF-8 nor Windows-1256 Arabic text",
                     "convert it to UTF-8, e.g. iconv -f ENCODING -t UTF-8")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    ctrl = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return ctrl > max(8, len(sample) // 100)


def check_text(text: str, origin: str = "-") -> tuple[str, ...]:
    """Refuse text that is empty or binary; warn when it has no Arabic in it."""
    if not text or not text.strip():
        raise InputError(f"{origin}: the article text is empty or only whitespace",
                         "give a file with the article's text")
    if _looks_binary(text):
        raise InputError(f"{origin}: the input looks binary (control characters), not text",
                         "give a .txt, .html, .json or .jsonl file")
    if arabic_share(text) < 0.2:
        return (f"{origin}: the text has little or no Arabic in it; Marsad analyses Arabic and the result "
                "will be mostly empty",)
    return ()


def _check_published(value, origin: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{origin}: 'published' must be a date string YYYY-MM-DD, not {type(value).__name__}")
    value = value.strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()) else value.strip()
    if not _DATE.match(value):
        raise InputError(f"{origin}: 'published' is {value!r}, not a date of the form YYYY-MM-DD")
    import datetime as _dt

    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{origin}: 'published' is {value!r}, which is not a real date") from None
    return value


def from_text(text: str, origin: str = "-", warnings: tuple[str, ...] = (), **meta) -> ArticleInput:
    warnings = tuple(warnings) + check_text(text, origin)
    meta["published"] = _check_published(meta.get("published"), origin)
    return ArticleInput(text=text, origin=origin, warnings=warnings, **meta)


def from_html(html: str, origin: str = "-", warnings: tuple[str, ...] = ()) -> ArticleInput:
    """Main text and metadata of an HTML page through trafilatura."""
    import trafilatura

    if "<" not in html:
        raise InputError(f"{origin}: this does not look like HTML (no tags)", "give it as .txt instead")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          favor_recall=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"{origin}: the HTML could not be parsed ({type(exc).__name__})") from None
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise InputError(f"{origin}: no article text found in the HTML",
                         "check that the page holds the article, or give its text as .txt")
    published = getattr(doc, "date", None)
    try:
        published = _check_published(published, origin)
    except InputError:
        published = None
    return from_text(doc.text, origin=origin, warnings=warnings, title=getattr(doc, "title", None),
                     published=published, source=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
                     url=getattr(doc, "url", None))


def from_object(obj, origin: str = "-") -> ArticleInput:
    """An article JSON object -> ArticleInput (``text`` required)."""
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object with a 'text' field, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{origin}: the JSON object has no 'text' string")
    meta = {}
    for key in ARTICLE_FIELDS:
        value = obj.get(key)
        if value is not None and key != "published":
            value = str(value)
        meta[key] = value
    return from_text(text, origin=origin, **meta)


def _parse_json(text: str, origin: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def iter_jsonl(text: str, origin: str) -> Iterator[ArticleInput | BadRecord]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            yield from_object(_parse_json(line, where), where)
        except InputError as exc:
            yield BadRecord(where, exc.message)


def iter_text(text: str, origin: str, kind: str, warnings: tuple[str, ...] = ()) -> Iterator[ArticleInput | BadRecord]:
    """Articles in ``text`` read as ``kind`` (txt, html, json, jsonl, or auto)."""
    if kind == "auto":
        kind = sniff(text)
    if kind == "html":
        yield from_html(text, origin, warnings)
    elif kind == "json":
        obj = _parse_json(text, origin)
        if isinstance(obj, list):
            for i, item in enumerate(obj):
                try:
                    yield from_object(item, f"{origin}[{i}]")
                except InputError as exc:
                    yield BadRecord(f"{origin}[{i}]", exc.message)
        else:
            yield from_object(obj, origin)
    elif kind == "jsonl":
        yield from iter_jsonl(text, origin)
    else:
        yield from_text(text, origin, warnings)


def sniff(text: str) -> str:
    """Guess the format of stdin: JSON object/list, JSONL, HTML or plain text."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        first = text.strip().split("\n", 1)
        if len(first) > 1 and first[1].lstrip().startswith("{") and first[0].rstrip().endswith("}"):
            return "jsonl"
        return "json"
    if head.startswith("["):
        return "json"
    if head.startswith("<!doctype html") or head.startswith("<html") or re.search(r"<(body|article|p|div)[\s>]", head):
        return "html"
    return "txt"


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "txt" if suffix in TEXT_SUFFIXES or suffix in {".md"} else "auto"


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    origin = str(path)
    if not path.exists():
        raise InputError(f"{origin}: no such file")
    if path.is_dir():
        raise InputError(f"{origin}: is a directory, not a file", "give one file, or use 'marsad ingest' for folders")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{origin}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one input",
                             "raise it with --max-mb (long texts are analysed in chunks), or split it into articles")
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"{origin}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{origin}: cannot be read ({exc.strerror or exc})") from None


def read_path(path: str | Path, kind: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[ArticleInput | BadRecord]:
    """Articles in a file (``-`` for stdin). Raises InputError when the file as a whole is unreadable."""
    if str(path) == "-":
        import sys

        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"stdin: more than the {max_bytes / 1e6:.0f} MB limit",
                             "raise it with --max-mb, or split the input into articles (JSONL)")
        text, warnings = decode_bytes(data, "stdin")
        yield from iter_text(text, "stdin", kind or "auto", warnings)
        return
    path = Path(path)
    data = read_bytes(path, max_bytes)
    text, warnings = decode_bytes(data, str(path))
    yield from iter_text(text, str(path), kind or kind_of(path), warnings)
