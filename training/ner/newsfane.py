"""NewsFANE Gold (Alotaibi & Lee 2014) -> extra ANERcorp-style NER training data, with no leak of ANERcorp test.

NewsFANE Gold is clitic-segmented and normalised ("و الصادرات", "ان ه", أإآ -> ا, often ى -> ي) and tagged with
45 fine-grained classes; ANERcorp, the corpus the model is evaluated on, has surface whitespace tokens with hamzas
and PER/ORG/LOC/MISC. The conversion (``read_newsfane``):

1. Clitics are re-joined into surface tokens by a small dynamic programme over each sentence: a group of up to
   4 consecutive tokens (at most one of them longer than a clitic) may become one word, and the segmentation with
   the highest unigram log-probability under folded word counts of Saudi news (tokenised like ANERcorp) wins; so
   "و الصادرات" -> "والصادرات", "ل الاتحاد" -> "للاتحاد" (ل + ال is written لل), "ان ه" -> "انه", while a
   standalone letter or pronoun stays apart when the counts say so.
2. Each word's surface spelling is restored through a folded form -> most frequent surface form map from the
   same news ("انه" -> "أنه", "علي" -> "على"); unknown words are kept as they are.
3. Tags: a re-joined word takes the tag of its content word; fine classes map to PER/ORG/LOC (``CLASS_MAP``),
   the others become "-" (label missing: neither O nor an entity for the learner). NewsFANE has no MISC, so an
   O word that ANERcorp's train part tags MISC at least half the time (>= 2 occurrences) becomes "-" too, with
   the following word when ANERcorp train continues the MISC over that bigram.
4. Leak control: a sentence is dropped if it shares any folded token 5-gram with the ANERcorp test part (5-grams
   of punctuation/digits only are ignored; 5-grams running across NewsFANE sentence ends count too, which catches
   fragments cut at a decimal point such as "وبعد فرز 97 .") or any 30-character run of its folded, space-free text (robust to a
   re-joining that differs from ANERcorp's tokens); also dropped when more than 30% of its 5-grams occur in the
   ANERcorp train part (the same text, once more, under other conventions).
5. Sentences longer than 300 tokens are cut, never inside an entity.

``write_docbin`` stores the result as spaCy Docs whose "-" tokens are missing (``token.ent_iob_ == ""``).

Run ``.venv/bin/python training/ner/newsfane.py [--data DIR] [--write]``: statistics, checks on the part of
NewsFANE that overlaps ANERcorp, examples; ``--write`` also writes ``training/work/ner/train_newsfane.spacy``.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import gzip
import math
import pickle
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # training/ner (build.py)

from marsad.entities.ner import fold  # noqa: E402
from marsad.evaluation import ner as ev  # noqa: E402

WORK = ROOT / "training" / "work" / "ner"
NEWS_CORPUS = WORK / "vectors_corpus.txt"
MAPS_CACHE = WORK / "newsfane_maps.pkl.gz"
NEWSFANE_FILE = "newsfane_gold/NewsFANE_Gold_2014_170K.clean.tsv"
MISSING = "-"
MAX_LEN = 300

Sentence = list  # list of (token, tag) pairs

# Fine-grained NewsFANE class -> ANERcorp type (or O); every class not listed becomes MISSING over its tokens.
# Checked against how ANERcorp train tags the same entity strings (``class_report``); changes from the plain
# PER/ORG/LOC reading of the class names:
# - Police -> PER: NewsFANE puts security officials (رامسفيلد, حالوتس, الياس المر) there, ANERcorp tags them PER.
# - Group -> O: nationalities/religious groups (العرب, المسلمين, الأكراد, السنة): ANERcorp tags them O (96%).
# - Government -> MISSING: generic bodies (الجيش الإسرائيلي, مجلس الوزراء, الحكومة السودانية) are O in ANERcorp
#   (95%), البيت الأبيض MISC, a few ministries ORG.
# - Land -> MISSING: it is the land-VEHICLE class (نيسان, فيراري, رينو): ORG/MISC/O in ANERcorp, never LOC.
# - Sports teams named by a country or city that NewsFANE also tags as a place (قطر, تايلاند) -> LOC, as ANERcorp.
CLASS_MAP: dict[str, str] = {
    **{c: "PER" for c in ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                          "Businessperson", "Lawyer", "Engineer", "Police")},
    **{c: "ORG" for c in ("Non-Governmental", "Sports", "Media", "Commercial", "Educational",
                          "Religious_ORG", "Entertainment", "Medical-Science")},
    **{c: "LOC" for c in ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent",
                          "Water-Body", "County-or-District", "Land-Region-Natural", "Celestial")},
    "Group": "O",
}
PLACE_CLASSES = frozenset(c for c, t in CLASS_MAP.items() if t == "LOC")

PROCLITICS = ("و", "ف", "ب", "ل", "ك")
# Pieces that may be glued to the word after them (proclitics, an alef split off by mistake) and pieces that may be glued to the word before them (pronoun suffixes and verb endings as NewsFANE
# splits them off). A group is PREFIX* CORE? SUFFIX* with at least one piece of two letters or more.
PREFIXES = frozenset(PROCLITICS) | {"ا"}
SUFFIXES = frozenset("ه ها هم هما هن نا كم كما كن ي ك ني ت ن ا تم تما تن وا".split())
MAX_GROUP = 4
_ARABIC = re.compile(r"[\u0621-\u064A]")
_WORDLIKE = re.compile(r"\w")


# --- news counts ------------------------------------------------------------------------------------------------

@dataclass
class NewsMaps:
    """Folded word counts and folded form -> most frequent surface form, from Saudi news."""

    counts: dict[str, int]
    surface: dict[str, str]
    total: int = 0

    def logp(self, folded: str) -> float:
        return math.log((self.counts.get(folded, 0) + 0.1) / self.total)


def build_maps(corpus: Path = NEWS_CORPUS, cache: Path = MAPS_CACHE) -> NewsMaps:
    """Count the news corpus (one paragraph a line, whitespace tokens), cached in ``cache``."""
    if cache.is_file() and cache.stat().st_mtime >= corpus.stat().st_mtime:
        with gzip.open(cache, "rb") as fh:
            return NewsMaps(**pickle.load(fh))
    surf: collections.Counter[str] = collections.Counter()
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            surf.update(line.split())
    counts: collections.Counter[str] = collections.Counter()
    best: dict[str, tuple[int, str]] = {}
    for w, n in surf.items():
        f = fold(w)
        counts[f] += n
        if _ARABIC.search(w) and (f not in best or n > best[f][0]):
            best[f] = (n, w)
    maps = NewsMaps(dict(counts), {f: w for f, (_, w) in best.items()}, sum(counts.values()))
    cache.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(cache, "wb") as fh:
        pickle.dump({"counts": maps.counts, "surface": maps.surface, "total": maps.total}, fh,
                    protocol=pickle.HIGHEST_PROTOCOL)
    return maps


# --- reading and re-joining ---------------------------------------------------------------------------------------

def read_raw(path: Path) -> list[Sentence]:
    """NewsFANE TSV -> sentences of (token, fine tag)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, _, tag = line.partition("\t")
        cur.append((tok.strip(), tag.strip() or "O"))
    if cur:
        sents.append(cur)
    return sents


