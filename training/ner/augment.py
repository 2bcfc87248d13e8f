"""Mention-replacement augmentation for the NER training data (step ``augment`` of build.py; docs/ner.md).

Every training sentence with entities gets ``--copies`` copies in which each PER/ORG/LOC mention is replaced by
another name of the same type (Dai & Adel 2020, "An analysis of simple data augmentation for NER"): names come
from the other mentions of the same split and from Marsad's KB, so the model must read the context instead of
remembering the names it saw. A replacement keeps the original's attached proclitic (و/ف/ب/ل/ك, never لل).
MISC mentions (currencies, religions, events) are kept as they are.

    .venv/bin/python training/ner/augment.py --split train --copies 1   # -> training/work/ner/aug_train.spacy
    .venv/bin/python training/ner/augment.py --split all --copies 1     # train + dev (the final recipe)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from marsad.entities import ner as ner_mod  # noqa: E402
from marsad.evaluation import ner as ev  # noqa: E402

WORK = REPO / "training" / "work" / "ner"
TYPES = ("PER", "ORG", "LOC")


def _pools(sentences) -> dict[str, list[list[str]]]:
    pools: dict[str, list[list[str]]] = {t: [] for t in TYPES}
    for s in sentences:
        words = [w for w, _ in s]
        for a, b, typ in ner_mod._spans_of(ev.to_iob2([t for _, t in s])):
            if typ in pools:
                words_ = words[a:b]
                cut = ner_mod.proclitic_length(words_[0], _MODEL)  # والصين -> الصين; بيرل stays
                if cut:
                    words_ = [words_[0][cut:]] + words_[1:]
                pools[typ].append(words_)
    for f in sorted((REPO / "src" / "marsad" / "data" / "kb").glob("*.jsonl")):
        if f.name == "nationalities.jsonl":
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("type") in pools:
                for n in rec.get("names_ar", [])[:2]:
                    toks = [n[s:e] for s, e in ner_mod.tokenize(n)]
                    if 0 < len(toks) <= 5:
                        pools[rec["type"]].append(toks)
    return pools


def augment(sentences, copies: int, seed: int = 0):
    rng = random.Random(seed)
    pools = _pools(sentences)
    out = []
    for s in sentences:
        tags = ev.to_iob2([t for _, t in s])
        spans = [x for x in ner_mod._spans_of(tags) if x[2] in TYPES]
        if not spans:
            continue
        words = [w for w, _ in s]
        for _ in range(copies):
            new: list[tuple[str, str]] = []
            i = 0
            for a, b, typ in spans:
                new += list(zip(words[i:a], tags[i:a]))
                first = words[a]
                keep = first[:ner_mod.proclitic_length(first, _MODEL)]  # the original's و/ب/ل... stays
                repl = list(rng.choice(pools[typ]))
                repl[0] = keep + repl[0]
                new += [(w, ("B-" if k == 0 else "I-") + typ) for k, w in enumerate(repl)]
                i = b
            new += list(zip(words[i:], tags[i:]))
            out.append(new)
    return out


_MODEL = None


def _lexicon_model():
    """A NerModel carrying the news lexicon (for proclitic decisions): the recipe's own lexicon when it was built,
    else the shipped model's."""
    lex = WORK / "lexicon.tsv.gz"
    if not lex.is_file():
        return ner_mod.load_model()
    return ner_mod.NerModel(None, {}, *ner_mod.read_lexicon(lex))


def write(data: Path, split: str, copies: int = 1, seed: int = 0) -> Path:
    """Write ``aug_{split}.spacy`` (split: "train" = the train split, "all" = train + dev; never the test part)."""
    global _MODEL
    from build import _chop, _docbin  # training/ner/build.py

    _MODEL = _lexicon_model()
    train, _test = ev.read_anercorp(Path(data) / "anercorp" / "ANERCorp.txt")
    tr, dev = ev.split_dev(train)
    base = tr if split == "train" else tr + dev
    aug = augment(_chop(base), copies, seed)
    out = WORK / f"aug_{split}.spacy"
    _docbin(aug, out)
    print(f"{len(aug)} augmented sentences from {len(base)}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--split", choices=("train", "all"), default="train")
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    write(Path(a.data), a.split, a.copies, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
