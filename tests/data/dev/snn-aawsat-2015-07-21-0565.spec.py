# Hand annotation of snn-aawsat-2015-07-21-0565.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat, 2015-07-21).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-07-21-0565.ar.txt",
    "published": "2015-07-21",
    "source": "aawsat",
    "note": "Wire copy: three agency items ('موجز أخبار') each with a headline and a dateline 'CITY - «AGENCY»:' "
    "(Tokyo/Reuters, Munich/dpa, Washington/Reuters). Datelines carry no date; the agency in a dateline is an "
    "ORG mention but not a speaker. A headline attribution 'مصدر: ...' (no cue word) is annotated with cue None. "
    "The anonymous source close to the investigation is count 1 in both its quotes. 'يشار إلى أن' and "
    "'يُزعم' are the writer's own background or a sourceless allegation (the latter optional, hedged). "
    "'لليابان' -> span 'ليابان' (proclitic ل dropped, what is left of ال kept); 'الياباني/اليابانية' are adjectives, not mentions.",
}

ENTITIES = [
    ("Japan", "LOC", [("اليابان", 1), ("ليابان", 3)]),
    ("Tokyo", "LOC", [("طوكيو", 1)]),
    ("Reuters", "ORG", [("رويترز", 1), ("رويترز", 2)]),
    ("Shinzo Abe", "PER", [("شينزو آبي", 1), ("آبي", 2), ("آبي", 3)]),
    ("House of Representatives of Japan", "ORG", [("مجلس النواب", 1)]),
    ("House of Councillors of Japan", "ORG", [("مجلس المستشارين", 1)]),
    ("China", "LOC", [("الصين", 1), ("الصين", 2)]),
    ("Kyodo News", "ORG", [("كيودو", 1)]),
    ("Munich", "LOC", [("ميونيخ", 1)]),
    ("Germany", "LOC", [("ألمانيا", 1), ("ألمانيا", 2)]),
    ("Deutsche Presse-Agentur", "ORG", [("د.ب.أ", 1)]),
    ("Munich Higher Regional Court", "ORG", [("محكمة ميونيخ الألمانية", 1)]),
    ("Beate Zschaepe", "PER", [("بياته تسشابه", 1), ("تسشابه", 2), ("تسشابه", 3)]),
    ("Wolfgang Heer", "PER", [("فولفجانج هير", 1), ("فولفجانج هير", 2)]),
    ("Wolfgang Stahl", "PER", [("فولفجانج شتال", 1)]),
    ("Anja Sturm", "PER", [("أنيا شتروم", 1)]),
    ("National Socialist Underground", "ORG", [("إن إس يو", 1)]),
    ("United States Marine Corps", "ORG", [("مشاة البحرية الأميركية", 1), ("مشاة البحرية الأميركية", 2)]),
    ("Washington", "LOC", [("واشنطن", 1)]),
    ("Muhammad Youssef Abdulazeez", "PER", [("محمد يوسف عبد العزيز", 1), ("عبد العزيز", 2)]),
    ("Tennessee", "LOC", [("تينيسي", 1)]),
    ("Islamic State", "ORG", [("داعش", 1)]),
]

