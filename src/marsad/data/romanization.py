"""Arabic -> Latin tables for readable romanisation of names the KB does not know (``marsad.entities.resolve.romanize``).

Provenance: hand-curated for Marsad (2026). Letter values follow common English news spelling of Arabic names
(not a standard transliteration such as ISO 233 or ALA-LC); the name list gives the spelling English-language
news usually prints for very frequent Arabic name words, which letter-by-letter rules get wrong (vowels are not
written in Arabic).
"""

from __future__ import annotations

# Consonant letters (long vowels and their carriers are handled by rules in ``romanize``).
CONSONANTS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ؤ": "'", "ئ": "'", "پ": "p", "چ": "ch",
    "ڤ": "v", "گ": "g", "ژ": "zh",
}

# Letters that carry or write a vowel.
VOWEL_LETTERS = frozenset("اأإآىوية")

# Frequent name words, keyed by their undiacritised spelling (alef forms as written).
NAME_WORDS: dict[str, str] = {
    "عبد": "Abd", "الله": "Allah", "عبدالله": "Abdullah", "محمد": "Mohammed", "أحمد": "Ahmed", "احمد": "Ahmed",
    "محمود": "Mahmoud", "علي": "Ali", "حسن": "Hassan", "حسين": "Hussein", "عمر": "Omar", "عثمان": "Othman",
    "خالد": "Khaled", "سعيد": "Said", "سعد": "Saad", "يوسف": "Youssef", "إبراهيم": "Ibrahim", "ابراهيم": "Ibrahim",
    "إسماعيل": "Ismail", "اسماعيل": "Ismail", "مصطفى": "Mustafa", "عادل": "Adel", "فيصل": "Faisal",
    "فهد": "Fahd", "سلطان": "Sultan", "سلمان": "Salman", "نايف": "Nayef", "بندر": "Bandar", "تركي": "Turki",
    "ناصر": "Nasser", "منصور": "Mansour", "صالح": "Saleh", "سالم": "Salem", "سليمان": "Suleiman",
    "عيسى": "Issa", "موسى": "Moussa", "يحيى": "Yahya", "زكريا": "Zakaria", "جمال": "Jamal", "كمال": "Kamal",
    "طارق": "Tarek", "هشام": "Hisham", "وليد": "Walid", "ماجد": "Majed", "راشد": "Rashid", "حمد": "Hamad",
    "حمدان": "Hamdan", "زايد": "Zayed", "مبارك": "Mubarak", "جعفر": "Jaafar", "قاسم": "Qassem",
    "مهدي": "Mahdi", "رضا": "Reza", "فاطمة": "Fatima", "عائشة": "Aisha", "مريم": "Maryam", "نور": "Nour",
    "ليلى": "Laila", "سارة": "Sara", "زينب": "Zainab", "هند": "Hind", "أمل": "Amal", "منى": "Mona",
    "الرحمن": "al-Rahman", "العزيز": "al-Aziz", "الرحيم": "al-Rahim", "الدين": "al-Din", "بن": "bin",
    "ابن": "Ibn", "بنت": "bint", "أبو": "Abu", "ابو": "Abu", "أبي": "Abi", "آل": "Al", "ولد": "Ould",
    "الشيخ": "al-Sheikh", "السيد": "al-Sayed",
    # foreign given names that begin with ال but carry no article
    "الكسندر": "Alexander", "ألكسندر": "Alexander", "أليكسندر": "Alexander", "البرت": "Albert", "ألبرت": "Albert",
    "الفريد": "Alfred", "ألفريد": "Alfred", "الان": "Alan", "آلان": "Alain", "الفارو": "Alvaro", "ألفارو": "Alvaro",
    "اليكس": "Alex", "أليكس": "Alex", "اليسون": "Alison", "البرتو": "Alberto", "ألبرتو": "Alberto",
}

