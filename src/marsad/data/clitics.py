"""Arabic clitics and the closed-class words the segmenter must know (``marsad.text.tokens``).

Provenance: standard Modern Standard Arabic grammar (proclitic order conjunction > preposition/future > article,
attached pronoun suffixes), in the form the Prague Arabic Dependency Treebank / UD Arabic split tokens
(UD_Arabic-PADT and UD_Arabic-PUD guidelines). Lists written by the Marsad text-layer engineer, not copied.
All entries are lexicon keys (``marsad.text.tokens.lexkey``: no harakat/tatweel, أ إ آ ٱ -> ا, ى -> ي, ة kept).
"""

from __future__ import annotations

# Conjunctions: first position.
CONJUNCTIONS = ("و", "ف")
# Prepositions and the future particle: second position. س only before an imperfect-verb prefix.
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
IMPERFECT_PREFIXES = frozenset("يتنا")
ARTICLE = "ال"

# Attached pronoun suffixes tried by the statistical test, longest first.
PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه")

# Prepositions that take a pronoun suffix directly: token = preposition + pronoun, always split.
# (ل and ب are proclitics; the others are free words that carry the suffix.)
PREP_PRONOUN_HOSTS = ("ل", "ب", "ك")
PREP_PRONOUNS = ("ه", "ها", "هم", "هن", "هما", "كم", "كن", "كما", "نا", "ي", "ك")
# Free words that commonly carry a pronoun suffix (ي and ك are accepted after these only).
SUFFIX_HOSTS = frozenset((
    "في", "من", "عن", "علي", "الي", "لدي", "مع", "عند", "بين", "حول", "دون", "ضد", "تحت", "فوق", "امام", "خلف",
    "ان", "لكن", "لان", "مثل", "غير", "كل", "بعض", "نفس", "ذات", "جميع", "معظم", "احد", "عبر", "لعل", "ليت",
    "منذ", "حسب", "قبل", "بعد", "اثناء", "خلال", "وراء", "ضمن", "لدى",
))
# First-person/second-person suffixes allowed only after SUFFIX_HOSTS (too ambiguous elsewhere).
HOST_ONLY_SUFFIXES = ("ني", "ي", "ك")

# Frequent function words that look like clitic + word but are one word: never split (whole-token keys).
UNSPLIT = frozenset((
    "كان", "كانت", "كانوا", "كانا", "كانتا", "لكن", "بل", "بعد", "بين", "بينما", "فقط", "فوق", "فيما", "كيف", "كلما",
    "لدي", "ليس", "ليست", "لعل", "لما", "لماذا", "لولا", "لو", "لن", "لم", "كي", "كذا", "ولي", "وراء", "سوي",
    "الله", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللائي", "الي",
    "الا", "الان", "الف", "الم", "اله", "البتة",
))
