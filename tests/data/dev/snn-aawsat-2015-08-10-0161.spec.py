# Hand annotation of snn-aawsat-2015-08-10-0161.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat, 2015-08-10).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-08-10-0161.ar.txt",
    "published": "2015-08-10",
    "source": "aawsat",
    "note": "London report on an alleged ISIS plot against Queen Elizabeth, relayed from The Mail on Sunday "
    "('نقلا عن مصادر مطلعة'); the outlet is the speaker of 'كشفت/قالت/أوضحت/مشيرة', the informed sources are an "
    "optional relayed attribution with the same content, and 'مصادر أكدت لها' is nested in what the paper says. "
    "Unnamed ISIS members as speakers are anonymous. A Metropolitan Police spokesman speaks on the record for the "
    "force (speaker_type government, as for ministries), in direct and indirect speech; the same sentence appears twice, once "
    "reported and once quoted. 'مطلع الأسبوع المقبل' points at Saturday 15 August (the Arab week starts on "
    "Saturday): optional. 'يذكر أنه' is the paper's own background, not an attribution.",
}

ENTITIES = [
    ("British Intelligence", "ORG", [("جهاز المخابرات البريطانية", 1), ("الاستخبارات", 2)]),
    ("Islamic State", "ORG", [("داعش", 1), ("داعش", 2), ("داعش", 3), ("داعش", 4), ("داعش", 5)]),
    ("Elizabeth II", "PER", [("إليزابيث", 1), ("إليزابيث", 2)]),
    ("The Mail on Sunday", "ORG", [("ذي ميل أون صنداي", 1)]),
    ("MI5", "ORG", [("جهاز الاستخبارات الداخلي البريطاني", 1)]),
    ("Scotland Yard", "ORG", [("اسكوتلنديارد", 1), ("اسكوتلنديارد", 2), ("اسكوتلنديارد", 3)]),
    ("Metropolitan Police", "ORG", [("شرطة العاصمة", 1)]),
    ("Buckingham Palace", "ORG", [("قصر باكنغهام", 1)]),
    ("World War II", "MISC", [("الحرب العالمية الثانية", 1), ("الحرب العالمية الثانية", 2),
                              ("الحرب العالمية الثانية", 3)]),
    ("Japan", "LOC", [("اليابان", 1), ("اليابان", 2)]),
    ("United Kingdom", "LOC", [("بريطانيا", 1), ("المملكة المتحدة", 1), ("المملكة المتحدة", 2),
                               ("المملكة المتحدة", 3), ("المملكة المتحدة", 4), ("المملكة المتحدة", 5)]),
    ("London", "LOC", [("لندن", 1), ("لندن", 2)]),
    ("Syria", "LOC", [("سوريا", 1)]),
]

