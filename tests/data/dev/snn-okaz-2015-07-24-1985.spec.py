# Hand annotation of snn-okaz-2015-07-24-1985.ar.txt (SaudiNewsNet, Okaz, 2015-07-24).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-okaz-2015-07-24-1985.ar.txt",
    "published": "2015-07-24",
    "source": "okaz",
    "note": "Wire copy re-published by the paper: John Kerry before the Senate Foreign Relations Committee on the Iran "
    "nuclear deal (23 July 2015). Kerry by full name then surname; Corker and Risch with colon-introduced direct "
    "quotes and participial cues (معتبرا، مشيرا، مؤكدا) carrying mixed or direct content. The lead's sourceless "
    "'اتهامات' is optional. Some words carry tatweel (طهـران، إيـران، الجمهـوريين), kept as in the text. "
    "'اتفاق فيينا': فيينا tagged LOC; the committee is one ORG span 'لجنة العلاقات الخارجية لمجلس الشيوخ'. "
    "'الجمهـوريين' (party members) and 'العاصمة النمساوية' are left untagged.",
}

ENTITIES = [
    ("John Kerry", "PER", [("جون كيري", 1), ("كيري", 2), ("كيري", 3), ("كيري", 4)]),
    ("Bob Corker", "PER", [("بوب كوركر", 1)]),
    ("James Risch", "PER", [("جيمس ريش", 1)]),
    ("Tehran", "LOC", [("طهـران", 1)]),
    ("Iran", "LOC", [("إيران", 1), ("إيران", 2), ("إيران", 3), ("إيـران", 1)]),
    ("United States", "LOC", [("أمريكا", 1)]),
    ("Vienna", "LOC", [("فيينا", 1), ("فيينا", 2)]),
    ("United States Congress", "ORG", [("الكونغرس", 1), ("الكونغرس", 2)]),
    ("Senate Foreign Relations Committee", "ORG", [("لجنة العلاقات الخارجية لمجلس الشيوخ", 1),
                                                   ("لجنة العلاقات الخارجية", 2)]),
]

QUOTES = [
    dict(cue=("اتهامات", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("تعرضه «للسلب» و «الخداع» من قبل طهـران", 1),
         kind="mixed", hedged=False, optional=True),
    dict(cue=("معتبرا", 1), speaker=("كيري", 2), speaker_canonical="John Kerry", speaker_type="person",
         content=("«اتفاق جيد للعالم» يستحق إقرار الكونغرس المشكك", 1),
         kind="mixed", hedged=False),
    dict(cue=("تحدث", 1), speaker=("كيري", 2), speaker_canonical="John Kerry", speaker_type="person",
         content=("في الحقيقة، سيوفر اتفاق فيينا وسيلة أكثر قوة وشمولية واستمرارية للحد من برنامج إيران النووي، من أي بديل آخر تم تداوله", 1),
         kind="direct", hedged=False),
    dict(cue=("أضاف", 1), speaker=("كيري", 2), speaker_canonical="John Kerry", speaker_type="person",
         content=("الاتفاق وفور تطبيقه سيضع إيران «تحت مراقبة مكثفة إلى الأبد» ويضمن وقوف العالم في صف واحد لضمان بقاء أنشطتها النووية «سلمية بالكامل»", 1),
         kind="mixed", hedged=False),
    dict(cue=("تابع", 1), speaker=("كيري", 3), speaker_canonical="John Kerry", speaker_type="person",
         content=("نؤمن أن هذا الاتفاق جيد للعالم وجيد لأمريكا ولحلفائنا وأصدقائنا في المنطقة، ونعتقد أنه يستحق دعمكم", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 1), speaker=("بوب كوركر", 1), speaker_canonical="Bob Corker", speaker_type="person",
         content=("أعتقد أنك تعرضت للسلب", 1),
         kind="direct", hedged=False),
    dict(cue=("مشيرا", 1), speaker=("بوب كوركر", 1), speaker_canonical="Bob Corker", speaker_type="person",
         content=("اتفاق فيينا سيقدم لإيـران «طريقا معبدا رائعا» نحو التحول إلى قوة نووية عندما يحين الوقت", 1),
         kind="mixed", hedged=False),
    dict(cue=("مؤكدا", 1), speaker=("جيمس ريش", 1), speaker_canonical="James Risch", speaker_type="person",
         content=("مع احترامي لقد تعرضتم للخداع والشعب الأمريكي سيدفع الثمن", 1),
         kind="direct", hedged=False),
    dict(cue=("أضاف", 2), speaker=("جيمس ريش", 1), speaker_canonical="James Risch", speaker_type="person",
         content=("كل من يعتقد أنه اتفاق جيد يقف في صفوف الناس الاكثر سذاجة على وجه الأرض", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("أمس", 1), "DATE", "2015-07-23"),
    (("الأسبوع الفائت", 1), "DATE", "2015-W29"),
    (("في السابق", 1), "DATE", "PAST_REF", True),
    (("إلى الأبد", 1), "DURATION", "PXY", True),
]

EVENTS = [
    {"actor": "USA|Bob Corker|بوب كوركر|Senate Foreign Relations Committee", "code": "ACCUSE",
     "target": "USA|John Kerry|جون كيري|كيري", "date": "2015-07-23"},
    {"actor": "USA|James Risch|جيمس ريش", "code": "ACCUSE", "target": "USA|John Kerry|جون كيري|كيري",
     "date": "2015-07-23"},
    {"actor": "USA|John Kerry|جون كيري|كيري", "code": "SUPPORT|REQUEST",
     "target": "USA|United States Congress|الكونغرس|Senate Foreign Relations Committee", "date": "2015-07-23"},
]
