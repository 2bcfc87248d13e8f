"""Knowledge base: text -> KB name matches (exact offsets, proclitics left out); name -> KB entries (look-up).

The KB ships as ``marsad/data/kb/*.jsonl`` (built by ``training/kb/build_kb.py``, provenance in
``data/kb/PROVENANCE.md``) and is loaded once per process (``load_kb()``).

Matching runs on the normalised view of the text (``marsad.text.normalize.normalize_with_map``), so hamza and
alef forms, ta marbuta, alef maqsura, diacritics and tatweel do not matter; every match maps back to an exact span
of the original text. Names are indexed by their first token: the scan looks each text token up (and the token with
its proclitics و ف ب ل ك removed, ``لل`` read as ل + ال), tries the longest names first, and only accepts a name that
ends on a token boundary. Tokens of a name may be separated by spaces, one line break, a hyphen or a dot. Latin
acronyms (``FT``, ``AFP``) match case-sensitively, longer Latin names case-insensitively.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.errors import ModelError
from marsad.text.normalize import normalize, normalize_with_map

# How sure a bare KB match is of its type, by kind (used when a KB match disagrees with the NER model).
KIND_PRIORITY = {
    "country": 0, "territory": 1, "organisation": 2, "outlet": 3, "armed_group": 4, "party": 5, "person": 6,
    "ministry": 7, "military": 8, "embassy": 9, "continent": 10, "region": 11, "sea": 12, "strait": 12,
    "canal": 12, "river": 12, "facility": 13, "company": 14, "city": 15, "club": 16, "government": 17,
    "legislature": 17, "nationality": 18, "people": 18, "event": 19, "award": 19, "treaty": 19, "programme": 19,
}
PROCLITIC_CHARS = "وفبلك"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits; punctuation and underscores split tokens
_GAP_OK = re.compile(r"[ \t\u00a0\-.]*\n?[ \t\u00a0\-.]*")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One real-world entity of the knowledge base."""

    id: str
    name_en: str
    type: str  # PER ORG LOC MISC
    kind: str  # country, city, organisation, person, outlet, armed_group, party, ministry, ...
    names_ar: tuple[str, ...] = ()
    aliases_latin: tuple[str, ...] = ()
    country: str | None = None
    title_ar: tuple[str, ...] = ()
    gender: str | None = None
    adjectives_ar: tuple[str, ...] = ()
    term: str | None = None
    weak_ar: tuple[str, ...] = ()
    capital: bool = False
    descriptors_ar: tuple[str, ...] = ()  # descriptor nouns the sources write before its name (قناة, صحيفة)
    no_clitic_ar: str = ""  # proclitics before which its one-word name is a common word (ب: بحماس)

    @property
    def name_ar(self) -> str:
        """The canonical Arabic name (the first listed)."""
        return self.names_ar[0] if self.names_ar else (self.weak_ar[0] if self.weak_ar else self.name_en)

    def in_office(self, year: int | None) -> bool:
        """True when ``term`` (``2017-``, ``2009-2017,2022-``) covers ``year``; True when either is unknown."""
        if not self.term or year is None:
            return True
        for part in self.term.split(","):
            a, _, b = part.partition("-")
            lo = int(a) if a.strip().isdigit() else 0
            hi = int(b) if b.strip().isdigit() else 9999
            if lo <= year <= hi:
                return True
        return False

    def term_end(self) -> int:
        """The last year of the last term (9999 while in office), for choosing the latest holder of a title."""
        last = self.term.split(",")[-1] if self.term else ""
        _, _, b = last.partition("-")
        return int(b) if b.strip().isdigit() else 9999


@dataclass(frozen=True, slots=True)
class KBMatch:
    """A KB name found in a text: ``[start, end)`` leaves attached proclitics out; ``entries`` best first."""

    start: int
    end: int
    text: str
    entries: tuple[KBEntry, ...]
    outer_start: int  # start including the proclitics that were removed
    script: str = "ar"  # "ar" | "latin"

    @property
    def entry(self) -> KBEntry:
        return self.entries[0]


@dataclass(frozen=True, slots=True)
class AdjectiveMatch:
    """A nationality adjective (``الفرنسي``, ``الصينية``) and the country it names."""

    start: int
    end: int
    text: str
    country: KBEntry
    gender: str  # "m" | "f"


