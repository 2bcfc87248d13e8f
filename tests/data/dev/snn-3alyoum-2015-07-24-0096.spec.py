# Hand annotation of snn-3alyoum-2015-07-24-0096.ar.txt (SaudiNewsNet, Ain Alyoum, 2015-07-24).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-3alyoum-2015-07-24-0096.ar.txt",
    "published": "2015-07-24",
    "source": "3alyoum",
    "note": "Short report by the outlet's own reporter: one anonymous source at an insurance company, speaking to the "
    "outlet itself (لـ\u201dعين اليوم\u201d, no via), then implicit-subject cues (أرجع، أوضح، بيّن) and 'المصدر'. "
    "Bare 'المملكة' is a nominal reference and left untagged. The text ends with crawled tag words.",
}

ENTITIES = [
    ("Lujain Al-Ahmadi", "PER", [("لجين الأحمدي", 1)]),
    ("Ain Alyoum", "ORG", [("عين اليوم", 1), ("عين اليوم", 2)]),
]

QUOTES = [
    dict(cue=("أكد", 1), speaker=("مصدر في إحدى شركات التأمين السعودي", 1), speaker_canonical=None,
         speaker_type="anonymous", count=1,
         content=("التأمين على المركبات في المملكة ارتفع خلال الثلاثة أعوام الأخيرة بنسبة تخطت الـ50%", 1),
         kind="indirect", hedged=False),
    dict(cue=("أرجع", 1), speaker=("مصدر في إحدى شركات التأمين السعودي", 1), speaker_canonical=None,
         speaker_type="anonymous", count=1,
         content=("ذلك إلى ازدياد نسبة الحوادث، إضافة إلى الخسائر التي تتكبدها شركات التأمين خاصة في التأمين ضد الغير أو (الطرف الثالث) والذي يشمل التأمين من من هم خارج السيارة فقط، أي اصطدام شخص أو عمود إنارة أو نخلة", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أوضح", 1), speaker=("المصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("التأمين على الطرف الثالث كان في عام 2011 م ما بين 200–300 ريال، ووصل خلال عامي 2014 و2015 م إلى 1200 ريال وذلك بعد أن أصبح هذا النوع من الـتأمين مكلفًا على شركات التأمين", 1),
         kind="indirect", hedged=False),
    dict(cue=("أوضح", 2), speaker=("المصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("هناك نوعًا آخر من التأمينات والمعروف بالتأمين الشامل والذي يشمل السيارة بشكل عام وما يكون خارج السيارة", 1),
         kind="indirect", hedged=False),
    dict(cue=("بيّن", 1), speaker=("المصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("هذه النوعية جميعها شهدت ارتفاعاً في أسعارها ولكن ما يختلف هو أن التأمين الشامل تنطبق عليه أسعار مفروضةعلى جميع شركات التأمين", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("الثلاثة أعوام الأخيرة", 1), "DURATION", "P3Y"),
    (("عام 2011", 1), "DATE", "2011"),
    (("عامي 2014", 1), "DATE", "2014"),
    (("2015", 1), "DATE", "2015"),
]

EVENTS = []
