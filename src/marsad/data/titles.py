"""Arabic titles and roles that introduce or stand for a person, with gender and what they attach to.

Provenance: hand-curated for Marsad (2026) from standard Modern Standard Arabic news usage; no external file.

``attaches`` says which kind of entity completes the title: ``country`` (``الرئيس الفرنسي``, ``رئيس وزراء
اليابان``), ``organisation`` (``الأمين العام لحلف الناتو``, ``المتحدث باسم الوزارة``) or ``none``.
``role`` is a language-neutral key shared by the masculine and feminine forms, and is what KB persons'
``title_ar`` words are mapped to when a title must be resolved to a person (``الرئيس الفرنسي`` -> the French
president).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Title:
    ar: str
    role: str
    gender: str | None  # "m" | "f" | None
    attaches: str = "country"  # "country" | "organisation" | "none"
    head: bool = False  # True for titles that denote one holder per country/organisation at a time


def _t(ar: str, role: str, gender: str | None, attaches: str = "country", head: bool = False) -> Title:
    return Title(ar, role, gender, attaches, head)


TITLES: tuple[Title, ...] = (
    # heads of state and government
    _t("الرئيس", "president", "m", head=True),
    _t("الرئيسة", "president", "f", head=True),
    _t("رئيس الجمهورية", "president", "m", head=True),
    _t("رئيسة الجمهورية", "president", "f", head=True),
    _t("رئيس الدولة", "president", "m", head=True),
    _t("نائب الرئيس", "vice_president", "m", head=True),
    _t("نائبة الرئيس", "vice_president", "f", head=True),
    _t("رئيس الوزراء", "prime_minister", "m", head=True),
    _t("رئيسة الوزراء", "prime_minister", "f", head=True),
    _t("رئيس الحكومة", "prime_minister", "m", head=True),
    _t("رئيسة الحكومة", "prime_minister", "f", head=True),
    _t("رئيس مجلس الوزراء", "prime_minister", "m", head=True),
    _t("المستشار", "chancellor", "m", head=True),
    _t("المستشارة", "chancellor", "f", head=True),
    _t("الملك", "monarch", "m", head=True),
    _t("الملكة", "monarch", "f", head=True),
    _t("العاهل", "monarch", "m", head=True),
    _t("السلطان", "monarch", "m", head=True),
    _t("الإمبراطور", "monarch", "m", head=True),
    _t("ولي العهد", "crown_prince", "m", head=True),
    _t("الأمير", "prince", "m"),
    _t("الأميرة", "prince", "f"),
    _t("الشيخ", "sheikh", "m", "none"),
    _t("الشيخة", "sheikh", "f", "none"),
    _t("المرشد الأعلى", "supreme_leader", "m", head=True),
    _t("المرشد", "supreme_leader", "m", head=True),
    _t("الزعيم", "leader", "m"),
    _t("زعيم", "leader", "m"),
    _t("البابا", "pope", "m", "none", head=True),
    # ministers
    _t("وزير الخارجية", "foreign_minister", "m", head=True),
    _t("وزيرة الخارجية", "foreign_minister", "f", head=True),
    _t("وزير الدفاع", "defence_minister", "m", head=True),
    _t("وزيرة الدفاع", "defence_minister", "f", head=True),
    _t("وزير الداخلية", "interior_minister", "m", head=True),
    _t("وزيرة الداخلية", "interior_minister", "f", head=True),
    _t("وزير المالية", "finance_minister", "m", head=True),
    _t("وزيرة المالية", "finance_minister", "f", head=True),
    _t("وزير الطاقة", "energy_minister", "m", head=True),
    _t("وزير الدولة", "minister", "m"),
    _t("وزير", "minister", "m"),
    _t("وزيرة", "minister", "f"),
    # spokespeople, diplomats, officials
    _t("المتحدث باسم", "spokesperson", "m", "organisation"),
    _t("المتحدثة باسم", "spokesperson", "f", "organisation"),
    _t("المتحدث الرسمي باسم", "spokesperson", "m", "organisation"),
    _t("الناطق باسم", "spokesperson", "m", "organisation"),
    _t("الناطقة باسم", "spokesperson", "f", "organisation"),
    _t("الناطق الرسمي باسم", "spokesperson", "m", "organisation"),
    _t("المتحدث", "spokesperson", "m", "organisation"),
    _t("المتحدثة", "spokesperson", "f", "organisation"),
    _t("الأمين العام", "secretary_general", "m", "organisation", head=True),
    _t("الأمينة العامة", "secretary_general", "f", "organisation", head=True),
    _t("المدير العام", "director_general", "m", "organisation", head=True),
    _t("المديرة العامة", "director_general", "f", "organisation", head=True),
    _t("رئيس المفوضية الأوروبية", "commission_president", "m", "none", head=True),
    _t("رئيسة المفوضية الأوروبية", "commission_president", "f", "none", head=True),
    _t("السفير", "ambassador", "m"),
    _t("السفيرة", "ambassador", "f"),
    _t("المبعوث", "envoy", "m"),
    _t("المبعوثة", "envoy", "f"),
    _t("المبعوث الخاص", "envoy", "m"),
    _t("الممثل الأعلى", "high_representative", "m", "organisation"),
    _t("مستشار الأمن القومي", "national_security_adviser", "m", head=True),
    _t("رئيس البرلمان", "speaker", "m", head=True),
    _t("رئيس مجلس النواب", "speaker", "m", head=True),
    _t("رئيسة مجلس النواب", "speaker", "f", head=True),
    _t("النائب", "legislator", "m"),
    _t("النائبة", "legislator", "f"),
    _t("السيناتور", "legislator", "m"),
    _t("الحاكم", "governor", "m"),
    _t("حاكم", "governor", "m"),
    _t("المحافظ", "governor", "m"),
    _t("محافظ", "governor", "m"),
    _t("عمدة", "mayor", "m"),
    _t("رئيس بلدية", "mayor", "m"),
    # military
    _t("قائد", "commander", "m", "organisation"),
    _t("القائد", "commander", "m", "organisation"),
    _t("قائد الجيش", "army_chief", "m", head=True),
    _t("رئيس الأركان", "chief_of_staff", "m", head=True),
    _t("المشير", "marshal", "m", "none"),
    _t("الفريق أول", "general", "m", "none"),
    _t("اللواء", "general", "m", "none"),
    _t("العميد", "brigadier", "m", "none"),
    _t("العقيد", "colonel", "m", "none"),
    _t("الجنرال", "general", "m", "none"),
    # honorifics
    _t("السيد", "mister", "m", "none"),
    _t("السيدة", "mister", "f", "none"),
    _t("الدكتور", "doctor", "m", "none"),
    _t("الدكتورة", "doctor", "f", "none"),
)

TITLE_BY_AR: dict[str, Title] = {t.ar: t for t in TITLES}

# KB persons carry free Arabic title words; these map them to a role key (longest title first wins).
ROLE_OF_TITLE: dict[str, str] = {t.ar: t.role for t in TITLES}
ROLE_OF_TITLE.update({
    "رئيس مجلس السيادة": "head_of_state_council",
    "رئيس المجلس الرئاسي": "head_of_state_council",
    "رئيس مجلس القيادة الرئاسي": "head_of_state_council",
    "رئيس المجلس الأوروبي": "council_president",
    "المتحدث باسم وزارة الخارجية": "spokesperson",
    "المتحدثة باسم وزارة الخارجية": "spokesperson",
    "المتحدث باسم الكرملين": "spokesperson",
    "الأمير الوالد": "prince",
    "القائد العام": "commander",
})

# Nouns that introduce an outlet, organisation or place name and are not part of it: the mention starts after.
DESCRIPTORS: tuple[str, ...] = (
    "صحيفة", "جريدة", "مجلة", "قناة", "شبكة", "موقع", "وكالة", "إذاعة", "تلفزيون", "محطة",
    "مدينة", "العاصمة", "ولاية", "محافظة", "منطقة", "إقليم", "دولة", "جمهورية", "مملكة",
    "شركة", "نادي", "فريق", "منتخب", "تنظيم", "حركة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "مسلحي", "عناصر",
)

# Words that end a person name read after a title (verbs of saying, particles, prepositions, time words).
NAME_STOPWORDS: frozenset[str] = frozenset((
    "إن", "أن", "ان", "إنه", "أنه", "إنها", "أنها", "في", "على", "من", "إلى", "الى", "عن", "مع", "بعد", "قبل",
    "خلال", "لدى", "عند", "حول", "ضد", "بين", "منذ", "حتى", "أمام", "وراء", "الذي", "التي", "الذين", "و", "أو",
    "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أشار", "أشارت", "أضاف", "أضافت", "صرح",
    "صرحت", "أوضح", "أوضحت", "اعتبر", "اعتبرت", "يوم", "اليوم", "أمس", "غدا", "آنذاك", "حينها", "حينذاك",
    "السابق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة", "آنفا", "كما", "لكن", "بينما", "هو", "هي",
    "أيضا", "أيضًا", "وقال", "وقالت", "وأكد", "وأضاف", "وأشار", "يقول", "تقول", "قد", "لقد", "لم", "لن", "لا",
    "ما", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يكون", "سيكون", "رئيس", "وزير", "بشأن", "إلا", "أول",
    # number words
    "واحد", "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشر", "مائة",
    "مئة", "ألف", "مليون", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع",
))

# Words read between a title and the name that do not belong to either (``رئيس الوزراء الياباني آنذاك شينزو آبي``).
TITLE_FILLERS: frozenset[str] = frozenset((
    "آنذاك", "حينها", "حينذاك", "السابق", "السابقة", "الحالي", "الحالية", "الأسبق", "الأسبقة", "المنتخب",
    "المنتخبة", "الجديد", "الجديدة", "المؤقت", "المؤقتة", "المكلف", "المكلفة", "بالوكالة",
))

# Words that join the parts of a name and never end one: عبد الله, بن سلمان, أبو مازن, ولد الشيخ, آل ثاني.
NAME_PARTICLES: tuple[str, ...] = ("عبد", "أبو", "ابو", "بن", "ولد", "آل", "أبي", "ابن", "دي", "فون", "فان", "أبا", "ابا")

# Words that end a name but never stand for the person alone: داود أوغلو, أخوند زاده.
TRAILING_NAME_PARTS: tuple[str, ...] = ("أوغلو", "اوغلو", "زاده", "زادة")

# Last words of Arabic names too common to stand for one person alone (``عبد الله``, ``محمد``): a surname found
# once is not propagated through the article when it is one of these.
COMMON_NAME_ENDINGS: tuple[str, ...] = ("الله", "الرحمن", "الرحيم", "العزيز", "الدين", "محمد", "أحمد", "علي", "حسن",
                                        "حسين", "سعيد", "منصور", "خالد", "سعد")

# Common nouns a statistical tagger sometimes marks as a name on their own (مجلس, حزب, المملكة): a one-word mention
# that is one of these (or a descriptor above) is not an entity.
GENERIC_NOUNS: tuple[str, ...] = (
    "مجلس", "حزب", "بلدة", "قرية", "المملكة", "الدولة", "الحكومة", "الوزارة", "الجيش", "الشرطة", "المدينة",
    "العاصمة", "المنطقة", "الولاية", "الحركة", "الجماعة", "التنظيم", "المجلس", "الحزب", "البرلمان", "الرئاسة",
)

# Perfect verbs that often come right before a person's name, masculine and feminine (قال ماو / قالت ماو): a verb
# before a mention gives the gender of a person the KB and the titles do not know.
_VERB_PAIRS = (("قال", "قالت"), ("أكد", "أكدت"), ("أضاف", "أضافت"), ("أشار", "أشارت"), ("أعلن", "أعلنت"),
               ("صرح", "صرحت"), ("أوضح", "أوضحت"), ("ذكر", "ذكرت"), ("اعتبر", "اعتبرت"), ("رأى", "رأت"),
               ("شدد", "شددت"), ("دعا", "دعت"), ("أعرب", "أعربت"), ("زار", "زارت"), ("التقى", "التقت"),
               ("وصف", "وصفت"), ("نفى", "نفت"), ("حذر", "حذرت"), ("طالب", "طالبت"), ("كتب", "كتبت"),
               ("أفاد", "أفادت"), ("تابع", "تابعت"), ("لفت", "لفتت"), ("نقل", "نقلت"), ("أبلغ", "أبلغت"))
GENDERED_VERBS: dict[str, str] = {**{m: "m" for m, _ in _VERB_PAIRS}, **{f: "f" for _, f in _VERB_PAIRS}}
