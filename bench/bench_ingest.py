"""Ingest throughput (articles/s, words/s) at 1 and 2 workers, peak memory as the corpus grows, and the Spark path.

Prints figures; never passes or fails on time. Each measurement runs ``marsad ingest`` (or ``marsad spark``) in a
subprocess on the first N articles of the corpus and polls /proc for the resident memory of the whole process tree
(the parent that writes DuckDB, and the analysis workers).

    nice .venv/bin/python bench/bench_ingest.py                       # the full SaudiNewsNet sample (3,291 articles)
    nice .venv/bin/python bench/bench_ingest.py --speed-n 300 --sizes 500,1000 --spark-n 200
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet_aawsat_spa.jsonl"


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def run_measured(cmd: list[str]) -> dict:
    """Run ``cmd``; wall time, peak RSS of the parent and of the whole tree (MB), and its stdout."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak_parent = peak_tree = 0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak_parent = max(peak_parent, _rss_kb(proc.pid))
        peak_tree = max(peak_tree, sum(_rss_kb(p) for p in pids))
        time.sleep(0.25)
    out, err = proc.communicate()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    return {"seconds": time.perf_counter() - t0, "parent_mb": peak_parent / 1024, "tree_mb": peak_tree / 1024,
            "stdout": out}


def subset(n: int, folder: Path) -> tuple[Path, int]:
    """The first n lines of the corpus as a JSONL file; returns it and its word count."""
    import re

    path = folder / f"first-{n}.jsonl"
    words = 0
    with open(CORPUS, encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
            words += len(re.findall(r"\w+", json.loads(line).get("text", "")))
    return path, words


def ingest(path: Path, db: Path, workers: int, embed: bool = True) -> dict:
    cmd = [sys.executable, "-m", "marsad.interfaces.cli", "ingest", str(path), "--db", str(db), "--workers",
           str(workers), "--no-progress", "--json"] + ([] if embed else ["--no-embed"])
    r = run_measured(cmd)
    r["summary"] = json.loads(r["stdout"].strip().splitlines()[-1])
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed-n", type=int, default=3291, help="articles for the 1-worker vs 2-worker throughput")
    ap.add_argument("--sizes", default="500,1000,3291", help="corpus sizes for peak memory (2 workers)")
    ap.add_argument("--spark-n", type=int, default=500, help="articles for the Spark path (0: skip)")
    ap.add_argument("--no-embed", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"{CORPUS} is not there (the shared data folder)")
    embed = not args.no_embed
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        tmp = Path(tmp)
        print(f"corpus: {CORPUS.name}; cores: {os.cpu_count()}; embeddings: {embed}; load: {os.getloadavg()[0]:.1f}")
        results = {}
        path, words = subset(args.speed_n, tmp)
        for w in (1, 2):
            r = ingest(path, tmp / f"speed-{w}.duckdb", w, embed)
            n = r["summary"]["analysed"]
            results[w] = n / r["seconds"]
            print(f"ingest {n} articles ({words:,} words), {w} worker(s): {r['seconds']:.1f} s, "
                  f"{n / r['seconds']:.2f} articles/s, {words / r['seconds']:,.0f} words/s, "
                  f"peak RSS parent {r['parent_mb']:.0f} MB, all processes {r['tree_mb']:.0f} MB")
        print(f"speed-up 2 workers / 1 worker: {results[2] / results[1]:.2f}x")
        for n in [int(x) for x in args.sizes.split(",") if x]:
            path, words = subset(n, tmp)
            r = ingest(path, tmp / f"mem-{n}.duckdb", 2, embed)
            a = r["summary"]["analysed"]
            print(f"peak RSS at {a} articles (2 workers): parent {r['parent_mb']:.0f} MB, all processes "
                  f"{r['tree_mb']:.0f} MB; {a / r['seconds']:.2f} articles/s, {words / r['seconds']:,.0f} words/s; "
                  f"store {os.path.getsize(tmp / f'mem-{n}.duckdb') / 1e6:.1f} MB")
        if args.spark_n:
            path, words = subset(args.spark_n, tmp)
            local = ingest(path, tmp / "spark-local.duckdb", 2, embed)
            cmd = [sys.executable, "-m", "marsad.interfaces.cli", "spark", str(path), str(tmp / "spark-out"),
                   "--master", "local[2]", "--partitions", "4"] + ([] if embed else ["--no-embed"])
            r = run_measured(cmd)
            n = local["summary"]["analysed"]
            print(f"spark local[2] on {n} articles: {r['seconds']:.1f} s, {n / r['seconds']:.2f} articles/s, "
                  f"{words / r['seconds']:,.0f} words/s (JVM start included); local ingest 2 workers: "
                  f"{local['seconds']:.1f} s, {n / local['seconds']:.2f} articles/s")


if __name__ == "__main__":
    main()
