"""Context patterns that find entities the knowledge base does not know: head nouns of organisation and place
names, words that introduce a person's name, and words that end a name.

Provenance: hand-curated for Marsad (2026) from Modern Standard Arabic news usage (Saudi and Gulf press);
span conventions follow the ANERcorp/CoNLL practice used by the Marsad gold annotations: an organisation's head
noun is inside its name when the rest is a common-noun phrase (``شركة الكهرباء السعودية``, ``جامعة الملك سعود``,
``لجنة العلاقات الخارجية``); an administrative place noun is a descriptor left outside (``مدينة عدن`` -> ``عدن``,
``محافظة لحج`` -> ``لحج``); a landmark's head noun is inside (``جزيرة الحدود``, ``جسر الملك فهد``, ``مطار ...``).
"""

from __future__ import annotations

# Head nouns that start an organisation name (construct state: وزارة الصحة, هيئة حقوق الإنسان, مجلس الشورى).
ORG_HEADS: tuple[str, ...] = (
    "وزارة", "هيئة", "مجلس", "جامعة", "كلية", "معهد", "أكاديمية", "بنك", "مصرف", "مؤسسة", "جمعية", "لجنة",
    "صندوق", "مستشفى", "منظمة", "اتحاد", "حزب", "جبهة", "رابطة", "نقابة", "مرصد",
    "أمانة", "بلدية", "محكمة", "نيابة", "ديوان", "وكالة", "شرطة",
    "حرس", "مجمع", "شركة", "مجموعة", "نادي", "ائتلاف",
    "الهيئة", "المؤسسة", "الجمعية", "المجلس", "المنظمة", "الشركة", "الصندوق", "المركز", "الاتحاد",
    "اللجنة", "البنك", "المصرف", "الأكاديمية", "المعهد", "الرابطة", "النقابة", "الغرفة", "المديرية", "المرصد",
)

# Nouns that open a ل-phrase inside an organisation's name after its adjective, in construct with a definite noun
# (``الاتحاد الفلسطيني لكرة القدم``, ``الجمعية الوطنية لحقوق الإنسان``, ``الهيئة الوطنية لحماية الحياة الفطرية``,
# ``الجمعية الخيرية لتحفيظ القرآن الكريم``). Purpose masdars (لتحقيق, لدعم, لتعزيز) are left out: after a subject
# they start an adverbial (``كان البنك التجاري لتحقيق النجاح``). Hand-curated, Marsad 2026.
ORG_L_CONSTRUCT: tuple[str, ...] = (
    "كرة", "ألعاب", "حقوق", "حماية", "رعاية", "شؤون", "أبحاث", "بحوث", "دراسات", "علوم", "مكافحة", "تحفيظ",
    "تحلية", "إغاثة", "إسكان", "تنمية", "تأهيل", "مراقبة", "هندسة", "تقنية", "صناعة", "خدمات",
)

# Words of sports reporting: an article with at least four of them is a sports article, where a club's one-word
# name (``الهلال``, ``النصر``, ``العين``) names the club even without ``نادي`` before it. Hand-curated, Marsad 2026.
SPORTS_CUES: tuple[str, ...] = (
    "نادي", "النادي", "ناد", "الأندية", "الفريق", "فريق", "المدرب", "مدرب", "اللاعب", "لاعب", "اللاعبين", "لاعبي",
    "مباراة", "المباراة", "مباريات", "المباريات", "الدوري", "دوري", "هدف", "هدفا", "أهداف", "الأهداف", "الملعب",
    "المنتخب", "منتخب", "البطولة", "الموسم", "المهاجم", "الحارس", "حارس", "المدافع", "الكرة", "كرة", "التعاقد",
    "الجماهير", "الشوط", "ركلات", "الترجيح", "التتويج", "الكأس", "كأس", "الزعيم", "العالمي", "الودية",
)

# Nouns after which an outlet named like a place is the outlet (``صحيفة الشرق الأوسط``); after other descriptors
# (``العاصمة الرياض``) the place. Hand-curated, Marsad 2026.
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "صحيفة", "الصحيفة", "جريدة", "الجريدة", "قناة", "القناة", "وكالة", "مجلة", "المجلة", "موقع", "إذاعة", "تلفزيون",
    "شبكة", "لصحيفة", "لجريدة", "لقناة", "لوكالة", "لمجلة", "بصحيفة", "بجريدة",
)

