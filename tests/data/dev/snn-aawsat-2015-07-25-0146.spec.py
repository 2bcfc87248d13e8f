# Hand annotation of snn-aawsat-2015-07-25-0146.ar.txt (SaudiNewsNet, Asharq Al-Awsat; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aawsat-2015-07-25-0146.ar.txt",
    "published": "2015-07-25",
    "source": "aawsat",
    "note": "Court/inquiry report (Litvinenko inquiry, London): testimony of a witness known as 'D3' with deeply "
    "nested attribution (D3 says that Kovtun said ...), a hedge 'as he claims' (كما يزعم), an agentless "
    "'it is believed' (يعتقد) and 'it was said' (قيل), and a belief of the German authorities (تعتقد). "
    "Nested inner attributions whose content lies inside an outer one are optional and listed after the outer one. "
    "The JSONL date is the crawl date (Saturday); 'اليوم (الجمعة)' is normalised by its weekday to 2015-07-24, and "
    "'الاثنين' to the following Monday 2015-07-27. 'مارس (آذار)' without a year is March 2015. Generic "
    "'الشرطة الالمانية' / 'السلطات الالمانية' (German police / authorities) are not annotated as entity mentions.",
}

ENTITIES = [
    ("London", "LOC", [("لندن", 1), ("لندن", 2), ("لندن", 3), ("لندن", 4), ("لندن", 5)]),
    ("Dmitry Kovtun", "PER", [("دميتري كوفتون", 1), ("ديمتري كوفتون", 1), ("كوفتون", 3), ("كوفتون", 4),
                              ("كوفتون", 5), ("كوفتون", 6), ("ديمتري", 2), ("كوفتون", 7), ("كوفتون", 8),
                              ("ديمتري", 3)]),
    ("Alexander Litvinenko", "PER", [("الكسندر ليتفيننكو", 1), ("ليتفيننكو", 2), ("ليتفيننكو", 3),
                                     ("ليتفننكو", 1), ("ليتفيننكو", 4)]),
    ("D3", "PER", [("دي 3", 1), ("دي 3", 2), ("دي 3", 3), ("دي 3", 4), ("دي 3", 5), ("دي 3", 6)]),
    ("Andrei Lugovoi", "PER", [("اندريه لوغوفوي", 1)]),
    ("Moscow", "LOC", [("موسكو", 1)]),
    ("Hamburg", "LOC", [("هامبورغ", 1)]),
    ("Chechens", "MISC", [("الشيشان", 1)]),
    ("C2", "PER", [("سي 2", 1)]),
    ("United Kingdom", "LOC", [("بريطانيا", 1)]),
]

D3 = dict(speaker_canonical="D3", speaker_type="person")
KOVTUN = dict(speaker_canonical="Dmitry Kovtun", speaker_type="person")

QUOTES = [
    dict(cue=("روى", 1), speaker=("صاحبها", 1), **D3,
         content=("رجل الأعمال الروسي دميتري كوفتون الملاحق في قضية قتل الجاسوس الروسي السابق الكسندر ليتفيننكو، أخبره أنه يريد قتله باستخدام سم باهظ الثمن", 1),
         kind="indirect", hedged=False),
    dict(cue=("أخبره", 1), speaker=("دميتري كوفتون", 1), **KOVTUN,
         content=("يريد قتله باستخدام سم باهظ الثمن", 1),
         kind="indirect", hedged=False),
    dict(cue=("يزعم", 1), speaker=("دي 3", 2), **D3,
         content=("مع كوفتون في هامبورغ في 30 اكتوبر (تشرين الاول) تلك السنة", 1),
         kind="indirect", hedged=True, optional=True),
    dict(cue=("قال", 1), speaker=("دي 3", 3), **D3,
         content=("كوفتون وصف ليتفيننكو بأنه «خائن» وبأنه «يتعامل مع الشيشان»", 1),
         kind="mixed", hedged=False),
    dict(cue=("وصف", 1), speaker=("كوفتون", 6), **KOVTUN,
         content=("ليتفيننكو بأنه «خائن» وبأنه «يتعامل مع الشيشان»", 1),
         kind="mixed", hedged=False, optional=True),
    # 'وقال إن «يديه ملطختان بالدماء»': subject most likely Kovtun (still inside D3's report); debatable.
    dict(cue=("قال", 2), speaker=("كوفتون", 6), **KOVTUN,
         content=("يديه ملطختان بالدماء", 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=("مضيفا", 1), speaker=("دي 3", 3), **D3,
         content=("ثم سألني ان كنت اعرف طباخا يعمل في لندن", 1),
         kind="direct", hedged=False),
    dict(cue=("وفق", 1), speaker=("الشاهد", 1), **D3,
         content=("قال ديمتري إن لديه سما باهظا وإنه يحتاج لطباخ لاعطائه لليتفننكو", 1),
         kind="direct", hedged=False),
    dict(cue=("قال", 3), speaker=("ديمتري", 2), **KOVTUN,
         content=("لديه سما باهظا وإنه يحتاج لطباخ لاعطائه لليتفننكو", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("يعتقد", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("يعمل طباخا في لندن", 1),
         kind="indirect", hedged=True),
    dict(cue=("قال", 4), speaker=("دي 3", 4), **D3,
         content=("كوفتون قال له إنه «اراد ان يجعل من ليتفيننكو عبرة» بدس السم له", 1),
         kind="mixed", hedged=False),
    dict(cue=("قال", 5), speaker=("كوفتون", 8), **KOVTUN,
         content=("«اراد ان يجعل من ليتفيننكو عبرة» بدس السم له", 1),
         kind="mixed", hedged=False, optional=True),
    dict(cue=("مضيفًا", 1), speaker=("دي 3", 4), **D3,
         content=("طلب من ديمتري «الكف عن هذا الامر السخيف»", 1),
         kind="mixed", hedged=False),
    # The German authorities' belief is the substance; the agentless 'قيل' relaying it is optional.
    dict(cue=("تعتقد", 1), speaker=("السلطات الالمانية", 1), speaker_canonical="Germany", speaker_type="government",
         content=("المعلومات التي أدلى بها «دي 3» غير جديرة بالثقة", 1),
         kind="indirect", hedged=False),
    dict(cue=("قيل", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("السلطات الالمانية تعتقد أن المعلومات التي أدلى بها «دي 3» غير جديرة بالثقة", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أبلغت", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("«دي 3» لم يستجب لطلب الادلاء بشهادته مباشرة للجنة التحقيق، وقد لا يكون ملزما قانونيا بالمساعدة في التحقيق الجاري في بريطانيا", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("اليوم (الجمعة)", 1), "DATE", "2015-07-24"),
    (("الاول من نوفمبر (تشرين الثاني) 2006", 1), "DATE", "2006-11-01"),
    (("الاثنين", 1), "DATE", "2015-07-27"),
    (("مارس (آذار)", 1), "DATE", "2015-03"),
    (("ديسمبر (كانون الاول) 2006", 1), "DATE", "2006-12"),
    (("30 اكتوبر (تشرين الاول) تلك السنة", 1), "DATE", "2006-10-30"),
]

EVENTS = [
    {"actor": "RUS|Dmitry Kovtun|Andrei Lugovoi|دميتري كوفتون|كوفتون|اندريه لوغوفوي", "code": "ASSAULT", "target": "Alexander Litvinenko|الكسندر ليتفيننكو|ليتفيننكو", "date": "2006-11-01"},
]
