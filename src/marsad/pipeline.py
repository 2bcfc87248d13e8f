"""The ordered stages of Marsad: text -> entities -> attribution -> time -> events.

Each stage is a pure function ``(Article, options) -> Article`` that declares which Article fields it
needs and which it adds; ``Pipeline`` checks the order when it is built (as Stanza's processors do)
so a misordered pipeline fails at once with a message naming what is missing.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Callable

from marsad.errors import PipelineError
from marsad.types import Article

StageFn = Callable[[Article, dict], Article]


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: StageFn
    doc: str = ""


def _text_stage(article: Article, options: dict) -> Article:
    from marsad.text import sentences, tokens

    return dataclasses.replace(
        article,
        sentences=tuple(sentences.split_sentences(article.text)),
        tokens=tuple(tokens.tokenize(article.text)),
    )


def _entities_stage(article: Article, options: dict) -> Article:
    from marsad.entities import find_entities

    return dataclasses.replace(article, entities=tuple(find_entities(article, **options)))


def _attribution_stage(article: Article, options: dict) -> Article:
    from marsad.attribution import find_quotes, sourcing_profile

    quotes = tuple(find_quotes(article, **options))
    return dataclasses.replace(article, quotes=quotes,
                               sourcing=sourcing_profile(quotes, article.entities))


def _time_stage(article: Article, options: dict) -> Article:
    from marsad.time import find_times

    times, published = find_times(article, **options)
    return dataclasses.replace(article, times=tuple(times), published=published)


def _events_stage(article: Article, options: dict) -> Article:
    from marsad.events import find_events

    return dataclasses.replace(article, events=tuple(find_events(article, **options)))


# The one explicit, ordered list of stages.
STAGES: tuple[Stage, ...] = (
    Stage("text", needs=("text",), adds=("sentences", "tokens"), run=_text_stage,
          doc="sentence splitting and clitic-aware tokens"),
    Stage("entities", needs=("text", "sentences", "tokens"), adds=("entities",), run=_entities_stage,
          doc="trained NER, knowledge-base matching, resolution inside the article"),
    Stage("attribution", needs=("sentences", "tokens", "entities"), adds=("quotes", "sourcing"),
          run=_attribution_stage, doc="quotes, reported speech, speakers, anonymous sources, hedges"),
    Stage("time", needs=("sentences", "tokens"), adds=("times", "published"), run=_time_stage,
          doc="temporal expressions normalised to TIMEX3 against the publication date"),
    Stage("events", needs=("entities", "quotes", "times"), adds=("events",), run=_events_stage,
          doc="PLOVER events tied to the attribution they are reported under"),
)
STAGE_NAMES = tuple(s.name for s in STAGES)


@dataclass
class Pipeline:
    """An ordered selection of ``STAGES`` with per-stage options.

    >>> Pipeline(["text", "entities"]).run_text("قال ماكرون")
    """

    stages: list[str] = field(default_factory=lambda: list(STAGE_NAMES))
    options: dict[str, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_name = {s.name: s for s in STAGES}
        unknown = [n for n in self.stages if n not in by_name]
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(unknown)}",
                                f"choose from {', '.join(STAGE_NAMES)}")
        have = {"text"}
        for name in self.stages:
            stage = by_name[name]
            missing = [n for n in stage.needs if n not in have]
            if missing:
                raise PipelineError(
                    f"stage '{name}' needs {', '.join(missing)}; fulfilled so far: {', '.join(sorted(have))}",
                    "add the stages that provide them earlier in the list")
            have.update(stage.adds)
        self._stages = [by_name[n] for n in self.stages]

    def run(self, article: Article) -> Article:
        for stage in self._stages:
            article = stage.run(article, self.options.get(stage.name, {}))
        return article

    def run_text(self, text: str, **meta) -> Article:
        """Analyse ``text``; a very long text is analysed in paragraph-aligned chunks so memory stays bounded."""
        if len(text) <= CHUNK_CHARS:
            return self.run(make_article(text, **meta))
        whole = make_article(text, **meta)
        parts = []
        published = whole.published
        for start, end in chunk_bounds(text, CHUNK_CHARS):
            part = self.run(dataclasses.replace(whole, text=text[start:end], published=published))
            published = published or part.published
            # keep the results, drop the per-token records of the chunk
            parts.append((start, dataclasses.replace(part, tokens=())))
        return merge_chunks(whole, parts, published)


CHUNK_CHARS = 200_000


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Split ``text`` into pieces of at most about ``size`` characters, at paragraph (else line, else space) ends."""
    bounds, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        bounds.append((start, end))
        start = end
    return bounds


def _shift(record, delta: int, ids: dict[str, str]):
    """A copy of a record with every offset moved by ``delta`` and every id renamed through ``ids``."""
    if isinstance(record, tuple):
        return tuple(_shift(r, delta, ids) for r in record)
    if not dataclasses.is_dataclass(record):
        return record
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in ("start", "end") and isinstance(value, int):
            changes[f.name] = value + delta
        elif f.name in ("id", "entity", "via", "quote") and isinstance(value, str):
            changes[f.name] = ids.get(value, value)
        elif dataclasses.is_dataclass(value) or isinstance(value, tuple):
            changes[f.name] = _shift(value, delta, ids)
    return dataclasses.replace(record, **changes)


def merge_chunks(whole: Article, parts: list[tuple[int, Article]], published: str | None) -> Article:
    """Join the analyses of the chunks of one text into one Article with offsets into the whole text."""
    from marsad.attribution import sourcing_profile

    acc: dict[str, list] = {"sentences": [], "entities": [], "quotes": [], "times": [], "events": []}
    counters = {"E": 0, "Q": 0, "V": 0}
    for offset, part in parts:
        ids: dict[str, str] = {}
        for prefix, records in (("E", part.entities), ("Q", part.quotes), ("V", part.events)):
            for r in records:
                counters[prefix] += 1
                ids[r.id] = f"{prefix}{counters[prefix]}"
        for key in acc:
            acc[key].extend(_shift(getattr(part, key), offset, ids))
    quotes = tuple(acc["quotes"])
    return dataclasses.replace(
        whole, published=published, sentences=tuple(acc["sentences"]), entities=tuple(acc["entities"]),
        quotes=quotes, times=tuple(acc["times"]), events=tuple(acc["events"]),
        sourcing=sourcing_profile(quotes, tuple(acc["entities"])),
        warnings=whole.warnings + (f"long text ({len(whole.text):,} characters) analysed in {len(parts)} chunks; "
                                   "entities are not merged across chunks",))


def make_article(text: str, *, id: str | None = None, title: str | None = None, source: str | None = None,
                 url: str | None = None, published: str | None = None,
                 warnings: tuple[str, ...] = ()) -> Article:
    """An Article with no analysis yet; ``id`` defaults to the sha1 of the text."""
    return Article(text=text, id=id or hashlib.sha1(text.encode("utf-8")).hexdigest(), title=title,
                   source=source, url=url, published=published, warnings=tuple(warnings))


_DEFAULT: Pipeline | None = None


def analyze(text: str, **meta) -> Article:
    """Run every stage on ``text``; ``meta`` takes id, title, source, url, published (YYYY-MM-DD)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.run_text(text, **meta)
