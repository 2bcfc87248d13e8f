"""Evaluation gate for the clitic-aware tokenizer: word segmentation F1 on UD_Arabic-PUD may not fall below the floor.

Needs ``../shared/data`` (the repository's sibling); skipped when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluation import segmentation

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
F1_FLOOR = 0.980  # measured 0.985 (see docs/text.md) minus 0.005
MULTIWORD_F1_FLOOR = 0.959  # measured 0.965 minus 0.006
SENTENCE_F1_FLOOR = 0.993  # sentence boundaries on PUD documents: measured 0.998 minus 0.005

needs_data = pytest.mark.skipif(not (DATA / segmentation.PUD).exists(), reason="../shared/data is absent")


@pytest.fixture(scope="module")
def result():
    return segmentation.evaluate(DATA)


@needs_data
@pytest.mark.parametrize("metric,floor", [("f1", F1_FLOOR), ("multiword_f1", MULTIWORD_F1_FLOOR)])
def test_segmentation_eval_floor(result, metric, floor):
    assert result[metric] >= floor, f"{metric} = {result[metric]:.3f} fell below {floor}"


@needs_data
def test_segmentation_eval_sentence_boundaries_floor():
    res = segmentation.evaluate_sentences(DATA)
    assert res["boundaries"] == 1000
    assert res["f1"] >= SENTENCE_F1_FLOOR, res


@needs_data
@pytest.mark.parametrize("key,expected", [("sentences", 1000), ("gold_words", 20747)])
def test_segmentation_eval_reads_all_of_pud(result, key, expected):
    assert result[key] == expected


@needs_data
def test_segmentation_eval_main_prints_f1_last(capsys):
    assert segmentation.main(DATA) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("F1 = 0.")


@pytest.mark.parametrize("surface,forms,spans", [
    ("وبالحكومة", ["و", "ب", "الحكومة"], [(0, 1), (1, 2), (2, 9)]),
    ("للحكومة", ["ل", "الحكومة"], [(0, 1), (1, 7)]),  # ل + ال contracted: the article loses its alef
    ("للسلطة", ["ل", "لسلطة"], [(0, 1), (1, 6)]),
    ("نشرتها", ["نشرت", "ها"], [(0, 4), (4, 6)]),
])
def test_segmentation_eval_align_mwt(surface, forms, spans):
    assert segmentation._align(surface, forms) == spans


def test_segmentation_eval_reads_mwt_lines(tmp_path):
    conllu = tmp_path / "t.conllu"
    conllu.write_text(
        "# text = وبالحكومة قال.\n"
        "1-3\tوبالحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tو\t_\t_\t_\t_\t_\t_\t_\t_\n2\tب\t_\t_\t_\t_\t_\t_\t_\t_\n3\tالحكومة\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "4\tقال\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n", encoding="utf-8")
    [(text, spans)] = segmentation.read_conllu(conllu)
    assert text == "وبالحكومة قال."
    assert [text[s:e] for s, e in spans] == ["و", "ب", "الحكومة", "قال", "."]


@pytest.mark.parametrize("text,expected", [
    ("وبالحكومة", ["و", "ب", "الحكومة"]),  # our article word is merged into the noun, as UD keeps it
    ("للحكومة", ["ل", "لحكومة"]),
])
def test_segmentation_eval_article_merged(text, expected):
    assert [text[s:e] for s, e in segmentation.predicted_spans(text)] == expected


def test_segmentation_eval_main_without_data(tmp_path, capsys):
    assert segmentation.main(tmp_path) == 2
    assert "not found" in capsys.readouterr().err