# Heads that name an organisation only before a known place (``غرفة نجران``, ``غرفة جدة``: chambers of commerce);
# before anything else they are common nouns (``غرفة العمليات``, ``غرفة النوم``). Hand-curated, Marsad 2026.
ORG_PLACE_HEADS: tuple[str, ...] = ("غرفة",)

# Organisation heads that are descriptors before a proper name: ``شركة «مرسيدس»`` -> ``مرسيدس`` (head outside).
ORG_DESCRIPTOR_HEADS: tuple[str, ...] = ("شركة", "نادي", "مجموعة", "وكالة", "حزب", "حركة", "جماعة", "تنظيم")

# Administrative place nouns: the name after them is a place, the noun itself is not part of it.
LOC_DESCRIPTOR_HEADS: tuple[str, ...] = (
    "مدينة", "محافظة", "منطقة", "ولاية", "إقليم", "قرية", "بلدة", "حي", "ضاحية", "مقاطعة", "مديرية", "قضاء",
    "ناحية", "مخيم", "بلدات", "قرى", "مدن", "محافظات", "أحياء",
)

# Sector names of a Saudi region's or governorate's branch office: a body only with its place after ب
# (``الشؤون الصحية بمنطقة مكة المكرمة``, as the dev gold annotates it; ``الإدارة العامة للتعليم بالخرج``); alone they
# are a sector, not a name. Round 4 blind pass over alriyadh, aljazirah, okaz, alwatan, almadina, Marsad 2026.
REGIONAL_BRANCH_HEADS: tuple[str, ...] = (
    "الشؤون الصحية", "الشئون الصحية", "الشؤون الاجتماعية", "الشئون الاجتماعية", "الشؤون البلدية والقروية",
    "الإدارة العامة للتعليم", "إدارة التعليم", "الإدارة العامة للمرور", "إدارة المرور", "الإدارة العامة للدفاع المدني",
    "إدارة الدفاع المدني", "الإدارة العامة للصحة", "المديرية العامة للشؤون الصحية", "الإدارة العامة للشؤون الصحية",
    "المديرية العامة للدفاع المدني", "الإدارة العامة للجوازات", "إدارة الجوازات", "هيئة الأمر بالمعروف",
)

# Administrative nouns between ب and the place of a regional branch (بمنطقة, بمحافظة, بمدينة).
BRANCH_PLACE_NOUNS: tuple[str, ...] = ("منطقة", "محافظة", "مدينة")

# Landmark nouns that are part of the place's name: جزيرة الحدود, مطار الملك خالد, قاعدة العند, وادي عقان.
LOC_HEADS: tuple[str, ...] = (
    "جزيرة", "جسر", "مطار", "ميناء", "قاعدة", "وادي", "جبل", "جبال", "شارع", "ميدان", "قلعة", "سد", "بحيرة",
    "مضيق", "صحراء", "واحة", "معبر", "برج", "حديقة", "كورنيش", "ملعب", "استاد", "قصر", "مسجد", "جامع",
    "مبنى", "فندق", "متحف", "كنيسة", "كاتدرائية", "ساحة",
    "متنزه",  # متنزه الملك عبدالله البيئي: a park (round 4 blind pass, Marsad 2026)
)

# Roads and crossings that are landmarks only when named after a royal (``طريق الملك فهد``, ``نفق الأمير سلطان``);
# before a common noun they are common words (``عن طريق الوزارة`` "by way of the ministry"). Round 5, Marsad 2026.
ROAD_HEADS: tuple[str, ...] = ("طريق", "نفق", "دوار", "تقاطع", "محور", "كوبري", "ممشى")

