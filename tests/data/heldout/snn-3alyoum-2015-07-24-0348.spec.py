# Hand annotation of snn-3alyoum-2015-07-24-0348.ar.txt (SaudiNewsNet, Ain Alyoum, 2015-07-24). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-3alyoum-2015-07-24-0348.ar.txt",
    "published": "2015-07-24",
    "source": "3alyoum",
    "note": "Follow-up report ('متابعات') relaying Asharq Al-Awsat: two Iraqi spokesmen quoted in statements the paper "
    "carried ('في تصريحات نقلتها صحيفة «الشرق الأوسط»', 'في تصريح لـ«الشرق الأوسط»': via Asharq Al-Awsat), Maliki's "
    "call relayed through a TV channel (optional), the government's position 'على لسان' its spokesman (optional), and the OIC's condemnation (عدّتها «...», قالت إنها {...», أكدت أن). "
    "The closing tag line ('سمات ...') is text too; its names are tagged. 'الحكومة العراقية' is a nominal reference "
    "(not tagged); 'رئاسة الجمهورية' (the Iraqi Presidency) is an ORG.",
}

ENTITIES = [
    ("Ain Alyoum", "ORG", [("عين اليوم", 1)]),
    ("Iraq", "LOC", [("العراق", 1), ("العراق", 2), ("العراق", 4), ("العراق", 6)]),
    ("Nouri al-Maliki", "PER", [("نوري المالكي", 1), ("المالكي", 2), ("المالكي", 3), ("المالكي", 4),
                                ("نوري المالكي", 2)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1), ("المملكة العربية السعودية", 1), ("المملكة العربية السعودية", 2),
                             ("السعودية", 4), ("المملكة العربية السعودية", 3), ("السعودية", 6), ("السعودية", 7),
                             ("السعودية", 8)]),
    ("Organisation of Islamic Cooperation", "ORG", [("منظمة التعاون الإسلامي", 1), ("منظمة التعاون الإسلامي", 2)]),
    ("Afaq TV", "ORG", [("آفاق", 1)]),
    ("Islamic Dawa Party", "ORG", [("الدعوة", 1)]),
    ("Presidency of Iraq", "ORG", [("رئاسة الجمهورية", 1), ("رئاسة الجمهورية", 2)]),
    ("Khalid Shawani", "PER", [("خالد شواني", 1), ("شواني", 2)]),
    ("Asharq Al-Awsat", "ORG", [("الشرق الأوسط", 1), ("الشرق الأوسط", 2)]),
    ("Fuad Masum", "PER", [("فؤاد معصوم", 1)]),
    ("Haider al-Abadi", "PER", [("حيدر العبادي", 1)]),
    ("Saad al-Hadithi", "PER", [("سعد الحديثي", 1)]),
    ("Arabian Gulf", "LOC", [("الخليج العربي", 1)]),
]

QUOTES = [
    dict(cue=("عدتها", 1), speaker=("منظمة التعاون الإسلامي", 1), speaker_canonical="Organisation of Islamic Cooperation",
         speaker_type="organization", content=("مغذية للطائفية", 1),
         kind="direct", hedged=False),
    dict(cue=("دعوة", 1), speaker=("المالكي", 2), speaker_canonical="Nouri al-Maliki", speaker_type="person",
         content=("وضع المملكة العربية السعودية «تحت الوصاية الدولية»", 1),
         kind="mixed", hedged=False, via="Afaq TV", optional=True),
    dict(cue=("أكد", 1), speaker=("خالد شواني", 1), speaker_canonical="Khalid Shawani", speaker_type="person",
         content=("تصريحات المالكي «شخصية لا تمثل الرأي والموقف الرسمي لرئاسة الجمهورية في العراق»", 1),
         kind="mixed", hedged=False, via="Asharq Al-Awsat"),
    dict(cue=("أضاف", 1), speaker=("شواني", 2), speaker_canonical="Khalid Shawani", speaker_type="person",
         content=("رئيس الجمهورية فؤاد معصوم سعى وسوف يسعى إلى تطوير وإقامة أفضل العلاقات مع المملكة العربية السعودية", 1),
         kind="direct", hedged=False, via="Asharq Al-Awsat"),
    dict(cue=("على لسان", 1), speaker=("المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي", 1),
         speaker_canonical="Saad al-Hadithi", speaker_type="person",
         content=("موقفها الثابت لتطوير العلاقات بين العراق والسعودية", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("قال", 1), speaker=("سعد الحديثي", 1), speaker_canonical="Saad al-Hadithi", speaker_type="person",
         content=("موقف الحكومة العراقية لم يتغير حيال طبيعة العلاقات التي تربطها مع دول العالم، وفي المقدمة منها دول الجوار الجغرافي العربي والإسلامي ومن ضمنها المملكة العربية السعودية", 1),
         kind="direct", hedged=False, via="Asharq Al-Awsat"),
    dict(cue=("مؤكدا", 1), speaker=("سعد الحديثي", 1), speaker_canonical="Saad al-Hadithi", speaker_type="person",
         content=("العراق كان السبّاق في تجسيد هذه العلاقة الجديدة مع دول الخليج العربي وفي مقدمتها السعودية من خلال الزيارات التي قام بها كبار المسؤولين العراقيين والتي أسفرت عن خطوات سعودية ملموسة من خلال إعادة فتح السفارة وتهيئة الأرضية المناسبة لذلك وتسمية السفير وزيارة الوفد الفني السعودي", 1),
         kind="direct", hedged=False, via="Asharq Al-Awsat"),
    dict(cue=("قالت", 1), speaker=("الأمانة العامة لمنظمة التعاون الإسلامي", 1),
         speaker_canonical="Organisation of Islamic Cooperation", speaker_type="organization",
         content=("تنافي الواقع بالنظر إلى ما تضطلع به السعودية من دور فاعل ومقدر في مكافحة الإرهاب والتطرف على الصعيد الوطني والإقليمي والدولي", 1),
         kind="direct", hedged=False),
    dict(cue=("أكدت", 1), speaker=("الأمانة العامة لمنظمة التعاون الإسلامي", 1),
         speaker_canonical="Organisation of Islamic Cooperation", speaker_type="organization",
         content=("إطلاق مثل هذه التصريحات أمر غير مبرر، ولا يساهم في دعم علاقات التعاون والتضامن والأخوة بين الدول الأعضاء في المنظمة وشعوبها، ويغذي الأجندة الطائفية والمذهبية", 1),
         kind="indirect", hedged=False),
]

TIMES = [
    (("أمس", 1), "DATE", "2015-07-23"),
]

MALIKI = "IRQ|Nouri al-Maliki|نوري المالكي|المالكي"
SAU = "SAU|Saudi Arabia|السعودية|المملكة العربية السعودية"
EVENTS = [
    {"actor": MALIKI, "code": "ACCUSE|REQUEST", "target": SAU},
    {"actor": "IRQ|Iraq|العراق|Presidency of Iraq|رئاسة الجمهورية|Khalid Shawani|خالد شواني|Fuad Masum",
     "code": "REJECT", "target": MALIKI},
    {"actor": "IRQ|Iraq|العراق|Haider al-Abadi|حيدر العبادي|Saad al-Hadithi|سعد الحديثي", "code": "COOPERATE|SUPPORT",
     "target": SAU},
    {"actor": "Organisation of Islamic Cooperation|OIC|منظمة التعاون الإسلامي", "code": "ACCUSE|PROTEST|REJECT",
     "target": MALIKI},
]
