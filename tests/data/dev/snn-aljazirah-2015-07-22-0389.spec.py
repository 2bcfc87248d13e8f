# Hand annotation of snn-aljazirah-2015-07-22-0389.ar.txt (SaudiNewsNet, Al-Jazirah; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aljazirah-2015-07-22-0389.ar.txt",
    "published": "2015-07-22",
    "source": "aljazirah",
    "note": "Wire copy re-published by the paper (AFP-style, no dateline, unvocalised hamza-less spelling): Moroccan "
    "authorities announce arrests; a ministry statement relayed by 'بحسب بيان' / 'وأضافت وزارة الداخلية' / 'بحسب "
    "المصدر نفسه', with «» fragments (mixed; one « never closes). The statement's speaker is the Interior Ministry. "
    "Agentless 'يشتبه في انهم' (hedged), the press's nickname 'وصفتها الصحافة', Morocco's habitual 'يؤكد' and "
    "'تعلن السلطات بانتظام' are optional. 'السلطات المغربية' is nominal (not a mention) but names Morocco as speaker. "
    "'المغرب' is counted as a substring (inside 'المغربية', 'المغربي'). 'خريبقة' is the paper's spelling of Khouribga.",
}

ENTITIES = [
    ("Morocco", "LOC", [("المغرب", 2), ("المغرب", 4), ("المغرب", 5)]),
    ("Islamic State", "ORG", [("داعش", 1), ("داعش", 2)]),
    ("Central Bureau of Judicial Investigation", "ORG", [("المكتب المركزي للتحقيقات القضائية", 1)]),
    ("FBI", "ORG", [("الاف بي اي", 1)]),
    ("Tangier", "LOC", [("طنجة", 1)]),
    ("Bouznika", "LOC", [("بوزنيقة", 1)]),
    ("Khouribga", "LOC", [("خريبقة", 1)]),
    ("Taounate", "LOC", [("تاونات", 1)]),
    ("Ministry of Interior of Morocco", "ORG", [("وزارة الداخلية", 1)]),
    ("Al-Qaeda", "ORG", [("القاعدة", 1)]),
    ("Afghanistan", "LOC", [("افغانستان", 1)]),
]

QUOTES = [
    dict(cue=("أعلنت", 1), speaker=("السلطات المغربية", 1), speaker_canonical="Morocco", speaker_type="government",
         content=("اعتقال ثمانية اشخاص امس الثلاثاء يشتبه في انهم كانوا يخططون لارتكاب اعتداءات في المغرب باسم تنظيم داعش من خلال استهداف «مسؤولين امنيين»", 1),
         kind="mixed", hedged=False),
    dict(cue=("يشتبه", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("كانوا يخططون لارتكاب اعتداءات في المغرب باسم تنظيم داعش من خلال استهداف «مسؤولين امنيين»", 1),
         kind="mixed", hedged=True, optional=True),
    dict(cue=("بحسب", 1), speaker=("بيان", 1), speaker_canonical="Ministry of Interior of Morocco",
         speaker_type="government",
         content=("تمكن المكتب المركزي للتحقيقات القضائية، الهيئة الجديدة التي وصفتها الصحافة ب»الاف بي اي المغربي»، من «تفكيك خلية ارهابية تضم ثمانية اعضاء ناشطين في مدن طنجة (شمال) وبوزنيقة (غرب) وخريبقة (وسط) وتاونات (شمال)", 1),
         kind="mixed", hedged=False),
    dict(cue=("وصفتها", 1), speaker=("الصحافة", 1), speaker_canonical=None, speaker_type="outlet",
         content=("الاف بي اي المغربي", 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=("أضافت", 1), speaker=("وزارة الداخلية", 1), speaker_canonical="Ministry of Interior of Morocco",
         speaker_type="government",
         content=("هذه الخلية التي كانت مرتبطة بـ«قادة» لتنظيم داعش قامت بإيواء مقاتلين «تلقوا تدريبات مكثفة لصناعة المتفجرات وفي حرب العصابات» في معسكرات للمنظمة", 1),
         kind="mixed", hedged=False),
    dict(cue=("بحسب", 2), speaker=("المصدر نفسه", 1), speaker_canonical="Ministry of Interior of Morocco",
         speaker_type="government",
         content=("كانوا يخططون لـ«سلسلة عمليات ارهابية في المملكة» تطال «مسؤولين امنيين» وهجوم على «مواقع حساسة»", 1),
         kind="mixed", hedged=False),
    dict(cue=("يؤكد", 1), speaker=("المغرب", 4), speaker_canonical="Morocco", speaker_type="government",
         content=("تصميمه", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("تعلن", 1), speaker=("السلطات", 2), speaker_canonical="Morocco", speaker_type="government",
         content=("تفكيك «خلايا ارهابية»", 1),
         kind="mixed", hedged=False, optional=True),
]

TIMES = [
    (("امس الثلاثاء", 1), "DATE", "2015-07-21"),
    (("العام الماضي", 1), "DATE", "2014"),
    (("مذ ذاك", 1), "DURATION", "PXY", True),
]

EVENTS = [
    {"actor": "MAR|Morocco|المغرب|Central Bureau of Judicial Investigation|المكتب المركزي للتحقيقات القضائية",
     "code": "COERCE", "target": "Islamic State|ISIS|داعش", "date": "2015-07-21"},
]
