# Hand annotation of snn-aawsat-2015-08-08-0128.ar.txt (SaudiNewsNet, Asharq Al-Awsat; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aawsat-2015-08-08-0128.ar.txt",
    "published": "2015-08-08",
    "source": "aawsat",
    "note": "Interview (numbered questions by the paper, answers introduced by '* '): a reported lead (أعرب عن أمله، "
    "كشف عن) then four answers by the interviewee, each a direct quote with no cue word (cue None); the speaker span "
    "is the nearest earlier mention of his name. The paper's questions are optional quotes. Product and technology "
    "names (car models, systems) are MISC. 'الشرق الأوسط' is the region (LOC) except as the paper's name (ORG).",
}

ENTITIES = [
    ("Axel Bensler", "PER", [("أكسل بنسلر", 1), ("أكسل بنسلر", 2)]),
    ("Mercedes-Benz", "ORG", [("مرسيدس", 1), ("مرسيدس", 2)]),
    ("Mercedes-Benz GLC", "MISC", [("جي إل سي", i) for i in range(1, 13)]),
    ("Middle East", "LOC", [("الشرق الأوسط", 1), ("الشرق الأوسط", 3), ("الشرق الأوسط", 4)]),
    ("Asharq Al-Awsat", "ORG", [("الشرق الأوسط", 2)]),
    ("BMW X3", "MISC", [("بي إم دبليو إكس 3", 1)]),
    ("Audi Q5", "MISC", [("أودي كيو 5", 1)]),
    ("Distronic Plus", "MISC", [("ديسترونيك بلس", 1)]),
    ("Air Body Control", "MISC", [("AIR BODY CONTROL", 1)]),
    ("9G-TRONIC", "MISC", [("9G - TRONIC", 1)]),
    ("Mercedes-Benz GLC 350 e 4MATIC", "MISC", [("GLC 350 e 4MATIC Plug - in", 1)]),
]

QUOTES = [
    dict(cue=("أعرب", 1), speaker=("أكسل بنسلر", 1), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("استمرار نمو مبيعات سيارات «إس يو في» متوسطة الحجم في أسواق العالم وأسواق الشرق الأوسط", 1),
         kind="indirect", hedged=False),
    dict(cue=("كشف", 1), speaker=("أكسل بنسلر", 1), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("نية شركة «مرسيدس» إنتاج نسخة هجين من «جي إل سي» قبل نهاية العام الحالي", 1),
         kind="indirect", hedged=False),
    # The four answers (direct speech, no cue word).
    dict(cue=None, speaker=("أكسل بنسلر", 2), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("تتمتع سيارة «جي إل سي» الجديدة بتصميم عصري للسيارات الرياضية متعددة الأغراض، فهي أكبر من حيث الحجم، وأفضل من ناحية الأداء الرياضي. وهي توفر الكثير من الفرص والأنظمة القابلة للاستخدام الفردي، كما توفر مستويات أمان من أعلى الدرجات. وبفضل هذه الميزات سنتمكن من استهداف فئات أوسع نطاقا من العملاء سواء كانوا أفرادا أو أزواجا أو عائلات، وكذلك العملاء الخاصون والتجاريون.", 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("أكسل بنسلر", 2), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("المنافسان الرئيسيان لـ«جي إل سي» الجديدة هما سيارتا «بي إم دبليو إكس 3» و«أودي كيو 5». ولكن «جي إل سي» الجديدة تمتاز عنهما بتصميمها الجديد الرائع ومقصورة بالغة الجودة، إضافة إلى تمتعها بأنظمة مساعدة رائدة مثل «ديسترونيك بلس». وتوفر «جي إل سي» لشاريها ميزة فريدة تتمثل بنظام تعليق هوائي متعدد الغرف AIR BODY CONTROL جديد تماما، وناقل حركة أوتوماتيكي جديد من طراز 9G - TRONIC وبذلك تضع معيارا جديدا في قطاع الديناميكا الهوائية.", 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("أكسل بنسلر", 2), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("عفوا، نحن لا يمكننا التعليق على المبيعات المستهدفة. نحن نرى نموا في شريحة سيارات الدفع الرباعي متوسطة الحجم عالميا، وكذلك في الشرق الأوسط.", 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("أكسل بنسلر", 2), speaker_canonical="Axel Bensler", speaker_type="person",
         content=("نعم، سندشن سيارة «جي إل سي» من فئة GLC 350 e 4MATIC Plug - in الهجين بنهاية السنة الحالية، مع أداء بقوة 320 حصانا، وتسارع من نقطة الصفر إلى 100 كلم في الساعة في أقل من 6 ثوان.", 1),
         kind="direct", hedged=False),
    # The interviewer's questions (optional).
    dict(cue=None, speaker=("الشرق الأوسط", 2), speaker_canonical="Asharq Al-Awsat", speaker_type="outlet",
         content=("تشغل «جي إل سي» الجديدة موقعا في قطاع يتزايد الإقبال عليه. من هم العملاء المستهدفون أساسا بهذه السيارة ولماذا؟", 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("الشرق الأوسط", 2), speaker_canonical="Asharq Al-Awsat", speaker_type="outlet",
         content=("ما الطرازات التي تعتبرونها المنافس المباشر لـ«جي إل سي» الجديدة، وما نقاط التفوق التي ترون أن «جي إل سي» تنفرد بها دونهم؟", 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("الشرق الأوسط", 2), speaker_canonical="Asharq Al-Awsat", speaker_type="outlet",
         content=("ما هو حجم المبيعات الذي تستهدفونه لـ«جي إل سي» الجديدة؟ هل تضعون الشرق الأوسط ضمن أسواقكم الواعدة ولماذا؟", 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("الشرق الأوسط", 2), speaker_canonical="Asharq Al-Awsat", speaker_type="outlet",
         content=("هل تفكرون بإنتاج نسخة هجين أو إلكترونية بالكامل من «جي إل سي»، وإذا كانت الإجابة بـ«نعم»، فمتى؟", 1),
         kind="direct", hedged=False, optional=True),
]

TIMES = [
    (("نهاية العام الحالي", 1), "DATE", "2015"),
    (("نهاية السنة الحالية", 1), "DATE", "2015"),
    (("أقل من 6 ثوان", 1), "DURATION", "PT6S"),
]

EVENTS = []
