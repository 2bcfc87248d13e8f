"""Events stage: Article (entities, quotes, times) -> PLOVER Events tied to the attributions they are reported under.

For every sentence: find trigger words (``marsad.data.plover`` verbs and verbal nouns, clitic-aware), then the
actor and target among the participants of the clause (the article's entity mentions, completed by the KB, country
adjectives, generic actors, anaphoric nouns and possessives, ``marsad.events.gazetteer``) by Arabic word order:

- verb, VSO (``رفض ماكرون الخطة``): actor = the first unmarked participant after the verb (titles allowed between),
  target = the next one carrying one of the trigger's target markers (direct object or its prepositions:
  ``التقى ب``, ``دعا إلى``); coordinated subjects act together;
- verb, SVO or a plural/dual verb (``إن تركيا طلبت من الناتو``, ``ميركل التي دعت``, ``ميركل وداود أوغلو اتفقا``):
  actor = the participant right before, the relative pronoun's antecedent, or the first of a coordinated pair;
- verbal noun + idafa (``معارضة ماكرون للمنشأة``): the genitive is the actor when a marked target follows,
  otherwise actor or target as the trigger entry says (``قصف المدينة`` -> target); a country adjective after the
  noun is its actor (``الهجمات التركية على داعش``);
- reversed roles: ``تلقى X اتصالا من Y``, ``تم اعتقال X من قبل Y``, ``تعرضت X لهجوم``, ``بناء على طلب من Y``;
- implicit actors: first-person triggers (``نرحب``) and pronoun-suffixed ones (``زيارته``) take the speaker of the
  quote they are reported in, else the nearest participant before them in the sentence.

Each event gets the date of its own time expression in the sentence (else the publication date) and the id of the
innermost quote whose content contains the trigger. Events with the same code, year, actor and target (compared by
country, KB record, entity, text) are reported once, at their first trigger. Options: ``DEFAULTS``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from marsad.data.plover import (
    AFFILIATION, AGENT_MARKERS, AUXILIARIES, BELONGING, BETWEEN, CLAUSE_OPENERS, COMPLEMENTIZERS, COUNT_WORDS,
    DENIALS, EFFORT_NOUNS, EXTRA_TITLES, GENERIC_ACTORS, HONORIFICS, HYPOTHETICAL, INTRANSITIVE, MAY, NEGATIONS,
    NOT_TRIGGERS, ORG_HEADS, PARTITIVES, PASSIVE_AUX, PLACE_NAME_HEADS, PLACE_NOUNS, PLANS, PLAN_CODES,
    POSSIBLE_AFTER, PREPOSITIONS, RECEIVE_VERBS, RECIPROCAL, RELATIVES, SKIP_WORDS, SPORTS_ARTICLE, SPORTS_SENTENCE,
    SPORTS_WORDS, SURNAME_TITLES, SYMMETRIC, TAG_LINE_HEADS, TARGET_HOLDERS, TIME_WORDS, UNDERGO_VERBS, UNDOING,
)
from marsad.errors import InputError, PipelineError
from marsad.events import gazetteer, lexicon
from marsad.events.gazetteer import Candidate
from marsad.text.normalize import normalize
from marsad.types import Article, Event, EventArg, Quote, Span, Token

DEFAULTS = {
    "window": 12,  # tokens looked at on each side of a trigger inside its clause
    "subject_gap": 4,  # tokens allowed between a verb and its following subject (titles, adverbs)
    "use_kb": True,  # complete the article's entities with KB names and country adjectives
    # "both": an actor and a target (an actor alone for INTRANSITIVE codes); "any": one of them; "none"
    "require": "both",
    "sentence_actor": False,  # an implicit actor may be the last actor of the same sentence
    "split_targets": False,  # one event per coordinated target (مع أميركا والناتو -> two events)
}

PUNCT_BREAK = set(".،,;؛:!?؟()[]\n")
_PREPS = {normalize(p) for p in PREPOSITIONS}
_OPENERS = {normalize(w) for w in CLAUSE_OPENERS}
_SKIP = {normalize(w) for w in SKIP_WORDS}
_NEG = {normalize(w) for w in NEGATIONS}
_UNDO = {normalize(w) for w in UNDOING}
_REL = {normalize(w) for w in RELATIVES}
_COMP = {normalize(w) for w in COMPLEMENTIZERS}
_PASSIVE = {normalize(w) for w in PASSIVE_AUX}
_UNDERGO = {normalize(w) for w in UNDERGO_VERBS}
_AGENTS = tuple(tuple(normalize(w) for w in m) for m in AGENT_MARKERS)
_NOT = {normalize(w) for w in NOT_TRIGGERS}
_ORG_HEADS = {normalize(w) for w in ORG_HEADS}
QUOTE_MARKS = set("«»\"“”'‘’")
_CLITIC_PREPS = {"ب": "ب", "ل": "ل", "ك": "ك"}
_LOCATIVE = {"ب", normalize("في")}
_HOLDERS = {normalize(w) for w in TARGET_HOLDERS}
_AFFILIATION = {normalize(w) for w in AFFILIATION}
_TIME_WORDS = {normalize(w) for w in TIME_WORDS}
_AUX = {normalize(w) for w in AUXILIARIES}
_RECEIVE = {normalize(w) for w in RECEIVE_VERBS}
_BELONG = {normalize(w) for w in BELONGING}
_EFFORTS = {normalize(w) for w in EFFORT_NOUNS}
_DENIALS = {normalize(w) for w in DENIALS}
_SURNAME_TITLES = {normalize(w) for w in SURNAME_TITLES}
_SIDE_WORDS = {normalize(w) for w in ("جهة", "طرف", "ناحية", "جانب")}
_TAGS = {normalize(w) for w in TAG_LINE_HEADS}
_PARTITIVE = {normalize(w) for w in PARTITIVES}
_RECIPROCAL = {normalize(w) for w in RECIPROCAL}
_SPORTS = {normalize(w) for w in SPORTS_WORDS}
_PLACES = {normalize(w) for w in PLACE_NOUNS}
_HYPO = {normalize(w) for w in HYPOTHETICAL}
_MAY = {normalize(w) for w in MAY}
_PLANS = {normalize(w) for w in PLANS}
_COUNTS = {normalize(w) for w in COUNT_WORDS}
_NAME_HEADS = {normalize(w) for w in PLACE_NAME_HEADS}
_POSSIBLE = {normalize(w) for w in POSSIBLE_AFTER}
_FROM = normalize("من")
# heads whose genitive names an office (إمارة منطقة الباحة, وزارة الداخلية) inside a title chain
_GENITIVE_HEADS = {normalize(w) for w in ("إمارة", "امارة", "وزارة", "رئاسة", "أمانة", "قيادة")}


@dataclass
class _Ctx:
    text: str
    tokens: list[Token]
    cands: list[Candidate]
    trig_idx: set[int]

    @property
    def cand_starts(self) -> list[int]:
        if getattr(self, "_starts_for", None) is not self.cands:
            self._starts_for, self._starts = self.cands, [c.start for c in self.cands]
        return self._starts


def _tokens(article: Article) -> list[Token]:
    if article.tokens:
        return list(article.tokens)
    try:
        from marsad.text.tokens import tokenize

        return list(tokenize(article.text))
    except Exception:  # noqa: BLE001 - degrade to whitespace tokens
        import re

        pattern = r"[^\s.,،؛;:!?؟()«»\"“”]+|[^\s]"
        return [Token(m.start(), m.end(), m.group()) for m in re.finditer(pattern, article.text)]


def _sentences(article: Article) -> list[tuple[int, int]]:
    if article.sentences:
        return [(s.start, s.end) for s in article.sentences]
    try:
        from marsad.text.sentences import split_sentences

        return [(s.start, s.end) for s in split_sentences(article.text)]
    except Exception:  # noqa: BLE001
        return [(0, len(article.text))]


def _entity_country(entity) -> str | None:
    if entity.country:
        return entity.country
    for name in [entity.name] + [m.text for m in entity.mentions]:
        c = gazetteer.lookup_country(name)
        if c:
            return c
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without quote marks, brackets and spaces at its edges."""
    edge = QUOTE_MARKS | set(" \t\n()[]«»،,.:;")
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _only_descriptor(mention: str) -> bool:
    key = normalize(mention)
    return key in gazetteer._descriptors() or key in _ORG_HEADS


def _bare_common_noun(mention: str, entity) -> bool:
    """A one-word definite mention the KB does not know (``المتحدث``, ``المكتب``): a role, not a participant."""
    key = normalize(mention)
    if " " in key.strip() or not key.startswith("ال"):
        return False
    by_name = gazetteer.kb_index()[1]
    if entity is None:
        return key not in by_name
    return key not in by_name and normalize(entity.name) not in by_name and not entity.country


def _candidates(article: Article, tokens: list[Token], use_kb: bool) -> list[Candidate]:
    cands: list[Candidate] = []
    for e in article.entities:
        country = _entity_country(e)
        if normalize(e.name) in gazetteer.club_names():
            continue  # a football club or a named event is no participant
        for m in e.mentions:
            if _bare_common_noun(m.text, e) or not (0 <= m.start < m.end <= len(article.text)):
                continue
            start, end = _trim(article.text, m.start, m.end)
            if end <= start or _only_descriptor(article.text[start:end]):
                continue  # «منظمة «»: punctuation and a descriptor are no participant
            cands.append(Candidate(start, end, article.text[start:end], e.id, country, "entity", e.name, e.type))
    if use_kb:
        taken = bytearray(len(article.text) + 1)  # characters already inside a participant (linear overlap test)
        for c in cands:
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        # a KB name the entity stage found elsewhere in the article is that entity (الناتو here, الناتو there)
        by_text = {normalize(c.text): c for c in cands}
        for k in gazetteer.match_tokens(article.text, tokens):
            if not any(taken[k.start:k.end]):
                same = by_text.get(normalize(k.text)) if k.kind == "kb" else None
                if same is not None:
                    k = Candidate(k.start, k.end, k.text, same.entity, same.country or k.country, "entity", same.name,
                                  same.type)
                cands.append(k)
                taken[k.start:k.end] = b"\x01" * (k.end - k.start)
        for k in gazetteer.match_generic(article.text, tokens):
            if not any(taken[k.start:k.end]):
                cands.append(k)
    cands.sort(key=lambda c: (c.start, -c.end))
    if use_kb:
        cands += gazetteer.resolve_anaphors(article.text, tokens, cands)
        cands.sort(key=lambda c: (c.start, -c.end))

    return _attach_adjectives(article.text, _drop_surnames(article.text, tokens, cands))


