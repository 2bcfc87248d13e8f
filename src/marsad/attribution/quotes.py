"""Quotes: an ArticleView -> attributions (cue, speaker, content, kind, hedged, via) in text order.

Passes, each linear in the number of tokens (every window is bounded):
1. cues: reporting verbs in every form (قال، قالت، يقول، مضيفا، بحجة ...) followed within a short window by
   their complement (أن/إن/بأن, a colon, a quotation mark, or the verb's preposition: حذر من، دعا إلى); the
   tokens between cue and complement are the speaker slot (verb-subject order); an empty slot reads the subject
   to the left (subject-verb order) or leaves it implicit; source phrases (بحسب، وفقا لـ، نقلا عن ...) with
   the source after them and the content before or after; impersonal reports (تردد أن، ورد أن) with no speaker.
2. quotation marks not yet inside any content: a cue just after the closing mark (”، قال الوزير), a cue left
   without a complement just before the opening mark, or the `name: “…”` form; a full quoted sentence after
   a quote continues the last speaker.
3. resolution: implicit subjects take the previous speaker of the same gender; participles take the subject
   of their clause; reports nested in another's content are separate quotes relayed (``via``) through it;
   a hedge (ورد أن) over a nested report hedges that report.
"""

from __future__ import annotations

import dataclasses

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from marsad.attribution.interviews import interview_answers
from marsad.attribution.marks import MarkPair
from marsad.attribution.speakers import (OUTLETS_KEY, SpeakerInfo, _is_outlet_mention, _strip_article, countries, has_anonymity,
                                        own_names, read_speaker, resolve_title, title_index)
from marsad.attribution.tokens import COMMAS, ArticleView
from marsad.data import cues as C
from marsad.data.cues import CueForm
from marsad.text.normalize import normalize

WINDOW = 22  # tokens between a cue and its complement (a long title and a time adverb fit)
WEAK_WINDOW = 6


@dataclass
class Draft:
    """A quote under construction (mutable until ``finalise``)."""

    cue: tuple[int, int] | None
    content: tuple[int, int] | None
    kind: str
    speaker: SpeakerInfo | None = None
    hedged: bool = False
    via_entity: str | None = None
    via_quote: "Draft | None" = None  # the enclosing draft
    cue_form: CueForm | None = None
    implicit: bool = False  # the speaker is the verb's implicit subject
    participle: bool = False
    order: int = 0
    dropped: bool = False
    slot: tuple[int, int] | None = None  # speaker slot tokens (for relays)
    extras: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------------------------
# cue matching
# ---------------------------------------------------------------------------------------------------------------

def _strip_conj(w: str) -> list[str]:
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
    return out


def match_verb(view: ArticleView, i: int) -> CueForm | None:
    if not view.is_word[i]:
        return None
    if any(m[3].type == "PER" and m[0] < view.starts[i] < m[1] for m in view.mentions_in(view.starts[i], view.ends[i])):
        return None  # وأوضح المخرج أمين طالب أن: a word of a person's name (طالب، نصر، بين) is no cue
    if i > 0 and view.is_word[i - 1] and view.norms[i - 1] in C.NOUN_QUANTIFIERS:
        return None  # كل طالب: a noun after a quantifier, no verb
    if i > 0 and view.norms[i - 1] in C.NOMINAL_BEFORE and view.norms[i] in C.MASDAR_LIKE_PAST:
        return None  # طلب عدم نشر اسمه: the masdar, not the verb
    if view.norms[i] in C.PREPOSITION_HOMOGRAPHS and not (i + 1 < view.n and view.norms[i + 1] in C.COMPLEMENTISERS) and (
            i > 0 and view.is_word[i - 1] and (view.norms[i - 1].startswith("ال") and view.norms[i - 1] not in C.LEFT_STOP
                                                or view.norms[i - 1] in ("ما", "فيما"))
            or any(view.is_word[t] and view.norms[t][:1] == "و" and len(view.norms[t]) > 2
                   and not view.terminal[t - 1] and view.norms[t - 1] not in COMMAS for t in range(i + 2, min(view.n, i + 4)))):
        return None  # التلاحم بين أفراد المجتمع / ما بين العشرين والخامسة / بين الحين والآخر: «between», not «explained»
    if _strip_conj(view.norms[i])[-1] == "ذكر" and i + 2 < view.n and view.norms[i + 1].isdigit() \
            and view.norms[i + 2] in C.AGE_UNITS:
        return None  # ذكر 36 عاما: «a male aged 36», not «said»
    for w in _strip_conj(view.norms[i]):
        cf = C.CUE_FORMS.get(w)
        if cf is not None:
            if cf.form == "participle" and w == view.norms[i] and i > 0 and view.is_word[i - 1] \
                    and not view.norms[i - 1].startswith("ال") and w.endswith("ه") \
                    and (view.norms[i - 1].endswith("ات") or view.norms[i - 1] in C.ANONYMOUS_NOUNS
                         or view.norms[i - 1] in C.HEDGE_SOURCES):
                return None  # بعقوبات مشددة، معلومات مؤكدة: an adjective of a plural noun, not a participle cue
            return cf
    w = view.norms[i]
    if len(w) > 4 and w[0] == "ل" and w[1] in "يت":
        cf = C.CUE_FORMS.get(w[1:])
        if cf is not None and cf.form == "present" and not cf.weak:
            return cf  # ليجيب مجتبى أن / ليؤكد أن: the purpose/sequence ل before a present verb
    return None


_ACC_FIRST = frozenset(C.ACCORDING) | frozenset(p[0] for p in C.ACCORDING_MULTI)


def match_according(view: ArticleView, i: int) -> tuple[str, int] | None:
    """A source phrase at token ``i``: (folded head, index of the first token after the phrase)."""
    if not view.is_word[i]:
        return None
    raw = view.norms[i]
    if raw not in _ACC_FIRST and raw[1:] not in _ACC_FIRST:
        return None
    if raw in ("فحسب",) or raw.startswith("فحسب"):
        return None
    forms = [raw]
    if len(raw) > 3 and raw[0] in "و":
        forms.append(raw[1:])
    for w in forms:
        if w in C.ACCORDING:
            j = i + 1
            if w in ("وفقا", "طبقا", "وفق") and j < view.n and view.norms[j] in ("ل", "لـ"):
                j += 1
            if w in ("نقلا",) and j < view.n and view.norms[j] == "عن":
                j += 1
            if w in ("استنادا",) and j < view.n and view.norms[j] in ("الي", "الى"):
                j += 1
            return w, j
    for phrase in C.ACCORDING_MULTI[:3]:
        if tuple(_strip_conj(view.norms[i])[-1:]) + tuple(view.norms[i + 1:i + len(phrase)]) == phrase or \
                tuple(view.norms[i:i + len(phrase)]) == phrase:
            return phrase[-1], i + len(phrase)
    return None


def _is_name_pair(view: ArticleView, pair: MarkPair, before: int) -> bool:
    """A quoted name rather than a quotation: لـ«الشرق الأوسط»، {واشنطن بوست}، حركة «حماس» إن ..."""
    if pair.virtual:
        return False
    inner = view.text[pair.open + 1:pair.close]
    words = inner.split()
    n_words = len(words)
    if n_words > 4 or any(normalize(w) in C.FUNCTION_WORDS for w in words):
        return False
    if before >= 0 and view.is_word[before] and view.norms[before] in ("ل", "لـ", "ب", "بـ"):
        return True
    if before >= 0 and view.ends[before] == pair.open and view.norms[before] in ("ل", "لـ", "ب", "بـ", "لل"):
        return True
    key = normalize(inner.strip())
    if key in C.OUTLET_NAMES:
        return True
    if before >= 0 and view.is_word[before]:
        bw = view.norms[before]
        for w in (bw, bw[1:] if len(bw) > 3 and bw[0] in "وفلب" else bw):
            if w in C.OUTLET_NOUNS or w in C.ORGANIZATION_NOUNS or w in C.GOVERNMENT_NOUNS or w in C.PERSON_TITLES:
                return True
    j = view.after_pair(pair)
    if j < view.n and view.norms[j] in C.COMPLEMENTISERS and before >= 0 and view.is_word[before] \
            and view.norms[before] not in C.CUE_FORMS and view.norms[before] not in C.COMPLEMENTISERS:
        return True
    if j < view.n and (view.norms[j] == ":" or view.norms[j] in C.PP_HEADS or view.norms[j] in COMMAS) and n_words <= 3:
        return before >= 0 and view.is_word[before] and view.norms[before] not in C.CUE_FORMS \
            and view.norms[before] not in C.COMPLEMENTISERS
    return False


def _anonymity_near(view: ArticleView, j: int) -> bool:
    """True when token ``j`` is inside an anonymity formula (طلب عدم الكشف عن اسمه، لم يذكر اسمه)."""
    return has_anonymity(view, max(0, j - 3), j + 1)


def _slot_words(view: ArticleView, a: int, b: int) -> int:
    """Words between a cue and a preposition, leaving out quoted names and ل-phrases (لـ«الشرق الأوسط»)."""
    n = 0
    k = a
    while k < b:
        pair = view.pair_opening(k)
        if pair is not None:
            k = view.after_pair(pair)
            continue
        if view.norms[k] in COMMAS:
            close = next((t for t in range(k + 1, b) if view.norms[t] in COMMAS), None)
            if close is not None:
                k = close + 1  # an apposition between commas (أكسل بنسلر، مدير الإنتاج، عن)
                continue
        if view.is_word[k] and view.norms[k] not in ("ل", "لـ"):
            n += 1
        k += 1
    return n


_TIME_WORDS = {normalize(w) for w in "أمس امس اليوم".split()}


def _object_masdar(view: ArticleView, j: int) -> bool:
    """Token ``j`` is a masdar object after the subject of أعلن/أكد/كشف (هيئة السوق المالية رفع، الشركة الانتهاء من،
    الوزارة اهتمامها): a listed masdar, bare, definite before a preposition, or with a possessive pronoun; after a
    definite word, a name, a closing mark or أمس/اليوم (not inside a construct chain: مدير إدارة تنفيذ المشاريع)."""
    w = view.norms[j]
    base = None
    if w in C.ANNOUNCED_MASDARS:
        base = w
    elif w.startswith("ال") and w[2:] in C.ANNOUNCED_MASDARS:
        nxt = view.norms[j + 1] if j + 1 < view.n else ""
        if nxt in C.LINK_PREPOSITIONS or nxt in ("في", "فى") or nxt[:1] == "ب" and len(nxt) > 3:
            base = w
    else:
        for suf in C.OBJECT_SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in C.ANNOUNCED_MASDARS:
                base = w
                break
            if w.endswith(suf) and w[:-len(suf)].endswith("ت") and w[:-len(suf) - 1] + "ه" in C.ANNOUNCED_MASDARS:
                base = w  # إحالتها: the ta marbuta before a pronoun
                break
    if base is None:
        return False
    p = j - 1
    if not view.is_word[p]:
        return view.norms[p] in ("»", "”", '"', ")", "،", ",")
    pw = view.norms[p]
    if pw in _TIME_WORDS or pw in C.PRONOUN_PPS:
        return True  # أعلنت الوزارة أمس رفع / أكدت المديرية في بيان لها إحالة
    if pw in C.PP_HEADS or pw in C.COMPLEMENTISERS or pw in C.NEGATIONS or pw in C.CUE_FORMS:
        return False
    return pw.startswith("ال") or any(m[1] == view.ends[p] for m in view.mentions_in(view.starts[p], view.ends[p]))


