"""Typed records passed between stages: spans, tokens, entities, quotes, times, events and the article.

Every record is frozen. Every span is a pair of character offsets ``[start, end)`` into ``Article.text``, the
article exactly as it was given, so ``article.text[span.start:span.end] == span.text`` always holds
(see ``../shared/CONTRACT.md``). JSON, HTML and tables are renderings of these records at the edges
(``marsad.io.writers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA = "marsad.article/1"

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
SPEAKER_TYPES = ("person", "organization", "outlet", "government", "anonymous", "unknown")
QUOTE_KINDS = ("direct", "indirect", "mixed")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
PLOVER_CODES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span ``[start, end)`` of ``text``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Word:
    """A syntactic word inside a surface token: a proclitic (و ف ب ل ك س), the article ال, a stem or a suffix."""

    start: int
    end: int
    text: str
    kind: str = "stem"  # "proclitic" | "article" | "stem" | "suffix" | "punct" | "number" | "latin"


@dataclass(frozen=True, slots=True)
class Token:
    """A surface token (what whitespace and punctuation delimit) and the words inside it."""

    start: int
    end: int
    text: str
    words: tuple[Word, ...] = ()

    @property
    def stem(self) -> Word:
        """The word carrying the token's meaning (the token itself when it has no clitics)."""
        for w in self.words:
            if w.kind in ("stem", "number", "latin", "punct"):
                return w
        return Word(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity, proclitics left out (``لحلف`` -> ``حلف``)."""

    start: int
    end: int
    text: str
    type: str  # PER ORG LOC MISC
    source: str = "ner"  # which component found it: "ner", "kb", "title", ...


@dataclass(frozen=True, slots=True)
class Entity:
    """All mentions of one real-world entity in one article."""

    id: str
    type: str
    name: str
    mentions: tuple[Mention, ...]
    name_en: str | None = None
    kb_id: str | None = None
    country: str | None = None
    gender: str | None = None  # "m" | "f" | None, when known (used by speaker resolution)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
            "kb_id": self.kb_id, "country": self.country,
            "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    text: str
    type: str = "unknown"  # one of SPEAKER_TYPES
    entity: str | None = None
    count: int | None = None
    description: str | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "entity": self.entity,
                "type": self.type, "count": self.count, "description": self.description}


@dataclass(frozen=True, slots=True)
class Quote:
    """An attribution: who (speaker) is reported (cue) to have said what (content)."""

    id: str
    kind: str  # direct | indirect | mixed
    cue: Span | None
    speaker: Speaker | None
    content: Span | None
    hedged: bool = False
    via: str | None = None  # id of the quote or entity it is relayed through

    def to_dict(self) -> dict:
        return {
            "id": self.id, "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": self.content.to_dict() if self.content else None,
            "hedged": self.hedged, "via": self.via,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression normalised to TIMEX3 against the publication date."""

    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str | None  # "2023-06-05", "2023-W22", "PAST_REF", "P3M", "XXXX-XX-XX" ...

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value}


@dataclass(frozen=True, slots=True)
class EventArg:
    text: str
    entity: str | None = None
    country: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        d = {"entity": self.entity, "text": self.text, "country": self.country}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        return d


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded event: actor -> code -> target, with its trigger and the attribution it is reported under."""

    id: str
    code: str
    trigger: Span
    actor: EventArg | None = None
    target: EventArg | None = None
    date: str | None = None
    quote: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id, "code": self.code,
            "actor": self.actor.to_dict() if self.actor else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": self.trigger.to_dict(), "date": self.date, "quote": self.quote,
        }


@dataclass(frozen=True)
class Article:
    """An article and everything the stages found in it.

    Stages return a new Article with their fields filled (``dataclasses.replace``); nothing is mutated.
    """

    text: str
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    lang: str = "ar"
    warnings: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    events: tuple[Event, ...] = ()
    sourcing: dict = field(default_factory=dict)
