"""Knowledge-base fallback for event arguments: text + tokens -> candidate participants with ISO3 countries.

The events stage takes its participants from ``Article.entities``; this module adds what the entity stage has
not (yet) found by matching the package's own KB (``marsad/data/kb/*.jsonl``: countries, capitals, persons,
organisations, armed groups, ministries, armies) and country adjectives (``التركية`` -> TUR) in the tokens,
and gives the country of an entity whose ``country`` is None (a capital stands for its government:
``باريس`` -> FRA). Offsets leave out attached proclitics (``لحلف`` -> ``حلف``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.events.lexicon import strip_proclitics
from marsad.text.normalize import normalize, phrase_index

KB_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"
KB_FILES = ("countries", "cities", "persons", "organisations", "armed_groups", "parties", "ministries",
            "military", "embassies", "companies", "governments", "nationalities")
MAX_NAME_TOKENS = 8
INDEFINITE_ADJECTIVES = True  # فرنسي/فرنسية as participants' countries, besides الفرنسي/الفرنسية


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    name: str  # first Arabic name
    name_en: str | None
    country: str | None
    kind: str
    type: str


def _kb_records():
    """Every record of the KB files the events stage reads (a missing file or a bad line is skipped)."""
    for stem in KB_FILES:
        path = KB_DIR / f"{stem}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


@lru_cache(maxsize=1)
def kind_index() -> dict[str, str]:
    """Normalised Arabic name -> KB kind (organisation, armed_group, party, country, person ...)."""
    out: dict[str, str] = {}
    for rec in _kb_records():
        for name in rec.get("names_ar") or ():
            out.setdefault(normalize(name), rec.get("kind", ""))
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible event participant: a span of the text (proclitics left out) and what it stands for."""

    start: int
    end: int
    text: str
    entity: str | None = None  # Article entity id
    country: str | None = None
    kind: str = "entity"  # "entity" | "kb" | "adjective" | "generic" | "anaphor" | "pronoun"
    name: str | None = None
    type: str | None = None  # PER ORG LOC MISC when known


def _entry_country(rec: dict) -> str | None:
    kind = rec.get("kind")
    if kind == "city" and not rec.get("capital"):
        return None
    return rec.get("country")


@lru_cache(maxsize=1)
def _non_participants() -> frozenset[str]:
    from marsad.data.plover import NON_PARTICIPANT_KINDS

    return frozenset(NON_PARTICIPANT_KINDS)


@lru_cache(maxsize=1)
def club_names() -> frozenset[str]:
    """Normalised names of KB entries that are no event participants (clubs, events, awards)."""
    out = set()
    for stem in KB_FILES + ("events",):
        path = KB_DIR / f"{stem}.jsonl"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue
                if rec.get("kind") in _non_participants():
                    out.update(normalize(n) for n in rec.get("names_ar") or ())
    return frozenset(out)


