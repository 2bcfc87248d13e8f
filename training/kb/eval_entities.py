"""Entity F1 of the entities stage on gold files (the scorer's rules), with options switched on/off.

    .venv/bin/python training/kb/eval_entities.py [--no-ner] [--no-kb] [--no-titles] [--no-patterns] [-v] [GOLD.json ...]

Default gold: tests/data/dev/*.gold.json and ../shared/examples/*.gold.json. Imports ../shared/tools/score.py.
Prints per file, then the dev set split into the outlets the stage was developed on (aawsat/was), the other
outlets (snn-alriyadh-*, snn-okaz-*, snn-sabq-* ...) and the public example, then the micro total.
"""

from __future__ import annotations

import glob
import importlib.util
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


def _part(name: str) -> str:
    """Which part of the dev set a gold file belongs to: the outlets the stage was developed on, or others."""
    if not name.startswith("snn-"):
        return "example"
    return "aawsat/was" if name.startswith(("snn-aawsat-", "snn-was-")) else "other outlets"


def main(argv: list[str]) -> int:
    from marsad.entities import find_entities
    from marsad.pipeline import make_article

    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    opts = {"use_ner": "--no-ner" not in argv, "use_kb": "--no-kb" not in argv,
            "title_persons": "--no-titles" not in argv, "patterns": "--no-patterns" not in argv}
    files = [a for a in argv if a.endswith(".json")] or sorted(
        glob.glob(str(ROOT / "tests/data/dev/*.gold.json")) + glob.glob(str(ROOT.parent / "shared/examples/*.gold.json")))
    tot = [0, 0, 0]
    parts = {"aawsat/was": [0, 0, 0], "other outlets": [0, 0, 0], "example": [0, 0, 0]}
    errs = Counter()
    warnings.simplefilter("ignore")
    for f in files:
        gold = score.load_gold(f)
        text = gold["text"]
        ents = find_entities(make_article(text, published=gold.get("published")), **opts)
        pred = {"text": text, "entities": [e.to_dict() for e in ents]}
        tp, n_p, n_g = score.score_entities(pred, gold, text)
        tot = [tot[0] + tp, tot[1] + n_p, tot[2] + n_g]
        part = parts[_part(Path(f).name)]
        part[:] = [part[0] + tp, part[1] + n_p, part[2] + n_g]
        p, r, f1 = score._prf(tp, n_p, n_g)
        print(f"{Path(f).name:45s} P={p:.3f} R={r:.3f} F1={f1:.3f}")
        if "-v" in argv:
            gm = {(g["start"], g["end"], g["type"]) for g in gold["entities"]}
            pm = {(m["start"], m["end"], e["type"]) for e in pred["entities"] for m in e["mentions"]}
            for s, e, t in sorted(pm - gm):
                print("   FP", t, text[s:e])
            for s, e, t in sorted(gm - pm):
                print("   FN", t, text[s:e])
    for name, t in parts.items():
        if t[2]:
            p, r, f1 = score._prf(*t)
            print(f"  {name:15s} P={p:.3f} R={r:.3f} F1={f1:.3f}  (gold mentions {t[2]})")
    p, r, f1 = score._prf(*tot)
    print(f"entities (micro, {len(files)} files) P={p:.3f} R={r:.3f} F1={f1:.3f}  options={opts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
