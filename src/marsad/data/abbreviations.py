"""Abbreviations whose full stop does not end a sentence (``marsad.text.sentences``).

Provenance: common Arabic newswire abbreviations (titles, dates, postal boxes) as listed in Arabic style guides and
seen in SaudiNewsNet 2015 text; English titles and Latin abbreviations from general English usage. Written by the
Marsad text-layer engineer, not copied. Matching is on the word right before the stop, without harakat/tatweel;
Latin entries are compared in lower case.
"""

from __future__ import annotations

# Arabic: titles and short forms (single letters are handled as initials by rule: د. م. أ. ج. ...).
ARABIC = frozenset((
    "د", "م", "أ", "ا", "ص", "ب", "ج", "ت", "ط", "ع", "ق", "س", "ك", "ه", "هـ",  # one-letter forms
    "أد", "ص.ب", "ق.م", "ب.م", "ج.م", "م.م", "ش.م", "ش.م.م", "ذ.م.م",  # dotted sets
    "تلفون", "هاتف", "فاكس", "ص.ب", "رقم",  # only before a number (see NUMBER_BEFORE)
))
# Arabic forms that end a sentence when they follow a number (era markers: 2015 م. / 1436 هـ.)
ERA_MARKERS = frozenset(("م", "هـ", "ه", "ق.م"))
# Arabic forms whose stop is not final only when a number follows (رقم. 5 is rare; ت. 0123 is a phone number)
NUMBER_BEFORE = frozenset(("ت", "ص", "ع", "رقم", "تلفون", "هاتف", "فاكس", "ص.ب"))

LATIN = frozenset((
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "gen",
    "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "rev", "hon", "fig", "vol", "pp", "p", "ed", "eds",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
    "dept", "univ", "assn", "bros", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "u.s.a", "e.u",
))
