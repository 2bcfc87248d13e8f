# Hand annotation of snn-was-2015-08-10-1516.ar.txt (SaudiNewsNet, SPA wire; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-was-2015-08-10-1516.ar.txt",
    "published": "2015-08-10",
    "source": "was",
    "note": "SPA wire (Cairo dateline 25 Shawwal 1436 = 10 Aug 2015): the Egyptian foreign minister receives calls "
    "from Lavrov and Kerry; all content relayed by the ministry spokesman (said / added / pointed out). "
    "The closing wire timestamp '19:05' is annotated as an optional TIME.",
}

ENTITIES = [
    ("Cairo", "LOC", [("القاهرة", 1)]),
    ("Saudi Press Agency", "ORG", [("واس", 1)]),
    ("Sameh Shoukry", "PER", [("سامح شكري", 1), ("شكري", 2), ("شكري", 3)]),
    ("Sergey Lavrov", "PER", [("سيرجي لافروف", 1), ("لافروف", 2)]),
    ("John Kerry", "PER", [("جون كيري", 1), ("كيري", 2)]),
    ("Ministry of Foreign Affairs of Egypt", "ORG", [("الخارجية المصرية", 1)]),
    ("Ahmed Abu Zeid", "PER", [("أحمد أبو زيد", 1), ("أبو زيد", 2)]),
    ("Syria", "LOC", [("سوريا", 1), ("سوريا", 2), ("سوريا", 3), ("سوريا", 4)]),
    ("Doha", "LOC", [("الدوحة", 1), ("الدوحة", 2)]),
    ("Yemen", "LOC", [("اليمن", 2)]),
    ("Egypt", "LOC", [("مصر", 5)]),
    ("United States", "LOC", [("الولايات المتحدة", 1)]),
]

QUOTES = [
    dict(cue=("أوضح", 1), speaker=("أحمد أبو زيد", 1), speaker_canonical="Ahmed Abu Zeid", speaker_type="person",
         content=("الجانبين المصري والروسي بحثا خلال الاتصال العلاقات الثنائية بين البلدين، وتطورات الأوضاع الإقليمية، لاسيما الأوضاع في سوريا ونتائج الاجتماع الثلاثي الأخير بشأن سوريا في الدوحة", 1),
         kind="indirect", hedged=False),
    dict(cue=("مشيرًا", 1), speaker=("أحمد أبو زيد", 1), speaker_canonical="Ahmed Abu Zeid", speaker_type="person",
         content=("لافروف أطلع شكري على الجهود والأفكار المطروحة لحل الأزمة السورية، ووضع حد للمأساة الإنسانية التي تشهدها سوريا", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضاف", 1), speaker=("أبو زيد", 2), speaker_canonical="Ahmed Abu Zeid", speaker_type="person",
         content=("الجانبين المصري والأمريكي ناقشا خلال الاتصال الهاتفي تطورات الأزمة اليمنية، والجهود الإقليمية والأممية المبذولة لدعم الحوار بين الأطراف المتنازعة في اليمن، بالإضافة إلى الاجتماع الثلاثي الأخير بشأن سوريا في الدوحة", 1),
         kind="indirect", hedged=False),
    dict(cue=("أشار", 1), speaker=("المتحدث", 2), speaker_canonical="Ahmed Abu Zeid", speaker_type="person",
         content=("الاتصال بين شكري وكيري تطرق إلى متابعة القضايا والموضوعات التي تناولها الحوار الاستراتيجي الأخير بين مصر والولايات المتحدة", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("25 شوال 1436", 1), "DATE", "2015-08-10"),
    (("10 أغسطس 2015", 1), "DATE", "2015-08-10"),
    (("اليوم", 1), "DATE", "2015-08-10"),
    (("اليوم", 2), "DATE", "2015-08-10"),
    (("19:05", 1), "TIME", "2015-08-10T19:05", True),
]

EVENTS = [
    {"actor": "RUS|Sergey Lavrov|سيرجي لافروف|لافروف", "code": "CONSULT", "target": "EGY|Sameh Shoukry|سامح شكري|شكري", "date": "2015-08-10"},
    {"actor": "USA|John Kerry|جون كيري|كيري", "code": "CONSULT", "target": "EGY|Sameh Shoukry|سامح شكري|شكري", "date": "2015-08-10"},
]
