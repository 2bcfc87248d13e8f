"""Build the word-frequency lexicon used by the clitic segmenter (``marsad.text.tokens``).

Input : ``../shared/data/saudinewsnet/saudinewsnet_all.jsonl.gz`` (SaudiNewsNet, 28,911 articles, 8.6 M words,
        parallelfold/SaudiNewsNet @ 4e39239966c2ae8a3faa591201acb9cd1f51199d, CC BY-NC-SA 4.0).
Output: ``src/marsad/data/wordfreq.tsv.gz``: one ``form<TAB>count`` line per lexicon key (``marsad.text.tokens.lexkey``:
        harakat/tatweel/control marks dropped, alef forms and alef maqsura folded, ta marbuta kept), most frequent
        first, the top ``--top`` forms seen at least ``--min-count`` times. Only counts are shipped, no text.

Run:  .venv/bin/python training/segmentation/build_wordfreq.py [--data ../shared/data] [--top 200000]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.tokens import lexkey  # noqa: E402

_ARABIC_RUN = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670\u0671]+")


def count_words(path: Path) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for field in ("title", "text"):
                text = rec.get(field) or ""
                counts.update(lexkey(m.group()) for m in _ARABIC_RUN.finditer(text))
    counts.pop("", None)
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--top", type=int, default=200_000)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--out", default=str(ROOT / "src" / "marsad" / "data" / "wordfreq.tsv.gz"))
    args = ap.parse_args(argv)
    src = Path(args.data) / "saudinewsnet" / "saudinewsnet_all.jsonl.gz"
    if not src.exists():
        print(f"error: {src} not found (pass --data)", file=sys.stderr)
        return 2
    counts = count_words(src)
    total = sum(counts.values())
    kept = [(w, c) for w, c in counts.most_common(args.top) if c >= args.min_count]
    with gzip.GzipFile(args.out, "wb", mtime=0, compresslevel=9) as raw:
        raw.write(f"# wordfreq: SaudiNewsNet all sources (parallelfold/SaudiNewsNet@4e392399), "
                  f"{total} Arabic words, {len(counts)} forms, top {len(kept)} kept; "
                  f"built by training/segmentation/build_wordfreq.py\n".encode())
        raw.write(f"__TOTAL__\t{total}\n".encode())
        for w, c in kept:
            raw.write(f"{w}\t{c}\n".encode())
    print(f"{len(kept)} forms of {len(counts)} ({total} words) -> {args.out} "
          f"({Path(args.out).stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
