# Hand annotation of snn-3alyoum-2015-08-01-0017.ar.txt (SaudiNewsNet, Ain Alyoum, 2015-08-01). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-3alyoum-2015-08-01-0017.ar.txt",
    "published": "2015-08-01",
    "source": "3alyoum",
    "note": "Background/profile piece relayed from Al-Hayat ('وفقاً لصحيفة “الحياة”': via Al-Hayat): beliefs ascribed "
    "to US intelligence (يعتقد مسؤولو ... / تعتقد الاستخبارات), a CNN report (أوردت ... قالت إنها، ذكرت، مشيرة). "
    "The subject of 'وذكرت' right after 'وفقاً لصحيفة الحياة' may be CNN or Al-Hayat: speaker_canonical "
    "'CNN|Al-Hayat'. Agentless attributions ('تنسب له') are optional, hedged, speaker None. 'الاستخبارات "
    "الأميركية' names the CIA here (ORG); named devices ('قنبلة السروال', 'قنابل الطابعات') are MISC. The closing "
    "tag line ('سمات ...') is tagged like the body.",
}

ENTITIES = [
    ("Ain Alyoum", "ORG", [("عين اليوم", 1)]),
    ("Jeddah", "LOC", [("جدة", 1)]),
    ("Ibrahim al-Asiri", "PER", [("إبراهيم العسيري", 1), ("العسيري", 2), ("العسيري", 3),
                                 ("إبراهيم حسن العسيري", 1), ("أبوصالح", 1), ("العسيري", 5), ("العسيري", 6),
                                 ("العسيري", 7), ("العسيري", 8)]),
    ("Underwear bomb", "MISC", [("قنبلة السروال", 1), ("قنبلة السروال", 2), ("قنبلة السروال", 3)]),
    ("Printer bombs", "MISC", [("قنابل الطابعات", 1)]),
    ("Al-Qaeda in the Arabian Peninsula", "ORG", [("القاعدة في جزيرة العرب", 1), ("القاعدة في جزيرة العرب", 2)]),
    ("Al-Qaeda", "ORG", [("القاعدة", 2), ("القاعدة", 3), ("القاعدة", 4), ("القاعدة", 6), ("القاعدة", 7),
                         ("القاعدة", 8)]),
    ("CIA", "ORG", [("الاستخبارات الأميركية", 1), ("سي. أي. آيه", 1), ("سي. آي. إيه", 1),
                    ("الاستخبارات الأميركية", 2)]),
    ("CNN", "ORG", [("سي إن إن", 1)]),
    ("ISIS", "ORG", [("داعش", 1), ("داعش", 2)]),
    ("Abu Bakr al-Baghdadi", "PER", [("أبوبكر البغدادي", 1)]),
    ("Ayman al-Zawahiri", "PER", [("أيمن الظواهري", 1)]),
    ("Al-Hayat", "ORG", [("الحياة", 1)]),
    ("Riyadh", "LOC", [("الرياض", 1)]),
    ("Abdullah al-Asiri", "PER", [("عبدالله", 1), ("عبدالله", 2)]),
    ("Yemen", "LOC", [("اليمن", 1), ("اليمن", 3)]),
    ("Umar Farouk Abdulmutallab", "PER", [("عمر فاروق عبدالمطلب", 1)]),
    ("United States", "LOC", [("الولايات المتحدة", 1), ("الولايات المتحدة", 2)]),
    ("FBI", "ORG", [("مكتب التحقيقات الفيديرالي", 1), ("أف. بي. آي", 1)]),
    ("Mohammed bin Nayef", "PER", [("محمد بن نايف", 1)]),
]

QUOTES = [
    dict(cue=("تنسب", 1), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("«قنبلة السروال»", 1), kind="indirect", hedged=True, optional=True),
    dict(cue=("يعتقد", 1), speaker=("مسؤولو الاستخبارات الأميركية", 1), speaker_canonical=None,
         speaker_type="anonymous", content=("يسعى إلى تطوير قنبلة يصعب على أجهزة أمن المطارات كشفها", 1),
         kind="indirect", hedged=False, via="Al-Hayat"),
    dict(cue=("قالت", 1), speaker=("سي إن إن", 1), speaker_canonical="CNN", speaker_type="outlet",
         content=("لأشخاص تعتبرهم «سي. آي. إيه» الأخطر في العالم، وأبرزهم زعيم تنظيم «داعش» أبوبكر البغدادي، وزعيم تنظيم «القاعدة» أيمن الظواهري", 1),
         kind="indirect", hedged=False, via="Al-Hayat"),
    dict(cue=("وفقاً", 1), speaker=("صحيفة “الحياة”", 1), speaker_canonical="Al-Hayat", speaker_type="outlet",
         content=None, kind="indirect", hedged=False, optional=True),
    dict(cue=("ذكرت", 1), speaker=("سي إن إن", 1), speaker_canonical="CNN|Al-Hayat", speaker_type="outlet",
         content=("قتل هؤلاء قد يلحق الهزيمة بـ«داعش» و«القاعدة»", 1),
         kind="indirect", hedged=False, via="Al-Hayat"),
    dict(cue=("مشيرة", 1), speaker=("سي إن إن", 1), speaker_canonical="CNN|Al-Hayat", speaker_type="outlet",
         content=("بعضهم لقي حتفه ولا يزال آخرون على القائمة، ومنهم العسيري الذي تردد اسمه كثيراً باعتباره كبير صانعي المتفجرات في تنظيم «القاعدة في جزيرة العرب»", 1),
         kind="indirect", hedged=False, via="Al-Hayat"),
    dict(cue=("تعتقد", 1), speaker=("الاستخبارات الأميركية", 2), speaker_canonical="CIA", speaker_type="organization",
         content=("العسيري هو العقل المدبر والمصمم للمتفجرات الأكثر خطورة", 1),
         kind="indirect", hedged=False, via="Al-Hayat"),
    dict(cue=("تنسب", 2), speaker=None, speaker_canonical=None, speaker_type="unknown",
         content=("علاقته بما سمي «قنبلة السروال»", 1), kind="indirect", hedged=True, optional=True),
]

TIMES = [
    (("32 عاماً", 1), "DURATION", "P32Y", True),
    (("أول من أمس", 1), "DATE", "2015-07-30"),
    (("نيسان (أبريل) 1982", 1), "DATE", "1982-04"),
    (("كانون الأول (ديسمبر) 2009", 1), "DATE", "2009-12"),
    (("عام 2009", 1), "DATE", "2009"),
]

ASIRI = "AQAP|Al-Qaeda in the Arabian Peninsula|القاعدة في جزيرة العرب|Al-Qaeda|القاعدة|Ibrahim al-Asiri|العسيري"
EVENTS = [
    {"actor": ASIRI + "|Umar Farouk Abdulmutallab|عمر فاروق عبدالمطلب", "code": "ASSAULT",
     "target": "USA|United States|الولايات المتحدة", "date": "2009-12"},
    {"actor": ASIRI + "|Abdullah al-Asiri|عبدالله", "code": "ASSAULT",
     "target": "SAU|Mohammed bin Nayef|محمد بن نايف", "date": "2009"},
]
