"""Evaluation of the attribution stage: gold files -> quote and speaker precision, recall and F1 (score.py's rules).

    python -m marsad.evaluation.attribution [GOLD.json ...] [--shared ../shared] [--json]

With no paths: the dev set ``tests/data/dev/*.gold.json`` and, separately, the public example
``<shared>/examples/nato-tokyo-office.gold.json``. Each gold article goes through the full ``marsad.analyze``
pipeline with the gold's ``published`` date, and is scored by ``<shared>/tools/score.py`` (imported with
importlib; it is not part of the package). The last line is ``F1 = …``: the dev-set quotes F1.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_SHARED = REPO.parent / "shared"
PUBLIC_EXAMPLE = "examples/nato-tokyo-office.gold.json"


def load_scorer(shared: Path | None = None):
    """The ``score`` module from ``<shared>/tools/score.py``, or None when it is absent."""
    path = Path(shared or DEFAULT_SHARED) / "tools" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("marsad_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dev_gold_paths() -> list[Path]:
    return sorted((REPO / "tests" / "data" / "dev").glob("*.gold.json"))


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predict(gold: dict) -> dict:
    """The article JSON the full pipeline produces for a gold article's text."""
    import marsad

    art = marsad.analyze(gold["text"], published=gold.get("published"))
    return {
        "text": art.text,
        "entities": [e.to_dict() for e in art.entities],
        "quotes": [q.to_dict() for q in art.quotes],
        "times": [t.to_dict() for t in art.times],
        "events": [e.to_dict() for e in art.events],
    }


def evaluate(paths, shared: Path | None = None, per_file: bool = False) -> dict:
    """Micro-averaged quote and speaker P/R/F1 over the gold files ``paths``.

    Returns ``{"quotes": {"p","r","f","tp","pred","gold"}, "speakers": {...}, "files": n}`` (and per-file
    counts when asked); raises FileNotFoundError when score.py is absent."""
    score = load_scorer(shared)
    if score is None:
        raise FileNotFoundError(f"score.py not found under {Path(shared or DEFAULT_SHARED) / 'tools'}")
    total = {"quotes": [0, 0, 0], "speakers": [0, 0, 0]}
    files = []
    for path in paths:
        gold = score.load_gold(str(path))
        pred = predict(gold)
        c = score.counts(pred, gold)
        for layer in total:
            total[layer] = [a + b for a, b in zip(total[layer], c[layer])]
        files.append({"file": Path(path).name, "quotes": c["quotes"], "speakers": c["speakers"]})
    out: dict = {"files": len(files)}
    for layer, (tp, n_pred, n_gold) in total.items():
        p, r, f = _prf(tp, n_pred, n_gold)
        out[layer] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}
    if per_file:
        out["per_file"] = files
    return out


def _print(name: str, res: dict) -> None:
    print(f"{name} ({res['files']} article{'s' if res['files'] != 1 else ''})")
    for layer in ("quotes", "speakers"):
        r = res[layer]
        print(f"  {layer:8s} P={r['p']:.3f} R={r['r']:.3f} F1={r['f']:.3f}  "
              f"({r['tp']} right, {r['pred']} predicted, {r['gold']} gold)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m marsad.evaluation.attribution", description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="gold JSON files (default: the dev set)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder holding tools/score.py")
    ap.add_argument("--per-file", action="store_true", help="print counts per article")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if load_scorer(args.shared) is None:
        print(f"score.py not found under {args.shared / 'tools'}: cannot score (pass --shared)")
        return 2
    paths = [Path(p) for p in args.paths] or dev_gold_paths()
    results = {}
    example = args.shared / PUBLIC_EXAMPLE
    if not args.paths and example.is_file():
        results["public example"] = evaluate([example], args.shared, args.per_file)
    results["dev set" if not args.paths else "gold files"] = (
        evaluate(paths, args.shared, args.per_file) if paths else None)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for name, res in results.items():
            if res is None:
                print(f"{name}: no gold files found")
                continue
            _print(name, res)
            for row in res.get("per_file", []):
                q, s = row["quotes"], row["speakers"]
                print(f"    {row['file']}: quotes {q[0]}/{q[1]}/{q[2]}  speakers {s[0]}/{s[1]}/{s[2]}")
    last = results.get("dev set" if not args.paths else "gold files")
    print(f"F1 = {last['quotes']['f']:.3f}" if last else "F1 = n/a (no gold files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