def _drop_surnames(text: str, tokens: list[Token], cands: list[Candidate]) -> list[Candidate]:
    """A country adjective right after an honorific of address is a family name (``الدكتور التركي``, ``الشيخ
    المصري``): no participant, no country."""
    out = []
    for c in cands:
        if c.kind == "adjective":
            ti = _token_at(tokens, c.start)
            if ti > 0 and tokens[ti].start == c.start and lexicon.word_in(tokens[ti - 1].text, _SURNAME_TITLES):
                continue
        out.append(c)
    return out


def _attach_adjectives(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A country adjective right after a named participant describes it (``محكمة ميونيخ الألمانية``): fold it in."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (c.kind == "adjective" and prev is not None and prev.kind != "adjective"
                and not text[prev.end:c.start].strip()):
            if prev.country is None:
                out[-1] = Candidate(prev.start, prev.end, prev.text, prev.entity, c.country, prev.kind, prev.name,
                                    prev.type)
            continue
        out.append(c)
    return out


def _is_break(tok: Token) -> bool:
    t = tok.text
    if all(ch in PUNCT_BREAK or ch.isspace() for ch in t):
        return True
    if all(ch in QUOTE_MARKS for ch in t):
        return False
    return normalize(t) in _OPENERS


def _token_at(tokens: list[Token], offset: int) -> int:
    lo, hi = 0, len(tokens) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= offset:
            lo = mid + 1
        elif tokens[mid].start > offset:
            hi = mid - 1
        else:
            return mid
    return min(lo, len(tokens) - 1)


def _title_words() -> frozenset[str]:
    words = {normalize(w) for w in HONORIFICS + EXTRA_TITLES}
    try:
        from marsad.data.titles import TITLE_FILLERS, TITLES

        for t in TITLES:
            for w in t.ar.split():
                words.add(normalize(w))
                words.add(normalize(w[2:]) if w.startswith("ال") else normalize("ال" + w))
        words |= {normalize(w) for w in TITLE_FILLERS}
    except ImportError:  # titles are another module's data; markers still work without them
        pass
    institutions = {normalize(g.split()[0]) for g in GENERIC_ACTORS}
    institutions |= {normalize(w) for w in ("حكومة", "دولة", "الدولة", "جمهورية", "الجمهورية", "مجلس")}
    return frozenset(words - _PREPS - institutions)


_TITLE_WORDS = _title_words()
MARKER_LOOKBACK = 2  # words a preposition may stand before its participant (مع معالي وزير الخارجية الألماني X)


def _token_marker(ctx: _Ctx, j: int) -> str | None:
    """The preposition on the holder word at token ``j`` (``في تجمع للأكراد`` -> في, ``بقصف مواقع`` -> None): its
    owner after ل takes it; a direct object has none."""
    toks = ctx.tokens
    pro = normalize("".join(w.text for w in toks[j].words if w.kind == "proclitic")) if toks[j].words else ""
    for ch in reversed(pro):
        if ch in _CLITIC_PREPS:
            return _CLITIC_PREPS[ch]
    if j > 0:
        key = normalize(toks[j - 1].text)
        if key.startswith("و") and key[1:] in _PREPS:
            key = key[1:]
        if key in _PREPS:
            return key
    return None


OWNER = "of"  # the marker of a participant that describes another one (القوات الموالية لصالح): no argument


def _owner_marker(ctx: _Ctx, ti: int) -> str | None:
    """The role of the ل-phrase at token ``ti`` after an affiliation word or a holder with its adjective:
    None when it owns what is hit (``أهدافا تابعة لتنظيم داعش``, ``تمركزات عسكرية لقوات النظام``: the object),
    ``OWNER`` when it describes the participant before (``القوات الموالية لصالح``), "" otherwise."""
    toks = ctx.tokens
    prev = toks[ti - 1]
    if lexicon.word_in(prev.text, _AFFILIATION):
        head = ti - 2
        if head >= 0 and not _covered(ctx, toks[head]) and not lexicon.word_in(toks[head].text, _HOLDERS) \
                and head > 0 and lexicon.word_in(toks[head - 1].text, _HOLDERS):
            head -= 1  # رتلا عسكريا تابعا للميليشيات
        if head >= 0 and lexicon.word_in(toks[head].text, _HOLDERS):
            return _token_marker(ctx, head)
        return OWNER  # القوات الموالية لصالح, الجنود التابعين لقوات صالح
    if lexicon.word_in(toks[ti - 2].text, _HOLDERS) and not _covered(ctx, prev) and not _is_break(prev) \
            and normalize(prev.text) not in _TITLE_WORDS:
        return _token_marker(ctx, ti - 2)  # تمركزات عسكرية لقوات النظام
    return ""


_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


def _resumptive(word: str, trig) -> bool:
    """True when ``word`` is one of the trigger's target prepositions with a pronoun (``عليه``, ``ضدها``, ``معهم``):
    the target is then the antecedent of a relative clause, not a participant after the verb."""
    key = normalize(word)
    for prep in trig.target:
        if prep == "obj":
            continue
        p = normalize(prep)
        stems = {p, p[:-1] + "ي"} if p.endswith(("ى", "ي")) else {p}  # على -> عليه, إلى -> إليه
        if any(key == st + suf for st in stems for suf in _PRONOUN_SUFFIXES):
            return True
    return False


def _marker(ctx: _Ctx, c: Candidate) -> str | None:
    """The preposition marking candidate ``c``: an attached ب/ل/ك, or a preposition up to two words before it."""
    ti = _token_at(ctx.tokens, c.start)
    tok = ctx.tokens[ti]
    if c.start > tok.start:
        pre = normalize(ctx.text[tok.start:c.start])
        for ch in reversed(pre):
            if ch in _CLITIC_PREPS:
                # ل after a title is the title's genitive (الأمين العام للأمم المتحدة): look for the marker before it
                if not (ch == "ل" and ti > 0 and normalize(ctx.tokens[ti - 1].text) in _TITLE_WORDS):
                    if ch == "ل" and ti > 0 and lexicon.word_in(ctx.tokens[ti - 1].text, _HOLDERS):
                        return _token_marker(ctx, ti - 1)  # أهدافا لتنظيم داعش: the owner of what is hit is the object
                    if ch == "ل" and ti > 1:
                        owner = _owner_marker(ctx, ti)
                        if owner != "":
                            return owner
                    return _CLITIC_PREPS[ch]
                break
    counted, j = 0, ti
    while counted < MARKER_LOOKBACK and ti - j < MARKER_LOOKBACK + 4:
        j -= 1
        if j < 0:
            break
        prev = ctx.tokens[j]
        if normalize(prev.text) not in _TITLE_WORDS:
            counted += 1
        if _is_break(prev) or j in ctx.trig_idx or normalize(prev.text) in _COMP:
            break
        key = normalize(prev.text).rstrip("ـ")
        if key.startswith("و") and key[1:] in _PREPS:
            key = key[1:]
        if prev.text.endswith("علي") and j == ti - 1 and c.type == "PER":
            break  # علي عبد الله صالح: the first name, not the preposition على spelled with ya
        if key in _PREPS:
            if j > 0 and lexicon.word_in(ctx.tokens[j - 1].text, _BELONG):
                return None  # أوقفت 320 شخصا من المنتمين إلى داعش: the group the arrested belong to is the object
            if key == _FROM and j > 0 and (lexicon.word_in(ctx.tokens[j - 1].text, _PARTITIVE | _COUNTS)
                                           or ctx.tokens[j - 1].text.isdigit()):
                return None  # العديد من الحوثيين: the counted ones are the object
            return key
        if key in ("ب", "ل", "ك"):
            return key
        if all(ch in QUOTE_MARKS for ch in prev.text):
            continue
        pro = "".join(w.text for w in prev.words if w.kind == "proclitic")
        for ch in reversed(normalize(pro)):
            if ch in _CLITIC_PREPS:
                if ch == "ل" and j > 0 and lexicon.word_in(ctx.tokens[j - 1].text, _HOLDERS):
                    return _token_marker(ctx, j - 1)  # أهدافا لتنظيم داعش, في تجمع للأكراد: the holder's marker
                if ch == "ل" and j > 1:
                    owner = _owner_marker(ctx, j)
                    if owner != "":
                        return owner  # أهدافا تابعة لتنظيم داعش
                if ch == "ب" and any(rest in _PLACES for _, rest in lexicon.strip_proclitics(normalize(prev.text))):
                    return normalize("في")  # بمنطقة مكة: a place, not a participant marked by ب
                return _CLITIC_PREPS[ch]
        ci = bisect.bisect_right(ctx.cand_starts, prev.start)
        inside = [c2 for c2 in ctx.cands[max(0, ci - 8):ci] if c2.start <= prev.start < c2.end]
        if inside and all(c2.kind == "adjective" for c2 in inside):
            counted -= 1  # الرئيس اليمني السابق X: a country adjective in a title is passed over
            continue
        if inside:
            break
    return None


