"""Entities stage: NER + KB merge, fallback without the model, contract spans and types, evaluation floors."""

from __future__ import annotations

import glob
import importlib.util
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
import marsad.entities as entities_mod
from marsad.entities import find_entities, merge
from marsad.entities.kb import load_kb
from marsad.errors import ModelError
from marsad.pipeline import make_article
from marsad.types import Mention

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE_FLOOR = 0.97  # F1 reached 0.989 (default options, 2026-11-29) minus 0.01, rounded down
DEV_FLOOR_KB_ONLY = 0.90  # aawsat/was part of tests/data/dev, use_ner=False: F1 0.919 (2026-11-29), minus 0.01
OTHER_FLOOR_KB_ONLY = 0.85  # other outlets of tests/data/dev (alriyadh, okaz, sabq ...), use_ner=False: F1 0.877 (round 2);
# margin left for the articles still being annotated


def _ents(text: str, **opts):
    opts.setdefault("use_ner", False)
    return find_entities(make_article(text), **opts)


def _mentions(text: str, **opts):
    return [(m.text, e.type) for e in _ents(text, **opts) for m in e.mentions]


@pytest.fixture
def no_ner(monkeypatch):
    """The NER model raising ModelError, as when its files are missing."""
    import marsad.entities.ner as ner

    def boom(text):
        raise ModelError("model files missing", "rebuild")

    monkeypatch.setattr(ner, "predict", boom)
    monkeypatch.setattr(entities_mod, "_NER_WARNED", False)


# ------------------------------------------------------------------------------------------------ contract
@pytest.mark.parametrize("text,expected", [
    ("لحلف شمال الأطلسي مكتب", [("حلف شمال الأطلسي", "ORG")]),
    ("التوتر بين الناتو والصين", [("الناتو", "ORG"), ("الصين", "LOC")]),
    ("وقال ماكرون", [("ماكرون", "PER")]),
    ("فباريس وبكين", [("باريس", "LOC"), ("بكين", "LOC")]),
])
def test_entities_mentions_leave_proclitics_out(text, expected):
    assert sorted(_mentions(text)) == sorted(expected)


@pytest.mark.parametrize("text,type_", [
    ("فرنسا", "LOC"), ("طوكيو", "LOC"), ("الأمم المتحدة", "ORG"), ("رويترز", "ORG"),
    ("وزارة الخارجية الأمريكية", "ORG"), ("حزب الله", "ORG"), ("داعش", "ORG"), ("شينزو آبي", "PER"),
    ("الأكراد", "MISC"),
])
def test_entities_types_follow_anercorp(text, type_):
    assert _mentions(f"قال {text} أمس") == [(text, type_)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "ذهب الولد إلى المدرسة.", "!!! ؟؟؟ 123"])
def test_entities_text_with_no_entity(text):
    assert _ents(text) == []


def test_entities_dense_list():
    text = "حضر ممثلو السعودية والإمارات وقطر والكويت والبحرين وعمان ومصر والأردن"
    ents = _ents(text)
    assert [e.country for e in ents] == ["SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "EGY", "JOR"]
    assert all(e.type == "LOC" for e in ents)


def test_entities_mixed_scripts():
    text = "نقلت Reuters عن مسؤول في NATO أن صحيفة Financial Times أخطأت، وقالت رويترز إن"
    ents = {e.kb_id: e for e in _ents(text)}
    assert [m.text for m in ents["Q130879"].mentions] == ["Reuters", "رويترز"]
    assert [m.text for m in ents["Q7184"].mentions] == ["NATO"]
    assert [m.text for m in ents["marsad:ft"].mentions] == ["Financial Times"]


def test_entities_name_split_across_line_break():
    text = "قال الرئيس الفرنسي إيمانويل\nماكرون إن"
    (e,) = [e for e in _ents(text) if e.type == "PER"]
    assert e.mentions[0].text == "إيمانويل\nماكرون" and e.kb_id == "Q3052772"


def test_entities_kb_fields_and_gender():
    (e,) = [e for e in _ents("قالت المتحدثة ماو نينغ إن") if e.type == "PER"]
    assert (e.name_en, e.kb_id, e.country, e.gender) == ("Mao Ning", "marsad:mao-ning", "CHN", "f")


# ------------------------------------------------------------------------------------------------ NER + KB
def test_entities_fall_back_to_kb_when_ner_is_missing(no_ner):
    with pytest.warns(RuntimeWarning, match="knowledge base only"):
        ents = find_entities(make_article("قال ماكرون في باريس"))
    assert [(e.name, e.kb_id) for e in ents] == [("إيمانويل ماكرون", "Q3052772"), ("باريس", "Q90")]


@pytest.mark.parametrize("ner,kb_text,expected", [
    # NER and KB agree on the name, NER kept the proclitic: the KB span (without it) is used
    ([Mention(0, 6, "بسوريا", "LOC")], "بسوريا", [(1, 6, "LOC", "kb_linked")]),
    # a longer KB match wins over a shorter NER mention
    ([Mention(0, 3, "حلف", "ORG")], "حلف شمال الأطلسي", [(0, 16, "ORG", "kb")]),
    # the NER type disagrees with a confident KB type: KB wins
    ([Mention(0, 5, "فرنسا", "PER")], "فرنسا", [(0, 5, "LOC", "kb")]),
    # an NER mention the KB does not know stays
    ([Mention(0, 4, "زيتا", "ORG")], "زيتا", [(0, 4, "ORG", "ner")]),
])
def test_entities_merge_ner_and_kb(ner, kb_text, expected):
    kb = load_kb()
    cands = merge(kb_text, ner, kb.match(kb_text), kb)
    got = [(c.start, c.end, c.type, "kb_linked" if c.entry and c.source == "ner" else c.source) for c in cands]
    assert got == expected


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "والصين", "لحلف", "شمال",
                                 "الأطلسي", "FT", "المتحدثة", "باسم", "وزارة", "الخارجية", "الصينية", "ماو",
                                 "نينغ", "،", ".", "\n", " ", "«", "»", "ـ", "َ"]), max_size=40).map(" ".join))
def test_entities_offsets_contract(text):
    for e in _ents(text):
        assert e.type in ("PER", "ORG", "LOC", "MISC")
        for m in e.mentions:
            assert text[m.start:m.end] == m.text and m.text.strip() == m.text


