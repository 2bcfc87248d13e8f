"""Resolution inside one article: candidate mentions (NER, KB, titles) -> Entities (clusters with KB links).

What is merged into one Entity:
- mentions linked to the same KB entry (``إيمانويل ماكرون``, ``ماكرون``, ``Macron``);
- a person's surname or any part of a full name met in the same article (``ماو نينغ`` ... ``نينغ``);
- other unlinked mentions with the same normalised text.
Entity ids ``E1, E2 ...`` follow the order of first mention. KB links give ``name_en``, ``kb_id``, ``country``;
unknown names get a readable romanisation (``romanize``) as ``name_en``.

Titles (``marsad.data.titles``) are resolved to persons with ``resolve_title``: a bare title (``الرئيس``) points at
the most recent person before it who was introduced with, or is known in the KB by, a title of the same role;
a title with a nationality (``الرئيس الفرنسي``) also requires that person's country, and falls back on the KB
holder of that role in the year of publication.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from marsad.data.titles import (COMMON_NAME_ENDINGS, NAME_PARTICLES, NAME_STOPWORDS, TITLE_FILLERS, TITLES,
                                 TRAILING_NAME_PARTS, Title)
from marsad.entities.kb import KBEntry, KnowledgeBase, _clitic_variants, load_kb, normalized_view, word_spans
from marsad.text.normalize import normalize, phrase_index
from marsad.types import Entity, Mention


@dataclass
class Candidate:
    """A mention before clustering, with the KB entry it was linked to (if any) and what its context says."""

    start: int
    end: int
    text: str
    type: str
    source: str = "ner"
    entry: KBEntry | None = None
    country: str | None = None  # from context (a title's nationality or organisation)
    gender: str | None = None
    role: str | None = None  # role of the title that introduced it


@dataclass
class _Cluster:
    cands: list[Candidate] = field(default_factory=list)
    entry: KBEntry | None = None

    @property
    def first(self) -> int:
        return min(c.start for c in self.cands)


# ---------------------------------------------------------------------------------------------------- titles
_TITLES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], Title]]] = {}
for _t in TITLES:
    _toks = tuple(normalize(_t.ar).split())
    _TITLES_BY_FIRST.setdefault(_toks[0], []).append((_toks, _t))
for _lst in _TITLES_BY_FIRST.values():
    _lst.sort(key=lambda x: -len(x[0]))
_STOP = {normalize(w) for w in NAME_STOPWORDS}
_FILL = {normalize(w) for w in TITLE_FILLERS}


@dataclass(frozen=True)
class TitleMatch:
    """A title in the text, optionally with the nationality adjective or organisation that completes it."""

    start: int
    end: int  # end of the title words
    title: Title
    ext_end: int  # end including the completing adjective / organisation and fillers
    country: str | None = None


def _words(text: str) -> tuple[list[tuple[int, int, str]], object]:
    """Words of the normalised view of ``text`` and the view (cached: every step of one article reuses them)."""
    view, words = normalized_view(text)
    return words, view


def find_titles(text: str, kb: KnowledgeBase | None = None, kb_matches: list | None = None) -> list[TitleMatch]:
    """Titles in ``text`` (``الرئيس``, ``وزير الخارجية الأمريكي``, ``المتحدث باسم وزارة الخارجية الصينية``)."""
    kb = kb or load_kb()
    words, view = _words(text)
    adjs = {a.start: a for a in kb.adjectives(text)}
    kbm = {m.start: m for m in (kb.match(text) if kb_matches is None else kb_matches)}
    spans = word_spans(text)
    out: list[TitleMatch] = []
    i = 0
    while i < len(words):
        hit = None
        for clen, head in _clitic_variants(words[i][2]):
            for toks, title in _TITLES_BY_FIRST.get(head, ()):
                k = len(toks)
                if i + k <= len(words) and all(words[i + j][2] == toks[j] for j in range(1, k)):
                    hit = (k, clen, title)
                    break
            if hit:
                break
        if not hit:
            i += 1
            continue
        k, clen, title = hit
        s, _ = view.to_original(words[i][0] + clen, words[i][0] + clen + 1)
        _, e = view.to_original(words[i + k - 1][1] - 1, words[i + k - 1][1])
        ext, country, j = e, None, i + k
        # what completes the title: adjective (الفرنسي), organisation/country (وزارة الخارجية الصينية), fillers
        for _ in range(5):
            if j >= len(words):
                break
            o_s, o_e = spans[j]
            a = adjs.get(o_s)
            m = kbm.get(o_s) or _kb_at(kbm, text, o_s)
            if a is not None and country is None:
                country, ext = a.country.country, a.end
                j = _word_index_after(words, view, a.end, j, spans)
                continue
            if m is not None and m.entry.type in ("ORG", "LOC") and title.attaches != "none":
                country = country or m.entry.country
                ext = m.end
                j = _word_index_after(words, view, m.end, j, spans)
                continue
            if words[j][2] in _FILL:
                ext, j = o_e, j + 1
                continue
            if title.attaches == "organisation" and _org_phrase_word(words, j):
                ext, j = o_e, j + 1  # المتحدث باسم الشركة / باسم وزارة الدفاع: the organisation's common noun
                continue
            break
        out.append(TitleMatch(s, e, title, ext, country))
        i = max(j, i + k)
    return out


def _org_phrase_word(words, j: int) -> bool:
    """A word of the organisation phrase after ``باسم``: definite (الشركة) or in construct before one (وزارة الدفاع)."""
    w = words[j][2]
    if w in _STOP:
        return False
    if w.startswith("ال"):
        return True
    return j + 1 < len(words) and words[j + 1][2].startswith("ال") and words[j + 1][2] not in _STOP


def _kb_at(kbm: dict, text: str, pos: int):
    """A KB match starting at ``pos`` or just after proclitics attached there (``لحلف``)."""
    for d in (1, 2):
        m = kbm.get(pos + d)
        if m is not None and m.outer_start == pos:
            return m
    return None


def _word_index_after(words, view, orig_end: int, j: int, spans=None) -> int:
    if spans is None:
        spans = [view.to_original(w[0], w[1]) for w in words]
    while j < len(words) and spans[j][0] < orig_end:
        j += 1
    return j


def title_persons(text: str, titles: list[TitleMatch], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Unknown person names read right after a title: two or three name-like words (``المتحدث ... ماو نينغ``)."""
    import bisect

    words, view = _words(text)
    spans = word_spans(text)
    starts = [s for s, _ in spans]
    taken = SpanIndex(taken)
    out = []
    for t in titles:
        if not (t.title.ar.startswith("ال") or " " in t.title.ar):
            continue  # an indefinite title (زعيم ياباني "a Japanese leader") is not followed by a name
        if taken.overlaps(t.start, t.end):
            continue  # the title word is part of another name (كأس الملك بجدة وما واكبه: a cup, not a king)
        j = bisect.bisect_left(starts, t.ext_end)
        if j >= len(words) or text[t.ext_end:starts[j]].strip():
            continue  # end of text, or punctuation between title and name
        name: list[tuple[int, int]] = []
        while j < len(words) and len(name) < 5:
            w = words[j][2]
            o_s, o_e = spans[j]
            compound = bool(name) and words[j - 1][2] in _COMPOUND_HEADS  # عبد العزيز, بن عبد الله
            if len(name) >= 3 and not compound:
                break
            if w in _STOP or (w[:1] in "وف" and w[1:] in _STOP) or w in _TITLE_WORDS or not _arabic(w) or len(w) < 2 \
                    or _overlaps(o_s, o_e, taken) \
                    or (not compound and not _name_word_ok(text[o_s:o_e])):
                break
            if not compound and (w.startswith("ال") or any(w.startswith(p + "ال") or w.startswith(p + "ل")
                                                            for p in "وفبلك")):
                break  # a definite word (or a preposition/conjunction + one) ends the name
            if name and text[name[-1][1]:o_s].strip():
                break
            name.append((o_s, o_e))
            j += 1
        while name and words[j - 1][2] in _COMPOUND_HEADS:  # never end on بن / عبد / أبو
            name.pop()
            j -= 1
        if len(name) < 2:
            continue
        if t.ext_end == t.end and not _name_boundary(text, words, view, j):
            continue  # a bare title (الرئيس) read with a following phrase that does not end like a name
        s, e = name[0][0], name[-1][1]
        out.append(Candidate(s, e, text[s:e], "PER", "title", None, t.country, t.title.gender, t.title.role))
    return out


_COMPOUND_HEADS = {normalize(w) for w in NAME_PARTICLES}
_TRAILING = {normalize(w) for w in TRAILING_NAME_PARTS}


def propagate(text: str, cands: list[Candidate], titles: list[TitleMatch] | None = None) -> list[Candidate]:
    """Further mentions of entities already found: a person's surname alone (``ديمتري كوفتون`` ... ``كوفتون``)
    and the weak aliases of KB entities met in the article (``هادي`` once ``عبد ربه منصور هادي`` is there)."""
    phrases: dict[tuple[str, ...], Candidate] = {}
    outlet_phrases: set[tuple[str, ...]] = set()
    for c in cands:
        if c.type == "PER" and (c.entry is None or c.entry.type == "PER"):
            toks = _key(c.text).split()
            if 2 <= len(toks) <= 4 and all(_arabic(t) for t in toks):
                k = 2 if toks[-2] in _COMPOUND_HEADS or toks[-1] in _TRAILING else 1
                sur = tuple(toks[-k:])
                if len(toks) > k and len(sur[-1]) >= 3 and sur[0] not in _STOP and sur[0] not in _TITLE_WORDS \
                        and sur[-1] not in _COMMON_SURNAME_WORDS:
                    phrases.setdefault(sur, c)
        if c.entry is not None:
            for w in c.entry.weak_ar:
                phrases.setdefault(tuple(_key(w).split()), c)
                if c.entry.kind == "outlet":
                    outlet_phrases.add(tuple(_key(w).split()))
    # a distinctive given name alone (``أخي رياض`` after ``رياض نواف الراضي``) when only one person of the article
    # carries it
    pd = _pattern_data()
    firsts: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.type == "PER" and c.entry is None:
            toks = _key(c.text).split()
            if 2 <= len(toks) <= 5 and toks[0] in pd["strong"] and toks[0] not in _COMMON_SURNAME_WORDS \
                    and toks[1] not in pd["divine"]:
                firsts.setdefault(toks[0], []).append(c)
    for first, cs in firsts.items():
        if len({_key(c.text) for c in cs}) == 1:
            phrases.setdefault((first,), cs[0])
    if not phrases:
        return []
    words, view = _words(text)
    covered = SpanIndex([(c.start, c.end) for c in cands] + [(t.start, t.end) for t in (titles or [])])
    by_first: dict[str, list[tuple[tuple[str, ...], Candidate]]] = {}  # in the order of ``phrases``
    for sur, src in phrases.items():
        by_first.setdefault(sur[0], []).append((sur, src))
    out: list[Candidate] = []
    for i in range(len(words)):
        for clen, head in _clitic_variants(words[i][2]):
            if clen and words[i][2][:clen] != "و":
                continue  # لصالح is "in favour of", not ل + Saleh: only و is safe before a bare surname
            for sur, src in by_first.get(head, ()):
                k = len(sur)
                if i + k > len(words) or any(words[i + j][2] != sur[j] for j in range(1, k)):
                    continue
                s0, e0 = view.to_original(words[i][0], words[i + k - 1][1])
                if any(ch in text[s0:e0] for ch in "\u064b\u064c\u064d"):
                    continue  # عَظِيمٌ in a quoted verse: tanween makes it an adjective, not the surname عظيم
                if sur[0].startswith("ال") and i > 0 and _definite(words[i - 1][2]):
                    continue  # الدول العربية: an adjective agreeing with a definite noun, not the outlet العربية
                if sur in outlet_phrases and not (i > 0 and words[i - 1][2].endswith("ت")):
                    continue  # an outlet's weak name unquoted is the common word (لله ثم الوطن, مركزية المدينة)
                    # unless a feminine verb has it as subject (وأضافت العربية أن)
                s, _ = view.to_original(words[i][0] + clen, words[i][0] + clen + 1)
                _, e = view.to_original(words[i + k - 1][1] - 1, words[i + k - 1][1])
                if covered.overlaps(s, e):
                    continue
                covered.add(s, e)
                out.append(Candidate(s, e, text[s:e], src.type, "propagate", src.entry, src.country, src.gender))
    return out