QUOTES = [
    dict(cue=("كشفت", 1), speaker=("جهاز المخابرات البريطانية", 1), speaker_canonical="British Intelligence",
         speaker_type="government",
         content=("متطرفين بريطانيين موالين لتنظيم داعش الإرهابي خططوا لاستهداف الملكة إليزابيث مطلع الأسبوع المقبل وبالتحديد يوم السبت الذي يوافق تاريخ 15 أغسطس (آب) والذي يصادف استسلام اليابان وهي ذكرى تحتفل فيها بريطانيا بانتهاء الحرب العالمية الثانية", 1),
         kind="indirect", hedged=False),
    dict(cue=("أعلن", 1), speaker=("متطرفون من أصول بريطانية ينتمون لتنظيم داعش", 1), speaker_canonical=None,
         speaker_type="anonymous",
         content=("المفاجأة هي اغتيال الملكة البريطانية في ذكرى الاحتفال بانتهاء الحرب العالمية الثانية", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكد", 1), speaker=("عناصر التنظيم", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("تنفيذ المخطط قد يكون عن طريق تفجير الاحتفالات المقرر إقامتها في شوارع العاصمة البريطانية لندن يوم السبت", 1),
         kind="indirect", hedged=False),
    dict(cue=("كشفت", 2), speaker=("صحيفة «ذي ميل أون صنداي»", 1), speaker_canonical="The Mail on Sunday",
         speaker_type="outlet",
         content=("الشرطة وجهاز الاستخبارات الداخلي البريطاني في سباق محموم مع الزمن لإحباط مؤامرة الاغتيال التي دبرت من سوريا من قبل قادة «داعش»", 1),
         kind="indirect", hedged=False),
    dict(cue=("نقلا", 1), speaker=("مصادر مطلعة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("الشرطة وجهاز الاستخبارات الداخلي البريطاني في سباق محموم مع الزمن لإحباط مؤامرة الاغتيال التي دبرت من سوريا من قبل قادة «داعش»", 1),
         kind="indirect", hedged=False, via="The Mail on Sunday", optional=True),
    dict(cue=("قالت", 1), speaker=("صحيفة «ذي ميل أون صنداي»", 1), speaker_canonical="The Mail on Sunday",
         speaker_type="outlet",
         content=("رغم ذلك دعت شرطة اسكوتلنديارد البريطانية عموم المواطنين لحضور الاحتفالات بمناسبة ذكرى انتهاء الحرب العالمية الثانية بشكل طبيعي رغم المؤامرة المزعومة من قبل تنظيم داعش لاستهداف الملكة إليزابيث", 1),
         kind="indirect", hedged=False),
    dict(cue=("أوضحت", 1), speaker=("صحيفة «ذي ميل أون صنداي»", 1), speaker_canonical="The Mail on Sunday",
         speaker_type="outlet",
         content=("المتطرفين يهدفون إلى تفجير قنبلة في وسط لندن خلال فعاليات الذكرى السبعين للانتصار على اليابان، والمتوقع أن يحضرها آلاف الأشخاص", 1),
         kind="indirect", hedged=False),
    dict(cue=("مشيرة", 1), speaker=("صحيفة «ذي ميل أون صنداي»", 1), speaker_canonical="The Mail on Sunday",
         speaker_type="outlet",
         content=("مصادر أكدت لها أن هناك تهديدات ضد الملكة نفسها", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكدت", 1), speaker=("مصادر", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("هناك تهديدات ضد الملكة نفسها", 1),
         kind="indirect", hedged=False, via="The Mail on Sunday"),
    dict(cue=("قال", 2), speaker=("متحدث باسم شرطة العاصمة", 1), speaker_canonical="Metropolitan Police",
         speaker_type="government",
         content=("بينما لا يزال مستوى التهديد في المملكة المتحدة من الإرهاب الدولي عند مستوى خطير، نود طمأنة الجمهور بأن نراجع باستمرار الخطط الأمنية للمناسبات العامة، مع مراعاة معلومات استخباراتية محددة والتهديد على نطاق أوسع", 1),
         kind="direct", hedged=False),
    dict(cue=("أضاف", 1), speaker=("متحدث باسم شرطة العاصمة", 1), speaker_canonical="Metropolitan Police",
         speaker_type="government",
         content=("أولويتنا هي سلامة وأمن جميع الحاضرين أو المشاركين. ونشجع الجمهور على مواصلة خططهم للحضور أو المشاركة في المناسبات كالمعتاد", 1),
         kind="direct", hedged=False),
    dict(cue=("أصر", 1), speaker=("المتحدث", 1), speaker_canonical="Metropolitan Police", speaker_type="government",
         content=("شرطة اسكوتلنديارد تبحث التهديدات الإرهابية التي تبدأ من المملكة المتحدة أو من الخارج", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضاف", 2), speaker=("المتحدث", 1), speaker_canonical="Metropolitan Police", speaker_type="government",
         content=("الشرطة بجانب أجهزة الأمن الأخرى تبقى في حالة تأهب لجميع التهديدات الإرهابية التي قد تظهر هنا أو في الخارج حيث يسعى الأفراد لتوجيه أو إلهام آخرين لارتكاب هجمات في وضد المملكة المتحدة", 1),
         kind="direct", hedged=False),
    dict(cue=("أكد", 3), speaker=("المتحدث", 1), speaker_canonical="Metropolitan Police", speaker_type="government",
         content=("من المفيد دائما أن يتبادل الصحافيون المعلومات مع الشرطة، والتي قد تشير إلى نشاط إرهابي", 1),
         kind="indirect", hedged=False),
    dict(cue=("قوله", 1), speaker=("المتحدث", 2), speaker_canonical="Metropolitan Police", speaker_type="government",
         content=("شرطة اسكوتلنديارد تبحث التهديدات الإرهابية التي تبدأ من المملكة المتحدة أو من الخارج", 2),
         kind="direct", hedged=False),
]

TIMES = [
    (("مطلع الأسبوع المقبل", 1), "DATE", "2015-08-15", True),
    (("يوم السبت", 1), "DATE", "2015-08-15"),
    (("15 أغسطس (آب)", 1), "DATE", "2015-08-15"),
    (("يوم السبت", 2), "DATE", "2015-08-15"),
    (("قبل شهرين", 1), "DATE", "2015-06"),
]

EVENTS = [
    {"actor": "Islamic State|ISIS|داعش", "code": "THREATEN|ASSAULT",
     "target": "GBR|Elizabeth II|إليزابيث|United Kingdom|بريطانيا|المملكة المتحدة"},
    {"actor": "Islamic State|ISIS|داعش", "code": "THREATEN", "target": "GBR|United Kingdom|المملكة المتحدة|بريطانيا",
     "date": "2015-06"},
]