# ------------------------------------------------------------------------------------------------ floors
def _score_module():
    path = SHARED / "tools" / "score.py"
    if not path.exists():
        pytest.skip("../shared/tools/score.py is absent")
    spec = importlib.util.spec_from_file_location("marsad_test_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _f1(score, gold_files, **opts):
    tot = [0, 0, 0]
    for f in gold_files:
        gold = score.load_gold(f)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ents = find_entities(make_article(gold["text"], published=gold.get("published")), **opts)
        pred = {"text": gold["text"], "entities": [e.to_dict() for e in ents]}
        tot = [a + b for a, b in zip(tot, score.score_entities(pred, gold, gold["text"]))]
    return score._prf(*tot)[2]


def test_entities_floor_on_public_example():
    score = _score_module()
    gold = SHARED / "examples" / "nato-tokyo-office.gold.json"
    if not gold.exists():
        pytest.skip("public example absent")
    assert _f1(score, [gold]) >= EXAMPLE_FLOOR


def _dev_files(developed_on: bool) -> list[str]:
    files = sorted(glob.glob(str(ROOT / "tests/data/dev/*.gold.json")))
    return [f for f in files if Path(f).name.startswith(("snn-aawsat-", "snn-was-")) == developed_on]


def test_entities_floor_on_dev_set_kb_only():
    score = _score_module()
    files = _dev_files(True)
    if not files:
        pytest.skip("no dev gold files")
    assert _f1(score, files, use_ner=False) >= DEV_FLOOR_KB_ONLY


def test_entities_floor_on_other_outlets_kb_only():
    score = _score_module()
    files = _dev_files(False)
    if len(files) < 5:
        pytest.skip("too few dev gold files from other outlets")
    assert _f1(score, files, use_ner=False) >= OTHER_FLOOR_KB_ONLY


@pytest.mark.parametrize("ner,text,kept", [
    ([Mention(0, 4, "مجلس", "ORG")], "مجلس", False),
    ([Mention(0, 7, "المملكة", "LOC")], "المملكة", False),
    ([Mention(0, 4, "محمد", "LOC")], "محمد", False),
    ([Mention(0, 4, "محمد", "PER")], "محمد", True),
    ([Mention(0, 9, "مجلس زيتا", "ORG")], "مجلس زيتا", True),
])
def test_entities_merge_drops_generic_model_mentions(ner, text, kept):
    assert bool(merge(text, ner, [], load_kb())) == kept


@pytest.mark.parametrize("word,typ,kept", [
    ("برأيك", "LOC", False),   # preposition + noun + pronoun
    ("بطولة", "LOC", False),   # a common noun
    ("ومحمد", "LOC", False),   # a given name is no place
    ("باهظًا", "LOC", False),  # tanween
    ("تسشابه", "PER", True),   # an unknown foreign name
    ("كيودو", "ORG", True),
])
def test_entities_merge_drops_common_words_the_model_marks(word, typ, kept):
    text = f"قال {word} أمس"
    ner = [Mention(4, 4 + len(word), word, typ)]
    assert bool([c for c in merge(text, ner, [], load_kb()) if c.text == word]) == kept


def test_entities_merge_kb_person_beats_model_type_on_same_span():
    text = "وقال بوتين إن"
    kbm = [m for m in load_kb().match(text) if m.text == "بوتين"]
    cands = merge(text, [Mention(5, 10, "بوتين", "LOC")], kbm, load_kb())
    assert [(c.text, c.type) for c in cands] == [("بوتين", "PER")]


# ------------------------------------------------------------------------------------------ name patterns
@pytest.mark.parametrize("text,expected", [
    # honorifics and ranks before a name the KB does not know
    ("وقال المهندس خالد العتيبي إن المشروع اكتمل", ("خالد العتيبي", "PER")),
    ("وأكد الدكتور عبدالرحمن الشهري أن النتائج مطمئنة", ("عبدالرحمن الشهري", "PER")),
    ("وأوضح د. ماهر الزهراني أن الحالة مستقرة", ("ماهر الزهراني", "PER")),
    ("استقبل الأمير سطام بن خالد بن فهد الوفد", ("سطام بن خالد بن فهد", "PER")),
    ("وقال المدرب البرتغالي جوزيه مورايس إن الفريق جاهز", ("جوزيه مورايس", "PER")),
    # given names and genealogical chains without a title
    ("وقالت لجين الأحمدي إن الطقس معتدل", ("لجين الأحمدي", "PER")),
    ("وشارك ياسر القحطاني ومحمد الشلهوب في المباراة", ("محمد الشلهوب", "PER")),
    ("وحضر عبدالله بن سعد بن ناصر الاحتفال", ("عبدالله بن سعد بن ناصر", "PER")),
    # role noun + organisation + holder
    ("وقال مدير جامعة جازان سالم المزروع إن", ("سالم المزروع", "PER")),
    ("أكد مدير الفريق غازي عسيري أن", ("غازي عسيري", "PER")),  # nisba family name without the article
    ("أقامها الفنان التشكيلي محمد آل شايع، والذي", ("محمد آل شايع", "PER")),  # آل + any word
    ("استقبل فيصل بن مشعل بن سعود بن عبدالعزيز الوفد", ("فيصل بن مشعل بن سعود بن عبدالعزيز", "PER")),  # KB name
    ("غادرت الفنانة ألين لحود برفقة عمها الملحن", ("ألين لحود", "PER")),  # برفقة ends the name
    ("قال سعيد بن ناصر بن ريحان، إن", ("سعيد بن ناصر بن ريحان", "PER")),  # any word after بن
    ("وأوضح عاطي بن عطيه القرشي، أن", ("عاطي بن عطيه القرشي", "PER")),  # any word before بن
    ("وشقيق علي بن أبي طالب رضي الله عنه", ("علي بن أبي طالب", "PER")),
    ("افتتح المطعم في شارع السويلم بجانب", ("شارع السويلم", "LOC")),
    ("خلال معسكره بمدينة بلنسية الفينسو بولانكو", ("بلنسية", "LOC")),
    ("فيما تعتبر إصابة جمعان الدوسري أقل خطورة", ("جمعان الدوسري", "PER")),  # unlisted given name + family
    ("ليحل بديلا للبرازيلي جانسون دي سانتوس، حيث", ("جانسون دي سانتوس", "PER")),  # nationality + foreign name
    ("قال المهندس عبداللطيف بن عبدالملك آل الشيخ إن", ("عبداللطيف بن عبدالملك آل الشيخ", "PER")),
    ("وجه المهاجم الهولندي الدولي رود فان نيستلروي انتقادات", ("رود فان نيستلروي", "PER")),  # foreign given name
    ("شن الإسباني فرناندو ألونسو بطل العالم هجوما", ("فرناندو ألونسو", "PER")),
    ("من جهته قال كلود مانديل المدير التنفيذي إن", ("كلود مانديل", "PER")),  # subject of a verb of saying
    ("تقدمه الشاعرة مايا أنجيلو ضمن برامج أخرى", ("مايا أنجيلو", "PER")),  # a name in ـا, not an accusative
    ("قال المهندس زين الدين الحربي إن", ("زين الدين الحربي", "PER")),  # X + الدين is one given name
    ("وقال رئيس اللجنة ماركو روبيو: نعم", ("ماركو روبيو", "PER")),
    # organisations from a head noun and its construct chain
    ("أعلنت وزارة الصحة أن عدد الحالات ارتفع", ("وزارة الصحة", "ORG")),
    ("أعلنت شركة الكهرباء السعودية أن العطل انتهى", ("شركة الكهرباء السعودية", "ORG")),
    ("وقالت الهيئة العامة للموانئ إن الحركة طبيعية", ("الهيئة العامة للموانئ", "ORG")),
    ("وقال رئيس لجنة العلاقات الخارجية لمجلس الشيوخ إن", ("لجنة العلاقات الخارجية لمجلس الشيوخ", "ORG")),
    ("وقال مدير جامعة جازان سالم المزروع إن", ("جامعة جازان", "ORG")),
    ("قضت محكمة ميونيخ الألمانية بالسجن", ("محكمة ميونيخ الألمانية", "ORG")),
    # places: administrative noun outside the name, landmark noun inside
    ("وصل الوفد إلى محافظة ضبيع صباحا", ("ضبيع", "LOC")),
    ("وصلت القوات من مديرية مكيراس بالبيضاء", ("مكيراس", "LOC")),  # a Yemeni district, not a directorate
    ("وصل الوفد عبر مطار الملك خالد الدولي", ("مطار الملك خالد الدولي", "LOC")),
    ("بين موالين لصالح وجماعة الحوثي في صنعاء", ("جماعة الحوثي", "ORG")),  # جماعة inside the name (dev gold)
])
def test_entities_patterns_find_unknown_names(text, expected):
    assert expected in _mentions(text)


@pytest.mark.parametrize("text", [
    "قال الوزير إن الاجتماع كان مثمرا",            # a title with no name
    "وقال رئيس الوزراء أمس إن الحكومة مستعدة",     # a title alone is no name
    "أكد الدكتور أن الوضع مستقر",                   # honorific + complementiser
    "الأمير يستقبل المهنئين بالعيد",                 # honorific + verb
    "وصل الطرد عن طريق الخطأ",                      # a common phrase after a landmark-like noun
    "طالبوا بإقامة منطقة حظر طيران",                # administrative noun + common noun
    "وقالت الشركة السعودية إن الأرباح ارتفعت",      # definite head + adjective only: a reference, not a name
    "هيا نتفاوض على الشروط",                         # ambiguous given name before a verb
    "ما رأيك في البطولة السعودية؟",                  # the country's name as an agreeing adjective
    "ضمن مبادرات مدينة الملك عبدالله للطاقة",      # a royal's name inside an institution's name
    "همهم الخروج من قصر الاحتفالات أو الانشغال",    # a landmark noun before a common noun
    "انتقل اللاعب إلى مركز قلب الدفاع",             # مركز as a position
    "ونقله إلى المستشفى. وناشد العنزي الجميع",        # و + verb before a family name
    "بعد أن تلقى خبر وفاة ابن شقيقته",               # ابن as "son"
    "وطالبت الأسرة الإيرانية للإفراج عنه",          # nationality adjective + preposition
    "طريق حورس الحربي المتجه إلى الشرق",             # an adjective-like family name after an unlisted word
    "وأكد رئيس مجلس الإدارة أن الشركة رابحة",       # a board, not a named body
    "كان مصدر إلهام البنك التجاري لتحقيق النجاح",    # a purpose clause is no part of a name
    "وصل إلي الدوحة وأكد علي المستوي الدولي",        # على written علي in a text that writes ى as ي
    "وتلقى أمير البلاد المفدي برقيات التهاني",       # a plural after a role is no name
    "حين نرى شبابا في عمر الزهور ينفلتون",           # عمر "age" before a common noun
    "وقال مصدر مطلع إن المفاوضات مستمرة",            # a verb of saying before a common noun
    "وأضاف البيان أن الاجتماع انتهى",                 # ... before a definite noun
    "وتقدم الجيش اليمني نحو المدينة",                 # a country's army by its adjective: a nominal reference
    "ثم خلاصات ومركزات بن وشاي بالأطنان",            # بن "coffee" after a coordinated plural
])
def test_entities_patterns_reject_non_names(text):
    ments = _mentions(text)
    assert not [m for m in ments if m[1] in ("PER", "ORG") and m[0] != "البنك التجاري"
                or m[0] in ("السعودية", "قصر الاحتفالات") or "العنزي" in m[0] and m[0] != "العنزي"], ments


def test_entities_patterns_can_be_switched_off():
    text = "وقال المهندس خالد العتيبي إن المشروع اكتمل"
    assert ("خالد العتيبي", "PER") in _mentions(text)
    assert ("خالد العتيبي", "PER") not in _mentions(text, patterns=False)


def test_entities_pattern_person_propagates_surname():
    text = "وقال المهندس خالد العتيبي إن المشروع اكتمل. وأضاف العتيبي أن العمل مستمر."
    ents = [e for e in _ents(text) if e.type == "PER"]
    assert len(ents) == 1 and [m.text for m in ents[0].mentions] == ["خالد العتيبي", "العتيبي"]


@pytest.mark.parametrize("text,alone,found", [
    ("هو الفنان رياض نواف الراضي. وقلنا له: أخي رياض أنت مبدع", "رياض", True),
    ("وقال فيصل محفوظ إن العمل مستمر. ثم أضاف فيصل أن", "فيصل", True),
    # two persons share the given name: the given name alone is not read as either
    ("وقال فيصل محفوظ إن العمل مستمر، ورد فيصل الزهراني بأن. ثم أضاف فيصل أن", "فيصل", False),
    # a very common given name is never read alone
    ("وقال محمد الزهراني إن العمل مستمر. ثم أضاف محمد أن", "محمد", False),
])
def test_entities_given_name_alone_joins_the_person(text, alone, found):
    ents = [e for e in _ents(text) if e.type == "PER"]
    hit = [e for e in ents if alone in [m.text for m in e.mentions]]
    assert bool(hit) == found
    if found:
        assert len(hit[0].mentions) == 2


# ------------------------------------------------------------------------------------ model vs KB/patterns
def _with_model(monkeypatch, mentions):
    """The NER model returning fixed mentions (given as (text, type, occurrence))."""
    import marsad.entities.ner as ner

    def fake(text):
        out = []
        for m in mentions:
            s, typ, occ = (m + (1,))[:3]
            i = -1
            for _ in range(occ):
                i = text.find(s, i + 1)
            out.append(Mention(i, i + len(s), s, typ, "ner"))
        return out

    monkeypatch.setattr(ner, "predict", fake)


@pytest.mark.parametrize("text,model,expected,absent", [
    # the KB wins a longer model span or another type for a known place/organisation
    ("قاتل عناصر تنظيم داعش في المدينة", [("تنظيم داعش", "ORG")], ("داعش", "ORG"), ("تنظيم داعش", "ORG")),
    ("وصل الوفد إلى ميونيخ أمس", [("ميونيخ", "ORG")], ("ميونيخ", "LOC"), ("ميونيخ", "ORG")),
    # a pattern's span wins over the model's where both read a name
    ("وقال المهندس خالد العتيبي إن", [("العتيبي", "LOC")], ("خالد العتيبي", "PER"), ("العتيبي", "LOC")),
    # the model's one-word mention does not block a surname already read as a person's
    ("قال ديمتري كوفتون إن. وأضاف كوفتون أن", [("ديمتري كوفتون", "PER"), ("كوفتون", "ORG", 2)],
     ("كوفتون", "PER"), ("كوفتون", "ORG")),
    # untrusted model mentions: kinship + name, coordination, a nationality adjective, a description, MISC
    ("وقلنا له أخي فيصل أنت مبدع", [("أخي فيصل", "PER")], None, ("أخي فيصل", "PER")),
    ("والتقى شكري وكيري في فيينا", [("شكري وكيري", "PER")], None, ("شكري وكيري", "PER")),
    ("وقال الكرواتي تي إن", [("الكرواتي تي", "PER")], None, ("الكرواتي تي", "PER")),
    ("وصنفتها منظمة إرهابية منذ سنوات", [("منظمة إرهابية", "ORG")], None, ("منظمة إرهابية", "ORG")),
    ("ما رأيك في بطولة قوية هذا العام", [("بطولة قوية", "MISC")], None, ("بطولة قوية", "MISC")),
    ("وقع الطرفان الاتفاق أمس", [("الاتفاق", "ORG")], None, ("الاتفاق", "ORG")),
    ("وتطرح الشركة سيارة جي إل سي الجديدة", [("جي إل سي", "ORG")], None, ("جي إل سي", "ORG")),  # spelled letters
])
def test_entities_model_mentions_resolved_against_kb_and_patterns(monkeypatch, text, model, expected, absent):
    _with_model(monkeypatch, model)
    ments = _mentions(text, use_ner=True)
    if expected:
        assert expected in ments
    assert absent not in ments


_LONG_PARAGRAPHS = [
    "قال وزير الخارجية السعودي عادل الجبير في الرياض إن المملكة تدعم جهود الأمم المتحدة في اليمن، وأكد الأمير فيصل "
    "بن بندر أمير منطقة الرياض أن الدفاع المدني يعمل مع هيئة الهلال الأحمر السعودي. وقال المهندس سالم المزروع مدير "
    "جامعة جازان إن الجامعة ستفتح أبوابها، فيما أعلن الرئيس الفرنسي إيمانويل ماكرون أن باريس ستستضيف القمة. وأضاف "
    "ماكرون أن فرنسا تدعم الحل السياسي.",
    "أعلنت شركة أرامكو السعودية أن رئيسها أمين الناصر التقى في طوكيو رئيس الوزراء الياباني، وقالت وكالة رويترز إن "
    "الناصر بحث مع وزير الطاقة الأمير عبدالعزيز بن سلمان خطط الشركة. وقال الناصر إن الشركة ستزيد إنتاجها.",
]


@pytest.mark.parametrize("paragraph", _LONG_PARAGRAPHS)
def test_entities_long_text_same_entities_per_paragraph(paragraph):
    """300 copies of a paragraph: exact offsets, and in every copy the mentions found in the paragraph alone."""
    one = _ents(paragraph)
    assert one, "the paragraph must have entities for the test to mean anything"
    sep = "\n\n"
    text = sep.join([paragraph] * 300)
    many = _ents(text)
    for e in many:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    assert [(e.id, e.type, e.name, e.kb_id) for e in many] == [(e.id, e.type, e.name, e.kb_id) for e in one]
    step = len(paragraph) + len(sep)
    for e1, en in zip(one, many):
        expected = [(m.start, m.end, m.text, m.type) for m in e1.mentions]
        per_copy: dict[int, list] = {}
        for m in en.mentions:
            per_copy.setdefault(m.start // step, []).append((m.start % step, m.end - step * (m.start // step),
                                                            m.text, m.type))
        assert sorted(per_copy) == list(range(300)), e1.name
        for k, got in per_copy.items():
            assert got == expected, (e1.name, k)