_TITLE_WORDS = {normalize(t.ar).split()[-1] for t in TITLES}
_COMMON_SURNAME_WORDS = {normalize(w) for w in COMMON_NAME_ENDINGS}


def _definite(word: str) -> bool:
    """``الدول``, ``والدول``, ``بالدول``: a word with the article (after up to two proclitics)."""
    return any(h.startswith("ال") for _, h in _clitic_variants(word))


_PRONOUN_SUFFIXES = ("ها", "هما", "هم", "كم", "هن")
_TA_PRONOUN = ("ته", "تنا", "تكم")  # as written, before normalisation


def _name_word_ok(word: str) -> bool:
    """Could ``word`` be part of a person's name? Not when it carries tanween (مرانًا), a pronoun suffix (بريدها,
    تدريباته), or a proclitic before a common word (لإعادة, وعباس), nor when news text uses it with the article ال
    often (قمة, حرب, تقارير: common nouns; names hardly ever take ال). Uses the shipped word-frequency lexicon of
    marsad.text.tokens when it is available; without it only the spelling rules apply."""
    if any(ch in word for ch in "\u064b\u064c\u064d"):
        return False
    w = normalize(word)
    if len(w) > 3 and w.endswith(_PRONOUN_SUFFIXES):
        return False
    if len(w) < 3:
        return True  # لي, هو: short syllables of East Asian names; the lexicon says nothing useful about them
    try:
        from marsad.text.tokens import lexicon, lexkey

        lx = lexicon()
        freq = lambda x: lx.freq(lexkey(x))  # noqa: E731
    except Exception:  # the lexicon is optional here
        return True
    bare = freq(word)
    if freq("ال" + word) >= 5 and freq("ال" + word) >= 0.1 * bare:
        return False
    if word.endswith("ه") and len(w) > 3 and freq(word[:-1]) >= 20:
        return False  # تدريباته, جثمانه: a noun with the pronoun -ه (feminine names end in ة, not ه)
    for n in (1, 2):
        if len(w) > n + 2 and all(c in "وفبلك" for c in w[:n]):
            rest = freq(word[n:])
            if rest >= 20 and rest >= bare:
                return False  # وعباس, لإعادة, بهدف: a proclitic before a common word
    return True


def _name_boundary(text: str, words, view, j: int) -> bool:
    """After a name: the end, punctuation, or a word that cannot continue a name (verb of saying, particle)."""
    if j >= len(words):
        return True
    spans = word_spans(text) if view is normalized_view(text)[0] else None
    prev_end = spans[j - 1][1] if spans else view.to_original(words[j - 1][0], words[j - 1][1])[1]
    nxt = spans[j][0] if spans else view.to_original(words[j][0], words[j][1])[0]
    return bool(text[prev_end:nxt].strip()) or words[j][2] in _STOP


def _arabic(w: str) -> bool:
    return all("\u0621" <= c <= "\u064a" for c in w)


def _overlaps(s: int, e: int, spans) -> bool:
    if isinstance(spans, SpanIndex):
        return spans.overlaps(s, e)
    return any(s < b and a < e for a, b in spans)


class _NearIndex:
    """Items with ``start``/``end`` indexed by start: ``near(s, e)`` gives the indexes (ascending) of every item that
    can overlap or lie inside ``[s, e]``: those starting in ``[s - longest, e]``, and any reversed span."""

    __slots__ = ("_starts", "_order", "_longest", "_odd")

    def __init__(self, items):
        order = sorted(range(len(items)), key=lambda x: items[x].start)
        self._order = order
        self._starts = [items[x].start for x in order]
        self._longest = max((max(it.end - it.start, 0) for it in items), default=0)
        self._odd = [x for x, it in enumerate(items) if it.end < it.start]

    def near(self, s: int, e: int) -> list[int]:
        lo = bisect.bisect_left(self._starts, s - self._longest)
        hi = bisect.bisect_right(self._starts, e)
        return sorted(set(self._order[lo:hi]) | set(self._odd)) if self._odd else sorted(self._order[lo:hi])


class SpanIndex:
    """Spans ``[a, b)`` sorted by start, for overlap queries in O(log n + spans near the query): only spans starting
    within the longest span's length before the query can reach it. Spans can be added in any order."""

    __slots__ = ("_starts", "_ends", "_longest")

    def __init__(self, spans=()):
        pairs = sorted(spans)
        self._starts = [a for a, _ in pairs]
        self._ends = [b for _, b in pairs]
        self._longest = max((b - a for a, b in pairs), default=0)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_right(self._starts, a)
        self._starts.insert(i, a)
        self._ends.insert(i, b)
        if b - a > self._longest:
            self._longest = b - a

    def overlaps(self, s: int, e: int) -> bool:
        """Is there a span ``(a, b)`` with ``s < b and a < e`` (as ``_overlaps``)?"""
        starts, ends = self._starts, self._ends
        for i in range(bisect.bisect_left(starts, s - self._longest), bisect.bisect_left(starts, e)):
            if ends[i] > s:
                return True
        return False

    def __len__(self) -> int:
        return len(self._starts)


# ---------------------------------------------------------------------------------------------- clustering
def cluster(text: str, cands: list[Candidate], kb: KnowledgeBase | None = None,
            titles: list[TitleMatch] | None = None) -> list[Entity]:
    """Merge candidates into Entities (ids in order of first mention)."""
    kb = kb or load_kb()
    cands = sorted(cands, key=lambda c: (c.start, -c.end))
    if titles is None:
        titles = find_titles(text, kb)
    _attach_title_context(text, cands, titles)
    clusters: list[_Cluster] = []
    by_kb: dict[str, _Cluster] = {}
    by_key: dict[tuple[str, str], _Cluster] = {}
    persons = _PersonIndex()
    orgs_by_first: dict[str, dict[str, _Cluster]] = {}  # unlinked organisations by their first word
    for c in cands:
        if c.entry is not None:
            cl = by_kb.get(c.entry.id)
            if cl is None:
                cl = by_kb[c.entry.id] = _Cluster(entry=c.entry)
                clusters.append(cl)
                if c.type == "PER":
                    persons.add_cluster(cl)
            cl.cands.append(c)
            persons.add_name(cl, c.text)
            continue
        key = (c.type, _key(c.text))
        cl = by_key.get(key)
        if cl is None and c.type == "PER":
            cl = persons.find(c.text)
        if cl is None and c.type == "ORG":
            cl = _org_by_prefix(key[1], orgs_by_first)
        if cl is None:
            cl = _Cluster()
            clusters.append(cl)
            if c.type == "PER":
                persons.add_cluster(cl)
        by_key[key] = cl
        if c.type == "ORG" and key[1]:
            orgs_by_first.setdefault(key[1].split()[0], {})[key[1]] = cl
        cl.cands.append(c)
        persons.add_name(cl, c.text)
    clusters = _join_lone_names(clusters)
    clusters.sort(key=lambda cl: cl.first)
    _gender_from_verbs(text, clusters)
    return [_entity(f"E{n}", cl) for n, cl in enumerate(clusters, 1)]


def _join_lone_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """An unlinked person met only as one word joins the one person of the article whose full name ends with it
    (a surname in a headline before the full name: ``د. الموسى`` ... ``عبد الله بن عبد العزيز الموسى``) or opens it
    (``الأمير فيصل`` after ``فيصل بن خالد``, ``الأستاذ أحمد`` after ``أحمد نيازي``, ``جيسي`` after ``جيسي أوشر``, KB
    persons too). Nothing is joined when two persons of the article fit."""
    by_first: dict[str, set[int]] = {}
    by_last: dict[str, set[int]] = {}
    for x, cl in enumerate(clusters):
        if not any(c.type == "PER" for c in cl.cands):
            continue
        names = [c.text for c in cl.cands] + (list(cl.entry.names_ar) if cl.entry and cl.entry.type == "PER" else [])
        for n in names:
            full = _key(n).split()
            if len(full) >= 2:
                by_first.setdefault(full[0], set()).add(x)
                by_last.setdefault(full[-1], set()).add(x)
    if not by_first:
        return clusters
    into: dict[int, int] = {}
    for x, cl in enumerate(clusters):
        if cl.entry is not None or not cl.cands or any(c.type != "PER" for c in cl.cands):
            continue
        keys = {_key(c.text) for c in cl.cands}
        if len(keys) != 1:
            continue
        w = keys.pop()
        if " " in w or not w or w in _STOP or w in _TITLE_WORDS:
            continue
        fits = set(by_last.get(w, ())) | by_first.get(w, set())  # (جيسي after جيسي أوشر)
        fits.discard(x)
        if len(fits) == 1:
            into[x] = fits.pop()
    if not into:
        return clusters
    for x, y in into.items():
        while y in into:  # (a lone name never fits another lone name: full names have two words)
            y = into[y]
        clusters[y].cands.extend(clusters[x].cands)
        clusters[y].cands.sort(key=lambda c: (c.start, -c.end))
    return [cl for x, cl in enumerate(clusters) if x not in into]


# Verbs of stance whose object usually comes first (أبدى استياءه، أعرب عن): a lone rare word after them is the
# object (عتبه "his reproach"), not a one-word name.
_OBJECT_FIRST_VERBS = frozenset(normalize(w) for w in ("أبدى", "أبدت", "أعرب", "أعربت"))


def _org_prefix_ok(short: list[str]) -> bool:
    """A cut organisation name that can stand for the whole: 3+ words, or a head and a proper name (جامعة نايف)."""
    return len(short) >= 3 or (len(short) == 2 and not short[1].startswith("ال"))


