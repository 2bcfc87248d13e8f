# Hand annotation of snn-aawsat-2015-07-31-0322.ar.txt (SaudiNewsNet, Asharq Al-Awsat; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aawsat-2015-07-31-0322.ar.txt",
    "published": "2015-07-31",
    "source": "aawsat",
    "note": "Opinion column on Turkey's turn against ISIS. The author's own claims are not attributions; annotated are "
    "the Turkish PM's statements, beliefs ascribed to Turkey (تعتقد تركيا) and to Western states, Erdogan's "
    "announcement, and a verse of al-Mutanabbi quoted with 'كما قال' after the words. Views ascribed by paraphrase "
    "('النظرة التركية ... هي أن') and acts like 'طلب ... تفويضًا' are optional. Nationalities used as nouns "
    "(الأكراد، الأميركان) are MISC; derived forms (الداعشيون، الدواعش) are not mentions. Vague times are optional.",
}

ENTITIES = [
    ("Islamic State", "ORG", [("داعش", i) for i in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15)]),
    ("Syria", "LOC", [("سوريا", i) for i in range(1, 7)]),
    ("Turkey", "LOC", [("تركيا", i) for i in range(1, 9)]),
    ("Recep Tayyip Erdogan", "PER", [("إردوغان", 1), ("إردوغان", 2)]),
    ("United States", "LOC", [("أميركا", 1)]),
    ("NATO", "ORG", [("الناتو", 1)]),
    ("Ahmet Davutoglu", "PER", [("أحمد داود أوغلو", 1), ("أحمد أوغلو", 1)]),
    ("Kurds", "MISC", [("لأكراد", 1), ("الأكراد", 1), ("الأكراد", 2), ("الأكراد", 3), ("الأكراد", 4)]),
    ("Suruc", "LOC", [("سروج", 1)]),
    ("Gaziantep", "LOC", [("غازي عنتاب", 1)]),
    ("Lebanon", "LOC", [("لبنان", 1)]),
    ("Iraq", "LOC", [("العراق", 1)]),
    ("Incirlik Air Base", "LOC", [("قاعدة أنجيرليك الجوية", 1)]),
    ("Bashar al-Assad", "PER", [("بشار الأسد", 1), ("بشار", 2)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1)]),
    ("France", "LOC", [("فرنسا", 1)]),
    ("Justice and Development Party", "ORG", [("العدالة والتنمية", 1)]),
    ("Americans", "MISC", [("الأميركان", 1)]),
    ("Kurdistan Workers' Party", "ORG", [("حزب العمال الكردي", 1)]),
    ("Grand National Assembly of Turkey", "ORG", [("البرلمان التركي", 1)]),
    ("al-Mutanabbi", "PER", [("المتنبي", 1)]),
    ("Aleppo", "LOC", [("حلب", 1)]),
]

DAVUTOGLU = dict(speaker_canonical="Ahmet Davutoglu", speaker_type="person")

QUOTES = [
    dict(cue=("قال", 1), speaker=("أحمد داود أوغلو", 1), **DAVUTOGLU,
         content=("السبب الرئيسي لتغيير الموقف التركي هو العملية الإرهابية التي نفذتها «داعش» في تجمع للأكراد ببلدة سروج، راح ضحيتها عشرات القتلى والجرحى", 1),
         kind="indirect", hedged=False),
    # 'اعتبر هذا الأمر إعلان حرب': implicit subject (the PM) or passive; debatable.
    dict(cue=("اعتبر", 1), speaker=("أحمد داود أوغلو", 1), **DAVUTOGLU,
         content=("هذا الأمر إعلان حرب من قبل «داعش» على تركيا", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("النظرة التركية", 1), speaker=None, speaker_canonical="Turkey", speaker_type="government",
         content=("وجود نظام بشار الأسد هو السبب الأساسي لوجود الجماعات الإرهابية، وأنه يجب «العمل» على إزالة نظام بشار", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("تعتقد", 1), speaker=("تركيا", 3), speaker_canonical="Turkey", speaker_type="government",
         content=("الأميركان والمجتمع الدولي لم يكترثوا له", 1),
         kind="indirect", hedged=False),
    dict(cue=("أعلن", 1), speaker=("إردوغان", 2), speaker_canonical="Recep Tayyip Erdogan", speaker_type="person",
         content=("انتهاء عملية السلام هذه", 1),
         kind="indirect", hedged=False),
    dict(cue=("طلب", 1), speaker=("إردوغان", 2), speaker_canonical="Recep Tayyip Erdogan", speaker_type="person",
         content=("تفويضًا بمقاتلة «داعش»، والحركة الكردية المسلحة", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 2), speaker=("أحمد أوغلو", 1), **DAVUTOGLU,
         content=("هناك مليوني سوري لاجئ في الأراضي التركية وهذا حمل كبير، والمراد هو إبقاء السوريين بأرضهم، مع توفير الأمن لهم، ضد جرائم «داعش»، وأيضًا النظام الأسدي", 1),
         kind="indirect", hedged=False),
    dict(cue=("تعتبرهم", 1), speaker=("الدول الغربية", 1), speaker_canonical=None, speaker_type="government",
         content=("رأس الحربة في مجابهة «داعش»", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 3), speaker=("المتنبي", 1), speaker_canonical="al-Mutanabbi", speaker_type="person",
         content=("سوى الروم خلف ظهرك روم", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("اليوم", 1), "DATE", "2015-07-31", True),
    (("منذ سنوات", 1), "DATE", "PAST_REF", True),  # "promised years ago": a past point, not a span
    (("قبل أيام", 1), "DATE", "PAST_REF", True),
    (("الآن", 1), "DATE", "PRESENT_REF", True),
    (("ذات يوم", 1), "DATE", "PAST_REF", True),
]

EVENTS = [
    {"actor": "TUR|Turkey|Recep Tayyip Erdogan|تركيا|إردوغان", "code": "COOPERATE", "target": "USA|United States|NATO|أميركا|الناتو"},
    {"actor": "ISIS|Islamic State|داعش", "code": "ASSAULT", "target": "TUR|Turkey|Kurds|تركيا|الأكراد"},
    {"actor": "TUR|Turkey|Recep Tayyip Erdogan|تركيا|إردوغان", "code": "REJECT|RETREAT", "target": "Kurds|Kurdistan Workers' Party|PKK|الأكراد|حزب العمال الكردي"},
    {"actor": "Kurds|الأكراد", "code": "ASSAULT", "target": "ISIS|Islamic State|داعش"},
]
