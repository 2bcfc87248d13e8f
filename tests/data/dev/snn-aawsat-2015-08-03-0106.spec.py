# Hand annotation of snn-aawsat-2015-08-03-0106.ar.txt (SaudiNewsNet, Asharq Al-Awsat; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-aawsat-2015-08-03-0106.ar.txt",
    "published": "2015-08-03",
    "source": "aawsat",
    "note": "News report (Yemen war): anonymous 'informed Yemeni sources' speaking to the paper itself, a nested "
    "claim by unnamed Republican Guard officers, a televised speech by the Houthi leader aired by Al-Masirah "
    "(mixed and direct quotes), a hedged 'reports that' (أنباء عن) with no speaker, and an anonymous senior "
    "resistance commander. Bare 'التحالف' (the coalition) and 'المقاومة' are nominal and not annotated as mentions. "
    "Article truncated by the feed ('...المزيد').",
}

ENTITIES = [
    ("Asharq Al-Awsat", "ORG", [("الشرق الأوسط", 1), ("الشرق الأوسط", 2)]),
    ("Republican Guard", "ORG", [("الحرس الجمهوري", 1), ("الحرس الجمهوري", 2), ("الحرس الجمهوري", 3)]),
    ("Ali Abdullah Saleh", "PER", [("علي عبد الله صالح", 1), ("صالح", 2)]),
    ("Houthis", "ORG", [("جماعة الحوثي", 1), ("الحوثيين", 1)]),
    ("Abdul-Malik al-Houthi", "PER", [("عبد الملك الحوثي", 1), ("الحوثي", 5)]),
    ("Aden", "LOC", [("عدن", 1), ("عدن", 2), ("عدن", 3)]),
    ("Al-Masirah", "ORG", [("المسيرة", 1)]),
    ("Yemen", "LOC", [("اليمن", 2)]),
    ("Ismail Ould Cheikh Ahmed", "PER", [("إسماعيل ولد الشيخ أحمد", 1)]),
    ("Southern Resistance", "ORG", [("المقاومة الجنوبية", 1)]),
    ("Operation Golden Arrow", "MISC", [("السهم الذهبي", 1)]),
    ("Abyan", "LOC", [("أبين", 1)]),
    ("Lahij", "LOC", [("لحج", 1)]),
]

QUOTES = [
    dict(cue=("كشفت", 1), speaker=("مصادر يمنية مطلعة", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("«تمرد» داخل قيادات قوات «الحرس الجمهوري» الموالية للرئيس اليمني السابق علي عبد الله صالح بعد رفضها تلقي الأوامر من قياديين حوثيين أو موالين لهم", 1),
         kind="mixed", hedged=False),
    dict(cue=("أشارت", 1), speaker=("المصادر", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("سقوط قتلى وجرحى في اقتتال داخلي نشب داخل معسكرين لـ«الحرس الجمهوري»، في غرب العاصمة وجنوبها أمس وأول من أمس، بين ضباط وأفراد موالين لصالح وجماعة الحوثي", 1),
         kind="indirect", hedged=False),
    # 'وذكرت' with the sources as implicit subject; its content embeds the officers' own claim.
    dict(cue=("ذكرت", 1), speaker=("المصادر", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("الخلافات نشبت بين الطرفين بسبب نتائج الوضع العسكري الميداني، إذ يقول ضباط الحرس الجمهوري إنهم القوة الأساسية التي تحارب على الأرض، متهمين عناصر الميليشيات الحوثية بالفرار من الجبهات", 1),
         kind="indirect", hedged=False),
    dict(cue=("يقول", 1), speaker=("ضباط الحرس الجمهوري", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("القوة الأساسية التي تحارب على الأرض", 1),
         kind="indirect", hedged=False),
    dict(cue=("متهمين", 1), speaker=("ضباط الحرس الجمهوري", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("عناصر الميليشيات الحوثية بالفرار من الجبهات", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أقر", 1), speaker=("عبد الملك الحوثي", 1), speaker_canonical="Abdul-Malik al-Houthi", speaker_type="person",
         content=("الهزيمة في مدينة عدن", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("وصف", 1), speaker=("عبد الملك الحوثي", 1), speaker_canonical="Abdul-Malik al-Houthi", speaker_type="person",
         content=("«انتصار» التحالف بـ«المحدود» لأنه حدث «نتيجة حشد الإمكانيات من عدة دول، قابله تساهل من عناصره»", 1),
         kind="mixed", hedged=False, via="Al-Masirah"),
    dict(cue=("قائلا", 1), speaker=("الحوثي", 5), speaker_canonical="Abdul-Malik al-Houthi", speaker_type="person",
         content=("متاحة وممكنة ونحن نرحب بكل جهد ومسعى في هذا السياق من أي طرف من الأطراف العربية المحايدة أو الأطراف الدولية", 1),
         kind="direct", hedged=False),
    dict(cue=("أنباء", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("عرض الموفد الدولي إلى اليمن إسماعيل ولد الشيخ أحمد سبعة مبادئ جديدة للتحضير لحوار يمني بين الحكومة الشرعية والمتمردين", 1),
         kind="indirect", hedged=True),
    dict(cue=("قال", 1), speaker=("قيادي بارز في المقاومة الجنوبية", 1), speaker_canonical=None, speaker_type="anonymous", count=1,
         content=("عملية «السهم الذهبي» التي حررت عدن، استؤنفت مجددا، أمس، وذلك من أجل تحرير محافظتي أبين ولحج", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("أمس", 1), "DATE", "2015-08-02"),
    (("أول من أمس", 1), "DATE", "2015-08-01"),
    (("أمس", 3), "DATE", "2015-08-02"),
]

EVENTS = [
    {"actor": "Republican Guard|Ali Abdullah Saleh|الحرس الجمهوري|علي عبد الله صالح|صالح", "code": "REJECT", "target": "Houthis|Abdul-Malik al-Houthi|جماعة الحوثي|الحوثيين|الحوثي"},
    {"actor": "Republican Guard|Ali Abdullah Saleh|Houthis|الحرس الجمهوري|صالح|جماعة الحوثي|الحوثي", "code": "ASSAULT",
     "target": "Houthis|Abdul-Malik al-Houthi|Republican Guard|Ali Abdullah Saleh|جماعة الحوثي|الحوثي|الحرس الجمهوري|صالح", "date": "2015-08-02"},
    {"actor": "Southern Resistance|YEM|Yemen|المقاومة الجنوبية", "code": "ASSAULT", "target": "Houthis|Ali Abdullah Saleh|الحوثيين|جماعة الحوثي|صالح", "date": "2015-08-02"},
    {"actor": "Saudi-led coalition|SAU|Saudi Arabia|التحالف|دول التحالف", "code": "AID", "target": "YEM|Yemen|Yemeni army|الجيش اليمني|اليمن"},
]