@dataclass
class _Name:
    tokens: tuple[str, ...]
    entries: list[KBEntry] = field(default_factory=list)  # entries this name always names
    weak: list[KBEntry] = field(default_factory=list)  # entries it names only after a descriptor (قناة الجزيرة)


@lru_cache(maxsize=8)
def normalized_view(text: str):
    """``normalize_with_map(text)`` and the words of the view, cached: the matcher, the adjective scan and the
    resolution steps of one article share one normalisation."""
    view = normalize_with_map(text)
    return view, [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view.text)]


@lru_cache(maxsize=8)
def word_spans(text: str) -> list[tuple[int, int]]:
    """The span in ``text`` of each word of ``normalized_view(text)`` (``view.to_original``), computed once."""
    view, toks = normalized_view(text)
    to_original = view.to_original
    return [to_original(a, b) for a, b, _ in toks]


def _tokens(s: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _WORD.finditer(s))


def _is_acronym(s: str) -> bool:
    return len(s) <= 5 and s.isupper() and s.isascii()


class KnowledgeBase:
    """The loaded KB with its name indexes. Build with ``load_kb()`` (cached) or from a list of entries."""

    def __init__(self, entries: list[KBEntry]):
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self._names: dict[tuple[str, ...], _Name] = {}
        self._adjectives: dict[str, list[tuple[KBEntry, str]]] = {}
        for e in entries:
            for n in e.names_ar:
                self._add(_tokens(normalize(n)), e, weak=False)
            for n in e.weak_ar:
                self._add(_tokens(normalize(n)), e, weak=True)
            for n in e.aliases_latin:
                if _is_acronym(n):
                    self._add(("\x00" + n,), e, weak=False)  # case-sensitive key
                else:
                    self._add(_tokens(n.lower()), e, weak=False)
            for a in e.adjectives_ar:
                key = normalize(a)
                words = a.split()
                gender = "f" if words[0].endswith("ة") else "m"
                self._adjectives.setdefault(key, []).append((e, gender))
        # first token -> names starting with it, longest first
        self._first: dict[str, list[_Name]] = {}
        for name in self._names.values():
            name.entries.sort(key=lambda e: KIND_PRIORITY.get(e.kind, 20))
            name.weak.sort(key=lambda e: KIND_PRIORITY.get(e.kind, 20))
            self._first.setdefault(name.tokens[0], []).append(name)
        for lst in self._first.values():
            lst.sort(key=lambda n: -len(n.tokens))
        # first token -> (second token -> the longer names with it, one-token names), both in ``_first`` order:
        # the scan only tries names whose second token is the text's next token
        self._first2: dict[str, tuple[dict[str, list[_Name]], list[_Name]]] = {}
        for head, lst in self._first.items():
            by_second: dict[str, list[_Name]] = {}
            for name in lst:
                if len(name.tokens) > 1:
                    by_second.setdefault(name.tokens[1], []).append(name)
            self._first2[head] = (by_second, [name for name in lst if len(name.tokens) == 1])
        self._adj_max = max((len(k.split()) for k in self._adjectives), default=1)
        self._adj_first = frozenset(k.split()[0] for k in self._adjectives)
        self._lookup_keys: dict[str, list[KBEntry]] | None = None
        self._lookup_weak: dict[str, list[KBEntry]] | None = None
        self._lookup_all: dict[str, list[KBEntry]] | None = None
        self._adj_last: tuple[str, list[AdjectiveMatch]] | None = None  # the last text's adjectives

    def _add(self, toks: tuple[str, ...], e: KBEntry, weak: bool) -> None:
        if not toks:
            return
        name = self._names.get(toks)
        if name is None:
            name = self._names[toks] = _Name(toks)
        target = name.weak if weak else name.entries
        if e not in target:
            target.append(e)

    # ------------------------------------------------------------------ matching
    def match(self, text: str, descriptors: tuple[str, ...] | None = None) -> list[KBMatch]:
        """All KB names in ``text``, longest first, non-overlapping, in text order."""
        if not text:
            return []
        desc = _descriptor_keys() if descriptors is None else frozenset(normalize(d) for d in descriptors)
        view, toks = normalized_view(text)
        ntext = view.text
        out: list[KBMatch] = []
        i, n = 0, len(toks)
        sports = _sports_article(toks)
        while i < n:
            best = None  # (n_tokens, -clitic_len, KBMatch)
            s0, e0, tok = toks[i]
            nxt = toks[i + 1][2] if i + 1 < n else None
            for clen, head in _clitic_variants(tok):
                names = self._first2.get(head)
                if names is None:
                    continue
                for name in (*names[0].get(nxt, ()), *names[1]):
                    k = len(name.tokens)
                    if best is not None and k < best[0]:
                        break
                    if i + k > n or not self._same_tail(name.tokens, toks, i, ntext):
                        continue
                    entries = name.entries
                    quoted = _quoted(ntext, s0 + max(clen, 0), toks[i + k - 1][1])
                    # the Saudi press writes its own name and other papers' between parentheses: لـ(اليوم), (عكاظ)
                    paren = (not quoted and name.weak and any(e.kind == "outlet" for e in name.weak)
                             and _parenthesized(ntext, s0 + max(clen, 0), toks[i + k - 1][1], bool(name.entries)))
                    # an outlet named like a place (الرياض, الشرق الأوسط) only in quotes or after صحيفة/قناة:
                    # العاصمة الرياض and أمير الرياض are the city
                    # an outlet follows a descriptor noun (صحيفة اليوم), never a title (المفوضية الأوروبية اليوم)
                    outlet_only = bool(name.weak) and all(e.kind == "outlet" for e in name.weak)
                    if name.weak and ((_after_descriptor(toks, i, desc, ntext)
                                       and not (outlet_only and not _after_descriptor(toks, i, _descriptor_nouns(), ntext))
                                       and not _agreeing_adjective(name.tokens, toks, i)
                                       and not (name.entries and all(e.kind == "outlet" for e in name.weak)
                                                and not _after_descriptor(toks, i, _outlet_descriptors(), ntext)))
                                      or quoted or paren
                                      or (clen == 0 and not name.entries and any(e.kind == "outlet" for e in name.weak)
                                          and _dateline(ntext, s0, toks[i + k - 1][1]))
                                      or (sports and any(e.kind == "club" for e in name.weak))):
                        weak = name.weak
                        if not quoted and not paren and i and any(e.kind == "person" for e in weak):
                            # a weak person name after a title only when the title is one of the person's
                            # (الرئيس هادي; الدكتور بخاري is not President Buhari)
                            prev = {h for _, h in _clitic_variants(toks[i - 1][2])}
                            weak = [e for e in weak if e.kind != "person" or not e.title_ar
                                    or prev & _title_heads(e)]
                        entries = weak + [e for e in name.entries if e not in weak]
                        if sports or _after_club_word(toks, i):
                            # الهلال, العين in a sports article or after نادي: the club before the city
                            entries = sorted(entries, key=lambda e: e.kind != "club")
                        if len(entries) > 1:
                            # after صحيفة the paper, after قناة the channel (الجزيرة): the entry named so
                            heads = {h for _, h in _clitic_variants(toks[i - 1][2])} if i else set()
                            heads = _PAPER_HEADS if paren or heads & _PAPER_HEADS else heads
                            entries = _prefer_named_with(entries, name.tokens, heads)
                    if not entries:
                        continue
                    if k == 1 and clen and len(head) < 3:
                        continue
                    if k == 1 and clen > 0 and all(e.no_clitic_ar and any(c in e.no_clitic_ar for c in tok[:clen])
                                                   for e in entries):
                        continue  # بحماس "with enthusiasm", not Hamas
                    start_v = s0 + (clen if clen >= 0 else 0)
                    end_v = toks[i + k - 1][1]
                    o_s, o_e = view.to_original(start_v, end_v)
                    if text[o_e - 1:o_e + 1].strip("\u064b\u064c\u064d") != text[o_e - 1:o_e + 1]:
                        continue  # روسياً, عربياً: tanween makes an adverb or a common noun, never a name
                    if k == 1 and text[o_e - 1] == "ى" and _maqsura_mismatch(entries):
                        continue  # أودى بحياة is a verb: a brand or outlet written with final ي keeps it
                    if k == 1 and clen > 0 and tok[0] in "وف" and text[o_e - 1] == "ه" \
                            and all(n.endswith("ة") for e in entries for n in (*e.names_ar, *e.weak_ar) if n):
                        continue  # وجده "he found it", not و + جده (Jeddah written with ه)
                    o_out, _ = view.to_original(s0, s0 + 1)
                    cand = (k, -abs(clen), KBMatch(o_s, o_e, text[o_s:o_e], tuple(entries), o_out), name)
                    if best is None or cand[:2] > best[:2]:
                        best = cand
                    break  # names are sorted longest first: the first fitting one is the longest
            # Latin acronyms: case-sensitive on the original text
            if best is None and tok.isascii() and _LATIN.search(tok):
                o_s, o_e = view.to_original(s0, e0)
                orig = text[o_s:o_e]
                name = self._names.get(("\x00" + orig,))
                if name is not None and name.entries:
                    best = (1, 0, KBMatch(o_s, o_e, orig, tuple(name.entries), o_s, "latin"), name)
            if best is not None and best[2].entry.kind == "club" and i + best[0] < n and not best[3].entries \
                    and toks[i + best[0]][2] in _WITH and _joined(ntext, toks, i + best[0]) \
                    and (toks[i + best[0]][2] not in ("مع", "بين") or text[best[2].outer_start] == "ب"):
                # بالتعاون مع, بعد الاتفاق معهما: a club's weak name before مع is the common noun (تعادل التعاون
                # مع الهلال stays the club)
                i += 1
                continue
            if best is not None and best[2].entry.kind == "club" and i + best[0] < n \
                    and self._foreign_adjective_after(toks, i + best[0], ntext, best[2].entry.country):
                i += 1  # الاتحاد الكويتي, الهلال السوداني: another country's body or club, not this club
                continue
            if best is not None and best[2].entry.kind == "city" and best[0] == 1 and i + 1 < n \
                    and self._masculine_adjective_after(toks, i + best[0], ntext):
                # a city takes a feminine adjective: روما الإيطالي, فالنسيا الإسباني is the club
                name = best[3]
                clubs = [e for e in (*name.weak, *name.entries) if e.kind == "club"]
                if not clubs:
                    i += 1
                    continue
                m = best[2]
                best = (*best[:2], KBMatch(m.start, m.end, m.text, tuple(clubs), m.outer_start), name)
            if best is not None and best[2].entry.kind == "person" and i > 0 and _joined(ntext, toks, i) \
                    and (toks[i - 1][2] in _NASAB or (best[0] > 1 and toks[i - 1][2] in _given_names())):
                # a father's name inside someone's genealogy (عبدالعزيز بن عبدالله آل الشيخ), or a known name
                # after another given name (محمد علي صالح is not Ali Saleh)
                i += 1
                continue
            if best is not None and best[2].entry.kind == "person" and i + best[0] < n \
                    and not any(t[2] in _NASAB for t in toks[i:i + best[0]]) \
                    and _joined(ntext, toks, i + best[0]) and toks[i + best[0]][2] in _NASAB:
                # a known person's given name opening another genealogy is someone else's (صالح بن عبدالعزيز
                # النصار is not Ali Abdullah Saleh, عبدالعزيز بن عبدالله not King Abdulaziz)
                i += best[0]
                continue
            if best is not None and best[2].entry.kind == "person":
                # a genealogical name (X بن Y) read on: more of its chain is the same person (عبدالله بن مساعد +
                # بن عبدالعزيز, سلمان بن عبدالعزيز + آل سعود); a family name right after a known name makes it
                # someone else's (أحمد بن عبدالعزيز الزهراني is not the prince, عبد العزيز المقالح not the king)
                nasab = any(t[2] in _NASAB for t in toks[i:i + best[0]])
                j = _chain_end(toks, i + best[0], ntext) if nasab else i + best[0]
                if j < n and _family_name(toks[j][2]) and _joined(ntext, toks, j):
                    best = None
                    i += 1
                    continue
                if j > i + best[0]:
                    m = best[2]
                    _, o_e = view.to_original(toks[j - 1][0], toks[j - 1][1])
                    best = (j - i, best[1], KBMatch(m.start, o_e, text[m.start:o_e], m.entries, m.outer_start))
            if best is not None:
                m = best[2]
                if m.script == "ar" and _LATIN.search(m.text):
                    m = KBMatch(m.start, m.end, m.text, m.entries, m.outer_start, "latin")
                out.append(m)
                i += best[0]
            else:
                i += 1
        return out

    def _masculine_adjective_after(self, toks: list, j: int, ntext: str) -> bool:
        """``toks[j]`` is a definite masculine nationality adjective (``الإيطالي``) right after the previous word."""
        tok = toks[j][2]
        adj = self._adjectives.get(tok) if tok.startswith("ال") else None
        gap = ntext[toks[j - 1][1]:toks[j][0]]
        return bool(adj) and all(g == "m" for _, g in adj) and gap.strip() == "" and "\n" not in gap

    def _foreign_adjective_after(self, toks: list, j: int, ntext: str, country: str | None) -> bool:
        """``toks[j]`` is a definite nationality adjective of another country than ``country``."""
        tok = toks[j][2]
        adj = self._adjectives.get(tok) if tok.startswith("ال") else None
        return bool(adj) and country is not None and _joined(ntext, toks, j) \
            and all(e.country != country for e, _ in adj)

    def _same_tail(self, name_toks: tuple[str, ...], toks: list, i: int, ntext: str) -> bool:
        for j in range(1, len(name_toks)):
            if toks[i + j][2] != name_toks[j]:
                return False
            gap = ntext[toks[i + j - 1][1]:toks[i + j][0]]
            if not gap or not _GAP_OK.fullmatch(gap):
                return False
        return True

    def adjectives(self, text: str) -> list[AdjectiveMatch]:
        """Nationality adjectives in ``text`` (``الفرنسي``, ``والصينية``, ``الكوري الجنوبي``), proclitics left out."""
        last = self._adj_last
        if last is not None and last[0] == text:
            return list(last[1])  # the titles and the name patterns of one article both ask
        out = self._adjectives_in(text)
        self._adj_last = (text, out)
        return list(out)

    def _adjectives_in(self, text: str) -> list[AdjectiveMatch]:
        view, toks = normalized_view(text)
        out, i = [], 0
        while i < len(toks):
            hit = None
            if not any(h in self._adj_first for _, h in _clitic_variants(toks[i][2])):
                i += 1
                continue
            for k in range(min(self._adj_max, len(toks) - i), 0, -1):
                for clen, head in _clitic_variants(toks[i][2]):
                    key = " ".join([head] + [t[2] for t in toks[i + 1:i + k]])
                    if key in self._adjectives:
                        hit = (k, clen, self._adjectives[key][0])
                        break
                if hit:
                    break
            if hit:
                k, clen, (entry, gender) = hit
                o_s, o_e = view.to_original(toks[i][0] + max(clen, 0), toks[i + k - 1][1])
                out.append(AdjectiveMatch(o_s, o_e, text[o_s:o_e], entry, gender))
                i += k
            else:
                i += 1
        return out

    # ------------------------------------------------------------------ look-up
    def lookup(self, name: str, limit: int = 5, min_score: float = 80.0) -> list[KBEntry]:
        """KB entries named ``name`` (Arabic or Latin, any of their names, or an id); fuzzy when nothing is exact."""
        if not name or not name.strip():
            return []
        if self._lookup_all is None:
            self._lookup_all = {**self._weak_keys(), **self._keys()}
        keys = self._lookup_all
        q = normalize(name.strip())
        exact = keys.get(q) or keys.get(name.strip())
        if exact:
            return _ranked(exact)[:limit]
        from rapidfuzz import fuzz, process

        hits = process.extract(q, list(keys), scorer=fuzz.ratio, limit=limit * 3, score_cutoff=min_score)
        out: list[KBEntry] = []
        for key, _score, _ in hits:
            for e in _ranked(keys[key]):
                if e not in out:
                    out.append(e)
        return out[:limit]

    def _keys(self) -> dict[str, list[KBEntry]]:
        """Normalised names -> entries, weak names left out: a model's mention that is only a weak name (صالح,
        اليوم) names the entry only in the contexts the matcher checks (``_weak_keys`` has them for ``lookup``)."""
        if self._lookup_keys is None:
            keys: dict[str, list[KBEntry]] = {}
            for e in self.entries:
                for k in {*(normalize(n) for n in e.names_ar), *(normalize(n) for n in e.aliases_latin),
                          normalize(e.name_en), e.id}:
                    if k:
                        keys.setdefault(k, []).append(e)
            self._lookup_keys = keys
        return self._lookup_keys

    def _weak_keys(self) -> dict[str, list[KBEntry]]:
        if self._lookup_weak is None:
            weak: dict[str, list[KBEntry]] = {}
            for e in self.entries:
                for k in {normalize(n) for n in e.weak_ar}:
                    if k:
                        weak.setdefault(k, []).append(e)
            self._lookup_weak = weak
        return self._lookup_weak

    def persons_with_role(self, role: str, country: str | None = None, year: int | None = None) -> list[KBEntry]:
        """KB persons whose ``title_ar`` maps to ``role`` (see ``marsad.data.titles``), in office in ``year``
        when it is given, else the latest holder first."""
        from marsad.data.titles import ROLE_OF_TITLE

        out = []
        for e in self.entries:
            if e.kind != "person" or (country and e.country != country):
                continue
            if any(ROLE_OF_TITLE.get(t) == role for t in e.title_ar):
                out.append(e)
        if year is not None:
            now = [e for e in out if e.in_office(year)]
            if now:
                return now
            return []
        return sorted(out, key=lambda e: -e.term_end())


