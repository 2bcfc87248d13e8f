"""How the entities stage scales with article length (prints figures; never passes or fails).

    taskset -c 0 .venv/bin/python bench/bench_entities_scaling.py [--sizes 1,5,20,80] [--ner] [--repeat 3]

Concatenates the first N articles of ../shared/data/saudinewsnet/saudinewsnet_aawsat_spa.jsonl (blank line between
them; a repeated news paragraph when the data is absent) and times ``find_entities`` on the text (the text stage's
normalised view is built inside, as in the pipeline). Without ``--ner`` the NER model is off (``use_ner=False``):
the figure is the stage's own work (KB matching, titles, patterns, propagation, clustering), which should keep
about the same words/s from 1 to 80 articles. With ``--ner`` it also times ``marsad.entities.ner.predict`` alone
on the same text and prints the stage's overhead over the model. Times are the best of ``--repeat`` runs; words/s
and the NER columns use the process's CPU time, which other jobs on a shared machine disturb less than wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_FALLBACK = ("قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة العربية السعودية ترحب بقرار مجلس الأمن، "
             "وأكد الأمير فيصل بن بندر أمير منطقة الرياض أن هيئة الهلال الأحمر السعودي تعمل مع وزارة الصحة.")


def articles(n: int) -> list[str]:
    path = ROOT.parent / "shared/data/saudinewsnet/saudinewsnet_aawsat_spa.jsonl"
    if not path.exists():
        return [_FALLBACK] * (12 * n)
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                break
    return out


def _timed(fn, *args, **kwargs) -> tuple[float, float]:
    """(CPU seconds of this process, wall seconds): CPU time is the figure to compare on a shared machine."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn(*args, **kwargs)
    return time.process_time() - c0, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,5,20,80", help="numbers of concatenated articles")
    ap.add_argument("--ner", action="store_true", help="also run with the NER model and time the model alone")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size (the best is printed: the machine is shared)")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]

    warnings.simplefilter("ignore")
    from marsad.entities import find_entities
    from marsad.entities.kb import load_kb
    from marsad.pipeline import make_article

    load_kb()
    find_entities(make_article(_FALLBACK), use_ner=False)  # warm the caches (lexicon, pattern data)
    docs = articles(max(sizes))
    print(f"{'articles':>8} {'chars':>9} {'words':>8} {'cpu s':>8} {'wall s':>8} {'words/s':>9}"
          + (f" {'ner s':>8} {'stage s':>8} {'overhead':>8}" if args.ner else ""))
    for n in sizes:
        text = "\n\n".join(docs[:n])
        words = len(text.split())
        # best of --repeat runs; each run gets a new string (a space more), so nothing is reused from the last one
        cpu, wall = min(_timed(find_entities, make_article(text + " " * r), use_ner=False) for r in range(args.repeat))
        line = f"{n:>8} {len(text):>9} {words:>8} {cpu:>8.2f} {wall:>8.2f} {words / max(cpu, 1e-6):>9,.0f}"
        if args.ner:
            from marsad.entities import ner

            ner.predict(text[:2000])  # load the model outside the timing
            t_ner = min(_timed(ner.predict, text + " " * r) for r in range(args.repeat))[0]
            t_all = min(_timed(find_entities, make_article(text + " " * (args.repeat + r)))
                        for r in range(args.repeat))[0]
            line += f" {t_ner:>8.2f} {t_all:>8.2f} {100 * (t_all - t_ner) / t_ner:>+7.0f}%"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