@lru_cache(maxsize=1)
def kb_index() -> tuple[dict[str, list[tuple[tuple[str, ...], KBEntry]]], dict[str, KBEntry]]:
    """(first normalised word -> [(name words, entry)], normalised full name -> entry); empty when the KB is absent."""
    by_first: dict[str, list[tuple[tuple[str, ...], KBEntry]]] = {}
    by_name: dict[str, KBEntry] = {}
    indefinite: list[tuple[str, KBEntry]] = []
    for rec in _kb_records():
        names = rec.get("names_ar") or []
        if not names or rec.get("kind") in _non_participants():
            continue
        entry = KBEntry(rec.get("id", ""), names[0], rec.get("name_en"), _entry_country(rec),
                        rec.get("kind", ""), rec.get("type", ""))
        weak = {normalize(w) for w in rec.get("weak_ar") or ()}
        for name in names:
            key = normalize(name)
            if not key or key in weak:
                continue
            words = tuple(key.split())
            if len(words) > MAX_NAME_TOKENS:
                continue
            by_name.setdefault(key, entry)
            by_first.setdefault(words[0], []).append((words, entry))
        if rec.get("kind") == "country" and rec.get("sovereign", True):
            from marsad.data.plover import AMBIGUOUS_ADJECTIVES

            ambiguous = {normalize(w) for w in AMBIGUOUS_ADJECTIVES}
            adj_entry = KBEntry(rec.get("id", ""), names[0], rec.get("name_en"), rec.get("country"),
                                "adjective", "LOC")
            for adj in rec.get("adjectives_ar") or ():
                key = normalize(adj)
                if key in ambiguous:
                    continue
                if INDEFINITE_ADJECTIVES and not key.startswith("ال") and len(key) > 3:
                    indefinite.append((key, adj_entry))  # صحافي فرنسي, بإعدام كرواتي
                    if key.endswith("ي"):
                        indefinite.append((key + "ا", adj_entry))  # صحافيا فرنسيا (accusative)
                if key.startswith("ال") and len(key) > 4:  # only the definite forms: unambiguous
                    by_first.setdefault(key, []).append(((key,), adj_entry))
                    if key.endswith("ي"):  # the people: الإيرانيين, الإيرانيون
                        for plural in (key + "ين", key + "ون"):
                            by_first.setdefault(plural, []).append(((plural,), adj_entry))
    for key, entry in indefinite:
        if key not in by_name and key not in by_first:  # never a name (جيبوتي is the country, not an adjective)
            by_first.setdefault(key, []).append(((key,), entry))
    for lst in by_first.values():
        lst.sort(key=lambda x: -len(x[0]))
    return by_first, by_name


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    try:
        from marsad.data.titles import DESCRIPTORS

        return frozenset(normalize(d) for d in DESCRIPTORS)
    except ImportError:
        return frozenset()


def lookup(name: str) -> KBEntry | None:
    """The KB record of ``name``, also without a leading descriptor (``تنظيم داعش`` -> ``داعش``)."""
    by_name = kb_index()[1]
    key = normalize(name)
    entry = by_name.get(key)
    if entry is None and " " in key:
        head, rest = key.split(" ", 1)
        if head in _descriptors():
            entry = by_name.get(rest)
    return entry


def lookup_country(name: str) -> str | None:
    """The ISO3 country the KB gives ``name`` (a country, capital, person or organisation), else None."""
    entry = lookup(name)
    if entry is not None:
        return entry.country
    try:  # the entity engineer's KB module, when it exists
        from marsad.entities import kb as entity_kb  # type: ignore

        for fn in ("country_of", "lookup_country"):
            f = getattr(entity_kb, fn, None)
            if callable(f):
                value = f(name)
                if isinstance(value, str) and len(value) == 3:
                    return value
    except Exception:  # noqa: BLE001 - an optional module that may be half-written
        pass
    return None


def _skip_prefix(text: str, token_start: int, n_letters: int) -> int:
    """Offset after ``n_letters`` letters at ``token_start`` (diacritics and tatweel skipped over)."""
    i, seen = token_start, 0
    while seen < n_letters and i < len(text):
        if normalize(text[i]):
            seen += 1
        i += 1
    while i < len(text) and not normalize(text[i]):
        i += 1
    return i


@lru_cache(maxsize=1)
def generic_index() -> dict[str, list[tuple[str, ...]]]:
    from marsad.data.plover import GENERIC_ACTORS

    return phrase_index(GENERIC_ACTORS)


def match_generic(text: str, tokens) -> list[Candidate]:
    """Generic actors (``المقاومة الشعبية``, ``الحكومة``, ``الأكراد``): candidates with no entity and no country."""
    idx = generic_index()
    keys = [normalize(t.text) for t in tokens]
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        hit = None
        for pro, rest in strip_proclitics(keys[i]):
            for words in idx.get(rest, ()):
                n = len(words)
                if i + n <= len(tokens) and all(keys[i + k] == words[k] for k in range(1, n)):
                    hit = (n, pro)
                    break
            if hit:
                break
        if hit is None:
            i += 1
            continue
        n, pro = hit
        start = _skip_prefix(text, tokens[i].start, len(pro))
        end = tokens[i + n - 1].end
        out.append(Candidate(start, end, text[start:end], None, None, "generic", text[start:end]))
        i += n
    return out