_NASAB = frozenset({"بن", "ابن"})
_WITH = frozenset({"مع", "معه", "معها", "معهم", "معهما", "معنا", "معكم", "بين"})
_MAQSURA_KINDS = frozenset({"company", "club", "outlet"})


def _maqsura_mismatch(entries) -> bool:
    """A one-word brand, club or outlet name written with final ي (أودي) read on a word ending in ى (أودى)."""
    return all(e.kind in _MAQSURA_KINDS for e in entries) \
        and not any(n.endswith("ى") for e in entries for n in (*e.names_ar, *e.weak_ar))


def _chain_end(toks: list, j: int, ntext: str) -> int:
    """The token index after a genealogical chain continued from ``j``: ``بن`` + name, ``آل`` + name, repeated."""
    while j + 1 < len(toks) and (toks[j][2] in _NASAB or toks[j][2] == "ال"):
        w = toks[j + 1][2]
        gaps = (ntext[toks[j - 1][1]:toks[j][0]], ntext[toks[j][1]:toks[j + 1][0]])
        if not all(g and _GAP_OK.fullmatch(g) and "\n" not in g for g in gaps) or len(w) < 2 \
                or not all("\u0621" <= c <= "\u064a" for c in w) or w in _NASAB:
            break
        j += 2
    return j


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from marsad.data.given_names import AMBIGUOUS_FAMILY_NAMES, FAMILY_NAMES
    from marsad.data.romanization import FAMILY_NAME_WORDS

    return frozenset(normalize(w) for w in FAMILY_NAMES + AMBIGUOUS_FAMILY_NAMES + FAMILY_NAME_WORDS)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from marsad.data.given_names import FEMALE, MALE

    return frozenset(normalize(w) for w in MALE + FEMALE)


