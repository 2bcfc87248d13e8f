"""Benchmark: NER words/s on one core over SaudiNewsNet articles (prints figures; never passes or fails).

    .venv/bin/python bench/bench_ner.py [--data ../shared/data] [--articles 300]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "data"))
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args(argv)
    src = Path(args.data) / "saudinewsnet" / "saudinewsnet_aawsat_spa.jsonl"
    if not src.is_file():
        print(f"error: {src} not found (pass --data DIR)", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    from marsad.entities import ner

    texts = []
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.articles:
                break
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    ner.load_model()
    t_load = time.perf_counter() - t0
    ner.predict(texts[0])  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    out = ner.predict_batch(texts)
    t_batch, c_batch = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for t in texts[:50]:
        ner.predict(t)
    t_single, c_single = time.perf_counter() - t0, time.process_time() - c0
    w50 = sum(len(t.split()) for t in texts[:50])
    n_mentions = sum(len(m) for m in out)
    print(f"articles: {len(texts)}, whitespace words: {words}, mentions found: {n_mentions}")
    print(f"model load: {t_load:.2f} s")
    # wall-clock figures drop when other processes share the core; CPU-time figures are this process's own cost
    print(f"predict_batch: {words / t_batch:,.0f} words/s wall, {words / c_batch:,.0f} words/CPU-s "
          f"({t_batch:.2f} s wall, {c_batch:.2f} s CPU)")
    print(f"predict (one article per call, 50 articles): {w50 / t_single:,.0f} words/s wall, "
          f"{w50 / c_single:,.0f} words/CPU-s")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