def _wants(trigger, marker: str | None) -> bool:
    wanted = {normalize(m) for m in trigger.target}
    if marker is None:
        return "obj" in wanted
    return marker in wanted


TIME_ASIDE = 4  # words of a time expression set off by commas inside a clause (ضربت، أمس الجمعة، أهدافا)


def _time_aside(toks: list[Token], j: int, sent: tuple[int, int]) -> int | None:
    """When the comma at token ``j`` opens a time aside closed by another comma (``، أمس الجمعة،``), the index of
    the closing comma; else None."""
    for k in range(j + 1, min(len(toks), j + 2 + TIME_ASIDE)):
        if toks[k].end > sent[1]:
            return None
        if toks[k].text in (",", "،"):
            return k if k > j + 1 else None
        if not lexicon.word_in(toks[k].text, _TIME_WORDS):
            return None
    return None


def _clause(ctx: _Ctx, ti: int, sent: tuple[int, int], window: int) -> tuple[int, int]:
    """Character bounds of the clause around token ``ti`` inside sentence ``sent``."""
    toks = ctx.tokens
    left = toks[ti].start
    j = ti - 1
    while j >= 0 and toks[j].start >= sent[0] and ti - j <= window and not _is_break(toks[j]):
        left = toks[j].start
        j -= 1
    right = toks[ti].end
    j = ti + 1
    while (j < len(toks) and toks[j].end <= sent[1] and j - ti <= window
           and not (j > ti + 1 and normalize(toks[j].text) in _COMP)):  # نفى X تقريرا قال إن فرنسا: another clause
        if _is_break(toks[j]):
            close = _time_aside(toks, j, sent) if toks[j].text in (",", "،") else None
            if close is None:
                break
            j = close + 1  # ضربت، أمس الجمعة، أهدافا: a time aside does not end the clause
            continue
        right = toks[j].end
        j += 1
    return left, right


def _gap(ctx: _Ctx, a_end: int, b_start: int, limit: int = 1_000_000, titles: bool = True) -> int:
    """Words between offset ``a_end`` and ``b_start`` (skip words, and title words when ``titles`` is False, not
    counted); counting stops past ``limit``."""
    n = 0
    toks = ctx.tokens
    i = _token_at(toks, a_end)
    while i < len(toks):
        t = toks[i]
        if t.start >= b_start:
            break
        key = normalize(t.text)
        if t.start >= a_end and key not in _SKIP and (titles or key not in _TITLE_WORDS):
            n += 1
            if n > limit:
                break
        i += 1
    return n


def _prefer_name(ctx: _Ctx, c: Candidate, pool: list[Candidate]) -> Candidate:
    """A country adjective right before a named participant (``المستشارة الألمانية أنجيلا ميركل``) -> the name."""
    if c.kind != "adjective":
        return c
    for d in pool:
        if d.start < c.end:
            continue
        if _gap(ctx, c.end, d.start, limit=1) > 1:
            break  # the pool is in text order: every later one is further away
        if d.kind not in ("entity", "kb"):
            continue
        dt = ctx.tokens[_token_at(ctx.tokens, d.start)]
        if d.start > dt.start and any(ch in _CLITIC_PREPS for ch in normalize(ctx.text[dt.start:d.start])):
            break  # الوزير الألماني بالحكومة التركية: a participant with its own ب/ل is another argument
        lo, hi = _token_at(ctx.tokens, c.end), _token_at(ctx.tokens, d.start)
        between = [i for i in range(lo, hi + 1) if c.end <= ctx.tokens[i].start and ctx.tokens[i].end <= d.start]
        if not any(i in ctx.trig_idx or normalize(ctx.tokens[i].text) in _PREPS | _COMP or _is_break(ctx.tokens[i])
                   for i in between):
            return Candidate(d.start, d.end, d.text, d.entity, d.country or c.country, d.kind, d.name, d.type)
    return c


def _quote_of(quotes: tuple[Quote, ...], start: int, end: int) -> Quote | None:
    inside = [q for q in quotes if q.content and q.content.start <= start and end <= q.content.end]
    return min(inside, key=lambda q: q.content.end - q.content.start) if inside else None


def _speaker_arg(article: Article, q: Quote | None) -> EventArg | None:
    if q is None or q.speaker is None or q.speaker.type in ("anonymous", "unknown", "outlet"):
        return None
    sp = q.speaker
    ent = next((e for e in article.entities if e.id == sp.entity), None) if sp.entity else None
    if ent is None and (_bare_common_noun(sp.text, None) or not gazetteer.lookup_country(sp.text)):
        return None  # a speaker the article does not resolve to anyone known
    country = _entity_country(ent) if ent else gazetteer.lookup_country(sp.text)
    return EventArg(sp.text, sp.entity, country, sp.start, sp.end)


def _arg(ctx: _Ctx, c: Candidate | None) -> EventArg | None:
    if c is None:
        return None
    if c.kind == "anaphor" and c.entity is None:  # الكتلة standing for a KB name: report the name it stands for
        return EventArg(c.name or c.text, None, c.country)
    if c.kind == "kb" and c.name and normalize(c.text) != normalize(c.name):
        from marsad.events.gazetteer import kb_index

        if normalize(c.text) not in kb_index()[1]:
            return EventArg(c.name, None, c.country)
    start = c.start
    ti = _token_at(ctx.tokens, c.start)
    if ti > 0 and ctx.tokens[ti].start == c.start and normalize(ctx.tokens[ti - 1].text) in _NAME_HEADS \
            and ctx.text[ctx.tokens[ti - 1].end:c.start].isspace():
        start = ctx.tokens[ti - 1].start  # «ولاية سيناء»: the group, not the peninsula
    return EventArg(ctx.text[start:c.end], c.entity, c.country, start, c.end)


def _key(arg: EventArg | None) -> str:
    """What makes two participants the same for deduplication: the country, else the KB record (``داعش`` =
    ``تنظيم داعش``), else the entity, else the text."""
    if arg is None:
        return ""
    if arg.country:
        return arg.country
    entry = gazetteer.lookup(arg.text)
    return (entry.id if entry and entry.id else None) or arg.entity or normalize(arg.text)


def _same(a: EventArg, b: EventArg) -> bool:
    """The same participant: the same entity, else the same text (two actors of one country may still differ)."""
    if a.entity and b.entity:
        return a.entity == b.entity
    return normalize(a.text) == normalize(b.text) or (a.start is not None and a.start == b.start)


def _date(article: Article, sent: tuple[int, int], trig: Span) -> str | None:
    best = None
    for t in article.times:
        if t.type not in ("DATE", "TIME") or not t.value or not (sent[0] <= t.start and t.end <= sent[1]):
            continue
        value = t.value.split("T")[0]
        if not value[:4].isdigit():
            continue
        dist = abs((t.start + t.end) / 2 - (trig.start + trig.end) / 2)
        if best is None or dist < best[0]:
            best = (dist, value)
    return best[1] if best else article.published


NEEDS_WINDOW = 6  # words after a light verb in which its object noun is looked for (VSO puts the subject first)


def _following_idx(toks: list[Token], ti: int, n: int) -> list[int]:
    """The indices of the tokens after ``ti`` inside its clause, up to ``n`` words; quote marks and title words are
    passed over without being counted (``عقد الأمير محمد بن سلمان مع "كارتر" اجتماعا``)."""
    out, counted = [], 0
    for j in range(ti + 1, len(toks)):
        if counted >= n or _is_break(toks[j]):
            break
        out.append(j)
        if not (all(ch in QUOTE_MARKS for ch in toks[j].text) or normalize(toks[j].text) in _TITLE_WORDS):
            counted += 1
    return out


def _following(toks: list[Token], ti: int, n: int) -> list[str]:
    """The texts of up to ``n`` tokens after ``ti`` inside its clause (see ``_following_idx``)."""
    return [toks[j].text for j in _following_idx(toks, ti, n)]


def _charged_with(tokens: list[Token], ti: int, readings: dict, pro: str) -> bool:
    """True when the trigger at ``ti`` is the ب-complement of an accusation a few words before (``اتهم X بقتل Y``)."""
    marked = "ب" in pro or (ti > 0 and "ب" in normalize(
        "".join(w.text for w in tokens[ti - 1].words if w.kind == "proclitic")))
    if not marked:
        return False
    # (ندد ب / أدان: what is condemned is asserted; only the charge of an accusation, اتهم X ب, is not)
    return any(j in readings and readings[j][1].trigger.code == "ACCUSE"
               and "ب" not in readings[j][1].trigger.target for j in range(max(0, ti - 5), ti))


GOVERN_REACH = 4  # words between a trigger verb and the verbal noun it takes as object (تدين السعودية الهجوم)


def _governing_verb(tokens: list[Token], ti: int, readings: dict) -> int | None:
    """The index of a trigger verb a few words before the trigger at ``ti``, in its clause, whose object it is."""
    for j in range(ti - 1, max(-1, ti - 1 - GOVERN_REACH), -1):
        if _is_break(tokens[j]):
            return None
        if j in readings and readings[j][1].pos == "verb":
            return j
    return None


def _only_subject_between(ctx: _Ctx, a: int, b: int) -> bool:
    """Only participants, title and skip words between tokens ``a`` and ``b`` (a verb, its subject, its object)."""
    for t in ctx.tokens[a + 1:b]:
        key = normalize(t.text)
        if key in _SKIP or key in _TITLE_WORDS:
            continue
        i = bisect.bisect_right(ctx.cand_starts, t.start)
        if not any(c.start <= t.start < c.end for c in ctx.cands[max(0, i - 8):i]):
            return False
    return True


MODAL_REACH = 7  # words before a trigger searched for a modal word (participants, prepositions, one other word between)


