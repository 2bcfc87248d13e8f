"""Benchmark of the text layer (sentences + clitic-aware tokens) beside spaCy's blank('ar') tokenizer.

Reads the 3,291 articles of ``../shared/data/saudinewsnet/saudinewsnet_aawsat_spa.jsonl`` and prints, for each
system, the tokens per second (and for Marsad the words per second), then the speed ratio Marsad / spaCy.
Marsad is timed cold (empty caches, lexicon load included: the first pass), then warm; warm Marsad and spaCy are
each run ``REPEAT`` times, alternating, and the best run is reported (the machine is shared; the best run is
the least disturbed one). Last, the time on pathological inputs of growing size (linear time is the aim). Times are CPU
seconds of this process (time.process_time), so other jobs on the machine do not skew the ratio.

Run:  taskset -c 0 .venv/bin/python bench/bench_text.py [path/to/articles.jsonl]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "saudinewsnet" / "saudinewsnet_aawsat_spa.jsonl"
REPEAT = 3


def load(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def run_marsad(texts: list[str]) -> tuple[float, int, int, int]:
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    t0 = time.process_time()
    n_tok = n_words = n_sent = 0
    for text in texts:
        n_sent += len(split_sentences(text))
        toks = tokenize(text)
        n_tok += len(toks)
        n_words += sum(len(t.words) for t in toks)
    return time.process_time() - t0, n_tok, n_words, n_sent


def run_spacy(texts: list[str]) -> tuple[float, int]:
    import spacy

    nlp = spacy.blank("ar")
    t0 = time.process_time()
    n = 0
    for text in texts:
        n += len(nlp.tokenizer(text))
    return time.process_time() - t0, n


PATHOLOGICAL = {  # unit repeated n times: the time should grow linearly with n
    "abbreviations on one line": "قال د. ",
    "unclosed quotes": "«قال. ",
    "list numbers": "1. ",
    "stops only": ".",
    "one long word": "ب",
}


def run_pathological() -> None:
    from marsad.text.sentences import split_sentences
    from marsad.text.tokens import tokenize

    for name, unit in PATHOLOGICAL.items():
        times = []
        for n in (50_000, 100_000, 200_000):
            text = unit * n
            t0 = time.process_time()
            split_sentences(text)
            tokenize(text)
            times.append(time.process_time() - t0)
        print(f"  {name:28s} n=50k/100k/200k: " + " / ".join(f"{t:.2f} s" for t in times))


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.exists():
        print(f"error: {path} not found (pass the articles JSONL)", file=sys.stderr)
        return 2
    texts = load(path)
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars / 1e6:.1f} M characters")
    cold, n_tok, n_words, n_sent = run_marsad(texts)
    warm = sp_time = float("inf")
    for _ in range(REPEAT):
        warm = min(warm, run_marsad(texts)[0])
        t, sp_tok = run_spacy(texts)
        sp_time = min(sp_time, t)
    print(f"marsad text layer (cold): {n_tok / cold:,.0f} tokens/s  {n_words / cold:,.0f} words/s  "
          f"({n_tok:,} tokens, {n_words:,} words, {n_sent:,} sentences, {cold:.2f} s)")
    print(f"marsad text layer (warm, best of {REPEAT}): {n_tok / warm:,.0f} tokens/s  {n_words / warm:,.0f} words/s  "
          f"({warm:.2f} s)")
    print(f"spaCy blank('ar') tokenizer (best of {REPEAT}): {sp_tok / sp_time:,.0f} tokens/s  ({sp_tok:,} tokens, {sp_time:.2f} s)")
    print(f"ratio marsad/spaCy (tokens/s, cold): {(n_tok / cold) / (sp_tok / sp_time):.2f}")
    print(f"ratio marsad/spaCy (tokens/s, warm): {(n_tok / warm) / (sp_tok / sp_time):.2f}")
    print("linear time on pathological inputs (sentences + tokens):")
    run_pathological()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