def find_complement(view: ArticleView, i: int, cf: CueForm):
    """The complement after cue token ``i``: ("comp"|"colon"|"quote"|"prep", token index, pair) or None."""
    budget = WEAK_WINDOW if cf.weak else WINDOW
    limit = view.n
    para = view.para[i]
    marks_only = normalize(cf.lemma) in C.MARKS_ONLY
    prep_set = C.PREP_COMPLEMENT.get(normalize(cf.lemma))
    j = i + 1
    while j < limit:
        if view.para[j] != para:
            return None
        w = view.norms[j]
        if view.is_word[j] and w not in C.COMPLEMENTISERS:
            budget -= 1
            if budget < 0:
                return None
        if not view.is_word[j]:
            pair = view.pair_opening(j)
            if pair is not None:
                headline = view.norms[j - 1] in C.HEADLINE_NOUNS
                if headline and j - 1 > i:
                    after = view.after_pair(pair)
                    nxt = [t for t in range(after, min(view.n, after + 4)) if view.is_word[t]]
                    if nxt and (view.norms[nxt[0]] in C.COMPLEMENTISERS or (prep_set and view.norms[nxt[0]] in prep_set)):
                        j = after  # أشارت الدراسة التي حملت عنوان «…»، إلى أن: the title, then the complement
                        continue
                if _is_name_pair(view, pair, j - 1) and not headline or (
                        len(view.text[pair.open + 1:pair.close].split()) <= 3 and (cf.weak or j - 1 > i)
                        and not headline):
                    j = view.after_pair(pair)
                    continue
                after = view.after_pair(pair)
                if j == i + 1 and len(view.text[pair.open + 1:pair.close].split()) <= 4 and after < view.n \
                        and view.is_word[after] and view.para[after] == para \
                        and not any(normalize(w) in C.FUNCTION_WORDS for w in view.text[pair.open + 1:pair.close].split()):
                    j = after  # أعلن "تحالف القوى العراقية" دعمه: the subject's name in marks, not a quotation
                    continue
                long_quote = len(view.text[pair.open + 1:pair.close].split()) >= 4
                if cf.cls == "belief" or (cf.weak and not (long_quote and _slot_words(view, i + 1, j) <= 3)):
                    return None  # اعتبر X «صفعة»: a predicate in marks, not a quotation
                return "quote", j, pair
            if w == ":" and j > 0 and j + 1 < view.n and view.ends[j - 1] == view.starts[j] \
                    and view.ends[j] == view.starts[j + 1] and view.norms[j - 1].isdigit() and view.norms[j + 1].isdigit():
                j += 1  # 16:00: a clock time, not a colon
                continue
            if w == ":":
                k = j + 1
                if k < view.n and view.para[k] == para:
                    p2 = view.pair_opening(k)
                    if p2 is not None:
                        return "quote", k, p2
                    if view.norms[k] in C.COMPLEMENTISERS:
                        return "comp", k, None  # وقال: إنه يتطلع …
                    return "colon", k, None
                return None
            if w in "؛;" and not view.terminal[j] and j - i <= 9 and _slot_words(view, i + 1, j) <= 6 \
                    and any(view.norms[t] in C.COMPLEMENTISERS for t in range(j + 1, min(view.n, j + 16))
                            if view.para[t] == para):
                j += 1  # وأكد علي الحرقان؛ في حديثه لـ«واس»، أن: a semicolon used as a comma after the speaker
                continue
            if view.terminal[j] or w in "؛;":
                return None
            j += 1
            continue
        if w in C.COMPLEMENTISERS:
            prev = view.norms[j - 1] if j - 1 > i else ""
            if prev in C.NOT_COMPLEMENTISER_BEFORE:
                j += 1
                continue
            if w == "لان":  # لأن "because" is no complementiser
                return None
            if marks_only and (j + 1 >= view.n or view.pair_opening(j + 1) is None):
                return None
            return "comp", j, None
        if w in C.OBJECT_MASDARS and normalize(cf.lemma) in C.OBJECT_VERBS and cf.form in ("past", "present") \
                and _slot_words(view, i + 1, j) <= 12 and view.norms[j - 1] not in C.PP_HEADS:
            return "prep", j, None  # أكد القائد وجود أسرى: the masdar object is the content
        if j > i + 1 and normalize(cf.lemma) in C.OBJECT_VERBS and cf.form in ("past", "present") \
                and _object_masdar(view, j) and _slot_words(view, i + 1, j) <= 12:
            return "prep", j, None  # أعلنت هيئة السوق المالية رفع التعليق / أعلنت الشركة الانتهاء من
        if w == "علي" and view.text[view.ends[j] - 1] == "ي" and any(
                m[3].type == "PER" and m[0] <= view.starts[j] for m in view.mentions_in(view.starts[j], view.ends[j])):
            j += 1  # وأكد علي الحرقان أن: the name Ali, not the preposition على
            continue
        if prep_set and not marks_only and _slot_words(view, i + 1, j) <= 6 and (w in prep_set or (w.startswith("ب") and "ب" in prep_set and len(w) > 3 and w not in C.BA_NOUNS)) \
                and not (normalize(cf.lemma) == normalize("أعلن") and cf.form != "past"):  # كانت أبل تعلن عن هواتفها: a habit
            nxt = view.norms[j + 1] if j + 1 < view.n else ""
            if nxt not in C.COMPLEMENTISERS:
                if w in prep_set:
                    return "prep", j + 1, None
                return "prep", j, None
        if cf.form == "participle" and j > i + 3 and w not in C.LINK_PREPOSITIONS:
            return None  # a participle takes its complement at once (مضيفا أن)
        if cf.form == "masdar" and j > i + 1 and not (view.norms[i + 1] in C.PP_HEADS or view.norms[i + 1][:1] == "ل"):
            return None
        if cf.form == "masdar" and j > i + 6:
            return None
        if w in C.APPOSITION_PRONOUNS and j > i + 2 and view.norms[j - 1] in COMMAS and not cf.form == "participle":
            c = next((t for t in range(j + 1, min(view.n, j + 18)) if view.para[t] == para
                      and (view.norms[t] in COMMAS or view.terminal[t] or view.pair_opening(t) is not None)), None)
            if c is not None and view.norms[c] in COMMAS and c + 1 < view.n and view.norms[c + 1] in C.COMPLEMENTISERS:
                budget += sum(1 for t in range(j, c) if view.is_word[t])
                j = c + 1  # قالت الدكتورة فلانة، وهي واحدة من المتخصصات في …، إن: an apposition before the complement
                continue
        if w in C.SLOT_STOPS:
            return None
        if w in C.CUE_FORMS and j > i + 1 and not (view.norms[j - 1] in C.NEGATIONS) \
                and match_verb(view, j) is not None and not _anonymity_near(view, j) \
                and not (w in C.PUBLISH_VERBS and view.is_word[j - 1] and not view.norms[j - 1].startswith("ال")):
            return None  # another reporting verb: this one had no complement
        if j > i + 2 and view.norms[j - 1] in COMMAS and w[:1] in "وف" and w not in C.CUE_FORMS \
                and w[1:] in C.CUE_FORMS and match_verb(view, j) is not None:
            return None  # وأضاف باشرت الفرق …، وأشار بأن: a new report after a comma; this one had no complement
        j += 1
    return None


# ---------------------------------------------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------------------------------------------

def _breaks_content(view: ArticleView, j: int) -> bool:
    """True when a comma at ``j`` is followed by a new report (، مضيفا / ، وأضاف / ، بحسب)."""
    k = j + 1
    if k >= view.n or not view.is_word[k]:
        return False
    if view.norms[k] in C.CONTENT_BREAKERS or tuple(view.norms[k:k + 2]) in C.CONTENT_BREAKERS_2:
        return True
    cf = match_verb(view, k)
    if cf is not None and cf.form == "past" and view.norms[k][0] in "وف" and cf.cls == "speech":
        return True
    return match_according(view, k) is not None


def content_end(view: ArticleView, s: int, *, stop_at_comma_cue: bool = True) -> tuple[int, int]:
    """From token ``s``: (end offset of the content, index of the token where it stopped)."""
    para = view.para[s]
    last = view.starts[s]
    j = s
    while j < view.n and view.para[j] == para:
        if not view.is_word[j]:
            pair = view.pair_opening(j)
            if pair is not None:
                last = pair.end
                j = view.after_pair(pair)
                continue
            if view.terminal[j]:
                break
            if view.norms[j] in COMMAS and stop_at_comma_cue and _breaks_content(view, j):
                break
        elif j > s and stop_at_comma_cue and view.norms[j][0] == "و" and len(view.norms[j]) > 3:
            cf = C.CUE_FORMS.get(view.norms[j][1:])
            if cf is not None and cf.cls == "speech" and cf.form == "past":
                break  # … وكشف عن …: a new report by the same subject
        last = view.ends[j] if view.is_word[j] or view.norms[j] in ")»”" else last
        j += 1
    return last, j


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",،:؛"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،:؛-–"):
        end -= 1
    return start, end


def _kind_of(view: ArticleView, start: int, end: int) -> tuple[str, int, int]:
    """direct (all inside one pair of marks: the marks are dropped), mixed (quoted fragments) or indirect."""
    inside = [p for p in view.pairs_within(start, end) if not _is_name_pair(view, p, view.token_before(p.open))]
    if not inside:
        return "indirect", start, end
    outer = [p for p in inside if p.depth == min(q.depth for q in inside)]
    if len(outer) == 1:
        p = outer[0]
        tail = view.text[p.end:end].strip(" .،,")
        if p.open == start and not tail:
            s, e = _trim(view.text, p.open + 1, p.close)
            while e > s and view.text[e - 1] in ".": e -= 1
            return "direct", s, e
    return "mixed", start, end


# ---------------------------------------------------------------------------------------------------------------
# speakers next to a cue
# ---------------------------------------------------------------------------------------------------------------

def _left_subject(view: ArticleView, i: int, cf: CueForm, titles, cue_pos: int,
                  through_from: bool = True) -> SpeakerInfo | None:
    """Subject-verb order: the noun phrase just before the cue (اليابان قالت، الوزير، قال)."""
    w0 = view.norms[i]
    k = i - 1
    if len(w0) > 3 and w0[0] in "وف" and w0 not in C.CUE_FORMS:
        # أما X فقال: the subject stands between أما and the verb; وقال / فأجاب otherwise open their own clause
        if w0[0] != "ف":
            return None
        t = k
        while t >= 0 and i - t <= 12 and view.para[t] == view.para[i] and not view.terminal[t]:
            if view.norms[t] in ("اما", "واما"):
                return read_speaker(view, t + 1, k + 1 if view.is_word[k] else k, verb_gender=cf.gender,
                                    titles=titles, cue_pos=cue_pos)
            t -= 1
        return None
    if k >= 0 and view.norms[k] in ("قد", "لقد"):
        k -= 1  # كانت التحقيقات قد كشفت
    if k >= 0 and view.is_word[k] and _strip_conj(view.norms[k])[-1] in C.RELATIVES:
        k -= 1  # تصريح رئيس الوزراء أحمد داود أوغلو الذي أعلن: the relative's antecedent
    if k >= 0 and view.norms[k] in COMMAS:
        k -= 1
    end = k + 1
    steps = 0
    cut = None  # a prepositional phrase or relative clause inside the subject (السيناتور البارز عن نيويورك)
    while k >= 0 and steps < 12 and view.para[k] == view.para[i]:
        w = view.norms[k]
        if view.terminal[k]:
            break
        if not view.is_word[k]:
            if w in COMMAS and steps:
                k -= 1  # apposition: رئيس الحكومة أحمد داود أوغلو، منظر الحزب، قال
                continue
            inner = view.enclosing_pair(view.starts[k] - 1) if view.starts[k] > 0 else None
            if inner is not None and inner.close == view.starts[k] and len(view.text[inner.open + 1:inner.close].split()) <= 4:
                k = view.token_at(inner.open) - 1  # صحيفة «الشرق الأوسط» قد نشرت: a quoted name inside the subject
                steps += 1
                continue
            break
        bare = _strip_conj(w)[-1]
        if through_from and w == "من" and steps and k > 0 and view.is_word[k - 1] and view.para[k - 1] == view.para[i] \
                and not view.terminal[k - 1] and view.norms[k - 1] not in C.LEFT_STOP \
                and view.norms[k + 1] not in C.SIDE_NOUNS:
            cut = k  # الباحث خالد العلي من جامعة الملك سعود أوضح: a ‹from› phrase inside the subject
            k -= 1
            steps += 1
            continue
        if w in C.LEFT_STOP or bare in C.PRONOUN_SPEAKERS or w in C.PRONOUN_SPEAKERS:
            break
        if w in C.NEGATIONS or match_verb(view, k):
            return None if cut is None or not through_from else _left_subject(view, i, cf, titles, cue_pos, False)
        if w in C.PP_HEADS or bare in C.RELATIVES:
            cut = k
        k -= 1
        steps += 1
    a = k + 1
    if cut is not None and a < end and view.is_word[a] and view.norms[a] in C.PERSON_TITLES and any(
            m[3].type == "PER" and m[1] >= view.ends[end - 1] for m in view.mentions_in(view.starts[end - 1], view.ends[end - 1])):
        cut = None  # وكان المنسق الخاص لعملية السلام في الشرق الأوسط فلان صرح: the name closing the title chain
    if cut is not None:
        end = cut
        if view.norms[a] in C.PP_HEADS or _strip_conj(view.norms[a])[-1] in C.PP_HEADS:
            return None
    if a >= end or steps >= 12:
        return None
    if k >= 0 and view.is_word[k] and (_strip_conj(view.norms[k])[-1] in C.PRONOUN_SPEAKERS):
        return None
    if a < view.n and view.norms[a] in C.LEFT_STOP:
        return None
    if k >= 0 and view.is_word[k] and view.norms[k] not in C.LEFT_STOP:
        return None
    if k >= 0 and not view.is_word[k] and view.norms[k] not in COMMAS and not view.terminal[k] \
            and view.norms[k] not in ":(":
        return None
    sp = read_speaker(view, a, end, verb_gender=cf.gender, titles=titles, cue_pos=cue_pos)
    if through_from and any(view.norms[t] == "من" for t in range(cut if cut is not None else end, i)) \
            and (sp is None or sp.type != "person" or k >= 0 and view.is_word[k] and view.norms[k] not in C.LEFT_STOP):
        return _left_subject(view, i, cf, titles, cue_pos, False)  # only a person carries a ‹from› phrase
    if sp is None:
        return None
    words = [t for t in range(a, end) if view.is_word[t]]
    known = (sp.entity is not None or sp.type in ("anonymous", "outlet", "government", "organization")
             or view.norms[words[0]] in C.PERSON_TITLES or view.norms[words[0]] in C.DOCUMENT_NOUNS
             or sp._named and sp.type == "person" and any(view.norms[t] in C.APPOSITION_NOUNS for t in words[1:]))
    if not known and (len(words) > 2 or any(view.norms[t].startswith("ال") for t in words)):
        return None
    return sp