def _org_by_prefix(name: str, orgs_by_first: dict) -> "_Cluster | None":
    """The one organisation met so far whose name starts with ``name``'s words, or whose name ``name`` starts with
    (``جامعة نايف العربية للعلوم`` and ``جامعة نايف العربية للعلوم الأمنية`` are one body); None if none or several."""
    words = name.split()
    if not words:
        return None
    found: dict[int, _Cluster] = {}
    for other, cl in orgs_by_first.get(words[0], {}).items():
        ow = other.split()
        short, long_ = (words, ow) if len(words) < len(ow) else (ow, words)
        if len(short) < len(long_) and long_[:len(short)] == short and _org_prefix_ok(short):
            found[id(cl)] = cl
    return next(iter(found.values())) if len(found) == 1 else None


def _gender_from_verbs(text: str, clusters: list[_Cluster]) -> None:
    """A person of unknown gender takes the gender of the perfect verb right before its mentions
    (``قالت ماو نينغ`` -> f), when all such verbs agree."""
    from marsad.data.titles import GENDERED_VERBS

    verbs = {normalize(v): g for v, g in GENDERED_VERBS.items()}
    words, view = _words(text)
    ends = [e for _, e in word_spans(text)]
    import bisect

    for cl in clusters:
        if cl.entry is not None and cl.entry.gender or any(c.gender for c in cl.cands):
            continue
        if not any(c.type == "PER" for c in cl.cands):
            continue
        seen = set()
        for c in cl.cands:
            j = bisect.bisect_right(ends, c.start) - 1
            if j < 0 or text[ends[j]:c.start].strip():
                continue
            for _, head in _clitic_variants(words[j][2]):
                if head in verbs:
                    seen.add(verbs[head])
                    break
        if len(seen) == 1:
            g = seen.pop()
            for c in cl.cands:
                c.gender = g


@lru_cache(maxsize=65536)
def _key(s: str) -> str:
    return " ".join(normalize(s).split())


def _person_by_part(persons: list[_Cluster], text: str) -> _Cluster | None:
    """A person already met whose full name contains every word of ``text`` (surname alone, first + last)."""
    toks = _key(text).split()
    if not toks:
        return None
    for cl in reversed(persons):
        names = [c.text for c in cl.cands] + (list(cl.entry.names_ar) if cl.entry else [])
        for n in names:
            full = _key(n).split()
            if _ancestor_chain(toks, full):
                continue
            if len(full) > len(toks) and all(t in full for t in toks) and toks[-1] == full[-1] or \
                    (len(full) > len(toks) and toks == full[:len(toks)] and len(toks[0]) > 3 and len(toks) > 1) or \
                    (len(toks) == 1 and toks[0] == full[0] and toks[0] in _pattern_data()["strong"]
                     and toks[0] not in _COMMON_SURNAME_WORDS and cl.entry is None):
                return cl
    return None


_NASAB_KEYS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "ابنة"))


def _ancestor_chain(toks, full) -> bool:
    """``toks`` is the father's (or grandfather's) part of the genealogy ``full``: ``عبدالله بن عبدالعزيز آل سعود``
    inside ``بندر بن عبدالله بن عبدالعزيز آل سعود`` names King Abdullah, not Prince Bandar. A chain of its own
    (with بن) that does not open with the person's given name is an ancestor."""
    toks, full = list(toks), list(full)
    if len(toks) < 2 or len(full) <= len(toks) or not _NASAB_KEYS.intersection(toks) or toks[0] == full[0]:
        return False
    k = len(toks)
    return full[-k:] == toks and full[-k - 1] in _NASAB_KEYS


class _PersonIndex:
    """The person clusters met so far (``_person_by_part`` over them), with their names indexed by first and last
    word: a name part can only join a person whose full name shares its last word (surname) or its first."""

    def __init__(self):
        self._pos: dict[int, int] = {}  # id(cluster) -> order of creation
        self._seen: set[tuple[int, tuple[str, ...]]] = set()
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], _Cluster]]] = {}
        self._by_last: dict[str, list[tuple[int, tuple[str, ...], _Cluster]]] = {}

    def add_cluster(self, cl: _Cluster) -> None:
        self._pos[id(cl)] = len(self._pos)
        for n in cl.entry.names_ar if cl.entry else ():
            self.add_name(cl, n)

    def add_name(self, cl: _Cluster, name: str) -> None:
        pos = self._pos.get(id(cl))
        if pos is None:
            return
        full = tuple(_key(name).split())
        if not full or (pos, full) in self._seen:
            return
        self._seen.add((pos, full))
        item = (pos, full, cl)
        self._by_first.setdefault(full[0], []).append(item)
        self._by_last.setdefault(full[-1], []).append(item)

    def find(self, text: str) -> _Cluster | None:
        """As ``_person_by_part(persons, text)``: the latest person whose full name contains ``text``'s words; a
        one-word surname that several persons share goes to the one with the most mentions (then the latest)."""
        toks = tuple(_key(text).split())
        if not toks:
            return None
        strong = _pattern_data()["strong"]
        best, found = -1, None
        fits: dict[int, tuple[int, _Cluster]] = {}
        for pos, full, cl in (*self._by_last.get(toks[-1], ()), *self._by_first.get(toks[0], ())):
            if _ancestor_chain(toks, full):
                continue
            if len(full) > len(toks) and all(t in full for t in toks) and toks[-1] == full[-1] or \
                    (len(full) > len(toks) and toks == full[:len(toks)] and len(toks[0]) > 3 and len(toks) > 1) or \
                    (len(toks) == 1 and toks[0] == full[0] and toks[0] in strong
                     and toks[0] not in _COMMON_SURNAME_WORDS and cl.entry is None):
                fits[id(cl)] = (pos, cl)
                if pos > best:
                    best, found = pos, cl
        if len(toks) == 1 and len(fits) > 1:
            # a surname two persons share (a father and his son): the one the article names most, then the latest
            found = max(fits.values(), key=lambda pc: (len(pc[1].cands), pc[0]))[1]
        return found


def _attach_title_context(text: str, cands: list[Candidate], titles: list[TitleMatch]) -> None:
    """A person right after a title takes the title's role, country and gender (``المتحدثة باسم ... ماو نينغ``)."""
    ends = {}
    for t in titles:
        ends[t.ext_end] = t
    for c in cands:
        if c.type != "PER":
            continue
        for pos in range(c.start, max(-1, c.start - 3), -1):
            t = ends.get(pos)
            if t is not None and not text[t.ext_end:c.start].strip():
                c.role = c.role or t.title.role
                c.country = c.country or t.country
                c.gender = c.gender or t.title.gender
                break


def _entity(eid: str, cl: _Cluster) -> Entity:
    cands = sorted(cl.cands, key=lambda c: c.start)
    e = cl.entry
    mentions = tuple(Mention(c.start, c.end, c.text, c.type if e is None else e.type, c.source) for c in cands)
    if e is not None:
        etype = e.type
    else:
        types = [c.type for c in cands]
        etype = max(set(types), key=lambda t: (types.count(t), -types.index(t)))
    longest = max(cands, key=lambda c: (len(c.text.split()), len(c.text), -c.start))
    name = " ".join(longest.text.split())
    if e is not None and e.type == "PER" and len(e.name_ar.split()) > len(name.split()):
        name = e.name_ar
    country = e.country if e is not None else next((c.country for c in cands if c.country), None)
    gender = (e.gender if e is not None else None) or next((c.gender for c in cands if c.gender), None)
    return Entity(eid, etype, name, mentions, name_en=e.name_en if e is not None else romanize(name),
                  kb_id=e.id if e is not None else None, country=country, gender=gender)


# ---------------------------------------------------------------------------------------------- title look-up
def resolve_title(text: str, entities: list[Entity] | tuple[Entity, ...], start: int, end: int | None = None,
                  published: str | None = None, kb: KnowledgeBase | None = None) -> str | None:
    """The id of the entity a title at ``[start, end)`` refers to (``الرئيس`` -> the president met before it;
    ``الرئيس الفرنسي`` -> the French president in the article), or None.

    Only persons mentioned before ``start`` are considered; the most recent fitting one wins. When the title names
    a country and no person of the article fits, the KB holder of that role in the publication year is looked up
    and matched to an entity of the article by ``kb_id``.
    """
    kb = kb or load_kb()
    t = next((t for t in find_titles(text, kb) if t.start <= start < t.ext_end or t.start == start), None)
    if t is None:
        return None
    year = int(published[:4]) if published and published[:4].isdigit() else None
    roles = person_roles(text, entities, kb)
    best = None
    for ent in entities:
        if ent.type != "PER":
            continue
        before = [m for m in ent.mentions if m.end <= t.start]
        if not before:
            continue
        if t.country and ent.country and ent.country != t.country:
            continue
        if t.country and not ent.country:
            continue
        if t.title.gender and ent.gender and t.title.gender != ent.gender and t.title.role != "mister":
            continue
        if t.title.role not in roles.get(ent.id, set()) and t.title.role not in ("mister", "doctor"):
            continue
        last = max(m.end for m in before)
        if best is None or last > best[0]:
            best = (last, ent.id)
    if best is not None:
        return best[1]
    if t.country:
        for p in kb.persons_with_role(t.title.role, t.country, year):
            for ent in entities:
                if ent.kb_id == p.id:
                    return ent.id
    return None


def person_roles(text: str, entities, kb: KnowledgeBase | None = None) -> dict[str, set[str]]:
    """For each person entity, the roles it holds: from its KB titles and from titles met right before a mention."""
    from marsad.data.titles import ROLE_OF_TITLE

    kb = kb or load_kb()
    titles = find_titles(text, kb)
    ends = {t.ext_end: t for t in titles}
    out: dict[str, set[str]] = {}
    for ent in entities:
        if ent.type != "PER":
            continue
        roles = set()
        entry = kb.by_id.get(ent.kb_id) if ent.kb_id else None
        if entry is not None:
            roles |= {ROLE_OF_TITLE.get(x, x) for x in entry.title_ar}
            roles |= {ROLE_OF_TITLE[y] for x in entry.title_ar for y in ROLE_OF_TITLE if x.startswith(y + " ")}
        for m in ent.mentions:
            for pos in range(m.start, max(-1, m.start - 3), -1):
                t = ends.get(pos)
                if t is not None and not text[t.ext_end:m.start].strip():
                    roles.add(t.title.role)
        out[ent.id] = roles
    return out


