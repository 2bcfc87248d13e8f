# Hand annotation of snn-aawsat-2015-08-02-0103.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat, 2015-08-02).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-08-02-0103.ar.txt",
    "published": "2015-08-02",
    "source": "aawsat",
    "note": "Interview write-up (Cypriot president Nicos Anastasiades to the paper, Nicosia). One speaker throughout, "
    "named, then bare surname, then implicit subject (وقال), then title only (الرئيس القبرصي); «» fragments inside "
    "reported speech (mixed) and fully quoted statements (direct). 'أعرب عن سعادته' and 'أشار إلى إعجابه' carry a "
    "noun phrase rather than a proposition and are optional. The text ends with a '...المزيد' teaser.",
}

ENTITIES = [
    ("Nicos Anastasiades", "PER", [("نيكوس اناستاسيادس", 1), ("اناستاسيادس", 2), ("اناستاسيادس", 3),
                                   ("اناستاسيادس", 4)]),
    ("Abdel Fattah el-Sisi", "PER", [("عبد الفتاح السيسي", 1)]),
    ("Asharq Al-Awsat", "ORG", [("الشرق الأوسط", 1)]),
    ("Cyprus", "LOC", [("جمهورية قبرص", 1), ("قبرص", 3), ("قبرص", 4), ("قبرص", 5), ("قبرص", 6)]),
    ("Nicosia", "LOC", [("نيقوسيا", 1)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1)]),
    ("Arabian Gulf", "LOC", [("الخليج العربي", 1)]),
    ("Riyadh", "LOC", [("الرياض", 1)]),
    ("Egypt", "LOC", [("مصر", 2)]),
    ("Israel", "LOC", [("إسرائيل", 1), ("إسرائيل", 2)]),
]

QUOTES = [
    dict(cue=("أكد", 1), speaker=("نيكوس اناستاسيادس", 1), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("يزداد تصميما في قضية توحيد الجزيرة", 1),
         kind="indirect", hedged=False),
    dict(cue=("معتبرا", 1), speaker=("نيكوس اناستاسيادس", 1), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("كل يوم يمر من دون تسوية للمشكلة القبرصية، التي بدأت مع الاجتياح التركي قبل 40 عاما، هو «يوم سيئ يمر على قبرص وشعبها»", 1),
         kind="mixed", hedged=False),
    dict(cue=("أكد", 2), speaker=("اناستاسيادس", 2), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("عملية المفاوضات الجديدة التي بدأت الربيع الماضي «تسير على طريقها الصحيح»، وأنه سيعمل «بلا توقف لتوحيد شطري الجزيرة»", 1),
         kind="mixed", hedged=False),
    dict(cue=("معتبرا", 2), speaker=("اناستاسيادس", 2), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("السعودية بثقلها في المنطقة يمكن أن تسهم بإيجابية في دفع مفاوضات توحيد الجزيرة إلى الأمام", 1),
         kind="direct", hedged=False),
    dict(cue=("أعرب", 1), speaker=("اناستاسيادس", 3), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("سعادته بوجود سفير سعودي في قبرص الآن", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("كاشفا", 1), speaker=("اناستاسيادس", 3), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("يخطط لزيارة العاصمة الرياض", 1),
         kind="indirect", hedged=False),
    dict(cue=("أشار", 1), speaker=("اناستاسيادس", 4), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("إعجابه بخطوات الرئيس المصري عبد الفتاح السيسي", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 1), speaker=("اناستاسيادس", 4), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("قبرص تعتبر مصر من الجيران البارزين وشريكا استراتيجيا كبيرا لقبرص", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 2), speaker=("الرئيس القبرصي", 1), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("لا تأتي علاقاتنا مع دولة إسرائيل على حساب مواقفنا المبدئية تجاه القضية الفلسطينية", 1),
         kind="direct", hedged=False),
    dict(cue=("أوضح", 1), speaker=("الرئيس القبرصي", 1), speaker_canonical="Nicos Anastasiades", speaker_type="person",
         content=("العلاقات التي تربطنا بالعالم العربي عميقة جدا وتاريخية، كما أنها تعكس عزمنا وتصميمنا على المحافظة على العلاقات الجيدة مع كافة جيراننا", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("كل يوم", 1), "SET", "P1D", True),
    (("قبل 40 عاما", 1), "DATE", "1975"),
    (("الربيع الماضي", 1), "DATE", "2015-SP"),
    (("الآن", 1), "DATE", "PRESENT_REF", True),
]

EVENTS = [
    {"actor": "TUR|Turkey|تركيا", "code": "ASSAULT", "target": "CYP|Cyprus|قبرص"},
    {"actor": "CYP|Nicos Anastasiades|اناستاسيادس", "code": "CONSULT", "target": "SAU|Saudi Arabia|السعودية|Riyadh|الرياض"},
    {"actor": "CYP|Nicos Anastasiades|اناستاسيادس", "code": "SUPPORT", "target": "EGY|Egypt|مصر|Abdel Fattah el-Sisi|السيسي"},
]
