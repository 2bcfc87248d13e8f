# Hand annotation of snn-aawsat-2015-07-24-0773.ar.txt (SaudiNewsNet, Al-Sharq Al-Awsat, 2015-07-24).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aawsat-2015-07-24-0773.ar.txt",
    "published": "2015-07-24",
    "source": "aawsat",
    "note": "News report from Aden on the Houthi-Saleh militias moving prisoners out of al-Anad air base; "
    "dense in anonymous attribution (Yemeni sources, resistance sources, eyewitnesses, sources close to Saleh), "
    "two statements made to the paper itself (لـ«الشرق الأوسط»), one named military official, one nested claim "
    "(mediators 'confirmed' inside what the sources said). Bare 'المقاومة' and 'التحالف' are left untagged as "
    "generic references; 'المقاومة الشعبية' is tagged ORG. 'جماعة الحوثي' is the group's name (ORG); 'ميليشيات الحوثي' is read as the "
    "movement too. Generic descriptors (محافظة) are left out of "
    "mention spans.",
}

ENTITIES = [
    ("Houthis", "ORG", [("جماعة الحوثي", 1), ("الحوثي", 2)]),
    ("Ali Abdullah Saleh", "PER", [("صالح", 1), ("علي عبد الله صالح", 1), ("صالح", 3)]),
    ("Jaafar Mohammed Saad", "PER", [("جعفر محمد سعد", 1)]),
    ("Asharq Al-Awsat", "ORG", [("الشرق الأوسط", 1), ("الشرق الأوسط", 2)]),
    ("Popular Resistance", "ORG", [("المقاومة الشعبية", 1)]),
    ("Yemeni National Army", "ORG", [("الجيش الوطني", 1)]),
    ("Operation Aden's Anger", "MISC", [("غضب عدن", 1)]),
    ("Al-Anad Air Base", "LOC", [("قاعدة العند", 1), ("قاعدة العند", 2), ("قاعدة العند الجوية", 1),
                                 ("قاعدة العند الجوية", 2)]),
    ("Lahij", "LOC", [("لحج", 1), ("لحج", 2), ("لحج", 3), ("لحج", 4), ("لحج", 5)]),
    ("Aden", "LOC", [("عدن", 2), ("عدن", 3)]),
    ("Taiz", "LOC", [("تعز", 1), ("تعز", 2)]),
    ("Wadi Aqqan", "LOC", [("وادي عقان", 1)]),
    ("Al-Fayoush", "LOC", [("الفيوش", 1)]),
    ("Sabr", "LOC", [("صبر", 1)]),
    ("Sanaa", "LOC", [("صنعاء", 1)]),
]

QUOTES = [
    dict(cue=("أكدت", 1), speaker=("مصادر يمنية مطلعة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("جماعة الحوثي بدأت تنقل الأسرى والمعتقلين من قاعدة العند، استباقا لسقوطها بيد المقاومة", 1),
         kind="indirect", hedged=False),
    dict(cue=("أشارت", 1), speaker=("مصادر أخرى", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("وسطاء تابعين للرئيس المخلوع فشلوا في إقناع القبائل الجنوبية للقتال معهم", 1),
         kind="indirect", hedged=False),
    dict(cue=("أفادت", 1), speaker=("مصادر في المقاومة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("شهود عيان رأوا ناقلات شحن تقل الأسرى والمعتقلين خلال اليومين الماضيين، من قاعدة العند التي يسيطرون عليها إلى جهة مجهولة", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضافت", 1), speaker=("تلك المصادر", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("معلومات نقلت من داخل المعسكر مفادها إقدام الميليشيات على نقل قرابة نحو ألف أسير ومعتقل ممن تم اعتقالهم من الطرقات والأسواق، وأغلبهم شخصيات اجتماعية معروفة أو مناوئون للميليشيات وللرئيس المخلوع", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("جعفر محمد سعد", 1), speaker_canonical="Jaafar Mohammed Saad", speaker_type="person",
         content=("قوات المقاومة الشعبية أحرزت انتصارات في محافظة لحج حيث طوقت قاعدة العند الجوية ذات الأهمية الاستراتيجية من الغرب إلى الشمال", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 3), speaker=("شهود عيان", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("عشرات المقاتلين من ميليشيات الحوثي وصالح فروا من المعارك من جبهتي الفيوش وصبر جنوب لحج", 1),
         kind="indirect", hedged=False),
    dict(cue=("أضافوا", 1), speaker=("شهود عيان", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("مقاتلي الميليشيات قاموا بعرض أسلحتهم بأثمان بخسة قبل أن ينفذوا عملية هربهم الجماعي باتجاه تعز", 1),
         kind="indirect", hedged=False),
    dict(cue=("قالت", 1), speaker=("مصادر مقربة من الرئيس السابق علي عبد الله صالح", 1), speaker_canonical=None,
         speaker_type="anonymous",
         content=("وسطاء مقربين من الرئيس المخلوع أكدوا عرض الأخير إغراءات مادية ضخمة لشيوخ العشائر في صنعاء لتجنيد مقاتلين لدعم الميليشيات المنهزمة في الجنوب", 1),
         kind="indirect", hedged=False),
    dict(cue=("أكدوا", 1), speaker=("وسطاء مقربين من الرئيس المخلوع", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("عرض الأخير إغراءات مادية ضخمة لشيوخ العشائر في صنعاء لتجنيد مقاتلين لدعم الميليشيات المنهزمة في الجنوب", 1),
         kind="indirect", hedged=False, via="sources close to Ali Abdullah Saleh"),
    dict(cue=("أضافت", 2), speaker=("مصادر مقربة من الرئيس السابق علي عبد الله صالح", 1), speaker_canonical=None,
         speaker_type="anonymous",
         content=("صالح بعث مؤخرا بشخصية رفيعة موالية له للتوسط عند المشايخ إلا أن وساطته باءت بالفشل", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("أمس", 1), "DATE", "2015-07-23"),
    (("اليومين الماضيين", 1), "DURATION", "P2D"),
    (("مؤخرا", 1), "DATE", "PAST_REF", True),
]

EVENTS = [
    {"actor": "Popular Resistance|المقاومة الشعبية|المقاومة", "code": "ASSAULT",
     "target": "Houthis|الحوثي|جماعة الحوثي|Al-Anad Air Base|قاعدة العند"},
    {"actor": "Houthis|الحوثي|ميليشيات الحوثي|Ali Abdullah Saleh|صالح", "code": "RETREAT", "target": None},
    {"actor": "YEM|Ali Abdullah Saleh|علي عبد الله صالح|صالح", "code": "MOBILIZE", "target": None},
]
