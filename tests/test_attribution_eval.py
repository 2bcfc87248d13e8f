"""CI floors for the attribution stage: quote and speaker F1 (score.py's rules) on the public example and the dev set.

Floors are the figures reached when they were set, minus 0.02 (see docs/attribution.md). Skipped when
../shared (score.py, the public example) is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluation import attribution as ev

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "tools" / "score.py").is_file(),
                                reason="../shared/tools/score.py is absent")

# (gold set, layer, floor)
FLOORS = [
    ("public", "quotes", 0.94),
    ("public", "speakers", 0.94),
    ("dev", "quotes", 0.925),
    ("dev", "speakers", 0.895),
]


def _paths(which: str) -> list[Path]:
    if which == "public":
        return [SHARED / ev.PUBLIC_EXAMPLE]
    paths = ev.dev_gold_paths()
    if not paths:
        pytest.skip("no dev gold files yet")
    return paths


@pytest.fixture(scope="module")
def results() -> dict:
    return {}


@pytest.mark.parametrize("which,layer,floor", FLOORS)
def test_attribution_eval_f1_floor(results, which, layer, floor):
    if which not in results:
        results[which] = ev.evaluate(_paths(which), SHARED)
    f1 = results[which][layer]["f"]
    assert f1 >= floor, f"{which} {layer} F1 {f1:.3f} fell below the floor {floor}"


def test_attribution_eval_main_prints_f1_last(capsys):
    assert ev.main(["--shared", str(SHARED)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith("F1 = ")


def test_attribution_eval_missing_scorer_says_so(tmp_path, capsys):
    assert ev.main(["--shared", str(tmp_path)]) == 2
    assert "score.py not found" in capsys.readouterr().out
