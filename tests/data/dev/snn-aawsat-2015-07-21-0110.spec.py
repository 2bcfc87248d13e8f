# Hand annotation of snn-aawsat-2015-07-21-0110.ar.txt (SaudiNewsNet, Asharq Al-Awsat; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aawsat-2015-07-21-0110.ar.txt",
    "published": "2015-07-21",
    "source": "aawsat",
    "note": "Press review from Washington: the US State Department and its 'spokesman' (the article wrongly calls "
    "John Kerry the spokesman; annotated as written, canonical John Kerry), headlines of the New York Times and "
    "Washington Post, a Reuters report relayed by the Post (nested: Reuters -> Hadi / Bukhari), and Facebook "
    "comments by the Yemeni prime minister relayed by an unnamed TV channel. The JSONL date is the crawl date; "
    "the text's 'أول من أمس الخميس' / 'أمس الجمعة' show the article was written on Saturday 18 July 2015, so "
    "those days are normalised by their weekday ('عصر' = afternoon, TAF) (the Thursday/Friday before publication: 2015-07-16/17). "
    "First day of Eid al-Fitr 1436 = 1 Shawwal 1436 = 2015-07-17.",
}

ENTITIES = [
    ("United States Department of State", "ORG", [("وزارة الخارجية الأميركية", 1), ("الخارجية الأميركية", 2)]),
    ("Abd Rabbuh Mansur Hadi", "PER", [("عبد ربه منصور هادي", 1), ("هادي", 2), ("هادي", 3), ("هادي", 4),
                                        ("هادي", 5), ("هادي", 6)]),
    ("Aden", "LOC", [("عدن", i) for i in range(1, 12)]),
    ("Popular Resistance", "ORG", [("المقاومة الشعبية", 1), ("المقاومة الشعبية", 2)]),
    ("Houthis", "ORG", [("الحوثيين", 1), ("لحوثيين", 2), ("الحوثيون", 1), ("الحوثيين", 2), ("لحوثيين", 4),
                        ("الحوثيين", 3), ("الحوثيين", 5)]),
    ("Ali Abdullah Saleh", "PER", [("علي عبد الله صالح", 1)]),
    ("John Kerry", "PER", [("جون كيري", 1), ("كيري", 2)]),
    ("Yemen", "LOC", [("اليمن", 3), ("اليمن", 6), ("اليمن", 7), ("اليمن", 8)]),
    ("The New York Times", "ORG", [("نيويورك تايمز", 1)]),
    ("The Washington Post", "ORG", [("واشنطن بوست", 1)]),
    ("Sanaa", "LOC", [("صنعاء", 1), ("صنعاء", 2), ("صنعاء", 3)]),
    ("Beirut", "LOC", [("بيروت", 1)]),
    ("Riyadh", "LOC", [("الرياض", 1)]),
    ("Reuters", "ORG", [("رويترز", 1)]),
    ("Mohammed Bukhari", "PER", [("محمد بخاري", 1)]),
    ("Facebook", "ORG", [("فيسبوك", 1)]),
    ("Khaled Bahah", "PER", [("خالد بحاح", 1)]),
    ("Eid al-Fitr", "MISC", [("عيد الفطر", 1)]),
]

