"""Arabic time vocabulary for the time stage: month names (three Gregorian traditions and the Hijri calendar),
weekdays, number words, units, relative words, parts of the day and vague references.

Provenance: written by hand for Marsad from general knowledge of Modern Standard Arabic news usage and the
regional month-name traditions (Egyptian/Gulf transliterated names, Levantine/Iraqi Syriac-derived names,
Algerian/Tunisian French-derived and Moroccan names), cross-checked against the Arabic Wikipedia articles on the
Gregorian and Hijri calendars. Spellings are given as written in news; the tagger folds them with
``marsad.text.normalize.normalize`` (hamza forms, ta marbuta, alef maqsura, diacritics) before matching, so one
spelling per folded form is enough.
"""

from __future__ import annotations

# Gregorian months: name -> month number. Several traditions share a name (مارس, سبتمبر ...).
GREGORIAN_MONTHS: dict[str, int] = {
    # MSA / Egypt / Gulf (transliterated)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "أغسطوس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
    "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # Maghreb: Algeria / Tunisia (French-derived)
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويليه": 7, "أوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

# Names that are also ordinary words (آب "father", ماي, مارس "he practised", أيار, تموز, أوت):
# accepted only next to a day number, a year, or the head شهر.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"آب", "ماي", "مارس", "أوت", "تموز", "أيار", "غشت", "شباط",
                                              "نيسان"})  # نيسان is also Nissan (the carmaker)

# Hijri (Islamic) months: name -> month number (Umm al-Qura calendar via hijridate).
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع أول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4, "ربيع آخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12,
}
# Hijri month names that are ordinary words without a number next to them.
AMBIGUOUS_HIJRI: frozenset[str] = frozenset({"صفر", "رجب", "محرم"})

# Markers written after a year: Gregorian (م، ميلادي) and Hijri (هـ، هجري).
GREGORIAN_ERA = ("م", "ميلادي", "ميلادية", "للميلاد")
HIJRI_ERA = ("هـ", "ه", "هجري", "هجرية", "للهجرة")

# Weekdays: name -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4, "الجمعة": 5, "السبت": 6, "الأحد": 7,
}

# Cardinal number words (masculine and feminine forms) -> value.
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2, "إثنين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "أربعين": 40, "أربعون": 40, "خمسين": 50,
    "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80,
    "تسعين": 90, "تسعون": 90, "مئة": 100, "مائة": 100, "مئات": 100, "ألف": 1000, "عدة": 0, "بضعة": 0, "بضع": 0,
    # hundreds written as one word (ثلاثمائة، خمسمئة) and the dual (مئتين، مائتي)
    **{f"{u}{h}": v * 100 for u, v in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                       ("ثمان", 8), ("تسع", 9)) for h in ("مئة", "مائة")},
    "مئتين": 200, "مئتان": 200, "مائتين": 200, "مائتان": 200, "مئتي": 200, "مائتي": 200,
    "ألفين": 2000, "ألفي": 2000,
}
# Compound teens: first word -> value (followed by عشر / عشرة).
TEEN_UNITS: dict[str, int] = {
    "أحد": 1, "إحدى": 1, "اثني": 2, "اثنتي": 2, "اثنا": 2, "اثنتا": 2, "ثلاث": 3, "ثلاثة": 3, "أربع": 4,
    "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9,
}
# Fractions that build durations (نصف ساعة، ربع قرن).
FRACTIONS: dict[str, float] = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}

# Ordinal words for clock hours and days of the month -> value.
ORDINALS: dict[str, int] = {
    "الواحدة": 1, "الأولى": 1, "الأول": 1, "الثانية": 2, "الثاني": 2, "الثالثة": 3, "الثالث": 3,
    "الرابعة": 4, "الرابع": 4, "الخامسة": 5, "الخامس": 5, "السادسة": 6, "السادس": 6, "السابعة": 7,
    "السابع": 7, "الثامنة": 8, "الثامن": 8, "التاسعة": 9, "التاسع": 9, "العاشرة": 10, "العاشر": 10,
    "الحادية عشرة": 11, "الحادي عشر": 11, "الثانية عشرة": 12, "الثاني عشر": 12,
}

