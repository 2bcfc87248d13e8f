# Hand annotation of snn-alwatan-2015-07-31-1363.ar.txt (SaudiNewsNet, Al-Watan, 2015-07-31). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-alwatan-2015-07-31-1363.ar.txt",
    "published": "2015-07-31",
    "source": "alwatan",
    "note": "News report on the Mosul-fall inquiry: the committee's announcement, its chairman at a press conference "
    "(said/added/participial لافتا، متوعدا), and informed sources speaking to the paper itself ('علمت «الوطن» من "
    "مصادر مطلعة': cue علمت, no via) who relay a general's testimony; the general's nested statements (أبلغ، أكد، "
    "نفى) lie inside the sources' content and are optional, via the sources. Implicit-subject وأضافت/وأشارت take "
    "the nearest 'المصادر'. 'لجنة التحقيق' (short name of the inquiry committee) is tagged ORG; 'البرلمان' and "
    "'مجلس النواب' are the Iraqi Council of Representatives; 'اللجنة الأمنية في البرلمان' and 'القوات ...' are "
    "descriptions, not tagged. 'الدواعش' (ISIS members) is tagged with ISIS.",
}

ENTITIES = [
    ("Mosul Inquiry Committee", "ORG", [("لجنة التحقيق في سقوط الموصل", 1), ("لجنة التحقيق", 2),
                                        ("لجنة التحقيق", 4)]),
    ("Mosul", "LOC", [("الموصل", i) for i in range(2, 9)]),
    ("Council of Representatives of Iraq", "ORG", [("لبرلمان", 1), ("البرلمان", 1), ("البرلمان العراقي", 1),
                                                   ("مجلس النواب", 1), ("مجلس النواب", 2), ("البرلمان", 4)]),
    ("Public Prosecution of Iraq", "ORG", [("لادعاء العام", 1), ("الادعاء العام", 1)]),
    ("Nineveh", "LOC", [("نينوى", 1)]),
    ("ISIS", "ORG", [("داعش", 1), ("داعش", 2), ("داعش", 3), ("الدواعش", 1), ("داعش", 4)]),
    ("Al-Watan", "ORG", [("الوطن", 1), ("الوطن", 2)]),
    ("Nouri al-Maliki", "PER", [("نوري المالكي", 1), ("نوري المالكي", 2), ("المالكي", 3), ("المالكي", 4),
                                ("المالكي", 5), ("المالكي", 6)]),
    ("Hakim al-Zamili", "PER", [("حاكم الزاملي", 1), ("الزاملي", 2)]),
    ("Kurdistan Region", "LOC", [("إقليم كردستان", 1)]),
    ("Masoud Barzani", "PER", [("مسعود البارزاني", 1)]),
    ("Osama al-Nujaifi", "PER", [("أسامة النجيفي", 1), ("أسامة النجيفي", 2)]),
    ("Atheel al-Nujaifi", "PER", [("أثيل النجيفي", 1)]),
    ("Ali Ghaidan", "PER", [("علي غيدان", 1), ("غيدان", 2), ("غيدان", 3)]),
    ("Ramadi", "LOC", [("الرمادي", 1)]),
    ("Anbar", "LOC", [("الأنبار", 1)]),
]

ZAMILI = dict(speaker_canonical="Hakim al-Zamili", speaker_type="person", hedged=False)
SRC = dict(speaker_canonical=None, speaker_type="anonymous", hedged=False)
GHAIDAN = dict(speaker_canonical="Ali Ghaidan", speaker_type="person", hedged=False, via="informed sources",
               optional=True)