@pytest.mark.parametrize("text, names", [
    ("وقال الوزير إن بلاده «منفتحة على أي حل عادل».", []),
    ("وأكد رجل كريم أنه سيعود.", []),
    ("وقال عادل الجبير إن الأمر جيد.", ["عادل الجبير"]),
])
def test_entities_ambiguous_given_name_after_indefinite_noun_is_an_adjective(text, names):
    got = [e.name for e in marsad.analyze(text).entities if e.type == "PER"]
    assert got == names


@pytest.mark.parametrize("text,expected,absent", [
    ("قال مسؤولون إن الاتحاد الفلسطيني لكرة القدم قرر تأجيل المباراة", ("الاتحاد الفلسطيني لكرة القدم", "ORG"), None),
    ("أصدرت الجمعية الوطنية لحقوق الإنسان تقريرها السنوي", ("الجمعية الوطنية لحقوق الإنسان", "ORG"), None),
    ("كان مصدر إلهام البنك التجاري لتحقيق النجاح", None, "البنك التجاري لتحقيق النجاح"),  # purpose masdar
    ("وسعت الشركة الوطنية لدعم المشاريع", None, "الشركة الوطنية لدعم المشاريع"),
])
def test_entities_org_pattern_l_phrase_in_construct(text, expected, absent):
    ments = _mentions(text, use_ner=False)
    if expected:
        assert expected in ments, ments
    if absent:
        assert absent not in [m[0] for m in ments], ments


