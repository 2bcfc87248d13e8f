"""Speakers: a run of tokens next to a cue -> the speaker noun phrase, its type, count, entity and gender.

``read_speaker`` trims a slot of tokens to the speaker noun phrase (stopping at prepositional phrases, relative
clauses and anonymity formulas), finds the entity mention inside it (a person first), else reads the phrase's
head: an anonymous-source noun (مصادر، مسؤول، شهود ...) with its count, an outlet (صحيفة، وكالة ...), a government
(وزارة، الحكومة، a country or capital), an organisation, or a title (الرئيس) resolved to the last person entity
introduced with that title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.attribution.tokens import COMMAS, ArticleView
from marsad.data import cues as C
from marsad.text.normalize import normalize


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Folded Arabic country names (``marsad/data/countries_ar.txt``)."""
    try:
        raw = resources.files("marsad.data").joinpath("countries_ar.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(normalize(line.strip()) for line in raw.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class SpeakerInfo:
    start: int
    end: int
    type: str
    entity: str | None = None
    count: int | None = None
    description: str | None = None
    gender: str | None = None
    hedge_source: bool = False  # تقارير، أنباء: a report, not a source
    doc_ref: bool = False  # جاء في التقرير / وأشار البيان: a document named before, its owner speaks

    @property
    def known(self) -> bool:
        """A plausible speaker: an entity, a typed source, a titled person or a bare name."""
        return self.entity is not None or self.type != "person" and self.type != "unknown" or self._named

    _named: bool = False


_DIGITS = re.compile(r"^\d+$")


def _strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


_KNOWN_HEADS = None


def _without_lam(w: str) -> str:
    """``لأحد`` -> ``أحد``، ``للمصادر`` -> ``المصادر``، ``لوزارة`` -> ``وزارة`` when the rest is a known head word."""
    global _KNOWN_HEADS
    if _KNOWN_HEADS is None:
        _KNOWN_HEADS = (C.ONE_OF | set(C.NUMBER_WORDS) | set(C.ANONYMOUS_NOUNS) | C.OUTLET_NOUNS | C.GOVERNMENT_NOUNS
                        | C.ORGANIZATION_NOUNS | C.PERSON_TITLES | C.HEDGE_SOURCES)
    if len(w) > 3 and w[0] == "ل" and w not in _KNOWN_HEADS:
        if w.startswith("لل") and "ا" + w[1:] in _KNOWN_HEADS:
            return "ا" + w[1:]
        if w[1:] in _KNOWN_HEADS:
            return w[1:]
    return w


def cut_noun_phrase(view: ArticleView, a: int, b: int, *, allow_comma: bool = True,
                    lam_ok: bool = False, through_lam: bool = False) -> tuple[int, int]:
    """The speaker noun phrase inside tokens ``[a, b)``: from the first content word to the first
    prepositional phrase, relative pronoun, anonymity formula or clause punctuation."""
    norms, words = view.norms, view.is_word
    while a < b and (not words[a] or norms[a] in C.NOT_SPEAKER_WORDS or norms[a] in C.WEEKDAYS
                     or norms[a] in C.PRONOUN_PPS or norms[a] in ("ل", "لـ") or _addressee_word(norms[a])
                     or norms[a] == "كل" and a + 1 < b and norms[a + 1] == "من"
                     or norms[a] == "من" and a > 0 and norms[a - 1] == "كل"):
        if norms[a] in ("ل", "لـ"):
            nxt = view.pair_opening(a + 1) if a + 1 < b else None
            if nxt is None or nxt.virtual or nxt.end > view.ends[b - 1]:
                break  # لـ + an unquoted name: a prepositional phrase (handled below)
            a = view.after_pair(nxt)  # قال لـ«الشرق الأوسط» مصدر: the outlet is no subject
            continue
        pair = view.pair_opening(a)
        if pair is not None and not pair.virtual and pair.end <= view.ends[b - 1]:
            break  # a quoted name (حركة «حماس») starts the phrase
        a += 1  # وقال له رئيس اللجنة: the addressee pronoun is no subject
    while a + 1 < b and norms[a] in C.TIME_NOUNS and norms[a + 1] in C.TIME_ADJECTIVES:
        a += 2  # كما أعلنت الأسبوع الماضي بيع …: a time adverb before (or instead of) the subject
    if a + 2 < b and norms[a] == "من" and norms[a + 1] in C.SIDE_NOUNS:
        a += 2  # وبيّن من جهته محمود عبد الشكور: the side phrase before the subject
        while a < b and not words[a] and norms[a] in COMMAS:
            a += 1
    k = a
    after_name = False
    doc_head = a < b and (norms[a] in C.DOCUMENT_NOUNS or norms[a] in C.HEDGE_SOURCES)
    while k < b:
        w = norms[k]
        if doc_head and k == a + 1 and words[k] and (w.startswith("لل") or _without_lam(w) != w):
            k += 1  # بيان للخارجية: the document's owner
            continue
        if doc_head and k == a + 1 and norms[a].startswith("ال") and words[k] and w.startswith("ال") \
                and not w.endswith(("ي", "يه", "يين", "يون")) and w not in C.DOCUMENT_ADJECTIVES \
                and not (w.startswith("الم") and len(w) > 5) and not (len(w) == 6 and w[3] == "ا"):
            break  # ودعا التقرير القطاع المصرفي إلى: a definite noun after البيان/التقرير is the verb's object
        if doc_head and k > a and words[k] and (w[:1] == "ب" and len(w) > 3 or _DIGITS.match(w)):
            break  # حسب التقرير بواقع 5%: an adverbial or a figure after a document ends it
        if w == "علي" and view.text[view.ends[k] - 1] == "ي":
            w = "علي_"  # the name Ali, not the preposition على (both fold to علي)
        if not words[k]:
            pair = view.pair_opening(k)
            if pair is not None and not pair.virtual and pair.end <= view.ends[b - 1]:
                k = view.after_pair(pair)
                after_name = True
                continue
            if w in COMMAS and allow_comma and k > a and _is_title_only(view, a, k) and k + 1 < b \
                    and view.is_word[k + 1] and norms[k + 1] not in C.PP_HEADS:
                k += 1  # apposition: الرئيس السوري، بشار الأسد
                continue
            if w in "()":
                k += 1
                continue
            if w == "." and k > a and words[k - 1] and len(norms[k - 1]) == 1 and not view.terminal[k] \
                    and view.starts[k] == view.ends[k - 1]:
                k += 1  # وأشار د. الحمراني: the period of an initial title is no clause punctuation
                continue
            break
        if through_lam and k > a and (w in ("في", "فى") or w == "علي" and norms[k - 1] in C.OVERSIGHT_WORDS) and k + 1 < b and (
                norms[k + 1].startswith("ال") or any(norms[t] in C.PERSON_TITLES for t in range(k + 1, min(b, k + 5)))
                or any(m[3].type in ("LOC", "ORG") and m[0] == view.starts[k + 1]
                       for m in view.mentions_in(view.starts[k + 1], view.ends[k + 1]))):
            k += 1  # الباحث في المناخ خالد العوض / قائد المنطقة في مدينة عدن اللواء أحمد اليافعي
            continue
        if through_lam and k > a and (w.startswith("لل") and len(w) > 3 or _without_lam(w) != w) \
                and _without_lam(w) not in C.OUTLET_NOUNS:
            k += 1  # رئيس ميدان الحوراء للهجن مفلح الفايدي: the ل-phrase belongs to the title (not لمحطة: the addressee)
            continue
        if words[k] and after_name and not (w.endswith("ي") or w.endswith("يه")):
            if norms[a] in C.PERSON_TITLES and (not w.startswith("ال") or w in C.PERSON_TITLES) and w not in C.PP_HEADS \
                    and _without_lam(w) == w and not _ba_phrase(w) and not _is_cue_word(w) \
                    and w not in C.NOT_SPEAKER_WORDS and w not in C.COMPLEMENTISERS and not _DIGITS.match(w):
                after_name = False  # المتحدث الرسمي لهيئة مكافحة الفساد «نزاهة» عبدالرحمن العجلان: the name after the body's
                k += 1
                continue
            break  # صحيفة «نيويورك تايمز» الخبر: after a quoted name only adjectives (الأميركية) continue
        if words[k] and k > a and w.endswith("ا") and len(w) > 3 and not w.startswith("ال") \
                and (words[k - 1] and norms[k - 1].startswith("ال") or "\u064b" in view.text[view.starts[k]:view.ends[k]]) \
                and w not in countries() and w not in C.CAPITALS:
            break  # الصحف الأميركية أخبارا: an indefinite object after the subject
        if k > a and words[k] and words[k - 1] and w in countries() and (norms[k - 1] in countries() or norms[k - 1] in C.CAPITALS) \
                and f"{norms[k - 1]} {w}" not in countries():
            break  # دعت بغداد تركيا إلى: a second state named right after the first is the verb's object
        if w == "من" and k > a and norms[k - 1] in C.QUANTIFIERS:
            k += 1  # عدد من الصحف: a partitive, not a prepositional phrase
            continue
        if k > a and k + 1 < b and w in C.TIME_NOUNS and norms[k + 1] in C.TIME_ADJECTIVES:
            break  # قال مكتب الاحتياطي الفيدرالي الشهر الماضي إن: a time adverb ends the subject
        if k > a and (w in C.PP_HEADS or w in C.PRONOUN_PPS or w in C.NEGATIONS or w in C.COMPLEMENTISERS
                      or (w.startswith("لل") and len(w) > 3) or w in ("ل", "لـ")
                      or w in C.WEEKDAYS or _anonymity_at(view, k, b)):
            break
        if k == a and (w in C.PP_HEADS or w in C.PRONOUN_PPS or w in ("ل", "لـ") or w in C.COMPLEMENTISERS
                       or (not lam_ok and _without_lam(w) != w) or _ba_phrase(w)
                       or w[:1] in "لب" and w[1:] in C.DEMONSTRATIVES):  # نقل لهذه الشبكة: a phrase, no subject
            return a, a  # لرئيس الوزراء / بمحافظة النعيرية: a prepositional phrase, no subject
        if k > a and words[k] and _without_lam(w) != w:
            break  # فالون لهيئة الإذاعة: a ل-phrase after the subject
        if k > a and words[k] and w.startswith("ال") and (w in C.GOVERNMENT_NOUNS or w in C.ORGANIZATION_NOUNS) \
                and _name_start(view, a, k) is not None and _names_a_person(norms[_name_start(view, a, k)]) \
                and norms[k - 1] not in C.PERSON_TITLES and norms[k - 1] not in C.TITLE_LINKS:
            break  # دعا آية الله علي السيستاني الحكومة: the object after a name
        if k > a and words[k] and w in C.EULOGY_WORDS and k + 1 < b and norms[k + 1] in ("الله", "اللهم"):
            break  # النبي صلى الله عليه وسلم: the eulogy closes the name
        if k > a and (w.endswith("اته") or w.endswith("اتها") or w.endswith("اتهم")):
            break  # تصريحاته: an object with its possessor, after the subject
        if _is_cue_word(w) or (k > a and w in C.NOT_SPEAKER_WORDS):
            break
        k += 1
    while k > a and not words[k - 1] and view.pair_opening(k - 1) is None and view.norms[k - 1] not in ("»", "”", "}", '"'):
        k -= 1  # no trailing punctuation or parenthesis: يقول (ماركيز) إن
    return a, k


def _spokesman_for(view: ArticleView, words: list[int]) -> str | None:
    """متحدث باسم شرطة العاصمة / الناطق باسم الحركة (no name): the body speaks through its spokesman; its type."""
    for x, t in enumerate(words[:-1]):
        if view.norms[t] == "باسم":
            w = view.norms[words[x + 1]]
            if w in C.GOVERNMENT_NOUNS or w in countries() or _strip_article(w) in countries():
                return "government"
            if w in C.ORGANIZATION_NOUNS:
                return "organization"
            return None
    return None


def _extend_name(view: ArticleView, start: int, end: int, b: int) -> int:
    """A one-word person mention followed, inside the slot, by one or two more name words (المهندس محمد | العمرة
    قائلا، الباحث أشرف | عمارة إن): the end of the whole name. The entity stage sometimes keeps the first name only."""
    i = view.token_at(start)
    if view.token_at(end) != i + 1:
        return end
    ent = next((view.entity_by_id.get(m[2]) for m in view.mentions_in(start, end) if m[0] == start), None)
    if ent is not None and len(ent.name.split()) > 1:
        return end  # «مارادونا» of دييجو مارادونا: a short reference to a known full name (قال مارادونا بغموض)
    k = i + 1
    limit = min(b, i + 3)
    while k < limit and view.is_word[k]:
        w = view.norms[k]
        if w in C.PP_HEADS or w in C.COMPLEMENTISERS or w in C.NOT_SPEAKER_WORDS or w in C.PERSON_TITLES \
                or w in C.OBJECT_MASDARS or _is_cue_word(w) or _without_lam(w) != w or w.startswith("لل") \
                or _ba_phrase(w) or _DIGITS.match(w) or w in C.NEGATIONS or w in C.PRONOUN_PPS \
                or w.endswith(("اته", "اتها", "اتهم")) or view.mentions_in(view.starts[k], view.ends[k]) \
                or view.text[view.starts[k]:view.ends[k]].endswith(("ًا", "اً", "ً")):
            break
        k += 1
    return view.ends[k - 1] if k > i + 1 else end


def _lam_phrase(view: ArticleView, k: int) -> bool:
    """لأرامكو، للشركة، لشركة أرامكو: a ل-phrase (ل + a word in أ/ا or ال, or ل + a body's name), not a name."""
    w = view.norms[k]
    if len(w) < 4 or w[0] != "ل" or not view.is_word[k]:
        return False
    if w[1] == "ا" or w.startswith("لل"):
        return True
    return any(m[3].type != "PER" for m in view.mentions_in(view.starts[k], view.ends[k]))


def own_names(ent, keep_lineage: bool = False) -> set[str]:
    """The folded words of a person's name and mentions, leaving out those after بن/آل/أبو … (a father's or the
    family's name: سعود of محمد بن سلمان آل سعود is not what «الأمير سعود» refers to) unless ``keep_lineage``."""
    out: set[str] = set()
    for name in [ent.name] + [m.text for m in ent.mentions]:
        ws = normalize(name).split()
        for i, w in enumerate(ws):
            if keep_lineage or i == 0 or ws[i - 1] not in C.NAME_PARTICLES:
                out.add(w)
    return out


def entity_by_name(view: ArticleView, start: int, end: int) -> str | None:
    """The one person entity whose names hold every word of ``text[start:end]`` (المهندس أمين → أمين الناصر), or None."""
    words = normalize(view.text[start:end]).split()
    if not words:
        return None
    found = None
    with_particle = any(w in C.NAME_PARTICLES for w in words)
    for ent in view.entity_by_id.values():
        if ent.type != "PER":
            continue
        names = own_names(ent, with_particle)
        if all(w in names for w in words):
            if found is not None and found != ent.id:
                return None  # two people share the name: leave it unlinked
            found = ent.id
    return found


def _ba_phrase(w: str) -> bool:
    """بمحافظة، بالمنطقة، بوزارة: a ب-phrase (a place or an instrument) never opens a speaker."""
    if len(w) < 4 or w[0] != "ب":
        return False
    rest = w[1:]
    if _KNOWN_HEADS is None:
        _without_lam("")
    return rest.startswith("ال") and len(rest) > 4 or rest in _KNOWN_HEADS or rest in C.GOVERNMENT_NOUNS


def _addressee_word(w: str) -> bool:
    """لوالديها، لزملائهم، للحضور: a ل-phrase with a possessive pronoun or the article names the one spoken to,
    never the speaker."""
    if len(w) >= 5 and w.startswith("لل"):
        return True
    return len(w) >= 5 and w[0] == "ل" and w.endswith(("ها", "هم", "هما", "كم", "نا"))


def _titled_mention(view: ArticleView, a: int, b: int):
    """A slot opening with a title whose holder is named further on, past a long title chain or an apposition
    between commas (الباحث الفلكي، بقسم الفلك بجامعة الملك عبدالعزيز، فلان / مدير عام الهيئة … أمين عام المجلس
    … المهندس فلان): the person mention that closes the slot or follows a title word or a comma, or None."""
    if a >= b or not view.is_word[a]:
        return None
    h = view.norms[a]
    titled = h in C.PERSON_TITLES
    if not titled and (h in C.ANONYMOUS_NOUNS or h in C.ORGANIZATION_NOUNS or h in C.GOVERNMENT_NOUNS
                       or h in C.OUTLET_NOUNS or h in C.DOCUMENT_NOUNS or h in C.HEDGE_SOURCES
                       or not any(view.norms[t] in COMMAS for t in range(a, b))):
        return None  # مطور الألعاب، نائب المدير العام، فلان: an untitled descriptor needs its apposition commas
    per = [m for m in view.mentions_in(view.starts[a], view.ends[b - 1]) if m[3].type == "PER"]
    if not per:
        return None
    others = [m for m in view.mentions_in(view.starts[a], view.ends[b - 1]) if m[3].type != "PER"]
    last_word = max((t for t in range(a, b) if view.is_word[t]), default=a)
    for m in per:
        if any(o[0] <= m[0] and m[1] <= o[1] for o in others):
            continue  # جامعة الملك سعود: a person's name inside a body's name
        j = view.token_before(m[0])
        if j < a:
            continue
        prev = view.norms[j]
        closes = view.ends[last_word] <= m[1]
        if titled and (closes or prev in C.PERSON_TITLES or prev in COMMAS or prev in C.HONORIFICS) \
                or not titled and closes and j > a and any(view.norms[t] in COMMAS for t in range(a, j + 1)):
            return m
        return None  # the first person named is the subject or nobody: اتهم الرئيس فلان … نظيره فلان
    return None


def _names_a_person(w: str) -> bool:
    """A word that can open a personal name (not a document, a report noun or a source noun)."""
    return not (w in C.DOCUMENT_NOUNS or w in C.HEDGE_SOURCES or w in C.ANONYMOUS_NOUNS or w in C.OUTLET_NOUNS
                or w in C.SLOT_MASDARS)


def _title_before(view: ArticleView, offset: int) -> bool:
    j = view.token_before(offset)
    return j >= 0 and view.is_word[j] and view.norms[j] in C.PERSON_TITLES


def _is_cue_word(w: str) -> bool:
    if w in C.CUE_FORMS:
        return True
    return len(w) > 3 and w[0] in "وف" and w[1:] in C.CUE_FORMS and C.CUE_FORMS[w[1:]].form in ("past", "present")


def _is_title_only(view: ArticleView, a: int, k: int) -> bool:
    """True when tokens ``[a, k)`` are a title and its complements, with no name yet."""
    if not view.is_word[a] or view.norms[a] not in C.PERSON_TITLES:
        return False
    return _name_start(view, a, k) is None


def _anonymity_at(view: ArticleView, k: int, b: int) -> bool:
    for phrase in C.ANONYMITY_PHRASES:
        if tuple(view.norms[k:k + len(phrase)]) == phrase:
            return True
    return False


def has_anonymity(view: ArticleView, a: int, b: int) -> bool:
    return any(_anonymity_at(view, k, b) for k in range(a, min(b, a + 20)))


def _name_start(view: ArticleView, a: int, b: int) -> int | None:
    """Index where a personal name begins after a title chain (المتحدث باسم وزارة الخارجية الصينية ماو نينغ),
    or None when the phrase is all title."""
    norms = view.norms
    for t in range(a, b - 2):
        if view.is_word[t] and len(norms[t]) == 1 and norms[t + 1] == "." and not view.terminal[t + 1] \
                and view.starts[t + 1] == view.ends[t]:
            u = t + 2
            while u + 1 < b and view.is_word[u] and len(norms[u]) == 1 and norms[u + 1] == ".":
                u += 2  # أ.د.
            if u < b and view.is_word[u] and norms[u] not in C.PP_HEADS:
                return u  # وكيل الوزارة لشؤون تصنيف المقاولين م. | عبدالله المطيري: the name after an abbreviated title
            break
    if view.is_word[a] and norms[a] in C.PERSON_TITLES:
        for t in range(a + 1, b - 1):
            pair = view.pair_opening(t)
            if pair is not None and not pair.virtual:
                u = view.after_pair(pair)
                while u < b and view.is_word[u] and norms[u] in C.PERSON_TITLES:
                    u += 1  # رئيس نادي «الهلال» الأمير | محمد بن فيصل
                if u < b and view.is_word[u] and not norms[u].startswith("ال") and _without_lam(norms[u]) == norms[u] \
                        and norms[u] not in C.PP_HEADS and not _ba_phrase(norms[u]):
                    return u  # المتحدث الرسمي لهيئة مكافحة الفساد «نزاهة» | عبدالرحمن العجلان
                break
    # a body's name inside the chain (مدير الشراكة في جامعة الملك سعود | عبد الله الصقعبي): the name follows it
    for m in view.mentions_in(view.starts[a], view.ends[b - 1]):
        if m[3].type in ("ORG", "LOC") and m[0] > view.starts[a]:
            u = view.token_at(m[1])
            while u < b and view.is_word[u] and view.starts[u] < m[1]:
                u += 1
            if u < b and u + 1 < b + 1 and view.is_word[u] and not norms[u].startswith("ال") \
                    and norms[u] not in C.PP_HEADS and _without_lam(norms[u]) == norms[u] and not _ba_phrase(norms[u]) \
                    and norms[u] not in C.PERSON_TITLES and not _DIGITS.match(norms[u]) \
                    and any(norms[t] in C.PERSON_TITLES for t in range(a, view.token_at(m[0]) + 1)) \
                    and not any(x[3].type in ("ORG", "LOC") and x[0] >= view.starts[u]
                                for x in view.mentions_in(view.starts[u], view.ends[b - 1])):
                return u
    # the name follows the last definite word of the title chain (… الخارجية الصينية | ماو نينغ)
    words = [t for t in range(a, b) if view.is_word[t]]
    for x in range(len(words) - 2, -1, -1):
        t, nxt = words[x], words[x + 1]
        if (norms[t].startswith("ال") or norms[t].startswith("لل")) and len(norms[t]) > 3 and len(norms[nxt]) > 1 \
                and not norms[nxt].startswith("ال") and not norms[nxt].startswith("لل") \
                and not norms[nxt].startswith("وال") and norms[nxt] not in C.ANNOUNCED_MASDARS \
                and _without_lam(norms[nxt]) == norms[nxt] and norms[nxt] not in C.PP_HEADS \
                and not _ba_phrase(norms[nxt]) and not _lam_phrase(view, nxt) \
                and (x == 0 or norms[words[x - 1]] not in C.NAME_PARTICLES) \
                and norms[nxt] not in C.PERSON_TITLES and norms[nxt] not in C.TITLE_LINKS \
                and not (norms[nxt][:1] == "و" and norms[nxt][1:] in C.PERSON_TITLES) \
                and not _DIGITS.match(norms[nxt]) \
                and not (view.pair_opening(nxt - 1) is not None and view.after_pair(view.pair_opening(nxt - 1)) < b):
            if any(norms[u] in C.PERSON_TITLES or norms[u] in C.TITLE_LINKS for u in words[:x + 1]):
                return nxt
            break
    k = a
    while k < b:
        w = norms[k]
        if not view.is_word[k]:
            pair = view.pair_opening(k)
            if pair is not None and not pair.virtual and k > a and view.after_pair(pair) < b \
                    and view.is_word[min(view.after_pair(pair), b - 1)]:
                k = view.after_pair(pair)  # لهيئة مكافحة الفساد «نزاهة» | عبدالرحمن العجلان: the body's short name
                continue
            k += 1
            continue
        if w in C.NAME_PARTICLES:
            return k
        if len(w) == 1 and k + 1 < b and norms[k + 1] == "." and not view.terminal[k + 1] \
                and view.is_word[min(k + 2, b - 1)]:
            k += 1  # أ.د. محمد: the letters of an abbreviated title
            continue
        if k >= a + 2 and norms[k - 1] == "." and len(norms[k - 2]) == 1 and norms[k - 2] in C.PERSON_TITLES:
            return k  # د. الحمراني: after an abbreviated title the name begins, even with ال
        if w[:1] == "و" and w[1:] in C.PERSON_TITLES or w in C.PP_HEADS or _ba_phrase(w):
            k += 1  # عضو المجلس ونائب رئيس اللجنة / الباحث في المناخ / رئيس اللجنة بمحافظة …
            continue
        if _lam_phrase(view, k) or _ba_phrase(w) or w[:1] == "ب" and any(
                m[3].type != "PER" for m in view.mentions_in(view.starts[k], view.ends[k])):
            k += 1  # الرئيس التنفيذي لأرامكو / القنصل السعودي بأمريكا: the phrase completes the title
            continue
        if k > a and norms[k - 1] == "باسم":
            k += 1  # متحدث باسم شرطة العاصمة: what the spokesman speaks for is no name
            continue
        if w in C.PERSON_TITLES or w in C.TITLE_LINKS or w in C.GOVERNMENT_NOUNS or w in C.ORGANIZATION_NOUNS \
                or w in C.OUTLET_NOUNS or ((w.startswith("ال") or w.startswith("لل")) and len(w) > 3) \
                or (k > a and (w in countries() or w in C.CAPITALS)) \
                or (w.startswith("وال") and len(w) > 4) or w in C.ANNOUNCED_MASDARS \
                or any(m[3].type != "PER" for m in view.mentions_in(view.starts[k], view.ends[k])) \
                or _without_lam(w) != w \
                or _DIGITS.match(w):
            k += 1
            continue
        return k
    return None


def _name_after_descriptor(view: ArticleView, words: list[int]) -> tuple[int, int] | None:
    """``الدبلوماسي الإريتري تسفاميكائيل جيراهتو``: after a definite descriptor and its definite adjectives, one to
    three words that can be a name (no ال, no particle, preposition, adverb or adjective of rank): their first and
    last token, else None."""
    norms = view.norms
    x = 1
    while x < len(words) and norms[words[x]].startswith("ال"):
        x += 1
    if x == 1 and len(words) > 1 and not norms[words[1]].startswith("ال"):
        pass  # الخبير فلان: the name right after the descriptor
    name = []
    for t in words[x:x + 3]:
        w = norms[t]
        if w.startswith("ال") or w in C.PP_HEADS or w in C.COMPLEMENTISERS or w in C.NOT_SPEAKER_WORDS \
                or w in C.EMPHATICS or w in C.DEMONSTRATIVES or w in C.NEGATIONS or w in C.UNNAMED_ADJECTIVES \
                or _DIGITS.match(w) or _ba_phrase(w) or _without_lam(w) != w or w.startswith("لل") \
                or _is_cue_word(w) or w in C.PRONOUN_PPS or len(w) < 2 \
                or view.text[view.starts[t]:view.ends[t]].endswith(("ًا", "اً", "ً")):
            break
        if name and name[-1] + 1 != t:
            break
        name.append(t)
    if not name or len(words) > x + 3:
        return None
    return name[0], name[-1]


def _name_after_chain(view: ArticleView, a: int, b: int) -> tuple[int, int] | None:
    """``المسؤول الإعلامي لغرفة عمليات الجيش | عبدالكريم صبرا،``: a definite descriptor, its ل-phrase chain, then one to
    three words of a name closing the slot before a comma or a complementiser; their first and last token, else None."""
    k2 = a
    while k2 < b and k2 < a + 12 and view.is_word[k2] and view.norms[k2] not in C.COMPLEMENTISERS:
        k2 += 1
    if k2 >= view.n or not (view.norms[k2] in COMMAS or view.norms[k2] in C.COMPLEMENTISERS):
        return None  # the name closes the slot, before its comma or the complementiser
    words = list(range(a, k2))
    if len(words) < 4:
        return None
    norms = view.norms

    def chain_word(t: int) -> bool:
        return norms[t].startswith(("ال", "لل")) or _without_lam(norms[t]) != norms[t]

    z = len(words) - 1
    while z >= 0 and len(words) - z <= 2 and norms[words[z]].startswith("ال"):
        z -= 1  # the family name in ال (ماجد العمري)
    if z < 0 or chain_word(words[z]):
        return None
    x = z
    while x > 0 and not chain_word(words[x - 1]):
        x -= 1  # the name's first word follows the chain's last definite word (… الجيش | عبدالكريم صبرا)
    tail = words[x:]
    if not 1 <= len(tail) <= 3 or x < 3 or tail[-1] - tail[0] != len(tail) - 1:
        return None
    if not any(_without_lam(norms[t]) != norms[t] or norms[t].startswith("لل") for t in words[1:x]):
        return None  # no ل-phrase chain: the plain descriptor rules apply
    if any(_without_lam(norms[t]) in C.OUTLET_NOUNS for t in words[1:x]) \
            or any(m[3].type != "PER" for m in view.mentions_in(view.starts[tail[0]], view.ends[tail[-1]])):
        return None  # وقال المصدر لوكالة الأنباء الألمانية رويترز: the outlet spoken to, not a name
    for t in tail:
        w = norms[t]
        if w in C.PP_HEADS or w in C.COMPLEMENTISERS or w in C.NOT_SPEAKER_WORDS or w in C.DEMONSTRATIVES \
                or w in C.NEGATIONS or w in C.UNNAMED_ADJECTIVES or _DIGITS.match(w) or _ba_phrase(w) \
                or _is_cue_word(w) or w in C.PRONOUN_PPS or len(w) < 2 or w in countries() or w in C.CAPITALS \
                or w in C.PERSON_TITLES or w in C.TIME_NOUNS:
            return None
    return tail[0], tail[-1]


def _group_noun(w: str) -> bool:
    """An unnamed group of people: a listed group noun or a plural participle (متضررون، المشاركين)."""
    bare = w[2:] if w.startswith("ال") else w
    return w in C.GROUP_NOUNS or bare in C.GROUP_NOUNS \
        or (len(bare) >= 6 and bare[0] == "م" and bare.endswith(("ون", "ين")))


def _not_a_name(w: str) -> bool:
    """A first word that cannot open a personal name: a negation (ولا نستطيع), a تفاعل verbal noun (تزايد المعروض،
    تراجع الأسعار), a noun with a possessive suffix (خططها) or a م-plural (متطلبات)."""
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    return bare in C.NEGATIONS or w in C.NEGATIONS \
        or (len(bare) == 5 and bare[0] == "ت" and bare[2] == "ا") \
        or (len(bare) > 4 and bare.endswith("ها")) \
        or (len(bare) >= 6 and bare[0] == "م" and bare.endswith("ات"))  # متطلبات، معلومات: a plural noun


def gender_of_head(word: str) -> str | None:
    if word.endswith(C.FEMININE_HINT_SUFFIX) and len(word) > 3:
        return "f"
    if word.endswith("ون") or word.endswith("ين") and len(word) > 5:
        return "pl"
    return None


def _entity_type_to_speaker(view: ArticleView, ent_type: str, head: str, text_norm: str) -> str:
    if ent_type == "PER":
        return "person"
    if head in C.OUTLET_NOUNS or text_norm in C.OUTLET_NAMES:
        return "outlet"
    if head in C.GOVERNMENT_NOUNS or ent_type == "LOC" and (text_norm in countries() or text_norm in C.CAPITALS
                                                           or _strip_article(text_norm) in countries()):
        return "government"
    if ent_type == "ORG":
        return "organization"
    return "unknown"


def read_speaker(view: ArticleView, a: int, b: int, *, verb_gender: str | None = None,
                 titles: dict[str, list[tuple[int, str]]] | None = None, cue_pos: int = 0,
                 name_cap: int | None = None, lam_ok: bool = False) -> SpeakerInfo | None:
    """The speaker in tokens ``[a, b)`` (a slot beside a cue), or None when there is none."""
    if a >= b:
        return None
    anon_phrase = has_anonymity(view, a, b)
    while a < b and view.is_word[a] and view.norms[a] in C.HONORIFICS:
        a += 1
    if a < b and view.is_word[a] and view.norms[a] in C.EULOGY_WORDS:
        return None  # حذر النبي صلى الله عليه وسلم منهم: the eulogy is no subject
    a0 = a
    named = _titled_mention(view, a, b) if name_cap is None and not anon_phrase else None
    if named is not None:
        m = named
        m = (m[0], _extend_name(view, m[0], m[1], b), m[2], m[3])
        ent = view.entity_by_id.get(m[2])
        raw_end = view.ends[b - 1]
        while raw_end > view.starts[a] and not view.text[raw_end - 1].isalnum():
            raw_end -= 1
        desc = view.text[view.starts[a]:raw_end].strip() or None
        return SpeakerInfo(m[0], m[1], "person", m[2], None, desc, (ent.gender if ent and ent.gender else verb_gender))
    a, k = cut_noun_phrase(view, a, b, lam_ok=lam_ok)
    if k > a and view.is_word[a] and view.norms[a] in C.PERSON_TITLES and k < b:
        a2, k2 = cut_noun_phrase(view, a, b, lam_ok=lam_ok, through_lam=True)
        if k2 > k and _name_start(view, a2, k2) is not None:
            a, k = a2, k2
    tries = 0
    while k <= a and tries < 2:
        # a parenthetical before the subject: قالت، عصر أول من أمس، وزارة الخارجية إنها
        c = next((t for t in range(a0, b) if view.norms[t] in COMMAS and t > a0 or
                  (t == a0 and view.norms[t] in COMMAS)), None)
        if c is None:
            return None
        c2 = next((t for t in range(c + 1, b) if view.norms[t] in COMMAS), None)
        a0 = (c2 + 1) if (c == a0 and c2 is not None) else c + 1
        a, k = cut_noun_phrase(view, a0, b, lam_ok=lam_ok)
        tries += 1
    if k <= a:
        return None
    while a + 2 < k and view.is_word[a] and len(view.norms[a]) == 1 and view.norms[a + 1] == "." \
            and view.is_word[a + 2] and not view.terminal[a + 1]:
        a += 2  # أ.د. سالم العتيبي / م. خالد: the letters of an abbreviated title before the name
    if view.is_word[a] and view.norms[a].endswith(("اته", "اتها", "اتهم", "اتهما")) and len(view.norms[a]) > 5:
        return None  # ونقل تمنياته لأبنائه: a possessed plural is the object, never the speaker
    norms, starts, ends, text = view.norms, view.starts, view.ends, view.text
    h0 = _without_lam(norms[a]) if view.is_word[a] else ""
    nm0 = _name_after_descriptor(view, [t for t in range(a, k) if view.is_word[t]]) \
        if h0.startswith("ال") and C.ANONYMOUS_NOUNS.get(h0) == 1 and not anon_phrase else None
    if nm0 is None and h0.startswith("ال") and C.ANONYMOUS_NOUNS.get(h0) == 1 and not anon_phrase and k < b:
        tail = _name_after_chain(view, a, b)
        if tail is not None:  # المسؤول الإعلامي لغرفة عمليات الجيش فلان الفلاني، إن: the official is named here
            description = view.text[view.starts[a]:view.ends[tail[1]]]
            return SpeakerInfo(view.starts[tail[0]], view.ends[tail[1]], "person",
                               entity_by_name(view, view.starts[tail[0]], view.ends[tail[1]]), None, description,
                               verb_gender, _named=True)
    if nm0 is not None:
        k = nm0[1] + 1  # الدبلوماسي الإريتري تسفاميكائيل جيراهتو: the name after the descriptor is no object
    elif h0 in C.GOVERNMENT_NOUNS or h0 in C.ORGANIZATION_NOUNS or h0 in C.OUTLET_NOUNS or h0 in C.ANONYMOUS_NOUNS:
        for t in range(a + 1, k):
            w = norms[t]
            if view.is_word[t] and view.is_word[t - 1] and norms[t - 1].startswith("ال") and not w.startswith("ال") \
                    and norms[t - 1] not in C.PERSON_TITLES \
                    and not (w.endswith("ي") or w.endswith("يه")) and w not in C.EMPHATICS \
                    and w not in C.NAME_PARTICLES and not _without_lam(w) != w \
                    and not (w[:1] == "ب" and w[1:] in C.LOCATIVE_NOUNS) and not w.startswith("وال") \
                    and not any(p.open < starts[t] < p.close for p in view.pairs if not p.virtual):
                k = t  # أعلنت السلطات المغربية اعتقال …: the object after the body (not بمنطقة مكة: its place,
                #        not هيئة "الغذاء والدواء": a coordinated name in marks)
                break
    while k > a and not view.is_word[k - 1] and not view.is_word[a] and view.pair_opening(a) is not None:
        a += 1
        k -= 1
    if k <= a:
        return None
    np_start, np_end = starts[a], ends[k - 1]
    if text.count("(", np_start, np_end) > text.count(")", np_start, np_end):
        close = text.find(")", np_end, np_end + 3)
        if close != -1:
            np_end = close + 1  # وكالة الأنباء السعودية (واس): the parenthesis closes inside the name
        else:
            np_end = text.rfind("(", np_start, np_end)  # an unclosed parenthesis never ends a speaker
            while np_end > np_start and text[np_end - 1].isspace():
                np_end -= 1
    raw_end = ends[b - 1]
    while raw_end > np_start and not text[raw_end - 1].isalnum():
        raw_end -= 1
    description = text[np_start:max(raw_end, np_end)].strip() or None
    words = [i for i in range(a, k) if view.is_word[i]]
    while len(words) > 1 and norms[words[0]] in C.DEMONSTRATIVES:
        words.pop(0)
    if not words or norms[words[0]] in C.EULOGY_WORDS:
        return None
    if len(words) == 1 and text[starts[words[0]]:ends[words[0]]].endswith(("ًا", "اً", "ً")):
        return None  # قالت دومًا: an adverb (accusative tanween), not a subject
    # count and head: ثمانية مصادر، أحد المصادر، 3 مسؤولين
    count: int | None = None
    h = words[0]
    hi = 0
    first = _without_lam(norms[h])
    if first in C.ONE_OF and len(words) > 1:
        count, hi = 1, 1
    elif first in C.NUMBER_WORDS and len(words) > 1:
        count, hi = C.NUMBER_WORDS[first], 1
    if hi and hi < len(words) - 1 and norms[words[hi]] == "من":
        hi += 1  # عدد من الصحف، أحد من المسؤولين
    elif _DIGITS.match(first) and len(words) > 1:
        count, hi = int(first), 1
    head = norms[words[hi]] if hi else first
    text_norm = normalize(text[np_start:np_end])
    g_head = gender_of_head(head)
    if C.ANONYMOUS_NOUNS.get(head, 1) is None or (count or 1) > 1:
        g_head = "pl"
    gender = g_head if g_head == "pl" else (verb_gender or g_head)

    # anonymous sources first: a name never follows them
    if head in C.ANONYMOUS_NOUNS or anon_phrase and head not in C.PERSON_TITLES or (
            hi == 1 and first in C.ONE_OF and _strip_article(head) in C.ANONYMOUS_NOUNS):
        implied = C.ANONYMOUS_NOUNS.get(head, C.ANONYMOUS_NOUNS.get(_strip_article(head)))
        if count is None:
            count = implied
        mentions = [m for m in view.mentions_in(np_start, np_end) if m[3].type == "PER"]
        if not mentions:
            nm = _name_after_descriptor(view, words) if hi == 0 and head.startswith("ال") and implied == 1 \
                and not anon_phrase else None
            if nm is not None:  # الدبلوماسي الإريتري تسفاميكائيل جيراهتو: a definite descriptor, then the name
                return SpeakerInfo(starts[nm[0]], ends[nm[1]], "person", entity_by_name(view, starts[nm[0]], ends[nm[1]]),
                                   None, description, gender, _named=True)
            return SpeakerInfo(np_start, np_end, "anonymous", None, count, description, gender)
    if hi and first in C.NUMBER_WORDS and head not in C.PERSON_TITLES \
            and not any(m[3].type == "PER" or m[0] <= starts[words[hi]] < m[1] for m in view.mentions_in(np_start, np_end)) \
            and head not in C.OUTLET_NOUNS and _strip_article(head) not in C.OUTLET_NOUNS \
            and head not in C.DOCUMENT_NOUNS and _strip_article(head) not in C.DOCUMENT_NOUNS \
            and head not in C.HEDGE_SOURCES and head not in C.GOVERNMENT_NOUNS and head not in C.ORGANIZATION_NOUNS \
            and head not in countries() and not _DIGITS.match(head):
        return SpeakerInfo(np_start, np_end, "anonymous", None, count, description, "pl")  # عدد من العلماء، ثلاثة أطباء
    if hi == 1 and first in C.ONE_OF and head not in C.PERSON_TITLES and not view.mentions_in(np_start, np_end) \
            and head not in C.OUTLET_NOUNS and head not in C.DOCUMENT_NOUNS and _strip_article(head) not in C.DOCUMENT_NOUNS \
            and head not in C.GOVERNMENT_NOUNS and head not in C.ORGANIZATION_NOUNS:
        return SpeakerInfo(np_start, np_end, "anonymous", None, 1, description, gender)  # أحد أقارب المعتقلين
    if (head in C.HEDGE_SOURCES or _strip_article(head) in C.DOCUMENT_NOUNS or head in C.DOCUMENT_NOUNS) \
            and len(words) - hi >= 2 and name_cap is None:
        # معلومات وزارة التجارة، بيان الخارجية، تقرير الأمم المتحدة: the document speaks for its owner
        o = words[hi + 1]
        if norms[o] in C.PUBLISH_VERBS and len(words) - hi >= 3:
            o = words[hi + 2]  # تقرير نشرته صحيفة «…» / بيان وزعه مكتب البرنامج: the relative clause names the owner
        definite_adj = head.startswith("ال") and o == words[hi] + 1 and norms[o].startswith("ال") \
            and norms[o].endswith(("ي", "يه", "يين", "يون"))
        # الدراسات الاقتصادية: a definite document is never in construct; the definite word after it is its
        # adjective, not its owner (not the paper «الاقتصادية»)
        if definite_adj:
            x = hi + 1
            while x < len(words) and norms[words[x]].startswith("ال") and norms[words[x]].endswith(("ي", "يه", "يين", "يون")):
                x += 1
            lam = x < len(words) and (norms[words[x]].startswith("لل") or _without_lam(norms[words[x]]) != norms[words[x]])
            o = words[x] if lam else None  # التقرير السنوي لمؤسسة النقد: the owner after the adjectives
        owner = None if o is None else read_speaker(view, o, k, titles=titles, cue_pos=cue_pos, lam_ok=True)
        if owner is not None and (owner.entity is not None or owner.type in ("government", "organization", "outlet")):
            owner.description = description
            ow = normalize(view.text[owner.start:owner.end].split()[0])
            if ow.startswith("ل") and not ow.startswith("لل") and _without_lam(ow) != ow and owner.end - owner.start > 2:
                owner.start += 1  # بيان لوزارة الخارجية -> وزارة الخارجية
            return owner
    if head in C.HEDGE_SOURCES and len(words) - hi <= 2 and not view.mentions_in(np_start, np_end):
        return SpeakerInfo(np_start, np_end, "unknown", None, None, description, gender, hedge_source=True)
    if head in C.DOCUMENT_NOUNS:
        ent_id = None
        if len(words) - hi == 1 and head in C.NEWS_ITEM_NOUNS:  # جاء في الخبر: the outlet's report (not الدراسة)
            ent_id = resolve_title(view, OUTLETS_KEY, titles or {}, cue_pos)
        return SpeakerInfo(np_start, np_end, "outlet" if ent_id else "unknown", ent_id, None, description, gender,
                           _named=True, doc_ref=len(words) - hi == 1 and head.startswith("ال"))

    # entity mentions inside the phrase: a person first
    mentions = view.mentions_in(np_start, np_end)
    per = [m for m in mentions if m[3].type == "PER"]
    if head in C.ORGANIZATION_NOUNS or head in C.GOVERNMENT_NOUNS or head in C.OUTLET_NOUNS:
        per = [m for m in per if m[0] <= starts[words[hi]]]  # مؤسسة جسر الملك فهد: a body, not the king
    if per and name_cap is None:
        # a person introduced by a title first (… العقيد فلان), then one opening the phrase, else the last
        m = next((x for x in per if _title_before(view, x[0])), None) \
            or next((x for x in per if x[0] <= np_start + 1), None) or per[-1]
        m = (m[0], _extend_name(view, m[0], m[1], k), m[2], m[3])
        ent = view.entity_by_id.get(m[2])
        g = (ent.gender if ent and ent.gender else None) or verb_gender
        return SpeakerInfo(m[0], m[1], "person", m[2], None, description, g)
    if per:
        m = per[0]
        return SpeakerInfo(m[0], m[1], "person", m[2], None, description, verb_gender)
    lead = [m for m in mentions if m[0] <= starts[words[hi]] + 2
            or (head in C.GOVERNMENT_NOUNS or head in C.ORGANIZATION_NOUNS or head in C.OUTLET_NOUNS)]
    if lead and head not in C.PERSON_TITLES:
        m = max(lead, key=lambda x: x[1] - x[0])
        if m[3].type in ("PER", "LOC") and (head in C.ORGANIZATION_NOUNS or head in C.GOVERNMENT_NOUNS) \
                and (m[3].type == "PER" or m[0] > starts[words[hi]]):
            # مكتب أردوغان، ديوان الرئيس فلان: the person's office speaks, not the person; إدارة مرور الشرقية:
            # the body of a place, not the place
            return SpeakerInfo(np_start, np_end, "government" if head in C.GOVERNMENT_NOUNS else "organization",
                               None, None, description, gender)
        stype = _entity_type_to_speaker(view, m[3].type, head, normalize(m[3].text))
        span = (np_start, np_end) if stype in ("outlet", "government", "organization") else (m[0], m[1])
        return SpeakerInfo(span[0], span[1], stype, m[2], None, description, gender)

    if head in C.OUTLET_NOUNS or text_norm in C.OUTLET_NAMES or _strip_article(text_norm) in C.OUTLET_NAMES:
        ent_id = None
        if len(words) - hi == 1 and head.startswith("ال"):  # الصحيفة: the outlet of that kind named before
            ent_id = resolve_outlet(view, head, titles or {}, cue_pos)
        return SpeakerInfo(np_start, np_end, "outlet", ent_id, None, description, gender)
    if head in C.GOVERNMENT_NOUNS or text_norm in countries() or text_norm in C.CAPITALS:
        ent_id = resolve_body(view, head, cue_pos) if len(words) - hi == 1 else None
        return SpeakerInfo(np_start, np_end, "government", ent_id, None, description, gender)
    if head in C.ORGANIZATION_NOUNS:
        ent_id = resolve_body(view, head, cue_pos) if len(words) - hi == 1 else None
        return SpeakerInfo(np_start, np_end, "organization", ent_id, None, description, gender)
    if head in C.PERSON_TITLES:
        ns = _name_start(view, words[hi], k)
        if ns is not None and not head.startswith("ال") and len(norms[head_i := words[hi]]) > 1 and ns == head_i + 1 \
                and all(view.is_word[t] and not norms[t].startswith("ال")
                        and (norms[t].endswith("ي") or norms[t] in C.UNNAMED_ADJECTIVES) for t in range(ns, k)) \
                and not view.mentions_in(starts[ns], ends[k - 1]):
            # قائد عسكري، ضابط كبير: an indefinite title with only adjectives after it is an unnamed source
            return SpeakerInfo(np_start, np_end, "anonymous", None, 1, description, gender)
        if ns is not None:
            end = k
            if name_cap is not None:
                end = min(k, ns + name_cap)
                while end > ns + 2 and norms[end - 1].startswith("ال") and norms[end - 2] not in C.NAME_PARTICLES:
                    end -= 1
            return SpeakerInfo(starts[ns], ends[end - 1], "person", entity_by_name(view, starts[ns], ends[end - 1]),
                               None, description, gender, _named=True)
        ent_id = resolve_title(view, head, titles or {}, cue_pos, (np_start, np_end))
        body = _spokesman_for(view, words)
        if ent_id is None and body is not None:
            return SpeakerInfo(np_start, np_end, body, None, None, description, gender, _named=True)
        return SpeakerInfo(np_start, np_end, "person", ent_id, None, description, gender, _named=True)
    if name_cap is not None:
        return None
    later_title = next((t for t in words[hi + 1:] if norms[t] in C.PERSON_TITLES or norms[t] in C.APPOSITION_NOUNS),
                       None)
    if later_title is not None and later_title - words[hi] <= 4 and not norms[words[hi]].startswith("ال"):
        # الأحمدي الناطق باسم مجلس المقاومة: a name, then its title in apposition
        last = max(t for t in words if t < later_title)
        return SpeakerInfo(np_start, ends[last], "person", None, None, description, gender, _named=True)
    if norms[words[hi]].startswith("ال") and len(words) - hi <= 7:
        # السياسي سمير جعجع: a descriptor, then the name
        nxt = next((t for t in words[hi + 1:] if not norms[t].startswith("ال")), None)
        if nxt is not None and norms[nxt - 1].startswith("ال") and _without_lam(norms[nxt]) == norms[nxt] \
                and norms[nxt] not in C.PP_HEADS and norms[nxt] not in C.DEMONSTRATIVES \
                and not _DIGITS.match(norms[nxt]) and norms[nxt] not in C.CUE_FORMS \
                and norms[nxt] not in C.EULOGY_WORDS and norms[nxt][:1] not in "بلك":
            return SpeakerInfo(starts[nxt], np_end, "person", None, None, description, gender, _named=True)
    if hi == 0 and not view.mentions_in(np_start, np_end) and _group_noun(norms[words[0]]) \
            and (len(words) == 1 or not any(norms[t] in C.PERSON_TITLES for t in words[1:])):
        # قال متضررون، أكد عاملون في وكالات الدعاية، أعرب ذوو الشهداء: an unnamed group is an anonymous source
        return SpeakerInfo(np_start, np_end, "anonymous", None, None, description, "pl")
    if len(words) - hi <= 4 and not any(norms[i] in C.CUE_FORMS for i in words):
        first_w = norms[words[0]]
        named = len(words) <= 3 and not any(norms[i].startswith("ال") and norms[i - 1] not in C.NAME_PARTICLES
                                            for i in words[:1]) and not _DIGITS.match(first_w) \
            and not first_w.endswith(("هم", "هما", "كم", "هن")) and not first_w.startswith(("بال", "لل", "وال")) \
            and not _not_a_name(first_w)
        return SpeakerInfo(np_start, np_end, "person", entity_by_name(view, np_start, np_end) if named else None,
                           None, description, gender, _named=named)
    return SpeakerInfo(np_start, np_end, "unknown", None, None, description, gender)


OUTLETS_KEY = "\x00outlet"


def _is_outlet_mention(view: ArticleView, start: int, text: str) -> bool:
    key = normalize(text)
    if key in C.OUTLET_NAMES or _strip_article(key) in C.OUTLET_NAMES:
        return True
    i = view.token_before(start)
    while i >= 0 and not view.is_word[i] and view.norms[i] in "«“\"{":
        i -= 1
    return i >= 0 and view.is_word[i] and (view.norms[i] in C.OUTLET_NOUNS or _without_lam(view.norms[i]) in C.OUTLET_NOUNS)


def _outlet_kind(view: ArticleView, start: int, text: str) -> str | None:
    """paper / agency / tv … for an outlet mention: from the noun before it (صحيفة «…»، لوكالة …) or the agency list."""
    i = view.token_before(start)
    while i >= 0 and not view.is_word[i] and view.norms[i] in "«“\"{":
        i -= 1
    if i >= 0 and view.is_word[i]:
        w = view.norms[i]
        kind = C.OUTLET_KINDS.get(w) or C.OUTLET_KINDS.get(_without_lam(w))
        if kind:
            return kind
    key = normalize(text)
    return "agency" if key in C.AGENCY_NAMES or _strip_article(key) in C.AGENCY_NAMES else None


def resolve_body(view: ArticleView, head: str, pos: int) -> str | None:
    """الوزارة، الهيئة، الشركة (alone): the last organisation named before ``pos`` whose name opens with that noun
    (وزارة الداخلية … وأكدت الوزارة), or None."""
    if not head.startswith("ال") or pos <= 0:
        return None
    bare = head[2:]
    n = 0
    for m in reversed(view.mentions_in(0, pos)):
        if m[3].type not in ("ORG", "LOC") or m[1] > pos:
            continue
        n += 1
        if n > 40:
            break
        first = normalize(m[3].text).split()[:1]
        if first and (first[0] == bare or first[0] == head):
            return m[2]
    return None


def resolve_outlet(view: ArticleView, head: str, titles, pos: int) -> str | None:
    """الصحيفة / الوكالة / التلفزيون: the last outlet of that kind named before ``pos`` (any outlet for a noun of no
    known kind); None rather than an outlet of another kind (قال التلفزيون ≠ فرانس برس)."""
    kind = C.OUTLET_KINDS.get(head)
    if kind is None:
        return resolve_title(view, OUTLETS_KEY, titles, pos)
    return resolve_title(view, OUTLETS_KEY + kind, titles, pos)


def title_index(view: ArticleView) -> dict[str, list[tuple[int, str]]]:
    """For each title word (folded, without ال), the PER entity mentions it introduces: (offset, entity id)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for start, end, eid, mention in view.mentions:
        if mention.type != "PER":
            if _is_outlet_mention(view, start, mention.text):
                out.setdefault(OUTLETS_KEY, []).append((start, eid))
                kind = _outlet_kind(view, start, mention.text)
                if kind:
                    out.setdefault(OUTLETS_KEY + kind, []).append((start, eid))
            continue
        i = view.token_before(start)
        found = False
        for j in range(i, max(i - 12, -1), -1):
            w = view.norms[j]
            if not view.is_word[j] and w not in COMMAS:
                break
            if view.is_word[j] and (_is_cue_word(w) or w in C.COMPLEMENTISERS or any(m[3].type == "PER" and m[2] != eid
                                                            for m in view.mentions_in(view.starts[j], view.ends[j]))):
                break  # قال الوزير إن فلان / للأمير فهد والأمير خالد: a title of another clause or person
            if j == i and view.is_word[j] and (w in C.PP_HEADS or w in C.LINK_PREPOSITIONS):
                break  # ودافع المدرب الأرجنتيني عن ميسي: the title before a preposition is the subject's, not his
            bare = w[1:] if w[:1] == "و" and w[1:] in C.PERSON_TITLES else w
            if bare in C.PERSON_TITLES and not any(m[3].type != "PER" for m in view.mentions_in(view.starts[j], view.ends[j])):
                # every title of the chain (المتحدث الرئاسي المصري السفير فلان), not one in construct after
                # another (المتحدث باسم الرئيس، نائب الرئيس) and not الملك of جامعة الملك سعود
                prev = view.norms[j - 1] if j > 0 else ""
                if not (found and (prev in C.TITLE_LINKS or prev in C.PERSON_TITLES)):
                    out.setdefault(_strip_article(bare), []).append((start, eid))
                found = True
                if w != bare:
                    break  # والأمير فلان: the conjunct's own title
        # the title after the name: راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين
        k = view.token_at(end)
        if k < view.n and not view.is_word[k] and view.norms[k] in COMMAS:
            k += 1
        if k < view.n and view.is_word[k] and view.norms[k] in C.PERSON_TITLES and not found \
                or k < view.n and view.is_word[k] and view.norms[k] in C.PERSON_TITLES and not view.norms[k].startswith("ال"):
            out.setdefault(_strip_article(view.norms[k]), []).append((start, eid))
        if k + 1 < view.n and view.is_word[k] and view.norms[k] in C.PERSON_TITLES and view.norms[k].startswith("ال") \
                and view.is_word[k + 1] and view.norms[k + 1] in C.PERSON_TITLES and not view.norms[k + 1].startswith("ال"):
            # عبدالمنعم السيد مدير مركز …: a family name read as a title (السيد), then the title itself
            out.setdefault(_strip_article(view.norms[k + 1]), []).append((start, eid))
    for v in out.values():
        v.sort()
    return out


def resolve_title(view: ArticleView, head: str, titles: dict[str, list[tuple[int, str]]], pos: int,
                  phrase: tuple[int, int] | None = None) -> str | None:
    """The last PER entity introduced with title ``head`` before ``pos`` (the first after it when none). With the
    speaker ``phrase`` (character span), a candidate introduced with more of its words wins (قال رئيس لجنة التنمية →
    the one introduced as رئيس لجنة التنمية …, not the last رئيس)."""
    cands = titles.get(head if head == OUTLETS_KEY else _strip_article(head), [])
    before = [(off, eid) for off, eid in cands if off < pos]
    if phrase is not None and head != OUTLETS_KEY:
        nisba = {w for w in normalize(view.text[phrase[0]:phrase[1]]).split()[1:]
                 if w.startswith("ال") and w.endswith("ي") and len(w) > 4}
        if nisba and before and not any(nisba & set(normalize(view.text[max(0, off - 160):off]).split()[-14:])
                                        for off, _ in before) \
                and not any(phrase[1] <= off <= phrase[1] + 40 for off, _ in cands):
            # قال الوزير الألماني: the person introduced with that nationality (نظيره الألماني فلان), whatever the
            # title that introduced him, rather than the last minister
            for m in reversed(view.mentions_in(0, pos)):
                if m[3].type == "PER" and m[1] <= pos and m[0] < phrase[0] \
                        and nisba & set(normalize(view.text[max(0, m[0] - 60):m[0]]).split()[-4:]):
                    return m[2]
    if phrase is not None and len(before) > 1:
        words = {w for w in normalize(view.text[phrase[0]:phrase[1]]).split()[1:] if len(w) > 2}
        if words:
            def score(off: int) -> int:
                ctx = set(normalize(view.text[max(0, off - 160):off]).split()[-14:])
                return len(words & ctx)
            best = max(score(off) for off, _ in before)
            if best > 0:
                return [eid for off, eid in before if score(off) == best][-1]
    if before:
        return before[-1][1]
    return cands[0][1] if cands else None
