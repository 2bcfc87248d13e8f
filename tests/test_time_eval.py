"""CI floors for the time stage: time F1 (span overlaps and TIMEX3 value right, score.py's rules) on the public
example and the dev set may not fall below what was reached minus 0.02. Skips when ../shared is absent."""

from __future__ import annotations

import pytest

from marsad.evaluation import time as time_eval

# Reached on 2026-11-29 (python -m marsad.evaluation.time): example 1.000, dev 1.000 (14 articles, 48 gold).
FLOORS = {"example": 0.98, "dev": 0.98}


@pytest.fixture(scope="module")
def scorer():
    if time_eval.load_scorer() is None:
        pytest.skip("../shared/tools/score.py is absent")
    return True


@pytest.mark.parametrize("name,paths", [
    ("example", time_eval.example_paths),
    ("dev", time_eval.dev_paths),
])
def test_time_eval_f1_above_floor(scorer, name, paths):
    files = paths()
    if not files:
        pytest.skip(f"no {name} gold files")
    res = time_eval.evaluate(files)
    assert res["f1"] >= FLOORS[name], res


def test_time_eval_main_prints_f1_last(scorer, capsys):
    assert time_eval.main([]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("F1 = ")
