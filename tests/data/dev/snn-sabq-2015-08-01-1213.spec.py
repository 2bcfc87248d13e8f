# Hand annotation of snn-sabq-2015-08-01-1213.ar.txt (SaudiNewsNet, Sabq; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-sabq-2015-08-01-1213.ar.txt",
    "published": "2015-08-01",
    "source": "sabq",
    "note": "Official statement (Saudi Aviation Investigation Bureau on a private jet crash at Blackbushe, UK) quoted "
    "directly after 'وقال المكتب:' / 'وأضاف:' (speaker span: the bare 'المكتب', a government bureau), a named "
    "captain paraphrased ('أفاد بأن'), and closing background with 'مصادر عدة أكدت' (anonymous, no count; 'يُشار "
    "إلى أن' is the paper's own framing, not an attribution). The British report 'يفيد بوقوع' inside the statement "
    "and the prayer 'سائلين المولى' are optional. Hijri '15/10/ 1436' = 31 July 2015; the 18:02 notification is "
    "that day. 'مكتب تحقيقات الطيران بالمملكة العربية السعودية' is split into ORG + LOC; the aircraft model is MISC.",
}

SAIB = "Saudi Aviation Investigation Bureau"
AAIB = "Air Accidents Investigation Branch"

ENTITIES = [
    ("Abdullah Al-Barqawi", "PER", [("عبدالله البرقاوي", 1)]),
    ("Sabq", "ORG", [("سبق", 1)]),
    ("Riyadh", "LOC", [("الرياض", 1)]),
    (SAIB, "ORG", [("مكتب تحقيقات الطيران", 1), ("مكتب التحقيقات", 1), ("مكتب تحقيقات الطيران", 2)]),
    ("Saudi Arabia", "LOC", [("المملكة العربية السعودية", 1), ("المملكة العربية السعودية", 2),
                             ("السعودية", 4)]),
    ("Blackbushe Airport", "LOC", [("مطار بلاك بوش", 1), ("مطار بلاك بوش", 2)]),
    ("United Kingdom", "LOC", [("المملكة المتحدة", 1), ("المملكة المتحدة", 2)]),
    (AAIB, "ORG", [("مكتب تحقيقات حوادث الطيران البريطاني", 1), ("مكتب تحقيقات حوادث الطيران البريطاني", 2),
                   ("مكتب تحقيقات حوادث الطيران البريطاني", 3)]),
    ("Embraer Phenom 300", "MISC", [("إمبراير ٥٠٥ فانوم ٣٠٠", 1)]),
    ("Ibrahim Al-Kashi", "PER", [("إبراهيم بن سلمان الكشي", 1), ("إبراهيم الكشي", 1)]),
]

QUOTES = [
    dict(cue=("قال", 1), speaker=("المكتب", 1), speaker_canonical=SAIB, speaker_type="government",
         content=("تلقى المكتب في تمام الساعة 18:02 بالتوقيت المحلي، بتاريخ 15/10/ 1436 بلاغاً من مكتب تحقيقات حوادث الطيران البريطاني، يفيد بوقوع حادثة تحطُّم طائرة خاصة من نوع إمبراير ٥٠٥ فانوم ٣٠٠ مسجلة بالمملكة العربية السعودية برقم HZ IBN، أثناء إقلاعها من مطار بلاك بوش بالمملكة المتحدة", 1),
         kind="direct", hedged=False),
    dict(cue=("يفيد", 1), speaker=("مكتب تحقيقات حوادث الطيران البريطاني", 1), speaker_canonical=AAIB,
         speaker_type="government",
         content=("وقوع حادثة تحطُّم طائرة خاصة من نوع إمبراير ٥٠٥ فانوم ٣٠٠ مسجلة بالمملكة العربية السعودية برقم HZ IBN، أثناء إقلاعها من مطار بلاك بوش بالمملكة المتحدة", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أضاف", 1), speaker=("المكتب", 1), speaker_canonical=SAIB, speaker_type="government",
         content=("تفيد المعلومات الأولية بوجود ثلاثة مسافرين على متنها، إضافة إلى قائدها", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 2), speaker=("المكتب", 3), speaker_canonical=SAIB, speaker_type="government",
         content=("نظراً لوقوع الحادثة على الأراضي البريطانية، وبحسب اللوائح التنفيذية للمكتب، فقد عيَّن المدير العام لمكتب التحقيقات الكابتن إبراهيم بن سلمان الكشي ممثلاً معتمداً عن المكتب للعمل مع فريق التحقيق التابع لمكتب تحقيقات حوادث الطيران البريطاني لتوفير الدعم والمعلومات اللازمة لإجراءات التحقيق للتعرف على الأسباب التي أدت إلى الحادثة", 1),
         kind="direct", hedged=False),
    dict(cue=("سائلين", 1), speaker=("مكتب تحقيقات الطيران", 2), speaker_canonical=SAIB, speaker_type="government",
         content=("يتغمدهم بواسع رحمته", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أفاد", 1), speaker=("إبراهيم الكشي", 1), speaker_canonical="Ibrahim Al-Kashi", speaker_type="person",
         content=("كامل صلاحية التحقيق في الحادثة من مسؤوليات مكتب تحقيقات حوادث الطيران البريطاني", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكدت", 1), speaker=("مصادر عدة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("الطائرة تملكها أسرة سعودية ثرية، وتوفي في الحادث ثلاثة من أفرادها، إضافة لكابتن الطائرة", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("الساعة 18:02", 1), "TIME", "2015-07-31T18:02"),
    (("15/10/ 1436", 1), "DATE", "2015-07-31"),
]

EVENTS = [
    {"actor": f"GBR|{AAIB}|مكتب تحقيقات حوادث الطيران البريطاني", "code": "CONSULT",
     "target": f"SAU|{SAIB}|مكتب تحقيقات الطيران|المكتب", "date": "2015-07-31"},
    {"actor": f"SAU|{SAIB}|مكتب تحقيقات الطيران|مكتب التحقيقات|المكتب|Ibrahim Al-Kashi|إبراهيم بن سلمان الكشي",
     "code": "COOPERATE", "target": f"GBR|{AAIB}|مكتب تحقيقات حوادث الطيران البريطاني"},
]
