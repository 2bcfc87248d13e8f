# Hand annotation of snn-alwatan-2015-07-31-1315.ar.txt (SaudiNewsNet, Al-Watan, 2015-07-31).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-alwatan-2015-07-31-1315.ar.txt",
    "published": "2015-07-31",
    "source": "alwatan",
    "note": "Local news with officials: the Makkah health directorate denies (نفت) resignations, the paper itself "
    "maintains its report (أكدت \"الوطن\", speaker type outlet), an unnamed health official, an anonymous source to "
    "the paper whose opening quotation mark is never closed (its content is read to the end of that paragraph, "
    "'القضايا'; the official's أكد/مشيرا inside it are nested and optional), and a named legal adviser quoted "
    "directly to the paper. 'صحة المنطقة' and the misspelt 'الوازرة' are nominal and untagged; the health "
    "directorate span keeps its region ('الشؤون الصحية بمنطقة مكة المكرمة' is one ORG). 'الأسبوع الماضي' is the "
    "week before publication; 'الأحد الماضي' the Sunday before Friday 2015-07-31.",
}

ENTITIES = [
    ("Makkah Region Health Affairs", "ORG", [("الشؤون الصحية بمنطقة مكة المكرمة", 1),
                                             ("الشؤون الصحية بمنطقة مكة المكرمة", 2)]),
    ("King Faisal Hospital", "ORG", [("مستشفى الملك فيصل", 1)]),
    ("Zahra", "PER", [("زهرة", 1), ("زهرة", 2)]),
    ("Al-Watan", "ORG", [("الوطن", 1), ("الوطن", 2), ("الوطن", 3)]),
    ("Nader Mutair", "PER", [("نادر مطير", 1)]),
    ("Sultan Al-Harthi", "PER", [("سلطان الحارثي", 1)]),
    ("Board of Grievances", "ORG", [("ديوان المظالم", 1)]),
]

QUOTES = [
    dict(cue=("نفت", 1), speaker=("الشؤون الصحية بمنطقة مكة المكرمة", 1),
         speaker_canonical="Makkah Region Health Affairs", speaker_type="government",
         content=("صحة تقديم عدد من رؤساء الأقسام بمستشفى الملك فيصل استقالات إثر قرارات الإعفاء التي طالت عددا من القيادات بذات المستشفى على خلفية قضية الطفلة زهرة التي تركت جثتها في طوارئ المستشفى حتى تعفنت", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكدت", 1), speaker=("الوطن", 1), speaker_canonical="Al-Watan", speaker_type="outlet",
         content=("صحة ما نشرته عن تلك الاستقالات", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكد", 2), speaker=("قيادي بصحة المنطقة", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("حق المعفين التظلم إذا رأوا أنهم تعرضوا للظلم", 1),
         kind="indirect", hedged=False),
    dict(cue=("كشف", 1), speaker=("مصدر", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("قياديا بالشؤون الصحية بمنطقة مكة المكرمة اجتمع في ساعة متأخرة من الأحد الماضي مع الذين تم إعفاؤهم ولم يقدم لهم أي وعود حول نقلهم لأي جهة أخرى يتولون فيها أعمالا قيادية، وأكد أن الشكوى حق لكل موظف يرى أنه تعرض لظلم، مشيرا إلى أن أبواب الوازرة مفتوحة، ووجود جهات ذات اختصاص تتبنى مثل هذه القضايا", 1),
         kind="mixed", hedged=False),
    dict(cue=("أكد", 3), speaker=("قياديا بالشؤون الصحية بمنطقة مكة المكرمة", 1), speaker_canonical=None,
         speaker_type="anonymous", count=1,
         content=("الشكوى حق لكل موظف يرى أنه تعرض لظلم", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("مشيرا", 1), speaker=("قياديا بالشؤون الصحية بمنطقة مكة المكرمة", 1), speaker_canonical=None,
         speaker_type="anonymous", count=1,
         content=("أبواب الوازرة مفتوحة، ووجود جهات ذات اختصاص تتبنى مثل هذه القضايا", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أوضح", 1), speaker=("سلطان الحارثي", 1), speaker_canonical="Sultan Al-Harthi", speaker_type="person",
         content=("أي موظف تعرض لظلم من حقه أن يتجه لمرجعه ويطلب منه مسببات القرار المتظلم منه، مع إمكانية توجهه إلى ديوان المظالم، وهو المعني بمثل هذه القضايا، والذي يعمل على حفظ حقوق الموظفين", 1),
         kind="direct", hedged=False),
    dict(cue=("أكد", 4), speaker=("سلطان الحارثي", 1), speaker_canonical="Sultan Al-Harthi", speaker_type="person",
         content=("الشفافية التي نعيشها في بلادنا تجعل الكل على ثقة تامة بأن القضاء له كل الصلاحيات في إنصاف جميع العاملين في أي من القطاعات سواء العامة أو الخاصة", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("الأسبوع الماضي", 1), "DATE", "2015-W30"),
    (("لفترة", 1), "DURATION", "PX", True),
    (("ساعة متأخرة", 1), "TIME", "2015-07-26TNI", True),
    (("الأحد الماضي", 1), "DATE", "2015-07-26"),
]

EVENTS = [
    {"actor": "Makkah Region Health Affairs|الشؤون الصحية بمنطقة مكة المكرمة|الشؤون الصحية", "code": "CONSULT",
     "target": None, "date": "2015-07-26"},
]