def match_tokens(text: str, tokens) -> list[Candidate]:
    """KB names and country adjectives found in ``tokens`` (longest match first, no overlaps)."""
    by_first, _ = kb_index()
    keys = [normalize(t.text) for t in tokens]
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        best = None
        for pro, rest in strip_proclitics(keys[i]):
            for words, entry in by_first.get(rest, ()):
                n = len(words)
                if i + n > len(tokens):
                    continue
                if all(keys[i + k] == words[k] for k in range(1, n)):
                    if best is None or n > best[0]:
                        best = (n, pro, rest, entry)
                    break
            if best:
                break
        if best is None:
            i += 1
            continue
        n, pro, rest, entry = best
        tok = tokens[i]
        if entry.kind == "adjective" and "".join(ch for ch in tok.text if normalize(ch)).endswith("ى"):
            i += 1  # مجرى (a course) is not مجري (Hungarian): alef maqsura is no adjective ending
            continue
        if rest.startswith("ا") and keys[i][len(pro):].startswith("ل") and pro.endswith("ل"):
            start = _skip_prefix(text, tok.start, len(pro))  # لل: the span starts at the article's ل
        else:
            start = _skip_prefix(text, tok.start, len(pro))
        end = tokens[i + n - 1].end
        kind = "adjective" if entry.kind == "adjective" else "kb"
        out.append(Candidate(start, end, text[start:end], None, entry.country, kind, entry.name, entry.type))
        i += n
    return out


def resolve_anaphors(text: str, tokens, cands: list[Candidate]) -> list[Candidate]:
    """``الكتلة``/``الحلف``/``التنظيم`` -> a candidate for the nearest earlier participant of a fitting kind."""
    from marsad.data.plover import ANAPHOR_NAME_PREFIX, ANAPHOR_REACH, ANAPHORS

    wanted = {normalize(k): v for k, v in ANAPHORS.items()}
    prefixed = {normalize(k) for k in ANAPHOR_NAME_PREFIX}
    kinds = kind_index()
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in cands]
    for tok in tokens:
        for pro, rest in strip_proclitics(normalize(tok.text)):
            if rest not in wanted:
                continue
            start = _skip_prefix(text, tok.start, len(pro))
            if any(start < e and s < tok.end for s, e in taken):
                break
            ante = None
            for c in reversed(cands):
                if c.end > start or start - c.end > ANAPHOR_REACH:
                    continue
                if rest in prefixed and not any(normalize(n).startswith(rest + " ") for n in (c.name or "", c.text)):
                    continue
                if {kinds.get(normalize(c.name or c.text)), kinds.get(normalize(c.text))} & set(wanted[rest]):
                    ante = c
                    break
            if ante is not None:
                out.append(Candidate(start, tok.end, text[start:tok.end], ante.entity, ante.country, "anaphor",
                                     ante.name or ante.text))
            break
    return out


def resolve_country_pronouns(text: str, tokens, cands: list[Candidate], sentences, skip=None) -> list[Candidate]:
    """``بلاده``/``حكومتها`` -> a candidate for the country of the nearest participant before it in its sentence
    (``skip(c)`` true for participants that cannot be the antecedent, such as ones after a preposition)."""
    from marsad.data.plover import COUNTRY_PRONOUNS

    wanted = {normalize(w) for w in COUNTRY_PRONOUNS}
    out: list[Candidate] = []
    for tok in tokens:
        hit = next(((pro, rest) for pro, rest in strip_proclitics(normalize(tok.text)) if rest in wanted), None)
        if hit is None:
            continue
        start = _skip_prefix(text, tok.start, len(hit[0]))
        sent = next(((s, e) for s, e in sentences if s <= start < e), (0, len(text)))
        ante = next((c for c in reversed(cands) if c.end <= start and c.start >= sent[0] and c.country
                     and c.kind != "pronoun" and not (skip and skip(c))), None)
        if ante is not None:
            out.append(Candidate(start, tok.end, text[start:tok.end], None, ante.country, "pronoun", ante.country))
    return out