def _masdar_source(view: ArticleView, i: int, titles) -> tuple[SpeakerInfo | None, tuple[int, int] | None]:
    """ونقل عن المتحدث قوله إن / نقلت عنه الوكالة قوله: the source after عن, and the relayer before it."""
    k = i - 1
    stop = max(-1, i - 12)
    while k > stop and view.para[k] == view.para[i] and not view.terminal[k]:
        w = view.norms[k]
        if w == "عن" and k == i - 1:
            return None, None, False  # غني عن القول: no source between عن and the masdar
        if w == "عن" or w in ("عنه", "عنها", "عنهم"):
            if w == "عن":
                sp = read_speaker(view, k + 1, i, titles=titles, cue_pos=view.starts[i])
                via = None
                v = k - 1
                if v >= 0 and view.norms[v] == "نقلا":
                    v -= 1
                a = v
                while a > stop and view.is_word[a] and match_verb(view, a) is None:
                    a -= 1
                if a < v:
                    via = (view.starts[a + 1], view.ends[v])
                return sp, via, True
            # عنه: the previous speaker; the relayer follows
            return None, ((view.starts[k + 1], view.ends[i - 1]) if k + 1 < i else None), True
        k -= 1
    return None, None, False


def _relay_split(view: ArticleView, a: int, b: int, relay_verb: bool = False) -> tuple[int, int, int, int] | None:
    """نقلت الوكالة عن مصدر / ذكرت الصحيفة نقلا عن مصادر: (relayer a, relayer b, source a, source b)."""
    for k in range(a, b):
        w = view.norms[k]
        if w in C.SLOT_MASDARS and a < k < b - 1 and relay_verb and view.norms[k - 1] not in C.PP_HEADS:
            return a, k, k + 1, b  # نقلت الوكالة تأكيد المتحدث أن …
        if w == "علي" and k + 1 < b - 1 and view.norms[k + 1] == "لسان" and k > a:
            return a, k, k + 2, b  # نشرت الصحيفة، على لسان وكالة رويترز، أن …
        if w == "عن" and a < k < b - 1 and not has_anonymity(view, a, k + 2):
            left_end = k - 1 if view.norms[k - 1] == "نقلا" else k
            if not relay_verb and left_end == k and not _source_after(view, k + 1):
                return None  # وقال المريبض عن تفاصيل الحادثة إن: «about» a topic, not «quoting» a source
            return a, left_end, k + 1, b
        if w == "عن" and k == a and relay_verb and k < b - 1:
            return a, a, k + 1, b  # ونقلت عن مسؤول أن: the relayer is the verb's implicit subject
    return None


def _source_after(view: ArticleView, k: int) -> bool:
    """True when token ``k`` (after عن) opens a source: a person, body or outlet named or in marks, a title, an
    anonymous-source noun or a document (not a topic such as تفاصيل الحادثة)."""
    if k >= view.n:
        return False
    if not view.is_word[k]:
        return view.pair_opening(k) is not None
    w = view.norms[k]
    bare = w[2:] if w.startswith("ال") else w
    nouns = (C.ANONYMOUS_NOUNS, C.PERSON_TITLES, C.OUTLET_NOUNS, C.GOVERNMENT_NOUNS, C.ORGANIZATION_NOUNS,
             C.DOCUMENT_NOUNS, C.HONORIFICS)
    if any(w in ns or bare in ns or "ال" + w in ns for ns in nouns):
        return True
    return any(m[3].type in ("PER", "ORG") or m[3].type == "GPE"
               for m in view.mentions_in(view.starts[k], view.ends[k]) if m[0] <= view.starts[k])


def _outlet_pp(view: ArticleView, a: int, b: int) -> tuple[int, int] | None:
    """A 'to the outlet' phrase inside the slot (لـ«الشرق الأوسط»، لصحيفة X، للمنفذ، في تصريح لـ X):
    the character span of the outlet, or None."""
    for k in range(a, b):
        w = view.norms[k]
        if not view.is_word[k]:
            continue
        if w in ("ل", "لـ") and k + 1 < b:
            pair = view.pair_opening(k + 1)
            if pair is not None:
                return pair.open + 1, pair.close
            return view.starts[k + 1], view.ends[min(b - 1, k + 3)]
        if w.startswith("ل") and len(w) > 2:
            stem = w[1:]
            if stem in C.OUTLET_NOUNS or ("ا" + stem) in C.OUTLET_NOUNS or stem in C.OUTLET_NAMES:
                return view.starts[k] + 1, view.ends[min(b - 1, k + 2)]
    return None


