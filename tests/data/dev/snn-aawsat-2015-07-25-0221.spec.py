# Hand annotation of snn-aawsat-2015-07-25-0221.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat online, 2015-07-25).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-07-25-0221.ar.txt",
    "published": "2015-07-25",
    "source": "aawsat",
    "note": "Agency-style report of a suicide attack in Tuz Khurmatu (Iraq). Mixed speaker groups: 'مسؤول محلي "
    "ومصادر بالشرطة' (one anonymous official plus police sources) and 'علي الحسيني ... ومصدران بالشرطة' (a named "
    "mayor plus two police sources; annotated with the named mayor as speaker); 'وأضافوا' takes the same group. "
    "Generic descriptors (تنظيم, محافظة, بلدة) are left out of mention spans.",
}

ENTITIES = [
    ("Ali al-Husseini", "PER", [("علي الحسيني", 1), ("الحسيني", 2)]),
    ("Islamic State", "ORG", [("داعش", 1)]),
    ("Iraq", "LOC", [("العراق", 1), ("العراق", 3)]),
    ("Tuz Khurmatu", "LOC", [("طوز خورماتو", 1), ("طوز خورماتو", 2)]),
    ("Baghdad", "LOC", [("بغداد", 1), ("بغداد", 2)]),
    ("Diyala", "LOC", [("ديالى", 1)]),
    ("Anbar", "LOC", [("الأنبار", 1)]),
]

QUOTES = [
    dict(cue=("قال", 1), speaker=("مسؤول محلي ومصادر بالشرطة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("12 شخصًا على الأقل قتلوا اليوم (السبت)، عندما هاجم انتحاريان حمام سباحة مزدحمًا في شمال العراق", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("علي الحسيني", 1), speaker_canonical="Ali al-Husseini", speaker_type="person",
         content=("مهاجمًا انتحاريًا فجر سترته الناسفة في حمام سباحة، كان يستحم فيه عشرات من الرجال والأطفال وسط حرارة الجو اللافحة", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضافوا", 1), speaker=("علي الحسيني", 1), speaker_canonical="Ali al-Husseini", speaker_type="person",
         content=("مفجرًا انتحاريًا آخر، فجر شحنة ناسفة كانت على دراجة نارية عند مدخل حمام السباحة بينما كانت الشرطة وفرق الإنقاذ تقوم بنقل القتلى والجرحى", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 3), speaker=("الحسيني", 2), speaker_canonical="Ali al-Husseini", speaker_type="person",
         content=("الناس الأبرياء لم يفعلوا شيئًا سوى محاولة تفادي درجات حرارة الصيف الشديدة، لكنهم لم يتمكنوا من الهرب من الموت على أيدي أعتى المجرمين على وجه الأرض", 1),
         kind="indirect", hedged=False),
    dict(cue=("أفادت", 1), speaker=("مصادر بالشرطة وبالمستشفيات", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("إجمالي القتلى، قد يرتفع لأن كثيرًا من الجرحى في حالة حرجة", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("اليوم (السبت)", 1), "DATE", "2015-07-25"),
    (("الآونة الأخيرة", 1), "DATE", "PAST_REF", True),
    (("وقت سابق من الشهر الحالي", 1), "DATE", "2015-07"),
    (("الوقت الراهن", 1), "DATE", "PRESENT_REF", True),
]

EVENTS = [
    {"actor": None, "code": "ASSAULT", "target": "IRQ|Tuz Khurmatu|طوز خورماتو|Iraq|العراق", "date": "2015-07-25"},
    {"actor": "Islamic State|ISIS|داعش", "code": "ASSAULT", "target": "IRQ|Iraq|العراق|Baghdad|بغداد|Diyala|ديالى",
     "date": "2015-07"},
    {"actor": "IRQ|Iraq|العراق", "code": "MOBILIZE", "target": "Anbar|الأنبار|Islamic State|داعش"},
]