QUOTES = [
    dict(cue=("دافع", 2), speaker=("شينزو آبي", 1), speaker_canonical="Shinzo Abe", speaker_type="person",
         content=("مشاريع قوانين أمنية مثيرة للجدل", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 1), speaker=("آبي", 2), speaker_canonical="Shinzo Abe", speaker_type="person",
         content=("ارتبط القانون بتصورات معينة ويصفه بعض الناس بأنه قانون الحرب ويتحدثون عن التجنيد. هذا أمر خاطئ", 1),
         kind="direct", hedged=False),
    dict(cue=("مؤكدًا", 1), speaker=("آبي", 2), speaker_canonical="Shinzo Abe", speaker_type="person",
         content=("التشريع سيقلص خطر الحرب ولن يزيده", 1),
         kind="indirect", hedged=False),
    dict(cue=("أجاب", 1), speaker=("آبي", 2), speaker_canonical="Shinzo Abe", speaker_type="person",
         content=("الأجواء الأمنية تتدهور", 1),
         kind="indirect", hedged=False),
    dict(cue=("أجرته", 1), speaker=("وكالة «كيودو» للأنباء", 1), speaker_canonical="Kyodo News", speaker_type="outlet",
         content=("تراجع الدعم لحكومة آبي عشر نقاط ليصل إلى 37.7 في المائة", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 2), speaker=("فولفجانج هير", 2), speaker_canonical="Wolfgang Heer", speaker_type="person",
         content=("«فكر بإمعان» في هذه الخطوة التي سيترتب عليها إعادة بدء المحاكمة", 1),
         kind="mixed", hedged=False),
    dict(cue=("يتهم", 1), speaker=("الادعاء العام", 2), speaker_canonical="Federal Prosecutor of Germany",
         speaker_type="government",
         content=("بقتل عشرة أشخاص لدوافع معادية للأجانب", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=None, speaker=("مصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("دعاية المتطرفين ربما ألهمت المتهم في حادثمقتل خمسة من مشاة البحرية الأميركية", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 3), speaker=("مصدر مقرب من التحقيقات", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("الدعاية التي يستخدمها المتطرفون على الإنترنت ربما ألهمت محمد يوسف عبد العزيز الذي يزعم أنه قتل خمسة من مشاة البحرية الأميركية في ولاية تينيسي الخميس الماضي قبل أن يقتل هو نفسه في تبادل لإطلاق النار", 1),
         kind="direct", hedged=False, via="Reuters"),
    dict(cue=("يزعم", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("قتل خمسة من مشاة البحرية الأميركية في ولاية تينيسي الخميس الماضي", 1),
         kind="indirect", hedged=True, optional=True),
    dict(cue=("قال", 4), speaker=("المصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("لم يتضح وجود ارتباط مباشر بين عبد العزيز، وعمره 24 عامًا، ومجموعات بعينها كتنظيم داعش. وتحقق السلطات الأميركية في الحادث باعتباره عملاً إرهابيًا", 1),
         kind="direct", hedged=False, via="Reuters"),
]

TIMES = [
    (("أول من أمس", 1), "DATE", "2015-07-19"),
    (("أمس", 2), "DATE", "2015-07-20"),
    (("عدة ساعات", 1), "DURATION", "PXH", True),
    (("أمس", 3), "DATE", "2015-07-20"),
    (("6 مايو (أيار) عام 2013", 1), "DATE", "2013-05-06"),
    (("عامين", 1), "DURATION", "P2Y"),
    (("الخميس الماضي", 1), "DATE", "2015-07-16"),
    (("24 عامًا", 1), "DURATION", "P24Y", True),
]

EVENTS = [
    {"actor": "JPN|Japan|الناخبين", "code": "PROTEST", "target": "JPN|Shinzo Abe|شينزو آبي|آبي"},
    {"actor": "DEU|Munich Higher Regional Court|محكمة ميونيخ|محكمة ميونيخ الألمانية", "code": "REJECT",
     "target": "Wolfgang Heer|فولفجانج هير|Wolfgang Stahl|فولفجانج شتال|Anja Sturm|أنيا شتروم", "date": "2015-07-20"},
    {"actor": "DEU|Federal Prosecutor of Germany|الادعاء العام", "code": "ACCUSE",
     "target": "National Socialist Underground|إن إس يو|Beate Zschaepe|تسشابه|بياته تسشابه"},
    {"actor": "Muhammad Youssef Abdulazeez|محمد يوسف عبد العزيز|عبد العزيز", "code": "ASSAULT",
     "target": "USA|United States Marine Corps|مشاة البحرية الأميركية", "date": "2015-07-16"},
]
