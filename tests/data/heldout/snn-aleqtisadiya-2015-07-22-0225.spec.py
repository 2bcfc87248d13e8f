# Hand annotation of snn-aleqtisadiya-2015-07-22-0225.ar.txt (SaudiNewsNet, Al-Eqtisadiya, 2015-07-22). HELD OUT: see README.md.
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-aleqtisadiya-2015-07-22-0225.ar.txt",
    "published": "2015-07-22",
    "source": "aleqtisadiya",
    "note": "Wire-based economy report: one speaker (Kuwait's oil minister) by full name, surname, title only "
    "('الوزير', 'وزير النفط الكويتي') and implicit subject; relayed through Reuters once ('وبحسب \"رويترز\"، فقد ذكر "
    "الوزير': via Reuters). The reported clause after ذكر slides into first person without quotation marks "
    "(kind indirect); the direct quote after 'وقال \"' has an opening mark and no closing one: content runs to the "
    "end of that sentence. Sentence-level rates ('يوميا') and vague future references are optional times. "
    "'مصفاة الزور' (a facility) is LOC.",
}

ENTITIES = [
    ("Ali al-Omair", "PER", [("علي العمير", 1), ("العمير", 2), ("العمير", 3)]),
    ("Reuters", "ORG", [("رويترز", 1)]),
    ("OPEC", "ORG", [("أوبك", 1), ("أوبك", 2)]),
    ("Kuwait", "LOC", [("الكويت", 2), ("الكويت", 4), ("الكويت", 5), ("الكويت", 6), ("الكويت", 7)]),
    ("Iran", "LOC", [("إيران", 1)]),
    ("Al-Zour Refinery", "LOC", [("مصفاة الزور", 1)]),
]

OMAIR = dict(speaker_canonical="Ali al-Omair", speaker_type="person", hedged=False)
QUOTES = [
    dict(cue=("توقع", 1), speaker=("علي العمير", 1), **OMAIR,
         content=("ارتفاع أسعار النفط واستقرار الأسواق خلال الفترة المقبلة", 1), kind="indirect"),
    dict(cue=("ذكر", 1), speaker=("الوزير", 1), **OMAIR, via="Reuters",
         content=("هناك ارتياحا من قبل الدول الأعضاء في \"أوبك\" بتحسن مؤشر نمو الاقتصاد العالمي ونحن لا ننظر إلى كمية الإنتاج فحسب بل يهمنا بالدرجة الأولى صعود نمو الاقتصاد العالمي الذي سيحقق التوازن المطلوب وهو الذي سيحافظ على الأسعار بالشكل المأمول ويجعل الأسواق مستقرة خلال المرحلة المقبلة", 1),
         kind="indirect"),
    dict(cue=("أضاف", 1), speaker=("العمير", 2), **OMAIR,
         content=("الدول المنتجة للبترول تتوقع نموا اقتصاديا عالميا سيتحقق خلال المرحلة المقبلة وسيكون له الأثر الإيجابي في أسعار النفط مستقبلا", 1),
         kind="indirect"),
    dict(cue=("قال", 1), speaker=("العمير", 2), **OMAIR,
         content=("نحن مطمئنون كل الاطمئنان إلى سير تنفيذ الاستراتيجية النفطية الموضوعة حتى 2020، ونحن ماضون في تنفيذها حتى نصل بإنتاجنا من النفط الخام إلى أربعة ملايين برميل", 1),
         kind="direct"),
    dict(cue=("أشار", 1), speaker=("العمير", 2), **OMAIR,
         content=("الكويت قادرة على الحفاظ على حصتها النفطية في الأسواق من خلال علاقاتها المتميزة مع المستوردين في الأسواق الآسيوية والأوروبية وغيرها", 1),
         kind="indirect"),
    dict(cue=("استبعد", 1), speaker=("وزير النفط الكويتي", 2), **OMAIR,
         content=("تأثر حصة بلاده عضو منظمة \"أوبك\" في السوق النفطية العالمية بالاتفاق النووي الذي وقعته إيران مع القوى الكبرى", 1),
         kind="indirect"),
    dict(cue=("قال", 2), speaker=("العمير", 3), **OMAIR,
         content=("الاتفاق النووي الإيراني لن يؤثر في حصة الكويت من إنتاج النفط", 1), kind="indirect"),
    dict(cue=("مضيفا", 1), speaker=("العمير", 3), **OMAIR,
         content=("تكلفة إنشاء مصفاة الزور الجديدة التي تعتزم الكويت بناءها ستبلغ 4.871 مليار دينار (16.08 مليار دولار) وأن إنتاجها اليومي سيراوح بين 700 ألف و800 ألف برميل يوميا", 1),
         kind="indirect"),
    dict(cue=("أشار", 2), speaker=("العمير", 3), **OMAIR,
         content=("تكلفة المشاريع النفطية التي تعتزم الكويت إقامتها خلال السنوات الخمس المقبلة تبلغ 60 مليار دولار", 1),
         kind="indirect"),
]

TIMES = [
    (("الفترة المقبلة", 1), "DATE", "FUTURE_REF", True),
    (("المرحلة المقبلة", 1), "DATE", "FUTURE_REF", True),
    (("المرحلة المقبلة", 2), "DATE", "FUTURE_REF", True),
    (("مستقبلا", 1), "DATE", "FUTURE_REF", True),
    (("2020", 1), "DATE", "2020"),
    (("يوميا", 1), "SET", "P1D", True),
    (("السنوات الخمس المقبلة", 1), "DURATION", "P5Y"),
    (("2020", 2), "DATE", "2020"),
    (("يوميا", 2), "SET", "P1D", True),
    (("الوقت الحالي", 1), "DATE", "PRESENT_REF", True),
]

EVENTS = [
    {"actor": "IRN|Iran|إيران", "code": "AGREE", "target": "P5+1|major powers|القوى الكبرى|USA|United States"},
]