@pytest.mark.parametrize("text,outlet", [
    ("وعدم تدخلها في الشؤون الداخلية العربية والخليجية", False),  # an adjective after a title's last word
    ("وبحث الوزير القضايا الإقليمية العربية", False),
    ("وقالت قناة العربية إن الوفد وصل", True),                     # after a descriptor noun
])
def test_entities_weak_outlet_name_as_agreeing_adjective(text, outlet):
    ments = _mentions(text, use_ner=False)
    assert (("العربية", "ORG") in ments) == outlet, ments


@pytest.mark.parametrize("text,model,absent", [
    ("ووصل سعر الكيس إلى 300 ريال، ثم ارتفع", [("ريال", "ORG")], ("ريال", "ORG")),        # a currency
    ("دفعت الشركة 7 مليون ريال سعودي", [("ريال", "ORG")], ("ريال", "ORG")),
    ('وقال: "هيا نتفاوض على الاتفاق"', [("هيا نتفاوض", "PER")], ("هيا نتفاوض", "PER")),  # interjection + verb
    ('وأضاف: "رجاء سأكون محرجا"', [("رجاء سأكون", "PER")], ("رجاء سأكون", "PER")),
])
def test_entities_model_currency_and_interjection_are_no_names(monkeypatch, text, model, absent):
    _with_model(monkeypatch, model)
    assert absent not in _mentions(text, use_ner=True)


@pytest.mark.parametrize("text,model,kept", [
    ("وقالت هيا الغامدي إن المشروع اكتمل", [("هيا الغامدي", "PER")], ("هيا الغامدي", "PER")),
    ("سجل ريال مدريد هدفين", [("ريال مدريد", "ORG")], ("ريال مدريد", "ORG")),
])
def test_entities_model_names_kept_near_currency_and_interjection_rules(monkeypatch, text, model, kept):
    _with_model(monkeypatch, model)
    assert kept in _mentions(text, use_ner=True)


@pytest.mark.parametrize("text,mention", [
    ("وتعتبر الدول المجاورة نفسها مستهدفة روسياً منذ سنوات", None),   # tanween: an adverb
    ("زار الوزير روسيا أمس", ("روسيا", "LOC")),
])
def test_entities_kb_name_with_tanween_is_no_name(text, mention):
    ments = _mentions(text)
    assert (mention in ments) if mention else not ments, ments


@pytest.mark.parametrize("text,expected,absent", [
    ("قال نائب رئيس مؤسسة الملك عبدالعزيز للموهبة والإبداع إن", "مؤسسة الملك عبدالعزيز للموهبة والإبداع", None),
    ("قالت الهيئة العامة للسياحة والآثار إن", "الهيئة العامة للسياحة والآثار", None),
    ("وعبر مرصد حضرموت لحقوق الإنسان عن إدانته", "مرصد حضرموت لحقوق الإنسان", None),
    ("زار جامعة الملك سعود للعلوم الصحية", "جامعة الملك سعود للعلوم الصحية", None),
    # negatives: a second body after و, a relative pronoun, a ل-phrase of the sentence after a plain complement
    ("اختلفت الشركة السعودية للكهرباء والمؤسسة العامة لتحلية المياه", "الشركة السعودية للكهرباء",
     "الشركة السعودية للكهرباء والمؤسسة"),
    ("أعلنت الشركة السعودية للكهرباء والتي تعمل في المنطقة", "الشركة السعودية للكهرباء",
     "الشركة السعودية للكهرباء والتي"),
    ("وقالت وزارة الصحة للمواطنين إن", "وزارة الصحة", "وزارة الصحة للمواطنين"),
])
def test_entities_org_pattern_coordination_and_royal_l_phrase(text, expected, absent):
    names = [m[0] for m in _mentions(text) if m[1] == "ORG"]
    assert expected in names, names
    assert absent not in names, names


@pytest.mark.parametrize("text,name", [
    ("أعلنت القيادة استشهاد العريف أول خالد محمد الشحي من القوة", "خالد محمد الشحي"),
    ("وأصيب الملازم أول ماجد سعد القحطاني في الاشتباك", "ماجد سعد القحطاني"),
])
def test_entities_rank_with_awwal_introduces_a_person(text, name):
    assert (name, "PER") in _mentions(text)


@pytest.mark.parametrize("text,model,absent", [
    ("وقالت الخارجية إن الجبير سيزور موسكو الثلاثاء", [("سيزور موسكو", "PER")], ("سيزور موسكو", "PER")),
    ("عقد الوزراء لقاء تنسيقيا في الدوحة", [("تنسيقيا", "LOC")], ("تنسيقيا", "LOC")),   # accusative adjective
    ("تلقى صحفي أردنيا تهديدا", [("أردنيا", "LOC")], ("أردنيا", "LOC")),
    ("مع نظيريه الأمريكي والسعودي", [("نظيريه الأمريكي", "PER")], ("نظيريه الأمريكي", "PER")),
    ("وقتل حفيد جلال الدين حقاني", [("حفيد جلال الدين حقاني", "PER")], ("حفيد جلال الدين حقاني", "PER")),
])
def test_entities_model_verbs_adverbs_and_common_nouns_are_dropped(monkeypatch, text, model, absent):
    _with_model(monkeypatch, model)
    assert absent not in _mentions(text, use_ner=True)


