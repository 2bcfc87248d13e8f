"""Time evaluation: gold article files -> time F1 (span overlaps and TIMEX3 value right, ``score.py``'s rules).

Runs only the text and time stages on each gold article (with the gold ``published``) and scores the times
layer with ``../shared/tools/score.py`` (imported by path, never copied). Prints the dev set
(``tests/data/dev/*.gold.json``) and the public example separately; the last line is ``F1 = ...`` (dev).

    python -m marsad.evaluation.time [GOLD.json ...] [--errors]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def shared_dir() -> Path | None:
    """``../shared`` next to the repository (or the current directory), when it exists."""
    for base in (Path.cwd(), REPO):
        cand = (base / ".." / "shared").resolve()
        if (cand / "tools" / "score.py").is_file():
            return cand
    return None


def load_scorer():
    """The ``score.py`` module from ``../shared/tools``; None when it is absent."""
    shared = shared_dir()
    if shared is None:
        return None
    spec = importlib.util.spec_from_file_location("marsad_score", shared / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dev_paths() -> list[Path]:
    return sorted((REPO / "tests" / "data" / "dev").glob("*.gold.json"))


# Outlets of the first development batch (the stage was written on them); every other outlet is "new".
FIRST_BATCH = ("snn-aawsat-", "snn-was-")


def split_dev(paths) -> dict[str, list[Path]]:
    """Dev gold files by batch: ``old`` (Asharq Al-Awsat and SPA, the first 14) and ``new`` (other outlets)."""
    paths = [Path(p) for p in paths]
    old = [p for p in paths if p.name.startswith(FIRST_BATCH)]
    return {"old": old, "new": [p for p in paths if p not in old]}


def example_paths() -> list[Path]:
    shared = shared_dir()
    return sorted((shared / "examples").glob("*.gold.json")) if shared else []


def predict(text: str, published: str | None) -> list[dict]:
    """The times Marsad finds in ``text`` (text + time stages only), as contract dicts."""
    from marsad.pipeline import Pipeline

    article = Pipeline(["text", "time"]).run_text(text, published=published)
    return [t.to_dict() for t in article.times]


def evaluate(paths, errors: list | None = None) -> dict:
    """Micro-averaged time precision/recall/F1 over the gold files ``paths``.

    Returns ``{"p", "r", "f1", "right", "predicted", "gold", "articles"}``; when ``errors`` is a list, appends
    one line per missed, wrong or spurious expression."""
    score = load_scorer()
    if score is None:
        raise FileNotFoundError("../shared/tools/score.py not found; run from the repository root")
    right = predicted = gold_n = 0
    paths = [Path(p) for p in paths]
    for path in paths:
        gold = score.load_gold(path)
        pred = {"text": gold["text"], "times": predict(gold["text"], gold.get("published"))}
        tp, n_pred, n_gold = score.score_times(pred, gold)
        right, predicted, gold_n = right + tp, predicted + n_pred, gold_n + n_gold
        if errors is not None:
            errors.extend(f"{path.name}: {line}" for line in _diff(pred["times"], gold))
    p, r, f = score._prf(right, predicted, gold_n)
    return {"p": p, "r": r, "f1": f, "right": right, "predicted": predicted, "gold": gold_n,
            "articles": len(paths)}


def _diff(pred: list[dict], gold: dict) -> list[str]:
    out = []
    for g in gold["times"]:
        hit = next((p for p in pred if min(p["end"], g["end"]) > max(p["start"], g["start"])), None)
        opt = " (optional)" if g.get("optional") else ""
        if hit is None:
            out.append(f"MISSED {g['text']!r} {g['type']} {g['value']}{opt}")
        elif str(hit["value"]) != g["value"]:
            out.append(f"WRONG  {hit['text']!r} {hit['value']} != gold {g['text']!r} {g['value']}{opt}")
    for p in pred:
        if not any(min(p["end"], g["end"]) > max(p["start"], g["start"]) for g in gold["times"]):
            out.append(f"EXTRA  {p['text']!r} {p['type']} {p['value']}")
    return out


def _line(name: str, res: dict) -> str:
    return (f"{name:8s} P={res['p']:.3f} R={res['r']:.3f} F1={res['f1']:.3f}  ({res['right']} right, "
            f"{res['predicted']} predicted, {res['gold']} gold, {res['articles']} articles)")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    show = "--errors" in argv
    given = [Path(a) for a in argv if not a.startswith("--")]
    if load_scorer() is None:
        print("../shared/tools/score.py not found: run from the repository root with ../shared present")
        return 2
    errors: list[str] | None = [] if show else None
    if given:
        res = evaluate(given, errors)
        for e in errors or []:
            print(e)
        print(_line("given", res))
        print(f"F1 = {res['f1']:.3f}")
        return 0
    example = evaluate(example_paths(), errors) if example_paths() else None
    dev = evaluate(dev_paths(), errors) if dev_paths() else None
    for e in errors or []:
        print(e)
    if example:
        print(_line("example", example))
    if dev:
        for part, files in split_dev(dev_paths()).items():
            if files:
                print(_line(f"dev-{part}", evaluate(files)))
        print(_line("dev", dev))
    print(f"F1 = {dev['f1']:.3f}" if dev else "F1 = n/a (no dev gold files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
