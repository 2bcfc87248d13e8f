"""KB matcher and entities-stage speed, in words per second (prints figures; never passes or fails).

    .venv/bin/python bench/bench_kb.py [N_ARTICLES]

Reads the first N articles (default 300) of ../shared/data/saudinewsnet/saudinewsnet_aawsat_spa.jsonl when present,
else repeats the text of tests/ Arabic strings. One core.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def texts(n: int) -> list[str]:
    path = ROOT.parent / "shared/data/saudinewsnet/saudinewsnet_aawsat_spa.jsonl"
    if path.exists():
        out = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                out.append(json.loads(line)["text"])
                if len(out) >= n:
                    break
        return out
    return ["قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن حلف شمال الأطلسي لن يتوسع في آسيا. " * 40] * n


def main() -> int:
    from marsad.entities import find_entities
    from marsad.entities.kb import load_kb
    from marsad.pipeline import make_article

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    docs = texts(n)
    words = sum(len(t.split()) for t in docs)
    t0 = time.perf_counter()
    kb = load_kb()
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_matches = sum(len(kb.match(t)) for t in docs)
    t_match = time.perf_counter() - t0
    print(f"KB entries {len(kb.entries)}, load+index {t_load:.2f} s")
    print(f"KB matcher: {len(docs)} articles, {words} words, {n_matches} matches, {t_match:.2f} s, "
          f"{words / t_match:,.0f} words/s")
    warnings.simplefilter("ignore")
    find_entities(make_article(docs[0][:500]), use_ner=False)  # load the lexicon and pattern data outside the timing
    t0 = time.perf_counter()
    for t in docs[:100]:
        find_entities(make_article(t), use_ner=False)
    t_ent = time.perf_counter() - t0
    w100 = sum(len(t.split()) for t in docs[:100])
    print(f"entities stage (KB only, titles, propagation, resolution): {w100 / t_ent:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