def _join(pieces: list[str]) -> str:
    """Concatenate segmented pieces as written: ل + ال... -> لل..., ة + suffix -> ت + suffix."""
    out = ""
    for p in pieces:
        if out.endswith("ل") and p.startswith("ال") and len(p) > 2 and all(c in PROCLITICS for c in out):
            p = p[1:]
        if out.endswith("ة") and p in SUFFIXES:
            out = out[:-1] + "ت"
        elif out.endswith("ى") and p in SUFFIXES and len(out) > 1:
            out = out[:-1] + "ا"
        out += p
    return out


def _spelling(word: str, maps: NewsMaps) -> str:
    """Repair article forms the segmenter left unsegmented ("لالاتحاد", "الالبنانية") when the news agrees."""
    f = fold(word)
    cands = []
    m = re.match(r"^([وف]?[بك]?)لال(..+)$", f)
    if m:
        cands.append((m.group(1) + "لل" + m.group(2), len(m.group(1)), 3, "لل"))
    m = re.match(r"^([وفبكل]*)الال(..+)$", f)
    if m:
        cands.append((m.group(1) + "ال" + m.group(2), len(m.group(1)), 4, "ال"))
    for alt, i, k, rep in cands:
        if maps.counts.get(alt, 0) > max(2, maps.counts.get(f, 0)):
            return word[:i] + rep + word[i + k:]
    return word


