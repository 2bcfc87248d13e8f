# Hand annotation of snn-was-2015-08-10-1528.ar.txt (SaudiNewsNet, SPA wire; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-was-2015-08-10-1528.ar.txt",
    "published": "2015-08-10",
    "source": "was",
    "note": "SPA wire (Berlin dateline 25 Shawwal 1436 = 10 Aug 2015): the Saudi foreign minister at a joint press "
    "conference with his German counterpart; a chain of reported statements by one speaker, referred to by name, "
    "by title ('وزير الخارجية') and by honorific ('معاليه'), with participial cues (عاداً، مؤكداً، مشيراً، لافتاً). "
    "Bare 'المملكة' (the Kingdom) is a nominal reference and is not annotated as a mention. "
    "The wire timestamp '17:58' is an optional TIME.",
}

ENTITIES = [
    ("Berlin", "LOC", [("برلين", 1), ("برلين", 2)]),
    ("Saudi Press Agency", "ORG", [("واس", 1)]),
    ("Adel al-Jubeir", "PER", [("عادل بن أحمد الجبير", 1), ("الجبير", 2)]),
    ("Saudi Arabia", "LOC", [("المملكة العربية السعودية", 1)]),
    ("Iran", "LOC", [("إيران", 1), ("إيران", 2), ("إيران", 3), ("ايران", 1)]),
    ("Tehran", "LOC", [("طهران", 1), ("طهران", 2)]),
    ("Syria", "LOC", [("سوريا", 1)]),
    ("Iraq", "LOC", [("العراق", 1), ("العراق", 2)]),
    ("Lebanon", "LOC", [("لبنان", 1)]),
    ("Bahrain", "LOC", [("البحرين", 1)]),
    ("Yemen", "LOC", [("اليمن", 1), ("اليمن", 2)]),
    ("Bashar al-Assad", "PER", [("بشار الأسد", 1)]),
    ("Frank-Walter Steinmeier", "PER", [("فرانك فالتر شتاينماير", 1)]),
    ("International Atomic Energy Agency", "ORG", [("منظمة برامج الطاقة النووية", 1)]),
    ("Abd Rabbuh Mansur Hadi", "PER", [("عبدربه منصور هادي", 1)]),
    ("Raif Badawi", "PER", [("رائف بدوي", 1)]),
]

J = dict(speaker_canonical="Adel al-Jubeir", speaker_type="person", hedged=False)

QUOTES = [
    dict(cue=("أكد", 1), speaker=("عادل بن أحمد الجبير", 1), **J, kind="indirect",
         content=("المملكة العربية السعودية حريصة على تطوير علاقاتها بشكل جيد مع إيران شرط أن تغير إيران سياستها التي تكمن بالتدخل في شئون الدول الخليجية وسوريا والعراق ولبنان", 1)),
    dict(cue=("عاداً", 1), speaker=("عادل بن أحمد الجبير", 1), **J, kind="indirect",
         content=("استمرار مأساة الشعب السوري مردها إلى دعم طهران لنظام بشار الأسد، وتدخلها في اليمن والعراق بشكل سافر، إضافة إلى البحرين", 1)),
    dict(cue=("قال", 1), speaker=("الجبير", 2), **J, kind="indirect",
         content=("يجب على إيران تغيير سياستها العدوانية تلك إذا ما أرادت بالفعل علاقات حسن جوار واحترام مع جيرانها", 1)),
    dict(cue=("رأى", 1), speaker=("وزير الخارجية", 3), **J, kind="indirect",
         content=("امتناع ايران عن دخول مفتشي منظمة برامج الطاقة النووية بعض المنشآت العسكرية يعني عزم طهران تصنيع أسلحة نووية", 1)),
    dict(cue=("مؤكداً", 1), speaker=("وزير الخارجية", 3), **J, kind="indirect",
         content=("المملكة تراقب عن كثب تطورات السياسة الإيرانية الخاصة بتخصيب اليورانيوم والحصول عليه مخصباً من الدول المعنية بملفها النووي", 1)),
    # 'وشدد معاليه على ...': the honorific pronoun; speaker span = nearest earlier mention.
    dict(cue=("شدد", 1), speaker=("وزير الخارجية", 3), **J, kind="indirect",
         content=("حرص المملكة على سلامة اليمن وشعبها", 1)),
    dict(cue=("مشيراً", 1), speaker=("وزير الخارجية", 3), **J, kind="indirect",
         content=("تدخل المملكة ودول التحالف كان بناءً على طلب من الرئيس الشرعي عبدربه منصور هادي", 1)),
    dict(cue=("أكد", 2), speaker=("وزير الخارجية", 4), **J, kind="indirect",
         content=("للإنسان حقوقه المصانة وفق الشريعة الإسلامية فالمرأة لها حقوقها وكل الإجراءات في المملكة منبثقة من الشريعة الإسلامية", 1)),
    dict(cue=("قال", 2), speaker=("وزير الخارجية", 4), **J, kind="indirect",
         content=("أمورة تسير وفق القضاء المستقل", 1)),
    dict(cue=("لافتاً", 1), speaker=("وزير الخارجية", 4), **J, kind="indirect",
         content=("المملكة لا تتدخل بشئون الدول الأخرى الداخلية ولذلك فهي لن تسمح لأحد بالتدخل في شئونها الداخلية", 1)),
]

TIMES = [
    (("25 شوال 1436", 1), "DATE", "2015-08-10"),
    (("10 أغسطس 2015", 1), "DATE", "2015-08-10"),
    (("اليوم", 1), "DATE", "2015-08-10"),
    (("17:58", 1), "TIME", "2015-08-10T17:58", True),
]

EVENTS = [
    {"actor": "SAU|Saudi Arabia|Adel al-Jubeir|عادل بن أحمد الجبير|الجبير|المملكة العربية السعودية|المملكة", "code": "CONSULT", "target": "DEU|Germany|Frank-Walter Steinmeier|فرانك فالتر شتاينماير", "date": "2015-08-10"},
    {"actor": "SAU|Saudi Arabia|Adel al-Jubeir|عادل بن أحمد الجبير|الجبير|المملكة العربية السعودية|المملكة", "code": "ACCUSE", "target": "IRN|Iran|Tehran|إيران|ايران|طهران", "date": "2015-08-10"},
    {"actor": "SAU|Saudi Arabia|Adel al-Jubeir|عادل بن أحمد الجبير|الجبير|المملكة العربية السعودية|المملكة", "code": "REQUEST|THREATEN", "target": "IRN|Iran|Tehran|إيران|ايران|طهران", "date": "2015-08-10"},
    {"actor": "YEM|Abd Rabbuh Mansur Hadi|عبدربه منصور هادي", "code": "REQUEST", "target": "SAU|Saudi Arabia|المملكة العربية السعودية|المملكة"},
]