def _joined(ntext: str, toks: list, j: int) -> bool:
    """Only spaces (no line break, no punctuation) between ``toks[j - 1]`` and ``toks[j]``."""
    gap = ntext[toks[j - 1][1]:toks[j][0]]
    return bool(gap) and not gap.strip() and "\n" not in gap


@lru_cache(maxsize=4096)
def _title_heads(e: KBEntry) -> frozenset[str]:
    """The last words of a person's titles (الرئيس, الملك, الأمين العام -> العام), normalised."""
    return frozenset(normalize(t).split()[-1] for t in e.title_ar if t.strip())


def _family_name(tok: str) -> bool:
    """A family name (الزهراني, الغامدي): listed, or a definite nisba whose bare form is not a word of the news
    lexicon (الحالي, السعودي, الثاني are adjectives: their bare forms are frequent)."""
    if tok in _family_names():
        return True
    if not (tok.startswith("ال") and tok.endswith("ي") and len(tok) >= 6):
        return False
    from marsad.text.tokens import lexicon, lexkey

    return lexicon().freq(lexkey(tok[2:])) <= 5


def _ranked(entries: list[KBEntry]) -> list[KBEntry]:
    return sorted(entries, key=lambda e: KIND_PRIORITY.get(e.kind, 20))


@lru_cache(maxsize=65536)
def _clitic_variants(tok: str) -> tuple[tuple[int, str], ...]:
    """(number of characters removed, remaining token) for the token and its proclitic-stripped forms.

    ``لل`` + noun is ل + ال with the alef dropped: ``للناتو`` gives (1, ``الناتو``)-like reading, where the
    remaining text starts at the second ل; its length marker is 1 and the head looked up is ``ال`` + rest.
    """
    out = [(0, tok)]
    n = len(tok)
    # up to two proclitics: conjunction و/ف, then preposition ب/ل/ك
    for i in range(1, min(3, n - 1)):
        pre = tok[:i]
        if not all(c in PROCLITIC_CHARS for c in pre):
            break
        if i == 2 and pre[0] not in "وف":
            break
        if i == 2 and pre[1] not in "بلك":
            break
        rest = tok[i:]
        out.append((i, rest))
        if pre[-1] == "ل" and rest.startswith("ل") and len(rest) > 2:
            out.append((i, "ا" + rest))  # ل + ال -> لل: the span starts at the article's ل
    if tok.startswith("لل") and len(tok) > 3:
        out.append((1, "ا" + tok[1:]))
    seen, uniq = set(), []
    for clen, head in out:
        if head not in seen:
            seen.add(head)
            uniq.append((clen, head))
    return tuple(uniq)


