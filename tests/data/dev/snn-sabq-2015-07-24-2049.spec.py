# Hand annotation of snn-sabq-2015-07-24-2049.ar.txt (SaudiNewsNet, Sabq; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-sabq-2015-07-24-2049.ar.txt",
    "published": "2015-07-24",
    "source": "sabq",
    "note": "Interview write-up with one expert (byline 'NAME- سبق- CITY:'): a reported lead (كشف، مؤكداً) then a chain "
    "of direct quotes after 'وقال \"NAME\":', 'وأضاف:', 'وأردف:', 'وتابع:' and one 'وأشار إلى' + noun phrase; the name is "
    "misspelt once ('العوضي'), which is the same person. Implicit-subject cues take the nearest earlier name mention. "
    "Observatories cited inside his quotes ('تشير', 'بحسب معظم المراصد') are optional nested attributions. "
    "Weather phenomena (La Nina / El Nino, Madden-Julian) are not entity mentions; 'الأزور' (Azores) is LOC. "
    "'فصل الخريف المقبل' is autumn 2015 (TIMEX3 season value 2015-FA); '1998' in '1997 / 1998' is optional.",
}

ENTITIES = [
    ("Muhanna Al-Tamimi", "PER", [("مهنا التميمي", 1)]),
    ("Sabq", "ORG", [("سبق", 1)]),
    ("Riyadh", "LOC", [("الرياض", 1)]),
    ("Khaled Al-Awad", "PER", [("خالد العوض", 1), ("العوضي", 1), ("العوض", 3)]),
    ("Pacific Ocean", "LOC", [("المحيط الهادي", 1), ("المحيط الهادي", 2)]),
    ("Americas", "LOC", [("الأمريكيتين", 1)]),
    ("India", "LOC", [("الهند", 1)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1)]),
    ("Southeast Asia", "LOC", [("جنوب شرق آسيا", 1)]),
    ("Somalia", "LOC", [("الصومال", 1)]),
    ("Arabian Peninsula", "LOC", [("شبه الجزيرة العربية", 1)]),
    ("Azores", "LOC", [("الأزور", 1)]),
]

QUOTES = [
    dict(cue=("كشف", 1), speaker=("خالد العوض", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=('ظاهرة الـ "لانينيو" بدأت نشاطها منذ شهر مارس الماضي ومازالت مستمرة', 1),
         kind="indirect", hedged=False),
    dict(cue=("مؤكداً", 1), speaker=("خالد العوض", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("تأثيرها إيجابي في طقس المملكة", 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 1), speaker=("العوضي", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("معظم المراصد العالمية المعروفة تشير إلى انحراف قوي في درجة حرارة المياه الاستوائية في المحيط الهادي", 1),
         kind="direct", hedged=False),
    dict(cue=("تشير", 1), speaker=("معظم المراصد العالمية المعروفة", 1), speaker_canonical=None,
         speaker_type="anonymous",
         content=("انحراف قوي في درجة حرارة المياه الاستوائية في المحيط الهادي", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أضاف", 1), speaker=("العوضي", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=('ظاهرة (الـ "لانينيو") تعني تكدُّس المياه على طول خط الاستواء في المحيط الهادي؛ فكلما غطّت المياه الساخنة مناطق أكثر زاد الرقم حتى يصل منطقته 4، وتكدُّس المياه قرب سواحل الأمريكيتين يعني أنه ضمن منطقة 1؛ فكلما تقدّمت نحو الغرب زاد انحراف الرياح للتحول إلى الغرب؛ فتعمل على عكس اتجاهها', 1),
         kind="direct", hedged=False),
    dict(cue=("أردف", 1), speaker=("العوضي", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("باختصار؛ فإن هذه الظاهرة تعمل على ترطيب المناطق الجافة وجفاف المناطق الرطبة في بعض مناطق العالم، وما يهمنا هو استفادة بلادنا من الظاهرة، فلا شك أن تأثير ظاهرة النينيو كبير في معظم بلاد العالم، خاصةً مع اتساع نشاطها", 1),
         kind="direct", hedged=False),
    dict(cue=("تابع", 1), speaker=("العوضي", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("لم يسجل انحراف يزيد على 2 إلا مرتين خلال الـ 60 عاماً؛ مرة عام 1972 وتسبّب ذلك في حدوث مجاعة في الهند وخصب في بعض مناطق السعودية؛ ومرة في عام 1997 / 1998", 1),
         kind="direct", hedged=False),
    dict(cue=("أشار", 1), speaker=("العوضي", 1), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=('تعرُّض مناطق واسعة من جنوب شرق آسيا لضغط مرتفع خلال "النينيو" يسهم في دفع الرياح الرطبة نحو الصومال وشبه الجزيرة العربية', 1),
         kind="indirect", hedged=False),
    dict(cue=("قال", 2), speaker=("العوض", 3), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("من المتوقع هذا العام أن تكون هذه الظاهرة نشطة بقوة خلال فصل الخريف المقبل، وربما تصل درجة الانحراف إلى 3 بحسب معظم المراصد وهو رقم عجيب", 1),
         kind="direct", hedged=False),
    dict(cue=("بحسب", 1), speaker=("معظم المراصد", 2), speaker_canonical=None, speaker_type="anonymous",
         content=("ربما تصل درجة الانحراف إلى 3", 1),
         kind="indirect", hedged=False, optional=True),
    dict(cue=("أضاف", 2), speaker=("العوض", 3), speaker_canonical="Khaled Al-Awad", speaker_type="person",
         content=("تبقى هناك أمورٌ يجب ألا نغفلها وهي دوران كتلة (مادون جوليان)، والضغط فوق (الأزور)، والتذبذب القطبي، فهي مهمة جداً لإتمام العملية", 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("شهر مارس الماضي", 1), "DATE", "2015-03"),
    (("الـ 60 عاماً", 1), "DURATION", "P60Y"),
    (("عام 1972", 1), "DATE", "1972"),
    (("عام 1997", 1), "DATE", "1997"),
    (("1998", 1), "DATE", "1998", True),
    (("هذا العام", 1), "DATE", "2015"),
    (("فصل الخريف المقبل", 1), "DATE", "2015-FA"),
]

EVENTS = []