# ---------------------------------------------------------------------------------------------- romanisation
def romanize(name: str) -> str:
    """A readable Latin rendering of an Arabic name (``ماو نينغ`` -> ``Mao Ning``); not a standard transliteration.

    Frequent name words take their usual news spelling (``marsad.data.romanization.NAME_WORDS``: محمد ->
    Mohammed, عبد الله -> Abd Allah); other words are spelled letter by letter with a few vowel rules.
    """
    from marsad.data.romanization import NAME_WORDS

    words = []
    for w in normalize(name, _ROMAN_OPTS).split():
        if not any("\u0621" <= c <= "\u064a" for c in w):
            words.append(w)
            continue
        if w in NAME_WORDS:
            words.append(NAME_WORDS[w])
            continue
        if w.startswith("عبدال") and len(w) > 6:  # عبدالعزيز written as one word -> Abdulaziz
            rest = NAME_WORDS.get(w[3:]) or _romanize_word(w[5:])
            words.append("Abdul" + rest.split("-")[-1].lstrip("'").lower())
            continue
        prefix = ""
        if w.startswith("ال") and len(w) > 3:
            prefix, w = "al-", w[2:]
        words.append(prefix + _cap(_romanize_word(w)))
    out = " ".join(x for x in words if x)
    return out[:1].upper() + out[1:] if out else name


def _cap(s: str) -> str:
    s2 = s.lstrip("'")
    return s2[:1].upper() + s2[1:]


def _romanize_word(w: str) -> str:
    from marsad.data.romanization import CONSONANTS, VOWEL_LETTERS

    n = len(w)
    has_vowel = any(c in VOWEL_LETTERS for c in w)
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else ""
        nxt = w[i + 1] if i + 1 < n else ""
        if ch in "اآ":
            out.append("a")
        elif ch == "أ":
            out.append("o" if nxt == "و" and i == 0 else "a")
        elif ch == "إ":
            out.append("i")
        elif ch in "ىة":
            out.append("a")
        elif ch == "و":
            if i == 0 or (nxt and nxt in "اى"):
                out.append("w")
            elif prev == "أ" and i == 1:
                continue  # أو at the start: already "o"
            elif i == n - 1:
                out.append("o")
            elif prev in "اي" and not (prev == "ي" and i == 1):
                out.append("w")
            else:
                out.append("u")
        elif ch == "ي":
            if i == 0 or (nxt and nxt in "اوى" and i < n - 2):
                out.append("y")
            elif prev in "اوي" and i < n - 1:
                out.append("y")
            else:
                out.append("i")
        elif ch == "غ" and prev == "ن" and i == n - 1:
            out.append("g")
        elif ch == "ع" and (i == 0 or nxt in VOWEL_LETTERS):
            # initial ع before a consonant is heard as a (عمار Ammar, عزيز Aziz), before a long vowel it is the
            # vowel's onset (عيسى Isa); inside, before a long vowel, it is written a (سعود Saud)
            if i == 0:
                out.append("" if nxt in VOWEL_LETTERS else "a")
            else:
                out.append("a")
        else:
            out.append(CONSONANTS.get(ch, ch))
            if not has_vowel and nxt and nxt not in VOWEL_LETTERS and i < n - 1:
                out.append("a")
    return "".join(out)


from marsad.text.normalize import NormalizeOptions  # noqa: E402

_ROMAN_OPTS = NormalizeOptions(letters=False, alef=False)


# ---------------------------------------------------------------------------------------------- name patterns
# Entities the KB does not know, read from their context (data: marsad.data.entity_patterns, given_names):
# persons from a given name (``لجين الأحمدي``), a genealogical chain (``فيصل بن بندر``) or an honorific
# (``المهندس ...``); organisations from a head noun and its construct chain (``شركة الكهرباء السعودية``);
# places after an administrative noun (``محافظة لحج`` -> ``لحج``) or with a landmark noun (``جسر الملك فهد``).
class _W(NamedTuple):  # a tuple: built once per word of the article, cheaply
    s: int  # original start
    e: int  # original end
    n: str  # normalised form
    o: str  # original text
    joined: bool  # only whitespace (no line break) between this word and the previous one


@lru_cache(maxsize=8)
def _pwords(text: str) -> list[_W]:
    words, view = _words(text)
    out: list[_W] = []
    prev_e = None
    for (a, b, w), (s, e) in zip(words, word_spans(text)):
        gap = text[prev_e:s] if prev_e is not None else "\n"
        out.append(_W(s, e, w, text[s:e], bool(gap) and not gap.strip() and gap.count("\n") == 0))
        prev_e = e
    return out


def _nset(words) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


def _branch_at(ws: list[_W], i: int, pd, loc_ends: dict[int, int]) -> tuple[int, int] | None:
    """A regional branch office at ``ws[i]``: a sector name, ب (+ منطقة/محافظة/مدينة), a known place
    (``الشؤون الصحية بمنطقة الجوف``, ``الإدارة العامة للتعليم بالخرج``): (start offset, end offset) or None."""
    for clen, h in _clitic_variants(ws[i].n):
        for toks in pd["branch_heads"].get(h, ()):
            k = len(toks)
            if i + k >= len(ws) or not all(ws[i + x].n == toks[x] and ws[i + x].joined for x in range(1, k)):
                continue
            b = ws[i + k]
            if not b.joined or not b.o.startswith("ب") or len(b.o) < 3:
                continue
            start = ws[i].s + clen
            if b.n[1:] in pd["branch_nouns"]:
                if i + k + 1 < len(ws) and ws[i + k + 1].joined and ws[i + k + 1].s in loc_ends:
                    return start, loc_ends[ws[i + k + 1].s]
            elif b.s + 1 in loc_ends:
                return start, loc_ends[b.s + 1]
            elif b.o.startswith("بال") and b.s + 1 in loc_ends:
                return start, loc_ends[b.s + 1]
    return None


def _pattern_data():
    global _PD
    if _PD is None:
        from marsad.data import entity_patterns as P
        from marsad.data import given_names as G
        from marsad.data.titles import DESCRIPTORS, GENERIC_NOUNS

        ambig = _nset(G.AMBIGUOUS_GIVEN)
        given = _nset(G.MALE + G.FEMALE + G.FOREIGN)
        male = _nset(G.MALE)
        _PD = dict(
            roles=phrase_index(P.ROLE_HEADS), given=given, male=male, strong=given - ambig,
            families=_nset(G.FAMILY_NAMES), ambig_families=_nset(G.AMBIGUOUS_FAMILY_NAMES), din=_nset(G.DIN_COMPOUNDS),
            allah_compounds=_nset(G.ALLAH_COMPOUNDS), definite_given=_nset(G.DEFINITE_GIVEN),
            divine=_nset(G.DIVINE_NAMES), nasab=_nset(G.NASAB),
            family=_nset(G.FAMILY), kunya=_nset(G.KUNYA), cues=phrase_index(P.PERSON_CUES),
            stop=_STOP | _nset(P.EXTRA_NAME_STOPWORDS) | _FILL,
            org_heads=_nset(P.ORG_HEADS), org_desc=_nset(P.ORG_DESCRIPTOR_HEADS),
            loc_desc=_nset(P.LOC_DESCRIPTOR_HEADS), loc_heads=_nset(P.LOC_HEADS),
            generic=_nset(GENERIC_NOUNS) | _nset(DESCRIPTORS) | _nset(P.ORG_HEADS) | _nset(P.LOC_DESCRIPTOR_HEADS),
            royal=_nset(P.ROYAL_TITLES), road_heads=_nset(P.ROAD_HEADS),
            eponym=_nset(P.EPONYM_HEADS) | _nset(P.ROAD_HEADS), subject_verbs=_nset(P.SUBJECT_VERBS),
            generic_compl=_nset(P.GENERIC_COMPLEMENTS),
            org_place_heads=_nset(P.ORG_PLACE_HEADS),
            branch_heads=phrase_index(P.REGIONAL_BRANCH_HEADS), branch_nouns=_nset(P.BRANCH_PLACE_NOUNS),
            l_construct=_nset(P.ORG_L_CONSTRUCT),
        )
    return _PD


_PD = None


def _lex():
    try:
        from marsad.text.tokens import lexicon, lexkey

        lx = lexicon()
        return lambda x: lx.freq(lexkey(x))
    except Exception:  # the lexicon is optional: without it only the spelling rules apply
        return None


from marsad.data import entity_patterns as _EP  # noqa: E402

_FOREIGN_PARTICLES = frozenset(normalize(w) for w in _EP.FOREIGN_NAME_PARTICLES)
_PREPOSITIONS = frozenset(normalize(w) for w in _EP.PREPOSITIONS)
# a text that writes final ى as ي, where علي is as often على as the name
_YA_FOR_MAQSURA = re.compile(r"(?<![\w])(?:" + "|".join(_EP.YA_FOR_ALEF_MAQSURA_MARKERS) + r")(?![\w])")


class _Concat:
    """``a + b`` for int indexes, without the copy (``_after_role_object`` reads one item by index)."""

    __slots__ = ("_a", "_b")

    def __init__(self, a: list, b: list):
        self._a, self._b = a, b

    def __len__(self) -> int:
        return len(self._a) + len(self._b)

    def __getitem__(self, k: int):
        if k < 0:
            k += len(self)
        return self._a[k] if k < len(self._a) else self._b[k - len(self._a)]

    def __iter__(self):
        yield from self._a
        yield from self._b


class _Shifted:
    """``[first] + ws[i + 1:]`` without copying the rest of the article's words (int indexes and len only)."""

    __slots__ = ("_ws", "_i", "_first")

    def __init__(self, ws: list[_W], i: int, first: _W):
        self._ws, self._i, self._first = ws, i, first

    def __len__(self) -> int:
        return len(self._ws) - self._i

    def __getitem__(self, k: int) -> _W:
        if k == 0 or k == -len(self):
            return self._first
        if k < 0:
            return self._ws[k]
        if k >= len(self):
            raise IndexError(k)
        return self._ws[self._i + k]


def _stopword(w: _W, pd, title_words: bool = True) -> bool:
    if w.n == "علي" and w.o.endswith("ي") and not pd.get("ya_for_maqsura"):
        return False  # the name علي, not the preposition على (which normalises the same)
    return w.n in pd["stop"] or (title_words and w.n in _TITLE_WORDS)


def _foreign_family(entry, added: str) -> bool:
    """A name word added after a KB person's name (``added``: the family name, or a genealogy and its family name)
    is a family name that none of the entry's own names has: the mention is another person's."""
    own = {w for n in (*entry.names_ar, *entry.weak_ar) for w in normalize(n).split()}
    words = [normalize(w) for w in added.split()]
    return bool(words) and words[-1].startswith("ال") and words[-1] not in own and words[-1] not in ("ال",) \
        and not (len(words) >= 2 and words[-2] == "ال")


def _proper_definite(word: str, freq) -> bool:
    """A word with ال that is a name rather than a common noun or adjective: its bare form is rare in news text
    (``الغامدي``/``غامدي``, ``القصيم``/``قصيم``) while common words occur without the article as well
    (``الرسمي``/``رسمي``, ``الحدود``/``حدود``)."""
    if freq is None or not word.startswith("ال") or len(word) < 5:
        return False
    fd, fb = freq(word), freq(word[2:])
    return fd >= 3 and fb <= 0.05 * fd


