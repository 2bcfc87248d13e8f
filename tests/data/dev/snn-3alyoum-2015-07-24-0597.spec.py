# Hand annotation of snn-3alyoum-2015-07-24-0597.ar.txt (SaudiNewsNet, Ain Alyoum, 2015-07-24).
# Spans are ("text", n): the n-th occurrence of text in the article (substring count, as build_gold.py finds it).

DOC = {
    "file": "snn-3alyoum-2015-07-24-0597.ar.txt",
    "published": "2015-07-24",
    "source": "3alyoum",
    "note": "Interview (Q&A) by the outlet's correspondent with a Syrian refugee artist carving a wooden Quran: an "
    "introduction with no attribution, then eight question lines ('- ...', some with no-break spaces) and eight "
    "answers with no cue word (cue None, kind direct, speaker = nearest earlier mention of the interviewee: the "
    "full name in the lead, 'رياض' in the last question for the last answer). The outlet's questions are optional "
    "quotes (the eighth is a remark, not a question). The self-cue 'وأؤكد أنني' inside an answer is not annotated "
    "separately. The byline 'Next Previous' is crawl residue. 'السوري'/'الأردنية'/'المصري' are adjectives; "
    "'المصحف' (a copy of the Quran) is generic; 'القرآن الكريم' is MISC (a work), 'اللغة العربية' MISC (a language).",
}

ENTITIES = [
    ("Faisal Mahfouz", "PER", [("فيصل محفوظ", 1), ("فيصل", 2)]),
    ("Al-Qunfudhah", "LOC", [("القنفذة", 1)]),
    ("Riyad Nawaf Al-Radi", "PER", [("رياض نواف الراضي", 1), ("رياض", 2)]),
    ("Ain Alyoum", "ORG", [("عين اليوم", 1)]),
    ("Syria", "LOC", [("سوريا", 1)]),
    ("Irbid", "LOC", [("إربد", 1)]),
    ("Jordan", "LOC", [("الأردن", 2)]),
    ("Saudi Arabia", "LOC", [("السعودية", 1)]),
    ("Quran", "MISC", [("القرآن الكريم", 1), ("القرآن", 2)]),
    ("Arabic", "MISC", [("اللغة العربية", 1)]),
]

QUOTES = [
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('بداية ماهي فكرة مشروعك باختصار؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('مشروعي هو صنع أكبر مصحف خشبي في العالم، بحيث تجسد الألواح الخشبية صفحات المصحف، ويتم نحت كل حرف ثم يلصق بالصمغ على سطح اللوح.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('منذ متى وأن تعمل على هذا المشروع؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('منذ 2005م، ولكن ظروف المعيشة وخصوصاً الصراعات الجارية في سوريا، أبطأت من العمل حتى انتقلت إلى مدينة إربد الأردنية، وعاودت العمل.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('ومن يمولك لإنجاز العمل في ظل هذه الصعوبات؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('تمويل ذاتي من عملي وعمل أولادي، والشاب المصري صاحب المنجرة التي أعمل فيها الآن، وبعض الأصدقاء جزاهم الله خيراً، ولكني دون أن أجد الدعم سأرهق كثيراً، فتكلفة المشروع كاملة تصل إلى قرابة مليوني دولار أمريكي (7 مليون ريال سعودي)، وما دُفع حتى الآن قليل جداً لا يصل إلى 2% من التكلفة.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('ما هو دافعك منذ البداية في عمل أضخم مصحف خشبي؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('الهدف ليس عمل ربحي وإنما أطمح إلى لفت انتباه العالم إلى كتابنا العظيم وخاصة الشعوب الناطقة بغير اللغة العربية، ومحاولة دفعهم إلى الاطلاع على القرآن الكريم.\n\xa0شعوب العالم كاملة تهتم بل العمل الفنى المميز والنادر فما بالك إذا جمعنا العمل اليدوي، وأضفنا عليه التقنية الحديثة بطريقة العرض، في أمر القرآن المنزل من سبع سماوات.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('كم يبلغ حجمه؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('يبلغ طول كل لوح فيه 3 أمتار، ويصل عرضه إلى 1.85 متر،\xa0ومن المتوقع أن يبلغ الوزن الإجمالي للمصحف الخشبي بعد اكتماله قرابة 33 طنا.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('بعد أن ينجز المصحف الخشبي كم تتوقع أن يكون عمره الافتراضي؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('إن شاء الله تعالى المدة الأولى، والتي يلحق بها أول عملية ترميم متوقعة بعد 65 سنة كحد أدنى، وأؤكد أنني استخدم في عملي أجود أنواع الخشب والخامات التي تحفظه بإذن الله من كافة العوامل كالحرارة\xa0والرطوبة.', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('متى قد ينتهي العمل تماماً ويخرج إلى النور؟', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض نواف الراضي", 1), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('أخي فيصل العمل يحتاج المادة حتى نستطيع إنجازه بفترة قصيرة، ولكن نحن نعمل حسب استطاعتنا وأمنياتنا المتواضعة، وأحيطك علما أنني لاجئ في الأردن لذلك أعمل حسبما أستطيع!', 1),
         kind="direct", hedged=False),
    dict(cue=None, speaker=("عين اليوم", 1), speaker_canonical="Ain Alyoum", speaker_type="outlet",
         content=('أعانكم الله أخي رياض.. أنت فنان مبدع وتستحق الدعم..', 1),
         kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("رياض", 2), speaker_canonical="Riyad Nawaf Al-Radi", speaker_type="person",
         content=('جزاكم الله خيراً إخوتي وأهلي أهل السعودية.', 1),
         kind="direct", hedged=False),
]

TIMES = [
    (("مؤخراً", 1), "DATE", "PAST_REF", True),
    (("2005م", 1), "DATE", "2005"),
    (("الآن", 1), "DATE", "PRESENT_REF", True),
    (("الآن", 2), "DATE", "PRESENT_REF", True),
    (("65 سنة", 1), "DURATION", "P65Y"),
]

EVENTS = []