QUOTES = [
    dict(cue=("أعلنت", 1), speaker=("لجنة التحقيق في سقوط الموصل", 1), speaker_canonical="Mosul Inquiry Committee",
         speaker_type="organization", hedged=False,
         content=("إكمال تقريرها، وأنها ستقدمه للبرلمان للمصادقة عليه قبل تسليمه للادعاء العام ليقوم باعتقال المتسببين بسقوط محافظة نينوى ومركزها الموصل بيد داعش في 10 يونيو 2014", 1),
         kind="indirect"),
    dict(cue=("علمت", 1), speaker=("مصادر مطلعة", 1), **SRC,
         content=("هناك اعترافات من قيادات أمنية وسياسية تدين رئيس الوزراء السابق نائب رئيس الجمهورية الحالي نوري المالكي وتحمله مسؤولية إصدار أوامر للقوات الأمنية بالانسحاب", 1),
         kind="indirect"),
    dict(cue=("قال", 2), speaker=("حاكم الزاملي", 1), **ZAMILI,
         content=("تقرير اللجنة عبارة عن مجلد يضم أكثر من 100 صفحة ويحتوي أجوبة المسؤولين السياسيين والقادة الأمنيين، فضلا عن وثائق تشرح أساب سقوط الموصل بيد داعش", 1),
         kind="indirect"),
    dict(cue=("أضاف", 1), speaker=("الزاملي", 2), **ZAMILI,
         content=("قراءة التقرير ستتم في مجلس النواب خلال جلسات خاصة لهذا الغرض في الأيام المقبلة ومن ثم ستتم إحالة التقرير إلى الادعاء العام لتتم محاسبة ومحاكمة المتسببين بسقوط الموصل", 1),
         kind="indirect"),
    dict(cue=("لافتا", 1), speaker=("الزاملي", 2), **ZAMILI,
         content=("أجوبة رئيس إقليم كردستان مسعود البارزاني ونائبي رئيس الجمهوري نوري المالكي وأسامة النجيفي وصلت للجنة وضمنت في التقرير", 1),
         kind="indirect"),
    dict(cue=("أكد", 1), speaker=("الزاملي", 2), **ZAMILI,
         content=("التقرير المعد من قبل اللجنة التي مضى على عملها أكثر من ستة أشهر، سيكون ملزما للقضاء والحكومة وكذلك لمجلس النواب لما فيه من حقائق مهمة", 1),
         kind="indirect"),
    dict(cue=("متوعدا", 1), speaker=("الزاملي", 2), **ZAMILI,
         content=("تقوم اللجنة التحقيقية البرلمانية بمحاسبة وملاحقة كل شخصية تحاول تسويف التقرير أو إهماله أو عدم الأخذ به", 1),
         kind="indirect"),
    dict(cue=("علمت", 2), speaker=("مصادر مطلعة على مسودة التقرير", 1), **SRC,
         content=("هناك اعترافات تثبت مسؤولية المالكي، بسقوط الموصل", 1),
         kind="indirect"),
    dict(cue=("قالت", 1), speaker=("المصادر", 1), **SRC,
         content=("قائد القوات البرية السابق الفريق علي غيدان أبلغ لجنة التحقيق بأنه تسلم أومر الانسحاب من الموصل أمام هجمات داعش من المالكي", 1),
         kind="indirect"),
    dict(cue=("أبلغ", 1), speaker=("علي غيدان", 1), **GHAIDAN,
         content=("تسلم أومر الانسحاب من الموصل أمام هجمات داعش من المالكي", 1), kind="indirect"),
    dict(cue=("أضافت", 1), speaker=("المصادر", 1), **SRC,
         content=("غيدان أكد أن القوات العراقية كان بإمكانها سحق الدواعش لأن أعدادهم ليست بالكبيرة في الهجوم الأول، لكنه كعسكري كان عليه إطاعة الأوامر العليا وعدم مناقشتها", 1),
         kind="indirect"),
    dict(cue=("أكد", 2), speaker=("غيدان", 2), **GHAIDAN,
         content=("القوات العراقية كان بإمكانها سحق الدواعش لأن أعدادهم ليست بالكبيرة في الهجوم الأول، لكنه كعسكري كان عليه إطاعة الأوامر العليا وعدم مناقشتها", 1),
         kind="indirect"),
    dict(cue=("أشارت", 1), speaker=("المصادر", 1), **SRC,
         content=("غيدان نفى أن يكون هو من أعطى أوامر الانسحاب، وأكد أن المالكي كان يتصل بالضباط الكبار مباشرة ويبلغهم بأوامر الانسحاب", 1),
         kind="indirect"),
    dict(cue=("نفى", 1), speaker=("غيدان", 3), **GHAIDAN,
         content=("يكون هو من أعطى أوامر الانسحاب", 1), kind="indirect"),
    dict(cue=("أكد", 3), speaker=("غيدان", 3), **GHAIDAN,
         content=("المالكي كان يتصل بالضباط الكبار مباشرة ويبلغهم بأوامر الانسحاب", 1), kind="indirect"),
    dict(cue=("كشفت", 1), speaker=("المصادر", 2), **SRC,
         content=("وجود اعترافات أخرى من رئيس البرلمان السابق نائب رئيس الجمهورية الحالي أسامة النجيفي وشقيقه محافظ الموصل المقال أثيل النجيفي، تدين المالكي وتثبت مسؤوليته في قضية سقوط الموصل", 1),
         kind="indirect"),
]

TIMES = [
    (("10 يونيو 2014", 1), "DATE", "2014-06-10"),
    (("الأيام المقبلة", 1), "DATE", "FUTURE_REF", True),
    (("أكثر من ستة أشهر", 1), "DURATION", "P6M"),
]

MALIKI = "IRQ|Nouri al-Maliki|نوري المالكي|المالكي"
EVENTS = [
    {"actor": "ISIS|داعش|Islamic State", "code": "ASSAULT", "target": "IRQ|Mosul|الموصل|Nineveh|نينوى",
     "date": "2014-06-10"},
    {"actor": MALIKI, "code": "RETREAT", "target": "ISIS|داعش|Islamic State|Mosul|الموصل", "date": "2014-06"},
    {"actor": "IRQ|Ali Ghaidan|علي غيدان|غيدان", "code": "ACCUSE", "target": MALIKI},
    {"actor": "IRQ|Osama al-Nujaifi|أسامة النجيفي|Atheel al-Nujaifi|أثيل النجيفي|النجيفي", "code": "ACCUSE",
     "target": MALIKI},
    {"actor": "IRQ|Hakim al-Zamili|الزاملي|Mosul Inquiry Committee|لجنة التحقيق", "code": "THREATEN", "target": None},
    {"actor": "IRQ|Iraqi security forces|القوات الأمنية العراقية", "code": "ASSAULT|MOBILIZE",
     "target": "ISIS|داعش|Islamic State|Ramadi|الرمادي"},
]
