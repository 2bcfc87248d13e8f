"""Event evaluation: gold article files -> PLOVER event P/R/F1 (``score.py``'s rules: code, actor and target match).

Runs the whole pipeline on each gold article (with the gold ``published``) and scores the events layer with
``../shared/tools/score.py`` (imported by path, never copied). Prints the public example and the dev set
(``tests/data/dev/*.gold.json``) separately; the last line is ``F1 = ...`` (dev).

    python -m marsad.evaluation.events [DATA_DIR] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

from marsad.evaluation.time import REPO, example_paths, load_scorer


def predict(text: str, published: str | None) -> dict:
    """The analysis of ``text`` as the contract dict the scorer reads (entities and events)."""
    import marsad

    article = marsad.analyze(text, published=published)
    return {"text": text, "entities": [e.to_dict() for e in article.entities],
            "events": [v.to_dict() for v in article.events]}


def _describe(ev: dict) -> str:
    def arg(a):
        if not a:
            return "-"
        return f"{a.get('text')}/{a.get('country') or ''}"
    return f"{ev.get('code')} {arg(ev.get('actor'))} -> {arg(ev.get('target'))}"


def evaluate(paths, errors: list | None = None) -> dict:
    """Micro-averaged event precision/recall/F1 over the gold files ``paths``.

    Returns ``{"p", "r", "f1", "right", "predicted", "gold", "articles"}``; when ``errors`` is a list, appends one
    line per missed gold event and per spurious predicted event."""
    score = load_scorer()
    if score is None:
        raise FileNotFoundError("../shared/tools/score.py not found; run from the repository root")
    right = predicted = gold_n = 0
    paths = [Path(p) for p in paths]
    for path in paths:
        gold = score.load_gold(path)
        pred = predict(gold["text"], gold.get("published"))
        tp, n_pred, n_gold = score.score_events(pred, gold)
        right, predicted, gold_n = right + tp, predicted + n_pred, gold_n + n_gold
        if errors is not None:
            used = set()
            for g in gold.get("events", []):
                hit = next((i for i, p in enumerate(pred["events"])
                            if i not in used and score._ev_match(p, g, pred)), None)
                if hit is None:
                    errors.append(f"{path.name}: MISSED {g['code']} {g.get('actor')} -> {g.get('target')}")
                else:
                    used.add(hit)
            for i, p in enumerate(pred["events"]):
                if i not in used:
                    errors.append(f"{path.name}: EXTRA  {_describe(p)}  [{p['trigger']['text']}]")
    p, r, f = score._prf(right, predicted, gold_n)
    return {"p": p, "r": r, "f1": f, "right": right, "predicted": predicted, "gold": gold_n,
            "articles": len(paths)}


def _line(name: str, res: dict) -> str:
    return (f"{name:8s} P={res['p']:.3f} R={res['r']:.3f} F1={res['f1']:.3f}  ({res['right']} right, "
            f"{res['predicted']} predicted, {res['gold']} gold, {res['articles']} articles)")


def main(data_dir=None, show_errors: bool = False) -> int:
    """Print event P/R/F1 on the public example and on the dev set (or ``data_dir``); last line ``F1 = ...``."""
    if load_scorer() is None:
        print("../shared/tools/score.py not found: run from the repository root with ../shared present")
        return 2
    dev_dir = Path(data_dir) if data_dir else REPO / "tests" / "data" / "dev"
    dev_files = sorted(dev_dir.glob("*.gold.json"))
    errors: list[str] | None = [] if show_errors else None
    example = evaluate(example_paths(), errors) if example_paths() else None
    dev = evaluate(dev_files, errors) if dev_files else None
    for e in errors or []:
        print(e)
    if example:
        print(_line("example", example))
    if dev:
        print(_line("dev", dev))
    print(f"F1 = {dev['f1']:.3f}" if dev else "F1 = n/a (no dev gold files)")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(args[0] if args else None, "--errors" in sys.argv))
