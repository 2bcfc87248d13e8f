"""Sentence splitting: text -> Sentence spans (offsets into the text exactly as given), in one linear pass.

Rules, in order:
- a line break always ends a sentence (a headline without a stop is a sentence; lines are never merged);
- ``. ! ? ؟ …`` and ``...`` end a sentence; closing quotes and brackets right after the stop belong to it
  (``فادح.”`` ends after ”; ``عسكرية”.`` ends after the stop);
- a stop inside a quotation (``«...»``, ``“...”``, ``"..."``) that closes on the same line within
  ``MAX_QUOTE`` characters does not end the sentence: the quote is kept whole;
- a full stop is not final inside numbers and dates (``3.5``, ``10.08.2015``), after abbreviations and initials
  (``U.S.``, ``Dr.``, ``د.``, ``م.``, ``ص.ب.``, ``ج.``; list in ``marsad.data.abbreviations``), or when a Latin
  letter or digit follows it directly (``example.com``); an era marker after a number (``2015 م.``) is final;
- a list number at the start of a line (``2. النقطة``) does not end a sentence;
- the Arabic comma ``،`` and semicolon ``؛`` never end a sentence.
Sentences are trimmed of surrounding spaces and invisible marks; empty lines give none.
"""

from __future__ import annotations

import re

from marsad.data import abbreviations as A
from marsad.errors import InputError
from marsad.types import Sentence

MAX_QUOTE = 400  # a quote open longer than this (or unclosed) no longer protects stops inside it

_EVENTS = re.compile(r"\n|[.!?؟…]+|[«»“”\"]")
_CLOSERS = "”\"’'»)]}›"
_SPACE = " \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000" \
         "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u061c\u0085" \
         "\u2028\u2029\x1c\x1d\x1e\x1f"
_WORD_BEFORE = re.compile(r"[A-Za-z\u0621-\u064a\u0671-\u06d3.\u0640\u064b-\u0652]{1,12}$")
_MARKS = str.maketrans("", "", "\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]")
_NUMBER_AFTER = re.compile(r"\s*[0-9\u0660-\u0669\u06f0-\u06f9]")
_REST_EMPTY = re.compile("[" + re.escape(_SPACE + _CLOSERS) + "]*")
_QUOTE_FAMILY = {"«": "g", "»": "g", "“": "c", "”": "c", '"': "a"}


def _is_abbreviation(text: str, dot: int, line_end: int) -> bool:
    """Is the full stop at ``text[dot]`` part of an abbreviation, an initial or a number?"""
    prev = text[dot - 1] if dot > 0 else ""
    nxt = text[dot + 1] if dot + 1 < len(text) else ""
    if prev and _DIGIT.match(prev) and nxt and _DIGIT.match(nxt):
        return True  # 3.5  10.08.2015
    if nxt and _LATIN_OR_DIGIT.match(nxt):
        return True  # example.com, U.S.A, 1.5 after a letter
    if prev and _DIGIT.match(prev) and _is_enumerator(text, dot):
        return True  # "2. النقطة الثانية" at the start of a line: a list number
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group().translate(_MARKS).strip(".")
    if not word:
        return False
    rest_of_line_empty = _REST_EMPTY.match(text, dot + 1, line_end).end() == line_end
    if word.isascii():
        low = word.lower()
        if low in A.LATIN or (len(word) == 1 and word.isupper()) or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            return not rest_of_line_empty
        return False
    before = text[max(0, m.start() - 12):m.start()].rstrip()
    after_number = bool(before) and bool(_DIGIT.match(before[-1]))
    if word in A.ERA_MARKERS and after_number:
        return False  # 2015 م. ends a sentence
    if word in A.NUMBER_BEFORE and len(word) > 1:
        return bool(_NUMBER_AFTER.match(text, dot + 1, line_end))
    if len(word.replace(".", "")) == 1 or word in A.ARABIC:
        return not rest_of_line_empty  # د. م. ج. ص.ب. are abbreviations unless the line ends there
    return False


def _is_enumerator(text: str, dot: int) -> bool:
    """Is ``text[dot]`` the stop of a list number (1-3 digits) that starts its line?"""
    j = dot
    while j > 0 and dot - j < 3 and _DIGIT.match(text[j - 1]):
        j -= 1
    if j > 0 and _DIGIT.match(text[j - 1]):
        return False
    k = j
    while k > 0 and j - k < 4 and text[k - 1] in " \t-*•":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` as spans; every span is trimmed and ``text[s.start:s.end]`` is the sentence."""
    if not isinstance(text, str):
        raise InputError(f"split_sentences() needs a str, got {type(text).__name__}", "decode bytes to str first")
    out: list[Sentence] = []
    n = len(text)
    start = 0
    line_end = text.find("\n")
    if line_end < 0:
        line_end = n
    open_at: dict[str, int] = {}  # quote family -> offset where the open quote started
    skip_until = -1
    for m in _EVENTS.finditer(text):
        i, j = m.span()
        if i < skip_until:
            continue
        ch = m.group()
        if ch == "\n":
            _emit(text, start, i, out)
            start = j
            open_at.clear()
            nl = text.find("\n", j)
            line_end = n if nl < 0 else nl
            continue
        family = _QUOTE_FAMILY.get(ch)
        if family:
            if family in open_at:
                del open_at[family]
            else:
                open_at[family] = i
            continue
        # a stop: . ! ? ؟ … or a run of them
        if ch == "." and _is_abbreviation(text, i, line_end):
            continue
        # closing quotes and brackets right after the stop belong to this sentence
        still_open = dict(open_at)
        end = j
        while end < line_end and text[end] in _CLOSERS:
            fam = _QUOTE_FAMILY.get(text[end])
            if fam:
                if fam in still_open:
                    del still_open[fam]
                elif _opens_here(text, end, line_end):
                    break
            end += 1
        # a stop inside a quote that goes on and closes soon on this line: keep the quote whole
        if still_open and min(still_open.values()) > i - MAX_QUOTE and _closes_soon(text, still_open, end, line_end):
            continue
        open_at = still_open
        _emit(text, start, end, out)
        start = end
        skip_until = end
    _emit(text, start, n, out)
    return out


def _closes_soon(text: str, open_at: dict[str, int], pos: int, line_end: int) -> bool:
    """Does every open quote close on this line within MAX_QUOTE characters of its start?"""
    for family, at in open_at.items():
        limit = min(line_end, at + MAX_QUOTE)
        marks = {"g": "»«", "c": "”“", "a": '"'}[family]
        if not any(text.find(q, pos, limit) >= 0 for q in marks):
            return False
    return True


def _opens_here(text: str, pos: int, line_end: int) -> bool:
    """A quote mark at ``pos`` followed by a letter (not a space) opens a quotation."""
    return pos + 1 < line_end and not text[pos + 1].isspace() and text[pos + 1] not in ".!?؟…"
