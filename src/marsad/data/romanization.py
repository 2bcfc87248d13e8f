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