def _group_ok(toks: list[str], tags: list[str]) -> bool:
    if not all(_ARABIC.search(t) for t in toks) or all(len(t) < 2 for t in toks):
        return False
    i = 0
    while i < len(toks) - 1 and toks[i] in PREFIXES:
        i += 1
    if toks[i] not in SUFFIXES:
        i += 1  # the core
    if not all(t in SUFFIXES for t in toks[i:]):
        return False
    ent = [t for t in tags if t != "O"]  # one entity at most, and only its first piece may begin it
    return len(ent) <= 1 or (len({t[2:] for t in ent}) == 1 and all(t.startswith("I-") for t in ent[1:]))


def rejoin(sent: Sentence, maps: NewsMaps) -> list[tuple[str, str, list[str]]]:
    """Segmented sentence -> [(word, fine tag of its content piece, pieces)], best segmentation by the counts."""
    toks = [w for w, _ in sent]
    tags = [t for _, t in sent]
    n = len(toks)
    best = [0.0] + [-math.inf] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for k in range(1, min(MAX_GROUP, j) + 1):
            i = j - k
            if best[i] == -math.inf:
                continue
            if k == 1:
                score = maps.logp(fold(toks[i])) if _WORDLIKE.search(toks[i]) else 0.0
            else:
                if not _group_ok(toks[i:j], tags[i:j]):
                    continue
                joined = fold(_spelling(_join(toks[i:j]), maps))
                if joined not in maps.counts and toks[j - 1] in SUFFIXES:
                    p = i
                    while p < j - 1 and toks[p] in PROCLITICS:
                        p += 1
                    if p == i or fold(_join(toks[p:j])) not in maps.counts:
                        continue  # a pronoun is glued on only when the news knows the result
                score = maps.logp(joined)
            if best[i] + score > best[j]:
                best[j], back[j] = best[i] + score, i
    out = []
    j = n
    while j > 0:
        i = back[j]
        pieces = toks[i:j]
        word = _spelling(_join(pieces), maps) if len(pieces) > 1 else _spelling(pieces[0], maps)
        gtags = tags[i:j]
        ent = [t for t in gtags if t != "O"]
        if ent:
            tag = ent[0]
        else:
            tag = "O"
        out.append((word, tag, pieces))
        j = i
    return out[::-1]


def restore(word: str, maps: NewsMaps) -> str:
    """Surface spelling of a (normalised) Arabic word: the news's most frequent form of its fold, else itself."""
    if word == "ء":
        return "'"  # NewsFANE has a lone hamza where the text had an apostrophe/quote
    if not _ARABIC.search(word):
        return word
    return maps.surface.get(fold(word), word)


# --- tags -------------------------------------------------------------------------------------------------------------

def map_tag(fine: str) -> str:
    """B-/I-<fine class> -> B-/I-PER/ORG/LOC, O, or MISSING."""
    if fine == "O" or "-" not in fine:
        return "O"
    prefix, _, cls = fine.partition("-")
    typ = CLASS_MAP.get(cls)
    if typ == "O":
        return "O"
    return f"{prefix}-{typ}" if typ else MISSING


def entity_spans(fine_tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, fine class) of the B-/I- chunks in a tag sequence."""
    spans: list[tuple[int, int, str]] = []
    start, cls = None, ""
    for i, t in enumerate(fine_tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == cls):
            spans.append((start, i, cls))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, cls = i, t[2:]
    return spans


def sports_places(fine_tags: list[str], folded: list[str], places: set[str]) -> list[str]:
    """Sports-team chunks whose words NewsFANE elsewhere tags as a place are re-tagged as that place (Nation)."""
    out = list(fine_tags)
    for a, b, cls in entity_spans(fine_tags):
        if cls == "Sports" and " ".join(folded[a:b]) in places:
            out[a:b] = ["B-Nation"] + ["I-Nation"] * (b - a - 1)
    return out


def fix_iob2(tags: list[str]) -> list[str]:
    """IOB2 repair that treats MISSING as a boundary (an I- after it or after O becomes B-)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev in ("O", MISSING) or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