_OPEN_QUOTES, _CLOSE_QUOTES = "«“\"'‹", "»”\"'›"


def _quoted(ntext: str, start: int, end: int) -> bool:
    """The name alone between quotation marks (``لـ«الشرق الأوسط»``): outlets are written so."""
    b = start - 1  # the last non-space character before (as ntext[:start].rstrip()[-1:], without the copy)
    while b >= 0 and ntext[b].isspace():
        b -= 1
    a, n = end, len(ntext)
    while a < n and ntext[a].isspace():
        a += 1
    before = ntext[b] if b >= 0 else ""
    after = ntext[a] if a < n else ""
    return bool(before) and before in _OPEN_QUOTES and bool(after) and after in _CLOSE_QUOTES


_PAPER_HEADS = frozenset({normalize("صحيفة"), normalize("جريدة")})


def _parenthesized(ntext: str, start: int, end: int, need_lam: bool = False) -> bool:
    """The name alone between parentheses (``لـ(اليوم)``), not a date's gloss (``غداً (اليوم)``); with
    ``need_lam`` (a name that is also a place: ``من (الرياض)`` is the city) only right after ل (``لـ(الرياض)``)."""
    b = start - 1
    while b >= 0 and ntext[b].isspace():
        b -= 1
    a = end
    while a < len(ntext) and ntext[a].isspace():
        a += 1
    if b < 0 or ntext[b] != "(" or a >= len(ntext) or ntext[a] != ")":
        return False
    prev = ntext[max(0, b - 12):b].split()
    if need_lam:
        return bool(prev) and prev[-1].rstrip("ـ") == "ل"
    return not (prev and prev[-1].strip("\u064b").lstrip("وف") in _TIME_WORDS)