def _name_unit(ws: list[_W], k: int, pd, freq, first: bool) -> int:
    """Length in words of the name unit starting at ``ws[k]`` (``عبد الله``, ``بن سلمان``, ``آل سعود``,
    ``أبو بكر``, ``الغامدي``, ``يوسف``), or 0 when none starts there."""
    if k >= len(ws) or (not first and not ws[k].joined):
        return 0
    w = ws[k]
    if not _arabic(w.n) or _stopword(w, pd):
        return 0
    nxt = ws[k + 1] if k + 1 < len(ws) and ws[k + 1].joined else None
    if w.n == "عبد":
        return 2 if nxt is not None and nxt.n in pd["divine"] else 0
    if w.n in pd["din"] and nxt is not None and nxt.n == "الدين":
        return 2  # زين الدين, نور الدين: one given name
    if w.n in pd["allah_compounds"] and nxt is not None and nxt.n == "الله":
        return 2  # غرم الله, ضيف الله, عطا الله: one given name
    if w.n in _FOREIGN_PARTICLES and not first:
        inner = _name_unit(ws, k + 1, pd, freq, False) if nxt is not None and not nxt.o.startswith("ال") else 0
        return 1 + inner if inner else 0  # جانسون دي سانتوس, لولا دا سيلفا
    if w.n in pd["nasab"] or w.n in pd["family"] or w.n in pd["kunya"]:
        if first or nxt is None:
            return 0
        if w.n in pd["nasab"] and w.n != "بن" and not (k > 0 and ws[k - 1].n in pd["given"]):
            return 0  # ابن/بنت after a common word is "son/daughter" (وفاة ابن شقيقته, تولد بنت صغيرة)
        inner = _name_unit(ws, k + 1, pd, freq, False)
        if inner == 0 and _arabic(nxt.n) and len(nxt.n) >= 3 and not _stopword(nxt, pd, title_words=w.n in pd["nasab"]) \
                and _plain_noun(nxt.o) and not nxt.n.endswith("ته") and not nxt.o.startswith(("و", "ف")) \
                and nxt.n not in pd["generic"] and not (w.n in pd["nasab"] and nxt.o.startswith("ال")):
            inner = 1  # آل الشيخ, أبو الغيط, آل شايع, بن ريحان: any word after آل/أبو/بن is a name
        return 1 + inner if inner else 0
    if w.o.startswith("ال"):
        if first and w.n in pd["definite_given"]:
            return 1  # العنود, الجوهرة: a given name written with the article
        if first or len(w.n) < 4:
            return 0
        if w.n in pd["families"] or _proper_definite(w.o, freq) or w.n[2:] in pd["male"]:
            return 1  # (الراشد; not التهاني "the congratulations": a feminine given name takes no article)
        # a nisba family name (الراضي, الحسيني): ends in ي, and is not a frequent adjective of news text;
        # any other family name (الشلهوب, المزروع): a rare word
        if freq is None:
            return 0
        fd = freq(w.o)
        return 1 if (w.n.endswith("ي") and fd < 1000) or (fd < 100 and freq(w.o[2:]) <= 0.5 * fd
                                                          and not w.n.endswith("يه")) else 0
    if w.n in pd["given"]:
        if w.n in pd["roles"] and nxt is not None and _role_complement(nxt, pd, freq):
            return 0  # مساعد أمين العاصمة, مالك المصنع: the role noun before what it governs, not a given name
        return 1
    if len(w.n) < 3 or w.n in pd["generic"] or w.o.startswith(("لل", "بال", "وال", "فال", "كال")):
        return 0  # للإفراج, والهيروغليفية: a proclitic before the article is never inside a name
    if not first and w.o.endswith("ي") and len(w.n) >= 4 and ws[k - 1].n in pd["given"] \
            and freq is not None and not (w.o[:1] == "و" and (w.n[1:] in pd["given"] or freq(w.o[1:]) >= freq(w.o))) \
            and freq(w.o) < 2000 and _plain_noun(w.o):
        return 1  # عسيري after غازي: a nisba family name written without the article
    if not first and w.o.endswith("ه") and ws[k - 1].n in pd["given"] and freq is not None \
            and freq(w.o) <= UNSEEN_FREQ and freq(w.o[:-1]) < 100 and _arabic(w.n) and len(w.n) >= 4 \
            and not _stopword(w, pd):
        return 1  # يسري كحله: a family name in ـه the news never printed, not a noun with "his"
    if not _name_word_ok(w.o) or (not first and (w.n.startswith(("ي", "و")) or _accusative(w.o, freq)
                                                 or _perfect_verb(w.o, freq) or _plural_verb(w.o, freq)
                                                 or w.o[:1] in "لب" and not _plain_noun(w.o))):
        return 0  # يتقمص, برنامجا, هدد, أجمعوا, لخلافته: a verb, an accusative or a pronoun phrase ends a name
    if freq is not None and freq(w.o) >= 300:
        return 0  # a frequent word that is no given name: a common word, not part of a name
    if freq is not None and w.n[:1] in "يتن" and len(w.n) >= 3 and freq(w.o) >= 20 and freq("ال" + w.o) == 0:
        return 0  # يستقبل, تبحث: an imperfect verb (never takes the article), not a name
    if any(c in "\u064b\u064c\u064d" for c in w.o):
        return 0
    return 1


def _name_run(ws: list[_W], j: int, pd, freq, max_units: int = 5) -> list[int]:
    """Name units from ``ws[j]``: the word index where each unit starts, and the end index last."""
    units, k = [], j
    while len(units) < max_units:
        n = _name_unit(ws, k, pd, freq, not units)
        if not n or units and n == 1 and ws[k].n not in pd["given"] \
                and _accusative_after_name(ws[k].o, freq, strict=len(units) < 2):
            break  # سخر له سامي حمدان جهدا, جسر الملك فهد ازدحاما: an accusative after a name ends it
        if units and n == 1 and _common_plural(ws[k].o, pd, freq):
            break  # باولو ديبالا هدفين: a dual of a common noun after a name ends it
        units.append(k)
        k += n
        if ws[k - 1].o.startswith("ال") and ws[units[-1]].n not in pd["nasab"] | pd["family"] | pd["kunya"] \
                and ws[units[-1]].n != "عبد" and ws[units[-1]].n not in pd["din"] \
                and ws[units[-1]].n not in pd["allah_compounds"] \
                and not (len(units) == 1 and ws[units[0]].n in pd["definite_given"]):  # (العنود حامد)
            if len(units) >= 2 and _second_family(ws, k, pd, freq) and not ws[units[-1] - 1].o.startswith("ال"):
                units.append(k)  # أحمد الخازم الغامدي: a second family name, then the name ends
                k += 1
            break  # a definite family name (الغامدي) ends the name
    return units + [k]


def _name_run_from(ws: list[_W], k: int, pd, freq, max_units: int = 4) -> list[int]:
    """Unit starts and end index of the name units continuing a name at ``ws[k]`` (not its first word)."""
    units = []
    while len(units) < max_units:
        u = _name_unit(ws, k, pd, freq, False)
        if not u or units and u == 1 and ws[k].n not in pd["given"] and _accusative_after_name(ws[k].o, freq) \
                or u == 1 and _common_plural(ws[k].o, pd, freq):
            break
        units.append(k)
        k += u
        if ws[k - 1].o.startswith("ال") and ws[units[-1]].n not in pd["nasab"] | pd["family"] | pd["kunya"] \
                and ws[units[-1]].n != "عبد" and ws[units[-1]].n not in pd["din"] \
                and ws[units[-1]].n not in pd["allah_compounds"]:
            if _second_family(ws, k, pd, freq) and not ws[units[-1] - 1].o.startswith("ال"):
                units.append(k)
                k += 1
            break
    return units + [k]


def _strong_second(ws: list[_W], k: int, pd, freq) -> bool:
    """The unit at ``k`` makes a name of an ambiguous first word: بن/آل/عبد X, a given name, a family name
    (``الغامدي``, ``الجابر``)."""
    w = ws[k]
    if _unseen_name_word(w, pd, freq):
        return True  # عمر بادحمان: a word news text has hardly ever printed is a family name, not a common word
    if w.o.startswith("ال") and w.o.endswith(("ين", "ات", "ون")) and w.n not in pd["families"] \
            and w.n[2:] not in pd["given"]:
        return False  # أسماء المعدومين: a definite plural after an ambiguous given name is its complement
    return w.n in pd["nasab"] or w.n in pd["family"] or w.n == "عبد" or w.n in pd["strong"] or \
        (w.o.startswith("ال") and (w.n in pd["families"] or _proper_definite(w.o, freq) or w.n[2:] in pd["male"]
                                   or (freq is not None and freq(w.o) < 100
                                       and freq(w.o[2:]) <= 0.5 * freq(w.o) and not w.n.endswith("يه"))
                                   or (freq is not None and w.n.endswith("ي") and freq(w.o) < 1000
                                       and freq(w.o[2:]) <= freq(w.o))))


UNSEEN_FREQ = 2  # a word at most this frequent in the news lexicon has hardly been printed: a rare family name


def _unseen_name_word(w: _W, pd, freq) -> bool:
    """An indefinite word of 4+ letters that the news lexicon has (almost) never seen and that passes the name-word
    tests (``بادحمان``, ``فلمبان``): a family name, not a common noun."""
    return freq is not None and len(w.n) >= 4 and _arabic(w.n) and not w.o.startswith("ال") \
        and not _preposition_first(w.o) and freq(w.o) <= UNSEEN_FREQ and _plain_noun(w.o) and _name_word_ok(w.o) \
        and not _stopword(w, pd)


def _second_family(ws: list[_W], k: int, pd, freq) -> bool:
    """A second definite family name right after the first (``أحمد الخازم الغامدي``, ``حسين الراوي الرويلي``): a listed
    family name or a definite word whose bare form news text hardly uses."""
    if k >= len(ws) or not ws[k].joined:
        return False
    w = ws[k]
    return w.o.startswith("ال") and not _stopword(w, pd) and w.n not in pd["ambig_families"] \
        and (w.n in pd["families"] or w.n.endswith("ي") and _proper_definite(w.o, freq))


def _skip_adjectives(ws: list[_W], j: int, pd) -> int:
    """After a person cue: nationality and other adjectives, fillers (``المدرب الكرواتي``, ``الفني الوطني``)."""
    for _ in range(3):
        if j < len(ws) and ws[j].joined and (_adjective_like(ws[j]) or ws[j].n in _FILL) and not _stopword(ws[j], pd, False):
            j += 1
        else:
            break
    return j


def _role_at(ws: list[_W], i: int, pd) -> int:
    for _, h in _clitic_variants(ws[i].n):
        for toks in pd["roles"].get(h, ()):
            k = len(toks)
            if i + k <= len(ws) and all(ws[i + x].n == toks[x] and ws[i + x].joined for x in range(1, k)):
                return k
    return 0


