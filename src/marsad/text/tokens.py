"""Tokens: text -> surface Tokens (what spaces and punctuation delimit) with the clitic-split Words inside them.

A surface token ``وبالحكومة`` holds the words و (proclitic) + ب (proclitic) + ال (article) + حكومة (stem);
``للحكومة`` holds ل + ل (article: ل + ال contracts to لل) + حكومة; ``نشرتها`` holds نشرت (stem) + ها (suffix).
Offsets are into the text exactly as given; the words of a token tile it: their texts concatenated equal the
token text (harakat and tatweel stay with the letter they follow).

Whether a token is split is decided by a word-frequency lexicon learned from 8.6 M words of Saudi news
(``marsad/data/wordfreq.tsv.gz``, built by ``training/segmentation/build_wordfreq.py``): a clitic is split off
when the clitic reading (the clitic's prior rate times the frequency of the remainder) explains a fair share of the
whole token's frequency. ``بكين``, ``لندن``, ``كندا`` stay whole because ``كين``, ``ندن``, ``ندا`` are rare next to
them; ``وقال`` splits because ``قال`` is frequent. Function words are listed in ``marsad.data.clitics``.
"""

from __future__ import annotations

import gc
import gzip
import re
from functools import lru_cache
from importlib import resources

from marsad.data import clitics as C
from marsad.errors import InputError, ModelError
from marsad.types import Token, Word

# --- character classes ------------------------------------------------------------------------------------------
_AR_LETTERS = "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff" \
              "\ufb50-\ufdff\ufe70-\ufefc"
_AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"  # harakat, Quranic marks, tatweel
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_CONTROLS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"

# One pass over the text; the group that matched says what the token is.
_TOKEN_RE = re.compile(
    rf"([{_AR_LETTERS}][{_AR_LETTERS}{_AR_MARKS}]*(?:[\u200c\u200d]+[{_AR_LETTERS}{_AR_MARKS}]+)*)"  # 1 Arabic word
    rf"|([{_DIGITS}]+(?:[.,\u066b\u066c:/][{_DIGITS}]+)*)"  # 2 number: 3.5  10.08.2015  1,000  ٣٫٥  10:30
    r"|((?:[A-Za-z]\.){2,}|[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*(?:['’\-][A-Za-z\u00c0-\u024f0-9]+)*)"  # 3
    r"|(\.{2,}|…|[!?؟]{2,})"  # 4 ellipsis and repeated stops
    rf"|([^\W\d_{_AR_LETTERS}]+)"  # 5 letters of other scripts
    rf"|([^\s{_CONTROLS}])"  # 6 any other character: punctuation, symbols, stray marks
)
_KIND_BY_GROUP = {1: "stem", 2: "number", 3: "latin", 4: "punct", 5: "stem", 6: "punct"}

# lexicon key: drop harakat, Quranic marks, tatweel and joiners; letters are kept as spelled (hamza, ى, ة).
_KEY_TABLE = str.maketrans({**{chr(c): None for c in range(0x0610, 0x061B)},
                            **{chr(c): None for c in range(0x064B, 0x0660)},
                            **{chr(c): None for c in range(0x06D6, 0x06EE)},
                            "\u0670": None, "\u0640": None, "\u200c": None, "\u200d": None,
                            "\u06a9": "ك", "\u06cc": "ي"})  # Persian keheh and yeh typed for ك and ي


def lexkey(word: str) -> str:
    """The lexicon key of an Arabic word: the word without harakat, tatweel and joiners (spelling kept)."""
    return word.translate(_KEY_TABLE)


