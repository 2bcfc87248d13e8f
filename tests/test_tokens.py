"""Tests for marsad.text.tokens: surface tokens, clitic-split words, exact offsets."""

from __future__ import annotations

import pytest

from marsad.errors import InputError
from marsad.text.tokens import lexkey, segment_word, tokenize


def split(word: str) -> str:
    """``word`` as its pieces joined by '+'."""
    return "+".join(word[s:e] for s, e, _ in segment_word(word))


def kinds(word: str) -> list[str]:
    return [k for _, _, k in segment_word(word)]


@pytest.mark.parametrize("word,expected", [
    # proclitics, article, ل + ال contraction
    ("وبالحكومة", "و+ب+ال+حكومة"),
    ("للحكومة", "ل+ل+حكومة"),
    ("للمملكة", "ل+ل+مملكة"),
    ("والصين", "و+ال+صين"),
    ("بالرياض", "ب+ال+رياض"),
    ("لحلف", "ل+حلف"),
    ("وقال", "و+قال"),
    ("وكان", "و+كان"),
    ("فإن", "ف+إن"),
    ("بأن", "ب+أن"),
    ("ستكون", "س+تكون"),
    ("وسيتم", "و+س+يتم"),
    ("لفرنسا", "ل+فرنسا"),
    ("وبريطانيا", "و+بريطانيا"),
    ("بشأن", "ب+شأن"),
    ("وأضاف", "و+أضاف"),
    ("للأسف", "ل+ل+أسف"),
    ("وبالتالي", "و+ب+ال+تالي"),
    ("سيبحث", "س+يبحث"),
    # pronoun suffixes
    ("نشرتها", "نشرت+ها"),
    ("حكومته", "حكومت+ه"),
    ("بلادنا", "بلاد+نا"),
    ("منها", "من+ها"),
    ("عليه", "علي+ه"),
    ("إليه", "إلي+ه"),
    ("إنه", "إن+ه"),
    ("لأنه", "ل+أن+ه"),
    ("لهم", "ل+هم"),
    ("ولها", "و+ل+ها"),
    ("وبينهما", "و+بين+هما"),
    ("كلها", "كل+ها"),
    ("وصفها", "وصف+ها"),
    ("إياه", "إيا+ه"),
    ("مني", "من+ي"),
    # names and words of their own survive
    ("بكين", "بكين"),
    ("بروكسل", "بروكسل"),
    ("بيرمنغهام", "بيرمنغهام"),
    ("لندن", "لندن"),
    ("ليبيا", "ليبيا"),
    ("فرنسا", "فرنسا"),
    ("كندا", "كندا"),
    ("واشنطن", "واشنطن"),
    ("فيينا", "فيينا"),
    ("لبنان", "لبنان"),
    ("وليد", "وليد"),
    ("فيصل", "فيصل"),
    ("وزير", "وزير"),
    ("كان", "كان"),
    ("كما", "كما"),
    ("لكن", "لكن"),
    ("الذي", "الذي"),
    ("إلى", "إلى"),
    ("أحيانا", "أحيانا"),
    ("اتجاه", "اتجاه"),
    ("جنيه", "جنيه"),
    ("واحد", "واحد"),
    ("كنا", "كنا"),
    ("يتمكن", "يتمكن"),
    ("نفسي", "نفسي"),
    ("سافر", "سافر"),
    ("وصلت", "وصلت"),
    ("وفقا", "وفقا"),
    # harakat and tatweel stay with their letter
    ("وفقًا", "وفقًا"),
    ("مجادلاً", "مجادلاً"),
    ("وَقالَ", "وَ+قالَ"),
    ("بـالحكومة", "بـ+ال+حكومة"),
])
def test_tokens_segment_word(word, expected):
    assert split(word) == expected


@pytest.mark.parametrize("word,expected", [
    ("وبالحكومة", ["proclitic", "proclitic", "article", "stem"]),
    ("للحكومة", ["proclitic", "article", "stem"]),
    ("نشرتها", ["stem", "suffix"]),
    ("بكين", ["stem"]),
    ("لـ", ["proclitic"]),
    ("الأهمـ", ["article", "stem", "punct"]),
    ("الـ", ["article"]),
])
def test_tokens_word_kinds(word, expected):
    assert kinds(word) == expected


@pytest.mark.parametrize("text,expected", [
    ("قال لـ FT في يوم الاثنين.", ["قال", "لـ", "FT", "في", "يوم", "الاثنين", "."]),
    ("عسكرية”.", ["عسكرية", "”", "."]),
    ("“خطأ فادح.”", ["“", "خطأ", "فادح", ".", "”"]),
    ("بلغ 3.5 في المئة و10.08.2015", ["بلغ", "3.5", "في", "المئة", "و", "10.08.2015"]),
    ("٣٫٥ مليار", ["٣٫٥", "مليار"]),
    ("U.S. وF-16", ["U.S.", "و", "F-16"]),
    ("الرياض، جدة؛ مكة...", ["الرياض", "،", "جدة", "؛", "مكة", "..."]),
    ("(واس)", ["(", "واس", ")"]),
    ("60%", ["60", "%"]),
    ("\u200fالرياض\u200f", ["الرياض"]),
])
def test_tokens_surface_tokens(text, expected):
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize("text,word_kinds", [
    ("لـ FT", [["proclitic"], ["latin"]]),
    ("في 2015", [["stem"], ["number"]]),
    ("الـ84", [["article"], ["number"]]),
    ("والصين .", [["proclitic", "article", "stem"], ["punct"]]),
])
def test_tokens_token_word_kinds(text, word_kinds):
    assert [[w.kind for w in t.words] for t in tokenize(text)] == word_kinds


@pytest.mark.parametrize("text", [
    "وبالحكومة للحكومة نشرتها بكين",
    "قَالَ الرَّئِيسُ: «إنّه لَـنْ يَسْمَحَ بذلك».",
    "ذكرت صحيفة فاينانشيال تايمز أن الرئيس الفرنسي رفض الموافقة، بحجة أنه لا ينبغي للمنظمة.",
    "الأهمـ ـوبالتالي وـربما",
    "كلمة\u200cمركبة و\u200dكلمة",
    "ﻻ ﺍﻟﺴﻼﻡ",  # presentation forms
    "",
    "   \n\n  ",
])
def test_tokens_offsets_exact(text):
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text
        assert "".join(w.text for w in tok.words) == tok.text
        assert tok.words[0].start == tok.start and tok.words[-1].end == tok.end
        for w in tok.words:
            assert text[w.start:w.end] == w.text
            assert w.end > w.start


@pytest.mark.parametrize("text,stem", [
    ("لحلف", "حلف"),
    ("وبالحكومة", "حكومة"),
    ("بكين", "بكين"),
])
def test_tokens_stem_property(text, stem):
    assert tokenize(text)[0].stem.text == stem


@pytest.mark.parametrize("word,key", [
    ("وَقالَ", "وقال"),
    ("الـحكومة", "الحكومة"),
    ("إلى", "إلى"),
])
def test_tokens_lexkey(word, key):
    assert lexkey(word) == key


@pytest.mark.parametrize("bad", [None, b"\xd9\x82\xd8\xa7\xd9\x84", 42])
def test_tokens_bad_input_raises_input_error(bad):
    with pytest.raises(InputError):
        tokenize(bad)