def _after_role_object(ws: list[_W], j: int, pd, freq, cands, first_at: dict[int, int] | None = None,
                       loc_ends: dict[int, int] | None = None) -> int:
    """The word after the organisation or place a role noun governs (``جامعة طيبة``, ``اللجنة``, ``جدة``).
    ``first_at`` (start -> index in ``cands`` of the first ORG/LOC candidate there) saves scanning ``cands``."""
    if j >= len(ws) or not ws[j].joined:
        return j
    if first_at is not None:
        found = [first_at[p] for p in (ws[j].s, ws[j].s + 1, ws[j].s + 2) if p in first_at]
        hits = [cands[min(found)]] if found else []
    else:
        hits = cands
    for c in hits:
        if c.start in (ws[j].s, ws[j].s + 1, ws[j].s + 2) and c.type in ("ORG", "LOC"):
            k = j
            while k < len(ws) and ws[k].s < c.end:
                k += 1
            return _skip_adjectives(ws, k, pd)
    for _, h in _clitic_variants(ws[j].n):
        if h in pd["org_heads"] or h in pd["loc_heads"]:
            end = _org_chain(ws, j + 1, pd, freq, definite_head=h.startswith("ال"), loc_ends=loc_ends)
            if end > j + 1:
                return end
    if ws[j].o.startswith("ال") and not _stopword(ws[j], pd, False):
        return _skip_adjectives(ws, j + 1, pd)
    return j


def pattern_entities(text: str, cands: list[Candidate], titles: list[TitleMatch] | None = None
                     ) -> tuple[list[Candidate], set[int]]:
    """Entities read from name patterns where no candidate is yet, and the indexes of candidates a longer
    organisation or place pattern contains (``الملك فهد`` inside ``جسر الملك فهد``), which it replaces."""
    pd = _pattern_data()
    freq = _lex()
    ws = _pwords(text)
    if _YA_FOR_MAQSURA.search(text):
        pd = dict(pd, ya_for_maqsura=True, given=pd["given"] - {"علي"}, strong=pd["strong"] - {"علي"})
    # a title word right after آل is a family name (آل الشيخ), not a title
    titles = [t for t in (titles or []) if not re.search(r"(?:^|\s)آل\s+$", text[max(0, t.start - 6):t.start])]
    taken = SpanIndex([(c.start, c.end) for c in cands] + [(t.start, t.end) for t in titles])
    near_cands = _NearIndex(cands)  # the candidates around a span, by position
    near_titles = _NearIndex(titles)
    out: list[Candidate] = []
    out_spans = SpanIndex()
    out_first: dict[int, int] = {}  # start -> index in ``cands + out`` of the first ORG/LOC candidate there
    drop: set[int] = set()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e) and not out_spans.overlaps(s, e)

    def add(s: int, e: int, typ: str, source: str, replace: bool = False, person: bool = False) -> bool:
        nonlocal taken
        if e <= s:
            return False
        if person:
            # a family name the KB reads as a town (لجين الأحمدي): the person's name wins over a one-word place
            near = near_cands.near(s, e)
            inside = [x for x in near if s < (c := cands[x]).start and c.end <= e and c.type == "LOC"
                      and c.entry is not None and c.entry.kind in ("city", "region") and " " not in c.text
                      and c.text.startswith("ال") and normalize(c.text).endswith("ي")]
            if inside and not any(s < cands[x].end and cands[x].start < e for x in near if x not in inside):
                drop.update(inside)
                taken = SpanIndex([(c.start, c.end) for x, c in enumerate(cands) if x not in drop] +
                                  [(t.start, t.end) for t in (titles or [])])
        if replace:
            near = near_cands.near(s, e)
            inside = [i for i in near if s <= cands[i].start and cands[i].end <= e]
            crossing = [cands[i] for i in near if cands[i].start < e and s < cands[i].end
                        and not (s <= cands[i].start and cands[i].end <= e)]
            if crossing or any(cands[i].start == s and cands[i].end == e for i in inside):
                return False
            if out_spans.overlaps(s, e) or \
                    any(t.start < e and s < t.end and not (s <= t.start and t.end <= e)
                        for t in (titles[x] for x in near_titles.near(s, e))):
                return False
            drop.update(inside)
        elif not free(s, e):
            return False
        out.append(Candidate(s, e, text[s:e], typ, source))
        out_spans.add(s, e)
        if typ in ("ORG", "LOC"):
            out_first.setdefault(s, len(cands) + len(out) - 1)
        return True

    n = len(ws)
    # a person's name continued by more of its genealogy (فيصل بن مشعل + بن سعود بن عبدالعزيز): the longer name
    index_by_end = {w.e: x for x, w in enumerate(ws)}
    for x, c in enumerate(cands):
        k = index_by_end.get(c.end)
        if c.type != "PER" or k is None:
            continue
        k, new_end = k + 1, None
        while k + 1 < n and ws[k].joined and ws[k].n in pd["nasab"]:
            u = _name_unit(ws, k, pd, freq, False)
            if not u:
                break
            k += u
            new_end = ws[k - 1].e
        # ... and the family name after a genealogical chain (إبراهيم بن سلمان + الكشي)
        last = _key(c.text).split()
        if k < n and ws[k].joined and ws[k].o.startswith("ال") and (new_end is not None or
                                                                   (len(last) >= 3 and last[-2] in pd["nasab"])):
            if _name_unit(ws, k, pd, freq, False) == 1 and not taken.overlaps(ws[k].s, ws[k].e):
                new_end = ws[k].e
        if new_end is not None and not taken.overlaps(c.end + 1, new_end):
            drop.add(x)
            entry, country = c.entry, c.country
            if entry is not None and _foreign_family(entry, text[c.end:new_end]):
                entry, country = None, None  # أحمد بن عبدالعزيز + الزهراني: someone else with the same names
            out.append(Candidate(c.start, new_end, text[c.start:new_end], "PER", c.source, entry, country,
                                 c.gender, c.role))
    for x, c in enumerate(cands):
        if c.type in ("ORG", "LOC"):
            out_first.setdefault(c.start, x)
    for c in out:
        out_spans.add(c.start, c.end)  # (all PER: nothing for out_first)
    from marsad.entities.kb import load_kb

    word_by_end = {w.e: w for w in ws}  # words never overlap: one word per end
    adj_words = {w.s for a in load_kb().adjectives(text) if (w := word_by_end.get(a.end)) is not None
                 and w.s <= a.start < w.e and " " not in a.text}
    kb_starts = {c.start for c in cands if c.entry is not None}
    cand_starts = {c.start for c in cands if c.entry is not None and c.type != "LOC"}
    loc_ends = {c.start: c.end for c in cands if c.entry is not None and c.type == "LOC"}
    n = len(ws)
    i = 0
    while i < n:
        w = ws[i]
        step = 1
        heads = _clitic_variants(w.n)
        # a regional branch office: sector name + ب + place (الشؤون الصحية بمنطقة الجوف)
        branch = _branch_at(ws, i, pd, loc_ends)
        if branch is not None and add(branch[0], branch[1], "ORG", "pattern", replace=True):
            i = _word_after(ws, branch[1], i)
            continue
        # organisations and landmarks: head noun + construct chain (not a counted noun: 4350 مبنى استكملت)
        counted = i > 0 and ws[i].joined and ws[i - 1].o.isdigit()
        for clen, h in (() if counted else heads):
            # a road named after a royal (طريق الملك فهد) is a landmark; عن طريق (الوزارة، الملك) is "by way of"
            road = h in pd["road_heads"] and i + 1 < n and ws[i + 1].joined and ws[i + 1].n in pd["royal"] \
                and not h.startswith("ال") and not (clen == 0 and i > 0 and ws[i].joined and ws[i - 1].n == "عن")
            if h in pd["org_heads"] or h in pd["loc_heads"] or road:
                end = _org_chain(ws, i + 1, pd, freq, definite_head=h.startswith("ال"), kb_starts=cand_starts,
                                 loc_ends=loc_ends, proper_only=(h in pd["loc_heads"] or road) and h not in pd["org_heads"])
                if road and end <= i + 2:
                    break  # عن طريق الملك نفسه: the royal's name must follow
                if end > i + 1:
                    if h in pd["org_desc"] and (_proper_start(ws[i + 1], pd, freq) or ws[i + 1].s in kb_starts):
                        break  # شركة مرسيدس: a descriptor before a proper name (the KB or the model names it)
                    typ = "LOC" if h in pd["loc_heads"] or road else "ORG"
                    if add(w.s + clen, ws[end - 1].e, typ, "pattern", replace=True):
                        step = end - i
                break
            if h in pd["org_place_heads"] and i + 1 < n and ws[i + 1].joined and ws[i + 1].s in loc_ends:
                end = _word_after(ws, loc_ends[ws[i + 1].s], i + 1)  # غرفة نجران: a chamber of commerce
                if add(w.s + clen, ws[end - 1].e, "ORG", "pattern", replace=True):
                    step = end - i
                break
            if h in pd["loc_desc"] and not h.startswith("ال"):
                if i + 1 < n and ws[i + 1].joined:
                    units = _name_run(ws, i + 1, pd, freq, max_units=2)
                    x = ws[i + 1]
                    ok = len(units) > 1 and (not x.o.startswith("ال") and x.n not in pd["given"]
                                             or _proper_definite(x.o, freq))
                    if x.o.startswith("ال") and not _proper_definite(x.o, freq):
                        ok = False
                    if not ok and x.o.startswith("ال") and _proper_definite(x.o, freq) and not _stopword(x, pd):
                        units, ok = [i + 1, i + 2], True
                    if ok:
                        end = units[-1] if not x.o.startswith("ال") else i + 2
                        if end > i + 2 and ws[i + 2].o.startswith("ال"):
                            end = i + 2  # مدينة بلنسية الفينسو: a definite word after the place starts something else
                        if add(x.s, ws[end - 1].e, "LOC", "pattern"):
                            step = end - i
                break
        if step > 1:
            i += step
            continue
        # persons: honorific/rank (+ nationality or other adjective) + name
        cue = _cue_at(ws, i, pd)
        if cue and ws[i].n in pd["royal"] and i > 0 and ws[i].joined and _eponym_head(ws[i - 1], pd):
            cue = 0  # مدينة الملك عبدالله, جامعة الأمير سلطان: a royal's name inside a place or institution name
        if cue:
            j = i + cue
            dotted = ws[j - 1].n == "د" and j < n and text[ws[j - 1].e:ws[j].s].strip() == "."
            if not dotted:
                j = _skip_adjectives(ws, j, pd)
            if j < n and (ws[j].joined or dotted):
                units = _name_run(ws, j, pd, freq)
                k = units[-1]
                nunits = len(units) - 1
                if (nunits >= 2 and _first_name_ok(ws[j], pd, freq)) or \
                        (nunits == 1 and ws[j].n in pd["strong"] and k == j + 1):
                    if add(ws[j].s, ws[k - 1].e, "PER", "pattern", person=True):
                        i = k
                        continue
        # persons: a nationality adjective + a foreign name (للبرازيلي جانسون دي سانتوس, الإيفواري ممادو)
        j = _skip_adjectives(ws, i + 1, pd) if w.s in adj_words else n  # الهولندي الدولي رود فان نيستلروي
        if j < n and ws[j].joined and not ws[j].o.startswith("ال") and _definite(w.n) \
                and not _title_word_before(ws, i, pd):
            units = _name_run(ws, j, pd, freq, max_units=3)
            k = units[-1]
            first_ok = ws[j].n in pd["strong"] or _name_unit(ws, j, pd, freq, True) == 2 or (_first_name_ok(ws[j], pd, freq)
                                                   and (freq(ws[j].o) < 5 or len(units) > 2 and freq(ws[j].o) < 300))
            if len(units) > 1 and first_ok and (k >= n or not ws[k].joined or _stopword(ws[k], pd) or len(units) > 2):
                if add(ws[j].s, ws[k - 1].e, "PER", "pattern", person=True):
                    i = k
                    continue
        # persons: the subject of a verb of saying (وقال هوارد جرونسبكت، اعتبر ألونسو أن)
        if i + 1 < n and ws[i + 1].joined and any(h in pd["subject_verbs"] for c_, h in heads if c_ <= 1) \
                and not ws[i + 1].o.startswith("ال"):
            j = i + 1
            units = _name_run(ws, j, pd, freq, max_units=3)
            k = units[-1]
            nunits = len(units) - 1
            known = ws[j].n in pd["strong"]
            rare = freq is not None and _first_name_ok(ws[j], pd, freq) and freq(ws[j].o) < 30
            ends = k >= n or not ws[k].joined or _stopword(ws[k], pd)
            object_verb = any(h in _OBJECT_FIRST_VERBS for c_, h in heads if c_ <= 1)
            if ends and ((nunits >= 2 and (known or rare)) or
                         (nunits == 1 and not object_verb and freq is not None and _first_name_ok(ws[j], pd, freq)
                          and freq(ws[j].o) < 10 and not known and ws[j].n not in pd["given"]
                          and not (ws[j].o.endswith("ي") and freq(ws[j].o[:-1]) >= 50))):  # أعلن انسحابي: "my"
                if add(ws[j].s, ws[k - 1].e, "PER", "pattern", person=True):
                    i = k
                    continue
        # persons: role noun + organisation/place + name (مدير جامعة طيبة عدنان المزروع, رئيس اللجنة بوب كوركر)
        role = _role_at(ws, i, pd)
        if role:
            j = _after_role_object(ws, i + role, pd, freq, _Concat(cands, out), out_first, loc_ends)
            if j > i + role and j < n and ws[j].joined and not ws[j].o.startswith("ال"):
                units = _name_run(ws, j, pd, freq)
                k = units[-1]
                if len(units) - 1 >= 2 and _first_name_ok(ws[j], pd, freq) \
                        and (k >= n or not ws[k].joined or _stopword(ws[k], pd)):
                    if add(ws[j].s, ws[k - 1].e, "PER", "pattern", person=True):
                        i = k
                        continue
        # persons: given name (or any name word before بن/بنت) + more name units
        if i > 0 and ws[i].joined and (_eponym_head(ws[i - 1], pd) or i > 1 and ws[i - 1].n in pd["royal"]
                                       and ws[i - 1].joined and _eponym_head(ws[i - 2], pd)):
            heads = ()  # ملعب ثاني بن جاسم, شارع محمد بن عبدالعزيز, مركز الأمير X بن Y: a name inside a place name
        for clen, h in heads:
            if clen and (w.o[:clen] not in ("و", "ل", "ب", "ف", "وب", "ول") or w.o.startswith("لل")):
                continue
            if clen and w.o[:clen] != "و" and h in pd["given"] and h not in pd["strong"]:
                break  # لصالح "in favour of", فشهد "then witnessed": only و opens a name on an ambiguous given name
            nxt = ws[i + 1] if i + 1 < n and ws[i + 1].joined else None
            genealogical = nxt is not None and (nxt.n in pd["nasab"] or nxt.n in pd["families"]
                                                and (nxt.n not in pd["ambig_families"] or h in pd["given"]))
            theophoric = h == "عبد" and nxt is not None and nxt.n in pd["divine"]
            if not (h in pd["given"] or genealogical or theophoric or
                    (h.startswith("عبد") and h[3:] in pd["divine"])):
                continue
            if genealogical and nxt.n not in pd["nasab"] and h not in pd["given"] and not theophoric \
                    and (clen or not _given_like(w.o, freq)):
                break  # before a family name only a word that can be a given name (جمعان الدوسري, not وناشد)
            if genealogical and h not in pd["given"] and not theophoric \
                    and (clen or w.o[:1] in "وف" or w.o.endswith(("ات", "ون", "ين"))):
                break  # ومركزات بن وشاي: بن is "coffee" after a word that cannot open a name
            if clen:
                sub = _Shifted(ws, i, _W(w.s + clen, w.e, h, w.o[clen:], w.joined))
                units = _name_run(sub, 0, pd, freq)
                units = [u + i for u in units]
                start = w.s + clen
            else:
                units = _name_run(ws, i, pd, freq)
                start = w.s
            if len(units) == 1 and genealogical and h not in pd["generic"] and len(h) >= 3 and _plain_noun(w.o) \
                    and not _stopword(w, pd) and not w.o.startswith("ال") and _arabic(h) and not clen \
                    and (nxt.n in pd["nasab"] or _given_like(w.o, freq)):
                units = [i] + _name_run_from(ws, i + 1, pd, freq)  # عاطي بن عطيه: any word before بن is a name
            nunits = len(units) - 1
            if nunits < 2:
                break
            if h in pd["given"] and h not in pd["strong"] and not theophoric and not genealogical \
                    and not _strong_second(ws, units[1], pd, freq):
                break
            if h in pd["given"] and h not in pd["strong"] and i > 0 and ws[i].joined and ws[i - 1].n in _PREPOSITIONS \
                    and not genealogical and ws[units[1]].n not in pd["strong"]:
                break  # في عمر الزهور: an ambiguous given name after a preposition is the common noun
            k = units[-1]
            if add(start, ws[k - 1].e, "PER", "pattern", person=True):
                step = k - i
            break
        i += max(step, 1)
    return out, drop


