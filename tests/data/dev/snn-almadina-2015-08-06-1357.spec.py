# Hand annotation of snn-almadina-2015-08-06-1357.ar.txt (SaudiNewsNet, Al-Madina, 2015-08-06).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-almadina-2015-08-06-1357.ar.txt",
    "published": "2015-08-06",
    "source": "almadina",
    "note": "Wire copy re-published by the paper: ISIS's Egyptian branch threatens to kill the Croatian hostage "
    "Tomislav Salopek. The hostage speaks in the video (قال: إنه ... indirect; مشيرًا إلى أن «...» and وأضاف: «...» "
    "direct), the Croatian foreign ministry's statement (أكدت ... في بيان أن «...»). The lead's 'هدد ... بإعدام' is a "
    "threat, annotated as an event and as an optional attribution. 'أنصار بيت المقدس' and 'ولاية سيناء' are one group "
    "(renamed), 'تي.اس' are the hostage's initials; 'كرواتي' used as a noun is MISC, adjectival 'الكرواتي' is not. "
    "'تشرين الثاني/نوفمبر' is the pledge of November 2014 (the latest November before publication).",
}

ENTITIES = [
    ("Islamic State", "ORG", [("داعش", 1), ("الدولة الاسلامية", 1), ("داعش", 2), ("داعش", 3)]),
    ("Sinai Province", "ORG", [("ولاية سيناء", 1), ("أنصار بيت المقدس", 1), ("ولاية سيناء", 2)]),
    ("Tomislav Salopek", "PER", [("توميسلاف سالوبك", 1), ("سالوبك", 2), ("تي.اس", 1)]),
    ("Croatians", "MISC", [("كرواتي", 1)]),
    ("Cairo", "LOC", [("القاهرة", 1), ("القاهرة", 2)]),
    ("Zagreb", "LOC", [("زغرب", 1)]),
    ("Government of Egypt", "ORG", [("الحكومة المصرية", 1)]),
    ("Government of Croatia", "ORG", [("الحكومة الكرواتية", 1)]),
    ("Ministry of Foreign Affairs of Croatia", "ORG", [("وزارة الخارجية", 1), ("وزارة الخارجية", 2)]),
    ("CGG", "ORG", [("سي جي جي", 1)]),
]

QUOTES = [
    dict(cue=("هدد", 1), speaker=("الفرع المصري لتنظيم داعش", 1), speaker_canonical="Islamic State|Sinai Province",
         speaker_type="organization",
         content=("إعدام كرواتي خطف في القاهرة الشهر الماضي في غضون 48 ساعة في حال لم تطلق الحكومة المصرية سراح «مسلمات» معتقلات", 1),
         kind="mixed", hedged=False, optional=True),
    dict(cue=("قال", 1), speaker=("سالوبك", 2), speaker_canonical="Tomislav Salopek", speaker_type="person",
         content=("يعمل في فرع القاهرة لشركة «سي جي جي» الفرنسية", 1),
         kind="indirect", hedged=False),
    dict(cue=("مشيرًا", 1), speaker=("سالوبك", 2), speaker_canonical="Tomislav Salopek", speaker_type="person",
         content=("جنود الخلافة لـ(الدولة الاسلامية) داعش أسروني يوم الأربعاء 22 تموز/يوليو 2015", 1),
         kind="direct", hedged=False),
    dict(cue=("أضاف", 1), speaker=("سالوبك", 2), speaker_canonical="Tomislav Salopek", speaker_type="person",
         content=("يريدون مبادلتي بجميع الأسيرات المسلمات في السجون المصرية على أن يتم تحقيق ذلك في مهلة أقصاها 48 ساعة من الآن وإلا سيقوم جنود ولاية سيناء بقتلي", 1),
         kind="direct", hedged=False),
    dict(cue=("أكدت", 1), speaker=("وزارة الخارجية", 1), speaker_canonical="Ministry of Foreign Affairs of Croatia",
         speaker_type="government",
         content=("الحكومة الكرواتية ووزارة الخارجية تفعلان ما بوسعهما لحل هذا الوضع الصعب للمواطن الكرواتي تي.اس في أسرع وقت ممكن", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("أمس الأربعاء", 1), "DATE", "2015-08-05"),
    (("الشهر الماضي", 1), "DATE", "2015-07"),
    (("48 ساعة", 1), "DURATION", "PT48H"),
    (("يوم الأربعاء 22 تموز/يوليو 2015", 1), "DATE", "2015-07-22"),
    (("48 ساعة", 2), "DURATION", "PT48H"),
    (("الآن", 1), "DATE", "PRESENT_REF", True),
    (("سابقًا", 1), "DATE", "PAST_REF", True),
    (("تشرين الثاني/نوفمبر", 1), "DATE", "2014-11"),
]

EVENTS = [
    {"actor": "Sinai Province|ولاية سيناء|Islamic State|ISIS|داعش", "code": "THREATEN|REQUEST",
     "target": "EGY|Egypt|Government of Egypt|الحكومة المصرية|HRV|Croatia|Tomislav Salopek|توميسلاف سالوبك|سالوبك|كرواتي",
     "date": "2015-08-05"},
    {"actor": "Sinai Province|ولاية سيناء|Islamic State|ISIS|داعش", "code": "ASSAULT",
     "target": "HRV|Croatia|Tomislav Salopek|توميسلاف سالوبك|سالوبك|كرواتي", "date": "2015-07-22"},
    {"actor": "Sinai Province|ولاية سيناء|أنصار بيت المقدس|Ansar Bait al-Maqdis", "code": "SUPPORT|AGREE",
     "target": "Islamic State|ISIS|داعش", "date": "2014-11"},
]