@dataclass
class MiscLexicon:
    """Folded words (and word pairs) that ANERcorp train tags MISC at least half the time."""

    words: set[str] = field(default_factory=set)
    pairs: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def from_anercorp(cls, train: list[Sentence], min_count: int = 2, ratio: float = 0.5) -> "MiscLexicon":
        tot, misc = collections.Counter(), collections.Counter()
        ptot, pmisc = collections.Counter(), collections.Counter()
        for s in train:
            tags = ev.to_iob2([t for _, t in s])
            fs = [fold(w) for w, _ in s]
            for i, (f, t) in enumerate(zip(fs, tags)):
                tot[f] += 1
                misc[f] += t.endswith("MISC")
                if i:
                    ptot[fs[i - 1], f] += 1
                    pmisc[fs[i - 1], f] += t == "I-MISC" and tags[i - 1].endswith("MISC")
        return cls({f for f, n in tot.items() if n >= min_count and _ARABIC.search(f) and misc[f] >= ratio * n},
                   {p for p, n in ptot.items() if n >= min_count and pmisc[p] >= ratio * n})

    def apply(self, words: list[str], tags: list[str]) -> list[str]:
        fs = [fold(w) for w in words]
        out = list(tags)
        for i, f in enumerate(fs):
            if tags[i] == "O" and f in self.words:
                out[i] = MISSING
                j = i + 1
                while j < len(fs) and tags[j] == "O" and (fs[j - 1], fs[j]) in self.pairs:
                    out[j] = MISSING
                    j += 1
        return out


# --- leak control -----------------------------------------------------------------------------------------------------

def _content(gram: tuple[str, ...]) -> bool:
    return any(_ARABIC.search(g) or re.search(r"[A-Za-z]", g) for g in gram)


def ngrams(folded: list[str], n: int = 5) -> list[tuple[str, ...]]:
    return [g for g in zip(*(folded[i:] for i in range(n))) if _content(g)]


def char_grams(folded: list[str], n: int = 30) -> set[str]:
    text = "".join(w for w in folded if _ARABIC.search(w) or re.search(r"[A-Za-z]", w))
    return {text[i:i + n] for i in range(len(text) - n + 1)}


@dataclass
class LeakFilter:
    test5: set
    testchars: set
    train5: set

    @classmethod
    def from_anercorp(cls, train: list[Sentence], test: list[Sentence]) -> "LeakFilter":
        def stream(sents):  # n-grams across sentence ends too (more conservative)
            return [fold(w) for s in sents for w, _ in s]
        ts = stream(test)
        return cls(set(ngrams(ts)), char_grams(ts), set(ngrams(stream(train))))

    def across(self, sentences: list[list[str]]) -> set[int]:
        """Indices of sentences touched by a test 5-gram that runs across sentence ends (short fragments)."""
        stream = [(k, f) for k, fs in enumerate(sentences) for f in fs]
        hits: set[int] = set()
        for i in range(len(stream) - 4):
            g = tuple(f for _, f in stream[i:i + 5])
            if _content(g) and g in self.test5:
                hits.update(k for k, _ in stream[i:i + 5])
        return hits

    def train_share(self, grams: list[tuple[str, ...]]) -> float:
        return sum(g in self.train5 for g in grams) / len(grams) if grams else 0.0

    def verdict(self, folded: list[str], max_train_share: float = 0.3) -> str:
        grams = ngrams(folded)
        if any(g in self.test5 for g in grams):
            return "test_5gram"
        if char_grams(folded) & self.testchars:
            return "test_chars"
        if grams and self.train_share(grams) > max_train_share:
            return "train_dup"
        return "keep"


def chop(sent: Sentence, max_len: int = MAX_LEN) -> list[Sentence]:
    """Cut a long sentence into pieces of at most ``max_len`` tokens, never inside an entity (build.py's rule)."""
    from build import _chop  # training/ner/build.py

    return _chop([sent], max_len)


# --- the whole conversion ----------------------------------------------------------------------------------------