@pytest.mark.parametrize("text,model,kept", [
    ("وقال الحميدان إن البلدية أنجزت المشروع", [("الحميدان", "PER")], ("الحميدان", "PER")),
    ("زار الوفد سوريا أمس", [("سوريا", "LOC")], ("سوريا", "LOC")),
    ("وقال سيرجي لافروف إن", [("سيرجي لافروف", "PER")], ("سيرجي لافروف", "PER")),
])
def test_entities_model_names_kept_by_verb_and_adverb_rules(monkeypatch, text, model, kept):
    _with_model(monkeypatch, model)
    assert kept in _mentions(text, use_ner=True)


@pytest.mark.parametrize("text,expected,absent", [
    ("استقبلت غرفة نجران بمقرها الرئيسي أكثر من 300 متقدم", ("غرفة نجران", "ORG"), ("نجران", "LOC")),
    ("وأوضح رئيس غرفة جدة أن الطلب زاد", ("غرفة جدة", "ORG"), ("جدة", "LOC")),
    ("دخل غرفة النوم في منزله بالرياض", None, ("غرفة النوم", "ORG")),   # a room, not a chamber
])
def test_entities_chamber_head_before_known_place(text, expected, absent):
    ments = _mentions(text)
    if expected:
        assert expected in ments, ments
    assert absent not in ments, ments


_SPORTS = "وقال المدرب إن الفريق استعد جيدا للمباراة أمام منافسه في الدوري، وإن اللاعبين جاهزون. "


@pytest.mark.parametrize("text,expected,absent", [
    (_SPORTS + "وأكد أن تجربته في الهلال كانت رائعة", ("الهلال", "ORG"), None),        # a club in a sports article
    (_SPORTS + "وتولى تدريب العين الإماراتي", ("العين", "ORG"), ("العين", "LOC")),     # club before city
    ("وتولى الإشراف الفني بنادي العين الإماراتي", ("العين", "ORG"), ("العين", "LOC")),  # after نادي
    ("شاهد الناس الهلال في السماء ليلة العيد", None, ("الهلال", "ORG")),               # the crescent
])
def test_entities_club_names_in_sports_articles(text, expected, absent):
    ments = _mentions(text)
    if expected:
        assert expected in ments, ments
    if absent:
        assert absent not in ments, ments


@pytest.mark.parametrize("text,expected", [
    ('يتفق عدد ممن تحدث ل"الرياض" حول أهمية السفر', ("الرياض", "ORG")),   # the newspaper, quoted
    ("وقال لـ«الرياض» إن المشروع اكتمل", ("الرياض", "ORG")),
    ("استقبل أمير الرياض الوفد", ("الرياض", "LOC")),                        # a title's last word: the city
    ("وصل الوفد إلى الرياض أمس", ("الرياض", "LOC")),
    ("يخطط لزيارة العاصمة الرياض قريبا", ("الرياض", "LOC")),              # a descriptor noun: the city
])
def test_entities_quoted_outlet_named_like_a_city(text, expected):
    assert expected in _mentions(text)


@pytest.mark.parametrize("text,model,expected", [
    ("نفت الحركة وفاة جلال الدين حقاني مؤسس الشبكة", [("جلال الدين حقاني مؤسس", "PER")],
     ("جلال الدين حقاني", "PER")),                                     # a common noun after the name
    ("وقال جلال الدين حقاني إن", [("جلال الدين حقاني", "PER")], ("جلال الدين حقاني", "PER")),
])
def test_entities_model_person_ends_before_a_common_noun(monkeypatch, text, model, expected):
    _with_model(monkeypatch, model)
    ments = _mentions(text, use_ner=True)
    assert expected in ments, ments
    assert ("جلال الدين حقاني مؤسس", "PER") not in ments


@pytest.mark.parametrize("text, names", [
    ("تشهد منطقة الشرق الأوسط توترا متزايدا منذ أشهر.", ["الشرق الأوسط"]),
    ("وصل الرئيس إلى تركيا ثم زار روسيا وسوريا وكندا.", ["تركيا", "روسيا", "سوريا", "كندا"]),
])
def test_entities_accusative_common_noun_is_no_place(text, names):
    assert [e.name for e in marsad.analyze(text).entities] == names


@pytest.mark.parametrize("text, kept", [
    ("في أكبر زيادة منذ ابريل نيسان 2014 .", False),  # a month inside a date is a time
    ("وأعلنت نيسان عن سيارة جديدة .", True),          # the carmaker stays when the model finds it
])
def test_entities_month_name_inside_a_date_is_no_entity(text, kept):
    from marsad.entities import find_entities
    from marsad.pipeline import make_article

    names = [e.name for e in find_entities(make_article(text))]
    assert ("نيسان" in names) == kept, names


@pytest.mark.parametrize("text, name_en", [
    ("وقالت منظمة اليونسكو إن الموقع مهدد .", "UNESCO"),
    ("ونقلت صحيفة الرياض عن مصادر أن .", "Al Riyadh"),
])
def test_entities_generic_head_before_a_known_body_links_it(text, name_en):
    ents = [e for e in find_entities(make_article(text)) if e.type == "ORG"]
    assert [e.name_en for e in ents] == [name_en], [(e.name, e.name_en) for e in ents]


@pytest.mark.parametrize("text, has_muscat", [
    ("وأكد أنه ربما يعود لمسقط رأسه تبوك .", False),
    ("ودفن في مسقط رأسها بالقرية .", False),
    ("ووصل الوزير إلى مسقط أمس في زيارة .", True),
])
def test_entities_birthplace_idiom_is_not_muscat(text, has_muscat):
    names = [e.name_en for e in find_entities(make_article(text))]
    assert ("Muscat" in names) == has_muscat, names


def test_entities_lone_name_particle_is_no_person():
    text = "وتحقق الهدف السابع . وأخيرا فان الهدف الثامن قد دعا الى تطوير الشراكة ."
    assert "فان" not in [e.name for e in find_entities(make_article(text))]


@pytest.mark.parametrize("text, name", [
    ("وبلغت قيمة الصفقة مليار ريال سعودي بحسب البيان .", "ريال سعودي"),
    ("وقصف الجيش اليمني مواقع المسلحين أمس .", "الجيش اليمني"),
])
def test_entities_currency_and_army_by_adjective_are_no_names(text, name):
    assert name not in [e.name for e in find_entities(make_article(text))]


def test_entities_web_page_chrome_is_no_organisation():
    text = "Next Previous رصد وتصوير: أحمد حجازي – عين اليوم يجسد معرض عمارة الحرمين تاريخا فريدا ."
    assert not [e for e in find_entities(make_article(text)) if "Next" in e.name]


def test_entities_verb_with_me_after_colon_is_no_person():
    text = "وقال المتخرج هذا الفصل: يسعدني أن أبارك لنفسي ولإخواني الخريجين ."
    assert "يسعدني" not in [e.name for e in find_entities(make_article(text))]


# ------------------------------------------------------------------------- round 4a: pattern spans (made-up cases)
@pytest.mark.parametrize("text,name", [
    # a second family name after the first (a listed one, or a nisba the news hardly prints bare)
    ("وقال المهندس سعد الخازم الغامدي إن المشروع اكتمل .", "سعد الخازم الغامدي"),
    ("وأوضح مدير المستشفى ناصر الراوي الرويلي أن العمل بدأ .", "ناصر الراوي الرويلي"),
    # an accusative after a full name ends it (its stem is the more frequent word)
    ("سخر له الأستاذ سامي حمدان جهدا ووقتا .", "سامي حمدان"),
    # a blessing formula after a name is no part of it
    ("أمثال صالح العمودي وعبدالمجيد باحمدان أطال الله في عمرهم .", "عبدالمجيد باحمدان"),
    # a given name that is also a role noun before another role or what it governs ends the name
    ("كان صديقا للمهندس سعيد المراد مساعد أمين العاصمة سابقا .", "سعيد المراد"),
    # an ambiguous given name opens a name before a word the news has hardly ever printed
    ("وحضر الحفل ماجد العمودي وعمر بادحمان وآخرون .", "عمر بادحمان"),
])
def test_entities_pattern_person_span_ends(text, name):
    ments = _mentions(text)
    assert (name, "PER") in ments
    assert not [m for m, t in ments if t == "PER" and m != name and name in m], ments