def _via_entity(view: ArticleView, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    ms = view.mentions_in(*span)
    return ms[0][2] if ms else None


# ---------------------------------------------------------------------------------------------------------------
# the passes
# ---------------------------------------------------------------------------------------------------------------

def find_drafts(view: ArticleView) -> list[Draft]:
    drafts: list[Draft] = []
    consumed = bytearray(view.n)
    titles = title_index(view) if view.mentions else {}
    antecedents: list[tuple[int, SpeakerInfo]] = []  # (offset, speaker) of reporting verbs without complement
    n = view.n
    i = 0
    while i < n:
        if consumed[i] or not view.is_word[i]:
            i += 1
            continue
        acc = match_according(view, i)
        if acc is not None:
            try:
                d = _according(view, i, acc, titles, consumed)
            except (IndexError, ValueError):
                d = None  # degrade locally
            if d is not None:
                drafts.append(d)
            i += 1
            continue
        cf = match_verb(view, i)
        if cf is None:
            try:
                d = _outlet_learned(view, i, titles)
            except (IndexError, ValueError):
                d = None
            if d is not None:
                drafts.append(d)
            i += 1
            continue
        if i > 0 and any(w in C.NEGATIONS and w != "ما" for w in (view.norms[i - 1], view.norms[i - 1][1:])):
            i += 1
            continue
        if i > 0 and view.norms[i - 1] in C.CONDITIONALS:
            i += 1  # إذا رأوا أنهم …: hypothetical
            continue
        if i > 0 and view.norms[i - 1] in ("ما",) and i > 1 and match_according(view, i - 2):
            i += 1  # بحسب ما تردد: handled by the source phrase
            continue
        try:
            d = _verb_cue(view, i, cf, titles, consumed, antecedents)
        except (IndexError, ValueError):
            d = None  # degrade locally: one odd construction never loses the article
        if d is not None:
            drafts.append(d)
        i += 1
    for extra_pass in (_paragraph_forms, _orphan_quotes):
        try:
            extra_pass(view, drafts, titles) if extra_pass is _paragraph_forms else \
                extra_pass(view, drafts, titles, consumed)
        except (IndexError, ValueError, KeyError, AttributeError):
            pass  # one odd paragraph never loses the quotes already found
    drafts = [d for d in drafts if d.content is not None]
    drafts.sort(key=lambda d: (d.cue[0] if d.cue else d.content[0]))
    try:
        _relays(view, drafts)
        _resolve(view, drafts, antecedents, titles)
    except (IndexError, ValueError, KeyError, AttributeError):
        pass  # unresolved speakers stay implicit
    return [d for d in drafts if not d.dropped and d.content is not None]


def _inside_quotation(view: ArticleView, i: int) -> bool:
    """True when token ``i`` lies inside a quotation of three words or more (someone's own words)."""
    pos = view.starts[i]
    p = view.enclosing_pair(pos)
    return p is not None and len(view.text[p.open + 1:p.close].split()) >= 3


_THIS_WHAT = {normalize(w) for w in "هذا وهذا ذلك وذلك هو وهو".split()}
# statement verbs that report the clause before «هذا ما» (not promises or demands: وهو ما وعدت به واشنطن)
_THIS_WHAT_VERBS = {normalize(w) for w in "قال ذكر كشف أكد أوضح أعلن أفاد صرح بين أشار نفى أبلغ روى".split()}


def _this_is_what(view: ArticleView, i: int, cf: CueForm, titles) -> Draft | None:
    """… ، هذا ما كشف عنه أحد الأقارب لـ«الوطن»: the cue after «هذا ما» reports the clause before it."""
    if i < 3 or view.norms[i - 1] != "ما" or view.norms[i - 2] not in _THIS_WHAT or cf.form != "past" \
            or normalize(cf.lemma) not in _THIS_WHAT_VERBS:
        return None  # (وهو ما يؤكد مكانة الشركة: a present verb there is no report)
    s0 = view.sentence_start(i - 2)
    e_tok = i - 3
    while e_tok > s0 and not view.is_word[e_tok]:
        e_tok -= 1
    if e_tok - s0 < 2 or view.para[s0] != view.para[i]:
        return None
    s, e = _trim(view.text, view.starts[s0], view.ends[e_tok])
    if e <= s:
        return None
    a = i + 1
    if a < view.n and view.norms[a] in ("عنه", "عنها", "به", "بها", "اليه", "اليها", "الي", "عن"):
        a += 1
    b = a
    while b < view.n and b < a + 12 and view.para[b] == view.para[i] and not view.terminal[b] \
            and view.norms[b] not in COMMAS and view.norms[b] not in C.COMPLEMENTISERS:
        b += 1
    sp = read_speaker(view, a, b, verb_gender=cf.gender, titles=titles, cue_pos=view.starts[i])
    if sp is not None and not (sp.entity or sp.type in ("anonymous", "government", "organization", "outlet")
                               or view.norms[view.token_at(sp.start)] in C.PERSON_TITLES):
        return None  # وهو ما أكد ضرورة …: an object, not a source, after the verb
    cue = (view.starts[i] + (1 if len(view.norms[i]) > 3 and view.norms[i][0] in "وف"
                             and view.norms[i][1:] in C.CUE_FORMS else 0), view.ends[i])
    kind, s, e = _kind_of(view, s, e)
    d = Draft(cue=cue, content=(s, e), kind=kind, speaker=sp, cue_form=cf, implicit=sp is None)
    return d


def _outlet_learned(view: ArticleView, i: int, titles) -> Draft | None:
    """علمت «عكاظ» أن … / وعلمت "الوطن" من مصادر مطلعة أن …: the paper speaks for itself (its own reporting),
    or relays the sources it names after «من»."""
    w = view.norms[i]
    if w not in C.OUTLET_LEARNED and not (w[:1] in "وف" and w[1:] in C.OUTLET_LEARNED):
        return None
    j = i + 1
    if j >= view.n:
        return None
    pair = view.pair_opening(j)
    if pair is not None and not pair.virtual and len(view.text[pair.open + 1:pair.close].split()) <= 3:
        o_start, o_end, k = pair.open + 1, pair.close, view.after_pair(pair)
    elif view.is_word[j] and (normalize(view.text[view.starts[j]:view.ends[j]]) in C.OUTLET_NAMES
                              or view.norms[j] in C.OUTLET_NOUNS):
        o_start, o_end, k = view.starts[j], view.ends[j], j + 1
        if view.norms[j] in C.OUTLET_NOUNS and k < view.n and view.is_word[k]:
            o_end, k = view.ends[k], k + 1  # علمت صحيفة الحياة
    else:
        return None
    name = normalize(view.text[o_start:o_end])
    ment = view.mentions_in(o_start, o_end)
    if name not in C.OUTLET_NAMES and not (ment and _is_outlet_mention(view, ment[0][0], ment[0][3].text)) \
            and not (view.is_word[j] and view.norms[j] in C.OUTLET_NOUNS) and pair is None:
        return None  # a short name in marks after «علمت» is the paper's own (علمت «المدينة»)
    comp = next((t for t in range(k, min(view.n, k + 12)) if view.norms[t] in C.COMPLEMENTISERS), None)
    if comp is None or any(view.terminal[t] for t in range(k, comp)):
        return None
    end, _ = content_end(view, comp + 1)
    s, e = _trim(view.text, view.starts[comp + 1], end)
    if e <= s:
        return None
    outlet_id = ment[0][2] if ment else None
    sp = None
    if k < comp and view.norms[k] in ("من", "عن"):
        sp = read_speaker(view, k + 1, comp, titles=titles, cue_pos=view.starts[i])
        if sp is not None and sp.type not in ("anonymous", "person", "government", "organization"):
            sp = None
    kind, s, e = _kind_of(view, s, e)
    cue = (view.starts[i] + (1 if w not in C.OUTLET_LEARNED else 0), view.ends[i])
    d = Draft(cue=cue, content=(s, e), kind=kind, cue_form=CueForm("علم", "speech", "f", "past"))
    if sp is not None:
        d.speaker, d.via_entity = sp, outlet_id
    else:
        d.speaker = SpeakerInfo(o_start, o_end, "outlet", outlet_id, None, None, "f")
    return d


def _verb_cue(view: ArticleView, i: int, cf: CueForm, titles, consumed: bytearray, antecedents) -> Draft | None:
    this_what = _this_is_what(view, i, cf, titles)
    if this_what is not None:
        return this_what
    r = i - 1
    if r >= 0 and view.norms[r] in ("قد", "لقد"):
        r -= 1
    if cf.form == "present" and r >= 0 and view.is_word[r] and _strip_conj(view.norms[r])[-1] in C.RELATIVES \
            and not any(m[3].type == "PER" and m[1] >= view.ends[r - 1]
                        for m in view.mentions_in(view.starts[max(0, r - 1)], view.ends[max(0, r - 1)])) \
            and not (cf.cls in ("belief", "hedge") and i + 1 < view.n and view.norms[i + 1] in C.COMPLEMENTISERS):
        # (but فلان الذي يزعم أن: a person's own claim; والتي يعتقد أنها: a hedge)
        return None  # الأمر الذي يؤكد أن / الطريق الذي يعتبر رديفا: a relative clause describing, not a report
    u = i + 1
    if u < view.n and view.norms[u] in ("الله", "الحق", "المولى"):
        u += 1
    if u < view.n and view.norms[u] in C.DIVINE_SUBJECTS:
        return None  # قال تعالى / في قوله تعالى / قال الله عز وجل: a verse cited, not a report
    comp = find_complement(view, i, cf)
    cue_span = (view.starts[i] + (1 if len(view.norms[i]) > 3 and view.norms[i][0] in "وفل"
                                  and view.norms[i][1:] in C.CUE_FORMS else 0), view.ends[i])
    if comp is None:
        if cf.cls in ("speech", "belief") and cf.form in ("past", "present") and not cf.weak:
            b = i + 1
            while b < view.n and b < i + 18 and view.para[b] == view.para[i] and (
                    view.is_word[b] or view.norms[b] in COMMAS and b < i + 10
                    or view.norms[b] == "." and not view.terminal[b]):  # م. عبدالله: an abbreviation's period
                b += 1
            a1 = i + 2 if i + 2 < b and view.norms[i + 1] in ("ذلك", "هذا") else i + 1  # أوضح ذلك وكيل الوزارة
            sp = read_speaker(view, a1, b, verb_gender=cf.gender, titles=titles, cue_pos=view.starts[i]) \
                if a1 < view.n and view.norms[a1] not in C.CLAUSE_AUXILIARIES else None
            if sp is None:
                sp = _left_subject(view, i, cf, titles, view.starts[i])
            if sp is not None and sp.known and cf.form == "past" and view.enclosing_pair(view.starts[i]) is None \
                    and (sp.entity is not None or sp.type != "person" or view.norms[view.token_at(sp.start)] in C.PERSON_TITLES
                         or len(view.text[sp.start:sp.end].split()) >= 2):
                antecedents.append((view.starts[i], sp))  # (not كتب أكثر من عشرين كتابا: one bare word)
        return None
    how, j, pair = comp
    raw0 = view.text[view.starts[i]:view.ends[i]]
    if raw0[:1] == "أ" and cf.lemma[:1] == "ا" and view.enclosing_pair(view.starts[i]) is None:
        return None  # أعتقد أن (first person; the past اعتقد has no hamza): the writer's own view, no report
    w0 = view.norms[i]
    if how == "prep" and w0[:1] == "ل" and w0 not in C.CUE_FORMS and w0[1:] in C.CUE_FORMS:
        return None  # لتؤكد ارتفاع الشهية: a purpose clause, not a report (ليؤكد أن / ليجيب: stay cues)
    if _strip_conj(view.norms[i])[-1] in C.WRITER_NOTES and how == "comp" and all(
            not view.is_word[t] or view.norms[t] in C.LINK_PREPOSITIONS or view.norms[t] in C.NOT_SPEAKER_WORDS
            for t in range(i + 1, j)):
        return None  # يذكر أن / يشار إلى أن: the writer's note
    slot_end = j
    if how == "quote":
        slot_end = j
        while slot_end > i + 1 and not view.is_word[slot_end - 1]:
            slot_end -= 1
    elif how == "colon":
        slot_end = j - 1
    elif how == "prep":
        slot_end = j - 1 if view.norms[j - 1] in C.LINK_PREPOSITIONS or view.norms[j - 1] in ("من", "الي", "الى") else j
    for k in range(i + 1, slot_end):
        consumed[k] = 1
    ap = next((t for t in range(i + 2, slot_end) if view.norms[t] in C.APPOSITION_PRONOUNS
               and view.norms[t - 1] in COMMAS), None)
    if ap is not None and how == "comp":
        slot_end = ap - 1  # the speaker ends before its apposition (فلانة، وهي واحدة من …)
    d = Draft(cue=cue_span, content=None, kind="indirect", cue_form=cf, slot=(i + 1, slot_end))
    d.participle = cf.form in ("participle", "masdar")
    # content
    if how == "quote":
        s, e = _trim(view.text, pair.open + 1, pair.close)
        while e > s and view.text[e - 1] in ".":
            e -= 1
        d.content, d.kind = (s, e), "direct"
    else:
        start_tok = j + 1 if how == "comp" else j
        if how == "prep" and start_tok + 1 < view.n and view.norms[start_tok] in C.ATTITUDE_NOUNS \
                and (view.norms[start_tok + 1] in C.LINK_PREPOSITIONS or view.norms[start_tok + 1] in ("في", "ازاء", "حيال")):
            start_tok += 2  # أعرب عن أمله في استمرار …: the hope's object is what was said
        if start_tok >= view.n or view.para[start_tok] != view.para[i]:
            return None
        end, _ = content_end(view, start_tok)
        s, e = _trim(view.text, view.starts[start_tok], end)
        if e <= s:
            return None
        if how == "colon":
            kind, s2, e2 = _kind_of(view, s, e)
            d.kind, d.content = ("direct" if kind == "indirect" else kind), (s2, e2)
        else:
            d.kind, s, e = _kind_of(view, s, e)
            d.content = (s, e)
            if d.kind == "direct" and how == "comp":
                d.kind = "direct"
    # speaker
    a, b = i + 1, slot_end
    lemma = normalize(cf.lemma)
    if lemma in ("جاء", "ورد") and i > 0 and view.norms[i - 1] in ("ما", "بما", "مما", "لما", "عما"):
        return None  # بعكس ما جاء في بيانها: a relative clause naming the document, no report
    if lemma == "جاء" and a < b and view.is_word[a] and view.norms[a] not in ("في", "فى", "ذلك", "هذا", "فيه", "فيها") \
            and view.norms[a] not in C.RESPONSE_NOUNS and how in ("comp", "prep"):
        return None  # حيث إن المادة جاءت صريحة بأن: "came (to be)", no report (وجاء في البيان أن is one)
    if lemma in ("جاء", "ورد") and a < b and view.norms[a] in ("في", "فى"):
        a += 1  # وجاء في البيان أن: the document speaks
        cf = CueForm(cf.lemma, "speech", None, "past")
    relay = _relay_split(view, a, b, relay_verb=lemma in C.RELAY_VERBS)
    via_span = None
    pronoun = any(view.norms[t] in C.PRONOUN_SPEAKERS for t in range(a, min(b, a + 3)) if view.is_word[t])
    if cf.gender == "pl" and cf.form in ("past", "present"):
        pronoun = True  # قالوا / يطالبون كييف: a plural verb carries its subject; what follows is an object
    if cf.form == "masdar" and (not any(view.is_word[t] and view.norms[t] not in C.LINK_PREPOSITIONS
                                        for t in range(a, b)) or read_speaker(view, a, b) is None):
        sp, via, found = _masdar_source(view, i, titles)
        if lemma == "القول" and not found and not (i > 0 and match_verb(view, i - 1)):
            if not (i > 0 and view.is_word[i - 1] and i > 1 and match_verb(view, i - 2)):
                return None  # يمكن القول إن: the writer speaking
        d.speaker, d.implicit = sp, sp is None
        if via is not None:
            d.via_entity = _via_entity(view, via)
        if found:
            d.participle = False
        return d
    if pronoun:
        sp = None
    elif relay is not None:
        ra, rb, sa, sb = relay
        via_span = (view.starts[ra], view.ends[rb - 1]) if rb > ra else None
        sp = read_speaker(view, sa, sb, verb_gender=None, titles=titles, cue_pos=view.starts[i])
        if ra == rb:
            d.extras["implicit_relayer"] = True
        if via_span is not None:
            d.via_entity = _via_entity(view, via_span)
            d.extras["relayer"] = read_speaker(view, ra, rb, titles=titles, cue_pos=view.starts[i])
    else:
        pp = _outlet_pp(view, a, b)
        if pp is not None:
            d.via_entity = _via_entity(view, pp)
            k_pp = bisect_right(view.starts, pp[0]) - 1
            pp_word = view.norms[k_pp] if 0 <= k_pp < view.n else ""
            if d.via_entity is None and titles and (pp_word.startswith("لل") or pp_word.startswith("ال")):
                # للمنفذ، للصحيفة: the outlet named before
                d.via_entity = resolve_title(view, OUTLETS_KEY, titles, view.starts[i])
        left = _left_subject(view, i, cf, titles, view.starts[i]) if _kana_qad(view, i) else None
        sp = left or read_speaker(view, a, b, verb_gender=cf.gender, titles=titles, cue_pos=view.starts[i])
        if sp is not None and sp.entity is None and _appeal_object(view, a, b, lemma):
            sp = None  # ودعت المتقدمين إلى / ودعا الجميع لحضور: the people appealed to, the subject is implicit
    if sp is not None and cf.form == "participle" and sp.type != "anonymous" and not (
            how == "comp" and sp.type in ("government", "organization", "outlet") and lemma not in C.APPEAL_LEMMAS
            and sum(1 for t in range(a, b) if view.is_word[t]) <= 3):  # موضحة الوزارة أن: the body named after it
        sp = None  # داعيًا المولى أن / مطالبا الحكومة بـ: after a participle comes its object; the subject is the clause's
    if sp is None and not d.participle and not pronoun:
        sp = _left_subject(view, i, cf, titles, view.starts[i])
    if sp is not None and not sp.known and (cf.weak or cf.form == "present"
                                            or _strip_conj(view.norms[i])[-1] in C.WRITER_NOTES):
        return None  # يشير الاتجاه العام إلى / بين 1000 و1300: another sense of the verb
    if cf.cls == "hedge" and (sp is None or normalize(cf.lemma) in C.HEDGE_ONLY):
        d.hedged, sp = True, None
    elif sp is None and cf.cls == "belief" and cf.form == "present" and not (
            i > 0 and view.is_word[i - 1] and _strip_conj(view.norms[i - 1])[-1] in C.PRONOUN_SPEAKERS):
        d.hedged = True  # يعتقد أن: impersonal (but وهو يرى أن: the person just named)
    elif sp is None:
        if how == "prep" and cf.form not in ("past", "participle"):
            return None  # والتي قد تشير إلى …: a relative clause, not a report
        d.implicit = True
        hon = next((view.norms[t] for t in range(a, min(b, a + 3)) if view.norms[t] in C.HONORIFIC_PRONOUNS), None)
        if hon is not None:
            d.extras["honorific"] = hon  # وقال سموه: the person introduced as صاحب السمو
        if i > 0 and view.is_word[i - 1] and _strip_conj(view.norms[i - 1])[-1] in C.PRONOUN_SPEAKERS:
            d.extras["pronoun"] = True  # لكنه قال: the pronoun points at the person just named
    if sp is not None and sp.hedge_source:
        d.hedged = True
    if sp is None and (d.implicit or cf.cls == "belief") and _inside_quotation(view, i):
        return None  # «… أعتقد أن …»: the quoted speaker's own words, not a new report
    d.speaker = sp
    return d


def _kana_qad(view: ArticleView, i: int) -> bool:
    """وكانت «الوطن» قد نشرت / وكان الوزير قد أعلن: the subject stands between كان and قد, left of the cue."""
    if i < 3 or view.norms[i - 1] not in ("قد", "لقد"):
        return False
    for t in range(i - 3, max(-1, i - 10), -1):
        if view.terminal[t]:
            return False
        if view.is_word[t] and _strip_conj(view.norms[t])[-1] in C.KANA_FORMS:
            return True
    return False


def _appeal_object(view: ArticleView, a: int, b: int, lemma: str) -> bool:
    """The first word after a verb of appeal (دعا، طالب، حث) is its object: الجميع, or a definite sound plural or
    dual in ـين (المتقدمين، المواطنين، الطرفين), which a subject never is (it would end in ـون/ـان)."""
    if lemma not in C.APPEAL_LEMMAS or a >= b or not view.is_word[a]:
        return False
    w = view.norms[a]
    if w in C.APPEAL_OBJECTS:
        return True
    return w.startswith("ال") and w.endswith("ين") and len(w) >= 7 and w not in countries() \
        and not view.mentions_in(view.starts[a], view.ends[a])


def _according(view: ArticleView, i: int, acc: tuple[str, int], titles, consumed: bytearray) -> Draft | None:
    head, j = acc
    para = view.para[i]
    hedged = False
    # بحسب ما ذكرت الصحيفة / حسبما تردد: a verb between the phrase and its source
    k = j
    if k < view.n and view.norms[k] == "ما":
        k += 1
    after_verb = False
    if head == "حسبما" or k > j:
        cf = match_verb(view, k) if k < view.n else None
        if cf is not None:
            if cf.cls == "hedge" and normalize(cf.lemma) in C.HEDGE_ONLY:
                hedged = True
            k += 1
            after_verb = True
        elif k < view.n and view.is_word[k]:
            k += 1  # بحسب ما سمعت من مصادر
            if k < view.n and view.norms[k] in ("من", "عن", "به", "بها"):
                k += 1
    # the source noun phrase: to the next comma, complementiser, colon or sentence end
    b = k
    while b < view.n and b < k + 14 and view.para[b] == para:
        w = view.norms[b]
        if view.terminal[b] or w in COMMAS or w in C.COMPLEMENTISERS or w in (":", "؛") or w in C.SOURCE_NP_STOPS:
            break
        if w in C.EMPHATICS:
            b += 1  # بحسب المصدر نفسه
            break
        pair = view.pair_opening(b)
        if pair is not None:
            b = view.after_pair(pair)
            continue
        b += 1
    b = min(b, view.n)
    sp = None
    if not hedged:
        if b <= k:
            return None
        first = view.norms[k]
        if first.startswith("ل") and first[1:] in C.NOT_SOURCE_HEADS or first in C.NOT_SOURCE_HEADS:
            return None
        sp = read_speaker(view, k, b, titles=titles, cue_pos=view.starts[i], lam_ok=True)
        if sp is None:
            return None
        if not after_verb and not _source_like(view, sp, k, b):
            return None
        if sp.hedge_source:
            hedged = True
        # a leading ل of وفقا لـ/لأحد stays outside the speaker span
        if view.starts[k] == sp.start and view.norms[k].startswith("ل") and sp.type in ("anonymous", "outlet",
                                                                                        "government", "organization",
                                                                                        "unknown"):
            if view.norms[k] not in C.OUTLET_NAMES:
                st = sp.start + (2 if view.norms[k].startswith("لل") else 1)
                if view.text[sp.start + 1:sp.start + 2] == "ـ":
                    st = sp.start + 2
                sp.start = min(st, sp.end - 1)
    for t in range(i + 1, b):
        consumed[t] = 1
    # content: after the source when the phrase opens the sentence, else before it
    s0 = view.sentence_start(i)
    opener = all(not view.is_word[t] or view.norms[t] in ("و", "ف") for t in range(s0, i))
    c = b
    while c < view.n and view.norms[c] in COMMAS:
        c += 1
    fa_after = c < view.n and view.para[c] == para and view.norms[c] in ("فان", "فانه", "فانها")
    clause_open = view.norms[i][0] == "و" and i > 0 and view.norms[i - 1] in COMMAS
    if opener or fa_after or (clause_open and c < view.n and not view.terminal[c] and view.para[c] == para):
        c = b
        while c < view.n and view.para[c] == para and (view.norms[c] in COMMAS or view.norms[c] in C.COMPLEMENTISERS):
            c += 1
        if c >= view.n or view.para[c] != para or view.terminal[min(c, view.n - 1)]:
            return None
        end, _ = content_end(view, c, stop_at_comma_cue=False)
        s, e = _trim(view.text, view.starts[c], end)
    else:
        if i == s0:
            return None
        colon = next((t for t in range(i - 1, s0 - 1, -1) if view.norms[t] == ":"), None)
        first = colon + 1 if colon is not None else _after_dateline(view, s0, i)  # «بكين - (د.ب.أ): …، حسبما»
        if first >= i:
            return None
        s, e = _trim(view.text, view.starts[first], view.starts[i])
        # a report opening the sentence (قال X إن ...، بحسب): the content starts after its complementiser
    if e <= s or len(view.text[s:e].split()) < 3:
        return None
    kind, s, e = _kind_of(view, s, e)
    cue_end = view.ends[j - 1] if j - 1 > i and view.norms[j - 1] not in ("ل", "لـ", "عن", "الي", "الى") else view.ends[i]
    cue_start = view.starts[i] + (1 if view.norms[i][0] == "و" and view.norms[i] not in C.ACCORDING else 0)
    d = Draft(cue=(cue_start, cue_end), content=(s, e), kind=kind, speaker=sp, hedged=hedged)
    d.extras["according"] = True
    return d


DATELINE_DASHES = ("-", "–", "—")
DATELINE_MAX_TOKENS = 24  # a dateline is a place, a date and an agency: a few words before its dash


def _after_dateline(view: ArticleView, s0: int, i: int) -> int:
    """The first token of a sentence's own words: after a dateline (``القاهرة 27 أكتوبر 2023 (رويترز) -``) that opens
    it, else the sentence start. A dateline is a short run before a dash holding a number or a bracketed agency."""
    for t in range(s0, min(i, s0 + DATELINE_MAX_TOKENS)):
        if view.norms[t] in DATELINE_DASHES:
            head = [view.norms[k] for k in range(s0, t)]
            if head and (any(w.isdigit() for w in head) or "(" in head or len(head) == 1):
                return t + 1
            break
    return s0


def _source_like(view: ArticleView, sp: SpeakerInfo, a: int, b: int) -> bool:
    """حسب الخطة is no source: the phrase must name a speaker."""
    if sp.entity is not None or sp.type in ("anonymous", "outlet", "government", "organization") or sp.hedge_source:
        return True
    if view.is_word[a] and (view.norms[a] in C.DOCUMENT_NOUNS or view.norms[a][1:] in C.DOCUMENT_NOUNS):
        return True  # بحسب بيان للوزارة
    words = [t for t in range(a, b) if view.is_word[t]]
    heads = {view.norms[words[0]], view.norms[words[0]][1:]} if words else set()
    return bool(heads & C.PERSON_TITLES) or any(view.norms[t] in C.PERSON_TITLES for t in words[:2])


def _orphan_quotes(view: ArticleView, drafts: list[Draft], titles, consumed: bytearray) -> None:
    """Quotation marks not inside any content: a cue after the closing mark, the `name: “…”` form, or a quoted
    sentence continuing the last speaker."""
    covered = _Coverage(d.content for d in drafts if d.content)
    cue_starts = sorted(d.cue[0] for d in drafts if d.cue)

    def inside(a: int, b: int) -> bool:
        k = bisect_left(cue_starts, a)
        return covered.covers(a, b) or (k < len(cue_starts) and cue_starts[k] < b)

    for pair in view.pairs:
        if pair.depth != 0:
            continue
        s, e = _trim(view.text, pair.open + 1, pair.close)
        while e > s and view.text[e - 1] == ".":
            e -= 1
        if e <= s or inside(pair.open, pair.end):
            continue
        n_words = len(view.text[s:e].split())
        o = view.token_at(pair.open)
        if _is_name_pair(view, pair, o - 1) or n_words < 3:
            continue
        # a cue after the closing mark: ”، قال الوزير / ”، وأضاف
        j = view.after_pair(pair)
        while j < view.n and view.norms[j] in COMMAS and view.para[j] == view.para[o]:
            j += 1
        if j < view.n and view.para[j] == view.para[o] and view.is_word[j] and not consumed[j]:
            cf = match_verb(view, j)
            if cf is not None and cf.cls in ("speech", "belief"):
                b = j + 1
                while b < view.n and b < j + 12 and view.para[b] == view.para[j] and not view.terminal[b] \
                        and view.norms[b] not in COMMAS:
                    b += 1
                sp = read_speaker(view, j + 1, b, verb_gender=cf.gender, titles=titles, cue_pos=view.starts[j])
                for t in range(j, b):
                    consumed[t] = 1
                cue = (view.starts[j] + (1 if view.norms[j][1:] in C.CUE_FORMS and view.norms[j][0] in "وف" else 0),
                       view.ends[j])
                d = Draft(cue=cue, content=(s, e), kind="direct", speaker=sp, cue_form=cf, implicit=sp is None)
                drafts.append(d)
                continue
        # name: “…” at a paragraph or sentence start
        k = o - 1
        if k >= 0 and view.norms[k] == ":" and view.para[k] == view.para[o]:
            a = k - 1
            while a >= 0 and view.is_word[a] and view.para[a] == view.para[o] and k - a <= 6:
                a -= 1
            if (a < 0 or view.para[a] != view.para[o] or view.terminal[a]) and k - (a + 1) >= 1:
                sp = read_speaker(view, a + 1, k, titles=titles, cue_pos=pair.open)
                if sp is not None and (sp.type in ("anonymous", "organization", "government", "outlet")
                                       or sp.entity is not None or view.norms[a + 1] in C.PERSON_TITLES) \
                        and normalize(view.text[sp.start:sp.end]) not in C.CAPITALS:
                    drafts.append(Draft(cue=None, content=(s, e), kind="direct", speaker=sp))
                    continue
        # a dangling cue just before (crossing at most one sentence end): مجادلا المنطقة. “…”
        found = None
        t = o - 1
        crossed = 0
        while t >= 0 and o - t <= 4 and view.para[t] == view.para[o]:
            if view.terminal[t]:
                crossed += 1
                if crossed > 1:
                    break
            elif view.is_word[t]:
                cf = match_verb(view, t)
                if cf is not None and cf.cls == "speech" and cf.form in ("participle", "masdar", "past"):
                    found = (t, cf)
                    break
            t -= 1
        sentence_start = o == 0 or view.terminal[o - 1] or view.para[o - 1] != view.para[o] or \
            view.norms[o - 1] in (":",) or _after_topic(view, o)
        if found is not None and found[1].form == "past" and view.norms[o - 1] != ":":
            found = None
        if found is not None and (sentence_start or view.norms[o - 1] in (":",) or o - found[0] <= 2):
            t, cf = found
            cue = (view.starts[t] + (1 if view.norms[t][1:] in C.CUE_FORMS and view.norms[t][0] in "وف" else 0),
                   view.ends[t])
            d = Draft(cue=cue, content=(s, e), kind="direct", cue_form=cf, implicit=True)
            d.participle = cf.form in ("participle", "masdar")
            drafts.append(d)
            continue
        if sentence_start and n_words >= 5 and any(d.content and d.content[1] <= pair.open and
                                                   view.para[view.token_before(d.content[1])] >= view.para[o] - 1
                                                   for d in drafts):
            d = Draft(cue=None, content=(s, e), kind="direct", implicit=True)
            d.extras["continuation"] = True
            drafts.append(d)


_BULLETS = frozenset("*-–—•")


def _after_topic(view: ArticleView, o: int) -> bool:
    """وعن طموحاته في البطولة، «…»: a quotation right after a paraphrased question (a topic phrase opening the sentence
    and a comma, with no verb between)."""
    if o < 2 or view.norms[o - 1] not in COMMAS:
        return False
    t = o - 2
    while t >= 0 and o - t <= 12 and view.is_word[t] and view.para[t] == view.para[o] and match_verb(view, t) is None:
        if view.norms[t] in C.TOPIC_OPENERS:
            return t == 0 or view.terminal[t - 1] or view.para[t - 1] != view.para[o]
        t -= 1
    return False


class _Coverage:
    """Spans sorted by start with running maximum ends: does some span cover ``[a, b)``? in O(log n)."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = []
        m = -1
        for _, e in spans:
            m = max(m, e)
            self.max_end.append(m)

    def covers(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a) - 1
        return k >= 0 and self.max_end[k] >= b


def _paragraph_forms(view: ArticleView, drafts: list[Draft], titles) -> None:
    """Paragraph-level forms: interviews (``marsad.attribution.interviews``) and `name: statement` (captions,
    sub-heads: «* مصدر: …»)."""
    questions: list[tuple[int, int]] = []
    known = sorted((d.cue[0], d.speaker) for d in drafts if d.cue and d.speaker is not None)
    answers = interview_answers(view, titles, questions, known)
    if answers:
        spans = _Coverage([span for span, _ in answers] + questions)
        for d in drafts:
            if d.cue and spans.covers(d.cue[0], d.cue[1]):
                d.dropped = True  # «أعتقد أن …» in an answer or a question: the interview's own words
        for (s, e), who in answers:
            drafts.append(Draft(cue=None, content=(s, e), kind="direct", speaker=who))
    covered = _Coverage(d.content for d in drafts if d.content and not d.dropped)
    n = view.n
    i = 0
    while i < n:
        # one paragraph: tokens [i, j)
        j = i
        while j < n and view.para[j] == view.para[i]:
            j += 1
        a = i
        while a < j and not view.is_word[a] and view.norms[a] in _BULLETS:
            a += 1
        para_text_end = view.ends[j - 1]
        if covered.covers(view.starts[a], view.starts[a] + 1) if a < j else True:
            i = j
            continue
        # name: statement
        c = next((t for t in range(a, min(j, a + 6)) if view.norms[t] == ":"), None)
        if c is not None and c > a and all(view.is_word[t] for t in range(a, c)) and j - c > 4:
            sp = read_speaker(view, a, c, titles=titles, cue_pos=view.starts[a])
            ok = sp is not None and (sp.type in ("anonymous", "outlet", "government", "organization")
                                     or sp.entity is not None and sp.type == "person"
                                     or view.norms[a] in C.PERSON_TITLES)
            if ok and normalize(view.text[sp.start:sp.end]) not in C.CAPITALS and \
                    normalize(view.text[sp.start:sp.end]) not in countries() and \
                    not any(m[3].type == "LOC" for m in view.mentions_in(view.starts[a], view.ends[c - 1])):
                s, e = _trim(view.text, view.starts[c + 1], para_text_end)
                kind, s, e = _kind_of(view, s, e)
                drafts.append(Draft(cue=None, content=(s, e), kind=kind, speaker=sp))
        i = j


def _relays(view: ArticleView, drafts: list[Draft]) -> None:
    """A source phrase after a whole report (كتب X أنه «…»، حسبما أفادت وكالة رويترز) relays that report: the
    report keeps its speaker and records ``via``; the phrase is no quote of its own. A quotation inside marks
    («قال ديمتري إن …»، وفق الشاهد) stays the phrase's own quote."""
    keys = [e.cue[0] if e.cue else e.content[0] for e in drafts]  # drafts are sorted by these
    for d in drafts:
        if d.extras.get("according") and d.content is not None and d.cue is not None and d.content[0] >= d.cue[1]:
            # وبحسب وكالة «واس»، فقد أشارت الدراسة إلى أن …: the phrase relays the report that follows it
            k0 = view.token_at(d.content[0])
            if k0 >= view.n or not (view.norms[k0] in ("فقد", "فلقد") or view.norms[k0][:1] == "ف"
                                    and view.norms[k0][1:] in C.CUE_FORMS):
                continue  # وفقا لمصدر، يعتقد الرئيس أن …: the source's own claim (only «فقد أشارت» is a relayed report)
            lo = bisect_left(keys, d.content[0])
            inner = [e for e in drafts[lo:lo + 3] if e is not d and e.cue and not e.extras.get("according")
                     and view.token_at(e.cue[0]) - k0 <= 2 and e.cue[0] < d.content[1]]
            if inner:
                d.dropped = True
                e = inner[0]
                if d.speaker is not None and d.speaker.entity and e.via_entity is None:
                    e.via_entity = d.speaker.entity
                if e.speaker is not None and d.speaker is not None and e.speaker.start == d.speaker.start:
                    e.speaker = None  # the source phrase is no subject of the report: resolve it anew
                    e.implicit = True
            continue
        if not d.extras.get("according") or d.content is None or d.cue is None or d.content[1] > d.cue[0]:
            continue
        lo, hi = bisect_left(keys, d.content[0]), bisect_left(keys, d.content[1])
        inner = [e for e in drafts[lo:hi] if e is not d and e.cue and not e.extras.get("according")
                 and d.content[0] <= e.cue[0] < d.content[1]
                 and view.enclosing_pair(e.cue[0]) is None]
        if inner:
            d.dropped = True
            for e in inner:
                if d.speaker is not None and d.speaker.entity and e.via_entity is None:
                    e.via_entity = d.speaker.entity


def _same_gender(want: str | None, have: str | None, strict: bool = True) -> bool:
    """Agreement of an implicit subject's verb with an earlier speaker. Strict: f-f, m-m, pl-pl; loose also lets
    a feminine verb take a plural (non-human plurals agree in the feminine singular) and a plural verb a man."""
    if want is None:
        return True
    if strict:
        return have == want or (want == "m" and have is None)
    if want == "f":
        return have in ("f", "pl")
    if want == "pl":
        return have in ("pl", "m", None)
    return have != "f"


def _pick_previous(history, want: str | None, skip_unknown: bool = True):
    recent = [sp for _, sp in history[-60:][::-1] if not (skip_unknown and sp.type == "unknown")]
    for sp in recent[:3]:
        if _same_gender(want, sp.gender, True):
            return sp
    for sp in recent:
        if _same_gender(want, sp.gender, False):
            return sp
    return None


def _resolve(view: ArticleView, drafts: list[Draft], antecedents: list[tuple[int, SpeakerInfo]], titles=None) -> None:
    """Implicit subjects, participles, nesting (via), hedges over nested reports."""
    history: list[tuple[int, SpeakerInfo]] = []  # (offset, speaker) in text order
    docs: list[tuple[int, SpeakerInfo]] = []  # documents speaking (بيان، تقرير) with no owner found
    doc_owners: dict[str, tuple[int, SpeakerInfo]] = {}  # bare document noun -> (offset, the owner it was given)
    nested: set[int] = set()  # speakers of reports nested in another's content
    inside_content = _Coverage(d.content for d in drafts if d.content and d.cue and d.cue[1] <= d.content[0])
    ants = sorted(antecedents, key=lambda x: x[0])
    ai = 0
    for idx, d in enumerate(drafts):
        pos = d.cue[0] if d.cue else d.content[0]
        while ai < len(ants) and ants[ai][0] < pos:
            history.append(ants[ai])
            if inside_content.covers(ants[ai][0], ants[ai][0] + 1):
                nested.add(id(ants[ai][1]))  # قالت إن الشرطة دعت المواطنين لحضور …: nested, not the main speaker
            ai += 1
        enclosing = None
        for k in range(idx - 1, max(-1, idx - 40), -1):  # contents stay within a paragraph: a bounded look-back
            e = drafts[k]
            if e.content and e.content[0] <= pos < e.content[1] and not e.dropped:
                enclosing = k
                break
        if d.participle and d.speaker is None:
            if enclosing is not None:
                e = drafts[enclosing]
                subj = _content_subject(view, e.content[0], pos)
                want = d.cue_form.gender if d.cue_form else None
                if subj is not None and want == "f" and subj.gender != "f" and e.speaker is not None \
                        and e.speaker.gender in ("f", "pl"):
                    subj = None  # أضافت المصادر أن الوزير تحدث …، مؤكدة: the feminine participle agrees with the sources
                if subj is not None and want in (None, "m") and subj.gender == "f":
                    subj = None  # أوضح البيان أن الوزيرة …، مطالبا: a masculine participle never takes a woman
                if subj is not None:
                    d.speaker = subj
                    d.via_quote = e
                    d.via_entity = d.via_entity or (e.speaker.entity if e.speaker and e.speaker.type == "outlet" else None)
                else:
                    d.speaker = e.speaker
                    e.content = _cut_before(view, e.content, pos)
                    d.hedged = d.hedged or e.hedged
            else:
                here = view.sent[view.token_at(pos)]
                same_sentence = [h for h in history[-20:] if view.sent[view.token_at(h[0])] == here]
                want = d.cue_form.gender if d.cue_form else None
                d.speaker = (_pick_previous(same_sentence, want, skip_unknown=False) if same_sentence else None) \
                    or _clause_verb_subject(view, pos, want) \
                    or _sentence_subject(view, pos, drafts, idx, want, need_comma=False) \
                    or _recent_document(view, pos, docs, history, want) \
                    or _pick_previous(history, want, skip_unknown=False)
            d.implicit = False
        elif d.implicit and d.speaker is None and d.extras.get("honorific") \
                and _honorific_antecedent(view, pos, d.extras["honorific"], history):
            d.speaker = _honorific_antecedent(view, pos, d.extras["honorific"], history)
        elif d.implicit and d.speaker is None and d.extras.get("pronoun") and _nearest_person(view, pos, d):
            d.speaker = _nearest_person(view, pos, d)
        elif d.implicit and d.speaker is None and _asked_one(view, pos, history, titles) is not None:
            d.speaker = _asked_one(view, pos, history, titles)
        elif d.implicit and d.speaker is None:
            d.speaker = _sentence_subject(view, pos, drafts, idx, d.cue_form.gender if d.cue_form else None) or \
                _previous_narrative_subject(view, pos, history, d) or \
                _recent_document(view, pos, docs, history, d.cue_form.gender if d.cue_form else None) or \
                _pick_previous([h for h in history if id(h[1]) not in nested], d.cue_form.gender if d.cue_form else None) or \
                _pick_previous(history, d.cue_form.gender if d.cue_form else None) or \
                _last_actor(view, pos, d.cue_form.gender if d.cue_form else None)
        elif d.speaker is not None and d.cue_form is not None and normalize(d.cue_form.lemma) in C.CONTINUATION_VERBS \
                and _descriptor_only(view, d.speaker) and _pick_previous(history, d.cue_form.gender) is not None \
                and _pick_previous(history, d.cue_form.gender).entity \
                and _para_of(view, pos) - _para_of(view, history[-1][0]) <= 1:
            d.speaker = _pick_previous(history, d.cue_form.gender)  # وأضاف القائد السابق: the speaker named again
        elif d.speaker is not None and d.speaker.doc_ref and (
                _same_document(view, pos, d.speaker, doc_owners) or _document_owner(view, pos, history, docs, d.speaker)):
            doc_gender = d.speaker.gender if d.speaker.gender in ("f", "pl") else None
            doc_head = view.norms[view.token_at(d.speaker.start)]
            owner = _same_document(view, pos, d.speaker, doc_owners) or _document_owner(view, pos, history, docs, d.speaker)
            # وجاء في التقرير: the body whose report it is; the report's own gender carries on (وذكر البيان …
            # وبيّن أنه: a masculine verb continues the statement of a feminine ministry); the same report named
            # again later keeps that owner (وأضاف التقرير … وأوضح فلان … ولفت التقرير: not the man it quotes)
            d.speaker = dataclasses.replace(owner, gender=doc_gender)
            doc_owners[doc_head] = (pos, owner)
        elif enclosing is not None and not d.extras.get("according"):
            e = drafts[enclosing]
            if e.speaker is None and e.hedged and e.cue_form is not None and e.cue_form.cls in ("hedge", "belief") \
                    and d.cue and view.token_at(d.cue[0]) - view.token_at(e.content[0]) <= 6:
                d.hedged = True
                e.dropped = True  # ورد أن الرئيس حذر: one hedged report
            elif e.speaker is not None and d.speaker is not None and d.speaker is not e.speaker:
                d.via_quote = e
                if e.speaker.type == "outlet":
                    d.via_entity = d.via_entity or e.speaker.entity
        if titles and d.speaker is not None and d.speaker.entity is None and d.speaker.type == "person":
            t0 = view.token_at(d.speaker.start)
            head = view.norms[t0] if t0 < view.n and view.is_word[t0] else ""
            if head in C.PERSON_TITLES:  # وربط الأمير …، قائلا / وقال مدير المركز: the person introduced with the title
                d.speaker.entity = resolve_title(view, head, titles, pos, (d.speaker.start, d.speaker.end))
                if d.speaker.entity is None and head.startswith("ال") and _strip_article(head) not in titles:
                    d.speaker.entity = _untitled_speaker(view, pos, history)  # ودافع المدرب الأرجنتيني …، وقال
        if d.speaker is not None and d.speaker.type == "anonymous" and d.speaker.count == 1:
            named = _definite_official(view, d.speaker, history)
            if named is not None:
                d.speaker = named  # قال الوزير علي النعيمي … وأكد المسؤول السعودي: the official named before
        if d.speaker is not None and d.speaker.type == "person" and d.speaker.entity is not None:
            fuller = _fuller_speaker(view, d.speaker.entity, history)
            if fuller is not None:
                d.speaker.entity = fuller  # وأضاف الأمير خالد: the one earlier speaker whose full name holds the short one
        if d.extras.get("implicit_relayer") and d.via_entity is None and history and history[-1][1].type == "outlet":
            d.via_entity = history[-1][1].entity  # ونقلت عن مسؤول: relayed by the outlet that spoke last
        if d.speaker is not None and d.speaker.type != "unknown" and d.content is not None and not d.dropped:
            history.append((pos, d.speaker))  # a cue with nothing said (ونقل تمنياته) leaves no antecedent
            if enclosing is not None and d.speaker is not drafts[enclosing].speaker:
                nested.add(id(d.speaker))  # قالت الصحيفة إن الشرطة دعت …: وأوضحت continues the paper, not the police
        elif d.speaker is not None and d.speaker.type == "unknown" and not d.speaker.hedge_source \
                and d.content is not None and not d.dropped:
            docs.append((pos, d.speaker))  # ذكر بيان وزعه المكتب أن …: a document, continued by وأوضح
    # a quote with no content and no speaker is no quote
    for d in drafts:
        if d.content is None:
            d.dropped = True


def _definite_official(view: ArticleView, sp: SpeakerInfo, history) -> SpeakerInfo | None:
    """A definite singular official (المسؤول السعودي) with no unnamed official introduced before refers back to the
    last named person who spoke within two paragraphs: that person, with this span."""
    t = view.token_at(sp.start)
    if t >= view.n or view.norms[t] not in C.DEFINITE_OFFICIALS:
        return None
    para = view.para[t]
    for _, h in reversed(history[-20:]):
        if h.type == "anonymous":
            return None  # مسؤول … وأضاف المسؤول: the unnamed official introduced before
        if h.type == "person" and h.entity is not None:
            ent = view.entity_by_id.get(h.entity)
            if ent is None or ent.type != "PER" or not ent.mentions:
                return None
            if para - view.para[view.token_at(ent.mentions[0].start)] > 6:
                return None
            return SpeakerInfo(sp.start, sp.end, "person", h.entity, None, sp.description, h.gender, _named=True)
    return None


def _untitled_speaker(view: ArticleView, pos: int, history) -> str | None:
    """A definite title no person of the article was introduced with (المدرب، الوزير) names the person of the
    report just before it (same or previous paragraph): that person's entity, else None."""
    if not history:
        return None
    hpos, h = history[-1]  # only the speaker of the report just before, in this paragraph or the previous one
    if _para_of(view, pos) - _para_of(view, hpos) > 1 or h.type != "person" or h.entity is None:
        return None
    ent = view.entity_by_id.get(h.entity)
    return h.entity if ent is not None and ent.type == "PER" else None


def _inside_pp(view: ArticleView, t: int, s0: int) -> bool:
    """True when token ``t`` sits in a prepositional phrase opened at most three words before it (مع وزراء خارجية
    دول | مجلس التعاون)."""
    for u in range(t - 1, max(s0, t - 4) - 1, -1):
        if not view.is_word[u]:
            return False
        if view.norms[u] in C.LINK_PREPOSITIONS or view.norms[u] in ("مع", "في", "فى", "الي", "الى", "علي", "عن", "من"):
            return True
    return False


def _fuller_speaker(view: ArticleView, eid: str, history) -> str | None:
    """When PER entity ``eid`` is one word (خالد) and exactly one earlier speaker's PER entity has that word among
    the words of a longer name (خالد آل سعود), that entity: the entity stage split one person in two."""
    ent = view.entity_by_id.get(eid)
    if ent is None or ent.type != "PER":
        return None
    words = normalize(ent.name).split()
    if len(words) != 1 or len(words[0]) < 3:
        return None
    found = set()
    for _, sp in history[-30:]:
        if sp.entity is None or sp.entity == eid:
            continue
        other = view.entity_by_id.get(sp.entity)
        if other is not None and other.type == "PER" and len(normalize(other.name).split()) > 1 \
                and words[0] in own_names(other):  # not the family's name (آل سعود) or a father's (بن سلمان)
            found.add(sp.entity)
    return found.pop() if len(found) == 1 else None


def _sentence_subject(view: ArticleView, pos: int, drafts: list[Draft], idx: int,
                      want: str | None = None, need_comma: bool = True) -> SpeakerInfo | None:
    """وصل الوزير X إلى الرياض، وقال إن … / أخلت شركة الكهرباء مسؤوليتها، وقالت: with no report earlier in the
    clause, the first person or body named in it (a PER/ORG mention, a title with a name, an organisation noun)
    that agrees with the verb is the implicit subject."""
    i = view.token_at(pos)
    if i >= view.n:
        return None
    s0 = view.sentence_start(i)
    for t in range(i - 1, s0 - 1, -1):
        if view.norms[t] in ("؛", ";"):
            s0 = t + 1  # the clause after a semicolon
            break
    for d in reversed(drafts[max(0, idx - 40):idx]):
        if d.cue and view.starts[s0] <= d.cue[0] < pos and not d.dropped:
            return None
    if need_comma and not any(view.norms[t] in COMMAS for t in range(s0, i)):
        return None
    cands: list[tuple[int, SpeakerInfo]] = []
    # an anonymous source the outlet spoke to («عكاظ» تحدثت إلى مصدر عسكري …، حيث أكد): it speaks, not the outlet
    anon = next((t for t in range(s0, i) if view.is_word[t] and C.ANONYMOUS_NOUNS.get(view.norms[t], 0) == 1), None)
    if anon is not None:
        sp = read_speaker(view, anon, min(i, anon + 8))
        if sp is not None and sp.type == "anonymous":
            cands.append((view.starts[anon], sp))
    for m in view.mentions_in(view.starts[s0], pos):
        if m[3].type in ("PER", "ORG") and m[1] <= pos:
            if _addressee(view, m[0]):
                continue  # لـ«الوطن»، لوكالة الأنباء: the outlet spoken to is no subject
            if m[3].type == "ORG" and _inside_pp(view, view.token_at(m[0]), s0):
                continue  # سيلتقي مع وزراء خارجية دول مجلس التعاون: a body inside a prepositional phrase is no subject
            ent = view.entity_by_id.get(m[2])
            g = ent.gender if ent and ent.gender else ("f" if m[3].type == "ORG" and normalize(m[3].text).endswith("ه") else None)
            outlet = _is_outlet_mention(view, m[0], m[3].text)
            if outlet and anon is not None:
                continue
            cands.append((m[0], SpeakerInfo(m[0], m[1], "person" if m[3].type == "PER" else
                                            ("outlet" if outlet else "organization"), m[2], None, None, g)))
            break
    for t in range(s0, i):
        w = view.norms[t]
        if not view.is_word[t]:
            continue
        if w in C.PERSON_TITLES:
            sp = read_speaker(view, t, min(i, t + 14), name_cap=3)
            if sp is not None and sp.type == "person" and (sp.start > view.starts[t] or t - s0 <= 3):
                cands.append((view.starts[t], sp))  # (a title with no name only right after the clause's verb:
            break                                   # من جهته أثنى سفير سلطنة عمان على …، وقال)
        if (w in C.ORGANIZATION_NOUNS or w in C.GOVERNMENT_NOUNS or w in C.OUTLET_NOUNS) and not w.startswith("ال"):
            if _inside_pp(view, t, s0):
                continue  # مع وزراء خارجية دول مجلس التعاون: no subject
            sp = read_speaker(view, t, min(i, t + 6))
            if sp is not None and sp.type in ("organization", "government", "outlet"):
                sp.gender = sp.gender or ("f" if w.endswith("ه") else None)
                cands.append((view.starts[t], sp))
            break
    for _, sp in sorted(cands, key=lambda x: x[0]):
        if _same_gender(want, sp.gender, False):
            return sp
    return None


def _introduced_by(view: ArticleView, start: int, words: frozenset) -> bool:
    """True when one of ``words`` stands among the 8 tokens before offset ``start`` (صاحب السمو الأمير | فلان)."""
    j = view.token_before(start)
    for t in range(j, max(j - 8, -1), -1):
        if view.terminal[t]:
            return False
        if view.is_word[t] and (view.norms[t] in words or _strip_conj(view.norms[t])[-1] in words):
            return True
    return False


def _honorific_antecedent(view: ArticleView, pos: int, pronoun: str, history) -> SpeakerInfo | None:
    """وقال سموه / وأضاف معاليه: the last speaker, else the last person mentioned, introduced with the honorific or
    title the pronoun stands for (صاحب السمو الأمير فلان، معالي الوزير فلان), with its entity."""
    words = C.HONORIFIC_PRONOUNS.get(pronoun, frozenset())
    for _, sp in history[-8:][::-1]:
        if sp.type == "person" and sp.entity and _introduced_by(view, sp.start, words):
            return sp
    n = 0
    for m in reversed(view.mentions_in(0, pos)):
        if m[3].type != "PER" or m[1] > pos:
            continue
        n += 1
        if n > 30:
            break
        if _introduced_by(view, m[0], words):
            ent = view.entity_by_id.get(m[2])
            return SpeakerInfo(m[0], m[1], "person", m[2], None, None, ent.gender if ent else None)
    return None


def _asked_one(view: ArticleView, pos: int, history, titles=None) -> SpeakerInfo | None:
    """سألت «عكاظ» الوزير فلان عن …، فأجاب / وسألته الصحيفة …، فقال / وعند سؤاله عن … قال: the one asked answers.
    None when the clause before ``pos`` asks nobody."""
    i = view.token_at(pos)
    if i >= view.n:
        return None
    s0 = view.sentence_start(i)
    for t in range(max(s0, i - 25), i):
        if not view.is_word[t]:
            continue
        w = _strip_conj(view.norms[t])[-1]
        if w in C.ASK_PRONOUN_FORMS or view.norms[t] in C.ASK_PRONOUN_FORMS:
            # the pronoun: the last person who spoke or was named, never an outlet
            for _, sp in history[::-1][:6]:
                if sp.type == "person":
                    return sp
            return _last_person(view, view.starts[t])
        if w in C.ASK_VERBS or view.norms[t] in C.ASK_VERBS:
            k = t + 1
            pair = view.pair_opening(k) if k < i else None
            if pair is not None and not pair.virtual:
                k = view.after_pair(pair)  # the asker in marks: سألت «عكاظ»
            elif k < i and view.is_word[k] and (view.norms[k] in C.OUTLET_NOUNS or view.norms[k] in C.OUTLET_NAMES):
                k += 1  # سألت الصحيفة
            e = k
            while e < i and view.is_word[e] and view.norms[e] not in ("عن", "حول", "بشان") and e - k < 10:
                e += 1
            if e > k:
                sp = read_speaker(view, k, e, titles=titles, cue_pos=view.starts[k])
                if sp is not None and sp.type in ("person", "anonymous", "organization", "government"):
                    if sp.type == "person" and sp.entity is None:
                        for _, h in history[::-1][:6]:
                            if h.type == "person" and h.entity:
                                return h  # سألت «عكاظ» الوزير: the titled person quoted before
                    return sp
            return None
    return None


def _last_person(view: ArticleView, pos: int) -> SpeakerInfo | None:
    for m in reversed(view.mentions_in(0, pos)):
        if m[3].type == "PER" and m[1] <= pos:
            ent = view.entity_by_id.get(m[2])
            return SpeakerInfo(m[0], m[1], "person", m[2], None, None, ent.gender if ent else None)
    return None


def _descriptor_only(view: ArticleView, sp: SpeakerInfo) -> bool:
    """A person speaker named by a definite descriptor or a title only (القائد والمدرب السابق، الوزير), no name."""
    if sp.type != "person" or sp.entity is not None:
        return False
    a, b = view.token_at(sp.start), view.token_at(sp.end)
    words = [t for t in range(a, b) if view.is_word[t]]
    if not words:
        return False
    first = view.norms[words[0]]
    if not (first.startswith("ال") or first in C.PERSON_TITLES):
        return False
    return all(view.norms[t].startswith(("ال", "لل", "و")) or view.norms[t] in C.PERSON_TITLES
               or view.norms[t] in C.TITLE_LINKS for t in words)


def _para_of(view: ArticleView, pos: int) -> int:
    return view.para[min(view.token_at(pos), view.n - 1)] if view.n else 0


def _recent_document(view: ArticleView, pos: int, docs, history, want: str | None = None) -> SpeakerInfo | None:
    """وذكر بيان وزعه المكتب أن … . وأوضح أن …: an implicit subject continues the document that spoke last, when
    it spoke after every named speaker and no more than a paragraph before."""
    if not docs:
        return None
    dpos, sp = docs[-1]
    if history and history[-1][0] > dpos:
        return None
    if not _same_gender(want, sp.gender, False):
        return None  # تؤكد الدراسات … . وأشار إلى: a masculine verb does not continue the studies
    return sp if _para_of(view, pos) - _para_of(view, dpos) <= 1 else None


def _same_document(view: ArticleView, pos: int, doc: SpeakerInfo, doc_owners) -> SpeakerInfo | None:
    """The owner given to the same bare document noun (التقرير) at most eight paragraphs before, else None."""
    hit = doc_owners.get(view.norms[view.token_at(doc.start)])
    if hit is None or _para_of(view, pos) - _para_of(view, hit[0]) > 8:
        return None
    return hit[1]


def _document_owner(view: ArticleView, pos: int, history, docs=(), doc: SpeakerInfo | None = None) -> SpeakerInfo | None:
    """وجاء في التقرير / وأشار البيان: the body (or named person) that spoke last within two paragraphs, unless a
    document named in full (وقال تقرير الأمانة العامة) spoke after it: then the report is that document."""
    last_doc = docs[-1][0] if docs else -1
    if doc is not None:
        head = view.norms[view.token_at(doc.start)]
        for dpos, dsp in docs[::-1][:3]:
            dt = view.token_at(dsp.start)
            if dt < view.n and view.norms[dt] == head and _para_of(view, pos) - _para_of(view, dpos) <= 8:
                return None  # وأضاف التقرير … وأوضح فلان … ولفت التقرير: the same report again, not the man it quotes
    for hpos, sp in history[::-1][:4]:
        if _para_of(view, pos) - _para_of(view, hpos) > 2:
            return None
        if sp.type in ("organization", "government", "outlet") or sp.type == "person" and sp.entity:
            return None if last_doc > hpos else sp
    return None


def _clause_verb_subject(view: ArticleView, pos: int, want: str | None) -> SpeakerInfo | None:
    """A participle after a clause opened by a verb that is no reporting verb (من جانبه، أشاد تيار الاستقلال
    بالمباحثات …، مؤكدا أن / وثمن الدكتور فلان جهود …، مقدما): the noun phrase right after that verb."""
    i = view.token_at(pos)
    if i >= view.n:
        return None
    s0 = view.sentence_start(i)
    for t in range(i - 1, s0 - 1, -1):
        if view.norms[t] in ("؛", ";"):
            s0 = t + 1
            break
    t = s0
    while t < i and not view.is_word[t]:
        t += 1
    if t < i and view.norms[t] in C.CLAUSE_OPENERS:
        c = next((u for u in range(t + 1, min(i, t + 6)) if view.norms[u] in COMMAS), None)
        if c is None:
            return None
        t = c + 1
    if t + 1 >= i or not view.is_word[t]:
        return None
    w = _strip_conj(view.norms[t])[-1]
    if w.startswith("ال") or w in C.PP_HEADS or w in C.PERSON_TITLES or w in C.CUE_FORMS or w.isdigit() \
            or len(w) < 3 or len(w) > 8 or view.mentions_in(view.starts[t], view.ends[t]) \
            or w in C.NOT_SPEAKER_WORDS or w in C.CLAUSE_OPENERS or w in C.NEGATIONS:
        return None  # the clause opens with a noun, a name or a particle: no verb-subject order to read
    nxt = view.norms[t + 1]
    if not view.is_word[t + 1] or nxt in C.PP_HEADS or nxt in C.NOT_SPEAKER_WORDS or nxt in C.COMPLEMENTISERS \
            or nxt in C.PRONOUN_PPS or _strip_conj(nxt)[-1] in C.RELATIVES:
        return None
    u = t + 1
    while u < min(i, t + 12) and view.is_word[u] and not (
            view.norms[u].startswith(("بال", "لل")) or view.norms[u] in C.PP_HEADS or view.norms[u] in C.PRONOUN_PPS
            or _strip_conj(view.norms[u])[-1] in C.RELATIVES):
        u += 1  # the subject ends where the verb's complement begins (بالمباحثات، بجهود، للمشاركين)
    ms = [m for m in view.mentions_in(view.starts[t + 1], view.ends[min(u, i) - 1]) if m[0] <= view.ends[t + 2]] \
        if t + 2 < view.n else []
    if ms and ms[0][3].type in ("ORG", "LOC", "PER"):
        m = ms[0]  # استنكرت مملكة البحرين وبشدة …: the body or person named right after the verb
        u = min(u, view.token_at(m[1]))
        while u < i and view.is_word[u] and view.starts[u] < m[1]:
            u += 1
    titled = view.norms[t + 1] in C.PERSON_TITLES or view.norms[t + 1] in C.HONORIFICS
    sp = read_speaker(view, t + 1, u, name_cap=3 if titled else None)  # وانتقد الوزير فلان الخطة: the name only
    if sp is None or sp.start >= pos or not (sp.entity or sp.type in ("organization", "government", "outlet",
                                                                       "anonymous") or sp._named):
        return None
    return sp if _same_gender(want, sp.gender, False) else None


def _addressee(view: ArticleView, start: int) -> bool:
    """True when the mention at ``start`` is the one spoken to: لـ«الوطن»، لـ"عكاظ"، لوكالة الأنباء، ل"الرياض"."""
    j = view.token_before(start)
    while j >= 0 and not view.is_word[j] and view.norms[j] in ("«", "“", '"', "{", "(", "ـ"):
        j -= 1
    if j < 0 or not view.is_word[j]:
        return False
    w = view.norms[j]
    if w in ("ل", "لـ"):
        return True
    if view.ends[j] == start and w[:1] == "ل" and len(view.text[view.starts[j]:start]) <= 2:
        return True  # لوكالة … written as one word with the mention's first letter outside it
    base = w[1:] if w[:1] == "ل" else ""
    return bool(base) and (base in C.OUTLET_NOUNS or ("ا" + base[1:] if base.startswith("ل") else "") in C.OUTLET_NOUNS)


def _nearest_person(view: ArticleView, pos: int, d: Draft) -> SpeakerInfo | None:
    """The person mentioned last before ``pos`` in the same sentence (وأن محمد بخاري … لكنه قال), agreeing with the
    verb; None without a PER mention there."""
    i = view.token_at(pos)
    if i >= view.n:
        return None
    s0 = view.starts[view.sentence_start(i)]
    want = d.cue_form.gender if d.cue_form else None
    for m in reversed(view.mentions_in(s0, pos)):
        if m[3].type == "PER" and m[1] <= pos:
            t = view.token_at(m[0])
            if t > 0 and view.text[m[0] - 1:m[0]] in "-‐–" and not view.is_word[t - 1]:
                continue  # بارك جيون-هاي: the tail of a hyphenated name, read with its head
            if _inside_pp(view, t, view.sentence_start(i)) and not any(
                    view.norms[u] in C.COMPLEMENTISERS for u in range(max(0, t - 4), t)):
                continue  # لم يتحدث مع الرئيس فلان …، لكنه أقر: a person after a preposition is no subject
            ent = view.entity_by_id.get(m[2])
            g = ent.gender if ent else None
            if _same_gender(want, g, False):
                return SpeakerInfo(m[0], m[1], "person", m[2], None, None, g)
    return None


def _previous_narrative_subject(view: ArticleView, pos: int, history, d: Draft) -> SpeakerInfo | None:
    """وانتقل حاكم الولاية فلان إلى المدينة. وقال في مؤتمر صحفي …: a past cue opening its sentence, right after a
    sentence (same or previous paragraph) that reports nothing and opens with a verb and a named person, has that
    person as its subject; None otherwise (and never for continuation verbs: وأضاف goes on with the last speaker)."""
    cf = d.cue_form
    if cf is None or cf.form != "past" or normalize(cf.lemma) in C.CONTINUATION_VERBS:
        return None
    i = bisect_right(view.starts, pos) - 1  # the token holding the cue (وقال: the cue starts after و)
    if not 0 <= i < view.n:
        return None
    s0 = view.sentence_start(i)
    if any(view.is_word[t] for t in range(s0, i)) or s0 == 0:
        return None  # the cue does not open its sentence
    prev_end = s0 - 1
    while prev_end > 0 and not view.is_word[prev_end]:
        prev_end -= 1
    p0 = view.sentence_start(prev_end)
    if view.para[i] - view.para[prev_end] > 1 or (history and history[-1][0] >= view.starts[p0]):
        return None  # the previous sentence holds a report: the usual continuation applies
    sp = _clause_verb_subject(view, view.ends[prev_end], cf.gender)
    if sp is None or sp.type != "person":
        return None
    if sp.entity is not None:
        return sp
    # وانتقل حاكم لويزيانا الجمهوري بوبي جيندال: the person named in the subject's title chain
    limit = view.ends[min(prev_end, view.token_at(sp.start) + 8)]
    m = next((m for m in view.mentions_in(sp.start, limit) if m[3].type == "PER"), None)
    if m is None:
        return None
    ent = view.entity_by_id.get(m[2])
    return SpeakerInfo(m[0], m[1], "person", m[2], None, sp.description, ent.gender if ent else None)


def _last_actor(view: ArticleView, pos: int, want: str | None = None) -> SpeakerInfo | None:
    """With no earlier speaker at all: the last person or organisation mentioned before ``pos`` in the same or
    the previous two paragraphs (أوصت الهيئة … . وذكرت أن …), not one inside a prepositional phrase (تحت إشراف
    وزارة …) and, for a masculine verb, not a body named by a feminine noun."""
    i = view.token_at(pos)
    para = view.para[min(i, view.n - 1)] if view.n else 0
    for m in reversed(view.mentions_in(0, pos)):
        if m[1] > pos or m[3].type not in ("PER", "ORG"):
            continue
        if para - view.para[view.token_at(m[0])] > 2:
            break
        t = view.token_at(m[0])
        if m[3].type == "ORG" and (_inside_pp(view, t, view.sentence_start(t))
                                   or want == "m" and view.norms[t].endswith("ه") and len(view.norms[t]) > 3):
            continue  # وأضاف … after تحت إشراف وزارة الشؤون الإسلامية: not the ministry
        stype = "person" if m[3].type == "PER" else "organization"
        return SpeakerInfo(m[0], m[1], stype, m[2], None, None, None)
    return None


def _cut_before(view: ArticleView, content: tuple[int, int], pos: int) -> tuple[int, int]:
    s, e = content
    if pos <= s:
        return content
    s2, e2 = _trim(view.text, s, pos)
    return (s2, e2) if e2 > s2 else content


def _content_subject(view: ArticleView, start: int, limit: int) -> SpeakerInfo | None:
    """The person a reported clause is about (ذكرت الصحيفة أن الرئيس الفرنسي إيمانويل ماكرون رفض ...، بحجة):
    a PER mention or a title with a name at the clause start, else None."""
    a = view.token_at(start)
    b = min(view.token_at(limit), a + 8)
    if a >= b:
        return None
    for m in view.mentions_in(view.starts[a], view.ends[b - 1]):
        if m[3].type == "PER" and m[0] <= view.ends[min(b - 1, a + 5)]:
            if any(view.is_word[t] and not (view.norms[t] in C.PERSON_TITLES or view.norms[t] in C.HONORIFICS
                                            or view.norms[t].startswith("ال"))
                   or view.norms[t] in C.RELATIVES or view.norms[t] in C.PP_HEADS
                   for t in range(a, view.token_at(m[0]))):
                # أن جميع الذين تقوم موغيريني بلقائهم … / أن صحة مشاري مستقرة: a name that is not the clause's
                # subject (inside a relative clause, or the possessor of another noun) is not the participle's subject
                return None
            ent = view.entity_by_id.get(m[2])
            return SpeakerInfo(m[0], m[1], "person", m[2], None, None, ent.gender if ent else None)
        break
    if view.norms[a] not in C.PERSON_TITLES:
        return None
    sp = read_speaker(view, a, b, name_cap=2)
    if sp is None or sp.type != "person":
        return None
    return sp