QUOTES = [
    dict(cue=("قالت", 1), speaker=("وزارة الخارجية الأميركية", 1), speaker_canonical="United States Department of State",
         speaker_type="government",
         content=("تتابع عودة بعض المسؤولين في حكومة الرئيس اليمني عبد ربه منصور هادي إلى مدينة عدن، في أعقاب سيطرة قوات المقاومة الشعبية المؤيدة لحكومة هادي على المدينة، وطرد قوات الحوثيين وحلفائهم الجنود التابعين لقوات الرئيس اليمني السابق علي عبد الله صالح", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("جون كيري", 1), speaker_canonical="John Kerry", speaker_type="person",
         content=("نعرف أن عددا من وزراء حكومة اليمن يخططون للعودة إلى عدن، بعد جهود القوات المقاتلة للحوثيين لاستعادة بعض أجزاء من المدينة. لكن، لا يمكنني تأكيد تفاصيل ما يحدث. ونحن نعرف أن القتال مستمر", 1),
         kind="direct", hedged=False),
    dict(cue=("دعا", 1), speaker=("كيري", 2), speaker_canonical="John Kerry", speaker_type="person",
         content=("الصحافيين للتأكد مما حدث بالاتصال بحكومة هادي", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("نشر", 1), speaker=("عدد من الصحف الأميركية الرئيسية", 1), speaker_canonical=None, speaker_type="outlet",
         content=("القوات الشعبية سيطرت، فعلا، على عدن، وأن عددا من الوزراء في حكومة هادي وصلوا، فعلا، إلى عدن", 1),
         kind="indirect", hedged=False),
    dict(cue=("نشرت", 1), speaker=("نيويورك تايمز", 1), speaker_canonical="The New York Times", speaker_type="outlet",
         content=("الحوثيون يتراجعون", 1), kind="direct", hedged=False),
    dict(cue=("نشرت", 2), speaker=("واشنطن بوست", 1), speaker_canonical="The Washington Post", speaker_type="outlet",
         content=("الميليشيات اليمنية تطرد الحوثيين من عدن", 1), kind="direct", hedged=False),
    dict(cue=("جاء", 1), speaker=("واشنطن بوست", 1), speaker_canonical="The Washington Post", speaker_type="outlet",
         content=("ما حدث في عدن اعتبر «صفعة للحوثيين»، وأن الحوثيين «فوجئوا» بتقدم القوات الشعبية، وأن قوات المقاومة الشعبية سيطرت، على عدن", 1),
         kind="mixed", hedged=False),
    dict(cue=("أضافت", 1), speaker=("واشنطن بوست", 1), speaker_canonical="The Washington Post", speaker_type="outlet",
         content=("تقدم الميليشيات اليمنية يدفع خطة التحالف لإعادة حكومة هادي - التي توجد حاليا في الرياض - إلى اليمن، ويشكل تقدم الميليشيات انتصارا لقوات التحالف", 1),
         kind="direct", hedged=False),
    dict(cue=("على لسان", 1), speaker=("رويترز", 1), speaker_canonical="Reuters", speaker_type="outlet",
         content=("الرئيس هادي «طلب من مجموعته العودة إلى عدن، تمهيدا لوضع أسس واستقرار المؤسسات الحكومية هناك»، وأن محمد بخاري، من كبار المسؤولين الحوثيين في صنعاء «اعترف بتراجع الحوثيين في عدن»، لكنه قال إن قواته «تحارب لاسترداد الأراضي التي فقدتها»", 1),
         kind="mixed", hedged=False, via="The Washington Post"),
    dict(cue=("طلب", 1), speaker=("هادي", 6), speaker_canonical="Abd Rabbuh Mansur Hadi", speaker_type="person",
         content=("من مجموعته العودة إلى عدن، تمهيدا لوضع أسس واستقرار المؤسسات الحكومية هناك", 1),
         kind="indirect", hedged=False, via="Reuters", optional=True),
    dict(cue=("اعترف", 1), speaker=("محمد بخاري", 1), speaker_canonical="Mohammed Bukhari", speaker_type="person",
         content=("بتراجع الحوثيين في عدن", 1),
         kind="indirect", hedged=False, via="Reuters", optional=True),
    dict(cue=("قال", 3), speaker=("محمد بخاري", 1), speaker_canonical="Mohammed Bukhari", speaker_type="person",
         content=("قواته «تحارب لاسترداد الأراضي التي فقدتها»", 1),
         kind="mixed", hedged=False, via="Reuters"),
    # Facebook comments relayed by an unnamed TV channel ('ونقل التلفزيون').
    dict(cue=("كتبها", 1), speaker=("خالد بحاح", 1), speaker_canonical="Khaled Bahah", speaker_type="person",
         content=("في أول أيام عيد الفطر، أعلنت حكومة اليمن تحرير عدن.. وفعلا، بدأت الحكومة في إعادة الخدمات الأساسية إلى عدن، وإلى كل المدن المحررة", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("عصر أول من أمس الخميس", 1), "TIME", "2015-07-16TAF"),
    (("أمس الجمعة", 1), "DATE", "2015-07-17"),
    (("حاليا", 1), "DATE", "PRESENT_REF", True),
    (("أول أيام عيد الفطر", 1), "DATE", "2015-07-17"),
]

EVENTS = [
    {"actor": "Popular Resistance|YEM|Yemen|Abd Rabbuh Mansur Hadi|المقاومة الشعبية|هادي", "code": "ASSAULT", "target": "Houthis|Ali Abdullah Saleh|الحوثيين|الحوثيون"},
    {"actor": "Houthis|الحوثيين|الحوثيون", "code": "RETREAT|CONCEDE", "target": "Popular Resistance|YEM|Yemen|Abd Rabbuh Mansur Hadi|المقاومة الشعبية|هادي"},
]