def _hypothetical(ctx: _Ctx, ti: int, pos: str) -> str | None:
    """``"plan"`` when the trigger at ``ti`` is planned or intended, ``"other"`` when it is possible, feared or invited,
    None when it is reported as done."""
    toks = ctx.tokens
    unknown = 0
    for j in range(ti - 1, max(-1, ti - 1 - MODAL_REACH), -1):
        t = toks[j]
        if _is_break(t):
            break
        if lexicon.word_in(t.text, _HYPO):
            return "plan" if lexicon.word_in(t.text, _PLANS) else "other"
        if j == ti - 1 and lexicon.word_in(t.text, _MAY) and pos == "verb" and lexicon.is_present(toks[ti].text):
            return "other"
        key = normalize(t.text)
        if key in _SKIP or key in _PREPS or key in _TITLE_WORDS or j == ti - 1:
            continue
        if not _covered(ctx, t) and key not in gazetteer._descriptors():
            unknown += 1  # one other word may stand between (المؤامرة المزعومة من قبل داعش لاستهداف)
            if unknown > 1:
                break
    if pos == "noun":  # أن هجوما روسيا على فنلندا ممكن
        for t in toks[ti + 1:ti + 1 + 2 * MODAL_REACH]:
            if _is_break(t) or t.text in ("؟", "?"):
                break
            if lexicon.word_in(t.text, _POSSIBLE):
                return "other"
    return None


def _behind_holder(ctx: _Ctx, c: Candidate) -> bool:
    """True when ``c`` is the owner of a holder noun (مواقع لتنظيم داعش, أهدافا لداعش): an object, never a subject."""
    i = _token_at(ctx.tokens, c.start)
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        if lexicon.word_in(ctx.tokens[j].text, _HOLDERS):
            return True
        if not normalize(ctx.tokens[j].text).startswith("ل"):
            return False
    return False


def _covered(ctx: _Ctx, t: Token) -> bool:
    i = bisect.bisect_right(ctx.cand_starts, t.start)
    return any(c.start <= t.start < c.end for c in ctx.cands[max(0, i - 8):i])


def _asyndetic(ctx: _Ctx, ti: int, readings: dict) -> bool:
    """True when the verb at ``ti`` is a relative clause without a relative pronoun on the indefinite noun before it
    (``هجمات تستهدف قوات الأمن``, ``ضربة جوية استهدفت مواقع``, ``ثمانية متطرفين بايعوا داعش``): its subject is that
    noun, not the participant after the verb."""
    toks = ctx.tokens
    if ti < 2:
        return False
    prev = toks[ti - 1]
    if _is_break(prev) or _covered(ctx, prev) or normalize(prev.text).startswith(("ال", "وال")):
        return False
    if ti - 1 in readings and readings[ti - 1][1].pos == "noun":
        return True
    before = toks[ti - 2]
    if ti - 2 in readings and readings[ti - 2][1].pos == "noun" and not readings[ti - 2][1].definite \
            and not _covered(ctx, before):
        return True  # ضربة جوية استهدفت
    return before.text.isdigit() or lexicon.word_in(before.text, _COUNTS)


def _pick_reading(ctx: _Ctx, ti: int, pro: str, forms):
    """The reading of the trigger token that fits its context (light-verb objects present, noun after ال or a
    preposition)."""
    toks = ctx.tokens
    prev = normalize(toks[ti - 1].text) if ti > 0 else ""
    nxt = _following(toks, ti, NEEDS_WINDOW)
    ok = []
    prv = [toks[j].text for j in range(max(0, ti - 4), ti)]  # العملية الإرهابية التي نفذتها
    for f in forms:
        if f.trigger.unless and any(lexicon.follows(w, f.trigger.unless) for w in nxt[:3]):
            continue
        if f.trigger.needs and not any(lexicon.follows(w, f.trigger.needs) for w in nxt):
            # a resumptive pronoun on the verb points back at its object: مؤتمر صحفي عقده مع
            if not (f.pos == "verb" and f.suffix and any(lexicon.follows(w, f.trigger.needs) for w in prv)):
                continue
        ok.append(f)
    if not ok:
        return None
    verbs = [f for f in ok if f.pos == "verb"]
    nouns = [f for f in ok if f.pos == "noun"]
    if nouns and (any(f.definite for f in nouns) or any(ch in pro for ch in "بلك") or prev in _PREPS):
        return nouns[0]
    if not nouns and prev in _PREPS and not pro:
        return None  # في قاطع عمليات الأنبار: a verb never follows a preposition, the word is a noun here
    if nouns and verbs and verbs[0].suffix and nxt and (
            normalize(nxt[0]).startswith("ل")
            or normalize(nxt[0]) in {normalize(m) for m in nouns[0].trigger.target if m != "obj"}):
        return nouns[0]  # دعمه لكفاح تركيا, قصفها على: a noun with its possessor, then its marked target
    return verbs[0] if verbs else nouns[0]


def _coordinated(ctx: _Ctx, before: list[Candidate]) -> tuple[Candidate, Candidate] | None:
    """``X وY`` right before a dual/plural verb (``ميركل وداود أوغلو اتفقا``, ``الجانبين المصري والروسي``)."""
    if len(before) < 2:
        return None
    second, first = before[0], before[1]
    ti = _token_at(ctx.tokens, second.start)
    tok = ctx.tokens[ti]
    joined = normalize(ctx.text[tok.start:second.start]).startswith("و") or normalize(tok.text).startswith("و")
    if joined and _gap(ctx, first.end, second.start) <= 1:
        return first, second
    return None


def _starts_with_and(tok: Token) -> bool:
    if tok.words:
        return tok.words[0].kind == "proclitic" and normalize(tok.words[0].text) == "و" and len(tok.words) > 1
    return False


def _conjuncts(ctx: _Ctx, c: Candidate, limit: int) -> list[Candidate]:
    """Participants coordinated after ``c`` (``من لافروف، ووزير الخارجية الأمريكي جون كيري``), up to ``limit``."""
    out: list[Candidate] = []
    cur = c
    while True:
        ti = _token_at(ctx.tokens, cur.end - 1) + 1
        if ti < len(ctx.tokens) and ctx.tokens[ti].text == "(":  # X (الرابط بين ...) وY: an aside is passed over
            close = next((j for j in range(ti + 1, min(len(ctx.tokens), ti + 15)) if ctx.tokens[j].text == ")"), None)
            if close is not None:
                ti = close + 1
        if ti < len(ctx.tokens) and ctx.tokens[ti].text in (",", "،"):
            ti += 1
        if ti >= len(ctx.tokens) or not _starts_with_and(ctx.tokens[ti]) or ctx.tokens[ti].start >= limit:
            return out
        nxt = next((d for d in ctx.cands if d.start >= ctx.tokens[ti].start and d.end <= limit), None)
        if nxt is None or _gap(ctx, ctx.tokens[ti].start, nxt.start) > 2:
            return out
        between = ctx.tokens[ti + 1:_token_at(ctx.tokens, nxt.start)]
        if any(normalize(t.text) in _PREPS or _is_break(t) for t in between):
            return out
        nxt = _prefer_name(ctx, nxt, ctx.cands)
        out.append(nxt)
        cur = nxt


def _adjective_word(word: str) -> bool:
    """A definite country adjective (``العراقي``, ``الألمانية``)."""
    key = normalize(word)
    return key.startswith("ال") and any(e.kind == "adjective" and w == (key,)
                                        for w, e in gazetteer.kb_index()[0].get(key, ()))


def _only_titles_between(ctx: _Ctx, a: int, b: int, descriptor: bool = False, adjectives: bool = False) -> bool:
    """Only title words between offsets ``a`` and ``b`` (``دوستم نائب الرئيس الأفغاني``: the subject's own title);
    with ``descriptor``, title words ending in a place descriptor (``أمير منطقة عسير``); with ``adjectives``,
    country adjectives count as title words (``رئيس مجلس النواب العراقي سليم الجبوري``)."""
    toks = [t for t in ctx.tokens[_token_at(ctx.tokens, a):_token_at(ctx.tokens, b) + 1] if a <= t.start and t.end <= b]
    if not toks:
        return False
    if descriptor:
        return (normalize(toks[-1].text) in gazetteer._descriptors()
                and all(normalize(t.text) in _TITLE_WORDS for t in toks[:-1]) and len(toks) >= 2)
    return all(normalize(t.text) in _TITLE_WORDS or (adjectives and _adjective_word(t.text)) for t in toks)


APPOSITION_REACH = 12  # words of a subject's title chain before the comma that closes it


def _apposition_comma(ctx: _Ctx, pos: int, sent: tuple[int, int]) -> int | None:
    """The index of a comma that closes the subject's apposition (titles, country adjectives, names) ending at
    offset ``pos``, when the clause goes on after it (``ناقش الأمير X ولي العهد وزير الدفاع، مع وزير الدفاع
    الأمريكي``); None when the comma opens another clause (a conjunction, a relative pronoun, a trigger)."""
    toks = ctx.tokens
    k = _token_at(toks, pos)
    if k < len(toks) and toks[k].start < pos:
        k += 1
    unknown = 0
    for j in range(k, min(len(toks) - 1, k + APPOSITION_REACH)):
        t = toks[j]
        if t.start >= sent[1]:
            return None
        if t.text in (",", "،"):
            nxt = toks[j + 1]
            if (nxt.start >= sent[1] or j + 1 in ctx.trig_idx or _is_break(nxt) or _starts_with_and(nxt)
                    or normalize(nxt.text) in _COMP or normalize(nxt.text)[:1] == "و"):
                return None
            return j
        if _is_break(t) or j in ctx.trig_idx:
            return None
        key = normalize(t.text)
        rest = key[1:] if key[:1] == "ل" else key
        if key in _TITLE_WORDS or rest in _TITLE_WORDS or _covered(ctx, t) or _adjective_word(t.text):
            continue
        unknown += 1
        if unknown > 2:
            return None
    return None


