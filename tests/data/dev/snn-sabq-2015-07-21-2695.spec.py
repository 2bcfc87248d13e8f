# Hand annotation of snn-sabq-2015-07-21-2695.ar.txt (SaudiNewsNet, Sabq; see ../../../../shared/examples/README.md).
# Spans are ("text", n): the n-th occurrence of text in the article (substring occurrences count).

DOC = {
    "file": "snn-sabq-2015-07-21-2695.ar.txt",
    "published": "2015-07-21",
    "source": "sabq",
    "note": "Q&A interview (byline 'حاوره:'): a reported lead ('أعرب ... عن') then ten questions introduced by ' - ' "
    "and answered without any cue word. Answers are direct quotes with cue None, speaker span the nearest earlier "
    "mention of the interviewee ('التقت زلاتكو' for the first nine, 'سيد زلاتكو' inside the last question for the "
    "last); the paper's questions are optional quotes by Sabq (outlet). Football clubs are ORG ('الهلال', 'العين', "
    "'النصر', 'الفيصلي'); 'الهلالي' (adjective) and 'الهلاليين' (the club's fans) are not mentions; generic league "
    "phrases ('الدوري السعودي', 'البطولة الإماراتية') are not mentions, the Crown Prince Cup is MISC. "
    "'الخليجية' is an adjective (the first 'الخليج' substring). Vague 'يوماً ما', 'حالياً' are optional.",
}

ENTITIES = [
    ("Mohammed Al-Sayed", "PER", [("محمد السيد", 1)]),
    ("Al-Hilal", "ORG", [("الهلال", 1), ("الهلال", 2), ("الهلال", 3), ("الهلال", 4), ("الهلال", 5), ("الهلال", 7),
                         ("الهلال", 9), ("الهلال", 10), ("الهلال", 11)]),
    ("Zlatko Dalic", "PER", [("زلاتكو داليتش", 1), ("زلاتكو", 2), ("زلاتكو", 3)]),
    ("Sabq", "ORG", [("سبق", 1), ("سبق", 2)]),
    ("Al-Ain FC", "ORG", [("العين", 1), ("العين", 2), ("العين", 3)]),
    ("Gulf", "LOC", [("الخليج", 2), ("الخليج", 3)]),
    ("Al-Faisaly", "ORG", [("الفيصلي", 1)]),
    ("Saudi Sports Channel", "ORG", [("القناة الرياضية السعودية", 1)]),
    ("Sami Al-Jaber", "PER", [("سامي الجابر", 1)]),
    ("Al-Nassr", "ORG", [("النصر", 1)]),
    ("Crown Prince Cup", "MISC", [("كأس ولي العهد", 1)]),
    ("Jorge da Silva Carrenho", "PER", [("كارينيو", 1)]),
    ("Yasser Al-Qahtani", "PER", [("ياسر القحطاني", 1)]),
    ("Mohammed Al-Shalhoub", "PER", [("محمد الشلهوب", 1)]),
]

Z = "Zlatko Dalic"
QUOTES = [
    dict(cue=("أعرب", 1), speaker=("زلاتكو داليتش", 1), speaker_canonical=Z, speaker_type="person",
         content=("بالغ سعادته بتولي الإشراف الفني على قطاع كرة القدم بنادي العين الإماراتي، والعودة من جديد للدوريات الخليجية برفقة أحد أكبر الأندية في الخليج، ألا وهو الزعيم الإماراتي العين", 1),
         kind="indirect", hedged=False),
    # The ten answers (direct speech, no cue word).
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('كل الشكر لك يا صديقي، وأنا في غاية السعادة لوجودي من جديد في الخليج، وقيادة نادٍ كبير آخر بعد تجربتي مع الزعيم السعودي الهلال.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('سأكون مشرفاً فنياً على قطاع الكرة هناك.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('بحق، كانت تجربة رائعة.. قضيت مع الهلال أوقاتاً رائعة، وخصوصاً مع جماهيره التي لن أنساها. أنا شاكر جداً لكل الهلاليين على منحي مثل هذه الفرصة مع نادٍ كبير بحجم الهلال.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('نعم، أتابعه بصورة ممتازة، وأعلم كل شيء عنه.. عندي في البيت القناة الرياضية السعودية، وأتابع كل شيء عن الكرة السعودية بانتظام.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('أعتذر يا صديقي.. لا أريد الحديث عن الهلال؛ فأنا أحترم النادي كثيراً، وعملي معهم لن ينتهي؛ فربما يوماً ما أعود من جديد للعمل في الهلال إن شاء الله.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('بكل تأكيد هو النصر؛ حصل على كأس ولي العهد.. متقدم عن الهلال بست نقاط.. مبروك للكوتش كارينيو.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('بطولة قوية؛ تمتلك أندية قوية، والمنافسة فيها تستمر للنهاية.. فقط يعيبها قلة الحضور الجماهيري، وخصوصاً في مباريات الفِرق الصغيرة.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('ليس لدي معرفة كافية بالدوري الإماراتي؛ لم أكن أتابعه كثيراً.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 2), speaker_canonical=Z, speaker_type="person",
         content=('أعتقد أن اللاعبَين ياسر القحطاني ومحمد الشلهوب هما الأبرز؛ فهما يمتلكان الشخصية الانضباطية، إضافة للموهبة الرائعة.', 1), kind="direct", hedged=False),
    dict(cue=None, speaker=('زلاتكو', 3), speaker_canonical=Z, speaker_type="person",
         content=('الشكر لكم، وتمنياتي بخالص التوفيق والتقدم للكرة السعودية.', 1), kind="direct", hedged=False),
    # The paper's questions (optional).
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('في البداية، نرحب بوجودك معنا، ونهنئك على مهامك الجديدة في العين الإماراتي.', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('ما مهمتك بالضبط في الفريق الإماراتي؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('حدثنا عن تجربتك في الهلال.', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('هل ما زلت تتابع الدوري السعودي؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('حدثنا عن رأيك الحالي في مستوى الفريق الهلالي تحت قيادة المدير الفني الوطني سامي الجابر؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('برأيك.. من هو النادي الأبرز حالياً على الساحة السعودية؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('بصفة عامة، ما رأيك في البطولة السعودية؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('ما الفارق بينها وبين البطولة الإماراتية؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('من هم اللاعبون الأفضل في الملاعب السعودية طيلة فترة وجودك؟', 1), kind="direct", hedged=False, optional=True),
    dict(cue=None, speaker=("سبق", 2), speaker_canonical="Sabq", speaker_type="outlet",
         content=('ختاماً.. كل الشكر لك سيد زلاتكو، وتمنياتنا لكم بالتوفيق في مشوارك القادم.', 1), kind="direct", hedged=False, optional=True),
]

TIMES = [
    (("يوماً ما", 1), "DATE", "FUTURE_REF", True),
    (("حالياً", 1), "DATE", "PRESENT_REF", True),
]

EVENTS = []