# --- lexicon -----------------------------------------------------------------------------------------------------
class Lexicon:
    """Word frequencies (lexicon keys -> counts) and the clitic priors estimated from them."""

    def __init__(self, counts: dict[str, int], total: int):
        self.counts = counts
        self.total = max(total, 1)
        self.prior = self._estimate_priors()

    @classmethod
    def load(cls) -> "Lexicon":
        try:
            raw = resources.files("marsad.data").joinpath("wordfreq.tsv.gz").read_bytes()
            lines = gzip.decompress(raw).decode("utf-8").splitlines()
        except (FileNotFoundError, OSError, EOFError, UnicodeDecodeError) as exc:
            raise ModelError(f"word-frequency lexicon marsad/data/wordfreq.tsv.gz unreadable: {exc}",
                             "rebuild it: python training/segmentation/build_wordfreq.py") from None
        counts: dict[str, int] = {}
        total = 0
        for line in lines:
            if not line or line.startswith("#"):
                continue
            w, _, c = line.partition("\t")
            if w == "__TOTAL__":
                total = int(c)
            else:
                counts[w] = int(c)
        return cls(counts, total or sum(counts.values()))

    def freq(self, key: str) -> int:
        return self.counts.get(key, 0)

    def _estimate_priors(self) -> dict[str, float]:
        """How often a clitic attaches to a word: sum F(c+w) / sum F(w) over the frequent words w that take it.

        Words where c+w is more frequent than w itself are left out (they are mostly words of their own, كان).
        """
        frequent = [(w, c) for w, c in sorted(self.counts.items(), key=lambda x: -x[1])[:3000] if len(w) >= 2]
        prior: dict[str, float] = {}
        for clitic in C.CONJUNCTIONS + C.PREPOSITIONS + (C.FUTURE,):
            num = den = 0
            for w, c in frequent:
                if clitic == C.FUTURE and w[0] not in C.IMPERFECT_PREFIXES:
                    continue
                f = self.counts.get(clitic + w, 0)
                if f <= c:
                    num += f
                    den += c
            prior[clitic] = max(num / den, 1e-4) if den else 1e-3
        # ل + ال (written لل) is estimated on definite words
        num = den = 0
        for w, c in frequent:
            if w.startswith("ال") and len(w) >= 4:
                f = self.counts.get("ل" + w[1:], 0)
                if f <= c:
                    num += f
                    den += c
        prior["لل"] = max(num / den, prior["ل"]) if den else prior["ل"]
        for suffix in C.PRONOUN_SUFFIXES:
            num = den = 0
            for w, c in frequent:
                f = self.counts.get(w + suffix, 0)
                if f <= c:
                    num += f
                    den += c
            prior[suffix] = max(num / den, 1e-4) if den else 1e-3
        return prior


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon.load()
    return _LEXICON


# --- segmentation of one Arabic word (in lexicon-key space) -----------------------------------------------------
# A clitic c is split from a token x = c + r when x is at most K times as frequent as its clitic reading
# prior(c) * G(r) (G: the frequency of r, or of its own best clitic analysis). Words of their own (بكين, كندا)
# are hundreds of times more frequent than that; clitic + word tokens (وقال, بالرياض) a few times at most.
# Suffixes attach to nouns far more often than the average word, hence the larger K.
K_PREFIX = 100.0
K_CONJ_WA = 400.0  # و attaches to almost any word, and news formulae (وأضاف) are far more frequent than the bare word
K_SUFFIX = 2000.0
MIN_CORE = 3  # a remainder must be seen at least this often
MIN_BASE_SUFFIX = 10  # a word must be seen this often to carry a split-off suffix
MIN_BASE_SUFFIX_UNKNOWN = 3  # ... or this often when the suffixed token itself is unknown (تبعتها)
MIN_EXPECTED_UNKNOWN = 0.5  # unknown token: split when its clitic reading would be expected this often
MIN_UNKNOWN_CONJ_REST = 4  # unknown token و + a rest of at least this many letters: split the و
ARTICLE_SHARE = 0.05  # a token seen with ال at least this share of its own frequency is a word of its own