@dataclass
class Converted:
    """One NewsFANE sentence after conversion, with what it came from and why it was kept or dropped."""

    raw: Sentence
    words: list[str]
    joined: list[str]  # re-joined, before spelling restoration
    folded_join: list[str]  # re-joined, before spelling restoration, folded
    tags: list[str]
    verdict: str


def convert(data: Path, aner_train: list[Sentence], aner_test: list[Sentence],
            maps: NewsMaps | None = None) -> list[Converted]:
    """Every NewsFANE sentence converted, each with its leak-control verdict (see ``read_newsfane``)."""
    maps = maps or build_maps()
    misc = MiscLexicon.from_anercorp(aner_train)
    leak = LeakFilter.from_anercorp(aner_train, aner_test)
    rejoined = [(raw, rejoin(raw, maps)) for raw in read_raw(data / NEWSFANE_FILE)]
    places = set()
    for _, groups in rejoined:
        folded = [fold(w) for w, _, _ in groups]
        places.update(" ".join(folded[a:b]) for a, b, cls in entity_spans([t for _, t, _ in groups])
                      if cls in PLACE_CLASSES)
    out = []
    for raw, groups in rejoined:
        joined = [w for w, _, _ in groups]
        words = [restore(w, maps) for w in joined]
        folded = [fold(w) for w in joined]
        fine = sports_places([t for _, t, _ in groups], folded, places)
        tags = fix_iob2(misc.apply(words, [map_tag(t) for t in fine]))
        out.append(Converted(raw, words, joined, folded, tags, leak.verdict(folded)))
    for k in leak.across([c.folded_join for c in out]):
        if out[k].verdict in ("keep", "train_dup"):
            out[k].verdict = "test_across"
    return out


def read_newsfane(data: Path, aner_train: list[Sentence], aner_test: list[Sentence],
                  maps: NewsMaps | None = None) -> list[Sentence]:
    """NewsFANE Gold as ANERcorp-style training sentences of (surface token, tag).

    ``data`` is the shared data folder (holding ``newsfane_gold/``); ``aner_train`` and ``aner_test`` are the
    ANERcorp parts from ``marsad.evaluation.ner.read_anercorp`` (train: MISC lexicon and duplicate check; test:
    leak control only). Tags are IOB2 over PER/ORG/LOC (NewsFANE has no MISC) or ``MISSING`` ("-") for tokens
    whose label is unknown. Sentences that share text with the ANERcorp test part are left out; none is longer
    than 300 tokens.
    """
    kept = [c for c in convert(data, aner_train, aner_test, maps) if c.verdict == "keep"]
    return [piece for c in kept for piece in chop(list(zip(c.words, c.tags)))]


def write_docbin(sentences: list[Sentence], path: Path) -> None:
    """spaCy DocBin: entities from the B-/I- tags, MISSING tokens missing (ent_iob_ ""), all others O."""
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    nlp = spacy.blank("ar")
    db = DocBin(store_user_data=False)
    for s in sentences:
        words = [w for w, _ in s]
        doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        ents, missing = [], []
        start, label = None, ""
        for i, (_, t) in enumerate(s + [("", "O")]):
            if start is not None and not t.startswith("I-"):
                ents.append(Span(doc, start, i, label=label))
                start = None
            if t.startswith("B-"):
                start, label = i, t[2:]
            elif t == MISSING:
                missing.append(Span(doc, i, i + 1))
        doc.set_ents(ents, missing=missing, default="outside")
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


# --- checks and statistics -------------------------------------------------------------------------------------------