@pytest.mark.parametrize("text,absent", [
    ("وخسر الفريق لصالح الغريم التقليدي في المباراة .", "الغريم"),       # ل + an ambiguous given name
    ("فأمل المحزم أن يطول الموسم .", "المحزم"),                           # ف + an ambiguous given name
    ("وسجل اللاعب هدفين متتاليين في المباراة .", "هدفين"),               # a dual of a common noun after a cue
    ("وقال المشجع عبدالرحمن المباركي اللذان حضرا المباراة .", "اللذان"),  # a relative pronoun ends a name
])
def test_entities_pattern_rejects_common_words(text, absent):
    assert not [m for m, t in _mentions(text) if t == "PER" and absent in m]


@pytest.mark.parametrize("text,model", [
    ("كرم مكتب الرياضة بطلين من أبطال المنطقة .", [("كرم مكتب", "PER")]),            # a verb + a common noun
    ("وحصل على جائزة نظير الإنجازات التي حققها .", [("نظير الإنجازات", "PER")]),     # a preposition + common noun
    ("نوه خبيران أوروبيان بأهمية الزيارة .", [("خبيران أوروبيان", "PER")]),          # a dual of a common noun
    ("من خِلَافٍ أَوْ يُنفَوْا مِنَ الْأَرْضِ", [("خِلَافٍ أَوْ يُنفَوْا", "PER")]),  # tanween, a function word inside
    ("وهو يخلو قلبه من الإيمان بالله عز وجل .", [("الله", "PER")]),                  # a divine name alone
    ("وقال القاص إن التكريم بادرة طيبة .", [("القاص", "PER")]),                      # a person cue alone
])
def test_entities_model_person_that_no_name_can_be(monkeypatch, text, model):
    _with_model(monkeypatch, model)
    assert not [m for m, t in _mentions(text, use_ner=True) if t == "PER" and m == model[0][0]]


@pytest.mark.parametrize("text,model,name", [
    ("وقال سليمان الحبيب إن المستشفى جاهز .", [("سليمان الحبيب", "PER")], "سليمان الحبيب"),
    ("وأشار ممثل نيوزيلندا تيم غروزر إلى أن", [("تيم غروزر", "PER")], "تيم غروزر"),
])
def test_entities_model_person_names_kept(monkeypatch, text, model, name):
    _with_model(monkeypatch, model)
    assert (name, "PER") in _mentions(text, use_ner=True)


def test_entities_given_name_after_cue_is_no_town():
    text = "وأوضح الدكتور بدر السمحان المدير الإقليمي للحملة أن العيادات تعمل ."
    ments = _mentions(text)
    assert ("بدر السمحان", "PER") in ments and ("بدر", "LOC") not in ments


def test_entities_model_person_after_proclitic_on_ambiguous_given_name(monkeypatch):
    _with_model(monkeypatch, [("صالح الغريم", "PER")])
    text = "فضياع اللقب ولصالح الغريم التقليدي ليس أمرا سهلا ."
    assert not [m for m, t in _mentions(text, use_ner=True) if t == "PER"]


def test_entities_model_surname_after_proclitic_stays(monkeypatch):
    _with_model(monkeypatch, [("علي عبد الله صالح", "PER"), ("صالح", "PER", 2)])
    text = "قال الرئيس السابق علي عبد الله صالح إن. واشتبك أفراد موالون لصالح مع الحوثيين ."
    assert [m for m, t in _mentions(text, use_ner=True) if t == "PER"].count("صالح") == 1


@pytest.mark.parametrize("text,org,place", [
    ("دشن مدير عام الشؤون الصحية بمنطقة الجوف خالد الرويلي البطاقات .", "الشؤون الصحية بمنطقة الجوف", "الجوف"),
    ("تبدأ الإدارة العامة للتعليم بالخرج اليوم استقبال المرشحين .", "الإدارة العامة للتعليم بالخرج", "الخرج"),
    ("وقالت الشئون الصحية بمحافظة جدة إن الحالات مستقرة .", "الشئون الصحية بمحافظة جدة", "جدة"),
])
def test_entities_regional_branch_office_includes_its_place(text, org, place):
    ments = _mentions(text)
    assert (org, "ORG") in ments and (place, "LOC") not in ments


def test_entities_sector_name_without_place_is_no_body():
    ments = _mentions("وأعلنت الشؤون الصحية أن الحالات مستقرة في جدة .")
    assert [t for m, t in ments if t == "ORG"] == [] and ("جدة", "LOC") in ments


@pytest.mark.parametrize("text,name", [
    ("أحرز الوافدان ماريو ماندزوكيتش وباولو ديبالا هدفين قادا بهما فريقهما للفوز .", "باولو ديبالا"),  # a dual
    ("وعضوية الدكتور سعيد العمري والتربوي علي بن غرم الله الغامدي .", "علي بن غرم الله الغامدي"),  # X الله
    ("ذكر مدير المستشفى ضيف الله سحيمان الشراري أن العمل بدأ .", "ضيف الله سحيمان الشراري"),
    ("وقال الدكتور يوسف بن سليمان السليمان إن المشروع اكتمل .", "يوسف بن سليمان السليمان"),  # a family name in ـان
])
def test_entities_pattern_person_compound_and_dual(text, name):
    ments = _mentions(text)
    assert (name, "PER") in ments, ments


@pytest.mark.parametrize("text,absent", [
    ("عن التصريح لـ 4350 مبنى استكملت إجراءاتها منذ بدء أعمال اللجنة .", "مبنى"),   # a counted head noun
    ("ضد قرار اللجنة المحلية للانتخابات والتحقق منها خلال أسبوع .", "والتحقق"),   # a preposition + pronoun
])
def test_entities_pattern_heads_not_names(text, absent):
    assert not [m for m, t in _mentions(text) if absent in m]


def test_entities_model_person_ends_before_a_role_noun(monkeypatch):
    _with_model(monkeypatch, [("ناصر مؤسس", "PER")])
    text = "وكان ابن ناصر مؤسس النادي رئيسا له ."
    assert not [m for m, t in _mentions(text, use_ner=True) if "مؤسس" in m]


def test_entities_named_one_cue_introduces_a_person():
    assert ("روزان زوير", "PER") in _mentions("وقال أحد المتظاهرين ويدعى روزان زوير: كيف لهم أن يفعلوا ذلك")


@pytest.mark.parametrize("text,present,absent", [
    ("وصرح قائد شرطة دبي اللواء سالم المري أن الحادث بسيط .", ("شرطة دبي", "ORG"), "اللواء"),  # place, then a title
    ("وصرح قائد شرطة كابول عبد الرحمن رحيمي أن انتحاريا فجر نفسه .", ("عبد الرحمن رحيمي", "PER"), "شرطة كابول عبد"),
])
def test_entities_org_chain_ends_before_a_title_or_a_person(text, present, absent):
    ments = _mentions(text)
    assert present in ments and not [m for m, _ in ments if absent in m and m != present[0]], ments


def test_entities_pattern_person_takes_one_more_model_word(monkeypatch):
    _with_model(monkeypatch, [("ناصر العبدالكريم الدخيل", "PER")])
    text = "ثمرة جهود الوالد العميد ناصر العبدالكريم الدخيل الذي كان متابعا ."
    assert ("ناصر العبدالكريم الدخيل", "PER") in _mentions(text, use_ner=True)


def test_entities_model_formula_with_allah_is_no_person(monkeypatch):
    _with_model(monkeypatch, [("الحمد لله", "PER")])
    assert not [m for m, t in _mentions("وقال: الحمد لله على التخرج .", use_ner=True) if t == "PER"]