TITLE_CHAIN = 3  # words back from a participant over which the title it is the genitive of is looked for


def _title_genitive(ctx: _Ctx, ai: int) -> bool:
    """True when the participant at token ``ai`` is the genitive of a title (``رئيس مجلس النواب``, ``وكيل إمارة
    منطقة الباحة``): a person named right after is the title holder, an apposition."""
    for j in range(ai - 1, max(-1, ai - 1 - TITLE_CHAIN), -1):
        key = normalize(ctx.tokens[j].text)
        if key in _TITLE_WORDS:
            return True
        rest = key[1:] if key[:1] == "ل" else key
        if not (key in gazetteer._descriptors() or key in _ORG_HEADS or rest in _TITLE_WORDS
                or key in _GENITIVE_HEADS):
            return False
    return False


def _subject_before_comma(ctx: _Ctx, ti: int, sent: tuple[int, int]) -> Candidate | None:
    """The participant right before a comma that right precedes the verb at ``ti`` (a plural verb's subject)."""
    j = ti - 1
    if j < 1 or ctx.tokens[j].text not in (",", "،"):
        return None
    comma = ctx.tokens[j]
    c = next((c for c in reversed(ctx.cands) if c.end <= comma.start and c.start >= sent[0]), None)
    if c is None or _gap(ctx, c.end, comma.start) > 0 or _marker(ctx, c) is not None:
        return None
    return c


def _agent(ctx: _Ctx, ti: int, limit: int, pool: list[Candidate]) -> Candidate | None:
    """The participant after ``من قبل`` / ``من جانب`` / ``على يد`` following token ``ti`` (a passive's agent)."""
    toks = ctx.tokens
    for j in range(ti + 1, min(len(toks) - 1, ti + 12)):
        if toks[j].start >= limit or _is_break(toks[j]):
            break
        for marker in _AGENTS:
            if all(j + k < len(toks) and lexicon.word_in(toks[j + k].text, {marker[k]}) for k in range(len(marker))):
                after = toks[j + len(marker) - 1].end
                cand = next((c for c in pool if c.start >= after), None)
                return _prefer_name(ctx, cand, pool) if cand else None
    return None


def _undergoer(ctx: _Ctx, ti: int, sent, before_unmarked: list[Candidate], after: list[Candidate]):
    """The subject of واجه/تعرض before the noun at ``ti``: VSO right after the verb, else the one before it."""
    verb_i = next((j for j in range(ti - 1, max(-1, ti - 6), -1)
                   if lexicon.word_in(ctx.tokens[j].text, _UNDERGO)), None)
    if verb_i is None:
        return None
    verb = ctx.tokens[verb_i]
    inside = [c for c in ctx.cands if verb.end <= c.start and c.end <= ctx.tokens[ti].start]
    if inside:
        return _prefer_name(ctx, inside[0], ctx.cands)
    subject = next((c for c in reversed(ctx.cands) if sent[0] <= c.start and c.end <= verb.start
                    and _marker(ctx, c) is None), None)
    # الموقع الذي يحاصره الثوار منذ يومين تعرض لغارات: a participant far before the verb is not its subject
    return subject if subject is not None and _gap(ctx, subject.end, verb.start) <= 1 else None


RECIPROCAL_REACH = 16  # words before a trigger in which its verb of reciprocity is looked for


def _reciprocal_sides(ctx: _Ctx, ti: int, sent: tuple[int, int]) -> tuple[Candidate, Candidate] | None:
    """The two sides of a trigger governed by a verb of reciprocity (``تبادلت X وY الاتهامات``, ``تبادل لإطلاق النار
    بين X وY``), or None: the sides after بين, else the coordinated subject after the verb, else the pair before it."""
    toks = ctx.tokens
    rj = None
    for j in range(ti - 1, max(-1, ti - RECIPROCAL_REACH), -1):
        if toks[j].start < sent[0] or j in ctx.trig_idx or normalize(toks[j].text) in _OPENERS:
            return None  # تبادلا وجهات النظر، واتفقا على دعم اليمن: another event in between
        if lexicon.word_in(toks[j].text, _RECIPROCAL):
            rj = j
            break
    if rj is None:
        return None
    between = normalize(BETWEEN)
    in_sent = [c for c in ctx.cands if sent[0] <= c.start and c.end <= sent[1] and c.kind != "adjective"]
    bt = next((t for t in toks[ti + 1:ti + 6] if t.end <= sent[1] and normalize(t.text) == between), None)
    if bt is not None:
        first = next((c for c in in_sent if c.start >= bt.end and _gap(ctx, bt.end, c.start) <= 2), None)
        if first is not None:
            co = _conjuncts(ctx, first, sent[1])
            if co:
                return _prefer_name(ctx, first, ctx.cands), co[0]
    verb = toks[rj]
    first = next((c for c in in_sent if c.start >= verb.end and c.end <= toks[ti].start
                  and _marker(ctx, c) is None and _gap(ctx, verb.end, c.start) <= 2), None)
    if first is not None:
        co = _conjuncts(ctx, first, toks[ti].start)
        if co:
            return _prefer_name(ctx, first, ctx.cands), co[0]
    before = [c for c in reversed(in_sent) if c.end <= verb.start and _marker(ctx, c) is None]
    pair = _coordinated(ctx, before) if before and _gap(ctx, before[0].end, verb.start) == 0 else None
    return pair