def overlap_check(conv: list[Converted], aner: list[Sentence], min_share: float = 0.8) -> dict:
    """Align the NewsFANE sentences that are (mostly) ANERcorp text with it and score the re-joining/spelling.

    ``aner`` is ANERcorp as one list of sentences (train + test: only tokens are compared, nothing is learnt).
    Returns counts: NewsFANE re-joined tokens in aligned sentences, how many equal ANERcorp's token once folded
    (``fold_equal``), and among those how many restored spellings equal ANERcorp's exactly (``exact``).
    """
    stream = [w for s in aner for w, _ in s]
    fstream = [fold(w) for w in stream]
    index: dict[tuple[str, ...], int] = {}
    for i, g in enumerate(zip(*(fstream[k:] for k in range(5)))):
        index.setdefault(g, i)
    res = collections.Counter()
    errors: collections.Counter[tuple[str, str]] = collections.Counter()
    spell: collections.Counter[tuple[str, str]] = collections.Counter()
    for c in conv:
        f = c.folded_join
        grams = list(zip(*(f[k:] for k in range(5))))
        hits = [(k, index[g]) for k, g in enumerate(grams) if g in index and _content(g)]
        if not grams or len(hits) < min_share * len(grams):
            continue
        k, pos = hits[0]
        lo, hi = max(0, pos - k - 10), min(len(stream), pos - k + len(f) + 10)
        sm = difflib.SequenceMatcher(None, f, fstream[lo:hi], autojunk=False)
        res["sentences"] += 1
        res["tokens"] += len(f)
        matched = set()
        for a, b, size in sm.get_matching_blocks():
            for d in range(size):
                matched.add(a + d)
                res["fold_equal"] += 1
                if c.tags[a + d] != "O":
                    res["ent_fold_equal"] += 1
                    res["ent_exact"] += c.words[a + d] == stream[lo + b + d]
                    res["ent_unrestored_exact"] += c.joined[a + d] == stream[lo + b + d]
                if c.words[a + d] == stream[lo + b + d]:
                    res["exact"] += 1
                else:
                    spell[c.words[a + d], stream[lo + b + d]] += 1
        for op, a1, a2, b1, b2 in sm.get_opcodes():
            if op != "equal":
                errors[" ".join(f[a1:a2]), " ".join(fstream[lo + b1:lo + b2])] += 1
    res["_errors"] = errors
    res["_spell"] = spell
    return res


