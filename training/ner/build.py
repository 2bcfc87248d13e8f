"""Rebuild Marsad's NER model from the shared data: prep -> vectors -> lexicon -> train -> package.

    .venv/bin/python training/ner/build.py --data ../shared/data            # everything
    .venv/bin/python training/ner/build.py --data ../shared/data --steps train,package
    .venv/bin/python training/ner/build.py --experiment --steps train --out training/work/ner/run_x \
        training.dropout=0.3     # a dev-split experiment: train split only, model-best chosen on dev

Intermediate files go to training/work/ner/ (git-ignored); the packaged model goes to src/marsad/models/ner/.
Splits come from marsad.evaluation.ner (ANERcorp test part never used; dev = tail of the train part).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.entities import ner as ner_mod  # noqa: E402  (registers the tokenizer)
from marsad.evaluation import ner as ev  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gazetteer as gazetteer_table  # noqa: E402  (training/ner/gazetteer.py)

WORK = REPO / "training" / "work" / "ner"
OUT = REPO / "src" / "marsad" / "models" / "ner"
CONFIG = Path(__file__).resolve().parent / "config.cfg"
STEPS = ("prep", "vectors", "lexicon", "gazetteer", "augment", "train", "package")

# floret subword vectors (hash table: BUCKET rows x DIM floats, shared by all words and their char n-grams)
FLORET = dict(model="skipgram", mode="floret", dim=100, bucket=50_000, hashCount=2, minn=3, maxn=5, minCount=3,
              epoch=5, neg=5, ws=5, lr=0.05)
LEXICON_MIN_COUNT = 3
FINAL_STEPS = 1500  # train+dev with its mention-replacement copies, about 4 epochs (see docs/ner.md)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _docbin(sentences, path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    nlp = spacy.blank("ar")
    db = DocBin(store_user_data=False)
    for s in sentences:
        words = [w for w, _ in s]
        doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(ev.to_iob2([t for _, t in s])))
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    log(f"wrote {path.name}: {len(sentences)} sentences, {sum(len(s) for s in sentences)} tokens")


def _chop(sentences, max_len: int = 300):
    """Very long 'sentences' (no full stop for pages) cut into pieces for training, never inside an entity."""
    out = []
    for s in sentences:
        while len(s) > max_len:
            cut = max_len
            while cut > 1 and s[cut][1].startswith("I-"):
                cut -= 1
            out.append(s[:cut])
            s = s[cut:]
        out.append(s)
    return out


def step_prep(data: Path, aqmar: str) -> None:
    train, _test = ev.read_anercorp(data / "anercorp" / "ANERCorp.txt")  # test part is not written anywhere
    tr, dev = ev.split_dev(train)
    tr = _chop(tr)
    aq = ev.read_aqmar(data / "aqmar" / "articles")
    aq_train = _chop([s for name, ss in aq.items() if name not in ev.AQMAR_HELDOUT for s in ss])
    aq_all = aq_train  # entity forms for the lexicon always include the AQMAR train articles
    if aqmar == "nomisc":
        aq_train = [[(w, "O" if t.endswith("MISC") else t) for w, t in s] for s in aq_train]
    _docbin(tr, WORK / "train_aner.spacy")
    _docbin(_chop(dev), WORK / "dev.spacy")
    _docbin(aq_train, WORK / f"train_aqmar_{aqmar}.spacy")
    # text for the vectors: the ANERcorp train part + AQMAR train articles (never test parts)
    with open(WORK / "labelled_text.txt", "w", encoding="utf-8") as fh:
        for s in tr + dev + aq_train:
            fh.write(" ".join(w for w, _ in s) + "\n")
    # training-set entity-initial token forms (for proclitic decisions at run time)
    forms = collections.Counter()
    for s in tr + dev + aq_all:
        for w, t in s:
            if t.startswith("B-"):
                forms[ner_mod.fold(w)] += 1
    (WORK / "entity_forms.json").write_text(json.dumps(forms, ensure_ascii=False), encoding="utf-8")


def _news_texts(data: Path):
    with gzip.open(data / "saudinewsnet" / "saudinewsnet_all.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")


def step_vectors(data: Path, threads: int) -> None:
    import floret

    corpus = WORK / "vectors_corpus.txt"
    if not corpus.exists():
        n = 0
        with open(corpus, "w", encoding="utf-8") as out:
            for text in _news_texts(data):
                for para in text.split("\n"):
                    toks = [para[s:e] for s, e in ner_mod.tokenize(para)]
                    if toks:
                        out.write(" ".join(toks) + "\n")
                        n += len(toks)
            out.write((WORK / "labelled_text.txt").read_text(encoding="utf-8"))
        log(f"vector corpus: {n} news tokens")
    log(f"training floret {FLORET}")
    model = floret.train_unsupervised(str(corpus), thread=threads, verbose=1, **FLORET)
    model.save_floret_vectors(str(WORK / "vectors.floret"))
    if (WORK / "vectors").exists():
        shutil.rmtree(WORK / "vectors")
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "ar", str(WORK / "vectors.floret"),
                    str(WORK / "vectors"), "--mode", "floret"], check=True)
    log("vectors ready")


def step_lexicon(data: Path) -> None:
    counts = collections.Counter()
    for text in _news_texts(data):
        counts.update(ner_mod.fold(text[s:e]) for s, e in ner_mod.tokenize(text))
    forms = json.loads((WORK / "entity_forms.json").read_text(encoding="utf-8"))
    rows = 0
    with gzip.open(WORK / "lexicon.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for w, c in counts.most_common():
            if c < LEXICON_MIN_COUNT and w not in forms:
                continue
            if not ner_mod._ARABIC_LETTER.match(w):
                continue
            fh.write(f"{w}\t{c}\t{1 if forms.get(w, 0) >= 1 else 0}\n")
            rows += 1
        for w in forms:
            if w not in counts and ner_mod._ARABIC_LETTER.match(w):
                fh.write(f"{w}\t0\t1\n")
                rows += 1
    log(f"lexicon: {rows} rows")


def step_gazetteer(data: Path, threads: int, aqmar: str) -> None:
    """Gazetteer feature table: ANERGazet + KB + name lists + how a base model (the same recipe without the
    gazetteer) tags each word of the news corpus. The base model and the corpus tags are kept in WORK."""
    tags = WORK / "corpus_tags.tsv.gz"
    if not tags.exists():
        corpus = WORK / "vectors_corpus.txt"
        if not corpus.exists():
            raise SystemExit("run the vectors step first (it writes the tokenised news corpus)")
        base = WORK / "base"
        if not (base / "model-last" / "meta.json").is_file():
            step_train(threads, [f"training.max_steps={FINAL_STEPS}", "training.patience=0", "paths.gazetteer=null"],
                       base, aqmar, final=True)
        gazetteer_table.tag_corpus(corpus, tags, ner_mod.load_model(base / "model-last").nlp)
    gazetteer_table.build(data, WORK / "gazetteer.tsv.gz", tags)


def step_augment(data: Path) -> None:
    """Mention-replacement copies of the train split (for --experiment) and of train+dev (the final recipe)."""
    import augment

    augment.write(data, "train")
    augment.write(data, "all")


def step_train(threads: int, overrides: list[str], out: Path, aqmar: str, final: bool, augment: bool = False,
               config: Path | None = None) -> None:
    """Train; ``final`` adds the dev split to the training data (fixed step count chosen on dev, model-last)."""
    from spacy.cli.train import train

    train_path = WORK / "train_aner.spacy"
    parts = [train_path] + ([WORK / f"train_aqmar_{aqmar}.spacy"] if aqmar != "none" else []) \
        + ([WORK / ("aug_all.spacy" if final else "aug_train.spacy")] if augment else []) \
        + ([WORK / "dev.spacy"] if final else [])
    if len(parts) > 1:
        merged = WORK / f"train_{out.name}"  # one folder per run: runs may go in parallel
        merged.mkdir(exist_ok=True)
        for p in parts:
            shutil.copy(p, merged / p.name)
        train_path = merged
    ov = {"paths.train": str(train_path), "paths.dev": str(WORK / "dev.spacy"),
          "paths.vectors": str(WORK / "vectors"), "paths.gazetteer": str(WORK / "gazetteer.tsv.gz")}
    for o in overrides:
        k, _, v = o.partition("=")
        ov[k.lstrip("-")] = json.loads(v) if v[:1] in "[{0123456789-" or v in ("true", "false", "null") else v
    log(f"training with {ov}")
    train(config or CONFIG, out, overrides=ov)


def step_package(trained: Path, data: Path, which: str = "model-best", aqmar: str = "none",
                 augment: bool = False) -> None:
    import spacy

    nlp = spacy.load(trained / which)
    if OUT.exists():
        for p in OUT.iterdir():
            if p.name != "__init__.py":
                shutil.rmtree(p) if p.is_dir() else p.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(OUT)  # the tokenizer folder holds the gazetteer feature table
    shutil.copy(WORK / "lexicon.tsv.gz", OUT / "lexicon.tsv.gz")
    meta = dict(nlp.meta)
    meta.update({"name": "marsad_ner", "lang": "ar", "labels": sorted(nlp.get_pipe("ner").labels),
                 "provenance": {
                     "train": ("ANERcorp lines 1-125,099 (train part incl. its dev tail)" if which == "model-last"
                               else "ANERcorp lines 1-125,099 minus the dev tail (marsad.evaluation.ner.split_dev)")
                              + ("" if aqmar == "none" else f" + AQMAR ({aqmar}) except "
                                 + ", ".join(ev.AQMAR_HELDOUT))
                              + (" + one mention-replacement copy of each sentence with names "
                                 "(training/ner/augment.py)" if augment else ""),
                     "vectors": "floret " + json.dumps(FLORET) + " on SaudiNewsNet all sources (8.6M words)",
                     "lexicon": "folded word counts in SaudiNewsNet; flag 1 = entity-initial token in training",
                     "gazetteer": "tokenizer/gazetteer.tsv.gz: ANERGazet + Marsad KB + given/family name lists, "
                                  "one-word entries that a base model rarely tags in SaudiNewsNet left out "
                                  "(training/ner/gazetteer.py)",
                     "recipe": ner_mod.REBUILD_COMMAND}})
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    ner_mod._CACHE.clear()
    res = ev.evaluate(data)
    meta["figures"] = {"anercorp_test": res["anercorp"], "aqmar_heldout": res.get("aqmar_heldout")}
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    log(f"packaged {OUT} ({size / 1e6:.1f} MB): ANERcorp test F1 {res['anercorp']['overall']['f1']:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--steps", default=",".join(STEPS))
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--aqmar", choices=("all", "nomisc", "none"), default="none")
    ap.add_argument("--out", default=str(WORK / "trained"))
    ap.add_argument("--no-augment", dest="augment", action="store_false",
                    help="leave out the mention-replacement copies (training/ner/augment.py) that the shipped "
                         "model is trained with")
    ap.add_argument("--experiment", action="store_true",
                    help="train on the train split only, select model-best on dev (for measuring choices); "
                         "default: the shipped recipe, train+dev for FINAL_STEPS steps, package model-last")
    ap.add_argument("--config", default=str(CONFIG), help="spaCy training config (default: training/ner/config.cfg)")
    ap.add_argument("overrides", nargs="*", help="spaCy config overrides, e.g. training.max_steps=4000")
    args = ap.parse_args(argv)
    args.final = not args.experiment
    if args.final:
        args.overrides = [f"training.max_steps={FINAL_STEPS}", "training.patience=0"] + args.overrides
    data = Path(args.data).resolve()
    if not (data / "anercorp" / "ANERCorp.txt").is_file():
        print(f"error: no ANERcorp under {data}", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    steps = args.steps.split(",")
    if "prep" in steps:
        step_prep(data, args.aqmar)
    if "vectors" in steps:
        step_vectors(data, args.threads)
    if "lexicon" in steps:
        step_lexicon(data)
    if "gazetteer" in steps:
        step_gazetteer(data, args.threads, args.aqmar)
    if "augment" in steps and args.augment:
        step_augment(data)
    if "train" in steps:
        step_train(args.threads, args.overrides, Path(args.out), args.aqmar, args.final, args.augment,
                   Path(args.config))
    if "package" in steps:
        step_package(Path(args.out), data, "model-last" if args.final else "model-best", args.aqmar, args.augment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