def _arguments(ctx: _Ctx, ti: int, form, sent: tuple[int, int], opts: dict, skip: tuple[int, int] | None = None):
    """(actor, target) candidates of the trigger at token ``ti`` by Arabic word order (see the module docstring)."""
    tok = ctx.tokens[ti]
    trig = form.trigger
    window = int(opts["window"])
    left, right = _clause(ctx, ti, sent, window)
    _, far_right = _clause(ctx, ti, sent, window * 2)
    starts = ctx.cand_starts
    lo, hi = bisect.bisect_left(starts, tok.end), bisect.bisect_right(starts, far_right)
    after_far = [c for c in ctx.cands[lo:hi] if c.end <= far_right]
    after = [c for c in after_far if c.end <= right]
    blo, bhi = bisect.bisect_left(starts, left), bisect.bisect_left(starts, tok.start)
    before = [c for c in reversed(ctx.cands[blo:bhi]) if c.end <= tok.start
              and not (skip and c.start < skip[1] and skip[0] < c.end)]
    before_unmarked = [c for c in before if _marker(ctx, c) is None]
    if form.pos == "verb":  # اللاجئون من أبناء مخيم درعا فروا: the place named after a place noun is no subject
        before_unmarked = [c for c in before_unmarked if not _after_place_noun(ctx, c)]
    attribute_subject = False
    # an indefinite nationality adjective is an attribute (كيشيدا أول زعيم ياباني يحضر): a named participant
    # before it in the clause is the subject
    nearest = before_unmarked[0] if before_unmarked else None
    if nearest is not None and nearest.kind == "adjective" and not normalize(nearest.text).startswith("ال"):
        named = next((c for c in before_unmarked[1:] if c.kind in ("entity", "kb")), None)
        if named is not None:
            attribute_subject = _gap(ctx, before_unmarked[0].end, tok.start) == 0
            before_unmarked = [named] + [c for c in before_unmarked if c is not named]
    # a relative clause: the participant before الذي/التي is the subject (ميركل التي دعت)
    lt = _token_at(ctx.tokens, left) - 1
    relative = False
    # (a verb with an object pronoun points back at the antecedent as its object: القاعدة التي استردها الثوار)
    if not before_unmarked and 0 <= lt < ti and normalize(ctx.tokens[lt].text) in _REL \
            and not (form.pos == "verb" and form.suffix and lt == ti - 1):
        ante = [c for c in reversed(ctx.cands) if c.end <= ctx.tokens[lt].start and c.start >= sent[0]
                and _gap(ctx, c.end, ctx.tokens[lt].start) <= 1]
        before_unmarked = ante[:1]
        relative = bool(ante) and lt == ti - 1

    def marked_target(pool, after_pos: int):
        return next((c for c in pool if c.start >= after_pos and _marker(ctx, c) is not None
                     and _wants(trig, _marker(ctx, c))), None)

    if trig.speaker_actor:  # قال X إن الناتو يجب أن / إنه يجب على إيران: the one who must act is the target
        near = before_unmarked[0] if before_unmarked and _gap(ctx, before_unmarked[0].end, tok.start) <= 1 else None
        return None, near or marked_target(after, tok.end)

    if trig.participle:  # وأكد الوزير ...، مطالبا إيران بوقف: the object follows, the doer is the sentence's subject
        target_c = next((c for c in after if _wants(trig, _marker(ctx, c)) and c.kind != "pronoun"
                         and _gap(ctx, tok.end, c.start, titles=False) <= 2), None)
        if skip is not None:  # inside a quote: its speaker (find_events)
            return None, target_c
        subject = next((c for c in ctx.cands if sent[0] <= c.start and c.end <= tok.start
                        and _marker(ctx, c) is None and c is not target_c), None)
        return (_prefer_name(ctx, subject, ctx.cands) if subject else None), target_c

    # a symmetric event between two sides: جرى اتصال هاتفي بين X وY
    two_sided = form.pos == "noun" and any(normalize(m) == normalize("مع") for m in trig.target)
    if trig.code in SYMMETRIC or two_sided:  # اشتباكات بين داعش من طرف وقوات النظام من طرف آخر
        between = normalize(BETWEEN)
        bt = None
        for t in ctx.tokens[ti + 1:ti + 5]:
            if normalize(t.text) == between:
                bt = t
                break
            key = normalize(t.text)
            if key.startswith("ال") and key not in _SKIP:
                break  # بين belongs to a noun between (استعراض العلاقات بين X وY), not to the trigger
        if bt is not None:
            bi = _token_at(ctx.tokens, bt.start)
            # the second side starts at the first word with و after بين: الكويتي وزير ... الصباح ووزير ... لافروف
            # بين X والمسلحين الموالين لها من جهة، والمعارضة من جهة أخرى: the second side follows "من جهة"
            side_end = next((k for k in range(bi + 2, min(len(ctx.tokens), bi + 20))
                             if normalize(ctx.tokens[k].text) in _SIDE_WORDS
                             and normalize(ctx.tokens[k - 1].text) == _FROM), bi)
            wa = next((t for t in ctx.tokens[max(bi + 2, side_end + 1):bi + 24] if _starts_with_and(t)
                       and t.end <= max(far_right, sent[1] if side_end > bi else 0)), None)
            if wa is not None:
                first_side = [c for c in after_far if bt.end <= c.start and c.end <= wa.start]
                pool2 = after_far if side_end == bi else [c for c in ctx.cands
                                                          if tok.end <= c.start and c.end <= sent[1]]
                second = next((c for c in pool2 if c.start >= wa.start), None)
                if second is not None and (_gap(ctx, wa.end, second.start, limit=4, titles=False) > 3 or any(
                        normalize(t.text) in _PREPS for t in ctx.tokens[_token_at(ctx.tokens, wa.end):
                                                                         _token_at(ctx.tokens, second.start)])):
                    second = None  # كيري ونظرائه الخليجيين في الدوحة: the second side is no known participant
                if first_side and second is not None:
                    return (first_side[0] if side_end > bi else first_side[-1]), _prefer_name(ctx, second, pool2)
            # بين names both sides; when one is no known participant, no other one stands in for it
            side = next((c for c in after_far if c.start >= bt.end), None)
            return side, None

    # a light verb's object noun (يحضر قمة الناتو): a participant right after it is the target
    obj_tok = None
    if trig.needs:
        obj_tok = next((ctx.tokens[j] for j in _following_idx(ctx.tokens, ti, NEEDS_WINDOW)
                        if lexicon.follows(ctx.tokens[j].text, trig.needs)), None)
    obj_gen = None
    if obj_tok is not None:
        obj_gen = next((c for c in after_far if c.start >= obj_tok.end and c.kind != "adjective"
                        and _gap(ctx, obj_tok.end, c.start) == 0 and _marker(ctx, c) is None), None)
    if obj_gen is not None:
        after = [c for c in after if c.end <= obj_tok.start]

    actor_c = target_c = None
    if form.pos == "verb":
        first = after[0] if after else None
        # SVO: a participant right before the verb (``إن تركيا طلبت``) is its subject
        svo = bool(before_unmarked) and (_gap(ctx, before_unmarked[0].end, tok.start) == 0 or attribute_subject)
        if trig.needs and obj_tok is None and form.suffix:  # مؤتمر صحفي عقده مع: the subject came before
            svo = bool(before_unmarked)
        if (first is not None and form.number == "s" and _marker(ctx, first) is None and not relative and not svo
                and not _behind_holder(ctx, first)
                and _gap(ctx, tok.end, first.start, titles=False) <= int(opts["subject_gap"])):
            actor_c = _prefer_name(ctx, first, after)
            pos = actor_c.end
            co_actors = _conjuncts(ctx, actor_c, right)
            for co in co_actors:  # رفضت فرنسا وبريطانيا: co-actors are no target
                pos = max(pos, co.end)
            if trig.code in SYMMETRIC and co_actors and not any(
                    c.start >= pos and _marker(ctx, c) is not None and _wants(trig, _marker(ctx, c))
                    for c in after_far):
                return actor_c, co_actors[0]  # وقعت السعودية وفرنسا اتفاقية: the two sides
        else:
            pair = _coordinated(ctx, before_unmarked) if form.number == "p" else None
            if pair is not None and not any(_marker(ctx, c) is not None and _wants(trig, _marker(ctx, c))
                                            for c in after):
                return pair
            actor_c = before_unmarked[0] if before_unmarked else None
            if actor_c is None and form.number == "p":  # متشددي تنظيم داعش، نفذوا: a subject before a comma
                actor_c = _subject_before_comma(ctx, ti, sent)
            pos = tok.end
        if trig.actor_from:  # تلقى شكري اتصالا من لافروف: the subject is the target
            prep = normalize(trig.actor_from)
            at = next((t.start for t in ctx.tokens[ti + 1:] if t.start >= pos and t.end <= far_right
                       and normalize(t.text) == prep), None)
            source = next((c for c in after_far if at is not None and c.start > at), None)
            return source, actor_c
        if obj_gen is not None:
            return actor_c, obj_gen
        if actor_c is not None and actor_c.start > tok.end:  # VSO: the object's window starts after the subject
            _, right_obj = _clause(ctx, _token_at(ctx.tokens, max(pos - 1, tok.end)), sent, window)
            comma = _apposition_comma(ctx, pos, sent)
            if comma is not None:  # طالب الرئيس الأفغاني أشرف عبد الغني، البلد الجار باكستان بالتصدي
                _, right_obj = _clause(ctx, comma + 1, sent, window)
            after = after + [c for c in ctx.cands if right < c.end <= right_obj and c.start >= pos
                             and (_marker(ctx, c) is not None or _gap(ctx, pos, c.start, limit=6, titles=False) <= 5)]
        own_title = [c for c in after if c.start >= pos and (
            (c.kind == "adjective" and _only_titles_between(ctx, pos, c.start))
            or _only_titles_between(ctx, pos, c.start, descriptor=True))]
        ai = _token_at(ctx.tokens, actor_c.start) if actor_c is not None else 0
        if actor_c is not None and actor_c.start > tok.end and ai > 0 and _title_genitive(ctx, ai):
            # apposition: the subject is a title's genitive and the name follows (الأمين العام لمجلس التعاون الدكتور
            # الزياني, وزير خارجية كوبا برونو رودريغيز): the name is no target
            for c in after:
                if c.start < pos or c.type != "PER" or actor_c.type == "PER":
                    continue
                if _only_titles_between(ctx, pos, c.start, adjectives=True) or _gap(ctx, pos, c.start, limit=1) == 0:
                    own_title.append(c)
                    pos = c.end
                break
        if ti + 1 < len(ctx.tokens) and _resumptive(ctx.tokens[ti + 1].text, trig):
            return actor_c, None  # المدينة التي يسيطر عليها الحوثيون: the target is the antecedent, named before
        target_c = next((c for c in after if c.start >= pos and c not in own_title and _wants(trig, _marker(ctx, c))),
                        None)
        if target_c is None:
            target_c = marked_target(after_far, pos)
        return actor_c, target_c
    if trig.actor_from:  # تدخل المملكة كان بناء على طلب من هادي: من marks the actor, the target came before
        prep = normalize(trig.actor_from)
        at = next((t.start for t in ctx.tokens[ti + 1:ti + 3] if normalize(t.text) == prep), None)
        if at is None:
            return None, None  # الطلب على النفط: without من the noun is no request
        source = next((c for c in after if c.start > at), None)
        pair = _coordinated(ctx, before_unmarked)
        return source, (pair[0] if pair else (before_unmarked[0] if before_unmarked else None))
    if form.suffix and ti + 2 < len(ctx.tokens) and any(
            all(lexicon.word_in(ctx.tokens[ti + 1 + k].text, {m[k]}) for k in range(len(m))) for m in _AGENTS):
        # اتهامه من قبل أردوغان بتنفيذ التفجير: the agent after من قبل acts on the one the pronoun points back to
        agent = _agent(ctx, ti, far_right, after_far)
        owner = next((c for c in reversed(ctx.cands) if sent[0] <= c.start and c.end <= tok.start
                      and _marker(ctx, c) is None and c.kind != "adjective"), None)
        return agent, owner
    effort = _effort_owner(ctx, ti, pro_l=normalize(tok.text)[:1] == "ل" or normalize(tok.text)[:2] in ("ول", "فل"))
    if effort is not None:  # جهود تركيا لقتال الدولة الإسلامية: the one whose effort it is acts
        first = next((c for c in after if c.start >= tok.end), None)
        gen = first if (first is not None and _marker(ctx, first) is None and c_gap_ok(ctx, tok.end, first)) else None
        return effort, marked_target(after, tok.end) or gen
    aux = _auxiliary_actor(ctx, ti, sent)
    if aux is not None:  # تمكنت القوات من طرد التنظيم, قام داعش بقصف, يقف داعش وراء الهجوم: the helper's subject acts
        first = next((c for c in after if c.start >= tok.end), None)
        gen = first if (first is not None and _marker(ctx, first) is None and c_gap_ok(ctx, tok.end, first)) else None
        return aux, marked_target(after, tok.end) or gen or marked_target(after_far, tok.end)
    # passive (تم اعتقال X من قبل Y) and undergoing (واجه X اتهامات من قبل Y; تعرضت X لهجوم) nouns
    prev_words = [ctx.tokens[j].text for j in range(max(0, ti - 5), ti)]
    undergo = any(lexicon.word_in(w, _UNDERGO) for w in prev_words)
    if undergo or (prev_words and lexicon.word_in(prev_words[-1], _PASSIVE)):
        agent = _agent(ctx, ti, far_right, after_far)
        if agent is None and undergo:
            # تلقى الحوثيون ضربات نوعية من الجيش, تعرضت لهجوم مضاد من القوات الحكومية: a plain من marks who hits
            reach = 5 if any(lexicon.word_in(w, _RECEIVE) for w in prev_words) else 3
            at = next((t for t in ctx.tokens[ti + 1:ti + reach] if t.end <= far_right and normalize(t.text) == _FROM),
                      None)
            agent = next((c for c in after_far if at is not None and c.start >= at.end
                          and _gap(ctx, at.end, c.start) <= 1), None)
        if undergo:
            subject = _undergoer(ctx, ti, sent, before_unmarked, after)
            return agent, subject
        patient = after[0] if after and _marker(ctx, after[0]) is None and _gap(ctx, tok.end, after[0].start) <= 1 \
            else None
        return agent, patient
    first = after[0] if after else None
    gen = None
    if (first is not None and not form.suffix and _marker(ctx, first) is None
            and _gap(ctx, tok.end, first.start) <= 1
            and not _starts_with_and(ctx.tokens[_token_at(ctx.tokens, first.start)])):  # شارك في القتال ومحمد: no idafa
        gen = first
    if gen is not None and trig.genitive == "object":  # افتتاح قناة السويس: the thing opened is no participant
        after = [c for c in after if c.start >= gen.end]
        after_far = [c for c in after_far if c.start >= gen.end]
        gen = None
    if gen is not None and trig.genitive == "target":
        gi = _token_at(ctx.tokens, gen.end - 1) + 1
        if gi < len(ctx.tokens) and _token_marker(ctx, gi) == "ل" and gen.kind != "adjective":
            # احتلال إسرائيل لأرضه, استقبال الملك لوزير الخارجية: with its object after ل the genitive is the doer
            gt = ctx.tokens[gi]
            obj = next((c for c in after if c.start >= gt.start and _marker(ctx, c) == "ل"
                        and _gap(ctx, gt.start, c.start, titles=False) <= 1), None)
            return _prefer_name(ctx, gen, after), obj or marked_target(after, gen.end)
    if gen is not None:
        marked = marked_target(after, gen.end) or marked_target(after_far, gen.end)
        # a definite country adjective agrees with the noun (الهجمات التركية: Turkey attacks); an indefinite one is
        # a genitive like any other (إعدام كرواتي: a Croatian executed)
        attribute = gen.kind == "adjective" and normalize(gen.text).startswith("ال")
        if marked is not None or attribute or trig.genitive == "actor":
            return _prefer_name(ctx, gen, after), marked
        agent = next((c for c in before if _marker(ctx, c) not in _LOCATIVE), None)
        return agent, gen
    target_c = marked_target(after, tok.end) or marked_target(after_far, tok.end)
    if target_c is None and form.suffix:
        target_c = next((c for c in after if _marker(ctx, c) is None and _gap(ctx, tok.end, c.start) <= 1), None)
    actor_c = before_unmarked[0] if before_unmarked else None
    if actor_c is not None and len(before_unmarked) > 1:
        # أسرت المقاومة الإيرانيين خلال الاشتباكات مع X: the object of the verb before is not the noun's actor,
        # the verb's subject is
        vi = _token_at(ctx.tokens, actor_c.start) - 1
        subj = before_unmarked[1]
        if (vi in ctx.trig_idx and _token_at(ctx.tokens, subj.end - 1) == vi - 1
                and not _covered(ctx, ctx.tokens[vi])):
            actor_c = subj
    masculine = form.suffix and normalize(tok.text).endswith(("ه", "هم"))
    if masculine and actor_c is not None and actor_c.type != "PER":
        # زيارته: "his" points at a person (إردوغان سيزور إندونيسيا بعد انتهاء زيارته), not at the country before
        person = next((c for c in reversed(ctx.cands) if sent[0] <= c.start and c.end <= tok.start
                       and c.type == "PER" and _marker(ctx, c) is None), None)
        actor_c = person or actor_c
    if actor_c is None and form.suffix:  # زيارته: the possessor is the nearest subject before, past clause breaks
        actor_c = next((c for c in reversed(ctx.cands) if sent[0] <= c.start and c.end <= tok.start
                        and _marker(ctx, c) is None and c.kind != "adjective"), None)
    return actor_c, target_c