# Ordinal days of the month beyond twelve (الثالث عشر من رمضان، الحادي والعشرين من مارس).
_ORD_UNITS = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
DAY_ORDINALS: dict[str, int] = {
    **{f"{u} عشر": i + 11 for i, u in enumerate(_ORD_UNITS)},
    "العشرين": 20, "الثلاثين": 30,
    **{f"{u} والعشرين": i + 21 for i, u in enumerate(_ORD_UNITS)},
    "الحادي والثلاثين": 31,
}

# Words after a month that point back at the last year the article named (30 أكتوبر تلك السنة).
SAME_YEAR = ("تلك السنة", "ذلك العام", "العام نفسه", "السنة نفسها", "العام ذاته", "السنة ذاتها", "نفس العام",
             "نفس السنة", "ذات العام", "من ذات العام", "ذات السنة", "من العام نفسه", "من نفس العام", "من العام ذاته", "من تلك السنة", "من ذلك العام")

# Religious and civil holidays -> (calendar, month, day). Hijri ones are converted for the year meant.
HOLIDAYS: dict[str, tuple[str, int, int]] = {
    "عيد الفطر": ("H", 10, 1), "عيد الفطر المبارك": ("H", 10, 1), "عيد الأضحى": ("H", 12, 10),
    "عيد الأضحى المبارك": ("H", 12, 10), "يوم عرفة": ("H", 12, 9), "وقفة عرفة": ("H", 12, 9),
    "رأس السنة الهجرية": ("H", 1, 1), "يوم عاشوراء": ("H", 1, 10), "عاشوراء": ("H", 1, 10),
    "المولد النبوي": ("H", 3, 12), "المولد النبوي الشريف": ("H", 3, 12), "ليلة القدر": ("H", 9, 27),
    "عيد الميلاد": ("G", 12, 25), "ليلة رأس السنة": ("G", 12, 31), "رأس السنة الميلادية": ("G", 1, 1),
}
# Ordinal of a day inside a holiday: أول أيام عيد الفطر -> +0, ثاني أيام -> +1.
HOLIDAY_DAY: dict[str, int] = {"أول": 0, "ثاني": 1, "ثالث": 2, "رابع": 3}

# Time units: surface form -> (TIMEX unit, count implied by the form, number: "sg" | "du" | "pl").
# TIMEX units: Y M W D H MIN S DE (decade) CE (century).
UNITS: dict[str, tuple[str, int, str]] = {
    "سنة": ("Y", 1, "sg"), "سنوات": ("Y", 0, "pl"), "سنين": ("Y", 0, "pl"), "سنتين": ("Y", 2, "du"),
    "سنتان": ("Y", 2, "du"), "عام": ("Y", 1, "sg"), "عاما": ("Y", 1, "sg"), "أعوام": ("Y", 0, "pl"),
    "عامين": ("Y", 2, "du"), "عامان": ("Y", 2, "du"), "سنوات": ("Y", 0, "pl"),
    "شهر": ("M", 1, "sg"), "شهرا": ("M", 1, "sg"), "أشهر": ("M", 0, "pl"), "شهور": ("M", 0, "pl"),
    "شهرين": ("M", 2, "du"), "شهران": ("M", 2, "du"),
    "أسبوع": ("W", 1, "sg"), "أسبوعا": ("W", 1, "sg"), "أسابيع": ("W", 0, "pl"), "أسبوعين": ("W", 2, "du"),
    "أسبوعان": ("W", 2, "du"),
    "يوم": ("D", 1, "sg"), "يوما": ("D", 1, "sg"), "أيام": ("D", 0, "pl"), "يومين": ("D", 2, "du"),
    "يومان": ("D", 2, "du"),
    "ساعة": ("H", 1, "sg"), "ساعات": ("H", 0, "pl"), "ساعتين": ("H", 2, "du"), "ساعتان": ("H", 2, "du"),
    "دقيقة": ("MIN", 1, "sg"), "دقائق": ("MIN", 0, "pl"), "دقيقتين": ("MIN", 2, "du"),
    "دقيقتان": ("MIN", 2, "du"),
    "ثانية": ("S", 1, "sg"), "ثوان": ("S", 0, "pl"), "ثواني": ("S", 0, "pl"), "ثانيتين": ("S", 2, "du"),
    "عقد": ("DE", 1, "sg"), "عقود": ("DE", 0, "pl"), "عقدين": ("DE", 2, "du"),
    "قرن": ("CE", 1, "sg"), "قرون": ("CE", 0, "pl"), "قرنين": ("CE", 2, "du"),
}

