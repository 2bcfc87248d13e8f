# Hand annotation of snn-sabq-2015-07-21-2890.ar.txt (SaudiNewsNet, Sabq; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-sabq-2015-07-21-2890.ar.txt",
    "published": "2015-07-21",
    "source": "sabq",
    "note": "Local news, two organisations' statements blaming each other for a power cut at the King Fahd Causeway: "
    "colon-introduced statements without quotation marks are direct ('قالت في بيان صحفي: ...'), implicit-subject "
    "'وأكدت/وأضافت' take the nearest earlier mention of the same organisation; 'وأردفت المؤسسة' uses the nominal "
    "subject as speaker span. 'جسر الملك فهد' as a place is LOC, 'مؤسسة جسر الملك فهد' is the ORG; bare 'المملكة' "
    "is not a mention. 'مساء أمس الاثنين' is the evening of 20 July (TIME 2015-07-20TEV; published Tuesday 21 July).",
}

ENTITIES = [
    ("Sabq", "ORG", [("سبق", 1)]),
    ("Dammam", "LOC", [("الدمام", 1)]),
    ("King Fahd Causeway Authority", "ORG", [("مؤسسة جسر الملك فهد", 1), ("مؤسسة جسر الملك فهد", 2)]),
    ("King Fahd Causeway", "LOC", [("جسر الملك فهد", 2), ("جسر الملك فهد", 3)]),
    ("Bahrain", "LOC", [("البحرين", 1)]),
    ("Saudi Electricity Company", "ORG", [("شركة الكهرباء السعودية", 1), ("شركة الكهرباء", 2),
                                          ("لشركة السعودية للكهرباء", 1), ("الشركة السعودية للكهرباء", 1)]),
    ("Border Island", "LOC", [("جزيرة الحدود", 1), ("جزيرة الحدود", 2)]),
]

QUOTES = [
    dict(cue=("قالت", 1), speaker=("شركة الكهرباء", 2), speaker_canonical="Saudi Electricity Company",
         speaker_type="organization",
         content=("لا علاقة للشركة بانقطاع الخدمة الكهربائية عن جسر الملك فهد", 1),
         kind="direct", hedged=False),
    dict(cue=("أكدت", 1), speaker=("شركة الكهرباء", 2), speaker_canonical="Saudi Electricity Company",
         speaker_type="organization",
         content=("سبب انقطاع الخدمة الكهربائية، يرجع إلى عطل بالشبكة الداخلية الخاصة بالجسر", 1),
         kind="indirect", hedged=False),
    dict(cue=("قالت", 2), speaker=("مؤسسة جسر الملك فهد", 2), speaker_canonical="King Fahd Causeway Authority",
         speaker_type="organization",
         content=("السبب في انقطاع الخدمة الكهربائية عن جزيرة الحدود بين الجانبين السعودي والبحريني، هو خلل بالمغذي الرئيس التابع للشركة السعودية للكهرباء", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضافت", 1), speaker=("مؤسسة جسر الملك فهد", 2), speaker_canonical="King Fahd Causeway Authority",
         speaker_type="organization",
         content=("تم عمل جميع البطاريات الاحتياطية لتشغيل أجهزة مناطق الإجراءات، وكذلك المولدات الاحتياطية بشكل مباشر في جميع مناطق السفر؛ ما عدا المحطة الواقعة في منطقة السفر بالجانب السعودي، والذي استدعى تدخّل فريق الصيانة وتشغيله، وبذلك تكون جميع المحطات داخل الجزيرة عاملة بالمولدات الاحتياطية خلال فترة الانقطاع", 1),
         kind="direct", hedged=False),
    dict(cue=("أردفت", 1), speaker=("المؤسسة", 1), speaker_canonical="King Fahd Causeway Authority",
         speaker_type="organization",
         content=("تمت إعادة التيار الكهربائي إلى الوضع الطبيعي، من قِبَل الشركة السعودية للكهرباء في تمام الساعة 8:20 دقيقة مساء", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("مساء أمس الاثنين", 1), "TIME", "2015-07-20TEV"),
    (("ساعة و14 دقيقة", 1), "DURATION", "PT1H14M"),
    (("فترة الانقطاع", 1), "DURATION", "PT1H14M", True),
    (("الساعة 8:20 دقيقة مساء", 1), "TIME", "2015-07-20T20:20"),
]

EVENTS = [
    {"actor": "SAU|Saudi Electricity Company|شركة الكهرباء السعودية|شركة الكهرباء", "code": "ACCUSE|REJECT",
     "target": "SAU|King Fahd Causeway Authority|مؤسسة جسر الملك فهد|جسر الملك فهد", "date": "2015-07-20"},
    {"actor": "SAU|King Fahd Causeway Authority|مؤسسة جسر الملك فهد|جسر الملك فهد", "code": "ACCUSE",
     "target": "SAU|Saudi Electricity Company|الشركة السعودية للكهرباء|شركة الكهرباء السعودية|شركة الكهرباء", "date": "2015-07-20"},
]