# Round 4b (2026-11-29): given names and family names frequent in Saudi and Gulf news (read in unannotated
# SaudiNewsNet articles of 2015), in the spelling English-language Gulf media print (Arab News, Saudi Gazette,
# Gulf News). Letter-by-letter rules drop their short vowels (السهلي -> al-Shli, غالب -> Ghalb). Names that are
# also places or clubs (بدر, الهلال) are left out: the entities stage reads this table as a list of name words.
NAME_WORDS.update({
    # male given names
    "غالب": "Ghaleb", "حاتم": "Hatem", "حامد": "Hamed", "زيدان": "Zaidan", "هاني": "Hani", "حسام": "Hussam",
    "مشاري": "Mishari", "طلال": "Talal", "حمود": "Hamoud", "سعود": "Saud", "مساعد": "Musaed", "مقرن": "Muqrin",
    "نواف": "Nawaf", "متعب": "Mutaib", "ممدوح": "Mamdouh", "عايض": "Ayedh", "عائض": "Aidh", "غازي": "Ghazi",
    "عصام": "Essam", "نبيل": "Nabil", "ياسر": "Yasser", "وائل": "Wael", "أسامة": "Osama", "اسامة": "Osama",
    "قصي": "Qusai", "سامي": "Sami", "هيثم": "Haitham", "أكرم": "Akram", "اكرم": "Akram", "مشعل": "Mishaal",
    "سطام": "Sattam", "أيمن": "Ayman", "ايمن": "Ayman", "مازن": "Mazen", "باسم": "Basem", "رامي": "Rami",
    "زياد": "Ziad", "فواز": "Fawaz", "عبيد": "Obaid", "عوض": "Awad", "ثامر": "Thamer", "ضاحي": "Dhahi",
    "عمرو": "Amr", "شريف": "Sharif", "عماد": "Emad", "إياد": "Iyad", "اياد": "Iyad", "جابر": "Jaber",
    "جاسم": "Jassim", "حمدي": "Hamdi", "فؤاد": "Fouad", "رياض": "Riyad", "مروان": "Marwan", "بشار": "Bashar",
    "نجيب": "Najib", "لؤي": "Louay", "معاذ": "Muath", "أنس": "Anas", "انس": "Anas", "بلال": "Bilal",
    "حمزة": "Hamza", "حمزه": "Hamza", "سليم": "Salim", "كريم": "Karim", "جميل": "Jamil", "فراس": "Firas",
    "غسان": "Ghassan", "صلاح": "Salah", "رشيد": "Rashid", "توفيق": "Tawfiq", "شاكر": "Shaker", "ظافر": "Dhafer",
    "مفلح": "Mufleh", "مطلق": "Mutlaq", "عايد": "Ayed", "مبروك": "Mabrouk", "فرج": "Faraj", "حسنين": "Hassanein",
    "شقران": "Shaqran", "جايد": "Jayed", "عبدالإله": "Abdulilah", "عبدالاله": "Abdulilah", "الإله": "al-Ilah",
    "المجيد": "al-Majeed", "اللطيف": "al-Latif", "الحميد": "al-Hamid", "الكريم": "al-Karim", "المنعم": "al-Moneim",
    "الرزاق": "al-Razzaq", "الوهاب": "al-Wahhab", "الجبار": "al-Jabbar", "الهادي": "al-Hadi", "الخالق": "al-Khaliq",
    "السلام": "al-Salam", "القادر": "al-Qader", "المحسن": "al-Mohsen", "الغني": "al-Ghani", "المطلب": "al-Muttalib",
    "ثامر": "Thamer", "منيف": "Munif", "نايف": "Nayef", "مهند": "Muhannad", "معن": "Maan", "نزار": "Nizar",
    "عدنان": "Adnan", "سمير": "Samir", "منير": "Munir", "حازم": "Hazem", "خليل": "Khalil", "إسحاق": "Ishaq",
    "يونس": "Younis", "إدريس": "Idris", "ادريس": "Idris", "أنور": "Anwar", "انور": "Anwar", "بسام": "Bassam",
    "هشام": "Hisham", "مصطفي": "Mustafa", "مرزوق": "Marzouq", "مشهور": "Mashhour", "عواد": "Awwad",
    "فايز": "Fayez", "فائز": "Faiz", "نواز": "Nawaz", "صقر": "Saqr", "سيف": "Saif", "راكان": "Rakan",
    "سلطان": "Sultan", "تميم": "Tamim", "عزام": "Azzam", "هزاع": "Hazza", "منصور": "Mansour",
    # female given names
    "لجين": "Lujain", "رغد": "Raghad", "نورة": "Noura", "نوره": "Noura", "هيفاء": "Haifa", "ريم": "Reem",
    "شهد": "Shahad", "أسماء": "Asmaa", "اسماء": "Asmaa", "سلمى": "Salma", "هدى": "Huda", "لطيفة": "Latifa",
    "منيرة": "Munira", "حصة": "Hessa", "جواهر": "Jawaher", "عبير": "Abeer", "سميرة": "Samira", "وفاء": "Wafa",
    "ياسمين": "Yasmin", "خديجة": "Khadija", "رشا": "Rasha", "دينا": "Dina", "رانيا": "Rania", "هالة": "Hala",
    # family names (with the article) of Saudi and Gulf news: also FAMILY_NAME_WORDS below
    "السهلي": "al-Sahli", "السحيباني": "al-Suhaibani", "الرشيدي": "al-Rashidi", "القحطاني": "al-Qahtani",
    "الشهري": "al-Shehri", "العتيبي": "al-Otaibi", "الدوسري": "al-Dosari", "العنزي": "al-Anazi",
    "المطيري": "al-Mutairi", "الحربي": "al-Harbi", "الشمري": "al-Shammari", "العمري": "al-Omari",
    "المالكي": "al-Maliki", "العسيري": "al-Asiri", "عسيري": "Asiri", "الجهني": "al-Juhani", "البلوي": "al-Balawi",
    "السبيعي": "al-Subaie", "الشهراني": "al-Shahrani", "اليامي": "al-Yami", "القرشي": "al-Qurashi",
    "القرني": "al-Qarni", "الأسمري": "al-Asmari", "العمير": "al-Omair", "الراجحي": "al-Rajhi",
    "السديري": "al-Sudairi", "التميمي": "al-Tamimi", "الهاجري": "al-Hajri", "المري": "al-Marri",
    "الكعبي": "al-Kaabi", "الخالدي": "al-Khalidi", "الصقر": "al-Saqr", "الشلهوب": "al-Shalhoub",
    "الدخيل": "al-Dakhil", "المولد": "al-Muwallad", "الخيبري": "al-Khaibari", "العيسى": "al-Issa",
    "الموسى": "al-Musa", "السليمان": "al-Sulaiman", "الصالح": "al-Saleh", "الشثري": "al-Shathri",
    "السلمي": "al-Sulami", "البقمي": "al-Buqami", "الثبيتي": "al-Thubaiti", "الحارثي": "al-Harthi",
    "الشمراني": "al-Shamrani", "العصيمي": "al-Osaimi", "الظاهري": "al-Dhaheri", "المنصوري": "al-Mansouri",
    "النعيمي": "al-Nuaimi", "الهاشمي": "al-Hashemi", "الحسيني": "al-Husseini", "الكبيسي": "al-Kubaisi",
    "الجبوري": "al-Jubouri", "الدليمي": "al-Dulaimi", "العبيدي": "al-Obaidi", "الفريدي": "al-Fraidi",
    "العويس": "al-Owais", "البيشي": "al-Bishi", "الجاسر": "al-Jasser", "الفالح": "al-Falih",
    "العساف": "al-Assaf", "الجبير": "al-Jubeir", "الربيعة": "al-Rabeeah", "الطريفي": "al-Turaifi",
    "الغامدي": "al-Ghamdi", "العوفي": "al-Awfi", "الجريد": "al-Jareed", "السويلم": "al-Suwailem",
    "الحمدان": "al-Hamdan", "العبدالله": "al-Abdullah", "الفيصل": "al-Faisal", "الجابر": "al-Jaber",
    "السعدي": "al-Saadi", "البكري": "al-Bakri", "العنزى": "al-Anazi", "الخثلان": "al-Khathlan",
    "المحمد": "al-Mohammed", "الأحمد": "al-Ahmad", "الراشد": "al-Rashed", "الشريم": "al-Shuraim",
    "القصيبي": "al-Gosaibi", "الزامل": "al-Zamil", "العليان": "al-Olayan", "السبيل": "al-Subail",
    "الحمادي": "al-Hammadi", "الشامسي": "al-Shamsi", "المهيري": "al-Muhairi", "الكواري": "al-Kuwari",
    "الأنصاري": "al-Ansari", "الانصاري": "al-Ansari", "البلوشي": "al-Balushi", "الرميحي": "al-Rumaihi",
})

# The family names above (with the article), and a few more: after a known person's name they make it someone
# else's (أحمد بن عبدالعزيز الزهراني is not the prince; marsad.entities.kb reads this list).
FAMILY_NAME_WORDS: tuple[str, ...] = tuple(
    k for k in NAME_WORDS if k.startswith("ال") and k not in (
        "الله", "الرحمن", "العزيز", "الرحيم", "الدين", "الشيخ", "السيد", "الإله", "المجيد", "اللطيف", "الحميد",
        "الكريم", "المنعم", "الرزاق", "الوهاب", "الجبار", "الهادي", "الخالق", "السلام", "القادر", "المحسن",
        "الغني", "المطلب", "الكسندر", "الفريد", "الان", "الفارو", "اليكس", "اليسون", "البرتو", "البرت")
) + ("المقالح", "النصار", "الفوزان", "السديس", "العريفي", "العودة", "المسند", "الطيار", "الزنداني", "الشريم")
