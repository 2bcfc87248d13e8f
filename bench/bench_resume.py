"""Resume after kill -9: ingest killed with SIGKILL at 20 random moments, then run to the end; the counts of every
table must equal a clean run of the same articles. Prints what it saw (and says MISMATCH if they differ).

    nice .venv/bin/python bench/bench_resume.py                 # 150 articles of SaudiNewsNet, 20 kills
    nice .venv/bin/python bench/bench_resume.py --n 60 --kills 5
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet_aawsat_spa.jsonl"


def counts(db: Path) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from marsad.store.db import Store

    with Store(db, read_only=True) as s:
        return s.counts()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=150, help="articles (first N of the corpus)")
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--max-delay", type=float, default=15.0, help="seconds before a kill, at most")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="marsad-resume-") as tmp:
        tmp = Path(tmp)
        data = tmp / "sample.jsonl"
        with open(CORPUS, encoding="utf-8") as src:
            data.write_text("".join(line for _, line in zip(range(args.n), src)), encoding="utf-8")
        # every run uses a snapshot of the code taken now, so the killed runs and the clean run analyse alike
        # even while the source tree is being edited
        shutil.copytree(ROOT / "src", tmp / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        env = {**os.environ, "PYTHONPATH": str(tmp / "src")}
        db = tmp / "killed.duckdb"
        base = [sys.executable, "-m", "marsad.interfaces.cli", "ingest", str(data), "--db", str(db),
                "--batch-size", str(args.batch_size), "--no-progress"]
        kills = finished = 0
        t0 = time.perf_counter()
        while kills < args.kills:
            workers = rng.choice([1, 2])
            proc = subprocess.Popen(base + ["--workers", str(workers)], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
            delay = rng.uniform(0.2, args.max_delay)
            time.sleep(delay)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
                proc.wait()
                stored = counts(db)["articles"] if db.exists() else 0
                print(f"kill {kills:2d} after {delay:4.1f} s ({workers} worker(s)): {stored} articles stored")
            else:
                finished += 1
                if finished > 3:
                    print("the ingest finishes before the kills: use more articles (--n)")
                    break
        done = subprocess.run(base + ["--workers", "2"], capture_output=True, text=True, cwd=ROOT, env=env)
        print(f"final run: {done.stdout.strip()} (exit {done.returncode})")
        killed = counts(db)
        clean_db = tmp / "clean.duckdb"
        subprocess.run([sys.executable, "-m", "marsad.interfaces.cli", "ingest", str(data), "--db", str(clean_db),
                        "--workers", "2", "--no-progress"], capture_output=True, text=True, cwd=ROOT, env=env)
        clean = counts(clean_db)
        for table in clean:
            mark = "" if clean[table] == killed[table] else "   MISMATCH"
            print(f"{table:13s} after {kills} kills: {killed[table]:7d}   clean run: {clean[table]:7d}{mark}")
        same = clean == killed
        print(f"{kills} kills in {time.perf_counter() - t0:.0f} s; counts equal a clean run: {same}")


if __name__ == "__main__":
    main()
