"""Normalisation for matching: text -> a normalised view with a map back to the original offsets.

The original text is never replaced. ``NormalizedText`` holds the normalised string and, for every
character of it, the offset of the original character it came from, so a match found in the view
maps back to an exact span of the text as given.

What is folded (each can be switched off in ``NormalizeOptions``):
- diacritics (harakat U+064B-U+0652, superscript alef U+0670, Quranic marks) and tatweel U+0640: dropped;
- alef forms أ إ آ ٱ -> ا; alef maqsura ى -> ي; ta marbuta ة -> ه; hamza on carriers ؤ -> و, ئ -> ي;
- Arabic-Indic ٠-٩ and Persian ۰-۹ digits -> 0-9;
- zero-width and bidi control marks (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF, U+061C): dropped;
- presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) -> their base letters (NFKC per character);
- Latin letters -> lower case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DIACRITICS = frozenset(chr(c) for c in list(range(0x064B, 0x0653)) + [0x0670] + list(range(0x06D6, 0x06EE)))
TATWEEL = "\u0640"
CONTROL_MARKS = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)] + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)] + ["\ufeff", "\u061c"]
)
ALEF_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
LETTER_FOLDS = {"ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}


@dataclass(frozen=True)
class NormalizeOptions:
    diacritics: bool = True
    alef: bool = True
    letters: bool = True  # alef maqsura, ta marbuta, hamza carriers
    digits: bool = True
    controls: bool = True
    presentation: bool = True
    lower: bool = True


DEFAULT = NormalizeOptions()


@lru_cache(maxsize=4096)
def _fold_char(ch: str, opts: NormalizeOptions) -> str:
    """The normalised form of one character: '' (dropped), one or several characters."""
    if opts.controls and ch in CONTROL_MARKS:
        return ""
    if opts.diacritics and (ch in DIACRITICS or ch == TATWEEL):
        return ""
    if opts.presentation and ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"):
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:
            return "".join(_fold_char(c, opts) for c in base)
    if opts.digits and ch in DIGITS:
        return DIGITS[ch]
    if opts.alef and ch in ALEF_FORMS:
        return ALEF_FORMS[ch]
    if opts.letters and ch in LETTER_FOLDS:
        return LETTER_FOLDS[ch]
    if opts.lower and ch.isascii():
        return ch.lower()
    return ch


@dataclass(frozen=True)
class NormalizedText:
    """A normalised view of ``original``: ``text[i]`` came from ``original[offsets[i]]``."""

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span ``[start, end)`` of the view back to a span of the original text."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        o_start = self.offsets[start]
        last = self.offsets[end - 1]
        o_end = last + 1
        # extend over characters the view dropped (diacritics, tatweel) that belong to the last letter
        n = len(self.original)
        while o_end < n and _fold_char(self.original[o_end], DEFAULT) == "" and not self.original[o_end].isspace() \
                and self.original[o_end] not in CONTROL_MARKS:
            o_end += 1
        return o_start, o_end


# Every character _fold_char can change lies in these code point ranges (ASCII, Arabic, general punctuation with
# the bidi/zero-width marks, presentation forms and the BOM); outside them a character folds to itself.
_FOLDABLE_RANGES = ((0x0000, 0x0080), (0x0600, 0x0700), (0x2000, 0x2070), (0xFB50, 0xFF00))


@dataclass(frozen=True)
class _Folding:
    table: dict  # str.translate table: code point -> replacement ('' dropped)
    drops: frozenset  # characters folded to nothing
    expanding: re.Pattern | None  # characters folded to several characters (presentation ligatures)
    dropping: re.Pattern | None


@lru_cache(maxsize=32)
def _folding(opts: NormalizeOptions) -> _Folding:
    table: dict[int, str] = {}
    drops, expands = [], []
    for lo, hi in _FOLDABLE_RANGES:
        for c in range(lo, hi):
            ch = chr(c)
            f = _fold_char(ch, opts)
            if f != ch:
                table[c] = f
                if not f:
                    drops.append(ch)
                elif len(f) > 1:
                    expands.append(ch)

    def cls(chars):
        return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else None

    return _Folding(table, frozenset(drops), cls(expands), cls(drops))


def normalize_with_map(text: str, options: NormalizeOptions = DEFAULT) -> NormalizedText:
    """Normalise ``text`` and keep, for each output character, the offset of its source character."""
    fold = _folding(options)
    if fold.expanding is not None and fold.expanding.search(text):
        out: list[str] = []
        offsets: list[int] = []
        table = fold.table
        for i, ch in enumerate(text):
            folded = table.get(ord(ch), ch)
            if folded:
                out.append(folded)
                offsets.extend([i] * len(folded))
        return NormalizedText(text, "".join(out), tuple(offsets))
    folded = text.translate(fold.table)  # every kept character folds to exactly one
    if fold.dropping is not None and fold.dropping.search(text):
        drops = fold.drops
        return NormalizedText(text, folded, tuple(i for i, ch in enumerate(text) if ch not in drops))
    return NormalizedText(text, folded, tuple(range(len(text))))


def normalize(text: str, options: NormalizeOptions = DEFAULT) -> str:
    """The normalised string only (for keys, lexicon look-ups and comparisons)."""
    return text.translate(_folding(options).table)


def phrase_index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Normalised phrases as word tuples, grouped by their first word, longest first (for longest-match look-ups)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(normalize(phrase).split())
        out.setdefault(words[0], []).append(words)
    for lst in out.values():
        lst.sort(key=len, reverse=True)
    return out


ARABIC_LETTER_RANGE = ("\u0621", "\u064a")


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or "\ufb50" <= ch <= "\ufefc"


def arabic_share(text: str) -> float:
    """The share of letters in ``text`` that are Arabic (0.0 when there are no letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(is_arabic_letter(c) for c in letters) / len(letters)
