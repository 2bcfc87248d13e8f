"""Trigger lexicon index: ``marsad.data.plover`` entries -> every conjugated/suffixed surface form, normalised.

``match(token_text)`` strips attached proclitics (و ف ب ل ك س, ``لل`` -> ``ال``) and returns the trigger
entries whose forms the rest is, with the part of speech (``verb`` | ``noun``) and whether a pronoun suffix or a
plural/dual subject suffix is attached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.data.plover import GEMINATE, TRIGGERS, Trigger
from marsad.text.normalize import normalize

PAST_SUBJECT = {"": "s", "ت": "s", "وا": "p", "و": "p", "ا": "p", "تا": "p", "ن": "p", "نا": "1", "تم": "2"}
PRESENT_PREFIX = {"ي": "s", "ت": "s", "ن": "1", "أ": "1"}
PRESENT_SUFFIX = {"": "s", "ون": "p", "ان": "p", "ن": "p", "وا": "p", "و": "p", "ا": "p"}
OBJECT_SUFFIX = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني")
NOUN_SUFFIX = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ي")
# proclitic strings tried in order (fewest letters first)
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "فب", "فل", "وس", "فس", "وك")


@dataclass(frozen=True, slots=True)
class Form:
    trigger: Trigger
    pos: str  # "verb" | "noun"
    number: str  # subject number for verbs: "s" | "p" | "1" | "2"; "" for nouns
    suffix: bool  # a pronoun suffix is attached (object of a verb, possessor/agent of a noun)
    definite: bool = False


def _verb_forms(t: Trigger):
    for past in t.past:
        if past.endswith(("ى", "ا")):  # weak final radical: only its own forms (اعتدى اعتدت اعتدوا), never أثنى+ن
            yield past, "s", False
            yield past[:-1] + "ت", "s", False
            yield past[:-1] + "وا", "p", False
            continue
        geminate = past in GEMINATE
        for subj, num in PAST_SUBJECT.items():
            if geminate and subj in ("نا", "تم", "ن"):
                continue  # احتجنا is "we needed"; "we protested" is احتججنا
            for obj in OBJECT_SUFFIX:
                if geminate and obj in ("نا", "ني"):
                    continue  # احتجنا: احتاج + نا
                if subj == "و" and not obj or subj == "وا" and obj:
                    continue
                yield past + subj + obj, num, bool(obj)
    for pres in t.present:
        for pre, num in PRESENT_PREFIX.items():
            for suf, snum in PRESENT_SUFFIX.items():
                for obj in OBJECT_SUFFIX:
                    if obj in ("نا", "ني") and any(p in GEMINATE for p in t.past):
                        continue  # أحتجنا = احتجنا (we needed)
                    if suf in ("وا", "ن") and obj or suf == "و" and not obj:
                        continue
                    yield pre + pres + suf + obj, (snum if snum == "p" else num), bool(obj)
    for form in t.forms:
        yield form, "s", False


def _noun_forms(t: Trigger):
    for noun in t.nouns:
        yield noun, False, False
        yield "ال" + noun, False, True
        base = noun[:-1] + "ت" if noun.endswith("ة") else noun
        if noun.endswith("ا") and not noun.endswith("اا"):  # accusative tanwin: هجوما
            continue
        for suf in NOUN_SUFFIX:
            yield base + suf, True, False


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[Form, ...]]:
    """Normalised surface form -> the trigger readings it has."""
    out: dict[str, list[Form]] = {}
    for t in TRIGGERS:
        for form, num, suf in _verb_forms(t):
            out.setdefault(normalize(form), []).append(Form(t, "verb", num, suf))
        for form, suf, definite in _noun_forms(t):
            out.setdefault(normalize(form), []).append(Form(t, "noun", "", suf, definite))
    return {k: tuple(v) for k, v in out.items()}


def strip_proclitics(key: str):
    """(proclitic letters, rest) readings of a normalised token, fewest stripped letters first."""
    for pro in PROCLITICS:
        if pro and not key.startswith(pro):
            continue
        rest = key[len(pro):]
        if len(rest) < 2:
            continue
        yield pro, rest
        if pro.endswith("ل") and rest.startswith("ل"):  # لل = ل + ال
            yield pro, "ا" + rest


def match(token_text: str) -> tuple[str, tuple[Form, ...]] | None:
    """The proclitics and trigger readings of one surface token, or None."""
    idx = index()
    key = normalize(token_text)
    # a final ta marbuta is never a verb's object suffix: صادرة (issued) is not صادره (he confiscated it)
    bare = "".join(ch for ch in token_text if normalize(ch))
    ta_marbuta = bare.endswith("ة")
    for pro, rest in strip_proclitics(key):
        forms = idx.get(rest)
        if forms and ta_marbuta:
            forms = tuple(f for f in forms if f.pos == "noun" or f.trigger.participle)
        if forms:
            # a preposition proclitic (ب ل ك) only sits on a noun
            if any(c in pro for c in "بلك"):
                forms = tuple(f for f in forms if f.pos == "noun")
                if not forms:
                    continue
            if "س" in pro:
                forms = tuple(f for f in forms if f.pos == "verb")
                if not forms:
                    continue
            return pro, forms
    return None


def follows(word: str, needs: tuple[str, ...]) -> bool:
    """True when ``word`` (a surface token) is one of ``needs``, clitics and the article allowed (العملية)."""
    key = normalize(word)
    wanted = _wanted(needs)
    return any(rest in wanted or (rest.startswith("ال") and rest[2:] in wanted) for _, rest in strip_proclitics(key)) \
        or key in wanted


@lru_cache(maxsize=512)
def _wanted(needs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(n) for n in needs)


def word_in(word: str, words: set[str] | frozenset[str]) -> bool:
    """True when the normalised ``word``, or it without a leading و/ف conjunction, is in ``words``."""
    key = normalize(word)
    return key in words or (len(key) > 2 and key[0] in "وف" and key[1:] in words)


@lru_cache(maxsize=1)
def _present_keys() -> frozenset[str]:
    keys = set()
    for t in TRIGGERS:
        for pres in t.present:
            for pre in PRESENT_PREFIX:
                for suf in PRESENT_SUFFIX:
                    keys.add(normalize(pre + pres + suf))
        keys |= {normalize(f) for f in t.forms if f[:1] in PRESENT_PREFIX}
    return frozenset(keys)


def is_present(token_text: str) -> bool:
    """True when the token (proclitics allowed) is a present-tense trigger verb (يمنح, تمنح, يطالبون)."""
    keys = _present_keys()
    return any(rest in keys for _, rest in strip_proclitics(normalize(token_text)))