def _accusative(word: str, freq) -> bool:
    """متناسبا, ناقشا, استطلاعنا: a word in ـا whose stem is a known word (an adverbial accusative, a dual verb, a
    noun with the suffix ـنا)."""
    if freq is None or not word.endswith("ا") or len(word) <= 3:
        return False
    f = freq(word)
    stem, stem2 = freq(word[:-1]), (freq(word[:-2]) if word.endswith("نا") and len(word) > 4 else 0)
    return (stem >= 20 and stem > 3 * f) or (stem2 >= 20 and stem2 > 3 * f)


PERFECT_PLURAL_MIN = 3  # the ـوا form of a word seen this often in the news lexicon makes the word a perfect verb


def _perfect_verb(word: str, freq) -> bool:
    """A perfect verb (``هدد`` in ``أن فارس مهدي هدد بملاحقة``): the news lexicon has its plural ``هددوا`` and never
    the word with the article. Given names are listed and never reach this test."""
    if freq is None or len(word) < 3 or word.endswith(("ا", "ة", "ي")):
        return False
    return freq(word + "وا") >= PERFECT_PLURAL_MIN and freq("ال" + word) == 0


def _plural_verb(word: str, freq) -> bool:
    """A perfect verb in the plural (``أجمعوا``, ``قالوا``): ـوا after a stem the news lexicon knows."""
    return freq is not None and len(word) >= 5 and word.endswith("وا") and freq(word[:-2]) >= 20


def _accusative_after_name(word: str, freq, strict: bool = False) -> bool:
    """After a full name: a word in ـا whose stem news text prints at least as often (``سخر له سامي حمدان جهدا``);
    laxer than ``_accusative``, since a third name word rarely ends in ـا after a stem of its own."""
    if freq is None or not word.endswith("ا") or len(word) <= 3:
        return False
    stem = freq(word[:-1])
    if strict:  # right after a one-word name (فهد ازدحاما): the stem clearly the more frequent
        return stem >= 50 and stem >= 1.5 * freq(word)
    return stem >= 50 and stem >= freq(word)


def _role_complement(nxt: _W, pd, freq) -> bool:
    """The word after a given name that is also a role noun (مساعد, مالك) makes it the role: another role noun
    (``مساعد أمين``) or a definite common noun it governs (``مالك المصنع``), not a family name."""
    if nxt.n in pd["roles"]:
        return True
    return nxt.o.startswith("ال") and not _stopword(nxt, pd, False) and nxt.n not in pd["families"] \
        and not _proper_definite(nxt.o, freq) and nxt.n[2:] not in pd["given"]


def _common_plural(word: str, pd, freq) -> bool:
    """A dual or plural in ـين/ـان of a frequent common noun (``هدفين``, ``خبيران``): no name opens with it."""
    if freq is None or len(word) < 5 or not word.endswith(("ين", "ان")) or normalize(word) in pd["given"] \
            or word.startswith("ال"):
        return False  # (a definite family name in ـان is common: الحمدان, السليمان)
    stem = word[:-2]
    return normalize(stem) not in pd["given"] and freq(stem) >= 100 and freq(stem) >= freq(word)


def _given_like(word: str, freq) -> bool:
    """An unlisted word before a family name that can be a given name (جمعان): not frequent, not a common noun that
    news text mostly writes with the article (لاعب/اللاعب), no proclitic on a common word (للمصحف)."""
    if freq is None or _preposition_first(word) or (word[:1] in "وف" and len(word) >= 4):
        return False  # وناشد: a conjunction on a verb (given names in و are listed: وليد, وائل)
    f, fd = freq(word), freq("ال" + word)
    return f < 2000 and fd <= 2 * max(f, 1) and not word.startswith(("لل", "بال", "وال", "فال", "كال"))


def _first_name_ok(w: _W, pd, freq) -> bool:
    """Can an unlisted word open a person's name read from context? Not a proclitic + word (واخوه), a plural
    (برقيات), an accusative (فجرا), a verb form (راقبت, يخلص) or a pronoun-suffixed noun."""
    if w.n in pd["given"] or w.n in pd["din"] or w.n == "عبد" or (w.n.startswith("عبد") and w.n[3:] in pd["divine"]) \
            or w.n in pd["allah_compounds"]:
        return True  # (ضيف الله: the name run checks that الله follows)
    if freq is None:
        return False
    o = w.o
    return not (o[:1] in "وفبلكس" or o.endswith(("ات", "ة")) or (o[:1] in "يتن" and freq(o) >= 5)
                or _accusative(o, freq) or _common_plural(o, pd, freq)) and _name_word_ok(o)


def _title_word_before(ws: list[_W], i: int, pd) -> bool:
    """A title or role right before the adjective (الرئيس البرازيلي X): the title reader handles it."""
    return i > 0 and ws[i].joined and (ws[i - 1].n in _TITLE_WORDS or ws[i - 1].n in pd["roles"])