@pytest.mark.parametrize("text,name,absent", [
    ("وعلمت الصحيفة أن فارس مهدي هدد بملاحقة المطرب قانونيا .", "فارس مهدي", "هدد"),  # a perfect verb ends a name
])
def test_entities_pattern_person_ends_before_a_perfect_verb(text, name, absent):
    ments = _mentions(text)
    assert (name, "PER") in ments and not [m for m, _ in ments if absent in m]


def test_entities_noun_with_my_after_a_verb_of_saying_is_no_name():
    assert not [m for m, t in _mentions('و"أعلن انسحابي" من أشعار الشاعر .') if t == "PER"]


@pytest.mark.parametrize("text", [
    "مبينا أنه تم تعليق قوائم أسماء المعدومين على الجدران .",   # أسماء "names" before a definite plural
    "ورصدت عدسة «المدينة» الحركة في محيط مركزية المدينة أمس .",  # an outlet's weak name is not propagated
])
def test_entities_no_person_or_outlet_from_common_words(text):
    ments = _mentions(text)
    assert not [m for m, t in ments if t == "PER"] and [m for m, t in ments if t == "ORG"].count("المدينة") <= 1


def test_entities_praise_of_god_is_no_person(monkeypatch):
    _with_model(monkeypatch, [("حمد الله", "PER")])
    assert not [m for m, t in _mentions("وكم نحن مقصرون في حمد الله تعالى عليها .", use_ner=True) if t == "PER"]


def test_entities_model_name_cut_before_a_known_surname_is_completed(monkeypatch):
    text = "وحذر المجلس برئاسة المستشار مرتضى منصور الجماهير. ودعا المجلس برئاسة مرتضى منصور الجماهير للحضور ."
    _with_model(monkeypatch, [("مرتضى", "PER", 2)])
    ments = _mentions(text, use_ner=True)
    assert ments.count(("مرتضى منصور", "PER")) == 2 and ("مرتضى", "PER") not in ments


@pytest.mark.parametrize("text,expected,absent", [
    ("قبل أن يرد الهلال في نهائي كأس الملك بجدة وما واكبه حتى الآن .", None, "واكبه"),  # a title inside a name
    ("وخلال الإجازة شهد جسر الملك فهد ازدحاما غير مسبوق .", ("جسر الملك فهد", "LOC"), "ازدحاما"),
    ("في متنزه الملك عبدالله البيئي بحضور أكثر من تسعة آلاف زائر .", ("متنزه الملك عبدالله البيئي", "LOC"), None),
])
def test_entities_landmarks_and_titles_inside_names(text, expected, absent):
    ments = _mentions(text)
    if expected:
        assert expected in ments, ments
    if absent:
        assert not [m for m, _ in ments if absent in m], ments


@pytest.mark.parametrize("text,model,absent", [
    ("وشمل التكريم الوكيل رقيب جمعان شرفي .", [("الوكيل رقيب", "PER")], "الوكيل رقيب"),  # a rank alone
    ("بعد الحريق المعروف باسم روكي في المقاطعة .", [("باسم روكي", "PER")], "باسم روكي"),  # "by the name of"
])
def test_entities_model_person_cue_words_are_no_name(monkeypatch, text, model, absent):
    _with_model(monkeypatch, model)
    assert (absent, "PER") not in _mentions(text, use_ner=True)


@pytest.mark.parametrize("text,name,absent", [
    ("وفي اتصال بالدكتور طارق محمود أمين استشاري جراحة الأورام بالمستشفى .", "طارق محمود أمين", "استشاري"),
    ("أما تيم الشرقي ومحمد مشاري ومحمد أجمعوا بقولهم نتمنى أن .", "محمد مشاري", "أجمعوا"),   # a plural verb
    ("أما الأطفال وشادي سعود وأروى إبراهيم قالوا إن المهرجان ممتع .", "شادي سعود", "وأروى"),  # و + a name
    ("كتاب أ.د. خالد فهمي إبراهيم، وهو كتاب ثقافي .", "خالد فهمي إبراهيم", None),          # a nisba in ـي
])
def test_entities_pattern_person_ends_before_occupation_verb_or_coordination(text, name, absent):
    ments = _mentions(text)
    assert (name, "PER") in ments, ments
    if absent:
        assert not [m for m, _ in ments if absent in m], ments


@pytest.mark.parametrize("text,model", [
    ("أكد وزير التعليم عزام الدخيل في اجتماعه بمديري التعليم أن", [("التعليم", "PER", 2)]),  # a common noun
    ("الذي ترأس النادي في الفترة بين 2003 و2010 .", [("و2010", "LOC")]),                 # a number
])
def test_entities_model_common_noun_or_number_is_no_entity(monkeypatch, text, model):
    _with_model(monkeypatch, model)
    assert not [m for m, t in _mentions(text, use_ner=True) if m == model[0][0]]


@pytest.mark.parametrize("text,names", [
    ("أما الأطفال العنود حامد وشادي سعود فقالوا إن المهرجان ممتع .", ["العنود حامد", "شادي سعود"]),
    ("وقعت الإدارة مع المدرب التونسي يسري كحله لقيادة الفريق .", ["يسري كحله"]),  # an unseen family name in ـه
])
def test_entities_pattern_definite_given_name_and_family_name_in_ha(text, names):
    ments = _mentions(text)
    assert all((n, "PER") in ments for n in names), ments


@pytest.mark.parametrize("text", [
    "وقال اللاعب سامي رأيه بصراحة في المؤتمر .",   # a noun with "his" after a given name
    "وتسعى الدولة الآن لتحقيق أهدافها .",           # الآن "now" is no given name
])
def test_entities_pattern_no_name_from_his_or_now(text):
    assert not [m for m, t in _mentions(text) if t == "PER" and len(m.split()) > 1]


def test_entities_model_person_opening_with_an_adjective_is_trimmed(monkeypatch):
    _with_model(monkeypatch, [("الكبير إبراهيموفيتش", "PER")])
    ments = _mentions("ولا ننسى النجم الكبير إبراهيموفيتش الذي جاب عدة محطات .", use_ner=True)
    assert ("إبراهيموفيتش", "PER") in ments and ("الكبير إبراهيموفيتش", "PER") not in ments


def _linked(text: str, **opts):
    return [(m.text, e.kb_id) for e in _ents(text, **opts) for m in e.mentions if e.type == "PER"]


@pytest.mark.parametrize("text,model,mention,kb_id", [
    # a commoner with a prince's or a king's first names and a family name of his own: no link, the name goes on
    ("وقال الدكتور أحمد بن عبدالعزيز الزهراني مدير الجامعة إن العمل مستمر .", "أحمد بن عبدالعزيز",
     "أحمد بن عبدالعزيز الزهراني", None),
    ("وأوضح عبدالله بن عبدالعزيز الربيعة وزير الصحة أن المستشفى جاهز .", "عبدالله بن عبدالعزيز",
     "عبدالله بن عبدالعزيز الربيعة", None),
    ("وقال فهد بن عبدالعزيز العثيمين إن الاجتماع ناجح .", "فهد بن عبدالعزيز", "فهد بن عبدالعزيز العثيمين", None),
    ("وقال سلمان بن عبدالعزيز بن محمد الزهراني إن العمل مستمر .", "سلمان بن عبدالعزيز",  # a genealogy, then
     "سلمان بن عبدالعزيز بن محمد الزهراني", None),                                      # another family name
    # near cases that stay linked: a definite common word, the family's own آل سعود, a name's own family word
    ("واستقبل الأمير أحمد بن عبدالعزيز الوفد المرافق .", "أحمد بن عبدالعزيز", "أحمد بن عبدالعزيز",
     "marsad:ahmed-bin-abdulaziz"),
    ("واستقبل الملك عبدالله بن عبدالعزيز الرئيس الفرنسي .", "عبدالله بن عبدالعزيز", "عبدالله بن عبدالعزيز",
     "marsad:king-abdullah-sa"),
    ("وأكد الملك سلمان بن عبدالعزيز آل سعود أن المملكة ماضية .", "سلمان بن عبدالعزيز آل سعود",
     "سلمان بن عبدالعزيز آل سعود", "marsad:king-salman"),
    ("وقال الأمير خالد الفيصل أمير منطقة مكة إن المشروع مهم .", "خالد الفيصل", "خالد الفيصل",
     "marsad:khalid-al-faisal"),
    ("منذ عزل الرئيس السابق محمد مرسي المنتمي لجماعة الإخوان .", "محمد مرسي", "محمد مرسي",  # an adjective in ـي
     "marsad:mohamed-morsi"),
])
def test_entities_known_names_with_another_family_name_are_someone_else(monkeypatch, text, model, mention, kb_id):
    _with_model(monkeypatch, [(model, "PER")])
    got = _linked(text, use_ner=True)
    assert (mention, kb_id) in got, got
    assert not [m for m, k in got if m != mention and mention.startswith(m)], got  # not cut before the family name


