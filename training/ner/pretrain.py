"""Pretrain the NER tok2vec on raw Saudi news (spaCy's character objective), for ``paths.init_tok2vec``.

    .venv/bin/python training/ner/pretrain.py --epochs 3                  # writes training/work/ner/pretrain/
    .venv/bin/python training/ner/pretrain.py --epochs 3 --limit 36000    # a random 1.8M-token sample (~8 min
                                                                          # an epoch on one core at ~4k words/s)
    .venv/bin/python training/ner/build.py --experiment --steps train --out training/work/ner/run_pt \
        paths.init_tok2vec=training/work/ner/pretrain/model2.bin       # then train the NER from those weights

What it does:

1. Corpus: ``training/work/ner/vectors_corpus.txt`` (written by ``build.py --steps vectors``: SaudiNewsNet,
   tokenised, one paragraph a line, followed by the labelled train text; never the ANERcorp test part) is cut
   into pieces of at most ``--max-tokens`` tokens, shuffled (fixed seed) and written as JSONL
   (``{"text": ...}``) to ``training/work/ner/pretrain_corpus.jsonl``, read by ``[corpora.pretrain]``.
2. Model: ``training/ner/config.cfg`` itself (its ``[pretraining]`` block; the tok2vec is the one trained
   later, so the weights load into it). spaCy's pretraining calls ``nlp.initialize()``, so the floret vectors
   (``[initialize] vectors``) and the gazetteer feature table (``[initialize.tokenizer] gazetteer_path``) are
   loaded as in training; ``paths`` point at ``training/work/ner/`` as ``build.py`` does.
3. Masking: spaCy's pretraining feeds the model Docs made from words only (``JsonlCorpus`` yields Examples
   whose reference Doc is re-made from the words, and the masked-language wrapper re-makes each masked Doc
   again), which drops the token features our tokenizer sets (NORM, LEMMA, TAG, DEP: the tok2vec would see
   constant LEMMA/TAG/DEP and a wrong NORM, unlike in training); it also draws replacement words from the vocab
   (here a few English words). ``_apply_mask`` below replaces it: same scheme (15% of tokens; of those 80% ``[MASK]``,
   10% a random token of the batch, 10% unchanged), but the masked text goes through the model's own
   tokenizer, so every token has its features, computed from what the model sees (no leak of the masked
   word through its features).

Weights go to ``--out``: ``model{N}.bin`` after each epoch (N from 0), ``model-last.bin``, ``log.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.entities import ner as ner_mod  # noqa: E402,F401  (registers the tokenizer marsad.ner_tokenizer.v1)

WORK = REPO / "training" / "work" / "ner"
CONFIG = Path(__file__).resolve().parent / "config.cfg"
SOURCE = WORK / "vectors_corpus.txt"
CORPUS = WORK / "pretrain_corpus.jsonl"
MASK_PROB = 0.15  # as spaCy's build_masked_language_model


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def write_corpus(src: Path, dst: Path, max_tokens: int = 300, seed: int = 0) -> int:
    """One JSONL record per line of ``src`` (lines longer than ``max_tokens`` cut into equal pieces); shuffled."""
    pieces = []
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            toks = line.split()
            if not toks:
                continue
            n = -(-len(toks) // max_tokens)
            size = -(-len(toks) // n)
            pieces.extend(" ".join(toks[i:i + size]) for i in range(0, len(toks), size))
    random.Random(seed).shuffle(pieces)
    tmp = dst.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        for text in pieces:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    tmp.replace(dst)
    log(f"wrote {dst}: {len(pieces)} texts, {sum(p.count(' ') + 1 for p in pieces)} tokens")
    return len(pieces)


def _apply_mask(docs, random_words=None, mask_prob: float = MASK_PROB):
    """spaCy's ``_apply_mask`` with token features: masked docs are re-made by the model's tokenizer."""
    import numpy

    docs = list(docs)
    words = [t.text for doc in docs for t in doc]
    keep = numpy.random.uniform(0.0, 1.0, (len(words),)) >= mask_prob  # True = token left as it is
    roll = numpy.random.random(len(words))
    pick = numpy.random.randint(0, max(len(words), 1), len(words))
    masked, i = [], 0
    for doc in docs:
        out = []
        for t in doc:
            if keep[i] or roll[i] >= 0.9:
                out.append(t.text)
            elif roll[i] < 0.8:
                out.append("[MASK]")
            else:
                out.append(words[pick[i]])  # a random token of the batch: unigram frequency
            i += 1
        doc2 = _TOKENIZER(" ".join(out))
        assert len(doc2) == len(doc), "the tokenizer must keep space-free words whole"
        masked.append(doc2)
    return keep, masked


_TOKENIZER = None


def _install_mask(nlp) -> None:
    from spacy.ml.models import multi_task

    global _TOKENIZER
    if not callable(getattr(multi_task, "_apply_mask", None)):
        raise SystemExit("spaCy changed: spacy.ml.models.multi_task._apply_mask is gone; check this script")
    _TOKENIZER = nlp.tokenizer
    multi_task._apply_mask = _apply_mask  # looked up at call time by mlm_forward


def run(epochs: int, out: Path, corpus: Path, overrides: dict, resume: Path | None = None) -> None:
    from spacy import util
    from spacy.training import pretrain as pt

    ov = {"paths.raw_text": str(corpus), "paths.vectors": str(WORK / "vectors"),
          "paths.gazetteer": str(WORK / "gazetteer.tsv.gz"), "pretraining.max_epochs": epochs}
    ov.update(overrides)
    config = util.load_config(CONFIG, overrides=ov, interpolate=False)
    out.mkdir(parents=True, exist_ok=True)
    config.to_disk(out / "config.cfg")

    # Hook the mask in once the pipeline (and its initialised tokenizer) exists; spaCy calls nlp.initialize()
    # inside create_pretraining_model, before building the masked-language model.
    create = pt.create_pretraining_model

    def create_with_features(nlp, P):
        _install_mask(nlp)
        model = create(nlp, P)
        log(f"tok2vec ready: vectors {nlp.vocab.vectors.shape} ({nlp.vocab.vectors.mode}), "
            f"gazetteer {'loaded' if getattr(nlp.tokenizer, 'gazetteer', None) else 'EMPTY'}")
        return model

    pt.create_pretraining_model = create_with_features
    log(f"pretraining {epochs} epoch(s) on {corpus} -> {out} with {ov}")
    pt.pretrain(config.interpolate(), out, resume_path=resume, silent=False)
    summarise(out)


def summarise(out: Path) -> None:
    """Per-epoch loss per word from spaCy's log.jsonl (cumulative word counts)."""
    rows = [json.loads(line) for line in (out / "log.jsonl").read_text().splitlines() if line.strip()]
    prev = 0
    for r in rows:
        words = r["nr_word"] - prev
        prev = r["nr_word"]
        if words:
            log(f"epoch {r['epoch']}: {words} words, loss/word {r['epoch_loss'] / words:.4f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--out", default=str(WORK / "pretrain"))
    ap.add_argument("--corpus", default=str(CORPUS), help="JSONL corpus (written from the vectors corpus if absent)")
    ap.add_argument("--rebuild-corpus", action="store_true", help="rewrite the JSONL corpus")
    ap.add_argument("--max-tokens", type=int, default=300, help="longest text in the JSONL corpus")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N texts of the corpus (smoke tests)")
    ap.add_argument("--resume", default=None, help="a model{N}.bin to continue from (epochs count on from N+1)")
    ap.add_argument("overrides", nargs="*", help="spaCy config overrides, e.g. pretraining.dropout=0.1")
    args = ap.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    corpus = Path(args.corpus)
    if args.rebuild_corpus or not corpus.exists():
        if not SOURCE.exists():
            print(f"error: no {SOURCE}; run build.py --steps prep,vectors first", file=sys.stderr)
            return 2
        write_corpus(SOURCE, corpus, args.max_tokens)
    if args.limit:  # spaCy's JsonlCorpus ignores its `limit` setting: use a head of the corpus instead
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        head = out / f"corpus_head{args.limit}.jsonl"
        with open(corpus, encoding="utf-8") as src, open(head, "w", encoding="utf-8") as dst:
            for _, line in zip(range(args.limit), src):
                dst.write(line)
        corpus = head
    ov = {}
    for o in args.overrides:
        k, _, v = o.partition("=")
        ov[k.lstrip("-")] = json.loads(v) if v[:1] in "[{0123456789-" or v in ("true", "false", "null") else v
    run(args.epochs, Path(args.out), corpus, ov, Path(args.resume) if args.resume else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
