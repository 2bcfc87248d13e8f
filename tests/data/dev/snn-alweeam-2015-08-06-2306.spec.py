# Hand annotation of snn-alweeam-2015-08-06-2306.ar.txt (SaudiNewsNet, Al-Weeam; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-alweeam-2015-08-06-2306.ar.txt",
    "published": "2015-08-06",
    "source": "alweeam",
    "note": "Statements of one named Yemeni commander relayed from published remarks: a chain of reported speech "
    "(أكد، لافتا، قال ... إنه، أضاف أن، مشيرا، أوضح، أشار، أكد) and one direct quote in curly quotes after "
    "'وأضاف'; implicit subjects take the nearest earlier name mention. The relative 'التي قال إن' inside his own "
    "reported clause, the praise 'مشيدا' with 'الذي وصفها' and the closing headline 'المقاومة اليمنية: أسرنا ...' "
    "(cue-less) are optional. Bare 'المقاومة', 'الجيش الوطني', 'الانقلابيين' are not mentions; 'التحالف العربي' "
    "is ORG; 'إيرانيين' is adjectival except 'الإيرانيين' (MISC). 'اليوم الأربعاء' in an article dated Thursday "
    "6 August: the weekday wins (5 August).",
}

ENTITIES = [
    ("Fourth Military Region", "ORG", [("المنطقة العسكرية الرابعة", 1)]),
    ("Aden", "LOC", [("عدن", 1), ("عدن", 2), ("عدن", 3)]),
    ("Ahmed Al-Yafei", "PER", [("أحمد اليافعي", 1), ("اليافعي", 2), ("اليافعي", 3)]),
    ("Iranians", "MISC", [("الإيرانيين", 1)]),
    ("Houthis", "ORG", [("الحوثيين", 1), ("الحوثيين", 2)]),
    ("Lahij", "LOC", [("لحج", 1), ("لحج", 2)]),
    ("Al-Hawtah", "LOC", [("الحوطة", 1)]),
    ("Zinjibar", "LOC", [("زنجبار", 1)]),
    ("Abyan", "LOC", [("أبين", 1)]),
    ("Yemen", "LOC", [("اليمن", 2)]),
    ("Saudi-led coalition", "ORG", [("التحالف العربي", 1)]),
    ("Al-Weeam", "ORG", [("الوئام", 1)]),
]

Y = "Ahmed Al-Yafei"
QUOTES = [
    dict(cue=("أكد", 1), speaker=("أحمد اليافعي", 1), speaker_canonical=Y, speaker_type="person",
         content=("وجود أسرى إيرانيين بحوزة الجيش الوطني بمحافظة عدن", 1), kind="indirect", hedged=False),
    dict(cue=("لافتا", 1), speaker=("أحمد اليافعي", 1), speaker_canonical=Y, speaker_type="person",
         content=("المقاومة أسرت الإيرانيين خلال الاشتباكات المتواصلة مع الانقلابيين", 1), kind="indirect", hedged=False),
    dict(cue=("قال", 1), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("من خلال التحقيقات الأولية لوحظ أن هؤلاء مدربون تدريبات عالية من أجل تنفيذ عمليات عسكرية خطيرة منها اغتيالات وتفجيرات", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضاف", 1), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("المقاومة أسرت العديد من الحوثيين", 1), kind="indirect", hedged=False),
    dict(cue=("مشيرا", 1), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("الإعلان عن الأسرى سيكون في الوقت المناسب", 1), kind="indirect", hedged=False),
    dict(cue=("أضاف", 2), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("هناك بعض الجيوب يجري تصفيتها في مزارع لحج والحوطة والأيام القادمة ستشهد انتصارات كبيرة في مختلف الجبهات", 1),
         kind="direct", hedged=False),
    dict(cue=("مشيرا", 2), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("ما يدور حاليا في لحج وتخوم عدن معارك كر وفر واستنزاف للإنقلابيين", 1), kind="indirect", hedged=False),
    dict(cue=("أوضح", 1), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("الحوثيين لديهم قدرات عسكرية واحتياطات ويعملون على تفخيخ الطرق والممرات، والمعارك معهم لن تحسم خلال ثلاثة أيام بل إنها بحاجة إلى مزيد من الوقت", 1),
         kind="indirect", hedged=False),
    dict(cue=("أشار", 1), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("الجيش الوطني المدعوم بالمقاومة يقف على تخوم مدينة زنجبار بمحافظة أبين التي قال إن أخبارها ستكون مفرحة للشعب اليمني خلال \xa0الساعات القادمة", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("اليافعي", 2), speaker_canonical=Y, speaker_type="person",
         content=("أخبارها ستكون مفرحة للشعب اليمني خلال \xa0الساعات القادمة", 1), kind="indirect", hedged=False,
         optional=True),
    dict(cue=("أكد", 2), speaker=("اليافعي", 3), speaker_canonical=Y, speaker_type="person",
         content=("الجيش والمقاومة لن يقفوا حتى استعادة كامل اليمن من العناصر الانقلابية", 1), kind="indirect", hedged=False),
    dict(cue=("مشيدا", 1), speaker=("اليافعي", 3), speaker_canonical=Y, speaker_type="person",
         content=("مستوى التنسيق المتكامل مع قوات التحالف العربي", 1), kind="indirect", hedged=False, optional=True),
    dict(cue=("وصفها", 1), speaker=("اليافعي", 3), speaker_canonical=Y, speaker_type="person",
         content=("الداعم القوي للجيش اليمني على مختلف الجبهات وفي جميع الجوانب اللوجستية والتكتيكية والمعلوماتية", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=None, speaker=("المقاومة اليمنية", 1), speaker_canonical=None, speaker_type="organization",
         content=("أسرنا إيرانيين مدرّبين على تنفيذ اغتيالات وتفجيرات", 1), kind="direct", hedged=False, optional=True),
]

TIMES = [
    (("اليوم الأربعاء", 1), "DATE", "2015-08-05"),
    (("الأيام القادمة", 1), "DATE", "FUTURE_REF", True),
    (("حاليا", 1), "DATE", "PRESENT_REF", True),
    (("ثلاثة أيام", 1), "DURATION", "P3D"),
    (("الساعات القادمة", 1), "DATE", "FUTURE_REF", True),
]

RESIST = "YEM|Yemen|Yemeni resistance|المقاومة|المقاومة اليمنية|Popular Resistance|الجيش الوطني|Ahmed Al-Yafei|اليافعي"
EVENTS = [
    {"actor": RESIST, "code": "COERCE|ASSAULT", "target": "IRN|Iran|Iranians|الإيرانيين|إيرانيين"},
    {"actor": RESIST, "code": "COERCE|ASSAULT", "target": "Houthis|الحوثيين|الانقلابيين"},
    {"actor": RESIST, "code": "ASSAULT", "target": "Houthis|الحوثيين|الانقلابيين|للإنقلابيين"},
    {"actor": "Saudi-led coalition|التحالف العربي|قوات التحالف العربي|SAU", "code": "SUPPORT|AID|COOPERATE",
     "target": RESIST},
]
