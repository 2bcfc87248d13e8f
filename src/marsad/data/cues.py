"""Attribution lexicons for Arabic news: reporting verbs, according-to phrases, hedges, source nouns, titles.

Provenance: written by hand for Marsad from the conventions of Modern Standard Arabic news writing (reporting
verbs with the complementisers أن/إن/بأن, circumstantial participles مضيفا/مشيرا, source phrases بحسب/وفقا لـ,
anonymous-source formulas), checked against SaudiNewsNet articles (Al-Sharq Al-Awsat, SPA, 2015). Every form
is written here in plain spelling and folded at import time with ``marsad.text.normalize.normalize`` (hamza on
alef, ta marbuta, alef maqsura and diacritics folded), so look-ups use the normalised view of the text.

Each cue carries a class:
  speech     a reporting verb (قال، أكد، أضاف ...), in past, present, passive and participle forms
  belief     verbs of opinion or belief (اعتبر، رأى، يعتقد ...): the speaker's view, not a statement
  according  a source phrase (بحسب، وفقا لـ ...), whose source noun phrase follows it
  hedge      an impersonal report (تردد أن، ورد أن، يعتقد أن ...): no speaker, hedged
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class CueForm:
    lemma: str
    cls: str  # speech | belief | according | hedge
    gender: str | None  # "m" | "f" | "pl" | None
    form: str  # past | present | passive | participle | masdar | particle
    weak: bool = False  # ambiguous outside reporting: needs a close complement
    marks_only: bool = False  # takes only a colon or quotation marks as complement (كتب)


# (lemma, class, past m/f/pl, present stem (after the person prefix), participle stem, flags)
# flags: "weak" (other senses are common: needs a near complement), "nopres" (present form has another sense)
_VERBS = [
    ("قال", "speech", "قال قالت قالوا قالا", "قول", "قائل", ""),
    ("أكد", "speech", "أكد أكدت أكدوا أكدا", "ؤكد", "مؤكد", ""),
    ("أضاف", "speech", "أضاف أضافت أضافوا أضافا", "ضيف", "مضيف", ""),
    ("تابع", "speech", "تابع تابعت تابعوا", "تابع", "", "weak"),
    ("أوضح", "speech", "أوضح أوضحت أوضحوا", "وضح", "موضح", ""),
    ("أشار", "speech", "أشار أشارت أشاروا", "شير", "مشير", ""),
    ("ذكر", "speech", "ذكر ذكرت ذكروا", "ذكر", "", ""),
    ("أعلن", "speech", "أعلن أعلنت أعلنوا", "علن", "معلن", ""),
    ("صرح", "speech", "صرح صرحت صرحوا", "صرح", "مصرح", ""),
    ("حذر", "speech", "حذر حذرت حذروا", "حذر", "محذر", ""),
    ("نفى", "speech", "نفى نفت نفوا", "نفي", "", ""),
    ("زعم", "speech", "زعم زعمت زعموا", "زعم", "زاعم", ""),
    ("ادعى", "speech", "ادعى ادعت ادعوا", "دعي", "مدعي", "weak"),
    ("طالب", "speech", "طالب طالبت طالبوا", "طالب", "مطالب", "weak"),
    ("دعا", "speech", "دعا دعت دعوا", "دعو", "داعي", ""),
    ("كشف", "speech", "كشف كشفت كشفوا", "كشف", "كاشف", ""),
    ("نقل", "speech", "نقل نقلت نقلوا", "نقل", "ناقل", ""),
    ("أفاد", "speech", "أفاد أفادت أفادوا", "فيد", "مفيد", ""),
    ("لفت", "speech", "لفت لفتت لفتوا", "لفت", "لافت", ""),
    ("شدد", "speech", "شدد شددت شددوا", "شدد", "مشدد", ""),
    ("نوه", "speech", "نوه نوهت نوهوا", "نوه", "منوه", ""),
    ("بين", "speech", "بين بينت بينوا", "بين", "مبين", "weak"),
    ("أبلغ", "speech", "أبلغ أبلغت أبلغوا", "", "", ""),
    ("أردف", "speech", "أردف أردفت", "ردف", "مردف", ""),
    ("استطرد", "speech", "استطرد استطردت", "ستطرد", "مستطرد", ""),
    ("استدرك", "speech", "استدرك استدركت", "ستدرك", "مستدرك", ""),
    ("اعترف", "speech", "اعترف اعترفت اعترفوا", "عترف", "معترف", ""),
    ("أقر", "speech", "أقر أقرت أقروا", "قر", "مقر", "weak"),
    ("لاحظ", "speech", "لاحظ لاحظت لاحظوا", "لاحظ", "ملاحظ", ""),
    ("شرح", "speech", "شرح شرحت شرحوا", "شرح", "شارح", ""),
    ("تساءل", "speech", "تساءل تساءلت تساءلوا", "تساءل", "متسائل", ""),
    ("أجاب", "speech", "أجاب أجابت", "جيب", "مجيب", ""),
    ("علق", "speech", "علق علقت علقوا", "علق", "معلق", "weak"),
    ("جادل", "speech", "جادل جادلت جادلوا", "جادل", "مجادل", ""),
    ("وصف", "speech", "وصف وصفت وصفوا", "صف", "واصف", ""),
    ("اتهم", "speech", "اتهم اتهمت اتهموا", "تهم", "متهم", ""),
    ("تعهد", "speech", "تعهد تعهدت تعهدوا", "تعهد", "متعهد", ""),
    ("وعد", "speech", "وعد وعدت وعدوا", "عد", "واعد", "weak"),
    ("أفصح", "speech", "أفصح أفصحت", "فصح", "مفصح", ""),
    ("جزم", "speech", "جزم جزمت", "جزم", "جازم", ""),
    ("روى", "speech", "روى روت رووا", "روي", "راوي", ""),
    ("أخبر", "speech", "أخبر أخبرت أخبروا أخبره أخبرها أخبرهم أخبرني", "خبر", "مخبر", ""),
    ("كتب", "speech", "كتب كتبت كتبوا", "كتب", "", "marks"),
    ("أصر", "speech", "أصر أصرت أصروا", "صر", "مصر", ""),
    ("جاء", "speech", "جاء جاءت", "", "", "weak"),
    ("نشر", "speech", "نشر نشرت نشروا", "نشر", "ناشر", ""),
    ("تحدث", "speech", "تحدث تحدثت تحدثوا", "تحدث", "متحدث", "weak"),
    ("اختتم", "speech", "اختتم اختتمت", "ختتم", "مختتم", "marks"),
    ("عد", "belief", "عد", "", "عاد", "nopast"),
    ("اعتبر", "belief", "اعتبر اعتبرت اعتبروا", "عتبر", "معتبر", ""),
    ("رأى", "belief", "رأى رأت رأوا", "رى", "", "weak"),
    ("اعتقد", "belief", "اعتقد اعتقدت اعتقدوا", "عتقد", "معتقد", ""),
    ("توقع", "belief", "توقع توقعت توقعوا", "توقع", "متوقع", ""),
    ("رجح", "belief", "رجح رجحت رجحوا", "رجح", "مرجح", ""),
    ("أعرب", "belief", "أعرب أعربت أعربوا", "عرب", "معرب", ""),
]

# Present forms that read as other words too often (يبلغ "amounts to", يرى/ترى stay: they need a complement).
_NO_PRESENT = {"أبلغ"}

# Passive and impersonal forms: a report with no source at all (the contract's hedged, speaker null).
_HEDGES = "تردد يتردد ورد يرد قيل يقال يعتقد يعتقد اعتقد يذكر ذكر أفيد يفاد أشيع يشاع شاع يرجح رجح يبدو يظن".split()
# Of those, the ones that are only impersonal (never an active verb with an implicit subject).
HEDGE_ONLY = {normalize(w) for w in "تردد يتردد ورد قيل يقال أفيد يفاد أشيع يشاع شاع يبدو".split()}

# Masdar phrases that introduce a claim: بحجة أن "arguing that", بدعوى أن "claiming that".
_MASDARS = [("بحجة", "speech"), ("بدعوى", "speech"), ("بقوله", "speech"), ("بقولها", "speech"),
            ("قوله", "speech"), ("قولها", "speech"), ("قولهم", "speech"), ("القول", "speech"),
            ("بالقول", "speech"), ("تصريحه", "speech")]
# Writer's notes, not reports: يذكر أن "it is worth recalling that", يشار إلى أن.
WRITER_NOTES = {normalize(w) for w in "يذكر يشار يجدر يلاحظ يبدو".split()}
# Honorifics before a title (معالي وزير الخارجية) and pronoun stand-ins for a known speaker (معاليه، سموه).
HONORIFICS = {normalize(w) for w in "معالي سمو صاحب السمو الملكي فخامة سعادة دولة جلالة حضرة سماحة".split()}
PRONOUN_SPEAKERS = {normalize(w) for w in "هو وهو هي وهي فهو فهي معاليه سموه سموها معاليها فضيلته فخامته سعادته جلالته سماحته لكنه لكنها لكنهم إنه إنها أنه أنها ولكنه ولكنها".split()}
# Honorific pronouns (وقال سموه، وأضاف معاليه) and the words that introduce the person they stand for
# (صاحب السمو الأمير فلان، معالي وزير الصحة فلان). Saudi protocol usage, read on SaudiNewsNet reports (2015).
HONORIFIC_PRONOUNS = {normalize(k): frozenset(normalize(w) for w in v.split()) for k, v in {
    "سموه": "سمو السمو الأمير الامير أمير الأميرة أميرة ولي", "سموها": "سمو السمو الأميرة أميرة",
    "معاليه": "معالي وزير الوزير رئيس الرئيس نائب مدير الأمين أمين", "معاليها": "معالي وزيرة الوزيرة",
    "فخامته": "فخامة الرئيس رئيس", "سعادته": "سعادة", "سماحته": "سماحة الشيخ مفتي المفتي",
    "جلالته": "جلالة الملك ملك العاهل", "فضيلته": "فضيلة الشيخ"}.items()}

# Source phrases: the source noun phrase follows (بحسب المصادر) or a verb does (حسبما ذكرت الصحيفة).
ACCORDING = [normalize(w) for w in "بحسب حسب حسبما وفق وفقا طبقا نقلا استنادا".split()]
# Multi-word source phrases (first word, following words) folded.
ACCORDING_MULTI = [tuple(normalize(w) for w in p.split()) for p in (
    "على حد قول", "على حد تعبير", "على لسان", "على ذمة", "كما ورد في", "في تصريح", "في حديث", "في مقابلة",
)]
# حسب in other senses: "فحسب" (only), "حسب الخطة" (according to plan): their heads are not sources.
NOT_SOURCE_HEADS = {normalize(w) for w in (
    "الخطة الخطط البرنامج الجدول الموعد المخطط الحاجة الظروف الأصول القانون الدستور الاتفاق الاتفاقية "
    "النظام اللوائح الأنظمة الشروط المعايير الترتيب الأولوية الأهمية الطلب العادة التقاليد المنطقة "
    "الحالة المواصفات الإمكانيات الامكانات القدرة التوقيت الجنس العمر السن الفئة النوع الحجم قوله "
    # read on SaudiNewsNet sports and services reports, 2015 (وفق متطلبات الجهاز الفني)
    "متطلبات المتطلبات احتياجات الاحتياجات معايير شروط ضوابط الضوابط آلية الآلية مقتضيات تعليمات التعليمات"
).split()}

COMPLEMENTISERS = {normalize(w) for w in (
    "أن إن بأن لأن ان بان "
    "أنه أنها أنهم أنهن أنهما أننا أني إنه إنها إنهم إنهن إنهما إننا إني "
    "بأنه بأنها بأنهم بأنهن بأنهما بأننا فإن فإنه فإنها أنك إنك أنكم إنكم أنني إنني بأنك بأنكم بأنني"
).split()}
# Complementisers with a pronoun: content starts after them (قالت إنها لا تزال -> لا تزال).
# Words before أن that make it temporal, not a complementiser (بعد أن "after").
NOT_COMPLEMENTISER_BEFORE = {normalize(w) for w in "بعد قبل منذ حتى دون بدون عقب إثر لمجرد رغم ريثما ما بيد".split()}
# Prepositions some verbs take before their complement: أشار إلى أن، شدد على أن، كشف عن أن، حذر من أن.
PREP_COMPLEMENT = {
    normalize("حذر"): {normalize("من")},
    normalize("دعا"): {normalize("إلى"), normalize("الى")},
    normalize("طالب"): {"ب"},
    normalize("كشف"): {"عن"},
    normalize("أعلن"): {"عن"},  # أعلنت الوزارة عن تسجيل حالتين، أعلنت الجامعة عن توافر وظائف
    normalize("أعرب"): {"عن"},
    normalize("شدد"): {"علي"},
    normalize("أكد"): {"علي"},
    normalize("أشار"): {"الي"},
    normalize("لفت"): {"الي"},
    normalize("نوه"): {"الي", "ب"},
    normalize("أقر"): {"ب"},
    normalize("اعترف"): {"ب"},
    normalize("وصف"): {"ب"},
}
# Nouns that begin with ب without being ب + a noun (تقديم برنامج، في بيان): never the ب-complement of a cue
# (وصف، طالب، أقر، نوه). Read on SaudiNewsNet (okaz 2015: وصف الأكاديمي والمتخصص في تقديم برنامج همومنا …).
BA_NOUNS = {normalize(w) for w in (
    "برنامج برامج البرنامج بيان بيانات بنك بنوك بطولة بطولات بلدية بلديات بلد بلدان بلاد بعض بعد بين بحث بحوث "
    "بيت بيوت بطل بوابة بورصة بريد برلمان بيئة بئر بنية بند بنود بيع بحر بحيرة برج بطاقة بطاقات بضائع بنزين "
    "بترول بروتوكول براءة بلاغ بلاغات بيانه بيانها بطء بداية بدايات بقية"
).split()}
# Words after a comma that open the writer's own clause: a report's content stops before them.
CONTENT_BREAKERS = {normalize(w) for w in (
    "لأن بينما فيما وفيما وبينما إلا الا وهو وهي متهمين متهما متهمة لكنه لكنها لكنهم ولكنه ولكنها مشيدا مشيدة"
).split()}
# Tokens a speaker slot never runs across (أي "that is", وذلك "and that"): the cue had no complement.
# Pronouns opening an apposition after the speaker's name, between commas (قالت فلانة، وهي أستاذة في …، إن):
# round 4 blind reading (alwatan 2015).
APPOSITION_PRONOUNS = {normalize(w) for w in "وهو وهي وهم وهما".split()}
SLOT_STOPS = {normalize(w) for w in "أي وذلك ذلك وهو وهي وهم هو هي هم قد وقد لقد".split()}
# Words after which a cue form is its masdar, a noun (طلب عدم نشر اسمه، بعد نشر الدراسة، بطريقة نشر المعرفة).
NOMINAL_BEFORE = {normalize(w) for w in (
    "عدم بعد قبل عقب إثر اثر خلال أجل بهدف بغرض طريقة بطريقة ضرورة أهمية مجرد لمجرد "
    "دون بدون سبب بسبب جراء إعادة عملية "
    # auxiliaries of the passive periphrasis (تم نقل الركاب، سيتم الكشف، جرى نشر): a masdar follows
    "تم وتم يتم ويتم سيتم وسيتم جرى وجرى يجري "
    # refusing to be named (وقال ـ رافضاً ذكر اسمه ـ إن): ذكر is the masdar; blind reading, 29 Nov 2026
    "رافضا رافضاً رافضة رفض رفضت مفضلا مفضلاً"
).split()}
# Nouns of a reply after جاء (حيث جاء رد المواطن فلان، على أن …): the report of the one replying; any other word
# after جاء + a complement is "came (to be)" (جاءت صريحة بأن، جاءت بعد دراسات أثبتت أن); round 4 blind reading.
RESPONSE_NOUNS = {normalize(w) for w in "رد الرد ردا جواب الجواب تعليق التعليق تأكيد".split()}
# Quantifiers before a noun spelled like a cue (أن يقوم كل طالب بتمثيل: a student): no verb follows them; round 4
# blind reading (alwatan 2015).
NOUN_QUANTIFIERS = {normalize(w) for w in "كل وكل لكل بكل أي لأي بأي".split()}
# Words after قال / قوله that make it a citation of the Quran (قال تعالى، في قوله تعالى، قال الله عز وجل), no
# report of the article: read on SaudiNewsNet (aljazirah, okaz 2015: sermons and statements of scholars).
DIVINE_SUBJECTS = {normalize(w) for w in "تعالى سبحانه عز جل".split()}
# First words of eulogies after a name (صلى الله عليه وسلم، رضي الله عنه، رحمه الله, يرحمه الله): never a speaker.
EULOGY_WORDS = {normalize(w) for w in "صلى رضي رحمه يرحمه عليه".split()}
# Forms of كان before a subject and قد (وكانت «الوطن» قد نشرت القضية): the subject is left of the cue and the noun
# after it is its object; round 4 blind reading (alwatan 2015).
KANA_FORMS = {normalize(w) for w in "كان كانت كانوا".split()}
# Auxiliaries that open a passive clause (وقال تم تسليم منطقة باب الملك عبدالعزيز): after a cue with no complement
# they are no subject, and no name inside their clause is the cue's speaker (SaudiNewsNet okaz 2015).
CLAUSE_AUXILIARIES = {normalize(w) for w in "تم يتم سيتم جرى يجري سيجري".split()}
# Past forms spelled like their masdar (نشر "publishing", ذكر "mention", نفي "denial"): only these read as nouns.
MASDAR_LIKE_PAST = {normalize(w) for w in "نشر ذكر نقل كشف شرح نفى وصف وعد زعم جزم لفت روى".split()}
# Speech nouns between a relaying outlet and the speaker (نقلت الوكالة تأكيد المتحدث أن …).
SLOT_MASDARS = {normalize(w) for w in "تأكيد قول تصريح تصريحات إعلان نفي تحذير إشارة توضيح".split()}
RELAY_VERBS = {normalize(w) for w in "نقل نشر".split()}
# Nouns of attitude after أعرب عن (أمله، قلقه في/من …): the content is their complement.
ATTITUDE_NOUNS = {normalize(w) for w in (
    "أمله أملها أملهم قلقه قلقها قلقهم ترحيبه ترحيبها ثقته ثقتها استغرابه استغرابها أسفه أسفها رفضه رفضها "
    "تفاؤله تفاؤلها خشيته خشيتها سعادته سعادتها ارتياحه ارتياحها استياءه استياءها"
).split()}
CONTENT_BREAKERS_2 = {tuple(normalize(w) for w in p.split()) for p in ("في حين", "فى حين")}
# Particles and pronouns that names in quotation marks never contain (a «لن تتراجع» is a quoted fragment).
FUNCTION_WORDS = {normalize(w) for w in (
    "لن لا لم ما في من على إلى عن أن إن هو هي هم نحن أنا هذا هذه ذلك تلك قد سوف كان كانت ليس يجب كل لقد"
).split()}
# A source phrase's noun phrase ends before these (وبحسب المصدر نفسه كانوا يخططون …) or after the emphatic.
SOURCE_NP_STOPS = {normalize(w) for w in "كان كانت كانوا كانا يكون تكون فقد وقد قد".split()}
EMPHATICS = {normalize(w) for w in "نفسه نفسها نفسهم ذاته ذاتها ذاتهم عينه".split()}
# Words announcing an interview, and the verbs whose object is the interviewee (التقت «سبق» زلاتكو).
INTERVIEW_WORDS = {normalize(w) for w in (
    "حوار الحوار حوارا حوارها حواره مقابلة المقابلة مقابلتها لقاء اللقاء حاورت حاوره حاورها حاورته أجرته أجرتها "
    "التقت"
).split()}
INTERVIEW_MEET_VERBS = {normalize(w) for w in "التقت حاورت قابلت".split()}
DEMONSTRATIVES = {normalize(w) for w in "تلك هذه هذا ذلك هؤلاء أولئك ذات".split()}
# Masdars that open a report's content as the verb's object (أكد وجود أسرى، نفى صحة التقارير، أعلن انتهاء …).
OBJECT_MASDARS = {normalize(w) for w in (
    "وجود صحة عدم ضرورة أهمية رفض استعداد حرص دعم التزام انتهاء بدء تأييد تمسك استمرار نية "
    "حق أحقية الحاجة حاجة"
).split()}
ANNOUNCED_MASDARS = OBJECT_MASDARS | {normalize(w) for w in (
    # what bodies announce (أعلنت الهيئة رفع التعليق، أعلنت الشركة الانتهاء من، كشفت الأمانة شروعها في): blind
    # reading of SaudiNewsNet company and ministry news, 29 Nov 2026
    "إيقاف ايقاف تمديد رفع تغريم إطلاق اطلاق توقف إحالة احالة تسجيل ارتفاع انخفاض تراجع تحقيق إغلاق اغلاق "
    "افتتاح فتح منع إلغاء الغاء تأجيل تعيين اعتماد ضبط القبض توقيع تعاقد إصدار اصدار تنفيذ إنشاء انشاء "
    "تخصيص صرف إعفاء اعفاء إقالة قبول توفير تطبيق انطلاق اختيار زيادة خفض تخفيض مقتل سقوط اعتقال "
    "وفاة اكتمال إنجاز انجاز موافقة تأهل نتائج شروع اهتمام احتواء عزم تسلم تسليم إعادة اعادة "
    "طرح إدراج ادراج تشكيل إجراء اجراء بيع شراء استحواذ إطلاق إتمام اتمام"
).split()}
# The same masdars may be definite when a preposition follows (أعلنت الشركة الانتهاء من تنفيذ المحطة).
OBJECT_VERBS = {normalize(w) for w in "أكد نفى أعلن شدد جدد كشف".split()}
# Pronoun suffixes a masdar object may carry (أكدت الوزارة اهتمامها، أعلنت الشركة تحقيقها أرباحا).
OBJECT_SUFFIXES = tuple(normalize(w) for w in "ها هم ه".split())
# Conditionals: a cue after them is hypothetical (إذا رأوا أنهم …), no report.
CONDITIONALS = {normalize(w) for w in "إذا اذا لو كلما ولو وإذا فإذا".split()}
LINK_PREPOSITIONS = {normalize(w) for w in "إلى الى على عن من ب".split()}
# Nouns that stand between a verb and its complement without being a speaker (لفت الانتباه إلى أن).
NOT_SPEAKER_WORDS = {normalize(w) for w in (
    "الانتباه النظر الأنظار أيضا كذلك مؤخرا سابقا لاحقا حينها آنذاك بدوره بدورها بدورهم بوضوح صراحة "
    "مجددا مجدداً كذلك ذلك هذا هذه ضمنا ضمنيا علنا علنا رسميا بالفعل فعلا به بها بهم إياه إياها إياهم "
    "بهدوء بشدة بوضوح بصراحة بحزم بغضب بحسم بثقة بتأثر بحماس بأسف بمرارة بدوره بدورها مرارا "
    # adverbs read as subjects on SaudiNewsNet (تشير عادة إلى، قال أيضا)
    "عادة عادةً غالبا غالباً دائما دائماً أحيانا أحياناً حاليا حالياً فقط كثيرا تقريبا سريعا حتى وحتى "
    # objects of idioms of disclosure (كشف النقاب عن، أزاح الستار عن، أماط اللثام عن)
    "النقاب الستار اللثام "
    # manner adverbs between a cue and its colon (قال نصا:، قال له مخاطبا:): blind reading, 29 Nov 2026
    "نصا نصاً حرفيا حرفياً مخاطبا مخاطباً مخاطبة ساخرا ساخراً مازحا مازحاً ضاحكا ضاحكاً متسائلا متسائلاً"
).split()}

# Words that open a prepositional or adverbial phrase: a speaker noun phrase stops there.
PP_HEADS = {normalize(w) for w in (
    "في فى خلال أثناء اثناء عبر على عن من إلى الى مع أمام امام لدى عند بعد قبل عقب إثر اثر منذ حتى حين "
    "عندما وسط ضمن حول بشأن أمس امس اليوم غدا الليلة يوم مساء صباح ليلة فجر ظهر عصر مؤخرا أيضا كذلك "
    "بدوره بدورها بدورهم تعليقا ردا وفي وخلال تعقيبا إذ لذلك حيث كما الذي التي الذين اللذين اللتين "
    "عنه عنها عنهم فيه فيها تحت بعنوان"
).split()}
PRONOUN_PPS = {normalize(w) for w in "له لها لهم لهن لهما لنا لي لك لكم".split()}
RELATIVES = {normalize(w) for w in "الذي التي الذين اللذين اللتين اللواتي اللاتي".split()}
NEGATIONS = {normalize(w) for w in "لم لا لن ليس ليست ما".split()}
WEEKDAYS = {normalize(w) for w in "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()}

# Clause openers to skip when reading a subject to the left of its verb (إلا أن كيشيدا أشار).
LEFT_STOP = {normalize(w) for w in (
    "و ف ثم كما بينما فيما لكن ولكن إلا الا حيث إذ اذ قد وقد فقد لقد وكان كان كانت وكانت "
    "لأن إن أن ان بأن فإن وإن كذلك أيضا من جانبه من جهته"
).split()} | COMPLEMENTISERS

# Title words that take على for what is overseen (المشرف العام على الجمعية، القائم على المشروع); SaudiNewsNet, 2015.
OVERSIGHT_WORDS = {normalize(w) for w in "العام المشرف مشرف القائم المسؤول مسؤول".split()}

# Cue forms that are also prepositions (بين "between"): after a definite noun they are read as the preposition.
PREPOSITION_HOMOGRAPHS = {normalize(w) for w in "بين".split()}

# Definite singular officials that refer back to the person named before (وأكد المسؤول السعودي), unless an unnamed
# official was introduced (wire style, read on SaudiNewsNet 2015).
DEFINITE_OFFICIALS = {normalize(w) for w in "المسؤول المسئول المسؤولة".split()}

# Units of age after a number (ذكر 36 عاما: a male aged 36, not the verb ذكر).
AGE_UNITS = {normalize(w) for w in "عاما عام عاماً سنة سنوات سنه أعوام".split()}

# Adjectives that follow a definite document noun without the nisba ending (البيان الختامي is caught by its ي):
# read on SaudiNewsNet reports, 2015. Any other definite noun right after البيان/التقرير is the verb's object
# (ودعا البيان المجتمع الدولي).
DOCUMENT_ADJECTIVES = {normalize(w) for w in (
    "الأخير الأخيرة الجديد الجديدة الأول الأولى الثاني الثانية الثالث الحديث الحديثة الكامل الصادر الصادرة "
    "المشترك المشتركة المذكور المنشور المنشورة المقبل السابق السابقة الحالي الحالية المطول الموجز الصحفي "
    "الصحافي الرسمي المصور المكتوب الموقع العاجل الختامي النهائي المفصل"
).split()}

# «من جانبه / من جهته …»: the side nouns after من that open a clause rather than end a subject's ‹from› phrase
# (read on SaudiNewsNet, 2015).
SIDE_NOUNS = {normalize(w) for w in (
    "جانبه جانبها جانبهم جهته جهتها جهتهم ناحيته ناحيتها ناحيتهم جهة جانب ناحية طرفه طرفها"
).split()}

# Words for sources without a name. Value: the count the word implies (1 singular, 2 dual, None plural).
ANONYMOUS_NOUNS = {normalize(k): v for k, v in {
    "مصدر": 1, "مصادر": None, "مصدران": 2, "مصدرين": 2, "المصدر": 1, "المصادر": None, "المصدرين": 2,
    "مسؤول": 1, "مسئول": 1, "مسؤولون": None, "مسؤولين": None, "مسؤولان": 2, "المسؤول": 1,
    "المسؤولون": None, "المسؤولين": None, "مسؤولة": 1,
    "دبلوماسي": 1, "دبلوماسيون": None, "دبلوماسيين": None, "الدبلوماسي": 1, "دبلوماسيان": 2,
    "شاهد": 1, "شهود": None, "الشهود": None, "شاهدا": 1,
    "مراقب": 1, "مراقبون": None, "مراقبين": None, "المراقبون": None,
    "خبير": 1, "خبراء": None, "الخبراء": None, "محلل": 1, "محللون": None, "محللين": None, "المحللون": None,
    "ناشط": 1, "ناشطون": None, "ناشطين": None, "نشطاء": None, "الناشطون": None,
    "سكان": None, "السكان": None, "مواطنون": None, "مواطنين": None, "مقربون": None, "مقربين": None,
    "أوساط": None, "الأوساط": None, "جهات": None, "مطلعون": None, "متابعون": None,
    "موظف": 1, "موظفون": None, "ضابط": 1, "ضباط": None, "عنصر": 1, "أعضاء": None, "قيادي": 1,
    "قياديون": None, "مصدرا": 1, "عناصر": None, "وسطاء": None, "متطرفون": None, "متطرفين": None,
    "مسلحون": None, "مسلحين": None, "مقاتلون": None, "مقاتلين": None, "أشخاص": None, "أهالي": None,
    "الأهالي": None, "معارضون": None, "مصادرنا": None,
    # the paper's own sources (وعلمت «عين اليوم» من مصادرها أن): round 4 blind reading (3alyoum 2015)
    "مصادرها": None, "مصادره": None, "مصادرهم": None,
    # «and others said» after a group quoted before (وقال مواطنون … وقال آخرون): blind reading, 29 Nov 2026
    "آخرون": None, "آخرين": None,
    # one unnamed person among many (بين عامل في أحد المكاتب …، فيما قال آخر، قال مواطن): round 4 blind reading
    "آخر": 1, "عامل": 1, "مواطن": 1, "مواطنة": 1, "مقيم": 1, "مقيمة": 1, "موظفة": 1,
}.items()}
# Time adverbs of two words that may stand between a verb and its subject (أعلنت الأسبوع الماضي، قال الشهر الماضي).
TIME_NOUNS = {normalize(w) for w in "الأسبوع الاسبوع الشهر العام السنة الأسابيع الأشهر الشهور الأيام".split()}
TIME_ADJECTIVES = {normalize(w) for w in "الماضي الماضية المقبل المقبلة الجاري الجارية الفائت المنصرم الحالي القادم".split()}
# Adjectives of rank after an unnamed source (ضابط كبير، مسؤول رفيع): no name (blind reading, 29 Nov 2026).
UNNAMED_ADJECTIVES = {normalize(w) for w in "كبير رفيع بارز سابق آخر اخر ثان ثالث مطلع مطلعة".split()}
# Phrases that make any speaker anonymous (مسؤول رفض الكشف عن اسمه).
ANONYMITY_PHRASES = [tuple(normalize(w) for w in p.split()) for p in (
    "رفض الكشف عن", "طلب عدم الكشف", "فضل عدم الكشف", "طلب عدم ذكر", "فضل عدم ذكر", "لم يذكر اسمه",
    "لم يكشف عن", "لم يشأ الكشف", "طلب عدم نشر", "فضل عدم نشر", "لم تذكر اسمه", "رفض ذكر اسمه",
    "لم يتم الكشف", "لم تكشف", "رافضا ذكر اسمه", "رافضاً ذكر اسمه", "مفضلا عدم ذكر", "مفضلاً عدم ذكر",
)]
ONE_OF = {normalize(w) for w in "أحد إحدى احد احدى".split()}
# Quantifiers before a partitive من (عدد من الصحف، بعض المسؤولين): the noun after من is the head.
QUANTIFIERS = {normalize(w) for w in "عدد بعض عدة عشرات مئات آلاف كثير واحد أحد إحدى".split()}
# Nouns before a quoted headline (تحت عنوان «…»): a short quotation there is still a quotation.
HEADLINE_NOUNS = {normalize(w) for w in "عنوان بعنوان عنوانا العنوان مانشيت".split()}
# Report nouns that make a claim hedged (أفادت تقارير، بحسب أنباء).
HEDGE_SOURCES = {normalize(w) for w in "تقارير التقارير تقرير أنباء الأنباء معلومات المعلومات شائعات روايات تسريبات".split()}

# Documents that "say" things (أشار البيان إلى أن): a source, typed unknown.
DOCUMENT_NOUNS = {normalize(w) for w in (
    "البيان بيان التقرير تقرير الاستطلاع استطلاع الدراسة دراسة الرسالة رسالة الوثيقة المذكرة الإحصاءات "
    "البيانات المسح الخبر القرار التعميم الإعلان الدراسات الأبحاث البحث "
    "تحريات التحريات الإحصائية إحصائية إحصاءات التحقيقات"
).split()}
# Unnamed groups of people speaking (قال متضررون، أكد عاملون في الوكالات، أعرب ذوو الشهداء): anonymous, no count.
# Besides these, a plural participle (م…ون/م…ين: متضررون، مشاركون) with no name is read the same way.
GROUP_NOUNS = {normalize(w) for w in (
    "عاملون العاملون عاملين قائمون القائمون ذوو ذوي أصحاب الأسر أسر العائلات عائلات المصابون مصابون "
    "الحضور الحاضرون المشاركون مشاركون الطلاب طلاب الموظفون موظفين الأهالي "
    # researchers, scholars, doctors and creditors as unnamed groups (قال باحثون، وأوضح الباحثون، يصر دائنو
    # اليونان), round 4 blind reading of SaudiNewsNet 2015
    "باحثون الباحثون باحثين الباحثين علماء العلماء أطباء الأطباء دائنو الدائنون دائنون مختصون المختصون "
    "متخصصون المتخصصون اقتصاديون الاقتصاديون"
).split()}
NUMBER_WORDS = {normalize(k): v for k, v in {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3,
    "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "ثمان": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    "عشرات": None, "عدد": None, "بعض": None, "عدة": None, "مئات": None,
}.items()}

OUTLET_NOUNS = {normalize(w) for w in (
    "صحيفة الصحيفة جريدة الجريدة وكالة الوكالة قناة القناة مجلة المجلة موقع الموقع تلفزيون التلفزيون "
    "التليفزيون إذاعة الإذاعة شبكة محطة المحطة يومية اليومية نشرة وسائل المنفذ الصحف صحف المواقع مواقع "
    "القنوات قنوات الوكالات وكالات الإعلام الصحافة "
    # duals (وذكرت صحيفتا «…» و«…»), round 4 blind reading (alriyadh 2015)
    "صحيفتا صحيفتي الصحيفتان الصحيفتين وكالتا قناتا"
).split()}
# Widely cited news outlets (Arabic spellings as used by Arabic news).
OUTLET_NAMES = {normalize(w) for w in (
    "رويترز|فرانس برس|فرانس برس|أسوشيتد برس|اسوشيتد برس|بلومبرغ|بلومبيرغ|بي بي سي|سي إن إن|الجزيرة|العربية|"
    "واس|الشرق الأوسط|نيويورك تايمز|واشنطن بوست|فاينانشيال تايمز|فايننشال تايمز|الغارديان|الجارديان|"
    "وول ستريت جورنال|لوموند|لوفيغارو|دير شبيغل|تاس|إيتار تاس|نوفوستي|سبوتنيك|الأناضول|إرنا|فارس|تسنيم|سانا|"
    "وام|كونا|بترا|قنا|معا|سكاي نيوز|الحياة|النهار|الأهرام|المجلة|الشرق|عكاظ|الرياض|الوطن|الخليج|تايمز|"
    "ديلي تلغراف|التلغراف|الإندبندنت|إندبندنت|هآرتس|يديعوت أحرونوت|معاريف|أسوشييتد برس|يونهاب|كيودو|شينخوا|"
    # Saudi papers and sites (SaudiNewsNet's sources, 2015)
    "سبق|عين اليوم|الوئام|الاقتصادية|صحيفة الوطن|صحيفة المدينة|صحيفة اليوم|صحيفة الرياض|صحيفة عكاظ"
).split("|")}
GOVERNMENT_NOUNS = {normalize(w) for w in (
    "وزارة الوزارة حكومة الحكومة الرئاسة الخارجية الداخلية الدفاع البيت الكرملين الإليزيه البنتاغون "
    "السلطات سلطات الديوان السفارة سفارة القنصلية الشرطة الجيش النيابة الادعاء الأمن البرلمان "
    "مجلس_الوزراء هيئة الهيئة بلدية البلدية إمارة الإمارة محافظة المحافظة القيادة "
    "مملكة المملكة جمهورية الجمهورية سلطنة السلطنة شرطة جهاز الجهاز الشؤون شؤون الأجهزة أجهزة "
    # Saudi regional directorates named by their sector (صحة المدينة المنورة، تعليم جدة); SaudiNewsNet, 2015
    "صحة تعليم أمانة الأمانة "
    # directorates (مديرية الإحصاءات، المديرية العامة للدفاع المدني): blind reading, 29 Nov 2026
    "مديرية المديرية "
    # sectors and commissions (نفى قطاع السجون، وصفت المفوضية العليا للاجئين), round 4 blind reading (2015)
    "قطاع القطاع المفوضية مفوضية"
).split()}
ORGANIZATION_NOUNS = {normalize(w) for w in (
    "منظمة المنظمة حركة الحركة حزب الحزب جماعة الجماعة تنظيم التنظيم الأمم الاتحاد اتحاد جمعية الجمعية "
    "شركة الشركة مؤسسة المؤسسة لجنة اللجنة مجلس المجلس البنك بنك صندوق الصندوق الحلف حلف الناتو تحالف "
    "التحالف مركز المركز معهد المعهد جامعة الجامعة نقابة النقابة الائتلاف ائتلاف المرصد مرصد الجبهة جبهة "
    "الكتلة كتلة المحكمة محكمة الفريق فريق مكتب المكتب غرفة الغرفة نادي النادي قوة القوة قوات القوات إدارة "
    # blind reading of SaudiNewsNet, 29 Nov 2026 (قال تجمع لأهالي المعتقلين، وأوضحت الإدارة، مصرف لبنان)
    "الإدارة تجمع التجمع مصرف المصرف رابطة الرابطة كلية الكلية مستشفى المستشفى متحف المتحف"
).split()}
# Capitals and seats of government that stand for governments (باريس ترى أن ...).
CAPITALS = {normalize(w) for w in (
    "واشنطن موسكو باريس لندن برلين بكين طوكيو طهران الرياض القاهرة دمشق بغداد أنقرة عمان الدوحة أبوظبي "
    "أبو ظبي الكويت بيروت الخرطوم صنعاء طرابلس تونس الجزائر الرباط نواكشوط مقديشو روما مدريد بروكسل "
    "كييف أوتاوا نيودلهي إسلام آباد كابل تل أبيب القدس رام الله"
).split()}

# Titles and descriptions of people (a speaker noun phrase whose head is one of these is a person).
PERSON_TITLES = {normalize(w) for w in (
    "الرئيس رئيس الرئيسة رئيسة وزير الوزير وزيرة الوزيرة الناطق ناطق الناطقة المتحدث متحدث المتحدثة "
    "متحدثة السفير سفير السفيرة الأمين أمين المدير مدير المديرة مديرة الملك ملك الملكة الأمير أمير "
    "الأميرة ولي الشيخ شيخ النائب نائب النائبة نائبة عضو العضو قائد القائد زعيم الزعيم المستشار مستشار "
    "المستشارة مستشارة المبعوث مبعوث الممثل ممثل المندوب مندوب اللواء لواء العميد عميد العقيد عقيد "
    "الجنرال جنرال الفريق المشير الدكتور الدكتورة د المهندس السيد السيدة الأستاذ الأستاذة البروفسور "
    "البروفيسور المحلل الباحث الخبير المفوض مفوض المفوضة رئيس_الوزراء المرشد الإمام البابا القس "
    "المطران المحافظ محافظ الحاكم حاكم العمدة عمدة المدعي القاضي قاضي المحامي محامي الكاتب الصحافي "
    "الصحفي المراسل النجم الفنان الفنانة اللاعب المدرب مدرب الأمينة أمينة السكرتير سكرتير وكيل الوكيل "
    "مساعد المساعد نائبه رئيسه المسؤولة مدعي السناتور سناتور السيناتور عضو_الكونغرس لاعب اللاعب مدافع "
    "مهاجم حارس الحارس قائد_الفريق رئيسة_الوزراء المتحدثة_باسم "
    # read as titles in Saudi local news (SaudiNewsNet, 2015)
    "القنصل قنصل منسق المنسق مشرف المشرف المشرفة مشرفة الملحق ملحق "
    # mosque offices before the name (إمام وخطيب المسجد النبوي الشيخ فلان), read on SaudiNewsNet (okaz 2015)
    "خطيب الخطيب مؤذن المؤذن امام_ عميدة العميدة "
    # academic descriptors before the name (الأكاديمي والمتخصص في … الدكتور فلان), okaz 2015
    "الأكاديمي الأكاديمية أكاديمي"
).split()}
# Titles whose folded form is another word: إمام (imam) folds like أمام (in front of), so only the spelling with
# hamza below is read as the title, folded to this token (``attribution.tokens.fold``).
HAMZA_TITLES = {"إمام": "امام_"}
# Verbs of appeal whose object is a group of people (ودعت المتقدمين إلى، ودعا الجميع لحضور، طالب المواطنين بـ):
# a definite sound plural or dual in ـين, or الجميع, right after them is the object, not the subject; read on
# SaudiNewsNet (okaz, alriyadh 2015).
APPEAL_LEMMAS = {normalize(w) for w in "دعا طالب حث ناشد حذر نصح".split()}
APPEAL_OBJECTS = {normalize(w) for w in "الجميع الكل كافة".split()}
# Nouns that describe a person right after the name (كريس ويليامسون كبير المحللين، معتصم الأحمد محلل الأسواق).
APPOSITION_NOUNS = {normalize(w) for w in (
    "كبير كبيرة محلل محللة مسؤول مسؤولة خبير خبيرة أستاذ أستاذة باحث باحثة مؤسس مؤسسة صاحب صاحبة مالك "
    "رئيس رئيسة مدير مديرة عضو نائب مستشار مستشارة أمين وزير وزيرة سفير سفيرة قائد زعيم مدرب لاعب "
    "الرئيس المدير العضو النائب المستشار الأمين الوزير السفير القائد الزعيم المدرب اللاعب الخبير المحلل "
    "الشريك شريك المؤسس الرئيسة المديرة الناطق المتحدث"
).split()}
# Nouns that continue a title (construct state) without being a name: المتحدث باسم وزارة الخارجية ...
TITLE_LINKS = {normalize(w) for w in (
    "باسم لشؤون شؤون عام العام وزارة مجلس هيئة لجنة حكومة دولة إدارة شركة جامعة مركز منظمة حزب حركة "
    "جمعية مؤسسة بنك صندوق الأمم الاتحاد اتحاد مكتب قسم دائرة جهاز وكالة الدولة سابق السابق الأسبق "
    "أركان الأركان سر بن ابن بنت أبو أم آل عبد "
    # a portfolio in construct after a title (وزيرة خارجية الاتحاد الأوروبي، وزير مالية اليونان)
    "خارجية داخلية دفاع مالية عدل صحة تعليم تجارة اقتصاد طاقة إعلام ثقافة"
).split()} - {normalize(w) for w in "بن ابن بنت أبو أم آل عبد".split()}
# Words that belong to a person's name although they begin with ال or look like links (عبد الله، بن سلمان).
NAME_PARTICLES = {normalize(w) for w in "بن ابن بنت أبو أبي أم آل عبد ولد".split()}
# Feminine person titles (for gender agreement with an implicit subject).
FEMININE_HINT_SUFFIX = "ه"  # folded ta marbuta


def _forms() -> dict[str, CueForm]:
    out: dict[str, CueForm] = {}

    def add(word: str, lemma: str, cls: str, gender: str | None, form: str, weak: bool) -> None:
        key = normalize(word)
        if key and key not in out:
            out[key] = CueForm(lemma, cls, gender, form, weak)

    for lemma, cls, past, pres, part, flags in _VERBS:
        weak = "weak" in flags
        pm, *rest = past.split()
        pf = rest[0] if rest else ""
        ppl = rest[1:]
        if "nopast" not in flags:
            add(pm, lemma, cls, "m", "past", weak)
            add(pf, lemma, cls, "f", "past", weak)
            for p in ppl:
                add(p, lemma, cls, "pl" if p.endswith("وا") else "m", "past", weak)
        if pres and lemma not in _NO_PRESENT:
            add("ي" + pres, lemma, cls, "m", "present", weak)
            add("ت" + pres, lemma, cls, "f", "present", weak)
            add("ي" + pres + "ون", lemma, cls, "pl", "present", weak)
        if part:
            stem = part[:-1] + "ي" if part.endswith("ي") else part
            add(stem + "ا", lemma, cls, "m", "participle", weak)
            add(stem + "اً", lemma, cls, "m", "participle", weak)
            add(stem + "ة", lemma, cls, "f", "participle", weak)
            add(stem + "ين", lemma, cls, "pl", "participle", weak)
    for word, cls in _MASDARS:
        add(word, word, cls, None, "masdar", False)
    for w in _HEDGES:
        key = normalize(w)
        if key in HEDGE_ONLY or key not in out:
            out[key] = CueForm(w, "hedge", None, "passive", False)
    # نافيا (participle of نفى) is irregular
    add("نافيا", "نفى", "speech", "m", "participle", False)
    add("نافية", "نفى", "speech", "f", "participle", False)
    return out


CUE_FORMS: dict[str, CueForm] = _forms()
MARKS_ONLY = {normalize(lemma) for lemma, *_rest, flags in _VERBS if "marks" in flags}
CONTENT_CUES = {k for k, v in CUE_FORMS.items() if normalize(v.lemma) not in MARKS_ONLY}
# Forms to leave out even though generated: ordinary nouns and adjectives in their own right.
for _w in ("مفيد", "مفيدا", "مفيدة", "لافتة", "متهم", "متهمين", "متهما", "متوقع", "متوقعا", "متوقعة",
           "مقر", "مقرا", "مقرة", "ملاحظة", "معلق", "معلقة", "معلقا", "مطالبة", "مطالبين", "معتقد", "مبين",
           "مبينة", "مدعين", "متعهد", "واعد", "واعدة", "واعدا", "يعد", "تعد", "يعدون", "شارح", "تقر",
           "تصف", "يصف", "معرب", "ذاكر", "تبين", "يبين", "عاده", "عادين", "مخبرا", "مخبره", "مخبرين",
           "مرحبا", "مرحبه", "مرحبين", "مصره", "راويه", "مختتمه", "ناشرا", "ناشره", "ناشرين", "متحدثا", "متحدثه", "متحدثين", "تتحدث",
           "يتحدث", "يتحدثون"):
    CUE_FORMS.pop(normalize(_w), None)

SPEECH_PARTICIPLE_FORMS = {k for k, v in CUE_FORMS.items() if v.form in ("participle", "masdar")}

# Adverbial openers that stand before a clause's verb (من جانبه، أشاد …؛ بدوره، ثمن …); read on SaudiNewsNet.
CLAUSE_OPENERS = {normalize(w) for w in "من ومن في وفي بدوره بدورها وبدوره وبدورها كما على وعلى الى إلى".split()}
# «علمت عكاظ أن»: a paper reporting its own findings (Saudi press usage, read on SaudiNewsNet, 2015).
OUTLET_LEARNED = {normalize(w) for w in "علمت علم".split()}
# The kind of outlet a noun names, so that «الوكالة» resolves to an agency and «الصحيفة» to a paper named before.
OUTLET_KINDS = {normalize(k): v for k, v in {
    "صحيفة": "paper", "الصحيفة": "paper", "جريدة": "paper", "الجريدة": "paper", "يومية": "paper", "اليومية": "paper",
    "وكالة": "agency", "الوكالة": "agency", "قناة": "tv", "القناة": "tv", "تلفزيون": "tv", "التلفزيون": "tv",
    "التليفزيون": "tv", "شبكة": "tv", "الشبكة": "tv", "محطة": "tv", "المحطة": "tv", "إذاعة": "radio",
    "الإذاعة": "radio", "موقع": "site", "الموقع": "site", "مجلة": "magazine", "المجلة": "magazine"}.items()}
# News agencies cited without the word وكالة (wire copy in Arabic papers).
AGENCY_NAMES = {normalize(w) for w in (
    "رويترز|فرانس برس|أسوشيتد برس|اسوشيتد برس|أسوشييتد برس|واس|الأناضول|كونا|وام|سانا|شينخوا|كيودو|يونهاب|تاس|"
    "إيتار تاس|نوفوستي|إرنا|بترا|قنا|بلومبرغ|بلومبيرغ|د ب أ|أ ف ب"
).split("|")}
# Publication verbs in a relative clause after a document or data noun (بيانات نشرت أمس، تقرير نشرته الصحيفة،
# بيان وزعه المكتب): they name the document's owner and do not end the report that contains them.
PUBLISH_VERBS = {normalize(w) for w in (
    "نشر نشرت نشره نشرته نشرها نشرتها أصدر أصدرت أصدره أصدرته أصدرها أصدرتها وزع وزعت وزعه وزعته وزعها وزعتها "
    "أعد أعدت أعده أعدته أعدها أعدتها بث بثت بثه بثته بثها بثتها"
).split()}
# Verbs that continue the previous speaker's statement (وأضاف، وتابع، واستطرد): a bare descriptor after them
# (وأضاف القائد السابق للمنتخب) is that speaker named another way.
CONTINUATION_VERBS = {normalize(w) for w in "أضاف تابع أردف استطرد استدرك ختم واصل مضى".split()}
# Openers of a paraphrased interview question (وعن طموحاته، «…» / وحول غياب اللاعبين، «…»): the quotation after
# them is the interviewee's answer (interview write-ups in Saudi papers, read on SaudiNewsNet).
TOPIC_OPENERS = {normalize(w) for w in "وعن عن وحول حول وبشأن بشأن وفيما فيما وبخصوص بخصوص وعما عما".split()}
# Asking (سألت «عكاظ» الوزير عن …، فأجاب / وعند سؤاله عن … قال): the answer is the one asked, never the asker.
ASK_VERBS = {normalize(w) for w in "سأل سألت سألنا سألوا".split()}
ASK_PRONOUN_FORMS = {normalize(w) for w in (
    "سألته سألتها سألناه سألناها سألوه سألها سأله سؤاله سؤالها سؤالهم بسؤاله بسؤالها لسؤاله لسؤالها"
).split()}
# Place nouns whose ب-phrase belongs to a body's name (الشؤون الصحية بمنطقة مكة المكرمة، شرطة بمحافظة جدة).
LOCATIVE_NOUNS = {normalize(w) for w in "منطقة محافظة مدينة مركز قرية حي إمارة ولاية".split()}
# Documents that are the outlet's own report (جاء في الخبر، وفق التقرير الذي نشرته الصحيفة is handled by its owner).
NEWS_ITEM_NOUNS = {normalize(w) for w in "الخبر المقال".split()}
