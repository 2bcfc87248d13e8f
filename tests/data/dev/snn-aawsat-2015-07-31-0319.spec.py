# Hand annotation of snn-aawsat-2015-07-31-0319.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat, 2015-07-31).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-07-31-0319.ar.txt",
    "published": "2015-07-31",
    "source": "aawsat",
    "note": "Opinion column on Syria (signed by e-mail only). The writer's own views are not attributions; what is "
    "attributed: responsible sources the writer heard (بحسب ما سمعت من مصادر مسؤولة), two Wall Street Journal "
    "reports (نشرته/نشرت), 'المعلومات الخاصة تشير' (unsourced information, optional), Assad's acknowledgement "
    "(باعتراف الأسد, content before the cue, optional) and a sourceless hedged 'يعتقد أنها'. Positions such as "
    "'تصنفهم واشنطن كتنظيمات إرهابية' are left unannotated. Nationalities used as nouns (الأميركيين, الأتراك) are "
    "MISC; 'للأميركيين' -> span 'لأميركيين' (proclitic ل dropped, what is left of ال kept). Washington/Ankara as governments stay LOC (metonymy).",
}

ENTITIES = [
    ("Bashar al-Assad", "PER", [("بشار الأسد", 1), ("الأسد", 2), ("الأسد", 3), ("الأسد", 4), ("الأسد", 5),
                                ("الأسد", 6), ("الأسد", 7)]),
    ("Islamic State", "ORG", [("داعش", 1), ("داعش", 2), ("داعش", 3), ("داعش", 4)]),
    ("The Wall Street Journal", "ORG", [("وول ستريت جورنال", 1), ("وول ستريت جورنال", 2)]),
    ("Al-Nusra Front", "ORG", [("جبهة النصرة", 1), ("جبهة النصرة", 2)]),
    ("Syria", "LOC", [("سوريا", 1), ("سوريا", 2), ("سوريا", 3), ("سوريا", 4)]),
    ("Idlib", "LOC", [("إدلب", 1)]),
    ("Hama", "LOC", [("حماه", 1)]),
    ("Latakia", "LOC", [("اللاذقية", 1)]),
    ("Washington", "LOC", [("واشنطن", 1), ("واشنطن", 2), ("واشنطن", 3), ("واشنطن", 4), ("واشنطن", 5),
                           ("واشنطن", 6), ("واشنطن", 7), ("واشنطن", 8)]),
    ("Ankara", "LOC", [("أنقرة", 1), ("أنقرة", 2), ("أنقرة", 3), ("أنقرة", 4)]),
    ("Turkey", "LOC", [("تركيا", 1), ("تركيا", 2), ("تركيا", 3), ("تركيا", 4), ("تركيا", 5)]),
    ("United States", "LOC", [("أميركا", 1), ("أميركا", 2)]),
    ("Incirlik Air Base", "LOC", [("أنجرليك", 1)]),
    ("Qatar", "LOC", [("قطر", 1)]),
    ("Americans", "MISC", [("الأميركيين", 1), ("الأميركيين", 2), ("لأميركيين", 3), ("الأميركيين", 3)]),
    ("Turks", "MISC", [("الأتراك", 1), ("الأتراك", 2)]),
]

QUOTES = [
    dict(cue=("بحسب", 1), speaker=("مصادر مسؤولة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("التركيز الآن هو على مرحلة ما بعد بشار الأسد", 1),
         kind="indirect", hedged=False),
    dict(cue=("نشرته", 1), speaker=("صحيفة «وول ستريت جورنال»", 1), speaker_canonical="The Wall Street Journal",
         speaker_type="outlet",
         content=("تمكن فصائل من المعارضة من تحقيق تقدم استراتيجي شمال سوريا ضيقت فيه الخناق على الأسد وذلك بسيطرة المعارضة على منطقة استراتيجية تمتد بمحاذاة ثلاث محافظات هي إدلب، وحماه، واللاذقية", 1),
         kind="indirect", hedged=False),
    dict(cue=("تشير", 1), speaker=("المعلومات الخاصة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("تحرك دبلوماسي تشارك فيه دول فاعلة، عربيًا ودوليًا، لمناقشة الأزمة، وتحديدًا مرحلة ما بعد الأسد", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("اعتراف", 1), speaker=("الأسد", 4), speaker_canonical="Bashar al-Assad", speaker_type="person",
         content=("تسارع وتيرة الأحداث على الأرض بات ملحوظًا جدًا", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("نشرت", 2), speaker=("صحيفة «وول ستريت جورنال»", 2), speaker_canonical="The Wall Street Journal",
         speaker_type="outlet",
         content=("واشنطن تواجه مأزقًا بسبب تعاونها الأخير مع أنقرة بسوريا لاستهداف «داعش» والسبب هو أن بعض مجموعات المعارضة السورية التي تحقق تقدمًا على الأرض هي من «الإسلاميين» الحلفاء لتركيا وتصنفهم واشنطن كتنظيمات إرهابية", 1),
         kind="indirect", hedged=False),
    dict(cue=("يعتقد", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("تتعاون مع الأسد بشكل أو بآخر", 1),
         kind="indirect", hedged=True),
]

TIMES = [
    (("الآن", 1), "DATE", "PRESENT_REF", True),
    (("مؤخرًا", 1), "DATE", "PAST_REF", True),
    (("عام 2003", 1), "DATE", "2003"),
    (("الآن", 2), "DATE", "PRESENT_REF", True),
    (("الآن", 3), "DATE", "PRESENT_REF", True),
]

EVENTS = [
    {"actor": "TUR|Turkey|تركيا", "code": "ASSAULT", "target": "Kurds|الأكراد|Kurdish militants"},
    {"actor": "Syrian opposition|المعارضة|المعارضة السورية", "code": "ASSAULT", "target": "SYR|Bashar al-Assad|الأسد"},
    {"actor": "USA|Washington|واشنطن|United States|أميركا", "code": "COOPERATE", "target": "TUR|Ankara|أنقرة|Turkey|تركيا"},
    {"actor": "TUR|Turkey|تركيا", "code": "COOPERATE|AID", "target": "USA|United States|أميركا|Americans|الأميركيين"},
]
