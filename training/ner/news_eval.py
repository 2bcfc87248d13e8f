"""The NER model alone against the entity mentions of Marsad's annotated news (a comparison between models).

    .venv/bin/python training/ner/news_eval.py [MODEL_DIR ...] [--heldout]

Scores exact (start, end, type) matches of ``marsad.entities.ner`` mentions (the model, propagation and proclitic
trimming; no KB or patterns) against ``tests/data/dev/*.gold.json`` (or ``tests/data/heldout`` with --heldout).
The gold follows Marsad's contract conventions, not ANERcorp's, so the figure compares models; it is not the
entity stage's score (``scripts/score_set.sh``). Default model: the shipped one.
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from marsad.entities import ner  # noqa: E402


def score(model_dir: str | None, folder: str) -> dict:
    m = ner.load_model(model_dir)
    tp = fp = fn = 0
    per: dict[str, list[int]] = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    for g in sorted(glob.glob(str(REPO / "tests" / "data" / folder / "*.gold.json"))):
        gold = json.loads(Path(g).read_text(encoding="utf-8"))
        text = Path(g.replace(".gold.json", ".ar.txt")).read_text(encoding="utf-8")
        G = {(e["start"], e["end"], e["type"]) for e in gold["entities"]}
        P = set()
        for off, chunk in ner._chunks(text):
            doc, offs = ner._make_doc(m.nlp, chunk)
            for _name, proc in m.nlp.pipeline:
                doc = proc(doc)
            P |= {(x.start, x.end, x.type) for x in ner._mentions(doc, offs, off, chunk, m)}
        tp, fp, fn = tp + len(G & P), fp + len(P - G), fn + len(G - P)
        for t, a in per.items():
            a[0] += sum(1 for x in G & P if x[2] == t)
            a[1] += sum(1 for x in P - G if x[2] == t)
            a[2] += sum(1 for x in G - P if x[2] == t)
    f1 = lambda a, b, c: 2 * a / (2 * a + b + c) if a else 0.0  # noqa: E731
    return {"f1": f1(tp, fp, fn), "p": tp / max(1, tp + fp), "r": tp / max(1, tp + fn),
            **{t: f1(*a) for t, a in per.items()}}


def main(argv: list[str]) -> int:
    folder = "heldout" if "--heldout" in argv else "dev"
    for path in [a for a in argv if not a.startswith("--")] or [None]:
        r = score(path, folder)
        print(f"{path or 'shipped model'} {folder}: F1 {r['f1']:.3f} (P {r['p']:.3f} R {r['r']:.3f}) "
              + " ".join(f"{t} {r[t]:.3f}" for t in ("PER", "ORG", "LOC")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