def c_gap_ok(ctx: _Ctx, end: int, c: Candidate) -> bool:
    """A genitive right after the noun (a holder word may stand between: قصف مواقع حزب العمال)."""
    if _gap(ctx, end, c.start) <= 1 or _behind_holder(ctx, c):
        return True
    # a counted object: قتل اثنين من رجال الشرطة التركية, اعتقال العديد من عناصر داعش
    between = [t for t in ctx.tokens[_token_at(ctx.tokens, end):_token_at(ctx.tokens, c.start)] if t.start >= end]
    return (2 <= len(between) <= 3 and (lexicon.word_in(between[0].text, _PARTITIVE | _COUNTS)
                                        or between[0].text.isdigit()) and normalize(between[1].text) == _FROM)


AGENT_AFTER_REACH = 4  # words after a verbal noun in which ``قام به X`` / ``نفذه X`` is looked for
_DID = {normalize(w) for w in ("قام", "قامت", "قاموا")}
_DID_IT = {normalize(w) for w in ("نفذه", "نفذته", "نفذها", "نفذوه", "ارتكبه", "ارتكبته", "ارتكبها", "تبناه",
                                  "تبنته", "تبناها")}
_AUX_LINKS = {normalize(w) for w in ("وراء", "خلف", "عن", "المسؤولية", "مسؤولية", "عناصر", "قوات", "رجال")}
AUX_REACH = 10  # words between a helper verb and the verbal noun it governs (its subject and titles between)


def _auxiliary_actor(ctx: _Ctx, ti: int, sent: tuple[int, int]) -> Candidate | None:
    """The subject of a helper verb that governs the verbal noun at ``ti`` (``تمكنت القوات من طرد``, ``قام داعش
    بقصف``, ``إقدام عناصر الحزب على قتل``, ``داعش يقف وراء الاعتداء``, ``أعلنت طالبان المسؤولية عن الهجوم``):
    the first unmarked participant after the helper, else the one right before it; None without a helper."""
    toks = ctx.tokens
    # after the noun: الاعتداء الذي قام به داعش, الهجوم الذي نفذه مسلحون
    for j in range(ti + 1, min(len(toks) - 1, ti + 1 + AGENT_AFTER_REACH)):
        t = toks[j]
        if t.end > sent[1] or (_is_break(t) and normalize(t.text) not in _REL):
            break
        did = lexicon.word_in(t.text, _DID) and normalize(toks[j + 1].text) in ("به", "بها")
        if did or lexicon.word_in(t.text, _DID_IT):
            k = j + 2 if did else j + 1
            agent = next((c for c in ctx.cands if c.start >= toks[min(k, len(toks) - 1)].start and c.end <= sent[1]
                          and c.kind != "adjective"), None)
            if agent is not None and _gap(ctx, toks[k - 1].end, agent.start) <= 1 and _marker(ctx, agent) is None:
                return _prefer_name(ctx, agent, ctx.cands)
            break
    for j in range(ti - 1, max(-1, ti - 1 - AUX_REACH), -1):
        t = toks[j]
        if t.start < sent[0] or _is_break(t) or (j in ctx.trig_idx and j != ti):
            return None
        if not lexicon.word_in(t.text, _AUX):
            key = normalize(t.text)
            if not (_covered(ctx, t) or key in _TITLE_WORDS or key in _PREPS or key in _AUX_LINKS
                    or all(ch in QUOTE_MARKS for ch in t.text)):
                return None  # تمكنوا من صد هجوم: the helper governs another noun
            continue
        inside = [c for c in ctx.cands if t.end <= c.start and c.end <= toks[ti].start and c.kind != "adjective"
                  and _marker(ctx, c) is None]
        if inside:
            return _prefer_name(ctx, inside[0], ctx.cands)
        before = next((c for c in reversed(ctx.cands) if sent[0] <= c.start and c.end <= t.start
                       and _marker(ctx, c) is None), None)
        if before is not None and _gap(ctx, before.end, t.start) == 0:
            return _prefer_name(ctx, before, ctx.cands)
        return None
    return None


def _effort_owner(ctx: _Ctx, ti: int, pro_l: bool) -> Candidate | None:
    """The participant owning an effort noun right before the purpose ل-noun at ``ti`` (``جهود تركيا لقتال``)."""
    if not pro_l or ti < 2:
        return None
    c = next((c for c in reversed(ctx.cands) if c.end <= ctx.tokens[ti].start), None)
    if c is None or _gap(ctx, c.end, ctx.tokens[ti].start) > 0:
        return None
    ci = _token_at(ctx.tokens, c.start)
    if ci > 0 and any(rest in _EFFORTS for _, rest in lexicon.strip_proclitics(normalize(ctx.tokens[ci - 1].text))):
        return c
    return None


DENIAL_REACH = 8  # words between a denial and the complementizer whose clause it denies


def _denied(ctx: _Ctx, ti: int, sent: tuple[int, int]) -> bool:
    """True when the trigger at ``ti`` is inside the clause after أن/بأن governed by a denial a few words before
    (``نفى X الاتهامات بأن``, ``ليس صحيحا أنه يتعين``)."""
    toks = ctx.tokens
    for j in range(ti - 1, max(-1, ti - 1 - DENIAL_REACH), -1):
        if toks[j].start < sent[0] or (_is_break(toks[j]) and toks[j].text not in (",", "،")):
            return False
        if normalize(toks[j].text) in _COMP:
            for k in range(j - 1, max(-1, j - 1 - 2 * DENIAL_REACH), -1):  # the denier's titles may stand between
                if toks[k].start < sent[0] or _is_break(toks[k]):
                    break
                if lexicon.word_in(toks[k].text, _DENIALS):
                    return True
            return False
    return False


