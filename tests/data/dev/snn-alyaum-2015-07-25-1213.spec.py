# Hand annotation of snn-alyaum-2015-07-25-1213.ar.txt (SaudiNewsNet, Al-Yaum; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-alyaum-2015-07-25-1213.ar.txt",
    "published": "2015-07-25",
    "source": "alyaum",
    "note": "Wire copy re-published without dateline or agency: Kerry on the Iran nuclear deal, alternating "
    "indirect ('قال ... : إن') and direct (rhetorical questions in \"\"), an implicit-subject 'وأضاف' and bare "
    "'وقال :'; Obama paraphrased; Republicans' mixed quote with two quoted words. The hypothetical speech of 'the "
    "rest of the world' inside Kerry's quote is optional. Weekdays are resolved to the named day before "
    "published (Saturday 25 July): الجمعة 24, الخميس 23, الثلاثاء 21. 'آية الله' is a title (Khamenei unnamed), not "
    "a mention; 'الامريكيين' (noun) is MISC; as in the okaz dev article on the same story, 'الجمهوريون' (party "
    "members) is left untagged and 'فيينا' in 'اتفاق فيينا' is LOC.",
}

ENTITIES = [
    ("John Kerry", "PER", [("جون كيري", 1), ("كيري", 2), ("كيري", 3), ("كيري", 4), ("كيري", 5), ("كيري", 6)]),
    ("United States Congress", "ORG", [("الكونغرس الامريكي", 1), ("الكونغرس", 2), ("الكونغرس", 3),
                                       ("الكونغرس", 4)]),
    ("Iran", "LOC", [("ايران", 1), ("إيران", 1), ("إيران", 2), ("ايران", 2), ("ايران", 3)]),
    ("Council on Foreign Relations", "ORG", [("مجلس العلاقات الخارجية", 1)]),
    ("New York", "LOC", [("نيويورك", 1)]),
    ("Washington", "LOC", [("واشنطن", 1)]),
    ("Americans", "MISC", [("الامريكيين", 1)]),
    ("Barack Obama", "PER", [("باراك أوباما", 1)]),
    ("United States", "LOC", [("الولايات المتحدة", 1), ("الولايات المتحدة", 2), ("الولايات المتحدة", 3)]),
    ("Israel", "LOC", [("إسرائيل", 1), ("إسرائيل", 2)]),
    ("Europe", "LOC", [("أوروبا", 1)]),
    ("China", "LOC", [("الصين", 1), ("الصين", 2)]),
    ("Russia", "LOC", [("روسيا", 1), ("روسيا", 2)]),
    ("United States Senate Committee on Foreign Relations", "ORG", [("لجنة الخارجية في مجلس الشيوخ", 1)]),
    ("Tehran", "LOC", [("طهران", 1)]),
    ("United Nations Security Council", "ORG", [("مجلس الامن الدولي", 1)]),
    ("Vienna", "LOC", [("فيينا", 1)]),
    ("United Kingdom", "LOC", [("بريطانيا", 1)]),
    ("France", "LOC", [("فرنسا", 1)]),
    ("Germany", "LOC", [("المانيا", 1)]),
]

QUOTES = [
    dict(cue=("قال", 1), speaker=("جون كيري", 1), speaker_canonical="John Kerry", speaker_type="person",
         content=("رفض الكونغرس الامريكي الاتفاق النووي مع ايران سيسبب له إحراجاً، وسيضعف مصداقية بلاده على الساحة الدولية", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("كيري", 2), speaker_canonical="John Kerry", speaker_type="person",
         content=("هل تعتقدون أن آية الله سيعود إلى طاولة المفاوضات في حال رفض الكونغرس هذا وفاوض مجددا؟", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 3), speaker=("باراك أوباما", 1), speaker_canonical="Barack Obama", speaker_type="person",
         content=("سيستخدم حقه في تعطيل القرار في هذه الحال", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 4), speaker=("كيري", 4), speaker_canonical="John Kerry", speaker_type="person",
         content=("هل تعتقدون انهم سيجلسون هادئين وأن الباقين في العالم سيقولون : هيا نتفاوض مع الولايات المتحدة فلديهم 535 وزير خارجية؟", 1),
         kind="direct", hedged=False),
    dict(cue=("سيقولون", 1), speaker=("الباقين في العالم", 1), speaker_canonical=None, speaker_type="unknown",
         content=("هيا نتفاوض مع الولايات المتحدة فلديهم 535 وزير خارجية", 1),
         kind="direct", hedged=True, optional=True),
    dict(cue=("أضاف", 1), speaker=("كيري", 4), speaker_canonical="John Kerry", speaker_type="person",
         content=("رجاء سأكون محرجاً حتى إذا فكرت في الخروج، ماذا بوسعي أن أقول للناس بعد هذا كوزير خارجية؟ تعالوا تفاوضوا معنا (...) حسناً، هل يمكنكم الوفاء بالتزاماتكم؟ رجاء", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 5), speaker=("كيري", 5), speaker_canonical="John Kerry", speaker_type="person",
         content=("في حال رفض الكونغرس الاتفاق ستزداد عزلة الولايات المتحدة وإسرائيل", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 6), speaker=("كيري", 5), speaker_canonical="John Kerry", speaker_type="person",
         content=("أصدقاؤنا في إسرائيل سيصبحون أكثر عزلة ويتحملون المزيد من الملامة وسنخسر أوروبا والصين وروسيا بشأن أي عمل عسكري قد يتعين علينا أن نقوم به لأننا أدرنا ظهورنا لبرنامج مشروع تماماً يتيح لنا اختبار برنامجهم", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 7), speaker=("الجمهوريون", 1), speaker_canonical="Republicans", speaker_type="organization",
         content=('مفاوضي طهران "نتفوه" و"خدعوه"', 1),
         kind="mixed", hedged=False),
]

TIMES = [
    (("الجمعة", 1), "DATE", "2015-07-24"),
    (("منذ أيام", 1), "DURATION", "PXD", True),
    (("60 يوماً", 1), "DURATION", "P60D"),
    (("الخميس", 1), "DATE", "2015-07-23"),
    (("أربع ساعات ونصف الساعة", 1), "DURATION", "PT4H30M"),
    (("الثلاثاء", 1), "DATE", "2015-07-21"),
    (("14 يوليو", 1), "DATE", "2015-07-14"),
]

KERRY = "USA|John Kerry|جون كيري|كيري"
CONGRESS = "USA|United States Congress|الكونغرس الامريكي|الكونغرس"
EVENTS = [
    {"actor": KERRY, "code": "REQUEST|THREATEN", "target": CONGRESS, "date": "2015-07-24"},
    {"actor": "USA|Barack Obama|باراك أوباما|أوباما", "code": "THREATEN|REJECT", "target": CONGRESS},
    {"actor": "USA|Republicans|الجمهوريون|United States Senate Committee on Foreign Relations|لجنة الخارجية في مجلس الشيوخ",
     "code": "ACCUSE", "target": KERRY, "date": "2015-07-23"},
    {"actor": "United Nations Security Council|مجلس الامن الدولي", "code": "SUPPORT|AGREE",
     "target": "IRN|Iran|ايران|إيران", "date": "2015-07-21"},
    {"actor": "IRN|Iran|ايران|إيران", "code": "AGREE",
     "target": "USA|United States|الولايات المتحدة|GBR|FRA|CHN|RUS|DEU", "date": "2015-07-14"},
]
