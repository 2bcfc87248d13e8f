# Hand annotation of snn-aleqtisadiya-2015-08-08-0167.ar.txt (SaudiNewsNet, Aleqtisadiya, 2015-08-08).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aleqtisadiya-2015-08-08-0167.ar.txt",
    "published": "2015-08-08",
    "source": "aleqtisadiya",
    "note": "Wire-based report on Yemen relayed from dpa: press sources in Lahij and local sources in Hodeidah "
    "speaking to the German news agency (via), 'المصادر' taken up again with قالت/أشارت. The background formula "
    "'يشار إلى أن' is the paper's own voice, not an attribution. Bare 'التحالف'/'طيران التحالف' and 'الجيش' are "
    "nominal and untagged; 'حوثيا' (a count noun) is not a mention. 'أمس الجمعة' agrees with the crawl date "
    "(Saturday 2015-08-08).",
}

ENTITIES = [
    ("Lahij", "LOC", [("لحج", 1), ("لحج", 2), ("لحج", 3), ("لحج", 4)]),
    ("Yemen", "LOC", [("اليمن", 1), ("اليمن", 2), ("اليمن", 4)]),
    ("Popular Resistance", "ORG", [("المقاومة الشعبية", 1), ("المقاومة الشعبية", 2), ("المقاومة الشعبية", 3)]),
    ("Houthis", "ORG", [("جماعة الحوثي", 1), ("الحوثي", 2), ("الحوثيين", 1), ("الحوثيين", 2), ("الحوثيون", 1),
                        ("الحوثيون", 2)]),
    ("Ali Abdullah Saleh", "PER", [("صالح", 1), ("علي صالح", 1)]),
    ("Abd Rabbuh Mansur Hadi", "PER", [("عبدربه منصور هادي", 1)]),
    ("Taiz", "LOC", [("تعز", 1), ("تعز", 2), ("تعز", 3)]),
    ("Karish", "LOC", [("كرش", 1)]),
    ("Al-Anad Air Base", "LOC", [("قاعدة العند الجوية", 1)]),
    ("Hodeidah", "LOC", [("الحديدة", 1), ("الحديدة", 2)]),
    ("Hays", "LOC", [("حيس", 1)]),
    ("Deutsche Presse-Agentur", "ORG", [("وكالة الأنباء الألمانية", 1), ("وكالة الأنباء الألمانية", 2)]),
]

QUOTES = [
    dict(cue=("أكدت", 1), speaker=("مصادر صحافية في محافظة لحج", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("مقاتلي المقاومة الشعبية أجبروا مسلحي جماعة الحوثي، المدعومين بقوات عسكرية موالية للرئيس المخلوع صالح، على التراجع من محافظة لحج تجاه محافظة تعز، وسط اليمن", 1),
         kind="indirect", hedged=False, via="Deutsche Presse-Agentur"),
    dict(cue=("قالت", 1), speaker=("المصادر", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("معارك عنيفة دارت في منطقة كرش، الواقعة على الحدود بين محافظتي تعز ولحج، أسفرت عن تقدم المقاومة الشعبية وسيطرتها على المنطقة، وانسحاب مقاتلي الحوثي تجاه تعز", 1),
         kind="indirect", hedged=False, via="Deutsche Presse-Agentur"),
    dict(cue=("قالت", 2), speaker=("مصادر محلية", 1), speaker_canonical=None, speaker_type="anonymous",
         content=("طيران التحالف استهدف بغارتين مبنى يتخذه الحوثيون مقرا لهم في مدينة حيس جنوبي الحديدة", 1),
         kind="indirect", hedged=False, via="Deutsche Presse-Agentur"),
    dict(cue=("أشارت", 1), speaker=("المصادر", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("مقتل 17 حوثيا وجرح العشرات، وأن عملية البحث عن القتلى لا تزال مستمرة، حيث لا تزال هناك عديد من الجثث تحت الأنقاض", 1),
         kind="indirect", hedged=False, via="Deutsche Presse-Agentur"),
]

TIMES = [
    (("أمس", 1), "DATE", "2015-08-07"),
    (("3 آب (أغسطس) الجاري", 1), "DATE", "2015-08-03"),
    (("حالياً", 1), "DATE", "PRESENT_REF", True),
    (("أمس الجمعة", 1), "DATE", "2015-08-07"),
    (("أمس", 3), "DATE", "2015-08-07"),
]

HOUTHIS = "Houthis|الحوثي|جماعة الحوثي|الحوثيين|الحوثيون|Ali Abdullah Saleh|صالح"
EVENTS = [
    {"actor": "Popular Resistance|المقاومة الشعبية|المقاومة", "code": "ASSAULT|COERCE", "target": HOUTHIS,
     "date": "2015-08-07"},
    {"actor": HOUTHIS, "code": "RETREAT", "target": None},
    {"actor": "Popular Resistance|المقاومة الشعبية|YEM|Yemen|Abd Rabbuh Mansur Hadi|هادي", "code": "ASSAULT",
     "target": HOUTHIS + "|Al-Anad Air Base|قاعدة العند|قاعدة العند الجوية", "date": "2015-08-03"},
    {"actor": "Saudi-led coalition|SAU|Saudi Arabia|التحالف|طيران التحالف", "code": "ASSAULT",
     "target": HOUTHIS + "|Hodeidah|الحديدة|حيس", "date": "2015-08-07"},
    # the second strike of the same day, on a militia position in the same city
    {"actor": "Saudi-led coalition|SAU|Saudi Arabia|التحالف|طيران التحالف", "code": "ASSAULT",
     "target": HOUTHIS + "|الميليشيات|Hodeidah|الحديدة", "date": "2015-08-07"},
]
