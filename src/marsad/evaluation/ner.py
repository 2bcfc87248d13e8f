"""NER evaluation: data folder -> precision/recall/F1 (seqeval, CoNLL exact match) on the ANERcorp test part.

Also the one place that reads the labelled corpora and defines the splits (training/ner/build.py imports it):
- ANERcorp (``anercorp/ANERCorp.txt``, ``anercorp/SPLIT.md``): lines 1-125,099 are train, the rest test; a
  ``.`` token ends a sentence. The last ``DEV_TOKENS`` tokens of the train part are the dev split.
- AQMAR (``aqmar/articles/*.txt``): MIS0-3 -> MISC, noisy tags cleaned; ``AQMAR_HELDOUT`` articles held out.
Run: ``python -m marsad.evaluation.ner [DATA_DIR]``; the last line printed is ``F1 = 0.xxx``.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ANER_TRAIN_LAST_LINE = 125_099
DEV_TOKENS = 15_000  # tail of the ANERcorp train part held out for tuning (whole sentences)
AQMAR_HELDOUT = ("Damascus", "Enrico_Fermi", "Linux", "Real_Madrid")
# ANERcorp has no article boundaries: the document-level step (marsad.entities.ner.propagate) sees consecutive
# sentences in pieces of about this many tokens, like an article at run time (chosen on the dev split).
DOC_TOKENS = 600
TYPES = ("PER", "ORG", "LOC", "MISC")
_CONTROLS = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MERGED_TAG = re.compile(r"^(O|[BI]-[A-Z]+)(\S+)$")

Sentence = list  # list of (token, tag) pairs


def default_data_dir() -> Path | None:
    """``../shared/data`` relative to the repository root or the current directory, when it exists."""
    repo = Path(__file__).resolve().parents[3]
    for base in (Path.cwd(), repo):
        cand = (base / ".." / "shared" / "data").resolve()
        if (cand / "anercorp" / "ANERCorp.txt").is_file():
            return cand
    return None


def _aner_tag(tag: str) -> str:
    tag = tag.strip()
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, typ = tag.partition("-")
    typ = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}.get(typ)
    return f"{prefix}-{typ}" if typ and prefix in ("B", "I") else "O"


def read_anercorp(path: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(train sentences, test sentences) of ANERcorp, with the file's known defects repaired."""
    train: list[Sentence] = []
    test: list[Sentence] = []
    cur: Sentence = []
    cur_part = train
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if lineno == ANER_TRAIN_LAST_LINE + 1:
                if cur:
                    cur_part.append(cur)
                cur, cur_part = [], test
            parts = [p for p in line.split() if _CONTROLS.sub("", p)]
            if len(parts) < 2:
                continue  # empty token lines
            pairs = []
            if len(parts) == 3 and _MERGED_TAG.match(parts[1]):
                m = _MERGED_TAG.match(parts[1])
                pairs = [(parts[0], m.group(1)), (m.group(2), parts[2])]
            else:
                pairs = [(parts[0], parts[-1])]
            for tok, tag in pairs:
                tok = tok.strip()
                cur.append((tok, _aner_tag(tag)))
                if _CONTROLS.sub("", tok) in (".", "!", "?", "؟"):
                    cur_part.append(cur)
                    cur = []
    if cur:
        cur_part.append(cur)
    return train, test


def split_dev(train: list[Sentence], dev_tokens: int = DEV_TOKENS) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the tail of whole sentences holding about ``dev_tokens`` tokens."""
    n = 0
    i = len(train)
    while i > 0 and n < dev_tokens:
        i -= 1
        n += len(train[i])
    return train[:i], train[i:]


def _aqmar_tag(tag: str) -> str:
    tag = tag.strip().strip("`")
    m = re.match(r"^([BI])-+(PER|LOC|ORG|MIS)", tag)
    if not m:
        return "O"  # O, OO, IO, B-ENGLISH, B-SPANISH ...
    typ = "MISC" if m.group(2) == "MIS" else m.group(2)
    return f"{m.group(1)}-{typ}"


def read_aqmar(folder: Path) -> dict[str, list[Sentence]]:
    """Article name -> sentences, tags mapped to PER/ORG/LOC/MISC."""
    out: dict[str, list[Sentence]] = {}
    for f in sorted(folder.glob("*.txt")):
        sents: list[Sentence] = []
        cur: Sentence = []
        for line in f.read_text(encoding="utf-8").splitlines():
            parts = [p for p in line.split() if _CONTROLS.sub("", p)]
            if not parts:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if len(parts) < 2:
                continue
            cur.append((parts[0], _aqmar_tag(parts[-1])))
        if cur:
            sents.append(cur)
        out[f.stem] = sents
    return out


def to_iob2(tags: list[str]) -> list[str]:
    """IOB1/IOB2 mixture -> IOB2 (an I- that starts a chunk becomes B-)."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def tag_sentences(nlp, sentences: list[Sentence], batch_size: int = 256,
                  doc_tokens: int = DOC_TOKENS) -> list[list[str]]:
    """Predicted IOB2 tags for corpus sentences, over the corpus's own tokens, with the run-time clean-up
    (``drop_ya_prepositions``) and document step (``propagate``, over pieces of consecutive sentences of about
    ``doc_tokens`` tokens; 0: none)."""
    from marsad.entities.ner import drop_ya_prepositions, propagate

    tags = [drop_ya_prepositions([w for w, _ in s], t)
            for s, t in zip(sentences, _tag_sentences(nlp, sentences, batch_size))]
    if not doc_tokens:
        return tags
    out: list[list[str]] = []
    i = 0
    while i < len(sentences):
        j, n = i, 0
        while j < len(sentences) and n < doc_tokens:
            n += len(sentences[j])
            j += 1
        words = [w for s in sentences[i:j] for w, _ in s]
        new = propagate(words, [t for ts in tags[i:j] for t in ts])
        k = 0
        for s in sentences[i:j]:
            out.append(new[k:k + len(s)])
            k += len(s)
        i = j
    return out