def _eponym_head(w: _W, pd) -> bool:
    """An indefinite noun that names a place or institution after a person (مدينة, جامعة, شارع, جائزة)."""
    return any(h in pd["org_heads"] or h in pd["loc_heads"] or h in pd["loc_desc"] or h in pd["eponym"]
               for _, h in _clitic_variants(w.n)) and not w.o.startswith("ال")


def _cue_at(ws: list[_W], i: int, pd) -> int:
    """Number of words of a person cue (honorific, rank, occupation) starting at ``ws[i]``, or 0."""
    for _, h in _clitic_variants(ws[i].n):
        for toks in pd["cues"].get(h, ()):
            k = len(toks)
            if i + k <= len(ws) and all(ws[i + x].n == toks[x] and ws[i + x].joined for x in range(1, k)):
                return k
    return 0


def _construct_before_definite(ws: list[_W], k: int, pd) -> bool:
    """``ws[k]`` is an indefinite common noun in construct: one or two more such nouns, then a definite word."""
    for x in range(k, min(k + 3, len(ws))):
        w = ws[x]
        if x > k and not w.joined:
            return False
        if w.o.startswith("ال"):
            return x > k and not _stopword(w, pd, False) and not (x > k + 1 and _adjective_like(w))
        if w.n in pd["stop"] or w.n in pd["generic"] and x == k or len(w.n) < 3 or not _plain_noun(w.o) \
                or w.n in pd["given"] or not _arabic(w.n) or _preposition_first(w.o) or w.n == "عبد":
            return False  # (عبد الرحمن: a person's name, not a noun in construct)
    return False


def _preposition_first(word: str) -> bool:
    """لحلف, بمنطقة, وشركة: a proclitic on a common word (the word without it is the more frequent)."""
    if word[:1] not in "لبوفك" or len(word) < 4:
        return False
    freq = _lex()
    if freq is None:
        return False
    return freq(word[1:]) >= 20 and freq(word[1:]) > freq(word)


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


def _preposition_pronoun(n: str) -> bool:
    """``منها``, ``عنه``, ``فيهم``, ``عليها`` (normalised): a preposition with a pronoun, which ends a name (``اللجنة
    المحلية للانتخابات والتحقق منها``: the verbal noun governs it)."""
    for p in ("من", "عن", "في", "علي", "الي", "ب", "ل", "مع"):
        if n.startswith(p) and n[len(p):] in _PRONOUNS:
            return True
    return False


def _plain_noun(word: str) -> bool:
    """No tanween and no pronoun suffix (a noun in construct carries neither)."""
    w = normalize(word)
    return not any(ch in word for ch in "\u064b\u064c\u064d") and not (len(w) > 4 and w.endswith(_PRONOUN_SUFFIXES)) \
        and not (len(word) > 4 and word.endswith(_TA_PRONOUN))  # إدارته, قيادتنا: ة + a pronoun is written ت


def _proper_start(w: _W, pd, freq) -> bool:
    return not w.o.startswith("ال") or (_proper_definite(w.o, freq) and w.n not in pd["royal"])


_ADJ_IN_TA = frozenset(normalize(w) for w in _EP.ORG_ADJECTIVES)


def _adjective_like(w: _W) -> bool:
    """A definite relative adjective (الوطني, السعودية) or a common adjective of organisation names (العامة)."""
    return w.o.startswith("ال") and (w.n.endswith(("ي", "يه")) or w.n in _ADJ_IN_TA)


def _word_after(ws: list[_W], end: int, k: int) -> int:
    while k < len(ws) and ws[k].s < end:
        k += 1
    return k


def _org_chain(ws: list[_W], j: int, pd, freq, definite_head: bool = False, kb_starts=frozenset(),
               loc_ends=None, proper_only: bool = False) -> int:
    """End index of the construct chain completing an organisation/landmark head from ``ws[j]``
    (``الكهرباء السعودية``, ``جسر الملك فهد``, ``العلاقات الخارجية لمجلس الشيوخ``); ``j`` when there is none.

    The chain is: indefinite nouns in construct, one definite complement (or a royal with a name, or a proper
    name right after the head), then up to two adjectives (one after a proper name), then at most one ل-phrase
    after an adjective (``الشركة السعودية للكهرباء``). A definite head (``الشركة``) makes a name only with an
    adjective and a ل-phrase. Verbs, coordination (و) and a second definite noun end it."""
    k, n = j, len(ws)
    if j < n and ws[j].n in pd["generic_compl"]:
        return j  # مجلس الإدارة, لجنة التحكيم: a board or panel of something, not a named body
    if j < n and _arabic(ws[j].n) and not ws[j].o.startswith("ال") and not _plain_noun(ws[j].o):
        return j  # مجلس إدارته, لجنتها: the head's owner is a pronoun, not a name
    loc_ends = loc_ends or {}
    has_l = False
    complement = False  # the definite complement (or proper name) was read
    adjectives, max_adj = 0, 2
    conj = 0  # definite nouns coordinated inside a ل-phrase (للعلوم والتقنية)
    royal = False
    while k < n and k - j < 7:
        w = ws[k]
        nxt = ws[k + 1] if k + 1 < n and ws[k + 1].joined else None
        if has_l and complement and conj < 2 and w.joined and _arabic(w.n) and w.n.startswith("وال") \
                and len(w.n) > 4 and k - j < 6 \
                and w.n[1:] not in pd["generic"] and w.n[1:] not in pd["org_heads"] and w.s not in kb_starts \
                and w.n[1:] not in pd["stop"] and w.n[1:] not in _TITLE_WORDS \
                and not _adjective_like(w) and (nxt is None or not _adjective_like(nxt)) \
                and not (nxt is not None and (nxt.n in _PREPOSITIONS or _preposition_pronoun(nxt.n))) \
                and not (k + 1 < n and ws[k + 1].joined and ws[k + 1].n.startswith("ل")):
            conj += 1
            k += 1  # مؤسسة الملك عبدالعزيز للموهبة والإبداع, مدينة الملك عبدالعزيز للعلوم والتقنية
            continue
        if not w.joined or not _arabic(w.n) or _stopword(w, pd, False) or w.n[:1] in "وف" and _preposition_first(w.o):
            break
        if w.n[:1] in "وف" and not w.n.startswith("ف"):
            break  # و: a coordinated phrase starts
        nxt = ws[k + 1] if k + 1 < n and ws[k + 1].joined else None
        if w.o.startswith("ال"):
            adj = _adjective_like(w)
            if complement or (definite_head and k == j):
                if not adj or adjectives >= max_adj:
                    break
                adjectives += 1
                k += 1
                continue
            if proper_only and w.n not in pd["royal"] and not _proper_definite(w.o, freq) \
                    and not (freq is not None and freq(w.o) < 100 and freq(w.o[2:]) <= 0.5 * max(freq(w.o), 1)):
                break  # قصر الاحتفالات, حديقة الحيوانات: a landmark noun before a common noun names nothing
            complement = True
            k += 1
            if w.n in pd["royal"]:  # الملك فهد, الأمير سلطان بن عبدالعزيز: the royal's name is part of it
                units = _name_run(ws, k, pd, freq, max_units=4)
                if len(units) > 1:
                    k = units[-1]
                    royal = True  # a ل-phrase may follow: مؤسسة الملك عبدالعزيز للموهبة
            continue
        if definite_head and k == j:
            break
        if w.n.startswith("ل") and not has_l and k > j and (adjectives or royal or complement) \
                and w.n[1:] not in pd["stop"] and (definite_head or complement):
            # after a plain complement (مرصد حضرموت, وزارة الصحة) only a listed construct noun: لحقوق الإنسان
            only_construct = not adjectives and not royal
            l_def = not only_construct and w.n.startswith("لل") and "ا" + w.n[1:] not in pd["generic_compl"]
            l_org = not only_construct and w.n[1:] in pd["org_heads"] and nxt is not None \
                and nxt.o.startswith("ال") and not _stopword(nxt, pd, False)
            if l_def or l_org:
                has_l = True
                k += 1  # الشركة السعودية للكهرباء, لجنة العلاقات الخارجية لمجلس الشيوخ
                complement, adjectives, max_adj = w.n.startswith("لل"), 0, 1
                continue
            # ل + an indefinite noun in construct with a definite one: الاتحاد الفلسطيني لكرة القدم,
            # الجمعية الوطنية لحقوق الإنسان
            if nxt is not None and w.n[1:] in pd["l_construct"] and nxt.o.startswith("ال") \
                    and _arabic(nxt.n) and not _stopword(nxt, pd, False) and not _adjective_like(nxt) \
                    and nxt.n[:1] not in "وف" and not _adjective_like(w):
                has_l = True
                k += 2
                complement, adjectives, max_adj = True, 0, 1
                continue
        if complement:
            break
        rare = freq is not None and freq(w.o) < 50
        if k == j and w.s in loc_ends and k + 1 < n and ws[k + 1].o.startswith("ال") \
                and (ws[k + 1].n in _TITLE_WORDS or _cue_at(ws, k + 1, pd)):
            k = _word_after(ws, loc_ends[w.s], k)  # شرطة دبي اللواء خميس: the place, then a title (not a construct)
            complement, max_adj = True, 1
            continue
        if not proper_only and not (k == j and rare and w.s in kb_starts) and _construct_before_definite(ws, k, pd) \
                and not (k == j and rare and _name_unit(ws, k, pd, freq, True)):
            k += 1  # an indefinite noun in construct (جسر الملك, حقوق الإنسان, تحقيقات حوادث الطيران)
            continue
        if k == j and w.s in loc_ends:
            k = _word_after(ws, loc_ends[w.s], k)  # جامعة جازان, شرطة دبي, محكمة ميونيخ: a known place
            complement, max_adj = True, 1
            continue
        if k == j and w.n not in pd["generic"] and _name_unit(ws, k, pd, freq, True) and not w.n.endswith(("يه", "ي")) \
                and freq is not None and freq(w.o) < 300 and w.s not in kb_starts:
            k += 1  # جامعة طيبة: a proper name right after the head, then at most one adjective
            while k < n and k - j < 4 and ws[k].joined and _arabic(ws[k].n) and not ws[k].o.startswith("ال") \
                    and ws[k].n[:1] not in "وف" and not _stopword(ws[k], pd, False) and freq(ws[k].o) < 20 \
                    and freq(w.o) < 100 and ws[k].n not in pd["given"]:
                k += 1  # ملعب سانتياغو برنابيو: a foreign name goes on with its rare words
            complement, max_adj = True, 1
            continue
        break
    # never end on an indefinite noun whose complement was cut off, nor on بن/عبد
    while k > j and not ws[k - 1].o.startswith("ال") and (ws[k - 1].n in pd["nasab"] or ws[k - 1].n == "عبد"):
        k -= 1
    if definite_head and not has_l:
        return j
    return k