# Definite calendar heads used with relative words: العام الماضي، الشهر المقبل، الأسبوع الجاري.
CALENDAR_HEADS: dict[str, str] = {
    "العام": "Y", "السنة": "Y", "الشهر": "M", "الأسبوع": "W", "اليوم": "D",
    "الأعوام": "Yp", "السنوات": "Yp", "السنين": "Yp", "الأشهر": "Mp", "الشهور": "Mp", "الأسابيع": "Wp",
    "الأيام": "Dp", "الساعات": "Hp", "العقود": "DEp", "الفترة": "Xp", "الآونة": "Xp", "المرحلة": "Xp",
    "العقد": "DE", "القرن": "CE",
}

# Relative modifiers after a calendar head -> offset (-1 past, +1 future, 0 present).
PAST_WORDS = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة",
              "الأخير", "الأخيرة")
FUTURE_WORDS = ("المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية", "اللاحق", "اللاحقة")
PRESENT_WORDS = ("الجاري", "الجارية", "الحالي", "الحالية", "الراهن", "الراهنة")
# The demonstratives before a head: هذا العام، هذه السنة.
THIS_WORDS = ("هذا", "هذه")

# Day-level deictics -> offset in days from publication.
DAY_DEICTICS: dict[str, int] = {
    "اليوم": 0, "أمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2, "أمس الأول": -2,
    "غدا": 1, "غد": 1, "بعد غد": 2, "الليلة": 0, "الليلة الماضية": -1, "ليلة أمس": -1,
    "الليلة قبل الماضية": -2, "ليل أمس": -1,
}
# Deictics that name a night (TIMEX part of day NI).
NIGHT_DEICTICS = ("الليلة", "الليلة الماضية", "ليلة أمس", "الليلة قبل الماضية", "ليل أمس")

# Parts of the day -> TIMEX part-of-day code (MO morning, MI midday, AF afternoon, EV evening, NI night).
DAY_PARTS: dict[str, str] = {
    "صباح": "MO", "صبيحة": "MO", "فجر": "MO", "ظهر": "MI", "عصر": "AF", "مساء": "EV", "ليل": "NI",
    "ليلة": "NI", "منتصف ليل": "NI", "منتصف ليلة": "NI", "ظهيرة": "MI", "بعد ظهر": "AF", "ضحى": "MO",
}
# Period words after a clock time -> how to read the hour ("am", "pm", "noon", "night").
CLOCK_PERIODS: dict[str, str] = {
    "صباحا": "am", "صباح": "am", "فجرا": "am", "فجر": "am", "ظهرا": "noon", "ظهر": "noon",
    "بعد الظهر": "pm", "بعد الظهيرة": "pm", "عصرا": "pm", "عصر": "pm", "مساء": "pm", "مساءا": "pm",
    "ليلا": "night", "ليل": "night",
}

