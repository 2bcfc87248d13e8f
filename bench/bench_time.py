"""Benchmark: Marsad's time tagger against dateparser.search.search_dates on the same annotated articles.

    python bench/bench_time.py [--repeat N]

For the dev set (tests/data/dev/*.gold.json) and the public example (../shared/examples), prints each system's
time F1 (score.py's rules: span overlaps a gold span and the TIMEX3 value is right) and its speed in articles/s
and words/s (median of N timed passes, one core). dateparser returns datetimes, not TIMEX3 values: a match is
rendered as YYYY-MM-DD, which is what it claims to have found; it is given the publication date as its
RELATIVE_BASE. Figures only; nothing passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.evaluation import time as time_eval  # noqa: E402
from marsad.time import find_times  # noqa: E402
from marsad.pipeline import make_article  # noqa: E402


def marsad_times(text: str, published: str | None) -> list[dict]:
    """The time stage alone (it reads only the text; the text stage's tokens are not timed here)."""
    found, _ = find_times(make_article(text, published=published))
    return [t.to_dict() for t in found]


def dateparser_times(text: str, published: str | None) -> list[dict]:
    from dateparser.search import search_dates

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            hits = search_dates(text, languages=["ar"], settings=settings) or []
        except Exception:  # noqa: BLE001 - a baseline that fails on an article finds nothing in it
            hits = []
    out, pos = [], 0
    for sub, when in hits:
        start = text.find(sub, pos)
        if start < 0:
            start = text.find(sub)
        if start < 0:
            continue
        pos = start + len(sub)
        out.append({"start": start, "end": start + len(sub), "text": sub, "type": "DATE",
                    "value": when.date().isoformat()})
    return out


def score(system, golds, scorer) -> tuple[float, float, float]:
    right = pred = gold_n = 0
    for gold in golds:
        tp, n_pred, n_gold = scorer.score_times({"times": system(gold["text"], gold.get("published"))}, gold)
        right, pred, gold_n = right + tp, pred + n_pred, gold_n + n_gold
    return scorer._prf(right, pred, gold_n)


def speed(system, golds, repeat: int) -> tuple[float, float]:
    words = sum(len(g["text"].split()) for g in golds)
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for g in golds:
            system(g["text"], g.get("published"))
        runs.append(time.perf_counter() - t0)
    secs = statistics.median(runs)
    return len(golds) / secs, words / secs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed passes per system (median is reported)")
    args = ap.parse_args(argv)
    scorer = time_eval.load_scorer()
    if scorer is None:
        print("../shared/tools/score.py not found: run from the repository root with ../shared present")
        return 2
    sets = {"dev": time_eval.dev_paths(), "example": time_eval.example_paths()}
    marsad_times("أمس", "2023-06-06")  # warm up: compile the rules once, outside the timing
    dateparser_times("أمس", "2023-06-06")
    print(f"{'set':8s} {'system':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'art/s':>9s} {'words/s':>10s}")
    for name, paths in sets.items():
        if not paths:
            print(f"{name:8s} (no gold files)")
            continue
        golds = [scorer.load_gold(p) for p in paths]
        for label, system in (("marsad", marsad_times), ("dateparser", dateparser_times)):
            p, r, f = score(system, golds, scorer)
            arts, words = speed(system, golds, args.repeat)
            print(f"{name:8s} {label:10s} {p:6.3f} {r:6.3f} {f:6.3f} {arts:9.1f} {words:10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
