"""Entity stage against a slice of ANERcorp (a check of generalisation outside the Saudi dev set).

    .venv/bin/python training/kb/eval_anercorp.py [FIRST_LINE LAST_LINE] [--ner] [--no-patterns]

Default slice: train lines 100,000-125,099 (see ../shared/data/anercorp/SPLIT.md; never the test part, never for
tuning thresholds on). Tokens are joined with spaces, 15 sentences per article; a predicted mention is right when it
has the gold type (PERS -> PER) and the gold end, and starts at the gold start or after proclitics (و ف ب ل ك), as
../shared/tools/score.py allows. ANERcorp leaves many organisations untagged, so ORG precision reads low.
"""

from __future__ import annotations

import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp.txt"


def articles(first: int, last: int, per_article: int = 15):
    lines = CORPUS.read_text(encoding="utf-8").split("\n")[first - 1:last]
    toks = [ln.rsplit(" ", 1) for ln in lines if ln.strip() and " " in ln]
    cur, n = [], 0
    for t in toks:
        cur.append(t)
        if t[0] == ".":
            n += 1
            if n % per_article == 0:
                yield cur
                cur = []
    if cur:
        yield cur


def main(argv: list[str]) -> int:
    from marsad.entities import find_entities
    from marsad.pipeline import make_article

    if not CORPUS.exists():
        print(f"{CORPUS} is absent")
        return 1
    nums = [int(a) for a in argv if a.isdigit()]
    first, last = (nums + [100000, 125099])[:2] if len(nums) >= 2 else (100000, 125099)
    opts = {"use_ner": "--ner" in argv, "patterns": "--no-patterns" not in argv}
    warnings.simplefilter("ignore")
    c = Counter()
    for art in articles(first, last):
        text, gold, cur = "", [], None
        for w, tag in art:
            text += " " if text else ""
            s = len(text)
            text += w
            if tag.startswith("B-"):
                cur = [s, len(text), tag[2:].replace("PERS", "PER")]
                gold.append(cur)
            elif tag.startswith("I-") and cur is not None:
                cur[1] = len(text)
            else:
                cur = None
        pred = [(m.start, m.end, e.type) for e in find_entities(make_article(text), **opts) for m in e.mentions]
        used = set()
        for s, e, t in pred:
            c[t + "_p"] += 1
            g = next((tuple(g) for g in gold if g[1] == e and g[2] == t and g[0] <= s <= g[0] + 3
                      and all(ch in "وفبلك" for ch in text[g[0]:s]) and tuple(g) not in used), None)
            if g is not None:
                used.add(g)
                c[t + "_tp"] += 1
        for g in gold:
            c[g[2] + "_g"] += 1
    tp, n_p, n_g = (sum(c[t + k] for t in ("PER", "LOC", "ORG", "MISC")) for k in ("_tp", "_p", "_g"))
    p, r = tp / max(n_p, 1), tp / max(n_g, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    print(f"ANERcorp lines {first}-{last}: P={p:.3f} R={r:.3f} F1={f1:.3f}  options={opts}")
    for t in ("PER", "LOC", "ORG", "MISC"):
        print(f"  {t:4s} right {c[t + '_tp']:4d}  predicted {c[t + '_p']:4d}  gold {c[t + '_g']:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