# Honorifics, ranks and occupations written right before a person's name (Saudi/Gulf press usage).
PERSON_CUES: tuple[str, ...] = (
    "الأمير", "الأميرة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "د", "المهندس", "المهندسة",
    "الأستاذ", "الأستاذة", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم",
    "الفريق", "الفريق أول", "الرقيب", "الرقيب أول", "العريف", "العريف أول", "الملازم أول", "الجندي أول", "الجندي", "المستشار", "المستشارة", "السفير", "السفيرة",
    "الوزير", "الوزيرة", "النائب", "النائبة", "القاضي", "المحامي", "المحامية", "الداعية", "الإمام", "المفتي",
    "المواطن", "المواطنة", "المقيم", "الطالب", "الطالبة", "الطفل", "الطفلة", "الشاب", "الشابة", "المعلم",
    "المعلمة", "الطبيب", "الطبيبة", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة", "الفنان", "الفنانة", "الممثل",
    "الممثلة", "المطرب", "المطربة", "المدير", "المديرة", "المدير الفني", "المدير التنفيذي", "الإعلامي", "الإعلامية", "الصحفي", "الصحفية", "الزميل", "الزميلة",
    "اللاعب", "اللاعبة", "المدرب", "الرئيس", "الملك", "الملكة", "ولي العهد", "السيد", "السيدة",
    "الرحالة", "المؤرخ", "الباحث", "الباحثة", "الناشط", "الناشطة", "الروائي", "الروائية", "الأديب", "المخرج",
    "المخرجة", "رجل الأعمال", "سيدة الأعمال", "الحاج", "الحاجة", "المغرد", "المغردة", "الداعية", "المقرئ",
    "الشهيد", "الجنرال", "المشير", "البروفيسور", "البروفسور", "العلامة", "سمو", "معالي", "فضيلة", "سعادة",
    # literary occupations of the Saudi cultural pages (القاص محمد ..., القاصة ...), round 4 blind pass, Marsad 2026
    "القاص", "القاصة", "البروفيسورة", "البروفسورة",
    # "the one named": crime and court reports (المدعو شاه فيصل عظيم شاه, ويدعى روزان زوير), round 4, Marsad 2026
    "المدعو", "المدعوة", "يدعى", "تدعى",
    # Saudi police and army ranks below الرقيب (الوكيل رقيب جمعان شرفي), round 4, Marsad 2026
    "الوكيل رقيب", "وكيل رقيب", "رقيب", "رقيب أول", "عريف", "جندي أول",
)

# Role nouns in construct before an organisation or place, then the holder's name: مدير جامعة طيبة عدنان المزروع,
# أمير منطقة الرياض الأمير فيصل بن بندر, محافظ جدة مشعل السديري.
ROLE_HEADS: tuple[str, ...] = (
    "رئيس", "رئيسة", "مدير", "مديرة", "أمين", "أمينة", "محافظ", "أمير", "عميد", "وكيل", "وكيلة", "مساعد",
    "نائب", "نائبة", "قائد", "مفتي", "إمام", "خطيب", "عضو", "عضوة", "مستشار", "مستشارة", "سفير", "سفيرة",
    "وزير", "وزيرة", "مؤسس", "مالك", "رئيس مجلس إدارة", "المتحدث باسم", "المتحدثة باسم", "الناطق باسم",
    "المتحدث الرسمي باسم", "المتحدث الرسمي لـ", "مندوب", "ممثل", "قنصل", "ملحق",
)

# Words that end a name run besides marsad.data.titles.NAME_STOPWORDS: time words, place/relation nouns.
EXTRA_NAME_STOPWORDS: tuple[str, ...] = (
    "صباح", "مساء", "ظهر", "الساعة", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين",
    "أمس", "اليوم", "غدا", "لدى", "عبر", "بعد", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
    "غربي", "نحو", "إثر", "جراء", "بسبب", "رغم", "دون", "ضمن", "تجاه", "حيث", "عندما", "بينما", "كذلك", "وكذلك",
    "فيما", "مما", "الذي", "التي", "اللذين", "اللتين", "الذين", "اللواتي", "اللذان", "اللتان", "ممن", "والذي", "والتي", "ثم",
    "سواء", "إذ", "إذا", "لو", "لأن", "كي", "قائلا", "قائلة", "مؤكدا", "مؤكدة", "مشيرا", "مشيرة", "مضيفا",
    "مضيفة", "موضحا", "موضحة", "لافتا", "لافتة", "معربا", "معربة", "داعيا", "داعية", "رئيسا", "عضوا", "بها",
    "برفقة", "بحضور", "بمشاركة", "بجانب", "برئاسة", "بقيادة", "بصحبة", "بواسطة", "بدعم", "لصالح", "بمناسبة",
    "بتنظيم", "برعاية", "بإشراف", "بالتعاون", "بتكليف", "بتوجيه", "وفق", "وفقا", "حسب", "بحسب", "رضي", "رحمه",
    "عليه", "صلى", "يرحمه", "حفظه", "أيده",
    # verbs of blessing formulae after a name (أطال الله في عمره, أدام الله عزه), round 4 blind pass, Marsad 2026
    "أطال", "أدام", "أعز", "شاء", "تعالى", "جزى",
    # medical occupations written after the name (طارق محمود أمين استشاري جراحة الأورام), round 4, Marsad 2026
    "استشاري", "استشارية", "أخصائي", "أخصائية", "اخصائي", "اخصائية",
    "فخامة", "سمو", "معالي", "سعادة", "فضيلة", "سماحة", "أخوه", "اخوه", "أخيه", "شقيقه", "شقيقته", "نجله", "ابنه",
    "والده", "والدته", "زوجته", "زوجها", "عمه", "خاله", "جده",
    "به", "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "إليه", "إليها", "عنه", "عنها", "معه",
    "بأن", "بأنه", "بأنها", "لأنه", "كل", "جميع", "بعض", "غير", "نفس", "ذات", "عدة", "عدد",
    # months (Gregorian, Levantine, Hijri): a month after a name-like word is a date
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
    "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "محرم", "صفر",
    "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة",
    # perfect verbs that follow a subject's name in headlines and lead sentences
    "شدد", "شددت", "أكد", "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "بينت", "دعا", "دعت", "طالبت",
    "أعرب", "أعربت", "كشف", "كشفت", "رفع", "رفعت", "وجه", "وجهت", "ناشد", "ناشدت", "افتتح", "افتتحت", "استقبل",
    "استقبلت", "التقى", "التقت", "زار", "زارت", "يؤكد", "تؤكد", "يشدد", "يستقبل", "يفتتح", "يرعى", "يدشن", "دشن",
)