# Vague references -> TIMEX value.
VAGUE: dict[str, str] = {
    "مؤخرا": "PAST_REF", "في الآونة الأخيرة": "PAST_REF", "الآونة الأخيرة": "PAST_REF", "سابقا": "PAST_REF",
    "في السابق": "PAST_REF", "في الماضي": "PAST_REF", "في وقت سابق": "PAST_REF", "منذ فترة": "PAST_REF",
    "منذ زمن": "PAST_REF", "منذ وقت طويل": "PAST_REF", "في الفترة الأخيرة": "PAST_REF", "ذات يوم": "PAST_REF",
    "قريبا": "FUTURE_REF", "في المستقبل": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "في وقت لاحق": "FUTURE_REF",
    "لاحقا": "FUTURE_REF", "في المستقبل القريب": "FUTURE_REF", "في القريب العاجل": "FUTURE_REF",
    "عما قريب": "FUTURE_REF",
    "حاليا": "PRESENT_REF", "الآن": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF",
    "في الوقت الراهن": "PRESENT_REF", "حتى الآن": "PRESENT_REF", "في الوقت الحاضر": "PRESENT_REF",
    "راهنا": "PRESENT_REF", "الوقت الراهن": "PRESENT_REF", "الوقت الحالي": "PRESENT_REF",
}

# Sets: frequency adverbs -> TIMEX value.
SET_ADVERBS: dict[str, str] = {
    "يوميا": "P1D", "أسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "عاما بعد عام": "P1Y",
    "ساعيا": "PT1H", "فصليا": "P3M",
}
# The quantifier of a SET: كل يوم، كل عامين.
EVERY = "كل"

# Words before a bare number that make it a year: في 2018، منذ 2011، عام 2007.
YEAR_HEADS = ("عام", "العام", "سنة", "السنة", "عامي", "سنتي")
YEAR_PREPOSITIONS = ("في", "منذ", "حتى", "خلال", "بحلول", "قبل", "بعد", "مطلع", "منتصف", "أواخر", "أوائل",
                     "بداية", "نهاية", "مطلع", "عن", "إلى", "الى", "من", "بين", "مواليد", "عامي", "أعوام", "سنوات")

# Words that shift a relative duration to a point: منذ ثلاثة أيام (ago), قبل أسبوعين (ago), بعد يومين (later).
AGO_WORDS = ("منذ", "قبل")
LATER_WORDS = ("بعد",)
# Words before a plural period that make it a duration: على مدى السنوات الماضية.
DURATION_HEADS = ("على مدى", "على مدار", "طوال", "طيلة", "لمدة", "مدة")
# Words before a plural period that make it a vague point: خلال الأيام المقبلة، في السنوات الأخيرة.
WITHIN_HEADS = ("خلال", "في")
# Words after a weekday or an explicit date that announce the date it falls on: الاثنين الموافق 10 أغسطس.
CORRESPONDING = ("الموافق", "الموافقة", "الموافق ل")

# Markers of future tense before a bare weekday (سيزور ... الخميس).
FUTURE_MARKERS = ("سوف", "من المقرر", "من المنتظر", "من المتوقع", "المقرر", "المرتقب", "يعتزم", "تعتزم",
                  "يفترض", "ابتداء من", "اعتبارا من", "بدءا من", "المقبل", "المقبلة", "القادم", "القادمة",
                  "غدا", "ستعقد", "سيعقد", "ستبدأ", "سيبدأ", "ستنطلق", "سينطلق")

# Nouns that show a number before them is a count, not a year (2015 نسمة، 1500 دولار).
COUNT_NOUNS = ("نسمة", "شخص", "شخصا", "دولار", "دولارا", "ريال", "ريالا", "جنيه", "جنيها", "يورو", "درهم",
               "درهما", "دينار", "دينارا", "طن", "طنا", "كيلومتر", "كيلومترا", "متر", "مترا", "ميغاواط",
               "برميل", "برميلا", "قتيل", "قتيلا", "جريح", "جريحا", "مصاب", "مصابا", "حالة", "طالب", "طالبا",
               "عامل", "عاملا", "منزل", "منزلا", "وحدة", "نقطة", "مليون", "مليار", "ألف", "صاروخ", "صاروخا",
               "جندي", "جنديا", "عنصر", "عنصرا", "لاجئ", "لاجئا", "مسلح", "مسلحا", "سجين", "سجينا", "مشارك",
               "مشاركا", "موظف", "موظفا", "مواطن", "مواطنا", "سيارة", "طائرة", "مرة", "كلم", "كم", "هكتار")

