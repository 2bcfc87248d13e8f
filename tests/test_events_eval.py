"""Events evaluation gate: event F1 on the dev set and on the public example may not fall below recorded floors."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# recorded floors: what the events stage reached minus 0.02 (see docs/events.md); the dev set grows as
# annotators add articles, so the dev floor follows the figure on the dev set of the day
FLOORS = [
    ("dev", 0.60),  # reached 0.624 (P 0.780, R 0.520) on 2026-11-29, after the blind pass on other outlets
    ("example", 0.98),
]
# precision may not be bought away for recall: the dev precision stays at or above this
PRECISION_FLOOR = 0.70


@pytest.mark.parametrize("which, floor", FLOORS)
def test_events_eval_f1_floor(which, floor):
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.skip("../shared is absent")
    from marsad.evaluation import events as ev
    from marsad.evaluation.time import example_paths

    paths = example_paths() if which == "example" else sorted((REPO / "tests" / "data" / "dev").glob("*.gold.json"))
    if not paths:
        pytest.skip(f"no {which} gold files")
    res = ev.evaluate(paths)
    assert res["f1"] >= floor, res
    if which == "dev":
        assert res["p"] >= PRECISION_FLOOR, res


@pytest.mark.parametrize("argv_dir", [None])
def test_events_eval_main_prints_f1_last(argv_dir, capsys):
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.skip("../shared is absent")
    from marsad.evaluation import events as ev

    assert ev.main(argv_dir) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith("F1 = ")
    assert any(line.startswith("example") for line in lines) and any(line.startswith("dev") for line in lines)