# Nouns that name something after a person (``جائزة الملك فيصل``, ``شارع الأمير سلطان``): a royal's name after them
# is part of that name, not a person mention of its own.
EPONYM_HEADS: tuple[str, ...] = (
    "جائزة", "كرسي", "مدينة", "مدرسة", "كلية", "قاعة", "مسابقة", "مبادرة", "برنامج", "مشروع", "طريق", "حي",
    "دوار", "نفق", "مجمع", "مركز", "مؤسسة", "منحة", "كأس", "بطولة", "سباق", "مهرجان", "معرض", "ملعب",
    "استاد", "شارع", "جامعة", "مستشفى", "مسجد", "جامع", "قاعدة", "مطار", "ميناء", "جسر", "قصر",
)  # (not وقف "endowment": far more often the verb, وقف الأمير على الموقع "the prince stood"; round 5)

# Complements that make a head noun a generic body, not a named one (``مجلس الإدارة``, ``لجنة التحكيم``), and
# nouns that are no organisation's purpose after ل (``للفترة``, ``للعام``).
GENERIC_COMPLEMENTS: tuple[str, ...] = (
    "الإدارة", "الادارة", "إدارة", "ادارة", "الأمناء", "الشركة", "البنك", "المدينة", "الحكام", "التحكيم", "الطلاب",
    "الآباء", "الأمهات", "المعلمين", "الحي", "القرية", "المنطقة", "المحافظة", "الدولة", "الجامعة", "الكلية",
    "المدرسة", "النادي", "الفريق", "الحزب", "الاتحاد", "المؤسسة", "الهيئة", "الوزارة", "الجمعية", "اللجنة",
    "التحقيق", "الفترة", "العام", "السنة", "المرحلة", "الشهر", "الأسبوع", "اليوم", "الموسم", "الدورة", "الجلسة",
)

# Verbs of saying and stance that put their subject (often a person's name) right after them (VSO order): قال ألونسو،
# وأضاف هوارد جرونسبكت. Masculine and feminine perfect, and the imperfect of the most frequent.
SUBJECT_VERBS: tuple[str, ...] = (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "أشار", "أشارت", "اعتبر", "اعتبرت", "رأى",
    "رأت", "صرح", "صرحت", "ذكر", "ذكرت", "أعلن", "أعلنت", "كشف", "كشفت", "هاجم", "هاجمت", "انتقد", "انتقدت",
    "اتهم", "اتهمت", "نفى", "نفت", "حذر", "حذرت", "شدد", "شددت", "تابع", "تابعت", "أردف", "أردفت", "اعترف",
    "اعترفت", "يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد", "يرى", "ترى", "يعتبر", "تعتبر", "يروي", "تروي",
    "يختتم", "يكمل", "أجاب", "أجابت", "علق", "علقت", "أعرب", "أعربت", "أبدى", "أبدت",
)

# Adjectives that continue an organisation's name after its head and complement (``العام``, ``الوطني``).
ORG_ADJECTIVE_ENDINGS: tuple[str, ...] = ("ي", "ية", "يه")

# Particles inside foreign names (جانسون دي سانتوس, لولا دا سيلفا, رود فان نيستلروي).
FOREIGN_NAME_PARTICLES: tuple[str, ...] = ("دي", "دا", "دو", "دوس", "فان", "فون", "ديل", "لا", "لو")