# Centuries: ordinal word -> century number (القرن العشرين = 20th century, TIMEX "19").
CENTURY_ORDINALS: dict[str, int] = {
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثامن عشر": 18, "السابع عشر": 17,
}
# Decades: plural ordinal -> decade digit (الثمانينيات = 1980s, TIMEX "198").
DECADES: dict[str, int] = {
    "العشرينيات": 2, "العشرينات": 2, "الثلاثينيات": 3, "الثلاثينات": 3, "الأربعينيات": 4, "الأربعينات": 4,
    "الخمسينيات": 5, "الخمسينات": 5, "الستينيات": 6, "الستينات": 6, "السبعينيات": 7, "السبعينات": 7,
    "الثمانينيات": 8, "الثمانينات": 8, "التسعينيات": 9, "التسعينات": 9,
}

# Seasons -> TIMEX season code (2015-SP). Northern hemisphere.
SEASONS: dict[str, str] = {
    "الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI",
    "ربيع": "SP", "صيف": "SU", "خريف": "FA", "شتاء": "WI",
}

# Words before a bare month name that make it a date (في مارس، منذ يناير، مطلع أبريل).
MONTH_PREPOSITIONS = ("في", "منذ", "حتى", "خلال", "مطلع", "منتصف", "أواخر", "أوائل", "بداية", "نهاية", "قبل",
                      "بعد", "بحلول", "مع", "أواسط", "إلى", "الى", "من", "شهري")

# Words that place a time inside a period (نهاية العام الحالي، مطلع الشهر، أواخر الثمانينات): part of the span,
# the value stays the period's (TIMEX3 would carry them as mod=START/MID/END).
POSITION_MODIFIERS = ("مطلع", "أوائل", "أواخر", "منتصف", "بداية", "نهاية", "أواسط", "مستهل", "أول", "آخر",
                      "مطلع شهر", "بداية شهر", "نهاية شهر", "منتصف شهر", "أواخر شهر", "أوائل شهر", "غرة",
                      "وقت سابق من", "وقت لاحق من")

# Words that show a date opening an article is an event date, not a dateline (في 15 أغسطس 1869 ...).
NOT_DATELINE = ("في", "منذ", "بتاريخ", "تاريخ", "يوم", "من", "حتى", "إلى", "خلال", "قبل", "بعد", "الموافق",
                "اليوم", "أمس", "غدا", "صباح", "مساء")

# Words before a weekday name that give it another sense: الاثنين 'the two', صلاة الجمعة (the prayer),
# الواحد الأحد 'the One'.
WEEKDAY_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "الاثنين": ("بين", "كلا", "هذين", "هذان", "كلتا"),
    "الجمعة": ("صلاة", "خطبة", "خطيب", "إمام", "صلاتي", "خطبتي", "سورة", "خطب", "خطباء", "مساجد", "مسجد",
               "جامع", "جوامع", "أئمة", "صلوات"),
    "الأحد": ("الواحد", "الفرد", "الصمد"),
}

# Clause-level tense cues for a bare weekday (يصل الوفد الأحد -> next Sunday; قال الأحد -> last Sunday).
# Imperfect verbs start with ي (or سي/ست/سن for the future); these words start so without being verbs.
NOT_IMPERFECT = ("يوم", "يوما", "يومي", "يومين", "يومان", "يومية", "يوميا", "يونيو", "يونيه", "يوليو", "يوليه",
                 "يناير", "يونايتد", "يمين", "يسار", "يد", "يدي", "يهود", "يهودي", "يهودية", "يابان", "يابانية",
                 "يمن", "يمنية", "يمني", "يونان", "يونانية", "ينبع", "يافا", "يورو", "يوتيوب", "يونس", "يوسف",
                 "يحيى", "يزيد", "يعقوب", "ياسر", "يافع", "ينابيع", "يقين", "يسرى", "سياسة", "سياسي", "سياسية",
                 "سيارة", "سيارات", "سيطرة", "سيدة", "سيد", "ستة", "ستين", "سنة", "سنوات", "سنوي", "سنوية",
                 "سيناء", "سنغافورة", "ستوكهولم", "سيول", "سيناريو", "سينما", "ستار", "سنتيمتر", "سيادة", "سيناتور",
                 "سنويا", "سيرة", "سياق", "سيف", "سيبيريا", "ستالين", "سنودن", "سيريزا", "سيسي",
                 "ستاد", "استاد", "سياحة", "سياحي", "سياحية", "سيدني", "سيئول", "ستون", "سنتان", "سنتين",
                 "سيول", "سيارتين", "سيرلانكا", "سنغال", "سنة", "سنوات", "سنين", "ستينات", "ستينيات", "سيناتورا",
                 "يوان", "ين", "يونيسكو", "يونيسيف", "يمنيين", "يمنيون", "يهودا", "يورو", "يوغسلافيا", "يولندا")