class Segmenter:
    """Splits lexicon keys into (length, kind) pieces. A pure function of the key, cached."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.segment = lru_cache(maxsize=200_000)(self._segment)

    def _base_freq(self, base: str) -> int:
        """Frequency of a stem seen before a suffix, undoing the spelling change (حكومت -> حكومة)."""
        F = self.lex.freq
        f = F(base)
        for alt in C.STEM_FINAL_BEFORE_SUFFIX.get(base[-1], ()):
            f = max(f, F(base[:-1] + alt))
        return f

    def _host_split(self, x: str) -> tuple[tuple[int, str], ...]:
        """A free word that carries pronouns + its pronoun (عليه، إنني، كلها), or ``()``."""
        for s in C.PRONOUN_SUFFIXES + C.HOST_ONLY_SUFFIXES:
            if x.endswith(s):
                host = x[: -len(s)]
                if host in C.SUFFIX_HOSTS and (s in C.PRONOUN_SUFFIXES or s in ("كم", "كما", "كن")
                                               or host in C.FIRST_SECOND_PERSON_HOSTS):
                    return ((len(host), "stem"), (len(s), "suffix"))
        return ()

    def _best_suffix(self, x: str) -> tuple[float, str]:
        """The best suffix analysis of ``x``: (expected count of the suffixed reading, suffix)."""
        best, best_s = 0.0, ""
        if x in C.UNSPLIT:
            return best, best_s
        for s in C.PRONOUN_SUFFIXES:
            if len(x) - len(s) >= 2 and x.endswith(s):
                base = x[: -len(s)]
                f = self._base_freq(base)
                if s == "نا" and not self._noun_like(base):
                    continue  # نا after a past verb is its subject (انطلقنا), not split
                if f >= MIN_BASE_SUFFIX or (f >= MIN_BASE_SUFFIX_UNKNOWN and self.lex.freq(x) < MIN_CORE):
                    e = self.lex.prior[s] * f
                    if e > best:
                        best, best_s = e, s
        return best, best_s

    def _rest_value(self, rest: str, level: int) -> float:
        """G(rest): its frequency or that of its best clitic reading (level 1: a preposition may still come)."""
        v = float(self.lex.freq(rest))
        if level <= 1 and len(rest) > 2:
            p = rest[0]
            if p in C.PREPOSITIONS or (p == C.FUTURE and rest[1] in C.IMPERFECT_PREFIXES):
                v = max(v, self.lex.prior[p] * self._after_prep(p, rest[1:]))
        if not rest.startswith("ال"):
            v = max(v, self._best_suffix(rest)[0])
        return v

    def _after_prep(self, p: str, r: str) -> float:
        F = self.lex.freq
        if p == "ل" and r.startswith("ل"):  # ل + ال contracts: للحكومة, للجنة
            return float(max(F("ا" + r), F("ال" + r), F(r))) * self.lex.prior["لل"] / self.lex.prior["ل"]
        return self._rest_value(r, 2)

    def _noun_like(self, base: str) -> bool:
        F = self.lex.freq
        forms = [base] + [base[:-1] + a for a in C.STEM_FINAL_BEFORE_SUFFIX.get(base[-1], ())]
        return any(F("ال" + f) >= max(MIN_CORE, 0.1 * F(f)) for f in forms)

    def _takes_article(self, x: str) -> bool:
        """Is ``x`` seen with the article (الوصف، الجنيه)? Then it is a word of its own, not clitic + word."""
        fa = self.lex.freq("ال" + x)
        return fa >= MIN_CORE and fa >= ARTICLE_SHARE * self.lex.freq(x)

    def _split_ok(self, x: str, clitic: str, value: float, rest: str) -> bool:
        """Is ``x`` = ``clitic`` + ``rest`` (clitic reading expected ``value`` times) a clitic token?"""
        fx = self.lex.freq(x)
        if self._best_suffix(x)[0] > value:
            return False  # وصفها: وصف + ها explains the token better than و + صفها
        if fx >= MIN_CORE:
            k = K_CONJ_WA if clitic == "و" else K_PREFIX
            return (value * k >= fx and value >= self.lex.prior[clitic] * MIN_CORE
                    and not self._takes_article(x))
        if value >= MIN_EXPECTED_UNKNOWN:
            return True
        # an unknown token: fall back on the shape of the rest
        known_rest = self.lex.freq(rest) >= MIN_CORE
        if rest.startswith("ال") and len(rest) >= 5:
            return True  # وال، فال، بال، كال + unknown noun
        if clitic == "و":  # ووينستون-like transliterations (و + و / ا) stay whole unless the rest is known
            return len(rest) >= MIN_UNKNOWN_CONJ_REST and (rest[0] not in "وا" or known_rest)
        if clitic == "ل":
            return len(rest) >= 4 or (known_rest and len(rest) >= 3)
        if clitic in ("ب", "ك"):  # بيونغ، بروس، بوست: B + vowel transliterations stay whole
            return rest[0] not in "يواآر" and (known_rest or (rest[0] == "م" and len(rest) >= 4))
        return clitic == C.FUTURE and known_rest

    def _segment(self, key: str) -> tuple[tuple[int, str], ...]:
        """Pieces of ``key`` as (length, kind), in order."""
        n = len(key)
        if n < 2 or key in C.UNSPLIT or key == C.ARTICLE:
            if n == 1 and key in C.CONJUNCTIONS + C.PREPOSITIONS:
                return ((1, "proclitic"),)  # لـ FT
            if key == C.ARTICLE:
                return ((n, "article"),)  # الـ 84
            return ((n, "stem"),)
        # closed class: (conjunction) + ل/ب/ك + pronoun  (له، ولها، بهم، لكم)
        for conj in ("",) + C.CONJUNCTIONS:
            if key.startswith(conj) and len(key) > len(conj) + 1:
                host, pron = key[len(conj)], key[len(conj) + 1:]
                if host in C.PREP_PRONOUN_HOSTS and pron in C.PREP_PRONOUNS:
                    out = ((1, "proclitic"),) if conj else ()
                    return out + ((1, "proclitic"), (len(pron), "suffix"))
        pieces: list[tuple[int, str]] = []
        x = key
        host = self._host_split(x)
        if host:
            return host
        # 1. conjunction
        if x[0] in C.CONJUNCTIONS and len(x) > 2 and x[1:] not in ("ي",):
            rest = x[1:]
            if rest in C.COMPOUND_PREPOSITIONS or self._split_ok(
                    x, x[0], self.lex.prior[x[0]] * self._rest_value(rest, 1), rest):
                pieces.append((1, "proclitic"))
                x = rest
        # 2. preposition or future particle
                host = self._host_split(x)
                if host:
                    return tuple(pieces) + host
        contracted = False
        if len(x) > 2 and x not in C.UNSPLIT and (
                x[0] in C.PREPOSITIONS or (x[0] == C.FUTURE and x[1] in C.IMPERFECT_PREFIXES)):
            p, r = x[0], x[1:]
            if x in C.COMPOUND_PREPOSITIONS or (r not in C.NOT_AFTER_PREPOSITION and self._split_ok(
                    x, p, self.lex.prior[p] * self._after_prep(p, r), r)):
                pieces.append((1, "proclitic"))
                x = r
                F = self.lex.freq
                if p == "ل" and r.startswith("ل") and len(r) > 2 and F("ا" + r) >= max(F("ال" + r), F(r)):
                    pieces.append((1, "article"))  # ل + ال -> لل: the article is the second ل
                    x = r[1:]
                    contracted = True
        if contracted or x in C.UNSPLIT:
            pieces.append((len(x), "stem"))
            return tuple(pieces)
        # 3. article (not split from function words: الذي، التي، الله are in UNSPLIT)
        if x.startswith("ال") and len(x) >= 4:
            pieces.append((2, "article"))
            pieces.append((len(x) - 2, "stem"))
            return tuple(pieces)
        # 4. pronoun suffix (never after the article): after a known host, or by the frequency test
        host = self._host_split(x)
        if host:
            return tuple(pieces) + host
        e, s = self._best_suffix(x)
        fx = self.lex.freq(x)
        if s and (e * K_SUFFIX >= fx or fx < MIN_CORE) and not self._takes_article(x):
            return tuple(pieces) + ((len(x) - len(s), "stem"), (len(s), "suffix"))
        pieces.append((len(x), "stem"))
        return tuple(pieces)


_SEGMENTER: Segmenter | None = None


def segmenter() -> Segmenter:
    global _SEGMENTER
    if _SEGMENTER is None:
        _SEGMENTER = Segmenter(lexicon())
    return _SEGMENTER


def segment_word(word: str) -> tuple[tuple[int, int, str], ...]:
    """Split one Arabic surface word into (start, end, kind) pieces relative to ``word``; they tile it exactly."""
    return _segment_surface(word)


@lru_cache(maxsize=300_000)
def _segment_surface(word: str) -> tuple[tuple[int, int, str], ...]:
    stripped = word.rstrip("\u0640")
    if len(stripped) < len(word) and len(lexkey(stripped)) >= 3:  # الأهمـ: trailing tatweel is its own mark
        return _segment_surface(stripped) + ((len(stripped), len(word), "punct"),)
    key = lexkey(word)
    if not key:
        return ((0, len(word), "stem"),)
    pieces = segmenter().segment(key)
    if len(pieces) == 1:
        return ((0, len(word), pieces[0][1]),)
    if len(key) == len(word):
        pos_of = range(len(word) + 1)
    else:  # key index -> surface index of that key character (dropped marks stay with the letter before them)
        pos_of = [i for i, ch in enumerate(word) if lexkey(ch)]
        pos_of.append(len(word))
    out = []
    k = 0
    for length, kind in pieces:
        s, e = pos_of[k], pos_of[k + length]
        if k == 0:
            s = 0
        out.append((s, e, kind))
        k += length
    return tuple(out)


# --- tokens ------------------------------------------------------------------------------------------------------
# The scanner: (skipped spaces and invisible marks)(one token), found by findall in C; offsets are summed lengths.
_SCAN_RE = re.compile(rf"([\s{_CONTROLS}]*)(" + re.sub(r"\((?!\?)", "(?:", _TOKEN_RE.pattern) + ")")
_CACHE_MAX = 500_000
_ANALYSES: dict[str, object] = {}


def _analyze(tok: str):
    """How ``tok`` splits: the kind of its single word (a str), or a tuple of (start, end, text, kind) pieces."""
    m = _TOKEN_RE.fullmatch(tok)
    group = m.lastindex if m else 6
    if group == 1:
        pieces = _segment_surface(tok)
        info = pieces[0][2] if len(pieces) == 1 else tuple((s, e, tok[s:e], k) for s, e, k in pieces)
    else:
        info = _KIND_BY_GROUP[group]
    if len(_ANALYSES) >= _CACHE_MAX:
        _ANALYSES.clear()
    _ANALYSES[tok] = info
    return info


def tokenize(text: str) -> list[Token]:
    """Surface tokens of ``text`` with their words; every offset is into ``text`` as given."""
    if not isinstance(text, str):
        raise InputError(f"tokenize() needs a str, got {type(text).__name__}", "decode bytes to str first")
    out: list[Token] = []
    append = out.append
    get = _ANALYSES.get
    pos = 0
    # The records made here hold no reference cycles: pausing the cyclic garbage collector while they are
    # made halves the time (it would otherwise rescan them every few hundred allocations).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for gap, tok in _SCAN_RE.findall(text):
            start = pos + len(gap)
            pos = end = start + len(tok)
            info = get(tok)
            if info is None:
                info = _analyze(tok)
            if info.__class__ is str:
                append(Token(start, end, tok, (Word(start, end, tok, info),)))
            else:
                append(Token(start, end, tok, tuple([Word(start + s, start + e, t, k) for s, e, t, k in info])))
    finally:
        if gc_was_enabled:
            gc.enable()
    return out


def words(tokens: list[Token]) -> list[Word]:
    """All words of ``tokens`` in order."""
    return [w for t in tokens for w in t.words]
