"""Arabic clitics and the closed-class words the segmenter must know (``marsad.text.tokens``).

Provenance: standard Modern Standard Arabic grammar (proclitic order conjunction > preposition/future > article;
attached pronoun suffixes), split the way the Prague Arabic Dependency Treebank and UD Arabic split tokens
(UD_Arabic-PADT / UD_Arabic-PUD guidelines). Lists written by the Marsad text-layer engineer, not copied.
Entries are spelled properly (with hamza and alef maqsura); ``variants()`` adds the common unhamzated and
ي-for-ى spellings of news text. Keys are compared without harakat and tatweel.
"""

from __future__ import annotations


def variants(words) -> frozenset[str]:
    """``words`` plus their spellings without hamza on alef (أ إ آ -> ا) and with ي for final ى."""
    out = set()
    for w in words:
        bare = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")
        for v in (w, bare):
            out.add(v)
            if v.endswith("ى"):
                out.add(v[:-1] + "ي")
    return frozenset(out)


# Conjunctions: first position.
CONJUNCTIONS = ("و", "ف")
# Prepositions: second position; the future particle س also, only before an imperfect-verb prefix.
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
IMPERFECT_PREFIXES = frozenset("يتنأ")
ARTICLE = "ال"

# Attached pronoun suffixes tried by the statistical test, longest first (second-person كم كن كما are rare in news
# and end many words, يتمكن، حكم: they are split after SUFFIX_HOSTS only).
PRONOUN_SUFFIXES = ("هما", "ها", "هم", "هن", "نا", "ه")
# Stem-final letters that change before a suffix: حكومة -> حكومته, أصدقاء -> أصدقائها, على -> عليه, شكوى -> شكواها.
STEM_FINAL_BEFORE_SUFFIX = {"ت": ("ة",), "ئ": ("ء",), "ؤ": ("ء",), "ي": ("ى",), "ا": ("ى",)}

# ل / ب + a pronoun is always preposition + pronoun (له، لها، بهم، لكم، ولنا). ي is left out: لي، بي are as
# often names and letters (بي بي سي) as "to me"; ك is left out: كنا is "we were".
PREP_PRONOUN_HOSTS = ("ل", "ب")
PREP_PRONOUNS = ("ه", "ها", "هم", "هن", "هما", "كم", "كن", "كما", "نا")
# Free words that commonly carry a pronoun suffix; after them ي، ني and ك are split too (إليّ، عنك، إنني).
SUFFIX_HOSTS = variants((
    "في", "من", "عن", "على", "إلى", "لدى", "مع", "عند", "بين", "حول", "دون", "ضد", "تحت", "فوق", "أمام", "خلف",
    "أن", "إن", "لكن", "كأن", "مثل", "غير", "كل", "بعض", "نفس", "ذات", "جميع", "معظم", "أحد", "إحدى", "عبر",
    "لعل", "ليت", "منذ", "حسب", "قبل", "بعد", "أثناء", "خلال", "وراء", "ضمن", "لدي", "حيال", "تجاه", "نحو", "إيا",
    "وحد", "أنفس",
))
HOST_ONLY_SUFFIXES = ("كما", "كم", "كن", "ني", "ي", "ك")
# ي، ني and ك are split after these particles only (نفسي and ذاتي are mostly adjectives: psychological, self-).
FIRST_SECOND_PERSON_HOSTS = variants((
    "في", "من", "عن", "على", "إلى", "لدى", "مع", "عند", "أن", "إن", "لكن", "كأن", "لعل", "ليت", "إيا", "حول", "أمام",
))
# Words a preposition ب / ل / ك never takes: ب + إلى (بالي), ك + لم (كلم) are single words.
NOT_AFTER_PREPOSITION = variants(("إلى", "في", "من", "على", "عن", "لم", "لن", "قد", "سوف"))

# Frequent function words that look like clitic + word but are one word: never split (whole-token keys).
UNSPLIT = variants((
    "كان", "كانت", "كانوا", "كانا", "كانتا", "لكن", "بل", "بعد", "بين", "بينما", "فقط", "فوق", "فيما", "كيف", "كلما",
    "كما", "كذلك", "لدى", "ليس", "ليست", "لعل", "لما", "لماذا", "لولا", "لو", "لن", "لم", "كي", "كذا", "ولي",
    "وراء", "سوى", "الله", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي",
    "اللائي", "إلى", "إلا", "ألا", "الآن", "ألف", "ألم", "إله", "البتة", "إحدى", "فحسب", "بما", "كلا", "كلتا",
    "بدلا", "بدا", "بدت", "واحد", "واحدة", "بعدما", "كأن", "شبه", "وجد", "وجدت", "كنا", "كنت",
))

# Compound prepositions: ب / ل + a noun, split as UD does although the whole is far more frequent than the noun.
COMPOUND_PREPOSITIONS = variants((
    "بالنسبة", "بشأن", "بشكل", "بسبب", "بمقدار", "بخصوص", "برفقة", "بالطبع", "بحسب", "بفضل", "بواسطة", "بمثابة",
    "بموجب", "بهدف", "بغية", "بدون", "بنحو", "بمناسبة", "بصفة", "بصورة", "بالتالي", "بالفعل", "بالإضافة",
    "لمدة", "لصالح", "لدعم", "لأجل", "لذلك", "لهذا", "لأن", "لكي", "لحساب", "لغاية", "لمواجهة", "لتحقيق",
))
