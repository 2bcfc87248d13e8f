"""Events stage: PLOVER triggers, actor/target by Arabic word order, quotes, dates, countries, offsets."""

from __future__ import annotations

import dataclasses
import re

import pytest

import marsad
from marsad.events import find_events, lexicon
from marsad.pipeline import Pipeline
from marsad.types import Entity, Mention, Quote, Span, Speaker, TimeExpr


def build(text: str, entities, quotes=(), times=(), published=None):
    """An Article with the text stage run and the given entities (every occurrence of each name is a mention)."""
    art = Pipeline(["text"]).run_text(text, published=published)
    ents = []
    for i, (name, typ, country) in enumerate(entities, 1):
        ms = tuple(Mention(m.start(), m.end(), name, typ) for m in re.finditer(re.escape(name), text))
        ents.append(Entity(f"E{i}", typ, name, ms, country=country))
    return dataclasses.replace(art, entities=tuple(ents), quotes=tuple(quotes), times=tuple(times))


def triples(events):
    return {(v.code, v.actor.text if v.actor else None, v.target.text if v.target else None) for v in events}


# (sentence, entities (name, type, country), expected (code, actor text, target text))
CONSTRUCTIONS = [
    # VSO verb, direct object
    ("رفضت فرنسا مقترح ألمانيا بشأن الحدود.", [("فرنسا", "LOC", "FRA"), ("ألمانيا", "LOC", "DEU")],
     ("REJECT", "فرنسا", "ألمانيا")),
    # SVO after إن, target marked by من
    ("قال المتحدث إن تركيا طلبت من الناتو عقد اجتماع طارئ.", [("تركيا", "LOC", "TUR"), ("الناتو", "ORG", None)],
     ("REQUEST", "تركيا", "الناتو")),
    # verbal noun + idafa: actor = genitive, target after ل
    ("أدت معارضة باريس لحلف الناتو إلى أزمة.", [("باريس", "LOC", "FRA"), ("حلف الناتو", "ORG", None)],
     ("REJECT", "باريس", "حلف الناتو")),
    # التقى + ب on the title before the name
    ("التقى أردوغان بالرئيس بوتين في أنقرة.", [("أردوغان", "PER", "TUR"), ("بوتين", "PER", "RUS"),
                                               ("أنقرة", "LOC", "TUR")],
     ("CONSULT", "أردوغان", "بوتين")),
    # بحث + مع
    ("بحث لافروف مع كيري الأزمة السورية.", [("لافروف", "PER", "RUS"), ("كيري", "PER", "USA")],
     ("CONSULT", "لافروف", "كيري")),
    # قام ... بزيارة إلى: the noun's actor is the subject before it
    ("قام شي جين بينغ بزيارة إلى موسكو.", [("شي جين بينغ", "PER", "CHN"), ("موسكو", "LOC", "RUS")],
     ("CONSULT", "شي جين بينغ", "موسكو")),
    # دعا + object + إلى
    ("دعت الأمم المتحدة إسرائيل إلى وقف إطلاق النار.", [("الأمم المتحدة", "ORG", None), ("إسرائيل", "LOC", "ISR")],
     ("REQUEST", "الأمم المتحدة", "إسرائيل")),
    ("اتهمت إيران الولايات المتحدة بالتدخل في شؤونها.", [("إيران", "LOC", "IRN"), ("الولايات المتحدة", "LOC", "USA")],
     ("ACCUSE", "إيران", "الولايات المتحدة")),
    ("أدانت مصر الهجوم على السفارة وندد الأردن بإسرائيل.", [("مصر", "LOC", "EGY"), ("الأردن", "LOC", "JOR"),
                                                            ("إسرائيل", "LOC", "ISR")],
     ("ACCUSE", "الأردن", "إسرائيل")),
    ("قصفت إسرائيل قطاع غزة أمس.", [("إسرائيل", "LOC", "ISR"), ("قطاع غزة", "LOC", "PSE")],
     ("ASSAULT", "إسرائيل", "قطاع غزة")),
    ("هدد الحوثيون السعودية بهجمات جديدة.", [("الحوثيون", "ORG", "YEM"), ("السعودية", "LOC", "SAU")],
     ("THREATEN", "الحوثيون", "السعودية")),
    ("طردت روسيا السفير البريطاني من موسكو.", [("روسيا", "LOC", "RUS"), ("السفير البريطاني", "PER", "GBR"),
                                               ("موسكو", "LOC", "RUS")],
     ("COERCE", "روسيا", "السفير البريطاني")),
    ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", [("الولايات المتحدة", "LOC", "USA"), ("إيران", "LOC", "IRN")],
     ("SANCTION", "الولايات المتحدة", "إيران")),
    ("حشدت روسيا قوات على حدود أوكرانيا.", [("روسيا", "LOC", "RUS"), ("أوكرانيا", "LOC", "UKR")],
     ("MOBILIZE", "روسيا", "أوكرانيا")),
    ("تظاهر آلاف الفلسطينيين ضد الاحتلال الإسرائيلي.", [("الفلسطينيين", "MISC", "PSE"),
                                                        ("الاحتلال الإسرائيلي", "ORG", "ISR")],
     ("PROTEST", "الفلسطينيين", "الاحتلال الإسرائيلي")),
    ("اتفقت مصر مع السودان على تقاسم المياه.", [("مصر", "LOC", "EGY"), ("السودان", "LOC", "SDN")],
     ("AGREE", "مصر", "السودان")),
    # SVO inside reported speech: the participant right before the verb is its subject
    ("قال الوزير إن روسيا هاجمت أوكرانيا بالصواريخ.", [("روسيا", "LOC", "RUS"), ("أوكرانيا", "LOC", "UKR")],
     ("ASSAULT", "روسيا", "أوكرانيا")),
    # noun with a pronoun suffix: دعمها لـ
    ("أعلنت ألمانيا دعمها لأوكرانيا.", [("ألمانيا", "LOC", "DEU"), ("أوكرانيا", "LOC", "UKR")],
     ("SUPPORT", "ألمانيا", "أوكرانيا")),
    ("تعاونت اليابان مع الناتو في مجال الأمن.", [("اليابان", "LOC", "JPN"), ("الناتو", "ORG", None)],
     ("COOPERATE", "اليابان", "الناتو")),
    ("قدمت السعودية مساعدات إلى اليمن.", [("السعودية", "LOC", "SAU"), ("اليمن", "LOC", "YEM")],
     ("AID", "السعودية", "اليمن")),
    ("انسحبت القوات الروسية من خيرسون.", [("القوات الروسية", "ORG", "RUS"), ("خيرسون", "LOC", "UKR")],
     ("RETREAT", "القوات الروسية", "خيرسون")),
    ("أفرجت إيران عن الصحافي الأمريكي.", [("إيران", "LOC", "IRN"), ("الصحافي الأمريكي", "PER", "USA")],
     ("CONCEDE", "إيران", "الصحافي الأمريكي")),
    # relative clause: the participant before التي is the subject
    ("بحث أوغلو الوضع مع ميركل التي دعت الحكومة التركية إلى الحوار.",
     [("أوغلو", "PER", "TUR"), ("ميركل", "PER", "DEU"), ("الحكومة التركية", "ORG", "TUR")],
     ("REQUEST", "ميركل", "الحكومة التركية")),
    # a dual verb after coordinated subjects: X وY اتفقا
    ("قال المتحدث إن ميركل وأوغلو اتفقا على تعاون وثيق.", [("ميركل", "PER", "DEU"), ("أوغلو", "PER", "TUR")],
     ("AGREE", "ميركل", "أوغلو")),
    # a plural verb whose subject stands before a comma
    ("قال مسؤول إن متشددي تنظيم داعش، نفذوا سلسلة من التفجيرات في بغداد.",
     [("تنظيم داعش", "ORG", None), ("بغداد", "LOC", "IRQ")],
     ("ASSAULT", "تنظيم داعش", "بغداد")),
    # ألقى القبض على
    ("ألقت الشرطة التركية القبض على زعيم حزب العمال الكردستاني.",
     [("الشرطة التركية", "ORG", "TUR"), ("حزب العمال الكردستاني", "ORG", None)],
     ("COERCE", "الشرطة التركية", "حزب العمال الكردستاني")),
    # مع + a title whose genitive ل names the organisation: the target is marked by مع
    ("وبحث أوغلو العمليات في اتصال هاتفي مع الأمين العام لحلف الناتو ينس ستولتنبرغ.",
     [("أوغلو", "PER", "TUR"), ("حلف الناتو", "ORG", None), ("ينس ستولتنبرغ", "PER", None)],
     ("CONSULT", "أوغلو", "حلف الناتو")),
    # a preposition before إن marks nothing after it
    ("واختتم المتحدث تصريحاته بالقول إن ميركل وأوغلو اتفقا أيضا على تعاون وثيق.",
     [("ميركل", "PER", "DEU"), ("أوغلو", "PER", "TUR")],
     ("AGREE", "ميركل", "أوغلو")),
    # the subject of تعرض/واجه undergoes the event; the actor comes with من قبل
    ("تعرضت السفارة الأمريكية لهجوم من قبل تنظيم داعش.",
     [("السفارة الأمريكية", "ORG", "USA"), ("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "تنظيم داعش", "السفارة الأمريكية")),
    ("واجه كيري أمس اتهامات من قبل طهران.", [("كيري", "PER", "USA"), ("طهران", "LOC", "IRN")],
     ("ACCUSE", "طهران", "كيري")),
    ("وتعرض كيري لسيل جارف من الانتقادات من قبل الجمهوريين.", [("كيري", "PER", "USA"), ("الجمهوريين", "ORG", "USA")],
     ("ACCUSE", "الجمهوريين", "كيري")),
    # passive: تم + verbal noun, the agent after من قبل
    ("وتم اعتقال الصحافي الألماني من قبل الشرطة التركية.", [("الصحافي الألماني", "PER", "DEU"),
                                                           ("الشرطة التركية", "ORG", "TUR")],
     ("COERCE", "الشرطة التركية", "الصحافي الألماني")),
    # a long honorific subject: the object is looked for after the subject
    ("استقبل خادم الحرمين الشريفين الملك سلمان في قصر السلام بجدة اليوم رئيس وزراء باكستان نواز شريف.",
     [("سلمان", "PER", "SAU"), ("جدة", "LOC", "SAU"), ("نواز شريف", "PER", "PAK")],
     ("CONSULT", "سلمان", "نواز شريف")),
    # two coordinated sides of a symmetric event after the verb
    ("وقعت السعودية وفرنسا اليوم اتفاقية للتعاون في مجال الطاقة.", [("السعودية", "LOC", "SAU"), ("فرنسا", "LOC", "FRA")],
     ("AGREE", "السعودية", "فرنسا")),
    # بلاده: the country of the participant named before
    ("وأكد ظريف أن بلاده ترفض سياسة واشنطن في المنطقة.", [("ظريف", "PER", "IRN"), ("واشنطن", "LOC", "USA")],
     ("REJECT", "بلاده", "واشنطن")),
    # a symmetric event between two sides: اتصال هاتفي بين X وY
    ("جرى اتصال هاتفي اليوم بين وزير الخارجية الكويتي صباح الخالد ووزير الخارجية الروسي لافروف.",
     [("صباح الخالد", "PER", "KWT"), ("لافروف", "PER", "RUS")],
     ("CONSULT", "صباح الخالد", "لافروف")),
    # تلقى ... من: the caller is the actor
    ("تلقى شكري اتصالا هاتفيا من لافروف.", [("شكري", "PER", "EGY"), ("لافروف", "PER", "RUS")],
     ("CONSULT", "لافروف", "شكري")),
]


@pytest.mark.parametrize("text, entities, expected", CONSTRUCTIONS)
def test_events_construction_actor_target(text, entities, expected):
    art = build(text, entities)
    events = find_events(art, use_kb=False)
    assert expected in triples(events), triples(events)


@pytest.mark.parametrize("text, entities, expected", CONSTRUCTIONS)
def test_events_offsets_valid(text, entities, expected):
    art = build(text, entities)
    for v in find_events(art):
        assert text[v.trigger.start:v.trigger.end] == v.trigger.text
        for arg in (v.actor, v.target):
            if arg is not None and arg.start is not None:
                assert text[arg.start:arg.end] == arg.text


COORDINATED = [
    ("تلقى شكري اتصالين من لافروف، وكيري.", [("شكري", "PER", "EGY"), ("لافروف", "PER", "RUS"), ("كيري", "PER", "USA")],
     {("CONSULT", "لافروف", "شكري"), ("CONSULT", "كيري", "شكري")}),
    ("اتهمت إيران الولايات المتحدة وإسرائيل بالوقوف وراء الهجوم.",
     [("إيران", "LOC", "IRN"), ("الولايات المتحدة", "LOC", "USA"), ("إسرائيل", "LOC", "ISR")],
     {("ACCUSE", "إيران", "الولايات المتحدة"), ("ACCUSE", "إيران", "إسرائيل")}),
]


@pytest.mark.parametrize("text, entities, expected", COORDINATED)
def test_events_coordinated_participants(text, entities, expected):
    assert expected <= triples(find_events(build(text, entities), use_kb=False, split_targets=True))


@pytest.mark.parametrize("text, entities, expected, absent", [
    # coordinated subjects after a VSO verb act together: neither is the other's target
    ("رفضت فرنسا وبريطانيا الاعتراف بالدور الروسي.", [("فرنسا", "LOC", "FRA"), ("بريطانيا", "LOC", "GBR")],
     None, ("REJECT", "فرنسا", "بريطانيا")),
    # a name after the verb is not the adjective subject's name: الرئيس المصري يزور السعودية، والملك سلمان
    ("الرئيس المصري يزور السعودية، والملك سلمان في استقباله.", [("السعودية", "LOC", "SAU"), ("سلمان", "PER", "SAU")],
     None, ("CONSULT", "سلمان", "السعودية")),
    # the genitive of افتتاح is the thing opened, not a participant
    ("حضر الرئيس المصري حفل افتتاح قناة السويس.", [("المصري", "MISC", "EGY"), ("قناة السويس", "LOC", "EGY")],
     None, ("COOPERATE", "المصري", "قناة السويس")),
])
def test_events_not_participants(text, entities, expected, absent):
    got = triples(find_events(build(text, entities)))  # with the KB: country adjectives are participants
    assert absent not in got


NO_EVENTS = [
    ("ارتفعت درجات الحرارة في القاهرة اليوم.", [("القاهرة", "LOC", "EGY")]),
    ("", []),
    ("   \n ", []),
    ("لم ترفض فرنسا الخطة الألمانية.", [("فرنسا", "LOC", "FRA"), ("الألمانية", "MISC", "DEU")]),  # negated
    ("قالت المعارضة السورية إن الوضع صعب في حلب.", [("حلب", "LOC", "SYR")]),  # المعارضة = the opposition
    ("رفض الاقتراح.", []),  # no participant
    ("وتحتل إيران المرتبة الثانية بعد الصين.", [("إيران", "LOC", "IRN"), ("الصين", "LOC", "CHN")]),  # ranks
    ("غيرت الحرب مجرى التاريخ ومنعت نابليون من السيطرة على روسيا.", [("روسيا", "LOC", "RUS")]),  # مجرى: no adjective
    ("دعت وزارة المالية إلى خفض الإنفاق العام.", []),  # المالية: financial, not Malian
    ("ارتفع الطلب على النفط السعودي في الصين.", [("الصين", "LOC", "CHN")]),  # الطلب: demand, not a request
    # بين names both sides: when the second is no known participant, the place after is not one
    ("وتركزت المحادثات بين كيري ونظرائه الخليجيين في الدوحة.", [("كيري", "PER", "USA"), ("الدوحة", "LOC", "QAT")]),
    # بين belongs to العلاقات, not to the reception
    ("وجرى خلال الاستقبال استعراض العلاقات بين السعودية وأميركا.",
     [("السعودية", "LOC", "SAU"), ("أميركا", "LOC", "USA")]),
    ("وتفجير دبابة وناقلة جند قرب صنعاء.", [("صنعاء", "LOC", "YEM")]),  # جند: soldiers
    ("وعدت واشنطن برفع العقوبات عن إيران.", [("واشنطن", "LOC", "USA"), ("إيران", "LOC", "IRN")]),  # lifting
]


@pytest.mark.parametrize("text, entities", NO_EVENTS)
def test_events_none_without_trigger_or_participants(text, entities):
    assert find_events(build(text, entities), use_kb=False) == []
    assert find_events(build(text, entities)) == []  # the KB's names and adjectives add no false participant


QUOTED = [
    # (text, content (start marker, end marker), trigger word, inside)
    ("قال الوزير إن روسيا هاجمت أوكرانيا بالصواريخ. واتهمت كييف موسكو بالكذب.", "روسيا", "بالصواريخ", "هاجمت", True),
    ("قال الوزير إن روسيا هاجمت أوكرانيا بالصواريخ. واتهمت كييف موسكو بالكذب.", "روسيا", "بالصواريخ", "واتهمت", False),
]


@pytest.mark.parametrize("text, c_from, c_to, trigger, inside", QUOTED)
def test_events_quote_attachment(text, c_from, c_to, trigger, inside):
    s, e = text.index(c_from), text.index(c_to) + len(c_to)
    q = Quote("Q1", "indirect", Span.of(text, 4, 10), Speaker(4, 10, text[4:10], "person"), Span.of(text, s, e))
    ents = [("روسيا", "LOC", "RUS"), ("أوكرانيا", "LOC", "UKR"), ("كييف", "LOC", "UKR"), ("موسكو", "LOC", "RUS")]
    events = find_events(build(text, ents, quotes=[q]), use_kb=False)
    ev = next(v for v in events if trigger.endswith(v.trigger.text))
    assert (ev.quote == "Q1") is inside


@pytest.mark.parametrize("text, time_word, value, expected", [
    ("قصفت إسرائيل قطاع غزة يوم الاثنين.", "يوم الاثنين", "2023-06-05", "2023-06-05"),
    ("قصفت إسرائيل قطاع غزة عام 2021.", "عام 2021", "2021", "2021"),
    ("قصفت إسرائيل قطاع غزة بشدة.", None, None, "2023-06-06"),  # no time of its own: the publication date
])
def test_events_date_from_own_time(text, time_word, value, expected):
    times = []
    if time_word:
        s = text.index(time_word)
        times.append(TimeExpr(s, s + len(time_word), time_word, "DATE", value))
    art = build(text, [("إسرائيل", "LOC", "ISR"), ("قطاع غزة", "LOC", "PSE")], times=times, published="2023-06-06")
    (ev,) = [v for v in find_events(art, use_kb=False) if v.code == "ASSAULT"]
    assert ev.date == expected


@pytest.mark.parametrize("text, name, country", [
    ("رفضت باريس الخطة الأمريكية في بروكسل.", "باريس", "FRA"),  # a capital stands for its government
    ("قصفت موسكو مدينة خاركيف.", "موسكو", "RUS"),
])
def test_events_capital_country_from_kb(text, name, country):
    art = build(text, [(name, "LOC", None)])
    ev = next(v for v in find_events(art, require="any") if v.actor and v.actor.text == name)
    assert ev.actor.country == country


@pytest.mark.parametrize("text, code, actor_country, target_country", [
    ("وقالت الحكومة اليمنية إن المقاومة أسرت الإيرانيين خلال المعارك.", "COERCE", None, "IRN"),  # a people: plural
    ("اعتقلت الشرطة التركية صحافيا فرنسيا أمس.", "COERCE", "TUR", "FRA"),  # an indefinite nationality
    ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION", "USA", "IRN"),
    ("هاجمت القوات الروسية مدينة خاركيف الأوكرانية، وطالبت فرنسا روسيا بوقف الحرب.", "REQUEST", "FRA", "RUS"),
    ("التقى وزير الخارجية السعودي بنظيره الإيراني في بكين.", "CONSULT", "SAU", "IRN"),
])
def test_events_analyze_end_to_end(text, code, actor_country, target_country):
    art = marsad.analyze(text, published="2024-01-10")
    got = {(v.code, v.actor.country if v.actor else None, v.target.country if v.target else None)
           for v in art.events}
    if actor_country is None:  # a generic actor: only its code and the target's country are checked
        got = {(c, None, t) for c, _, t in got}
    assert (code, actor_country, target_country) in got, got
    for v in art.events:
        assert text[v.trigger.start:v.trigger.end] == v.trigger.text


@pytest.mark.parametrize("surface, code, pos", [
    ("رفضوا", "REJECT", "verb"), ("يرفضون", "REJECT", "verb"), ("والمعارضة", "REJECT", "noun"),
    ("ستقصف", "ASSAULT", "verb"), ("بزيارة", "CONSULT", "noun"), ("زيارته", "CONSULT", "noun"),
    ("اتهمتها", "ACCUSE", "verb"), ("دعت", "REQUEST", "verb"), ("للاعتقال", "COERCE", "noun"),
    ("انسحابها", "RETREAT", "noun"), ("يتظاهرون", "PROTEST", "verb"),
])
def test_events_lexicon_conjugations(surface, code, pos):
    _, forms = lexicon.match(surface)
    assert any(f.trigger.code == code and f.pos == pos for f in forms)


# common words that a conjugation generator could produce: هنا (here) is not هنأ, اثنين not أثنى+ن, سلام not س+لام,
# ياسر not يأسر, أسرة/أسرته (family) not أسر, تحمل (bears) not حمّل
@pytest.mark.parametrize("surface", ["الكتاب", "قال", "طوكيو", "بحر", "صادرة", "هنا", "وهنا", "هناك", "اثنين", "سلام",
                                     "ياسر", "أسرة", "الأسر", "أسرته", "تحمل", "تجنيد", "الطلبات", "أثمن", "ثمن"])
def test_events_lexicon_non_triggers(surface):
    assert lexicon.match(surface) is None


@pytest.mark.parametrize("text", ["فرضت الولايات المتحدة عقوبات جديدة على إيران."])
def test_events_export_rows(text):
    from marsad.io.writers import EVENT_COLUMNS, event_rows

    rows = event_rows(marsad.analyze(text, published="2024-01-10"))
    assert rows and set(rows[0]) <= set(EVENT_COLUMNS)
    assert any(r["code"] == "SANCTION" for r in rows)


WORDS = ["رفضت", "فرنسا", "الخطة", "وبحث", "مع", "ميركل", "التي", "دعت", "إلى", "،", ".", "«", "»", "لحلف", "الناتو",
         "بزيارة", "زيارته", "قصف", "على", "غزة", "لم", "يجب", "بين", "وكيري", "تلقى", "اتصالا", "من", "ة", "ـ", "\n"]


@pytest.mark.parametrize("seed", range(40))
def test_events_random_text_never_breaks(seed):
    import random

    rnd = random.Random(seed)
    text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(0, 40)))
    ents = [("فرنسا", "LOC", "FRA"), ("ميركل", "PER", "DEU"), ("الناتو", "ORG", None), ("غزة", "LOC", None)]
    q = Quote("Q1", "indirect", None, None, Span.of(text, 0, len(text) // 2)) if text else None
    art = build(text, ents, quotes=[q] if q else [],
                times=[TimeExpr(0, min(3, len(text)), text[:3], "DATE", None)] if text else [])
    for v in find_events(art):
        assert text[v.trigger.start:v.trigger.end] == v.trigger.text
        for arg in (v.actor, v.target):
            if arg is not None and arg.start is not None:
                assert text[arg.start:arg.end] == arg.text


@pytest.mark.parametrize("text, expected", [
    ("فرضت الولايات المتحدة عقوبات جديدة على إيران.", ("SANCTION", "الولايات المتحدة", "إيران")),
])
def test_events_article_without_text_stage(text, expected):
    from marsad.types import Article

    ents = []
    for i, name in enumerate(("الولايات المتحدة", "إيران"), 1):
        s = text.index(name)
        ents.append(Entity(f"E{i}", "LOC", name, (Mention(s, s + len(name), name, "LOC"),
                                                   Mention(999, 1003, "خطأ", "LOC"))))  # a bad offset is ignored
    art = Article(text=text, id="t", entities=tuple(ents))
    assert expected in triples(find_events(art, use_kb=False))


@pytest.mark.parametrize("content, code, actor", [
    ("نحن ندين إسرائيل بشدة", "ACCUSE", "ظريف"),  # first person: the speaker acts
    ("ندعم الولايات المتحدة في حربها", "SUPPORT", "ظريف"),
])
def test_events_speaker_is_implicit_actor(content, code, actor):
    text = f"قال ظريف: «{content}»."
    s = text.index(content)
    ents = [("ظريف", "PER", "IRN"), ("إسرائيل", "LOC", "ISR"), ("الولايات المتحدة", "LOC", "USA")]
    q = Quote("Q1", "direct", Span.of(text, 0, 3), Speaker(4, 8, "ظريف", "person", entity="E1"),
              Span.of(text, s, s + len(content)))
    events = find_events(build(text, ents, quotes=[q]), use_kb=False)
    assert any(v.code == code and v.actor and v.actor.text == actor and v.quote == "Q1" for v in events), events


@pytest.mark.parametrize("content", ["ويتحدثون عن التجنيد في البلاد"])
def test_events_speaker_not_actor_of_third_person(content):
    text = f"قال ظريف: «{content}»."
    s = text.index(content)
    q = Quote("Q1", "direct", Span.of(text, 0, 3), Speaker(4, 8, "ظريف", "person", entity="E1"),
              Span.of(text, s, s + len(content)))
    assert find_events(build(text, [("ظريف", "PER", "IRN")], quotes=[q]), use_kb=False) == []


@pytest.mark.parametrize("text, speaker, content_start", [
    ("وتابع بوروشنكو: «هل الاعتداء على فنلندا ممكن؟ نعم».", "بوروشنكو", "هل"),
])
def test_events_speaker_not_positional_actor(text, speaker, content_start):
    s = text.index(content_start)
    sp = text.index(speaker)
    q = Quote("Q1", "direct", Span.of(text, 0, 5), Speaker(sp, sp + len(speaker), speaker, "person", entity="E1"),
              Span.of(text, s, text.index("؟") + 1))
    ents = [(speaker, "PER", "UKR"), ("فنلندا", "LOC", "FIN")]
    events = find_events(build(text, ents, quotes=[q]), use_kb=False)
    assert not any(v.actor and v.actor.text == speaker for v in events), events


@pytest.mark.parametrize("times, expected_count", [
    ((("عام 2007", "2007"), ("العام الماضي", "2022")), 2),  # two visits at two dates: two events
    ((), 1),  # no dates of their own: the same (code, actor, target) at the publication date, reported once
])
def test_events_dedupe_by_participants_and_date(times, expected_count):
    text = "زار آبي مقر الناتو عام 2007. وزار كيشيدا مقر الناتو العام الماضي."
    ents = [("آبي", "PER", "JPN"), ("كيشيدا", "PER", "JPN"), ("الناتو", "ORG", None)]
    tx = [TimeExpr(text.index(w), text.index(w) + len(w), w, "DATE", v) for w, v in times]
    events = find_events(build(text, ents, times=tx, published="2023-06-06"), use_kb=False)
    assert len([v for v in events if v.code == "CONSULT"]) == expected_count


@pytest.mark.parametrize("text, entities, expected", [
    # الكتلة stands for the organisation named before it
    ("زار آبي مقر الناتو عام 2007. وعززت طوكيو تعاونها مع الكتلة.", [("آبي", "PER", "JPN"), ("الناتو", "ORG", None),
                                                                     ("طوكيو", "LOC", "JPN")],
     ("COOPERATE", "طوكيو", "E2")),
])
def test_events_anaphor_stands_for_earlier_organisation(text, entities, expected):
    events = find_events(build(text, entities))
    got = {(v.code, v.actor.text if v.actor else None, v.target.entity if v.target else None) for v in events}
    assert expected in got, got


@pytest.mark.parametrize("text", ["وعززت طوكيو تعاونها مع الكتلة."])  # no organisation before: no participant
def test_events_anaphor_without_antecedent(text):
    assert find_events(build(text, [("طوكيو", "LOC", "JPN")])) == []


@pytest.mark.parametrize("text", [
    "خطط تنظيم داعش لاستهداف الملكة إليزابيث. وقالت الصحيفة إن داعش خطط لاستهداف الملكة إليزابيث في لندن.",
])
def test_events_same_kb_participant_reported_once(text):
    ents = [("تنظيم داعش", "ORG", None), ("إليزابيث", "PER", "GBR")]
    events = [v for v in find_events(build(text, ents)) if v.code in ("ASSAULT", "THREATEN")]
    assert len(events) == 1 and events[0].code == "THREATEN", events  # a plot to attack is a threat


@pytest.mark.parametrize("text, expected", [
    ("أصبح كيشيدا أول زعيم ياباني يزور مقر الناتو.", ("CONSULT", "كيشيدا", "الناتو")),
])
def test_events_indefinite_adjective_is_attribute(text, expected):
    ents = [("كيشيدا", "PER", "JPN"), ("الناتو", "ORG", None)]
    assert expected in triples(find_events(build(text, ents)))


@pytest.mark.parametrize("text, mention", [("ودعت منظمة «هيومان رايتس ووتش» إسرائيل إلى وقف الهدم.", "منظمة «")])
def test_events_punctuation_mention_is_no_participant(text, mention):
    s = text.index(mention)
    ents = (Entity("E1", "ORG", "منظمة", (Mention(s, s + len(mention), mention, "ORG"),)),
            Entity("E2", "LOC", "إسرائيل",
                   (Mention(text.index("إسرائيل"), text.index("إسرائيل") + 7, "إسرائيل", "LOC"),), country="ISR"))
    art = dataclasses.replace(build(text, []), entities=ents)
    assert not any(v.actor and v.actor.text.startswith("منظمة") for v in find_events(art, use_kb=False))


@pytest.mark.parametrize("options, message", [
    ({"windw": 3}, "unknown events option"),
    ({"window": "x"}, "not a positive whole number"),
    ({"window": 0}, "not a positive whole number"),
    ({"require": "all"}, "is not one of both, any, none"),
])
def test_events_bad_options_are_coded_errors(options, message):
    from marsad.errors import PipelineError

    with pytest.raises(PipelineError, match=message):
        find_events(build("رفضت فرنسا الخطة.", [("فرنسا", "LOC", "FRA")]), **options)


@pytest.mark.parametrize("text, entities, absent", [
    # the subject's own title is no target
    ("يدعو الجنرال دوستم نائب الرئيس الأفغاني إلى الحوار.", [("دوستم", "PER", "AFG")], ("REQUEST", "دوستم", "الأفغاني")),
    # a football club meets another on the pitch: no consultation
    ("ويلتقي النادي الأهلي مع الأهلي السعودي يوم الأحد.", [("النادي الأهلي", "ORG", "EGY"), ("الأهلي السعودي", "ORG", "SAU")],
     ("CONSULT", "النادي الأهلي", "الأهلي السعودي")),
    # ضربات التحالف: the coalition strikes, it is not struck
    ("ونسق النظام السوري مع ضربات التحالف الدولي على داعش.", [("التحالف الدولي", "ORG", None), ("داعش", "ORG", None)],
     ("ASSAULT", "السوري", "التحالف الدولي")),
])
def test_events_no_wrong_participant(text, entities, absent):
    assert absent not in triples(find_events(build(text, entities)))


@pytest.mark.parametrize("text, expected_country", [
    ("أكد الوزير أن المملكة العربية السعودية حريصة على أمن اليمن. وقال إن تدخل المملكة جاء بناء على طلب من الرئيس هادي.",
     "SAU"),
])
def test_events_kingdom_stands_for_the_kingdom_named_before(text, expected_country):
    ents = [("المملكة العربية السعودية", "LOC", "SAU"), ("اليمن", "LOC", "YEM"), ("هادي", "PER", "YEM")]
    events = [v for v in find_events(build(text, ents)) if v.code == "REQUEST"]
    assert events and events[0].actor.text == "هادي" and events[0].target.country == expected_country, events


@pytest.mark.parametrize("text, expected", [
    # an indefinite nationality after a verbal noun is its genitive: إعدام كرواتي (a Croatian executed)
    ("هدد تنظيم داعش أمس بإعدام كرواتي خطف في القاهرة.", ("ASSAULT", "تنظيم داعش", "كرواتي")),
    # a definite one agrees with the noun: the attacks are Turkey's
    ("ورحب المتحدث بالهجمات التركية على تنظيم داعش في سوريا.", ("ASSAULT", "التركية", "تنظيم داعش")),
])
def test_events_nationality_adjective_roles(text, expected):
    ents = [("تنظيم داعش", "ORG", None), ("القاهرة", "LOC", "EGY"), ("سوريا", "LOC", "SYR")]
    assert expected in triples(find_events(build(text, ents)))


@pytest.mark.parametrize("text, entities, expected, absent", [
    # the subject is a title's genitive, its holder's name follows: the name is no target
    ("ومن المقرر أن يزور وزير خارجية كوبا برونو رودريغيز واشنطن.",
     [("كوبا", "LOC", "CUB"), ("برونو رودريغيز", "PER", "CUB"), ("واشنطن", "LOC", "USA")],
     ("CONSULT", "كوبا", "واشنطن"), ("CONSULT", "كوبا", "برونو رودريغيز")),
    # a country subject and a person object are no apposition without a title before the country
    ("طردت روسيا السفير البريطاني من موسكو.", [("روسيا", "LOC", "RUS"), ("السفير البريطاني", "PER", "GBR")],
     ("COERCE", "روسيا", "السفير البريطاني"), None),
])
def test_events_apposition_after_title(text, entities, expected, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert expected in got and absent not in got, got


@pytest.mark.parametrize("text, expected", [
    ("وأشارت الحكومة إلى أن إردوغان سيزور إندونيسيا بعد انتهاء زيارته إلى الصين.", ("CONSULT", "إردوغان", "الصين")),
])
def test_events_his_points_at_a_person(text, expected):
    ents = [("إردوغان", "PER", "TUR"), ("إندونيسيا", "LOC", "IDN"), ("الصين", "LOC", "CHN")]
    assert expected in triples(find_events(build(text, ents), use_kb=False))


@pytest.mark.parametrize("text, entities, expected, absent", [
    # the subject's own office (أمير منطقة عسير) is no target; the guest is
    ("استقبل الأمير فيصل بن خالد أمير منطقة عسير في مكتبه اليوم سفير اليابان.",
     [("فيصل بن خالد", "PER", "SAU"), ("عسير", "LOC", "SAU"), ("اليابان", "LOC", "JPN")],
     ("CONSULT", "فيصل بن خالد", "اليابان"), ("CONSULT", "فيصل بن خالد", "عسير")),
    # "his country" after a country's prime minister is the actor's own country: no second participant
    ("ورفض رئيس الوزراء التركي اتهامات لبلاده.", [("التركي", "MISC", "TUR")], None, ("REJECT", "التركي", "بلاده")),
])
def test_events_own_office_and_own_country(text, entities, expected, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert (expected is None or expected in got) and absent not in got, got


@pytest.mark.parametrize("text, entities, expected, absent", [
    # what someone is accused of is not asserted: ACCUSE, but no ASSAULT
    ("واتهمت كييف موسكو بقصف المدن الأوكرانية.", [("كييف", "LOC", "UKR"), ("موسكو", "LOC", "RUS")],
     ("ACCUSE", "كييف", "موسكو"), ("ASSAULT", "موسكو", "كييف")),
    ("ورفضت أنقرة اتهامات لها بتقديم دعم لتنظيم داعش.", [("أنقرة", "LOC", "TUR"), ("تنظيم داعش", "ORG", None)],
     None, ("SUPPORT", "أنقرة", "تنظيم داعش")),
])
def test_events_accusation_content_not_asserted(text, entities, expected, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert (expected is None or expected in got) and not any(g[0] == absent[0] for g in got), got


@pytest.mark.parametrize("text, entities, expected", [
    # a verb of reciprocity: each side accuses the other
    ("تبادلت إيران والسعودية الاتهامات بشأن الحادث.", [("إيران", "LOC", "IRN"), ("السعودية", "LOC", "SAU")],
     {("ACCUSE", "إيران", "السعودية"), ("ACCUSE", "السعودية", "إيران")}),
    # an aside in brackets between the two sides
    ("تبادلت هيئة الموانئ (التابعة للوزارة) وشركة النقل الوطنية، الاتهامات بالمسؤولية عن التأخير.",
     [("هيئة الموانئ", "ORG", None), ("شركة النقل الوطنية", "ORG", None)],
     {("ACCUSE", "هيئة الموانئ", "شركة النقل الوطنية"), ("ACCUSE", "شركة النقل الوطنية", "هيئة الموانئ")}),
    # exchange of fire between two sides: each fires on the other
    ("قتل جنديان خلال تبادل لإطلاق النار بين الجيش وحركة طالبان أمس.",
     [("الجيش", "ORG", None), ("حركة طالبان", "ORG", None)],
     {("ASSAULT", "الجيش", "حركة طالبان"), ("ASSAULT", "حركة طالبان", "الجيش")}),
])
def test_events_reciprocal_verb_gives_both_directions(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected <= got, got


def test_events_reciprocity_does_not_reach_past_another_event():
    text = "وتبادلت مصر والسعودية وجهات النظر، واتفقتا على دعم الحكومة اليمنية."
    ents = [("مصر", "LOC", "EGY"), ("السعودية", "LOC", "SAU"), ("الحكومة اليمنية", "ORG", "YEM")]
    got = triples(find_events(build(text, ents), use_kb=False))
    assert not any(g[0] == "SUPPORT" and {g[1], g[2]} == {"مصر", "السعودية"} for g in got), got


@pytest.mark.parametrize("text, entities, expected", [
    # the owner of the targets hit is the target (أهدافا ل, مواقع + genitive)
    ("قصفت طائرات حربية أردنية أهدافا لتنظيم داعش في الرقة.", [("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "أردنية", "تنظيم داعش")),
    ("استهدفت طائرات التحالف مواقع لتنظيم القاعدة في أبين.",
     [("التحالف", "ORG", None), ("تنظيم القاعدة", "ORG", None)],
     ("ASSAULT", "التحالف", "تنظيم القاعدة")),
    # a counted object after a quantity word and من
    ("وأسرت المقاومة العديد من الحوثيين خلال المعارك.", [("المقاومة", "ORG", None), ("الحوثيين", "ORG", None)],
     ("COERCE", "المقاومة", "الحوثيين")),
    ("اعتقلت الشرطة عشرات من أنصار حزب العمال.", [("الشرطة", "ORG", None), ("حزب العمال", "ORG", None)],
     ("COERCE", "الشرطة", "حزب العمال")),
])
def test_events_object_behind_holder_or_quantity(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


@pytest.mark.parametrize("text, entities, expected", [
    ("أجبر مقاتلو القبائل مسلحي تنظيم القاعدة على الانسحاب من البلدة.",
     [("مقاتلو القبائل", "ORG", None), ("تنظيم القاعدة", "ORG", None)],
     ("COERCE", "مقاتلو القبائل", "تنظيم القاعدة")),
    ("وأعلنت جماعة بوكو حرام مبايعتها تنظيم داعش العام الماضي.", [("جماعة بوكو حرام", "ORG", None),
                                                                 ("تنظيم داعش", "ORG", None)],
     ("SUPPORT", "جماعة بوكو حرام", "تنظيم داعش")),
    ("أطلقت قوات الأمن النار على المتظاهرين في الساحة.", [], ("ASSAULT", "قوات الأمن", "المتظاهرين")),
])
def test_events_new_triggers(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


@pytest.mark.parametrize("text, entities, absent", [
    # the verbal noun object of a condemning verb does not take the condemner as its actor
    ("تدين السعودية الهجوم على السفارة الأمريكية في كابل.",
     [("السعودية", "LOC", "SAU"), ("السفارة الأمريكية", "ORG", "USA")],
     ("ASSAULT", "السعودية", "السفارة الأمريكية")),
    ("واستنكرت الكويت اقتحام المسجد الأقصى.", [("الكويت", "LOC", "KWT"), ("المسجد الأقصى", "LOC", "PSE")],
     ("ASSAULT", "الكويت", "المسجد الأقصى")),
    # a ب on a place noun is "in", not the met participant
    ("اجتمع مدير فرع وزارة الصحة بمنطقة عسير أمس مع مديري المستشفيات.",
     [("وزارة الصحة", "ORG", "SAU"), ("عسير", "LOC", "SAU")], ("CONSULT", "وزارة الصحة", "عسير")),
    # match reports: clubs meet and teams owe their wins, no political events
    ("ويلتقي ريال مدريد فريق بايرن ميونيخ في المباراة النهائية على ملعب الاتحاد.",
     [("ريال مدريد", "ORG", None), ("بايرن ميونيخ", "ORG", None)], ("CONSULT", "ريال مدريد", "بايرن ميونيخ")),
    ("ويدين الأهلي بهذا الفوز في مباراة الدوري إلى مهاجمه.", [("الأهلي", "ORG", None)], ("ACCUSE", "الأهلي", None)),
])
def test_events_not_the_actor_or_not_an_event(text, entities, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert absent not in got and not any(g[:2] == absent[:2] and absent[2] is None for g in got), got


def test_events_condemned_attack_keeps_its_own_actor():
    text = "أدانت مصر الهجوم الإسرائيلي على غزة."
    got = triples(find_events(build(text, [("مصر", "LOC", "EGY"), ("غزة", "LOC", "PSE")])))
    assert ("ASSAULT", "الإسرائيلي", "غزة") in got, got


@pytest.mark.parametrize("text, entities", [
    # possible, intended, feared or invited events are not reported as done
    ("وقال المسؤول إن فرنسا قد تمنح اليونان قرضا جديدا.", [("فرنسا", "LOC", "FRA"), ("اليونان", "LOC", "GRC")]),
    ("وحذر من أن هجوما روسيا على فنلندا ممكن.", [("فنلندا", "LOC", "FIN")]),
    ("وعبر عن مخاوف من هجوم إيراني على البحرين.", [("البحرين", "LOC", "BHR")]),
    ("ولبى الوفد دعوة الحكومة اليمنية إلى زيارة عدن.", [("الحكومة اليمنية", "ORG", "YEM"), ("عدن", "LOC", "YEM")]),
])
def test_events_modality_is_no_event(text, entities):
    assert find_events(build(text, entities)) == []


@pytest.mark.parametrize("text, entities, expected", [
    ("وقالت الشرطة إن خلية تابعة لتنظيم القاعدة كانت تخطط لاغتيال وزير الداخلية الفرنسي.",
     [("تنظيم القاعدة", "ORG", None)], None),
    ("وكشفت التحقيقات أن داعش خطط لاستهداف السفارة الأمريكية.", [("داعش", "ORG", None),
                                                              ("السفارة الأمريكية", "ORG", "USA")],
     ("THREATEN", "داعش", "السفارة الأمريكية")),
    # قد before a past verb is "has": the event stands
    ("وكانت القوات العراقية قد استعادت السيطرة على مدينة تكريت من داعش.", [("داعش", "ORG", None)],
     ("ASSAULT", "القوات", "داعش")),  # the generic actor القوات with its adjective (IRQ)
])
def test_events_plan_is_threat(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert not any(g[0] == "ASSAULT" and g[2] in ("وزير الداخلية الفرنسي", "السفارة الأمريكية") for g in got), got
    assert expected is None or expected in got, got


@pytest.mark.parametrize("text, entities, absent", [
    # a verb after an indefinite noun is a relative clause on it: the participant after the verb is its object
    ("ويشهد الإقليم مواجهات وهجمات تستهدف قوات الأمن في داغستان.", [("قوات الأمن", "ORG", None)],
     ("ASSAULT", "قوات الأمن", None)),
    ("وقتلت الشرطة ثمانية متطرفين بايعوا تنظيم داعش.", [("الشرطة", "ORG", None), ("تنظيم داعش", "ORG", None)],
     ("SUPPORT", "الشرطة", "تنظيم داعش")),
    # the owner of a holder noun is the object, never the subject after the verb
    ("وشنت 41 ضربة جوية استهدفت مواقع لتنظيم داعش في سوريا.",
     [("تنظيم داعش", "ORG", None), ("سوريا", "LOC", "SYR")],
     ("ASSAULT", "تنظيم داعش", "سوريا")),
])
def test_events_relative_without_pronoun_and_holder_owner(text, entities, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert not any(g[:2] == absent[:2] and (absent[2] is None or g[2] == absent[2]) for g in got), got


@pytest.mark.parametrize("text, entities, expected", [
    # granting a right (to use a base) is aid
    ("بينما تمنح تركيا الأميركيين حق استخدام قاعدة أنجرليك.",
     [("تركيا", "LOC", "TUR"), ("الأميركيين", "MISC", "USA")],
     ("AID", "تركيا", "الأميركيين")),
    # a verbal noun after a verb and its object takes the verb's subject as actor, not its object
    ("وأكد أن المقاومة أسرت الإيرانيين خلال الاشتباكات المتواصلة مع الانقلابيين.", [("المقاومة", "ORG", None)],
     ("ASSAULT", "المقاومة", "الانقلابيين")),
    # an alleged plot to attack: a threat
    ("ودعت الشرطة المواطنين إلى الحضور رغم المؤامرة المزعومة من قبل تنظيم داعش لاستهداف الملكة إليزابيث.",
     [("تنظيم داعش", "ORG", None), ("إليزابيث", "PER", "GBR")], ("THREATEN", "تنظيم داعش", "إليزابيث")),
])
def test_events_grants_clashes_plots(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


@pytest.mark.parametrize("text, entities, expected_text", [
    # a province or emirate named after a place is the group, reported with its head
    ("وأعلنت «ولاية سيناء» مبايعتها تنظيم داعش.", [("سيناء", "LOC", "EGY"), ("تنظيم داعش", "ORG", None)],
     "ولاية سيناء"),
])
def test_events_place_name_head_kept(text, entities, expected_text):
    events = find_events(build(text, entities))
    actors = {v.actor.text for v in events if v.actor}
    assert expected_text in actors, events
    for v in events:
        for a in (v.actor, v.target):
            if a is not None and a.start is not None:
                assert text[a.start:a.end] == a.text


@pytest.mark.parametrize("text, entities", [
    # an anniversary is history, not news
    ("ويصادف السبت استسلام اليابان في الحرب العالمية الثانية.", [("اليابان", "LOC", "JPN")]),
    ("وأحيا الفلسطينيون ذكرى اغتيال ياسر عرفات على يد إسرائيل.", [("ياسر عرفات", "PER", "PSE"),
                                                               ("إسرائيل", "LOC", "ISR")]),
])
def test_events_anniversary_is_no_event(text, entities):
    assert find_events(build(text, entities)) == []


@pytest.mark.parametrize("text, entities, absent", [
    # the object of a denial is not looked for inside the reported clause after إن
    ("نفت وزارة الخارجية الفرنسية تقريرا لصحيفة محلية قال إن اليونان ستحصل على قرض.",
     [("وزارة الخارجية الفرنسية", "ORG", "FRA"), ("اليونان", "LOC", "GRC")],
     ("REJECT", "وزارة الخارجية الفرنسية", "اليونان")),
    # evacuating the injured is no retreat
    ("وأوضحت وزارة الصحة العمانية أن الإخلاء الجوي للمصابين تم أمس.", [("وزارة الصحة العمانية", "ORG", "OMN")],
     ("RETREAT", None, None)),
])
def test_events_no_target_in_reported_clause_no_evacuation_retreat(text, entities, absent):
    got = triples(find_events(build(text, entities), use_kb=False))
    assert absent not in got and not any(g[0] == absent[0] and absent[1] is None for g in got), got


# Blind pass on other outlets (okaz, alwatan, aljazirah, alriyadh, almadina, alyaum, sabq, 3alyoum, aleqtisadiya,
# alweeam; 2026-11-29): made-up sentences, one per construction that was missed or misread.
@pytest.mark.parametrize("text, entities, expected", [
    # forces named by their side are participants; a country adjective gives their country
    ("وقصفت القوات الأردنية مواقع المسلحين قرب الحدود.", [], ("ASSAULT", "القوات", "المسلحين")),
    # a comma closing the subject's titles does not end the clause
    ("طالب وزير الخارجية المصري سامح شكري، الاتحاد الأوروبي بوقف تمويل الجماعات المتطرفة.",
     [("سامح شكري", "PER", "EGY"), ("الاتحاد الأوروبي", "ORG", None)],
     ("REQUEST", "سامح شكري", "الاتحاد الأوروبي")),
    # a time aside between commas does not end the clause; the owner after تابعة ل is the object
    ("وقالت الوزارة إن القوات الكينية قصفت، مساء الخميس، مواقع تابعة لحركة الشباب جنوب البلاد.",
     [("حركة الشباب", "ORG", None)], ("ASSAULT", "القوات", "حركة الشباب")),
    # helper verbs: the helper's subject does what the noun names
    ("وتمكنت قوات الأمن من طرد مسلحي تنظيم القاعدة من البلدة.", [("تنظيم القاعدة", "ORG", None)],
     ("COERCE", "قوات الأمن", "تنظيم القاعدة")),
    ("وقام الجيش اللبناني بقصف مواقع جبهة النصرة في الجرود.", [("جبهة النصرة", "ORG", None)],
     ("ASSAULT", "الجيش اللبناني", "جبهة النصرة")),
    # new triggers: standing with, objecting to, recapturing from, fighting battles with, arresting members of
    ("وأكد البيان أن الكويت تقف مع البحرين في هذه الظروف.", [("الكويت", "LOC", "KWT"), ("البحرين", "LOC", "BHR")],
     ("SUPPORT", "الكويت", "البحرين")),
    ("واعترضت روسيا على قرار كندا.", [("روسيا", "LOC", "RUS"), ("كندا", "LOC", "CAN")],
     ("REJECT", "روسيا", "كندا")),
    ("واستردت القوات الحكومية البلدة من مقاتلي حركة الشباب.", [("حركة الشباب", "ORG", None)],
     ("ASSAULT", "القوات الحكومية", "حركة الشباب")),
    ("ويخوض الجيش معارك عنيفة مع تنظيم داعش في الأنبار.", [("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "الجيش", "تنظيم داعش")),
    ("وأوقفت الشرطة الألمانية عشرة أشخاص من المنتمين إلى جماعة أنصار الشريعة.",
     [("جماعة أنصار الشريعة", "ORG", None)], ("COERCE", "الشرطة", "جماعة أنصار الشريعة")),
    # receiving blows from someone: the one after من hits
    ("وتلقت حركة طالبان ضربات موجعة من الجيش خلال الأسبوع.", [("حركة طالبان", "ORG", None)],
     ("ASSAULT", "الجيش", "حركة طالبان")),
    # clashes between one side (من جهة) and the other
    ("واندلعت اشتباكات بين الجيش والعشائر من جهة، وتنظيم داعش من جهة أخرى.", [("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "الجيش", "تنظيم داعش")),
    # a verbal noun with its object after ل: the genitive is the doer
    ("وندد البيان باحتلال روسيا لشبه جزيرة القرم.", [("روسيا", "LOC", "RUS"), ("شبه جزيرة القرم", "LOC", "UKR")],
     ("ASSAULT", "روسيا", "شبه جزيرة القرم")),
    # a country adjective on a title is the actor; the participant with its own ب is the target, not the name
    ("وأشاد الوزير الفرنسي بالحكومة المغربية.", [], ("SUPPORT", "الفرنسي", "الحكومة المغربية")),
    # a light verb's noun after a name in quotes
    ('وعقد الوزير التركي مع "ظريف" اجتماعا مطولا.', [("ظريف", "PER", "IRN")], ("CONSULT", "التركي", "ظريف")),
])
def test_events_blind_pass_constructions(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


@pytest.mark.parametrize("text, entities, absent", [
    # the title holder named after the title's genitive is no target
    ("دعا رئيس البرلمان الأردني عاطف الطراونة الحكومة إلى الاستقالة.", [("عاطف الطراونة", "PER", "JOR")],
     ("REQUEST", None, "عاطف الطراونة")),
    ("استنكر وكيل إمارة منطقة نجران الدكتور سالم العمري التفجير.", [("سالم العمري", "PER", "SAU")],
     ("ACCUSE", None, "سالم العمري")),
    # a ل-phrase after الموالية describes the actor, it is no target
    ("وهاجمت الميليشيات الموالية لإيران بلدة حدودية.", [("إيران", "LOC", "IRN")], ("ASSAULT", None, "إيران")),
    # a resumptive pronoun: the target is the antecedent, not a participant after the verb
    ("وزار الوفد القرية التي يسيطر عليها المتمردون قرب الحدود مع السودان.", [("السودان", "LOC", "SDN")],
     ("ASSAULT", None, "السودان")),
    # a verb never follows a preposition: قاطع here is a sector
    ("وتقع البلدة في قاطع عمليات نينوى شمال العراق.", [("نينوى", "LOC", "IRQ"), ("العراق", "LOC", "IRQ")],
     ("SANCTION", None, None)),
    # repelling an attack: the subject is attacked
    ("وتمكن الجيش السوداني من صد هجوم على مواقعه في دارفور.", [("دارفور", "LOC", "SDN")], ("ASSAULT", None, None)),
    # instructions on how to attack are no attack
    ("ونشر التنظيم تعليمات حول كيفية شن هجمات على فرنسا.", [("فرنسا", "LOC", "FRA")], ("ASSAULT", None, None)),
    # a list of tags under an article is no sentence
    ("وقال المتحدث إن الوضع هادئ.\nسمات مصر ليبيا قصف الجيش", [("مصر", "LOC", "EGY"), ("ليبيا", "LOC", "LBY")],
     ("ASSAULT", None, None)),
])
def test_events_blind_pass_no_misreading(text, entities, absent):
    got = triples(find_events(build(text, entities)))
    assert not any(g[0] == absent[0] and (absent[1] is None or g[1] == absent[1])
                   and (absent[2] is None or g[2] == absent[2]) for g in got), got


def test_lexicon_geminate_verbs_take_no_consonant_suffix():
    assert lexicon.match("احتجنا") is None  # we needed (احتاج), not we protested (احتججنا)
    assert lexicon.match("احتجت") is not None
    assert lexicon.match("شنته") is not None


@pytest.mark.parametrize("text, entities, expected", [
    # an active participle after the main clause: the subject does it to the object after it
    ("وأكد الرئيس اليمني عبدربه منصور هادي أن الحكومة باقية، مطالبا إيران بوقف تدخلها.",
     [("عبدربه منصور هادي", "PER", "YEM"), ("إيران", "LOC", "IRN")],
     ("REQUEST", "عبدربه منصور هادي", "إيران")),
    ("وشنت الطائرات الأردنية غارات جوية مستهدفة مواقع تنظيم داعش.", [("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "الأردنية", "تنظيم داعش")),
    # aggression on, fighting as the purpose of someone's efforts
    ("وأدان البيان العدوان الإسرائيلي على لبنان.", [("لبنان", "LOC", "LBN")], ("ASSAULT", "الإسرائيلي", "لبنان")),
    ("وأشاد البيان بجهود الأردن لقتال تنظيم داعش.", [("الأردن", "LOC", "JOR"), ("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "الأردن", "تنظيم داعش")),
])
def test_events_participles_aggression_efforts(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


def test_events_fighting_between_two_sides_goes_both_ways():
    text = "وأسفر النزاع بين الجيش الليبي والمتمردين في الجنوب عن عشرات القتلى."
    got = triples(find_events(build(text, [])))
    assert ("ASSAULT", "الجيش الليبي", "المتمردين") in got and ("ASSAULT", "المتمردين", "الجيش الليبي") in got, got


def test_events_coordinated_name_is_no_genitive():
    text = "وكان أحمد قد سافر إلى سوريا وشارك في القتال وعلي الحسن الذي موّل الرحلة."
    got = triples(find_events(build(text, [("أحمد", "PER", None), ("علي الحسن", "PER", None)])))
    assert not any(g[2] == "علي الحسن" for g in got), got


@pytest.mark.parametrize("text, entities", [
    # an event in the clause a denial governs is not asserted
    ("ونفى وزير الخارجية القطري بشدة أمس المزاعم بأن قطر تدعم جماعة الإخوان.",
     [("قطر", "LOC", "QAT"), ("جماعة الإخوان", "ORG", None)]),
    ("وقال المسؤول إنه ليس صحيحا أن الأردن يدعم المعارضة السورية.", [("الأردن", "LOC", "JOR")]),
])
def test_events_denied_claim_is_no_event(text, entities):
    assert not any(v.code == "SUPPORT" for v in find_events(build(text, entities))), find_events(build(text, entities))


@pytest.mark.parametrize("text, entities, expected", [
    # a pronoun-suffixed noun with its marked target is a noun (its shelling on), done by the speaker
    ("قال الجيش الليبي إنه كثف قصفه على مواقع لتنظيم داعش في درنة.", [("تنظيم داعش", "ORG", None)],
     ("ASSAULT", "الجيش الليبي", "تنظيم داعش")),
    # a suffixed noun with its agent: the agent acts on the one the pronoun points back to
    ("وتراجعت شعبية حركة حماس بعد اتهامها من قبل الحكومة المصرية بدعم المسلحين.",
     [("حركة حماس", "ORG", "PSE")], ("ACCUSE", "الحكومة المصرية", "حركة حماس")),
    # an attack undergone, its author after a plain من
    ("وتعرضت الشرطة لهجوم مسلح من المتمردين قرب الحدود.", [], ("ASSAULT", "المتمردين", "الشرطة")),
])
def test_events_suffixed_nouns_and_undergone_attacks(text, entities, expected):
    got = triples(find_events(build(text, entities)))
    assert expected in got, got


def test_events_fighters_who_fled_retreat():
    text = "وقال شهود إن عشرات المقاتلين من حركة الشباب فروا من البلدة بعد القصف."
    got = triples(find_events(build(text, [("حركة الشباب", "ORG", None)])))
    assert ("RETREAT", "حركة الشباب", None) in got, got


def test_events_country_adjective_after_an_honorific_is_a_surname():
    text = "وأشاد الدكتور المصري بالحكومة الأردنية، وأشاد الرئيس التونسي بالحكومة الليبية."
    got = {(v.code, v.actor.country) for v in find_events(build(text, [])) if v.actor}
    assert ("SUPPORT", "EGY") not in got and ("SUPPORT", "TUN") in got, got


def test_events_place_after_a_place_noun_is_no_subject():
    text = "وقال شهود إن مئات السكان من أبناء مدينة الرقة فروا من القصف."
    got = triples(find_events(build(text, [("الرقة", "LOC", "SYR")])))
    assert not any(g[1] == "الرقة" for g in got), got