def class_report(raw: list[Sentence], aner_train: list[Sentence], maps: NewsMaps) -> list[str]:
    """For each fine class: how ANERcorp train tags the same entity strings (re-joined, folded) where they occur.

    Each NewsFANE entity occurrence whose word sequence occurs in ANERcorp train counts the ANERcorp tags of its
    first word there (a type, or O when ANERcorp does not tag it).
    """
    aner_f: list[str] = []
    aner_t: list[str] = []
    for s in aner_train:
        aner_f += [fold(w) for w, _ in s]
        aner_t += ev.to_iob2([t for _, t in s])
    first: dict[str, list[int]] = collections.defaultdict(list)
    for i, f in enumerate(aner_f):
        first[f].append(i)
    per_class: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, dict[str, collections.Counter]] = collections.defaultdict(
        lambda: collections.defaultdict(collections.Counter))
    for s in raw:
        groups = rejoin(s, maps)
        ents, cur = [], None
        for w, t, _ in groups + [("", "O", [])]:
            if cur and not t.startswith("I-"):
                ents.append(cur)
                cur = None
            if t.startswith("B-"):
                cur = (t[2:], [fold(w)])
            elif t.startswith("I-") and cur:
                cur[1].append(fold(w))
        for cls, words in ents:
            n = len(words)
            for i in first.get(words[0], []):
                if aner_f[i:i + n] == words:
                    typ = aner_t[i][2:] if aner_t[i] != "O" else "O"
                    per_class[cls][typ] += 1
                    examples[cls][" ".join(words)][typ] += 1
    lines = []
    for cls, c in sorted(per_class.items(), key=lambda kv: -sum(kv[1].values())):
        tot = sum(c.values())
        dist = " ".join(f"{t}:{n / tot:.0%}" for t, n in c.most_common(4))
        top = sorted(examples[cls].items(), key=lambda kv: -sum(kv[1].values()))[:5]
        ex = "; ".join(f"{w} {max(cc, key=cc.get)}" for w, cc in top)
        lines.append(f"{cls:22s} -> {CLASS_MAP.get(cls, MISSING):4s} ANERcorp ({tot}): {dist}   e.g. {ex}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ev.default_data_dir() or ROOT.parent / "shared" / "data")
    ap.add_argument("--write", action="store_true", help="write training/work/ner/train_newsfane.spacy")
    ap.add_argument("--examples", type=int, default=10)
    args = ap.parse_args(argv)

    aner_train, aner_test = ev.read_anercorp(args.data / "anercorp" / "ANERCorp.txt")
    maps = build_maps()
    conv = convert(args.data, aner_train, aner_test, maps)
    verdicts = collections.Counter(c.verdict for c in conv)
    print(f"NewsFANE sentences: {len(conv)}; verdicts: {dict(verdicts)}")
    print(f"raw tokens {sum(len(c.raw) for c in conv)} -> re-joined tokens {sum(len(c.words) for c in conv)}")

    chk = overlap_check(conv, aner_train + aner_test)
    errors, spell = chk.pop("_errors"), chk.pop("_spell")
    print(f"\nANERcorp-overlap check: {chk['sentences']} sentences, {chk['tokens']} re-joined tokens; "
          f"equal to ANERcorp after folding {chk['fold_equal'] / chk['tokens']:.2%}; "
          f"restored spelling exactly equal {chk['exact'] / chk['fold_equal']:.2%} of those "
          f"({chk['exact'] / chk['tokens']:.2%} of all); entity tokens: restored exact "
          f"{chk['ent_exact'] / chk['ent_fold_equal']:.2%}, unrestored exact "
          f"{chk['ent_unrestored_exact'] / chk['ent_fold_equal']:.2%} of {chk['ent_fold_equal']}")
    print("  most frequent differences (NewsFANE re-joined | ANERcorp), folded:")
    for (a, b), n in errors.most_common(15):
        print(f"    {n:4d}  {a} | {b}")
    print("  most frequent spelling differences (restored | ANERcorp):")
    for (a, b), n in spell.most_common(12):
        print(f"    {n:4d}  {a} | {b}")

    print("\nFine classes vs ANERcorp train tags of the same words:")
    for line in class_report([c.raw for c in conv], aner_train, maps):
        print("  " + line)

    sents = read_newsfane(args.data, aner_train, aner_test, maps)
    tags = [t for s in sents for _, t in s]
    ents = collections.Counter(t[2:] for t in tags if t.startswith("B-"))
    print(f"\nKept: {len(sents)} sentences (after cutting at {MAX_LEN}), {len(tags)} tokens, "
          f"entities {dict(ents)}, missing tokens {tags.count(MISSING)}")

    leak = LeakFilter.from_anercorp(aner_train, aner_test)
    hist = collections.Counter()
    for c in conv:
        if not c.verdict.startswith("test"):
            hist[min(9, int(leak.train_share(ngrams(c.folded_join)) * 10))] += 1
    print("share of 5-grams found in ANERcorp train, sentences without test overlap (decile: count): "
          + " ".join(f"{k / 10:.1f}:{hist[k]}" for k in range(10)))

    aner_all = {g for s in aner_train + aner_test
                for g in zip(*([fold(w) for w, _ in s][k:] for k in range(5)))}
    novel = 0
    for c in conv:
        covered = [False] * len(c.folded_join)
        for k, g in enumerate(zip(*(c.folded_join[i:] for i in range(5)))):
            if g in aner_all:
                covered[k:k + 5] = [True] * 5
        novel += covered.count(False)
    print(f"re-joined NewsFANE tokens covered by no 5-gram of ANERcorp (train or test): {novel}")

    kept = [c for c in conv if c.verdict == "keep"]
    rich = [c for c in kept if any(t != "O" for t in c.tags) and len(c.words) >= 6]
    step = max(1, len(rich) // max(1, args.examples))
    print("\nExamples (original segmented | converted):")
    for c in rich[::step][: args.examples]:
        print("  < " + " ".join(f"{w}/{t}" if t != "O" else w for w, t in c.raw))
        print("  > " + " ".join(f"{w}/{t}" if t != "O" else w for w, t in zip(c.words, c.tags)))
        print()

    if args.write:
        out = WORK / "train_newsfane.spacy"
        write_docbin(sents, out)
        import spacy
        from spacy.tokens import DocBin
        docs = list(DocBin().from_disk(out).get_docs(spacy.blank("ar").vocab))
        iob = collections.Counter(t.ent_iob_ for d in docs for t in d)
        labels = collections.Counter(e.label_ for d in docs for e in d.ents)
        print(f"wrote {out}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens; ent_iob_ {dict(iob)}; "
              f"entities {dict(labels)}")
        assert iob[""] == tags.count(MISSING) and dict(labels) == dict(ents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