@pytest.mark.parametrize("text,model,expected,absent", [
    # a royal's name inside a road's, prize's or institution's name is no mention of the royal
    ("وقع الحادث على طريق الملك فهد في الرياض مساء أمس .", [("فهد", "PER")], ("طريق الملك فهد", "LOC"), "فهد"),
    ("وأغلق طريق الأمير سلطان بن عبدالعزيز أمام السيارات .", [("سلطان بن عبدالعزيز", "PER")],
     ("طريق الأمير سلطان بن عبدالعزيز", "LOC"), "سلطان بن عبدالعزيز"),
    ("وافتتح دوار الملك سلمان في جدة .", [("سلمان", "PER")], ("دوار الملك سلمان", "LOC"), "سلمان"),
    ("وفاز الباحث بجائزة الملك فيصل العالمية .", [("فيصل العالمية", "PER")], None, "فيصل العالمية"),
    ("ويقع المشروع في حي الملك فهد شمال المدينة .", [("فهد", "PER")], None, "فهد"),
    ("وتعالج الحالات في مركز الأمير فيصل بن مشعل لعلاج العقم .", [("فيصل بن مشعل", "PER")], None, "فيصل بن مشعل"),
    # near cases: "by way of", a road with a common noun, the king himself
    ("وتم ذلك عن طريق الوزارة .", [], None, "طريق"),
    ("وتم ذلك عن طريق الملك نفسه .", [], None, "طريق"),
    ("وسار الموكب على طريق طويل .", [], None, "طريق"),
])
def test_entities_royal_name_inside_a_road_or_prize_name(monkeypatch, text, model, expected, absent):
    _with_model(monkeypatch, model)
    ments = _mentions(text, use_ner=True)
    if expected:
        assert expected in ments, ments
    assert (absent, "PER") not in ments, ments
    if not model:  # the near cases: nothing at all is read there
        assert not [m for m, _ in ments if absent in m], ments


@pytest.mark.parametrize("text,model,mention,kb_id", [
    ("وقال الملك فهد إن المملكة قوية .", "فهد", "فهد", "marsad:king-fahd"),
    ("وأكد مستشار الملك فهد أن الوضع مستقر .", "فهد", "فهد", "marsad:king-fahd"),
    ("وتم ذلك عن طريق الملك سلمان شخصيا .", "سلمان", "سلمان", "marsad:king-salman"),
])
def test_entities_royal_name_outside_eponyms_stays_the_royal(monkeypatch, text, model, mention, kb_id):
    _with_model(monkeypatch, [(model, "PER")])
    assert (mention, kb_id) in _linked(text, use_ner=True)


@pytest.mark.parametrize("text,model,expected,absent", [
    # a KB place whose own name opens with a title word keeps the title inside its mention
    ("وشهدت مدينة الشيخ زويد اشتباكات عنيفة .", [("زويد", "LOC")], ("الشيخ زويد", "LOC"), ("زويد", "LOC")),
    ("وقتل جنديان في الشيخ زويد أمس .", [], ("الشيخ زويد", "LOC"), ("زويد", "LOC")),
    # near cases: a person after his title keeps the title outside; a landmark keeps its own head
    ("وقال الشيخ صباح الأحمد إن الكويت ماضية .", [("صباح الأحمد", "PER")], ("صباح الأحمد", "PER"),
     ("الشيخ صباح الأحمد", "PER")),
    ("وعبرت الشاحنات جسر الملك فهد أمس .", [], ("جسر الملك فهد", "LOC"), ("الملك فهد", "LOC")),
    # وقف is the verb "stood" before a royal title, not an endowment's name
    ("وقف الأمير فيصل بن خالد بن عبدالعزيز على الموقع .", [], ("فيصل بن خالد بن عبدالعزيز", "PER"), None),
])
def test_entities_title_inside_a_place_name_is_kept(monkeypatch, text, model, expected, absent):
    _with_model(monkeypatch, model)
    ments = _mentions(text, use_ner=True)
    assert expected in ments, ments
    if absent:
        assert absent not in ments, ments


@pytest.mark.parametrize("text,model,mention,kb_id", [
    # آل + the family ends a Gulf name: a noun the model read on after it is the sentence's
    ("بعث الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة للرئيس .", "سلمان بن عبدالعزيز آل سعود برقية",
     "سلمان بن عبدالعزيز آل سعود", "marsad:king-salman"),
    ("وبعث المواطن فهد بن علي آل شايع رسالة شكر .", "فهد بن علي آل شايع رسالة", "فهد بن علي آل شايع", None),
    # near case: آل الشيخ is the whole family name
    ("وقال زياد آل الشيخ إن الندوة ناجحة .", "زياد آل الشيخ", "زياد آل الشيخ", None),
])
def test_entities_model_person_ends_after_al_family(monkeypatch, text, model, mention, kb_id):
    _with_model(monkeypatch, [(model, "PER")])
    got = _linked(text, use_ner=True)
    assert (mention, kb_id) in got and not [m for m, _ in got if m.startswith(mention + " ")], got


@pytest.mark.parametrize("text,model,kept", [
    ("وأن هناك توجها لإحضار بديلين لهما قبل الموسم .", "بديلين", False),  # a dual of a common noun alone
    ("وقرر النادي استبعاد لاعبين من القائمة .", "لاعبين", False),
    ("وقال المدرب ياسين إن الفريق جاهز .", "ياسين", True),  # given names in ـين/ـان stay
    ("وأكد عدنان أن الفريق جاهز .", "عدنان", True),
])
def test_entities_model_lone_plural_of_common_noun_is_no_person(monkeypatch, text, model, kept):
    _with_model(monkeypatch, [(model, "PER")])
    assert ((model, "PER") in _mentions(text, use_ner=True)) == kept


@pytest.mark.parametrize("text,model,mention", [
    # a rank word with no name after it (a clause ends) is the family name
    ("ويديرها الدكتور محمد خضر عريف، وذلك في القاعة .", "محمد خضر عريف", "محمد خضر عريف"),
    ("وشارك في الندوة الكاتب سامي فهد عريف .", "سامي فهد عريف", "سامي فهد عريف"),
    # near case: a cue word before a complement is a role, the name ends before it
    ("وقال سعيد أحمد نقيب المهندسين إن الأمر محسوم .", "سعيد أحمد نقيب", "سعيد أحمد"),
])
def test_entities_model_person_keeps_a_rank_word_ending_the_clause(monkeypatch, text, model, mention):
    _with_model(monkeypatch, [(model, "PER")])
    ments = [m for m, t in _mentions(text, use_ner=True) if t == "PER"]
    assert mention in ments and not [m for m in ments if m != mention and (m in mention or mention in m)], ments