_TIME_WORDS = frozenset({normalize(w) for w in ("غدا", "غداً", "أمس", "الآن", "اليوم", "الليلة")})


def _prefer_named_with(entries, name_toks: tuple, heads) -> list:
    """``entries`` with those written after one of ``heads`` first: after قناة the channel, after صحيفة/جريدة or
    between parentheses the paper (الجزيرة)."""
    if not heads:
        return list(entries)
    wanted = {(h, *name_toks) for h in heads}
    return sorted(entries, key=lambda e: not (any(normalize(d) in heads for d in e.descriptors_ar)
                                              or any(_tokens(normalize(n)) in wanted for n in e.names_ar)))


_DASHES = "-–—"


def _dateline(ntext: str, start: int, end: int) -> bool:
    """An outlet in a dateline (``سبق- الرياض:``, ``محمد علي - الوطن - جدة``): a dash right after it, and
    before it the start of the text or of a line, or another dateline dash."""
    after = ntext[end:end + 3].lstrip(" \t")[:1]
    if not after or after not in _DASHES:
        return False
    before = ntext[max(0, start - 80):start].rstrip(" \t")
    return not before or before[-1] == "\n" or (before[-1] in "-–—" and "\n" not in before[-60:]
                                                and start < 120)


@lru_cache(maxsize=1)
def _descriptor_keys() -> frozenset[str]:
    """Words after which a weak name counts: descriptor nouns (صحيفة, قناة) and the last word of titles (الرئيس)."""
    from marsad.data.titles import DESCRIPTORS, TITLES

    return frozenset({normalize(d) for d in DESCRIPTORS} | {normalize(t.ar).split()[-1] for t in TITLES})


