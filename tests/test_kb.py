"""Knowledge base: shipped entries, name matching (proclitics, Latin, line breaks), adjectives, look-up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.kb import KBEntry, KnowledgeBase, load_kb, lookup, match

REQUIRED = ("id", "name_en", "type", "kind")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entry.id) for m in match(text)]


# ------------------------------------------------------------------------------------------------ the data
def test_kb_has_at_least_3000_entries(kb):
    assert len(kb.entries) >= 3000


def test_kb_entries_have_required_fields(kb):
    bad = [e.id for e in kb.entries if not all(getattr(e, f) for f in REQUIRED)
           or e.type not in ("PER", "ORG", "LOC", "MISC") or not (e.names_ar or e.weak_ar)]
    assert bad == []


def test_kb_ids_are_unique_and_well_formed(kb):
    ids = [e.id for e in kb.entries]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("marsad:") or (i[0] == "Q" and i[1:].isdigit()) for i in ids)


def test_kb_country_codes_are_iso3(kb):
    pycountry = pytest.importorskip("pycountry")
    valid = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # XKX: user-assigned code for Kosovo
    assert sorted({e.country for e in kb.entries if e.country and e.country not in valid}) == []


def test_kb_persons_have_gender_and_countries_have_adjectives(kb):
    persons = [e for e in kb.entries if e.kind == "person"]
    assert persons and all(e.gender in ("m", "f") for e in persons)
    countries = [e for e in kb.entries if e.kind == "country"]
    with_adj = [e for e in countries if e.adjectives_ar]
    assert len(with_adj) / len(countries) > 0.8


@pytest.mark.parametrize("kind", ["country", "city", "organisation", "person", "outlet", "armed_group", "party",
                                  "ministry"])
def test_kb_has_every_kind(kb, kind):
    assert any(e.kind == kind for e in kb.entries)


# ------------------------------------------------------------------------------------------------ matching
@pytest.mark.parametrize("text,span,kb_id", [
    ("أعلن حلف شمال الأطلسي", "حلف شمال الأطلسي", "Q7184"),
    ("توسع لحلف شمال الأطلسي في آسيا", "حلف شمال الأطلسي", "Q7184"),
    ("قمة الناتو المقبلة", "الناتو", "Q7184"),
    ("عضوية حلف الناتو", "حلف الناتو", "Q7184"),
    ("قال حلف ناتو", "حلف ناتو", "Q7184"),
    ("وقال حلف الأطلسي", "حلف الأطلسي", "Q7184"),
    ("التوتر بين الناتو والصين", "الصين", "Q148"),
    ("وبالصين مصانع", "الصين", "Q148"),
    ("فالولايات المتحدة ترفض", "الولايات المتحدة", "Q30"),
    ("للولايات المتحدة قواعد", "لولايات المتحدة", "Q30"),
    ("وللناتو مكتب", "لناتو", "Q7184"),
    ("كبريطانيا وفرنسا", "بريطانيا", "Q145"),
])
def test_kb_match_leaves_proclitics_out(text, span, kb_id):
    assert (span, kb_id) in _found(text)


@pytest.mark.parametrize("text,expected", [
    ("ذكرت صحيفة فاينانشيال تايمز أن", [("فاينانشيال تايمز", "marsad:ft")]),
    ("قال لـ FT في يوم الاثنين", [("FT", "marsad:ft")]),
    ("التي توصلت إليها صحيفة Financial Times ، يعتقد", [("Financial Times", "marsad:ft")]),
    ("the ft said", []),  # short acronyms are case-sensitive
    ("نقلت وكالة AFP عن مصدر", [("AFP", "Q40464")]),
    ("Reuters و رويترز", [("Reuters", "Q130879"), ("رويترز", "Q130879")]),
])
def test_kb_match_latin_names_and_acronyms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,span", [
    ("الرئيس إيمانويل\nماكرون", "إيمانويل\nماكرون"),
    ("الرئيس إيمانويل ماكرون", "إيمانويل ماكرون"),
    ("الرئيس إيمانويل  ماكرون", "إيمانويل  ماكرون"),
])
def test_kb_match_name_across_whitespace_and_line_break(text, span):
    assert (span, "Q3052772") in _found(text)


def test_kb_match_not_across_paragraphs():
    assert ("إيمانويل\n\nماكرون", "Q3052772") not in _found("إيمانويل\n\nماكرون")


@pytest.mark.parametrize("text,span", [
    ("حلف شمال الاطلسي", "حلف شمال الاطلسي"),  # alef without hamza
    ("حلفُ شمالِ الأطلسيِّ", "حلفُ شمالِ الأطلسيِّ"),  # diacritics kept in the span
    ("إيمانويـــل ماكرون", "إيمانويـــل ماكرون"),  # tatweel
])
def test_kb_match_through_normalisation(text, span):
    assert [t for t, _ in _found(text)] == [span]


@pytest.mark.parametrize("text", [
    "",
    "   \n ",
    "ذهب الولد إلى المدرسة صباحا وعاد في المساء.",
    "1234 5678 !!!",
    "كتب ماكرونات",  # a name inside a longer word is not a match
])
def test_kb_match_text_with_no_entity(text):
    assert match(text) == []


def test_kb_match_dense_list():
    text = "شارك ممثلو فرنسا وألمانيا وإيطاليا وإسبانيا واليابان والصين وروسيا في الاجتماع"
    assert [e for _, e in _found(text)] == ["Q142", "Q183", "Q38", "Q29", "Q17", "Q148", "Q159"]


@pytest.mark.parametrize("text,expected_type", [
    ("قناة الجزيرة", "ORG"),  # weak name after a descriptor: the outlet
    ("شبه الجزيرة", None),  # ordinary word: nothing
    ("قال لـ«الشرق الأوسط» إن", "ORG"),  # quoted: the newspaper
    ("دول الشرق الأوسط", "LOC"),  # the region
])
def test_kb_match_weak_names(text, expected_type):
    found = [m for m in match(text) if m.text in ("الجزيرة", "الشرق الأوسط")]
    assert (found[0].entry.type if found else None) == expected_type


@pytest.mark.parametrize("text,name,kind", [
    ("سبق- الدمام: تبادلت الجهتان الاتهامات", "سبق", "outlet"),  # an outlet opening a dateline
    ("محمد الغامدي- سبق- جدة: أعلنت", "سبق", "outlet"),  # after the author's name
    ("الوطن - جدة: قال مصدر", "الوطن", "outlet"),
    ("وأكد مصدر لـ\"الوطن\" أن", "الوطن", "outlet"),  # quoted
    ("سبق أن أعلنت الوزارة", None, None),  # the verb سبق
    ("الرياض - واس: أعلنت", "الرياض", "city"),  # a city in a dateline stays a city
    ("حقق الوطن انتصارا", None, None),  # the common noun
])
def test_kb_match_outlets_in_datelines(text, name, kind):
    found = [m for m in match(text) if m.text in ("سبق", "الوطن", "الرياض")]
    assert ((found[0].text, found[0].entry.kind) if found else (None, None)) == (name, kind)


@pytest.mark.parametrize("text,kb_id", [
    ("أصدر الأمير فيصل بن سلمان قرارا", "marsad:faisal-bin-salman"),
    ("قال عبدالرحمن الفضلي إن", "marsad:abdulrahman-alfadley"),  # theophoric name joined ...
    ("قال عبد الرحمن الفضلي إن", "marsad:abdulrahman-alfadley"),  # ... and spaced
    ("في محافظة القنفذة", "marsad:sa-al-qunfudhah"),
    ("باشرت فرق الدفاع المدني الحادث", "marsad:sa-civil-defense"),
    # round 4b: bodies, venues and spellings a blind pass found missing
    ("رئيس اللجنة الأولمبية العربية السعودية يزور النادي", "marsad:sa-olympic-committee"),
    ("عقدت الهيئة الملكية في ينبع ندوة", "marsad:sa-rcjy"),
    ("بالتعاون مع هيئة السياحة والآثار", "marsad:sa-scth"),
    ("ورشة في الغرفة التجارية الصناعية بالرياض", "marsad:sa-riyadh-chamber"),
    ("على ملعب مدينة الملك عبدالله الرياضية بجدة", "marsad:sa-king-abdullah-sports-city"),
    ("وصل الوفد إلى كوالالمبور أمس", "marsad:kuala-lumpur"),
    ("غرمت لجنة الانضباط بالاتحاد العربي السعودي لكرة القدم النادي", "marsad:sa-sff"),
    ("أرسلت دول البلطيق وفودها", "marsad:baltic-states"),
    ("وقالت إذاعة فرنسا الدولية إن", "marsad:rfi"),
    ("انتشر البعوض في الأمريكيتين", "marsad:americas"),
])
def test_kb_covers_saudi_news(text, kb_id):
    assert kb_id in [e for _, e in _found(text)]


def test_kb_match_longest_first():
    assert _found("وزارة الخارجية الصينية") == [("وزارة الخارجية الصينية", "marsad:ministry-foreign-affairs-chn")]


# ------------------------------------------------------------------------------------------------ adjectives
@pytest.mark.parametrize("text,country,gender", [
    ("الرئيس الفرنسي", "FRA", "m"),
    ("الخارجية الفرنسية", "FRA", "f"),
    ("المتحدث الصيني", "CHN", "m"),
    ("القوات الصينية", "CHN", "f"),
    ("الموقف الأميركي", "USA", "m"),
    ("الموقف الأمريكي", "USA", "m"),
    ("الإدارة الأمريكية", "USA", "f"),
    ("الرئيس الكوري الجنوبي", "KOR", "m"),
    ("مسؤول ياباني", "JPN", "m"),
])
def test_kb_adjectives_name_countries(kb, text, country, gender):
    adj = kb.adjectives(text)
    assert [(a.country.country, a.gender) for a in adj] == [(country, gender)]
    assert all(text[a.start:a.end] == a.text for a in adj)


# ------------------------------------------------------------------------------------------------ look-up
@pytest.mark.parametrize("name,kb_id", [
    ("ماكرون", "Q3052772"),
    ("Emmanuel Macron", "Q3052772"),
    ("مكرون", "Q3052772"),  # fuzzy
    ("NATO", "Q7184"),
    ("حلف شمال الاطلسى", "Q7184"),
    ("Financial Times", "marsad:ft"),
    ("Finacial Times", "marsad:ft"),  # fuzzy
    ("فايننشال تايمز", "marsad:ft"),
    ("Q142", "Q142"),
    ("الصين", "Q148"),
])
def test_kb_lookup_by_name(name, kb_id):
    assert kb_id == lookup(name)[0].id


@pytest.mark.parametrize("name", ["", "   ", "كلمةلامعنىلها"])
def test_kb_lookup_unknown_is_empty(name):
    assert lookup(name) == []


@pytest.mark.parametrize("role,country,year,kb_id", [
    ("president", "FRA", 2023, "Q3052772"),
    ("president", "FRA", 2014, "marsad:francois-hollande"),
    ("prime_minister", "JPN", 2023, "marsad:fumio-kishida"),
    ("foreign_minister", "USA", 2022, "marsad:antony-blinken"),
])
def test_kb_persons_with_role_in_year(kb, role, country, year, kb_id):
    assert [e.id for e in kb.persons_with_role(role, country, year)] == [kb_id]


def test_kb_in_office_terms():
    e = KBEntry("x", "X", "PER", "person", term="2009-2017,2022-")
    assert [e.in_office(y) for y in (2008, 2010, 2019, 2024)] == [False, True, False, True]


# ------------------------------------------------------------------------------------------------ offsets
_ALPHABET = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ًٌٍَُِّْـ\n،.«»") +
                            ["الناتو", "الصين", "و", "ل", "حلف شمال الأطلسي", "FT", "ماكرون", " "])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_kb_match_offsets_contract(text):
    for m in match(text):
        assert text[m.start:m.end] == m.text
        assert 0 <= m.outer_start <= m.start < m.end <= len(text)


@pytest.mark.parametrize("text,expected", [
    ("قدم دعم مالي كبير", []),  # مالي "financial": a weak name needs context
    ("في جمهورية مالي", [("مالي", "marsad:mli")]),
    ("انتهت الحرب العالمية الثانية", [("الحرب العالمية الثانية", "marsad:ww2")]),
    ("فاز ريال مدريد على برشلونة", [("ريال مدريد", "marsad:real-madrid"), ("برشلونة", "marsad:barcelona")]),
])
def test_kb_match_common_words_and_misc(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "رفض الخطة بحجة أنه لا ينبغي",  # حجة "pretext", not Hajjah
    "تفوق في جميع الميادين",  # "fields", not Mayadin
    "كلية الفن والعمارة",  # "architecture", not Amarah
])
def test_kb_match_place_names_that_are_common_words(text):
    assert match(text) == []


@pytest.mark.parametrize("text, name_en", [
    ("وذكرت صحيفة الشرق الأوسط نقلا عن مصادر أن الوفد وصل.", "Asharq Al-Awsat"),
    ("وقالت صحيفة الشرق السعودية إن الوفد وصل.", "Al Sharq (Saudi newspaper)"),
])
def test_kb_newspaper_names_sharing_a_first_word(text, name_en):
    import marsad

    assert [e.name_en for e in marsad.analyze(text).entities if e.type == "ORG"] == [name_en]


@pytest.mark.parametrize("spelling", ["لوكسمبورغ", "لوكسمبورج"])
def test_kb_foreign_place_hard_g_in_both_spellings(spelling):
    from marsad.entities.kb import match

    hits = [m for m in match(f"وترفع السفينة علم {spelling} .") if m.text == spelling]
    assert hits and hits[0].entries[0].name_en == "Luxembourg"


# ------------------------------------------------------------------------------------------------ round 4b
@pytest.mark.parametrize("text,name,kb_id", [
    ("استقبل الأمير سلمان بن عبدالعزيز آل سعود الوفد", "سلمان بن عبدالعزيز آل سعود", "marsad:king-salman"),
    ("وحضر الأمير عبدالله بن مساعد بن عبدالعزيز الحفل", "عبدالله بن مساعد بن عبدالعزيز",
     "marsad:abdullah-bin-musaed"),
    ("زار الملك سلمان بن عبدالعزيز الرياض أمس", "سلمان بن عبدالعزيز", "marsad:king-salman"),
    ("التقى الأمير أحمد بن عبدالعزيز السفير", "أحمد بن عبدالعزيز", "marsad:ahmed-bin-abdulaziz"),
])
def test_kb_genealogy_continues_a_known_name(text, name, kb_id):
    assert (name, kb_id) in _found(text)


@pytest.mark.parametrize("text", [
    "وقال المواطن أحمد بن عبدالعزيز الزهراني إن المهرجان ناجح",
    "وأوضح الموظف فيصل بن سلمان القحطاني أن العمل مستمر",
    "وأكد الزائر سلمان بن عبدالعزيز الشمراني سعادته",
])
def test_kb_family_name_after_a_royal_name_is_someone_else(text):
    assert [m for m in match(text) if m.entry.kind == "person"] == []


@pytest.mark.parametrize("text,kb_id", [
    ("وأشار في اتصال هاتفي مع (اليوم) إلى أن", "marsad:alyaum"),
    ("وقال لـ(الجزيرة) إن الفريق جاهز", "marsad:aljazirah-sa"),
    ("وأوضح لـ (عكاظ) مصدر مسؤول", "marsad:okaz"),
    ("سيعقد الاجتماع غدا (اليوم) في جدة", None),  # a date's gloss, not the paper
    ("وقالت إن (الحياة) صعبة هنا", None),  # parentheses make no outlet of a word that is not one here
    ("فاز محمد القرني من (الرياض) وحسين من (جدة)", None),  # a paper named like a city: only after لـ
    ("وقال لـ(الرياض) مصدر مطلع", "marsad:alriyadh"),
    ("وتظاهروا وغدًا (اليوم) نعود", None),
])
def test_kb_outlet_between_parentheses(text, kb_id):
    outlets = [m.entry.id for m in match(text) if m.entry.kind == "outlet"]
    assert outlets == ([kb_id] if kb_id else [])


@pytest.mark.parametrize("text,kb_id", [
    ("وقالت قناة الجزيرة في تقرير", "marsad:aljazeera"),
    ("وذكرت صحيفة الجزيرة في عددها", "marsad:aljazirah-sa"),
    ("ونقلت جريدة «الجزيرة» عن مصادر", "marsad:aljazirah-sa"),
])
def test_kb_descriptor_picks_the_outlet_of_a_shared_name(text, kb_id):
    hits = [m for m in match(text) if m.text == "الجزيرة"]
    assert hits and hits[0].entry.id == kb_id


@pytest.mark.parametrize("text,expected", [
    ("ارتفع الريال السعودي أمام الدولار", []),  # the currency, not Real Madrid
    ("أنتم ما تبون الحل", []),  # Gulf "you want", not Tebboune
    ("وأوضح بخاري أن الإشاعات كثيرة", []),  # a common family name, not Buhari
    ("ونبه الدكتور بخاري من الإشاعات", []),  # a title the president does not hold
    ("وقال الرئيس بخاري إن", [("بخاري", "marsad:buhari")]),
    ("وفي الجوف يستضيف الفريق منافسه", [("الجوف", "marsad:sa-al-jouf")]),
    ("أطلقت النار على القنصلية الأمريكية في إسطنبول",
     [("القنصلية الأمريكية", "marsad:consulate-usa"), ("إسطنبول", "Q406")]),
    ("وقرر الاتحاد السعودي إيقاف اللاعب", [("الاتحاد السعودي", "marsad:sa-sff")]),
])
def test_kb_homonyms_and_common_words(text, expected):
    assert _found(text) == expected


def test_kb_yemeni_jawf_after_its_descriptor():
    hits = [m for m in match("وفي محافظة الجوف اليمنية اشتباكات") if m.text == "الجوف"]
    assert hits and hits[0].entry.id == "marsad:jawf-ye"


@pytest.mark.parametrize("arabic,latin", [
    ("غالب السهلي", "Ghaleb al-Sahli"),  # letter by letter: Ghalb al-Shli
    ("عبدالإله يحيى عسيري", "Abdulilah Yahya Asiri"),
    ("عبداللطيف القحطاني", "Abdullatif al-Qahtani"),
    ("لجين الشهري", "Lujain al-Shehri"),
    ("ماو نينغ", "Mao Ning"),  # unlisted words keep the letter rules
])
def test_kb_romanization_table_spells_frequent_names(arabic, latin):
    from marsad.entities.resolve import romanize

    assert romanize(arabic) == latin


@pytest.mark.parametrize("text,expected", [
    ("انفجار أودى بحياة ثلاثة أشخاص", []),  # the verb أودى, not the carmaker أودي
    ("عرضت أودي سيارتها الجديدة", [("أودي", "marsad:audi")]),
    ("فاز روما الإيطالي على ضيفه", []),  # a city takes a feminine adjective: this is the club
    ("وصل الوفد إلى روما الإيطالية أمس", [("روما", "Q220")]),
    ("تغلب برشلونة الإسباني على ضيفه", [("برشلونة", "marsad:fc-barcelona")]),
    ("خلال بطولة (كوبا اميركا) الأخيرة", [("كوبا اميركا", "marsad:copa-america")]),
])
def test_kb_match_words_shaped_like_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "وبين مدير المركز الدكتور صالح بن عبدالعزيز النصار أن العمل مستمر",  # not Ali Abdullah Saleh
    "وقال الشيخ عبدالعزيز بن عبدالله آل الشيخ إن الصيام",  # neither King Abdulaziz nor the Shura chairman
    "قرأ الشاعر عبد العزيز المقالح قصيدته",  # a family name after a known given name: someone else
    "وأفاد الدكتور عبدالله بن عبدالعزيز الربيعة بأن",
])
def test_kb_known_given_name_inside_another_genealogy_is_someone_else(text):
    assert [m.text for m in match(text) if m.entry.kind == "person"] == []


@pytest.mark.parametrize("text,clubs", [
    ("قال المدرب إن اللاعب جاهز للمباراة في الملعب. أقيم الحفل بالتعاون مع الأمانة", []),
    ("قال المدرب إن اللاعب جاهز للمباراة في الملعب. وتم الاتفاق معهما على العقد", []),
    ("قال المدرب إن اللاعب جاهز للمباراة في الملعب. تعادل التعاون مع الهلال", ["التعاون", "الهلال"]),
])
def test_kb_club_weak_name_before_with_is_a_common_noun(text, clubs):
    assert [m.text for m in match(text) if m.entry.kind == "club"] == clubs


@pytest.mark.parametrize("text,expected", [
    ("انتقد نائب الرئيس الاتحاد الكويتي بسبب التأجيل", []),  # Kuwait's federation, not Al-Ittihad
    ("فاز الهلال السوداني على ضيفه", []),
    ("فاز الهلال السعودي على ضيفه", [("الهلال السعودي", "marsad:al-hilal")]),
    ("وطالبت رعاية الشباب الأندية بالالتزام", [("رعاية الشباب", "marsad:sa-gpys")]),
    ("وذلك طبقاً لصحيفة “مكة”. وأوضحت", [("مكة", "marsad:makkah-paper")]),
])
def test_kb_club_names_of_other_countries_and_bodies(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,kb_id", [
    ("قال الرئيس الفرنسي فرانسوا أولوند إن", "marsad:francois-hollande"),
    ("يمتد المتنزه عبر ولايات وايومنغ ومونتانا", "marsad:us-wyoming"),
    ("خفضت وكالة موديز تصنيف البلاد", "marsad:moodys"),
    ("وصوت مجلس الدوما على القانون", "marsad:state-duma"),
    ("التقى المبعوث إسماعيل ولد الشيخ الوفد", "marsad:ould-cheikh-ahmed"),
])
def test_kb_covers_foreign_names_of_arabic_news(text, kb_id):
    assert kb_id in [e for _, e in _found(text)]


@pytest.mark.parametrize("text,expected", [
    ("أقرت المفوضية الأوروبية اليوم الإثنين مساعدات", [("المفوضية الأوروبية", "marsad:european-commission")]),
    ("ونشرت صحيفة اليوم تقريرا", [("اليوم", "marsad:alyaum")]),  # an outlet after a descriptor noun, not a title
    ("لا يشعر الناس بحماس مماثل", []),  # "with enthusiasm", not Hamas
    ("وقالت حماس إن الهدنة صامدة", [("حماس", "marsad:hamas")]),
    ("يستمر فريق تطوير سوق عكاظ في عمله", [("سوق عكاظ", "marsad:souq-okaz")]),  # the fair, not the paper
])
def test_kb_match_outlets_and_groups_named_like_words(text, expected):
    assert _found(text) == expected


def test_kb_exact_keys_leave_weak_names_to_the_matcher(kb):
    from marsad.text.normalize import normalize

    # a model's lone صالح is not linked to Ali Abdullah Saleh by name alone; lookup still finds him
    assert "marsad:ali-abdullah-saleh" not in [e.id for e in kb._keys().get(normalize("صالح"), [])]
    assert "marsad:ali-abdullah-saleh" in [e.id for e in lookup("صالح")]


@pytest.mark.parametrize("text,expected", [
    ("شكر الإدارة على التعامل الذي وجده هناك", []),  # "he found it": neither Oujda nor و + جده
    ("زار الوفد الرياض وجدة أمس", [("الرياض", "Q3692"), ("جدة", "marsad:jeddah")]),
    ("تلعب كولومبيا مع البيرو والبارغواي مع الأوروغواي",
     [("كولومبيا", "marsad:col"), ("البيرو", "marsad:per"), ("البارغواي", "marsad:pry"), ("الأوروغواي", "marsad:ury")]),
    ("تصاعد الغضب في بنغلادش أمس", [("بنغلادش", "marsad:bgd")]),
])
def test_kb_country_spellings_and_verbs_shaped_like_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("وقوات موالية للرئيس المخلوع علي صالح", [("علي صالح", "marsad:ali-abdullah-saleh")]),
    ("وأوضح محمد علي صالح مدير المدرسة أن", []),  # a known name after another given name is a longer name
    ("وصل العميد أحمد علي عبدالله صالح", [("أحمد علي عبدالله صالح", "marsad:ahmed-ali-saleh")]),  # the son
    ("أمام فريق غازي عنتاب التركي", [("غازي عنتاب", "marsad:gaziantep")]),  # a two-word city keeps its place
])
def test_kb_known_names_inside_longer_names(text, expected):
    assert _found(text) == expected