def _after_place_noun(ctx: _Ctx, c: Candidate) -> bool:
    """True when ``c`` is the genitive of a place noun (``مخيم درعا``, ``مدينة عدن``; not ``ولاية سيناء``)."""
    ci = _token_at(ctx.tokens, c.start)
    if ci == 0 or ctx.tokens[ci].start != c.start:
        return False
    prev = normalize(ctx.tokens[ci - 1].text)
    rests = {rest for _, rest in lexicon.strip_proclitics(prev)} | {prev}
    return bool(rests & _PLACES) and not rests & _NAME_HEADS


def _between_after(ctx: _Ctx, ti: int) -> bool:
    """True when بين follows the noun at ``ti`` within two words (اشتباكات عنيفة بين)."""
    return any(normalize(t.text) == normalize(BETWEEN) for t in ctx.tokens[ti + 1:ti + 4])


def _options(options: dict) -> dict:
    """DEFAULTS overridden by ``options``; unknown names and bad values are coded errors, not tracebacks."""
    unknown = sorted(set(options) - set(DEFAULTS))
    if unknown:
        raise PipelineError(f"unknown events option(s): {', '.join(unknown)}",
                            f"choose from {', '.join(sorted(DEFAULTS))}")
    opts = {**DEFAULTS, **options}
    for name in ("window", "subject_gap"):
        if isinstance(opts[name], bool) or not isinstance(opts[name], int) or opts[name] < 1:
            raise PipelineError(f"events option {name}={opts[name]!r} is not a positive whole number",
                                f"for example {name}={DEFAULTS[name]}")
    if opts["require"] not in ("both", "any", "none"):
        raise PipelineError(f"events option require={opts['require']!r} is not one of both, any, none",
                            "require='both' reports events with an actor and a target")
    return opts


def find_events(article: Article, **options) -> list[Event]:
    """PLOVER events of ``article`` with actor, target, trigger span, date and the quote they are reported in."""
    opts = _options(options)
    if not isinstance(article.text, str):
        raise InputError("article text is not a string", "pass the article as text")
    text = article.text or ""
    if not text.strip():
        return []
    tokens = _tokens(article)
    if not tokens:
        return []
    cands = _candidates(article, tokens, bool(opts["use_kb"]))
    named = bytearray(len(text) + 1)  # characters inside a named participant
    for c in cands:
        if c.kind != "adjective":
            named[c.start:c.end] = b"\x01" * (c.end - c.start)

    # trigger tokens first (so argument markers do not look across another trigger)
    readings: dict[int, tuple] = {}
    consumed: set[int] = set()
    for ti, tok in enumerate(tokens):
        if ti in consumed:
            continue
        if normalize(tok.text) in _NOT:
            continue
        m = lexicon.match(tok.text)
        if m is None:
            continue
        if any(named[tok.start:tok.end]):
            continue  # a word inside a name (الحشد الشعبي, مجلس التعاون)
        pro, forms = m
        if ti > 0 and normalize(tokens[ti - 1].text) in _NEG:
            continue
        if ti > 0 and normalize(tokens[ti - 1].text) in _UNDO and tok.text.startswith("ال"):
            continue  # رفع العقوبات: undoing an event is not the event
        ctx0 = _Ctx(text, tokens, cands, set())
        reading = _pick_reading(ctx0, ti, pro, forms)
        if reading is None:
            continue
        if reading.pos == "noun" and ti - 1 in readings:
            continue  # a verbal noun governed by a trigger verb: رفض الموافقة
        if _charged_with(tokens, ti, readings, pro):
            continue  # اتهمه بقتل, اتهامات لبلاده بتقديم دعم: what someone is accused of is not asserted
        readings[ti] = (pro, reading)
        if reading.trigger.needs:
            for j in _following_idx(tokens, ti, NEEDS_WINDOW):
                if lexicon.follows(tokens[j].text, reading.trigger.needs):
                    consumed.add(j)
                    break
    ctx = _Ctx(text, tokens, cands, set(readings))
    # بلاده: the country of the nearest unmarked participant before it (not لداود أوغلو, an indirect object)
    pronouns = gazetteer.resolve_country_pronouns(text, tokens, cands, _sentences(article),
                                                  skip=lambda c: _marker(ctx, c) is not None)
    if pronouns:
        ctx.cands = sorted(cands + pronouns, key=lambda c: (c.start, -c.end))
        cands = ctx.cands

    events: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    sporty = [lexicon.word_in(t.text, _SPORTS) for t in tokens]
    sports_article = sum(sporty) >= SPORTS_ARTICLE
    starts = [t.start for t in tokens]
    for sent in _sentences(article):
        lo, hi = bisect.bisect_left(starts, sent[0]), bisect.bisect_left(starts, sent[1])
        if lo < len(tokens) and lexicon.word_in(tokens[lo].text, _TAGS):
            continue  # سمات أشرف عبد الغني افغانستان باكستان تفجير: a list of tags, no sentence
        n_sport = sum(sporty[lo:hi])
        if n_sport >= SPORTS_SENTENCE or (sports_article and n_sport):
            continue  # a match report: clubs meet, players attack, a team owes its win
        sent_actor: EventArg | None = None
        for ti in sorted(readings):
            tok = tokens[ti]
            if not (sent[0] <= tok.start < sent[1]):
                continue
            pro, form = readings[ti]
            trig = form.trigger
            stem_start = gazetteer._skip_prefix(text, tok.start, len(pro))
            trigger_span = Span.of(text, stem_start, tok.end)
            quote = _quote_of(article.quotes, trigger_span.start, trigger_span.end)
            # inside reported speech the speaker is not a participant found by position (وتابع بوروشنكو: «هل
            # الاعتداء على فنلندا ممكن؟»); first-person triggers take the speaker below
            speaker_span = (quote.speaker.start, quote.speaker.end) if quote and quote.speaker else None
            skip = speaker_span
            gov = _governing_verb(tokens, ti, readings)
            if (form.pos == "noun" and gov is not None and not form.suffix and not any(ch in pro for ch in "بلك")
                    and _only_subject_between(ctx, gov, ti)):
                # تدين السعودية الهجوم على السفارة: the condemner is not the attacker; the noun keeps only its own
                # genitive or adjective actor
                skip = (sent[0], tok.start)
            code = trig.code
            if _denied(ctx, ti, sent):
                continue  # نفى أردوغان الاتهامات بأن تركيا تساعد داعش: a denied claim is not reported as done
            modal = _hypothetical(ctx, ti, form.pos)
            if modal == "plan" and code in PLAN_CODES:
                code = "THREATEN"  # خطط داعش لاستهداف الملكة: a plot to use force is a threat
            elif modal is not None:
                continue  # قد تمنح, مخاوف من هجوم, دعوة إلى زيارة عدن: not reported as done
            actor_c, target_c = _arguments(ctx, ti, form, sent, opts, skip)
            if form.pos == "verb" and not trig.participle and _asyndetic(ctx, ti, readings):
                actor_c = None  # هجمات تستهدف قوات الأمن: the attacks' author is not named here
            mutual = _reciprocal_sides(ctx, ti, sent)
            if mutual is not None:
                actor_c, target_c = mutual
            elif (code == "ASSAULT" and form.pos == "noun" and actor_c is not None and target_c is not None
                  and _between_after(ctx, ti) and any(normalize(m) == normalize("مع") for m in trig.target)):
                mutual = (actor_c, target_c)  # اشتباكات بين X وY: each side fights the other
            if (target_c is not None and actor_c is not None and target_c.kind == "pronoun"
                    and target_c.country == actor_c.country):
                target_c = None  # اتهامات لبلاده: "his country" is the actor's own, no second participant
            actor_c = _prefer_name(ctx, actor_c, cands) if actor_c else None
            target_c = _prefer_name(ctx, target_c, cands) if target_c else None
            actors = [_arg(ctx, actor_c)] if actor_c else [None]
            if actor_c is not None and actor_c.start > tok.end:  # VSO / من-marked actor: X وY
                actors += [_arg(ctx, d) for d in _conjuncts(ctx, actor_c, sent[1])]
            if trig.speaker_actor:
                if quote is None:
                    continue
                actors = [_speaker_arg(article, quote)]
            elif actors == [None]:
                # the speaker acts when the trigger is in the first person (نرحب, رأينا) or carries a pronoun
                # pointing back at its subject (دعمه)
                # (a verb's suffix is its object: شنته, launched it, says nothing of who launched it)
                speaker = _speaker_arg(article, quote) if (form.number == "1" or (form.suffix and form.pos == "noun")
                                                            or trig.participle) else None
                actors = [speaker or (sent_actor if opts["sentence_actor"] else None)]
            targets = [_arg(ctx, target_c)] if target_c else [None]
            if target_c is not None and opts["split_targets"]:
                targets += [_arg(ctx, d) for d in _conjuncts(ctx, target_c, sent[1])]
            date = _date(article, sent, trigger_span)
            pairs = [(a, t) for a in actors for t in targets]
            if mutual is not None:  # each side does it to the other
                pairs.append((pairs[0][1], pairs[0][0]))
            for actor_arg, target_arg in pairs:
                if target_arg is not None and actor_arg is not None and _same(target_arg, actor_arg):
                    target_arg = None
                need = opts["require"]
                if need == "any" and actor_arg is None and target_arg is None:
                    continue
                if need == "both" and (actor_arg is None
                                       or (target_arg is None and code not in INTRANSITIVE)):
                    continue
                if actor_arg is not None:
                    sent_actor = actor_arg
                year = (date or "")[:4]  # the same event told twice near two dates of one year is one event
                key = (code, year, _key(actor_arg), _key(target_arg))
                if code in SYMMETRIC and mutual is None:
                    key = (code, year) + tuple(sorted((_key(actor_arg), _key(target_arg))))
                if key in seen:
                    continue
                seen.add(key)
                events.append(Event(
                    id=f"V{len(events) + 1}", code=code, trigger=trigger_span, actor=actor_arg,
                    target=target_arg, date=date, quote=quote.id if quote else None))
    return events
