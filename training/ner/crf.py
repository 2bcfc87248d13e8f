"""CRF tagger experiment/recipe: floret-cluster + clitic features, python-crfsuite. Measured on the dev split.

    .venv/bin/python training/ner/crf.py [--data ../shared/data] [--aqmar none|nomisc|all]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.entities import ner as ner_mod  # noqa: E402
from marsad.evaluation import ner as ev  # noqa: E402

WORK = REPO / "training" / "work" / "ner"
fold, stem_form, shape_class = ner_mod.fold, ner_mod.stem_form, ner_mod.shape_class
CLUSTER_SIZES = (128, 1024)
CLUSTER_VOCAB = 60_000


# --- CRF features (experiment; not shipped: see docs/ner.md) ---

class CrfFeaturizer:
    """Token features for the CRF tagger: folded word, stem, affixes, shape, news frequency, and the ids of the
    floret-vector clusters (k-means centroids, build time) of the word and its stem, in a +-2 token window."""

    def __init__(self, vectors, counts: dict, centroids: dict):
        import numpy as np

        self.vectors = vectors  # spacy Vectors (floret mode: any string gets a vector)
        self.counts = counts
        self.centroids = {k: np.asarray(c, dtype="float32") for k, c in sorted(centroids.items())}
        self._cache: dict[str, dict] = {}

    @classmethod
    def from_files(cls, vectors_dir, lexicon, centroid_files: dict) -> "CrfFeaturizer":
        import numpy as np
        import spacy

        nlp = spacy.load(vectors_dir)
        counts = {}
        with gzip.open(lexicon, "rt", encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                counts[parts[0]] = int(parts[1])
        return cls(nlp.vocab.vectors, counts, {k: np.load(p) for k, p in centroid_files.items()})

    def _clusters(self, words: list[str]) -> list[tuple[int, ...]]:
        import numpy as np

        X = self.vectors.get_batch(words)
        X = X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-8)
        ids = [np.argmax(X @ C.T, axis=1) for C in self.centroids.values()]
        return [tuple(int(a[i]) for a in ids) for i in range(len(words))]

    def _base(self, words: list[str]) -> list[dict]:
        todo = [w for w in dict.fromkeys(words) if w not in self._cache]
        if todo:
            stems = [stem_form(w) for w in todo]
            cl = self._clusters(todo + stems)
            n = len(todo)
            for i, w in enumerate(todo):
                f = fold(w)
                st = stems[i]
                c = self.counts.get(f, 0)
                d = {"w": f, "st": st, "sh": shape_class(w), "p2": st[:2], "p3": st[:3], "s2": st[-2:],
                     "s3": st[-3:], "fq": str(c.bit_length() if c < 1 << 20 else 21), "ln": str(min(len(st), 9))}
                for j, k in enumerate(self.centroids):
                    d[f"c{k}"] = str(cl[i][j])
                    d[f"sc{k}"] = str(cl[n + i][j])
                if len(self._cache) > 300_000:
                    self._cache.clear()
                self._cache[w] = d
        return [self._cache[w] for w in words]

    def sentence_features(self, words: list[str]) -> list[dict]:
        base = self._base(words)
        ks = list(self.centroids)
        n = len(words)
        out = []
        for i in range(n):
            b = base[i]
            f = {"bias": 1.0}
            for k, v in b.items():
                f[k] = v
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    o = base[j]
                    f[f"{d}w"] = o["w"]
                    f[f"{d}st"] = o["st"]
                    f[f"{d}c{ks[0]}"] = o[f"c{ks[0]}"]
                    if abs(d) == 1:
                        f[f"{d}c{ks[-1]}"] = o[f"c{ks[-1]}"]
                        f[f"{d}sh"] = o["sh"]
                        f[f"{d}s2"] = o["s2"]
                else:
                    f[f"{d}w"] = "<s>" if j < 0 else "</s>"
            if i > 0:
                f["-1w|w"] = base[i - 1]["w"] + "|" + b["w"]
            if i + 1 < n:
                f["w|+1w"] = b["w"] + "|" + base[i + 1]["w"]
            out.append(f)
        return out


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def kmeans(X: np.ndarray, k: int, iters: int = 12, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(X @ C.T, axis=1)
        for j in range(k):
            m = assign == j
            if m.any():
                c = X[m].mean(0)
                C[j] = c / (np.linalg.norm(c) + 1e-8)
    return C


def build_clusters(vectors_dir: Path) -> None:
    import gzip
    import spacy

    nlp = spacy.load(vectors_dir)
    words = []
    with gzip.open(WORK / "lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            words.append(line.split("\t", 1)[0])
            if len(words) >= CLUSTER_VOCAB:
                break
    X = nlp.vocab.vectors.get_batch(words)
    X = X / (np.linalg.norm(X, axis=1, keepdims=True) + 1e-8)
    for k in CLUSTER_SIZES:
        C = kmeans(X.astype(np.float32), k)
        np.save(WORK / f"centroids_{k}.npy", C.astype(np.float32))
        log(f"clusters k={k}")


def main(argv=None) -> int:
    import pycrfsuite

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--aqmar", default="none")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=120)
    ap.add_argument("--final", action="store_true", help="train on train+dev for shipping")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (WORK / f"centroids_{CLUSTER_SIZES[-1]}.npy").exists():
        build_clusters(WORK / "vectors")
    feats = CrfFeaturizer.from_files(WORK / "vectors", WORK / "lexicon.tsv.gz",
                                             {k: WORK / f"centroids_{k}.npy" for k in CLUSTER_SIZES})
    train, _test = ev.read_anercorp(data / "anercorp" / "ANERCorp.txt")
    tr, dev = ev.split_dev(train)
    if args.final:
        tr = tr + dev
    if args.aqmar != "none":
        aq = ev.read_aqmar(data / "aqmar" / "articles")
        extra = [s for n, ss in aq.items() if n not in ev.AQMAR_HELDOUT for s in ss]
        if args.aqmar == "nomisc":
            extra = [[(w, "O" if t.endswith("MISC") else t) for w, t in s] for s in extra]
        tr = tr + extra
    trainer = pycrfsuite.Trainer(verbose=False)
    t0 = time.time()
    for s in tr:
        words = [w for w, _ in s]
        trainer.append(feats.sentence_features(words), ev.to_iob2([t for _, t in s]))
    log(f"features for {sum(len(s) for s in tr)} tokens in {time.time() - t0:.0f} s")
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iters,
                        "feature.possible_transitions": True})
    out = WORK / ("crf_final.model" if args.final else "crf.model")
    trainer.train(str(out))
    log(f"trained {out} ({out.stat().st_size / 1e6:.1f} MB)")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    pred = [tagger.tag(feats.sentence_features([w for w, _ in s])) for s in dev]
    res = ev.score([ev.to_iob2([t for _, t in s]) for s in dev], pred)
    for k, v in res.items():
        print(f"dev {k:8} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
