"""Property tests of the offset contract: every span of every stage satisfies ``text[start:end] == span.text``.

Random Unicode and random Arabic text with harakat, tatweel, bidi and zero-width marks, Arabic-Indic digits and
quotation marks, through the text layer and through the whole ``marsad.analyze`` (sentences, tokens, words, entity
mentions, quote cue/speaker/content, times, event triggers and arguments).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.text.normalize import normalize, normalize_with_map
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenize

LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]  # harakat, superscript alef, tatweel
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202e",
             "\u2066", "\u2069", "\ufeff", "\u061c", "\u00ad"]
DIGITS = [chr(c) for c in range(0x0660, 0x066A)] + list("0123456789") + ["\u066b", "\u066c"]
PUNCT = list(".،؛؟!…:«»“”\"'()-%/") + ["...", "”.", ".”"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0"]
WORDS = ["وبالحكومة", "للحكومة", "قال", "وقال", "الرئيس", "ماكرون", "إن", "في", "يوم", "الاثنين", "أمس", "بكين",
         "لحلف", "شمال", "الأطلسي", "وفقًا", "مجادلاً", "لـ", "FT", "د.", "م.", "ص.ب.", "2015", "٢٠١٥", "3.5",
         "أغسطس", "رمضان", "1436", "هـ", "وزارة", "الخارجية", "السعودية", "رفض", "هاجم", "اتفاق", "مصدر",
         "مسؤول", "أعلن", "نشرتها", "عليه", "مصادر", "مطلعة", "بحسب", "صحيفة", "فاينانشيال", "تايمز"]

arabic_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(LETTERS), st.sampled_from(MARKS),
              st.sampled_from(INVISIBLE), st.sampled_from(DIGITS), st.sampled_from(PUNCT),
              st.sampled_from(SPACES), st.sampled_from(SPACES)),
    max_size=120,
).map("".join)
any_text = st.text(max_size=300)
texts = st.one_of(arabic_text, any_text)


def check_span(text: str, start, end, span_text, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), f"{what}: offsets {start!r}, {end!r}"
    assert 0 <= start <= end <= len(text), f"{what}: [{start}, {end}) outside text of length {len(text)}"
    assert text[start:end] == span_text, f"{what}: text[{start}:{end}] = {text[start:end]!r} != {span_text!r}"


def check_text_layer(text: str, sentences, tokens) -> None:
    prev = 0
    for s in sentences:
        assert prev <= s.start < s.end <= len(text), f"sentence [{s.start}, {s.end})"
        prev = s.end
    prev = 0
    for t in tokens:
        check_span(text, t.start, t.end, t.text, "token")
        assert t.start >= prev, "tokens overlap or are out of order"
        prev = t.end
        assert t.words, "token without words"
        assert "".join(w.text for w in t.words) == t.text, "words do not tile their token"
        for w in t.words:
            check_span(text, w.start, w.end, w.text, "word")
            assert w.kind in ("proclitic", "article", "stem", "suffix", "punct", "number", "latin")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_property_text_layer(text):
    check_text_layer(text, split_sentences(text), tokenize(text))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_offsets_property_normalize_map(text):
    view = normalize_with_map(text)
    assert view.text == normalize(text)
    assert len(view.offsets) == len(view.text)
    for i in range(len(view.text)):
        s, e = view.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_property_analyze(text):
    try:
        article = marsad.analyze(text, published="2023-06-06")
    except marsad.errors.MarsadError:
        return  # a coded error is an allowed answer to bad input; a traceback is not
    assert article.text == text
    check_text_layer(text, article.sentences, article.tokens)
    for ent in article.entities:
        for m in ent.mentions:
            check_span(text, m.start, m.end, m.text, f"entity {ent.id} mention")
    for q in article.quotes:
        for part in ("cue", "content"):
            span = getattr(q, part)
            if span is not None:
                check_span(text, span.start, span.end, span.text, f"quote {q.id} {part}")
        if q.speaker is not None:
            check_span(text, q.speaker.start, q.speaker.end, q.speaker.text, f"quote {q.id} speaker")
    for t in article.times:
        check_span(text, t.start, t.end, t.text, "time")
    for ev in article.events:
        check_span(text, ev.trigger.start, ev.trigger.end, ev.trigger.text, f"event {ev.id} trigger")
        for arg in (ev.actor, ev.target):
            if arg is not None and arg.start is not None:
                check_span(text, arg.start, arg.end, arg.text, f"event {ev.id} argument")


@pytest.mark.parametrize("text", [
    "قال لـ FT في يوم الاثنين.",
    "ذكرت صحيفة فاينانشيال تايمز أن الرئيس الفرنسي إيمانويل ماكرون رفض الموافقة على خطة لفتح مكتب اتصال لحلف "
    "شمال الأطلسي في اليابان، بحجة أنه لا ينبغي للمنظمة أن تمتد إلى ما وراء المحيط الأطلسي الشمالي.",
    "وقال مصدر آخر لم يذكر اسمه للمنفذ إن باريس غير مستعدة “يساهم في التوتر بين الناتو والصين” ، لأن بكين قد "
    "أعربت بالفعل عن مخاوفها.",
    "\u200fقَالَ الـــرَّئِيسُ «إنّه لَنْ يَسْمَحَ» يوم ٥ أغسطس ٢٠١٥.\u202c",
])
def test_offsets_property_analyze_examples(text):
    test_offsets_property_analyze.hypothesis.inner_test(text)