# Auxiliaries that put a following imperfect in the past (كان يزور).
PAST_AUXILIARIES = ("كان", "كانت", "كانوا", "كنا", "ظل", "ظلت", "بات", "باتت", "أصبح", "أصبحت")
# Words that open a new clause: a tense cue beyond them does not reach the weekday.
CLAUSE_OPENERS = ("أن", "إن", "الذي", "التي", "الذين", "حيث", "عندما", "بعدما", "قبل", "بعد", "لكن")

# Words that make a number approximate without changing what it counts (نحو 45 دقيقة، أكثر من عشر سنوات).
APPROXIMATORS = ("نحو", "حوالي", "حوالى", "قرابة", "أكثر من", "أقل من", "زهاء", "ما يقارب", "ما يزيد على",
                 "ما لا يقل عن")
# Vague plural periods that have no unit (في الفترة الأخيرة، الآونة الأخيرة، المرحلة المقبلة).
VAGUE_PERIODS = ("الفترة", "الآونة", "المرحلة")
# Nouns before an ordinal that make it count periods, not name a day (الأسبوع الأول من مارس).
PERIOD_NOUNS = ("الأسبوع", "الأسابيع", "الأسبوعين", "الشهر", "العام", "السنة", "اليوم", "الأيام", "النصف",
                "الربع", "الثلث", "العشر", "العشرة", "الساعات", "الليلة", "الفصل")
# ...and the ones that also make an ambiguous month name (مارس، آب، ماي) a month: في مارس، منذ آب.
STRICT_MONTH_PREPOSITIONS = ("في", "منذ", "حتى", "خلال", "مطلع", "منتصف", "أواخر", "أوائل", "أواسط", "بحلول",
                             "شهري")

# --- generalisation pass (2026-11-29), same provenance: hand-written from MSA news usage and TimeML/TIMEX3
# practice (an age is a property of a person, not a time of the text: TimeML leaves it out or optional).
# Words just before a number of years that make it an age (وعمره 24 عامًا، البالغ من العمر، عن عمر يناهز).
AGE_CUES = ("عمره", "عمرها", "عمرهم", "عمرهما", "العمر", "عمر", "يبلغ", "تبلغ", "يبلغان", "يبلغون", "البالغ",
            "البالغة", "البالغين", "يناهز", "ناهز", "تناهز", "سن", "السن", "بسن", "ابن", "ابنة", "بنت",
            "عمري", "عمرك", "بلغ", "بلغت", "بعمر", "صاحب", "صاحبة",
            # age groups in sport and law: تحت 19 سنة، دون 18 عاما، فوق 60 عاما
            "تحت", "دون", "فوق", "لسن", "مواليد")
# Words right after a number of years that make it an age (22 عاما من العمر).
AGE_AFTER = ("من العمر", "من عمره", "من عمرها", "من عمرهم")

