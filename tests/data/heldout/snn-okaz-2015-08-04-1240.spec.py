# Hand annotation of snn-okaz-2015-08-04-1240.ar.txt (SaudiNewsNet, Okaz, 2015-08-04). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-okaz-2015-08-04-1240.ar.txt",
    "published": "2015-08-04",
    "source": "okaz",
    "note": "Interview write-up with a retiring footballer: one reported lead (أكد أنه), then the paper's questions "
    "paraphrased ('وعن ... قال:') each followed by a «» answer (direct, cue قال/أضاف); the only name mention of the "
    "interviewee is in the lead, so every speaker span is that mention. One unquoted first-person sentence "
    "('وقد تفاجأت ...') is an optional cue-less quote; a nested report (the coach 'أخبره أنه ...') is optional. "
    "Club names are ORG without the descriptor (نادي/فريق left out); 'الزعيم' (Al-Hilal's nickname) and bare "
    "'المنتخب' are not tagged. 'عام 1417' is a Hijri year (1417 AH = 1996-05-18 .. 1997-05-06): value 1996, the "
    "Gregorian year it begins in.",
}

ENTITIES = [
    ("Al-Shabab FC", "ORG", [("الشباب", i) for i in range(1, 12)]),
    ("Omar Al-Ghamdi", "PER", [("عمر الغامدي", 1)]),
    ("Al-Hilal", "ORG", [("الهلال", 1), ("الهلال", 2), ("الهلال", 3), ("الهلال", 4), ("الهلال", 6)]),
    ("Morais", "PER", [("مورايس", 1)]),
    ("Khalid Al-Baltan", "PER", [("خالد البلطان", 1)]),
    ("Eric Gerets", "PER", [("جيرتيس", 1)]),
    ("Al-Nassr", "ORG", [("النصر", 1), ("النصر", 2)]),
    ("Sami Al-Jaber", "PER", [("سامي الجابر", 1)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1)]),
    ("Khalid Aziz", "PER", [("خالد عزيز", 1), ("خالد عزيز", 2)]),
]

SPK = ("عمر الغامدي", 1)
OMAR = dict(speaker=SPK, speaker_canonical="Omar Al-Ghamdi", speaker_type="person", hedged=False)
QUOTES = [
    dict(cue=("أكد", 1), content=("مقتنع تماما بقرار الاعتزال، ومقتنع بما قدمه خلال مسيرته لخدمة وطنه سواء مع المنتخب أو ناديي الهلال والشباب", 1),
         kind="indirect", **OMAR),
    dict(cue=("قال", 1), content=("رأيت أن هذا هو التوقيت المناسب لإنهاء مسيرتي الكروية التي بدأت منذ عام 1417 رغم أني قادر أن ألعب لموسمين قادمين", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 2), content=("راض بما قدمته مع فريق الشباب حيث حققت 4 بطولات في 5 مواسم", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 3), content=("نعم كان بالنسبة لي شيئا مفاجئا لأنه لم يبلغني أحد مسبقا في إدارة الشباب بعدم رغبة النادي بتجديد عقدي", 1),
         kind="direct", **OMAR),
    dict(cue=("مشيرا", 1), content=("لم يحدد وجهته المستقبلية، ولكنها لن تبتعد عن كرة القدم", 1),
         kind="indirect", **OMAR),
    dict(cue=("قال", 4), content=("أرى نفسي في جميع المجالات إدارية وفنية", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 5), content=("الذي حدث لفريق الشباب تخبط يتحمله الجميع من إدارة ولاعبين وحتى المدربين", 1),
         kind="direct", **OMAR),
    dict(cue=None, content=("تفاجأت بإقالة المدرب مورايس لأنه كان يقدم عملا مميزا", 1),
         kind="direct", optional=True, **OMAR),
    dict(cue=("أضاف", 1), content=("عشت خمس سنوات مع نادي الشباب ولم ألاحظ فرقا عن الهلال من ناحية الراحة النفسية والتعاون بين اللاعبين والإدارة", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 7), content=("هو من استقطبني لنادي الشباب وطلبني بالاسم من الهلال، ووجدت معه عملا احترافيا حقيقيا", 1),
         kind="direct", **OMAR),
    dict(cue=("أوضح", 1), content=("المدرب الهلالي الأسبق جيرتيس أخبره أنه سيبقى مع الزعيم، ولكنه تفاجأ أثناء إجازته باتصال عن عرض من الشباب", 1),
         kind="indirect", **OMAR),
    dict(cue=("أخبره", 1), speaker=("جيرتيس", 1), speaker_canonical="Eric Gerets", speaker_type="person",
         content=("سيبقى مع الزعيم", 1), kind="indirect", hedged=False, via="Omar Al-Ghamdi", optional=True),
    dict(cue=("قال", 9), content=("كنت أقصد الحكم بأننا واجهنا قوة لا يقدر عليها إلا الله ويظل نادي النصر ناديا كبيرا وأحترمه وأقدره", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 10), content=("هو أسطورة من أساطير كرة القدم في السعودية، ولا تعليق على من اتهمه بأنه سبب ابتعادي عن الهلال", 1),
         kind="direct", **OMAR),
    dict(cue=("قال", 11), content=("لا أستطيع أن أقول عن خالد عزيز إلا الله يسامحه وأنا متأكد أنه لو استمر لكان أغلى لاعب سعودي من حيث قيمة العقد", 1),
         kind="direct", **OMAR),
]

TIMES = [
    (("عام 1417", 1), "DATE", "1996"),
    (("موسمين قادمين", 1), "DURATION", "P2Y", True),
    (("5 مواسم", 1), "DURATION", "P5Y", True),
    (("الموسم الماضي", 1), "DATE", "PAST_REF", True),
    (("خمس سنوات", 1), "DURATION", "P5Y"),
]

EVENTS = []
