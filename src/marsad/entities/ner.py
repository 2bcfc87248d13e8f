"""Trained named-entity recogniser: text -> list of Mentions (PER ORG LOC MISC), proclitics left out of spans.

The model is a spaCy pipeline (tok2vec + ner, floret subword vectors trained on unlabelled Saudi news) shipped in
``marsad/models/ner/``; it is rebuilt from ``../shared/data`` by ``training/ner/build.py`` (see docs/ner.md).
It works on surface tokens like ANERcorp's: runs of letters/digits, each punctuation mark a token of its own.
Token features the model sees are computed here (``set_features``), at training and at prediction time alike.

Public interface (others depend on it): ``load_model()``, ``predict(text)``, ``predict_batch(texts)``.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from marsad.errors import InputError, ModelError
from marsad.types import Mention

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
REBUILD_COMMAND = ".venv/bin/python training/ner/build.py --data ../shared/data"
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")

# --- Language data used by the token features and the proclitic trimming --------------------------------------
# Provenance: standard Arabic orthography (proclitic conjunctions و ف, prepositions ب ل ك, article ال; letter
# folds as in marsad.text.normalize). Kept here, not in a shared data module, because the shipped model's
# features depend on them exactly: changing them means retraining (training/ner/build.py).
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
_DIACRITICS = "".join(chr(c) for c in list(range(0x064B, 0x0653)) + [0x0670, 0x0640])
_CONTROLS = "".join(chr(c) for c in list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F))
                    + list(range(0x2066, 0x206A)) + [0xFEFF, 0x061C])
_FOLD = str.maketrans(
    {**{c: None for c in _DIACRITICS + _CONTROLS},
     "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
     **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")

# A token: a run of word characters (with Arabic combining marks, tatweel and joiners inside), or one other
# visible character. Whitespace and bidi/zero-width marks separate tokens and are never part of one at the edges.
TOKEN_RE = re.compile(
    r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]+"
    r"|[^\w\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]"
)

MAX_CHUNK_CHARS = 6_000  # text is cut at sentence/paragraph ends into pieces of at most about this size


def fold(word: str) -> str:
    """The matching form of a word: no diacritics, tatweel or control marks; alef/ya/ta-marbuta/digits folded."""
    return word.translate(_FOLD).lower()


def split_proclitics(word: str) -> tuple[str, str]:
    """(proclitics, rest) for the longest و/ف + ب/ل/ك prefix a word can carry, keeping at least 2 letters."""
    i = 0
    if len(word) > 2 and word[0] in CONJUNCTIONS:
        i = 1
    if len(word) - i > 2 and word[i] in PREPOSITIONS:
        i += 1
    return word[:i], word[i:]


def stem_form(word: str) -> str:
    """Folded word with conjunction/preposition and article stripped (a feature, not a claim about morphology)."""
    f = fold(word)
    _, rest = split_proclitics(f)
    if rest.startswith(ARTICLE) and len(rest) > 3:
        rest = rest[2:]
    elif rest.startswith("ل") and f.startswith(("لل", "ولل", "فلل")) and len(rest) > 2:
        rest = rest[1:]  # ل + ال written لل
    return rest or f


def shape_class(word: str) -> str:
    """Coarse script/shape class: Arabic with proclitic+article pattern, Latin, digit, punctuation."""
    if not word:
        return "empty"
    if _ARABIC_LETTER.match(word):
        f = fold(word)
        pro, rest = split_proclitics(f)
        art = "A" if rest.startswith(ARTICLE) else ""
        return f"ar:{pro}{art}:{min(len(rest), 8)}"
    if word[0].isdigit():
        return "digit"
    if word[0].isalpha():
        return "latin-cap" if word[0].isupper() else "latin"
    return "punct:" + word[0]


@lru_cache(maxsize=200_000)
def token_features(word: str) -> tuple[str, str, str]:
    """(NORM, LEMMA, TAG) the model sees for a word: folded word, clitic-stripped stem, shape class."""
    return fold(word), stem_form(word), shape_class(word)


class Gazetteer:
    """Name lists as a token feature: the longest listed phrase over each token (B-/I- + type) and the token's
    own flags (which lists hold it as a name word; how the news corpus tags it). Keys are ``stem_form``s.

    File format (``gazetteer.tsv.gz``, built by ``training/ner/gazetteer.py``): ``p<TAB>stem stem ...<TAB>TYPE``
    for phrases and ``t<TAB>stem<TAB>FLAGS`` for single tokens.
    """

    def __init__(self, phrases: dict[tuple[str, ...], str] | None = None, tokens: dict[str, str] | None = None):
        self.phrases = phrases or {}
        self.tokens = tokens or {}
        self.longest = max((len(k) for k in self.phrases), default=0)
        self._first = {k[0] for k in self.phrases}

    @classmethod
    def read(cls, path: Path | str) -> "Gazetteer":
        phrases: dict[tuple[str, ...], str] = {}
        tokens: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                kind, key, value = line.rstrip("\n").split("\t")
                if kind == "p":
                    phrases[tuple(key.split(" "))] = value
                else:
                    tokens[key] = value
        return cls(phrases, tokens)

    def to_bytes(self) -> bytes:
        rows = [f"p\t{' '.join(k)}\t{v}" for k, v in self.phrases.items()]
        rows += [f"t\t{k}\t{v}" for k, v in self.tokens.items()]
        return gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), compresslevel=9, mtime=0)

    def __bool__(self) -> bool:
        return bool(self.phrases or self.tokens)

    def features(self, stems: list[str]) -> list[str]:
        """One feature string per token, e.g. ``B-LOC|L`` or ``O|P,cPER2``."""
        n = len(stems)
        bio = ["O"] * n
        i = 0
        while i < n:
            hit = 0
            if stems[i] in self._first:
                for length in range(min(self.longest, n - i), 0, -1):
                    typ = self.phrases.get(tuple(stems[i:i + length]))
                    if typ:
                        bio[i] = "B-" + typ
                        for j in range(i + 1, i + length):
                            bio[j] = "I-" + typ
                        hit = length
                        break
            i += hit or 1
        get = self.tokens.get
        return [f"{b}|{get(st, '')}" for b, st in zip(bio, stems)]


def set_features(doc, gazetteer: "Gazetteer | None" = None):
    """Write the model's token features into a spaCy Doc (NORM, LEMMA, TAG; see ``token_features``), and the
    gazetteer feature into DEP when the model has a gazetteer (an unused attribute for this model: no parser)."""
    for token in doc:
        token.norm_, token.lemma_, token.tag_ = token_features(token.text)
    if gazetteer:
        for token, feat in zip(doc, gazetteer.features([t.lemma_ for t in doc])):
            token.dep_ = feat
    return doc


class WhitespaceFeatureTokenizer:
    """spaCy tokenizer: split on single spaces (the corpora's tokens) and set the model's token features.

    Its state is the gazetteer (``initialize(gazetteer_path=...)`` at training, saved in the model's
    ``tokenizer/gazetteer.tsv.gz``)."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.gazetteer = Gazetteer()

    def __call__(self, text: str):
        from spacy.tokens import Doc

        words = [w for w in text.split(" ") if w]
        return set_features(Doc(self.vocab, words=words or [" "], spaces=[True] * (len(words) - 1) + [False]
                                if words else [False]), self.gazetteer)

    def initialize(self, get_examples=None, *, nlp=None, gazetteer_path: str | None = None):
        self.gazetteer = Gazetteer.read(gazetteer_path) if gazetteer_path else Gazetteer()

    # spaCy serialises tokenizers; the state is the gazetteer.
    def to_bytes(self, **kwargs):
        return self.gazetteer.to_bytes() if self.gazetteer else b""

    def from_bytes(self, data, **kwargs):
        if data:
            import io

            tmp = io.BytesIO(data)
            self.gazetteer = Gazetteer.read(tmp)
        return self

    def to_disk(self, path, **kwargs):
        Path(path).mkdir(parents=True, exist_ok=True)
        if self.gazetteer:
            (Path(path) / "gazetteer.tsv.gz").write_bytes(self.gazetteer.to_bytes())

    def from_disk(self, path, **kwargs):
        gz = Path(path) / "gazetteer.tsv.gz"
        self.gazetteer = Gazetteer.read(gz) if gz.is_file() else Gazetteer()
        return self


def _register() -> None:
    """Register the tokenizer factory with spaCy (explicit, called before loading or training)."""
    from spacy.util import registry

    if "marsad.ner_tokenizer.v1" not in registry.tokenizers.get_all():
        @registry.tokenizers("marsad.ner_tokenizer.v1")
        def _make_tokenizer():
            return lambda nlp: WhitespaceFeatureTokenizer(nlp.vocab)


_register()


# --- Model loading -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NerModel:
    nlp: object
    meta: dict
    counts: dict  # folded word -> frequency in the unlabelled news corpus (for proclitic decisions)
    entity_forms: frozenset  # folded tokens seen as entity-initial tokens in training


_LOCK = threading.Lock()
_CACHE: dict[str, NerModel] = {}


def _model_error(what: str) -> ModelError:
    return ModelError(f"NER model {what} in {MODEL_DIR}", hint=f"rebuild it with: {REBUILD_COMMAND}")


def read_lexicon(path: Path | str) -> tuple[dict[str, int], frozenset[str]]:
    """The news lexicon (``lexicon.tsv.gz``): folded word -> count, and the words seen entity-initial in training."""
    counts: dict[str, int] = {}
    forms: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                counts[parts[0]] = int(parts[1])
                if parts[2] == "1":
                    forms.add(parts[0])
    return counts, frozenset(forms)


def load_model(path: Path | str | None = None) -> NerModel:
    """Load (once, cached) the shipped NER pipeline and its lexicons; ModelError says how to rebuild it."""
    folder = Path(path) if path is not None else MODEL_DIR
    key = str(folder)
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        if not (folder / "config.cfg").is_file() or not (folder / "ner").is_dir():
            raise ModelError(f"NER model is missing in {folder}", hint=f"rebuild it with: {REBUILD_COMMAND}")
        try:
            import spacy

            nlp = spacy.load(folder)
            attrs = nlp.config["components"]["tok2vec"]["model"]["embed"].get("attrs", [])
            if "DEP" in attrs and not getattr(nlp.tokenizer, "gazetteer", None):
                raise ModelError(f"NER model in {folder} lacks its gazetteer table (tokenizer/gazetteer.tsv.gz)",
                                 hint=f"rebuild it with: {REBUILD_COMMAND}")
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            lex = folder / "lexicon.tsv.gz"
            counts, forms = read_lexicon(lex) if lex.is_file() else ({}, frozenset())
        except ModelError:
            raise
        except Exception as exc:  # corrupt folder: any loader failure becomes one clear error
            raise ModelError(f"NER model in {folder} cannot be loaded ({type(exc).__name__}: {exc})",
                             hint=f"rebuild it with: {REBUILD_COMMAND}") from None
        model = NerModel(nlp, meta, counts, forms)
        _CACHE[key] = model
        return model


# --- Tokens, chunks and docs ---------------------------------------------------------------------------------

def tokenize(text: str) -> list[tuple[int, int]]:
    """Character offsets of the model's surface tokens in ``text``."""
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


_BREAK = re.compile(r"\n\s*\n|\n|(?<=[.!?؟])\s+")


def _chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of ``text`` of bounded size with their offsets, cut at paragraph/sentence ends (or spaces)."""
    n = len(text)
    start = 0
    while start < n:
        if n - start <= limit:
            yield start, text[start:]
            return
        window = text[start:start + limit]
        cut = -1
        for m in _BREAK.finditer(window):
            if m.end() > limit // 4:
                cut = m.end()
        if cut <= 0:
            sp = window.rfind(" ")
            cut = sp + 1 if sp > limit // 4 else limit
        yield start, text[start:start + cut]
        start += cut


def _make_doc(nlp, text: str):
    from spacy.tokens import Doc

    offs = tokenize(text)
    words = [text[s:e] for s, e in offs]
    spaces = [offs[i][1] < offs[i + 1][0] for i in range(len(offs) - 1)] + [False] * bool(offs)
    return set_features(Doc(nlp.vocab, words=words, spaces=spaces), getattr(nlp.tokenizer, "gazetteer", None)), offs


def _check_text(text) -> str:
    if not isinstance(text, str):
        raise InputError(f"NER input must be str, not {type(text).__name__}")
    return text


# --- Proclitic trimming --------------------------------------------------------------------------------------

def proclitic_length(token: str, model: NerModel) -> int:
    """How many leading characters of an entity-initial token are attached proclitics to leave out of the span.

    Strip when the evidence is good: a preposition before the article (بالصين, وللـ is kept whole), or the rest is
    a word seen in the news corpus more often than the whole token (لحلف -> حلف, والصين -> الصين), or the rest is
    a known entity token and the whole is not. Names that merely begin with these letters stay whole
    (بكين, بروكسل, ليبيا, لبنان, فرنسا, واشنطن).
    """
    if not _ARABIC_LETTER.match(token):
        return 0
    folded = fold(token)
    if len(folded) != len(token):  # diacritics or marks inside: offsets would not line up; be conservative
        return 0
    best = 0
    for k in (2, 1):
        pro, rest = folded[:k], folded[k:]
        if len(rest) < 2 or not _valid_proclitics(pro):
            continue
        if rest.startswith("ل") and pro[-1] == "ل":
            continue  # لل = ل + ال: stripping one ل would leave a broken word
        if pro[-1] in PREPOSITIONS and rest.startswith(ARTICLE) and len(rest) >= 4:
            best = k
            break
        if len(rest) < 3:
            continue
        c_rest, c_whole = model.counts.get(rest, 0), model.counts.get(folded, 0)
        known_rest, known_whole = rest in model.entity_forms, folded in model.entity_forms
        if known_rest and not known_whole:
            best = k
            break
        if known_whole and not known_rest:
            continue
        if c_rest >= 5 and c_rest > 2 * c_whole:
            best = k
            break
        if rest.startswith(ARTICLE) and pro in CONJUNCTIONS and c_rest >= c_whole and (pro == "و" or c_rest > 0):
            best = k  # والمزروعي -> المزروعي; an unseen فال... stays whole (فالييف is Valiev)
            break
    return best


def _valid_proclitics(pro: str) -> bool:
    if len(pro) == 1:
        return pro in CONJUNCTIONS or pro in PREPOSITIONS
    return pro[0] in CONJUNCTIONS and pro[1] in PREPOSITIONS


# --- Document-level consistency ------------------------------------------------------------------------------

PROPAGATE_MIN_LETTERS = 3  # a single-token name shorter than this is never propagated


def _spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of an IOB2 tag list."""
    out, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and not (t.startswith("I-") and t[2:] == typ):
            out.append((start, i, typ))
            start = None
        if t.startswith("B-") or (t.startswith("I-") and start is None):
            start, typ = i, t[2:]
    return out


# The prepositions على and إلى typed with a dotted ya (Egyptian and older web typing: "علي الطاولة", "إلي القاهرة") look
# like the given name علي; alone (no family name after it) and not after بن/ابن/الإمام they are no name. On the
# ANERcorp dev split this removes false persons at no recall cost (docs/ner.md).
YA_PREPOSITIONS = frozenset({"علي", "إلي", "الي"})
_NAME_BEFORE_ALI = frozenset({"بن", "ابن", "الامام"})  # folded


def drop_ya_prepositions(words: list[str], tags: list[str]) -> list[str]:
    """IOB2 tags without one-word PER/LOC names that are a ya-spelt preposition (``علي`` for ``على``)."""
    out = list(tags)
    for s, e, typ in _spans_of(tags):
        if e - s == 1 and words[s] in YA_PREPOSITIONS and typ in ("PER", "LOC"):
            if not s or fold(words[s - 1]) not in _NAME_BEFORE_ALI:
                out[s] = "O"
    return out


def propagate(words: list[str], tags: list[str]) -> list[str]:
    """Tag the untagged repeats of names found elsewhere in the same document (IOB2 in, IOB2 out).

    A name's folded token sequence, and a person's last name alone, take the type the model gave most often;
    a repeat is tagged when none of its tokens is tagged yet (longest match first; و/ب/ل/ف before a single-token
    name allowed). Chosen on the dev split: +0.009 F1 (docs/ner.md).
    """
    folded = [fold(w) for w in words]
    votes: dict[tuple, dict[str, float]] = {}
    for s, e, typ in _spans_of(tags):
        key = tuple(folded[s:e])
        votes.setdefault(key, {}).setdefault(typ, 0.0)
        votes[key][typ] += 1.0
        if typ == "PER" and e - s >= 2:
            v = votes.setdefault((folded[e - 1],), {})
            v["PER"] = v.get("PER", 0.0) + 0.5
    known = {k: max(v, key=v.get) for k, v in votes.items()
             if len(k) > 1 or len(k[0]) >= PROPAGATE_MIN_LETTERS}
    if not known:
        return list(tags)
    longest = max(len(k) for k in known)
    out = list(tags)
    i, n = 0, len(words)
    while i < n:
        if out[i] != "O":
            i += 1
            continue
        hit = None
        for length in range(min(longest, n - i), 0, -1):
            if any(out[j] != "O" for j in range(i, i + length)):
                continue
            key = tuple(folded[i:i + length])
            if key in known:
                hit = (length, known[key])
                break
            if length == 1 and len(folded[i]) > 3 and folded[i][0] in "وبلف" and (folded[i][1:],) in known:
                hit = (1, known[(folded[i][1:],)])
                break
        if hit:
            length, typ = hit
            out[i] = "B-" + typ
            for j in range(i + 1, i + length):
                out[j] = "I-" + typ
            i += length
        else:
            i += 1
    return out


def doc_tags(doc) -> list[str]:
    """IOB2 tags of a spaCy Doc's entities."""
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = "B-" + ent.label_
        for k in range(ent.start + 1, ent.end):
            tags[k] = "I-" + ent.label_
    return tags


# --- Prediction ----------------------------------------------------------------------------------------------

def _mentions(doc, offs, base: int, text: str, model: NerModel) -> list[Mention]:
    out = []
    words = [text[s:e] for s, e in offs]
    for start, end, label in _spans_of(propagate(words, drop_ya_prepositions(words, doc_tags(doc)))):
        if label not in ENTITY_LABELS:
            continue
        s = offs[start][0]
        e = offs[end - 1][1]
        first = text[offs[start][0]:offs[start][1]]
        cut = proclitic_length(first, model)
        if cut and s + cut < e:
            s += cut
        out.append(Mention(base + s, base + e, text[s:e], label, "ner"))
    return out


def predict(text: str) -> list[Mention]:
    """Named-entity mentions in ``text`` with exact offsets (``text[m.start:m.end] == m.text``)."""
    return predict_batch([text])[0]


def predict_batch(texts: Iterable[str], batch_size: int = 4) -> list[list[Mention]]:
    """``predict`` for many texts, using ``nlp.pipe`` over bounded chunks for throughput and bounded memory."""
    model = load_model()
    nlp = model.nlp
    texts = [_check_text(t) for t in texts]
    pieces = [(i, off, chunk) for i, t in enumerate(texts) for off, chunk in _chunks(t)]
    results: list[list[Mention]] = [[] for _ in texts]
    made = (_make_doc(nlp, chunk) for _, _, chunk in pieces)
    docs_offs = []

    def docs() -> Iterator:
        for doc, offs in made:
            docs_offs.append(offs)
            yield doc

    for n, doc in enumerate(nlp.pipe(docs(), batch_size=batch_size)):
        i, off, chunk = pieces[n]
        results[i].extend(_mentions(doc, docs_offs[n], off, chunk, model))
        docs_offs[n] = None
    return results


@lru_cache(maxsize=1)
def model_info() -> dict:
    """The shipped model's meta.json (figures and provenance)."""
    return dict(load_model().meta)