# Outlet and programme names that end in a time word: not times (لـ"عين اليوم"، قناة روسيا اليوم).
# Provenance: Arabic-language media names (Wikipedia lists of Arabic newspapers and television channels).
NAMES_WITH_TIME_WORDS = ("عين اليوم", "روسيا اليوم", "المصري اليوم", "الإمارات اليوم", "فلسطين اليوم",
                         "أخبار اليوم", "العرب اليوم", "السودان اليوم", "تونس اليوم", "الأردن اليوم",
                         "سوريا اليوم", "لبنان اليوم", "مصر اليوم", "العراق اليوم", "اليمن اليوم",
                         "ليبيا اليوم", "الجزائر اليوم", "المغرب اليوم", "الخليج اليوم", "السعودية اليوم",
                         "الكويت اليوم", "قطر اليوم", "البحرين اليوم", "عمان اليوم", "العالم اليوم",
                         "تركيا اليوم", "إيران اليوم", "أمريكا اليوم", "صدى اليوم", "حديث اليوم",
                         "صحيفة الغد", "جريدة الغد", "صحيفة اليوم", "جريدة اليوم")

# Smaller units a duration continues with (ساعة و14 دقيقة، عامين وستة أشهر): unit -> order (larger first).
UNIT_ORDER: dict[str, int] = {"CE": 0, "DE": 1, "Y": 2, "M": 3, "W": 4, "D": 5, "H": 6, "MIN": 7, "S": 8}
# A half / quarter / third of a unit in the next smaller unit (ساعتين ونصف -> PT2H30M).
FRACTION_OF_UNIT: dict[str, tuple[str, float]] = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("MIN", 60),
                                                  "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100), "W": ("D", 7)}

# Words before a number + م that make the م metres, not the Common Era (بطول 400 م، ارتفاع 2000 م).
MEASURE_WORDS = ("طول", "بطول", "طوله", "طولها", "ارتفاع", "بارتفاع", "ارتفاعه", "ارتفاعها", "عمق", "بعمق",
                 "عرض", "بعرض", "مسافة", "بمسافة", "مساحة", "بمساحة", "مسافته", "نحو", "حوالي", "قرابة", "مساحتها")

# Words that put a clause in the past (كان قد وقع في سبتمبر): a month without a year is then the latest one.
PAST_CUES = ("كان", "كانت", "كانوا", "قد", "لقد", "سبق", "سبقت", "مضى", "الماضي", "الماضية", "آنذاك", "حينها",
             "حينذاك", "وقتها")

# Day-month dates that name a well-known event: the event's year, not the one nearest publication.
# Provenance: general historical knowledge (Arabic Wikipedia articles on these events).
EVENT_DATES: dict[str, tuple[str, ...]] = {
    "أحداث": ("2001-09-11",), "هجمات": ("2001-09-11",), "اعتداءات": ("2001-09-11",), "تفجيرات": ("2001-09-11",),
    "ثورة": ("2011-01-25", "2013-06-30", "1952-07-23", "2011-02-17", "2011-01-14", "1962-09-26", "1963-10-14",
             "1969-09-01"),
    "انتفاضة": ("2011-02-14",),
}
# Words before a day-month without a year that make it part of a name (قوى 14 آذار، حركة 20 فبراير).
DATE_NAME_HEADS = ("قوى", "قوي", "تيار", "فريق", "حركة", "تحالف", "ائتلاف", "شارع", "جسر", "ميدان", "ساحة",
                   "مدينة", "حي", "مستشفى", "جامعة", "ملعب", "استاد")

# Words before منذ + a count that make the clause a state still going on, so the count is a duration
# (المتواصلة منذ خمس سنوات، لا يزال ... منذ، أول اتفاق منذ 18 عاما، أدنى مستوى منذ 15 شهرا) - TimeML practice.
ONGOING_CUES = ("المستمر", "المستمرة", "المتواصل", "المتواصلة", "مستمر", "مستمرة", "متواصل", "متواصلة",
                "يزال", "تزال", "زال", "زالت", "مازال", "مازالت", "لم", "أول", "أدنى", "أعلى", "أكبر", "أسوأ",
                "أفضل", "أطول", "أقل", "أكثر", "الأول", "الأولى", "القائم", "القائمة", "الدائر", "الدائرة")