@lru_cache(maxsize=1)
def _sports_cues() -> frozenset[str]:
    from marsad.data.entity_patterns import SPORTS_CUES

    return frozenset(normalize(w) for w in SPORTS_CUES)


def _sports_article(toks: list) -> bool:
    """At least four words of sports reporting (``المباراة``, ``المدرب``, ``بنادي``) among the text's words."""
    cues, hits = _sports_cues(), 0
    for _, _, tok in toks:
        if any(h in cues for _, h in _clitic_variants(tok)):
            hits += 1
            if hits >= 4:
                return True
    return False


def _after_club_word(toks: list, i: int) -> bool:
    """The word before is نادي/فريق (with a proclitic): ``بنادي العين``."""
    if i == 0:
        return False
    return any(h in ("نادي", "النادي", "ناد", "فريق", "الفريق") for _, h in _clitic_variants(toks[i - 1][2]))


def _agreeing_adjective(name_toks: tuple, toks: list, i: int) -> bool:
    """A one-word definite weak name shaped like an adjective (``العربية``) right after a definite word that is no
    descriptor noun (``الشؤون الداخلية العربية``: ``الداخلية`` ends a title) agrees with it as an adjective."""
    if len(name_toks) != 1 or i == 0:
        return False
    w, prev = name_toks[0], toks[i - 1][2]
    if not (w.startswith("ال") and w.endswith(("يه", "ية", "ي"))):
        return False
    if any(h in _descriptor_nouns() for _, h in _clitic_variants(prev)):
        return False
    return any(h.startswith("ال") for _, h in _clitic_variants(prev))