def _tag_sentences(nlp, sentences: list[Sentence], batch_size: int) -> list[list[str]]:
    from spacy.tokens import Doc

    from marsad.entities.ner import set_features

    gazetteer = getattr(nlp.tokenizer, "gazetteer", None)

    def docs():
        for s in sentences:
            words = [w for w, _ in s]
            yield set_features(Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False]), gazetteer)

    out = []
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            tags[ent.start] = "B-" + ent.label_
            for k in range(ent.start + 1, ent.end):
                tags[k] = "I-" + ent.label_
        out.append(tags)
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict:
    """seqeval (default mode, CoNLL exact match) precision/recall/F1 per type and micro overall."""
    from seqeval.metrics import classification_report

    rep = classification_report(gold, pred, output_dict=True, zero_division=0)
    res = {t: {"p": rep[t]["precision"], "r": rep[t]["recall"], "f1": rep[t]["f1-score"],
               "n": int(rep[t]["support"])} for t in TYPES if t in rep}
    m = rep["micro avg"]
    res["overall"] = {"p": m["precision"], "r": m["recall"], "f1": m["f1-score"], "n": int(m["support"])}
    return res


def evaluate(data_dir: str | Path | None = None, model_path: str | Path | None = None,
             split: str = "test") -> dict:
    """Scores of the NER model on the ANERcorp test part (``split="dev"``: the dev split) and held-out AQMAR."""
    from marsad.entities.ner import load_model

    data = Path(data_dir) if data_dir is not None else default_data_dir()
    if data is None or not (data / "anercorp" / "ANERCorp.txt").is_file():
        raise FileNotFoundError(f"no ANERcorp under {data}: pass the shared data folder (../shared/data)")
    model = load_model(model_path)
    t0 = time.perf_counter()
    train, test = read_anercorp(data / "anercorp" / "ANERCorp.txt")
    sents = split_dev(train)[1] if split == "dev" else test
    result = {"anercorp": score([to_iob2([t for _, t in s]) for s in sents], tag_sentences(model.nlp, sents)),
              "anercorp_split": split, "anercorp_tokens": sum(len(s) for s in sents)}
    aq_dir = data / "aqmar" / "articles"
    if aq_dir.is_dir():
        aq = read_aqmar(aq_dir)
        held = [s for name in AQMAR_HELDOUT for s in aq.get(name, [])]
        if held:
            result["aqmar_heldout"] = score([to_iob2([t for _, t in s]) for s in held],
                                            tag_sentences(model.nlp, held))
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def _print_table(title: str, res: dict) -> None:
    print(title)
    print(f"  {'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'n':>7}")
    for k in (*TYPES, "overall"):
        if k in res:
            r = res[k]
            print(f"  {k:<8}{r['p']:7.3f}{r['r']:7.3f}{r['f1']:7.3f}{r['n']:7d}")


def main(data_dir: str | Path | None = None) -> int:
    """Print the evaluation; last line ``F1 = 0.xxx`` (ANERcorp test). Returns a process exit code."""
    from marsad.errors import MarsadError

    data = Path(data_dir) if data_dir is not None else default_data_dir()
    if data is None or not (data / "anercorp" / "ANERCorp.txt").is_file():
        where = data if data is not None else "../shared/data"
        print(f"error: no ANERcorp data at {where} (expected anercorp/ANERCorp.txt; pass --data DIR)",
              file=sys.stderr)
        return 2
    try:
        res = evaluate(data)
    except MarsadError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if "aqmar_heldout" in res:
        _print_table(f"AQMAR held-out articles ({', '.join(AQMAR_HELDOUT)}), MIS0-3 as MISC:", res["aqmar_heldout"])
        print(f"AQMAR F1 = {res['aqmar_heldout']['overall']['f1']:.3f}")
    _print_table(f"ANERcorp test part (CAMeL-style split, {res['anercorp_tokens']} tokens), seqeval exact match:",
                 res["anercorp"])
    print(f"evaluated in {res['seconds']} s")
    print(f"F1 = {res['anercorp']['overall']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
