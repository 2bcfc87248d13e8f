# Hand annotation of snn-aljazirah-2015-07-23-0402.ar.txt (SaudiNewsNet, Al-Jazirah, 2015-07-23). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aljazirah-2015-07-23-0402.ar.txt",
    "published": "2015-07-23",
    "source": "aljazirah",
    "note": "Agency-style news report on AMISOM denying it killed civilians in Marka: anonymous medical and "
    "parliamentary sources, a named medical official, the mission's statement (direct), an unnamed local official "
    "(direct, count 1), a named MP (direct, plus 'وصفها بأنها «...»'), a security source (count 1). The denials "
    "'نفت ... الاتهامات' / '«نفت بشدة» مزاعم' take a noun phrase, not a clause: optional quotes. "
    "'بعثة الاتحاد الإفريقي في الصومال' is one ORG (AMISOM); bare 'البعثة' is not an entity mention "
    "but is the speaker span where the text uses it.",
}

ENTITIES = [
    ("AMISOM", "ORG", [("بعثة الاتحاد الإفريقي في الصومال", 1), ("بعثة الاتحاد الإفريقي في الصومال", 2)]),
    ("African Union", "ORG", [("الاتحاد الإفريقي", 3), ("لاتحاد الإفريقي", 4), ("الاتحاد الإفريقي", 4)]),
    ("Somalia", "LOC", [("الصومال", 4), ("الصومال", 5)]),
    ("Marka", "LOC", [("مركة", 1)]),
    ("Abdulghani Hashi", "PER", [("عبد الغني هشي", 1)]),
    ("Al-Shabaab", "ORG", [("حركة الشباب", 1), ("الشباب", 2), ("حركة الشباب", 2), ("حركة الشباب", 3)]),
    ("Mohamed Dhahir", "PER", [("محمد ظاهر", 1)]),
    ("Federal Parliament of Somalia", "ORG", [("البرلمان الصومالي", 1)]),
    ("Abdullah Abshirwa", "PER", [("عبد الله أبشروا", 1)]),
]

QUOTES = [
    dict(cue=("نفت", 1), speaker=("بعثة الاتحاد الإفريقي في الصومال", 1), speaker_canonical="AMISOM",
         speaker_type="organization", content=("الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قالت", 1), speaker=("مصادر طبية ومصدر برلماني", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("القوات قتلت المدنيين في مدينة مركة الساحلية الجنوبية", 1),
         kind="indirect", hedged=False),
    dict(cue=("قالت", 2), speaker=("مصادر", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("الحادثة أسفرت عن مقتل عشرة مدنيين", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 3), speaker=("عبد الغني هشي", 1), speaker_canonical="Abdulghani Hashi", speaker_type="person",
         content=("تم نقل 18 شخصا إلى المستشفى مصابين بطلقات نارية، وحالة عدد منهم حرجة", 1),
         kind="indirect", hedged=False),
    dict(cue=("نفت بشدة", 1), speaker=("بعثة الاتحاد الإفريقي في الصومال", 2), speaker_canonical="AMISOM",
         speaker_type="organization", content=("مزاعم قتل مدنيين", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أوضحت", 1), speaker=("بعثة الاتحاد الإفريقي في الصومال", 2), speaker_canonical="AMISOM",
         speaker_type="organization",
         content=("قواتها اكتشفت مركز تدريب تابع لحركة الشباب الأصولية المتشددة في المنطقة", 1),
         kind="indirect", hedged=False),
    dict(cue=("قالت", 3), speaker=("البعثة", 1), speaker_canonical="AMISOM", speaker_type="organization",
         content=("خلال المواجهة التي نشبت لطرد الإرهابيين، وفقا للتكليف الصادر للبعثة، تم قتل خمسة من مسلحي الشباب، بينهم القيادي محمد ظاهر", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 5), speaker=("مسؤولاً محلياً، طلب عدم ذكر اسمه", 1), speaker_canonical=None,
         speaker_type="anonymous", count=1,
         content=("نعتقد أن بعض قتلى الحادثة ينتمون فعلا لحركة الشباب، إلا أن قوات البعثة قتلت عمداً مدنيين أبرياء", 1),
         kind="direct", hedged=False),
    dict(cue=("وصفها", 1), speaker=("نائب عن المنطقة في البرلمان الصومالي", 1), speaker_canonical="Abdullah Abshirwa",
         speaker_type="person", content=("عمل إجرامي", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 6), speaker=("عبد الله أبشروا", 1), speaker_canonical="Abdullah Abshirwa", speaker_type="person",
         content=("تكليف قوات الاتحاد الإفريقي في الصومال ليس لقتل المدنيين. إنما عليهم حماية المدنيين من الهجمات الإرهابية", 1),
         kind="direct", hedged=False),
    dict(cue=("أشار", 1), speaker=("مصدر أمني", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("احتمال أن يكون استهداف المدنيين جرى للانتقام لقيام مجهولين الليلة الماضية بتدمير صهريج مياه تابع للاتحاد الإفريقي", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("أمس الأربعاء", 1), "DATE", "2015-07-22"),
    (("أمس", 2), "DATE", "2015-07-22"),
    (("الليلة الماضية", 1), "TIME", "2015-07-21TNI", True),
]

EVENTS = [
    {"actor": "AMISOM|بعثة الاتحاد الإفريقي في الصومال|African Union|الاتحاد الإفريقي", "code": "REJECT",
     "target": None},
    {"actor": "AMISOM|بعثة الاتحاد الإفريقي في الصومال|African Union|الاتحاد الإفريقي", "code": "ASSAULT",
     "target": "Al-Shabaab|حركة الشباب|الشباب|SOM"},
    {"actor": "SOM|Abdullah Abshirwa|عبد الله أبشروا|Federal Parliament of Somalia|البرلمان الصومالي",
     "code": "ACCUSE|PROTEST",
     "target": "AMISOM|بعثة الاتحاد الإفريقي في الصومال|African Union|الاتحاد الإفريقي"},
]
