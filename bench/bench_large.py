"""Peak memory and time of `marsad analyze` on one very long article, at several sizes.

    .venv/bin/python bench/bench_large.py [--sizes 1,5,20] [--data ../shared/data]

Builds articles of the given sizes (MB of UTF-8) by concatenating SaudiNewsNet articles, runs the CLI on each in a
subprocess (`--max-mb` raised) and prints seconds, words/s and peak RSS, so bounded memory shows as RSS that does
not grow with the size. Prints figures; it never passes or fails on them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(size_mb: float, data: Path, out: Path) -> int:
    target = int(size_mb * 1_000_000)
    words = 0
    with out.open("w", encoding="utf-8") as fh, (data / "saudinewsnet" / "saudinewsnet_aawsat_spa.jsonl").open(
            encoding="utf-8") as src:
        lines = src.readlines()
        i = 0
        while fh.tell() < target:
            text = json.loads(lines[i % len(lines)])["text"]
            fh.write(text + "\n\n")
            words += len(text.split())
            i += 1
    return words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,5,20")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()
    marsad = ROOT / ".venv" / "bin" / "marsad"
    print(f"{'MB':>5} {'words':>10} {'seconds':>8} {'words/s':>8} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in [float(s) for s in args.sizes.split(",")]:
            path = Path(tmp) / f"long-{size}.txt"
            words = build(size, Path(args.data), path)
            t0 = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            proc = subprocess.run([str(marsad), "analyze", str(path), "--json", "--max-mb", str(size * 2),
                                   "-o", str(Path(tmp) / "out.json")], capture_output=True, text=True)
            secs = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            if proc.returncode != 0:
                print(f"{size:5.1f} failed: {proc.stderr.strip()}")
                continue
            note = "" if peak > before else " (peak of an earlier, larger run)"
            print(f"{size:5.1f} {words:10,} {secs:8.1f} {words / secs:8,.0f} {peak / 1024:12,.0f}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
