"""Tests for marsad.text.sentences: sentence spans over Arabic news text."""

from __future__ import annotations

import pytest

from marsad.errors import InputError
from marsad.text.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    # lines are never merged; a headline without a stop is a sentence
    ("بريطانيا: أربعة محاور لاستراتيجية جديدة\nحدد رئيس الوزراء ملامح الاستراتيجية.",
     ["بريطانيا: أربعة محاور لاستراتيجية جديدة", "حدد رئيس الوزراء ملامح الاستراتيجية."]),
    ("السطر الأول\n\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
    # stops
    ("هل وصل الوفد؟ نعم وصل! ثم بدأ الاجتماع.", ["هل وصل الوفد؟", "نعم وصل!", "ثم بدأ الاجتماع."]),
    ("وانتظر الجميع… ثم تكلم.", ["وانتظر الجميع…", "ثم تكلم."]),
    ("وانتظر الجميع... ثم تكلم.", ["وانتظر الجميع...", "ثم تكلم."]),
    ("ماذا حدث؟! لا أحد يعرف.", ["ماذا حدث؟!", "لا أحد يعرف."]),
    # quotation marks on either side of the stop
    ("سيكون “خطأ فادح.” وقال مصدر آخر إن باريس غير مستعدة.",
     ["سيكون “خطأ فادح.”", "وقال مصدر آخر إن باريس غير مستعدة."]),
    ("مجادلاً المنطقة. “لا ترحب بمواجهة تكتلات عسكرية”. تمت مناقشة المخطط.",
     ["مجادلاً المنطقة.", "“لا ترحب بمواجهة تكتلات عسكرية”.", "تمت مناقشة المخطط."]),
    ("قال: «هذا جيد. وذاك سيئ». ثم غادر.", ["قال: «هذا جيد. وذاك سيئ».", "ثم غادر."]),
    ("قال: «هذا جيد.» ثم غادر.", ["قال: «هذا جيد.»", "ثم غادر."]),
    ('وقال "إن الوضع خطير." وأضاف آخر.', ['وقال "إن الوضع خطير."', "وأضاف آخر."]),
    # numbers and dates
    ("بلغ النمو 3.5 في المئة. وارتفع المؤشر.", ["بلغ النمو 3.5 في المئة.", "وارتفع المؤشر."]),
    ("عقد الاجتماع في 10.08.2015 في الرياض. ثم انفض.", ["عقد الاجتماع في 10.08.2015 في الرياض.", "ثم انفض."]),
    ("بلغ ٣.٥ مليار. وارتفع.", ["بلغ ٣.٥ مليار.", "وارتفع."]),
    # abbreviations and initials
    ("قال د. محمد علي إن الوضع مستقر. وأضاف.", ["قال د. محمد علي إن الوضع مستقر.", "وأضاف."]),
    ("وصل م. خالد إلى الموقع. ثم غادر.", ["وصل م. خالد إلى الموقع.", "ثم غادر."]),
    ("العنوان ص.ب. 1234 الرياض. اتصلوا بنا.", ["العنوان ص.ب. 1234 الرياض.", "اتصلوا بنا."]),
    ("زار ج. بوش المنطقة. ثم غادر.", ["زار ج. بوش المنطقة.", "ثم غادر."]),
    ("The U.S. and Dr. Smith met. Then they left.", ["The U.S. and Dr. Smith met.", "Then they left."]),
    ("ولد عام 1950 م. وتوفي عام 2010 م.", ["ولد عام 1950 م.", "وتوفي عام 2010 م."]),
    ("زار الموقع www.spa.gov.sa اليوم. ثم غادر.", ["زار الموقع www.spa.gov.sa اليوم.", "ثم غادر."]),
    # list numbers at the start of a line
    ("المقادير:\n1. كوب دقيق.\n2. ملعقة سكر. تخلط جيدا.",
     ["المقادير:", "1. كوب دقيق.", "2. ملعقة سكر.", "تخلط جيدا."]),
    ("بلغ العدد 2015. ثم انخفض.", ["بلغ العدد 2015.", "ثم انخفض."]),
    # Arabic comma and semicolon do not end a sentence
    ("زار الرياض، ثم جدة؛ وعاد إلى مكة.", ["زار الرياض، ثم جدة؛ وعاد إلى مكة."]),
    # whitespace and invisible marks are trimmed
    ("  \u200fجملة أولى.   جملة ثانية.  ", ["جملة أولى.", "جملة ثانية."]),
    ("", []),
    ("\n \n\t", []),
])
def test_sentences_split(text, expected):
    assert sents(text) == expected


@pytest.mark.parametrize("text", [
    "«" + "كلام طويل. " * 200,  # an unclosed quote does not swallow the stops after it
    "كلام. " * 5000,
])
def test_sentences_unbalanced_and_long_text(text):
    out = split_sentences(text)
    assert len(out) >= 100
    for s in out:
        assert s.end > s.start
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()


@pytest.mark.parametrize("unit,count", [("قال د. ", 20000), ("زار م. ", 20000)])
def test_sentences_many_abbreviations_on_one_line(unit, count):
    # a regression: the abbreviation check once re-read the rest of the line (quadratic time)
    text = unit * count + "انتهى. ثم."
    assert [text[s.start:s.end] for s in split_sentences(text)][-1] == "ثم."


@pytest.mark.parametrize("text", [
    "سطر بلا نقطة\nسطر. آخر؟ نعم!\n«اقتباس. طويل» قال.",
    "“فادح.”” ..؟؟ !!! ” « » \" \"",
    "a. b. c.\u200f\u202bد. هـ.",
])
def test_sentences_spans_ordered_and_exact(text):
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        assert "\n" not in text[s.start:s.end]
        prev_end = s.end


@pytest.mark.parametrize("bad", [None, b"abc", 3.5])
def test_sentences_bad_input_raises_input_error(bad):
    with pytest.raises(InputError):
        split_sentences(bad)