@lru_cache(maxsize=1)
def _outlet_descriptors() -> frozenset[str]:
    from marsad.data.entity_patterns import OUTLET_DESCRIPTORS

    return frozenset(normalize(d) for d in OUTLET_DESCRIPTORS)


@lru_cache(maxsize=1)
def _descriptor_nouns() -> frozenset[str]:
    """Descriptor nouns alone (صحيفة, قناة), without the last words of titles."""
    from marsad.data.titles import DESCRIPTORS

    return frozenset(normalize(d) for d in DESCRIPTORS)


def _after_descriptor(toks: list, i: int, desc: set[str], ntext: str) -> bool:
    if i == 0:
        return False
    prev = toks[i - 1][2]
    return any(h in desc for _, h in _clitic_variants(prev))


def _entry_from_dict(d: dict) -> KBEntry:
    return KBEntry(
        id=d["id"], name_en=d["name_en"], type=d["type"], kind=d["kind"],
        names_ar=tuple(d.get("names_ar", ())), aliases_latin=tuple(d.get("aliases_latin", ())),
        country=d.get("country"), title_ar=tuple(d.get("title_ar", ())), gender=d.get("gender"),
        adjectives_ar=tuple(d.get("adjectives_ar", ())), term=d.get("term"), weak_ar=tuple(d.get("weak_ar", ())),
        capital=bool(d.get("capital", False)), descriptors_ar=tuple(d.get("descriptors_ar", ())),
        no_clitic_ar=d.get("no_clitic_ar", ""),
    )


def read_entries() -> list[KBEntry]:
    """All entries of the shipped KB files (``marsad/data/kb/*.jsonl``)."""
    try:
        folder = resources.files("marsad.data").joinpath("kb")
        files = sorted((p for p in folder.iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name)
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError) as exc:
        raise ModelError("the knowledge base files are missing (marsad/data/kb/*.jsonl)",
                         "reinstall marsad, or rebuild with: python training/kb/build_kb.py") from exc
    if not files:
        raise ModelError("the knowledge base folder marsad/data/kb has no *.jsonl files",
                         "rebuild with: python training/kb/build_kb.py")
    out = []
    for p in files:
        for ln, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(_entry_from_dict(json.loads(line)))
            except (ValueError, KeyError) as exc:
                raise ModelError(f"knowledge base file {p.name} line {ln} is not a valid entry ({exc})",
                                 "rebuild with: python training/kb/build_kb.py") from exc
    return out


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded and indexed once per process."""
    return KnowledgeBase(read_entries())


def match(text: str) -> list[KBMatch]:
    """KB names in ``text`` (see ``KnowledgeBase.match``)."""
    return load_kb().match(text)


def lookup(name: str, limit: int = 5) -> list[KBEntry]:
    """KB entries for a name, Arabic or English, exact or fuzzy (rapidfuzz)."""
    return load_kb().lookup(name, limit=limit)
