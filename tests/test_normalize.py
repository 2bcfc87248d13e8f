"""Tests for marsad.text.normalize: the normalised view for matching and its map back to the original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import (NormalizeOptions, arabic_share, is_arabic_letter, normalize,
                                   normalize_with_map)


@pytest.mark.parametrize("text,expected", [
    ("أحمد", "احمد"),
    ("إبراهيم", "ابراهيم"),
    ("آل سعود", "ال سعود"),
    ("مستشفى", "مستشفي"),
    ("الحكومة", "الحكومه"),
    ("مسؤول", "مسوول"),
    ("رئيس", "رييس"),
    ("مُحَمَّدٌ", "محمد"),
    ("الـــرياض", "الرياض"),
    ("٢٠١٥", "2015"),
    ("۱۴۳۶", "1436"),
    ("\u200fالرياض\u200e", "الرياض"),
    ("ﺍﻟﺴﻼﻡ", "السلام"),
    ("NATO", "nato"),
    ("وفقًا", "وفقا"),
])
def test_normalize_folds(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text,options,expected", [
    ("أحمد", NormalizeOptions(alef=False), "أحمد"),
    ("الحكومة", NormalizeOptions(letters=False), "الحكومة"),
    ("مُحَمَّد", NormalizeOptions(diacritics=False), "مُحَمَّد"),
    ("٢٠١٥", NormalizeOptions(digits=False), "٢٠١٥"),
    ("NATO", NormalizeOptions(lower=False), "NATO"),
])
def test_normalize_options_switch_folds_off(text, options, expected):
    assert normalize(text, options) == expected


@pytest.mark.parametrize("text,needle,original", [
    ("قال مُحَمَّدٌ إن", "محمد", "مُحَمَّدٌ"),
    ("وصل إلى الـــرياض اليوم", "الرياض", "الـــرياض"),
    ("في ٢٠١٥ م", "2015", "٢٠١٥"),
    ("زار\u200f أحمد", "احمد", "أحمد"),
    ("ﺍﻟﺴﻼﻡ عليكم", "السلام", "ﺍﻟﺴﻼﻡ"),
])
def test_normalize_map_back_to_original(text, needle, original):
    view = normalize_with_map(text)
    i = view.text.index(needle)
    s, e = view.to_original(i, i + len(needle))
    assert text[s:e] == original


@pytest.mark.parametrize("text", ["", "abc", "مُحَمَّدٌ ﻻ \u200f٢٠١٥", "ـــ\u064b"])
def test_normalize_map_consistent(text):
    view = normalize_with_map(text)
    assert view.text == normalize(text)
    assert len(view.offsets) == len(view.text)
    assert list(view.offsets) == sorted(view.offsets)
    assert all(0 <= o < len(text) for o in view.offsets)


@pytest.mark.parametrize("text,start", [("abc", 1), ("", 0), ("مُحَمَّد", 3)])
def test_normalize_empty_span_maps_to_point(text, start):
    view = normalize_with_map(text)
    start = min(start, len(view.text))
    s, e = view.to_original(start, start)
    assert s == e and 0 <= s <= len(text)


@pytest.mark.parametrize("ch,expected", [("ب", True), ("ی", True), ("ﺏ", True), ("b", False), ("1", False)])
def test_normalize_is_arabic_letter(ch, expected):
    assert is_arabic_letter(ch) is expected


@pytest.mark.parametrize("text,expected", [("الرياض", 1.0), ("NATO", 0.0), ("", 0.0), ("ناتو NATO", 0.5)])
def test_normalize_arabic_share(text, expected):
    assert arabic_share(text) == pytest.approx(expected)


def _reference_view(text: str, options: NormalizeOptions):
    """The definition: fold character by character (``_fold_char``)."""
    from marsad.text.normalize import _fold_char

    out, offsets = [], []
    for i, ch in enumerate(text):
        f = _fold_char(ch, options)
        out.append(f)
        offsets.extend([i] * len(f))
    return "".join(out), tuple(offsets)


_ARABIC_MIX = st.text(alphabet=st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    st.characters(min_codepoint=0x2000, max_codepoint=0x206F),
    st.characters(max_codepoint=0x7F),
), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_ARABIC_MIX, st.text(max_size=80)),
       st.sampled_from([NormalizeOptions(), NormalizeOptions(alef=False, letters=False),
                        NormalizeOptions(diacritics=False, controls=False), NormalizeOptions(presentation=False)]))
def test_normalize_fast_path_matches_definition(text, options):
    folded, offsets = _reference_view(text, options)
    assert normalize(text, options) == folded
    view = normalize_with_map(text, options)
    assert (view.text, view.offsets) == (folded, offsets)


def test_normalize_phrase_index_groups_by_first_word_longest_first():
    from marsad.text.normalize import phrase_index

    index = phrase_index(["وزير", "وزير الخارجية", "وزير الدولة للشؤون", "رئيس"])
    assert set(index) == {"وزير", normalize("رئيس")}
    assert [len(p) for p in index["وزير"]] == [3, 2, 1]
    assert index[normalize("رئيس")] == [(normalize("رئيس"),)]
    assert phrase_index(["إدارة الأمن"]) == {normalize("إدارة"): [(normalize("إدارة"), normalize("الأمن"))]}