# Prepositions after which an ambiguous given name is read as the common noun (في عمر الزهور "in the age of").
PREPOSITIONS: tuple[str, ...] = ("في", "من", "على", "إلى", "عن", "مع", "حول", "بعد", "قبل", "منذ")

# Words that betray a text writing final ى as ي (إلي, حتي): there علي is as often the preposition as the name.
YA_FOR_ALEF_MAQSURA_MARKERS: tuple[str, ...] = ("إلي", "الي", "حتي", "لدي", "متي", "مستوي", "أدني", "أقصي")

# Adjectives in ـة (and a few others) that continue an organisation's name (الهيئة العامة, الأمم المتحدة).
ORG_ADJECTIVES: tuple[str, ...] = (
    "العامة", "الخاصة", "المتحدة", "المشتركة", "المستقلة", "الحرة", "المختصة", "الدائمة", "العليا", "الكبرى",
    "العظمى", "الأعلى", "العام", "الخاص", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الكبير", "الموحد",
    "الموحدة", "المؤقت", "المؤقتة", "الجديد", "الجديدة",
)

# Arabic spellings of Latin letter names (standard MSA transliteration of the Latin alphabet): a model mention made
# only of these (جي إل سي) names a product as often as a company.
# Currency names: after a number (``300 ريال``, ``7 مليون ريال سعودي``) they are no club or organisation, whatever
# the NER model says. Hand-curated, Marsad 2026.
CURRENCY_WORDS: tuple[str, ...] = (
    "ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو", "دينار", "دينارا", "دنانير", "درهم", "درهما",
    "دراهم", "جنيه", "جنيها", "جنيهات", "ليرة", "ليرات", "روبية", "ين", "يوان", "روبل", "فرنك", "إسترليني",
)

# Future and Form V/VI imperfect verb openings (``سأكون``, ``سنعمل``, ``نتفاوض``, ``يتحدث``) that never open a name
# word: an ambiguous given name before one is an ordinary word (``هيا نتفاوض``, ``رجاء سأكون``).
VERB_OPENINGS: tuple[str, ...] = ("سأ", "سا", "سن", "ست", "سي", "نت", "يت", "تت")

LATIN_LETTER_NAMES: tuple[str, ...] = (
    "إيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "كيه", "كي", "إل", "إم", "إن", "أو", "كيو", "آر",
    "إس", "تي", "يو", "في", "دبليو", "إكس", "واي", "زد", "زي",
)

# Words that open a model's person mention without being part of the name (أخي فيصل, آية الله, الكابتن ...).
NOT_NAME_OPENERS: tuple[str, ...] = (
    "سيد", "السيد", "أخي", "أخو", "أبو", "أم", "آية", "الشيخ", "الدكتور", "سيناتور", "السيناتور", "الأمير",
    "الأستاذ", "الحاج", "يا", "عزيزي", "صديقي", "الكابتن", "كابتن",
    # counterparts and kin with a pronoun (نظيريه الأمريكي, حفيد جلال الدين حقاني), Marsad 2026
    "نظيره", "نظيريه", "نظيرها", "نظيرتها", "نظيرهم", "حفيد", "حفيده", "شقيق", "شقيقه", "نجل", "نجله", "ابنه",
)

# Titles that are the first word of some places' and bodies' own names (``الشيخ زويد`` is Sheikh Zuweid, a town;
# ``الملك فهد`` in a causeway's name): with the English word an entry's English name starts with. A KB place or body
# whose English name opens with the title keeps the title inside its mention. Round 5, Marsad 2026.
TITLES_IN_PLACE_NAMES: dict[str, tuple[str, ...]] = {
    "الشيخ": ("sheikh", "shaikh", "sheik", "shaykh"), "الملك": ("king",), "الأمير": ("prince",),
    "الأميرة": ("princess",), "الملكة": ("queen",), "السلطان": ("sultan",), "الإمام": ("imam",),
    "السيدة": ("sayeda", "sayyida", "sayida"), "السيد": ("sayed", "sayyid"),
}

# Royal and religious titles whose holder's name belongs to an eponymous institution after a head noun
# (جامعة الملك سعود, مستشفى الملك فيصل, جسر الملك فهد).
ROYAL_TITLES: tuple[str, ...] = ("الملك", "الأمير", "الشيخ", "السلطان", "الإمام", "الأميرة", "الملكة")
