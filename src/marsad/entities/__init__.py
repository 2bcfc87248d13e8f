"""Entities stage: Article (text, sentences, tokens) -> Entities with mentions, KB links and resolution.

Three sources of mentions are combined, then clustered by ``marsad.entities.resolve``:
1. the trained NER model (``marsad.entities.ner.predict``), imported lazily; when it is missing or its model files
   are absent the stage warns once and runs on the KB alone;
2. the knowledge-base matcher (``marsad.entities.kb``): KB matches fill the gaps the model left, link its mentions
   to KB entries, and win an overlap when they are longer or when the model's type disagrees with a confident KB
   type (countries, organisations, outlets, armed groups, parties, ministries, multi-word person names);
3. names read right after a title (``المتحدثة باسم وزارة الخارجية الصينية ماو نينغ``), for people the KB does not
   know and the model missed.

Options (``Pipeline(options={"entities": {...}})``): ``use_ner`` (default True), ``use_kb`` (True),
``title_persons`` (True), ``propagate`` (True: once a person's full name or a KB entity is found, its surname
and its weak aliases (``هادي`` for عبد ربه منصور هادي) are found everywhere else in the article).
"""

from __future__ import annotations

import logging
import warnings
from functools import lru_cache

from marsad.errors import MarsadError, ModelError
from marsad.text.normalize import normalize
from marsad.types import Article, Entity, Mention

log = logging.getLogger(__name__)

CONFIDENT_KINDS = frozenset({"country", "territory", "organisation", "outlet", "armed_group", "party", "ministry",
                             "military", "embassy", "continent", "sea", "company"})
_NER_WARNED = False


def find_entities(article: Article, **options) -> list[Entity]:
    """The entities of ``article``: mentions from the NER model and the KB, merged and resolved (E1, E2 ...)."""
    from marsad.entities import resolve
    from marsad.entities.kb import load_kb

    text = article.text or ""
    if not text.strip():
        return []
    use_ner = options.get("use_ner", True)
    use_kb = options.get("use_kb", True)
    kb = load_kb()
    ner_mentions = [_trim_model_person(text, m) for m in _ner(text)] if use_ner else []
    all_matches = kb.match(text)
    kb_matches = all_matches if use_kb else []
    titles = resolve.find_titles(text, kb, all_matches)
    # a KB name inside a title's own words is part of the title (وزيرة الدفاع اليابانية is a person, not a ministry)
    title_spans = resolve.SpanIndex((t.start, t.end) for t in titles)
    kb_matches = [m for m in kb_matches if not title_spans.overlaps(m.start, m.start + 1)]
    kb_matches = [_with_own_title(text, m) for m in kb_matches]
    kb_matches = _drop_adjective_readings(text, kb, kb_matches)
    kb_matches = [m for m in kb_matches if not _idiom_at(text, m.start, m.end)]
    ner_mentions = [m for m in ner_mentions if not _idiom_at(text, m.start, m.end)]
    # a country's army named by its adjective (الجيش اليمني) is a nominal reference, not a name (dev conventions);
    # the KB keeps these entries for the events stage
    kb_matches = [m for m in kb_matches if not m.entry.id.startswith("marsad:army-")]
    kb_matches = [m for m in kb_matches if not _given_name_after_cue(text, m) and not _ancestor_name(text, m)]
    # طريق الملك فهد, جائزة الملك فيصل: a royal's name inside the name of a road, prize or institution is no mention
    kb_matches = [m for m in kb_matches if not (m.entry.type == "PER" and _eponym_royal_before(text, m.start))]
    ner_mentions = [m for m in ner_mentions if not (m.type == "PER" and _eponym_royal_before(text, m.start))]
    ner_mentions = _drop_month_names(text, ner_mentions)
    ner_mentions = [m for m in ner_mentions if not _lone_particle(m.text) and not _web_chrome(m.text)]
    cands = merge(text, ner_mentions, kb_matches, kb if use_kb else None)
    cands = [_trim_title(text, c, titles) for c in cands]
    if options.get("title_persons", True):
        taken = [(c.start, c.end) for c in cands]
        cands += resolve.title_persons(text, titles, taken)
    if options.get("patterns", True):
        # the model's unlinked mentions do not block the patterns: where both read a name, the pattern's span wins
        ner_only = [c for c in cands if c.source not in ("kb", "title") and c.entry is None]
        others = [c for c in cands if not (c.source not in ("kb", "title") and c.entry is None)]
        found, replaced = resolve.pattern_entities(text, others, titles)
        found = _longer_model_person(found, ner_only)
        others = [c for i, c in enumerate(others) if i not in replaced] + found
        spans = resolve.SpanIndex((c.start, c.end) for c in others)
        cands = others + [c for c in ner_only if not spans.overlaps(c.start, c.end)]
    if options.get("propagate", True):
        # the model's unlinked one-word mentions do not block a surname already read as a person's
        weak_ner, firm = [], []
        for c in cands:  # (equal candidates fall on the same side, as with ``c not in weak_ner``)
            (weak_ner if c.source not in ("kb", "title", "pattern", "propagate") and c.entry is None
             and " " not in c.text.strip() else firm).append(c)
        more = resolve.propagate(text, firm, titles)
        spans = resolve.SpanIndex((c.start, c.end) for c in more)
        cands = firm + more + [c for c in weak_ner if not spans.overlaps(c.start, c.end)]
    cands = _complete_cut_names(text, cands)
    cands = [c for c in cands if c.end > c.start and text[c.start:c.end] == c.text]
    if use_kb:
        cands = [_link_wrapped(c, kb) for c in cands]
    return resolve.cluster(text, cands, kb, titles)


def _complete_cut_names(text: str, cands: list) -> list:
    """A one-word person mention followed by the rest of a fuller name of the article (the model's ``مرتضى`` in
    ``برئاسة مرتضى منصور`` once ``مرتضى منصور`` was read) takes the whole name, when no other mention is there."""
    import dataclasses

    from marsad.entities.kb import word_spans
    from marsad.entities.resolve import SpanIndex, _key

    fulls: dict[str, set[tuple[str, ...]]] = {}
    for c in cands:
        toks = tuple(_key(c.text).split())
        if c.type == "PER" and 2 <= len(toks) <= 4:
            fulls.setdefault(toks[0], set()).add(toks[1:])
    if not fulls:
        return cands
    spans = word_spans(text)
    starts = {a: x for x, (a, _b) in enumerate(spans)}
    taken = SpanIndex((c.start, c.end) for c in cands)
    out = []
    for c in cands:
        key = _key(c.text)
        x = starts.get(c.start)
        if c.type != "PER" or " " in key or x is None or key not in fulls or x + 1 >= len(spans) \
                or spans[x][1] != c.end:
            out.append(c)
            continue
        best = None
        for rest in sorted(fulls[key], key=len, reverse=True):
            k = len(rest)
            if x + k >= len(spans):
                continue
            seg = spans[x + 1:x + 1 + k]
            gaps = [text[spans[x + y][1]:spans[x + y + 1][0]] for y in range(k)]
            if all(g.strip() == "" and "\n" not in g for g in gaps) \
                    and tuple(_key(text[a:b]) for a, b in seg) == rest \
                    and not taken.overlaps(c.end, seg[-1][1]):
                best = seg[-1][1]
                break
        out.append(dataclasses.replace(c, end=best, text=text[c.start:best]) if best else c)
    return out


def _longer_model_person(found: list, ner_only: list) -> list:
    """A pattern person cut short after its given name (الشيخ أحمد | الغصن), or one plain word short of the model's
    name (محمد حسنين | هيكل: a family name that is a frequent word), takes the model's longer span that starts at the
    same word, up to four words."""
    import dataclasses

    longer = {c.start: c for c in ner_only if c.type == "PER" and len(c.text.split()) <= 4}
    out = []
    for c in found:
        m = longer.get(c.start)
        if c.type == "PER" and m is not None and m.end > c.end and _after_al_family(m.text) is None and (
                len(c.text.split()) == 1 or _one_more_name_word(m.text[c.end - c.start:])):
            c = dataclasses.replace(c, end=m.end, text=m.text)
        out.append(c)
    return out


def _one_more_name_word(rest: str) -> bool:
    """The model's longer span adds one plain word after the pattern's name (``محمد حسنين`` + ``هيكل``): no
    punctuation, no tanween, no pronoun suffix, no stop or title word, not a dual of a common noun."""
    from marsad.entities.resolve import _STOP, _TITLE_WORDS, _common_plural, _lex, _pattern_data, _plain_noun

    if not rest[:1].isspace() or "\n" in rest:
        return False
    words = rest.split()
    if len(words) != 1 or not _arabic_word(words[0]):
        return False
    w, n = words[0], normalize(words[0])
    pd = _pattern_data()
    return _plain_noun(w) and n not in _STOP and n not in _TITLE_WORDS and n not in pd["stop"] \
        and n not in pd["roles"] and not _common_plural(w, pd, _lex()) and not w.endswith("ا") \
        and n not in pd["nasab"] | pd["family"] | pd["kunya"] and n != "عبد"  # (آل, بن: the name goes on)


# Generic heads written before a body's own name (منظمة اليونسكو, حركة حماس, شركة أرامكو): the name is the body.
WRAPPER_HEADS = ("منظمة", "حركة", "شركة", "حزب", "جماعة", "تنظيم", "مجموعة", "وكالة", "صحيفة", "قناة")


def _link_wrapped(c, kb):
    """An unlinked organisation read as ``head + name`` whose name alone is a KB organisation takes that entry."""
    import dataclasses

    if c.entry is not None or c.type != "ORG":
        return c
    head, _, rest = c.text.partition(" ")
    if not rest or _folded(head) not in _folded_set(WRAPPER_HEADS):
        return c
    for m in kb.match(rest):
        org = next((e for e in m.entries if e.type == "ORG"), None)  # صحيفة الرياض: the paper, not the city
        if m.start == 0 and m.end == len(rest) and org is not None:
            return dataclasses.replace(c, entry=org)
    return c


def _drop_adjective_readings(text: str, kb, matches: list) -> list:
    """A country whose name is also its adjective (``السعودية``) right after a definite noun is the adjective
    agreeing with it (``الملاعب السعودية``, ``الساحة السعودية``), not the country."""
    import re

    from marsad.entities.kb import _clitic_variants
    from marsad.entities.resolve import _STOP, _TITLE_WORDS
    from marsad.text.normalize import normalize

    out = []
    for m in matches:
        if m.entry.kind in ("country", "territory") and m.start == m.outer_start \
                and normalize(m.text) in kb._adjectives:
            prev = re.search(r"(\S+)[ \t\u00a0]+$", text[max(0, m.start - 40):m.start])
            if prev is not None and prev.group(1).isalpha():
                w = prev.group(1)
                if any(h.startswith("ال") for _, h in _clitic_variants(w)) and normalize(w) not in _TITLE_WORDS \
                        and normalize(w) not in _STOP:
                    continue
        out.append(m)
    return out


def _given_name_after_cue(text: str, m) -> bool:
    """A one-word KB place that is also a given name, right after a person cue (``الدكتور بدر``, ``المهندس
    تبوك`` does not occur): the given name of the person the patterns read, not the town."""
    import re

    from marsad.entities.resolve import _pattern_data

    if m.entry.type != "LOC" or " " in m.text.strip() or m.start != getattr(m, "outer_start", m.start):
        return False
    pd = _pattern_data()
    if normalize(m.text) not in pd["given"]:
        return False
    prev = re.search(r"(\S+)[ \t\u00a0]+$", text[max(0, m.start - 30):m.start])
    return prev is not None and tuple(normalize(prev.group(1)).split()) in pd["cues"].get(normalize(prev.group(1)), ())


def _with_own_title(text: str, m):
    """A KB place or body right after a title word its own name starts with (``الشيخ زويد``: the entry's English
    name is Sheikh Zuweid) takes the title into its mention; persons and other titles are left as they are."""
    import dataclasses
    import re

    if m.entry.type == "PER" or m.start != m.outer_start:
        return m
    prev = re.search(r"(\S+)[ \t\u00a0]+$", text[max(0, m.start - 20):m.start])
    if prev is None:
        return m
    english = _title_english().get(normalize(prev.group(1)))
    if not english:
        return m
    names = [n.lower().split() for n in (m.entry.name_en, *m.entry.aliases_latin) if n]
    if not any(len(n) >= 2 and n[0] in english for n in names):
        return m
    start = m.start - len(prev.group(0))
    return dataclasses.replace(m, start=start, outer_start=start, text=text[start:m.end])


@lru_cache(maxsize=1)
def _title_english() -> dict[str, tuple[str, ...]]:
    from marsad.data.entity_patterns import TITLES_IN_PLACE_NAMES

    return {normalize(k): v for k, v in TITLES_IN_PLACE_NAMES.items()}


def _eponym_royal_before(text: str, start: int) -> bool:
    """``start`` follows a royal title after a noun that names things after people (``طريق الملك``, ``بجائزة
    الأمير``, ``حي الملك``, ``مستشفى الملك``): the name is part of the road's, prize's or institution's name
    (``عن طريق الملك`` is "by way of the king")."""
    import re

    from marsad.entities.kb import _clitic_variants
    from marsad.entities.resolve import _pattern_data

    m = re.search(r"(?:(\S+)[ \t\u00a0]+)?(\S+)[ \t\u00a0]+(\S+)[ \t\u00a0]+$", text[max(0, start - 80):start])
    if m is None:
        return False
    pd = _pattern_data()
    prev, head, title = normalize(m.group(1) or ""), normalize(m.group(2)), normalize(m.group(3))
    return title in pd["royal"] and not head.startswith("ال") and any(
        h in pd["eponym"] or h in pd["loc_heads"] for _, h in _clitic_variants(head)) \
        and not (head in pd["road_heads"] and prev == "عن")


def _ancestor_name(text: str, m) -> bool:
    """A KB person matched right after بن/ابن/بنت is the father's name inside someone's genealogy (``بندر بن
    عبدالله بن عبدالعزيز آل سعود`` is not King Abdullah): the pattern reads the whole name."""
    import re

    from marsad.data.given_names import NASAB

    if m.entry.type != "PER":
        return False
    prev = re.search(r"(\S+)[ \t\u00a0]+$", text[max(0, m.start - 12):m.start])
    return prev is not None and normalize(prev.group(1)) in _normalized(NASAB)


# Words after which ``باسم`` is "by the name of", not the given name Basem (المعروف باسم روكي).
NAMED_AS_BEFORE = ("المعروف", "المعروفة", "يعرف", "تعرف", "عرف", "عرفت", "المسمى", "المسماة", "سمي", "سميت")


def _adjective_opener(word: str) -> bool:
    """A definite common adjective or noun opening a model person (``الكبير إبراهيموفيتش``): not a family name
    (its bare form is frequent, it is no nisba, no listed family or given name)."""
    from marsad.entities.resolve import _lex, _pattern_data, _proper_definite

    freq = _lex()
    n = normalize(word)
    pd = _pattern_data()
    return freq is not None and word.startswith("ال") and _arabic_word(word) and not n.endswith("ي") \
        and n not in pd["families"] and n not in pd["given"] and n[2:] not in pd["given"] \
        and n not in pd["cues"] and n not in pd["roles"] and n not in _title_or_kin() \
        and not _proper_definite(word, freq) and freq(word[2:]) >= COMMON_BARE_FREQ


def _named_as(text: str, nm: Mention) -> bool:
    import re

    if normalize(nm.text.split()[0]) not in ("باسم",):
        return False
    prev = re.search(r"(\S+)\s+$", text[max(0, nm.start - 20):nm.start])
    return prev is not None and normalize(prev.group(1)) in _normalized(NAMED_AS_BEFORE)


def _after_al_family(name: str) -> int | None:
    """The end (in ``name``) of its ``آل`` + family unit (``آل سعود``, ``آل نهيان``) when more words follow it,
    else None. (``آل الشيخ`` is one family name as well.)"""
    import re

    m = re.search(r"(?:^|\s)آل\s+\S+(?=\s+\S)", name)
    return m.end() if m is not None and m.start() > 0 else None


def _cue_word_ends_clause(text: str, end: int, last: str) -> bool:
    """``last`` (normalised) is a one-word person cue without the article (``عريف``, ``نقيب``) and a clause ends
    right after it (comma, full stop, colon, bracket, line end): no name follows it, so it is a family name."""
    from marsad.entities.resolve import _pattern_data

    if last.startswith("ال") or (last,) not in _pattern_data()["cues"].get(last, ()):
        return False
    rest = text[end:end + 3].lstrip(" \t\u00a0")
    return rest == "" or rest[0] in "،,.؛;:)»\"”\n"


def _trim_model_person(text: str, nm: Mention) -> Mention:
    """A model person of three words or more whose last word is no name word (``جلال الدين حقاني مؤسس``), or of two
    words or more whose last word is a role noun (``سعيد مؤسس``), ends before that word."""
    if nm.type != "PER":
        return nm
    words = nm.text.split()
    fam = _after_al_family(nm.text)
    if fam is not None:
        # سلمان بن عبدالعزيز آل سعود + برقية: ``آل`` + the family ends a Gulf name, what follows is the sentence
        return Mention(nm.start, nm.start + fam, nm.text[:fam], nm.type, nm.source)
    if len(words) >= 2 and (_named_as(text, nm) or _adjective_opener(words[0])):
        # الحريق المعروف باسم روكي: "by the name of"; النجم الكبير إبراهيموفيتش: an adjective; then the name
        s = nm.start + len(words[0])
        while s < nm.end and text[s].isspace():
            s += 1
        return Mention(s, nm.end, text[s:nm.end], nm.type, nm.source)
    if len(words) < 2:
        return nm
    from marsad.entities.resolve import _name_word_ok, _pattern_data

    last = normalize(words[-1])
    role = last in _pattern_data()["roles"] and last not in _pattern_data()["given"]
    if len(words) == 2 and not role:
        return nm
    if _name_word_ok(words[-1]) and not role:
        return nm  # (a role noun ends a name: ابن سعيد مؤسس الهلال)
    if not role and _cue_word_ends_clause(text, nm.end, last):
        return nm  # محمد خضر عريف،: a rank word with no name after it is the family name (عريف, نقيب)
    end = nm.start + len(nm.text.rstrip()[:-len(words[-1])].rstrip())
    if end <= nm.start or text[nm.start:end] != nm.text[:end - nm.start]:
        return nm
    return Mention(nm.start, end, text[nm.start:end], nm.type, nm.source)


def _ner(text: str) -> list[Mention]:
    """Mentions from the trained model, or [] with a warning when the model cannot be used."""
    global _NER_WARNED
    try:
        from marsad.entities import ner
        return list(ner.predict(text))
    except (ImportError, ModelError, AttributeError) as exc:
        if not _NER_WARNED:
            _NER_WARNED = True
            warnings.warn(f"NER model unavailable ({exc}); entities come from the knowledge base only",
                          RuntimeWarning, stacklevel=3)
        return []
    except MarsadError as exc:  # bad input for the model: degrade locally, keep the KB mentions
        log.warning("NER failed on this text: %s", exc)
        return []


# A place name that is a common noun before these words (مسقط رأسه "his birthplace", not Muscat).
NAME_IDIOMS: dict[str, tuple[str, ...]] = {"مسقط": ("راس",)}


def _idiom_at(text: str, start: int, end: int) -> bool:
    """The span is a name word used in an idiom with the next word (``مسقط رأسه``)."""
    from marsad.entities.ner import fold

    word = fold(text[start:end])
    for name, nexts in NAME_IDIOMS.items():
        if word.endswith(name) and len(word) <= len(name) + 2:
            following = fold(text[end:end + 12].split()[0]) if text[end:end + 12].split() else ""
            if following.startswith(nexts):
                return True
    return False


# Words of web page chrome that scraped articles carry (``Next Previous`` at the top of a 3alyoum page).
WEB_CHROME = frozenset("next previous share tweet print email comments home read more prev".split())


def _web_chrome(mention_text: str) -> bool:
    """A Latin model mention made only of page-navigation words is page chrome, not an organisation."""
    words = mention_text.lower().split()
    return bool(words) and all(w in WEB_CHROME for w in words)


def _lone_particle(mention_text: str) -> bool:
    """A one-word model mention that is only a foreign-name particle (فان, دي: also فإن, دي written without
    hamza or as a word) names nobody on its own."""
    from marsad.data.entity_patterns import FOREIGN_NAME_PARTICLES

    return mention_text.strip() in FOREIGN_NAME_PARTICLES


def _drop_month_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A model mention that is only a month name inside a date (ابريل نيسان 2014, نيسان الماضي) is a time, not
    Nissan; a month name outside any date stays (the time tagger accepts ambiguous months only beside a day, year
    or شهر)."""
    from marsad.data.time_words import GREGORIAN_MONTHS, HIJRI_MONTHS
    from marsad.time.timex import tag

    months = _folded_set((*GREGORIAN_MONTHS, *HIJRI_MONTHS))
    suspects = [m for m in mentions if _folded(m.text) in months]
    if not suspects:
        return mentions
    dates = [(s, e) for s, e, typ, _v in tag(text, None) if typ == "DATE"]
    drop = {id(m) for m in suspects if any(s <= m.start and m.end <= e for s, e in dates)}
    return [m for m in mentions if id(m) not in drop]


@lru_cache(maxsize=8)
def _folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_folded(w) for w in words)


def _folded(s: str) -> str:
    """Words folded as the NER model folds them (alef, ya, ta marbuta, no marks): for month and head look-ups."""
    from marsad.entities.ner import fold

    return " ".join(fold(w) for w in s.split())


def merge(text: str, ner_mentions: list[Mention], kb_matches: list, kb=None) -> list:
    """NER mentions and KB matches -> candidates: KB fills gaps, links, and wins overlaps it is surer of."""
    from marsad.entities.resolve import Candidate, SpanIndex, _NearIndex

    cands: list[Candidate] = []
    dropped_ner: set[int] = set()
    kb_used: set[int] = set()
    ner_near = _NearIndex(ner_mentions)
    kb_by_end: dict[int, list] = {}  # end -> KB matches ending there, in order
    for k in kb_matches:
        kb_by_end.setdefault(k.end, []).append(k)
    for ki, km in enumerate(kb_matches):
        over = [i for i in ner_near.near(km.start, km.end)
                if (nm := ner_mentions[i]).start < km.end and km.start < nm.end]
        if not over:
            continue
        entry = km.entry
        kb_len = km.end - km.start
        confident = entry.kind in CONFIDENT_KINDS or (entry.kind == "person" and len(km.text.split()) > 1)
        for i in over:
            nm = ner_mentions[i]
            n_len = nm.end - nm.start
            same = _same_span(text, nm, km)
            if same and nm.type == entry.type:
                kb_used.add(ki)  # the NER mention is this KB entry: linked below
            elif kb_len > n_len or (nm.type != entry.type and (confident or same and entry.kind == "person")
                                    and kb_len >= n_len):
                dropped_ner.add(i)  # the KB match is longer, or surer of the type
            elif entry.kind != "person" and not (nm.type == "PER" and entry.kind in ("city", "region")
                                                 and nm.start < km.start):
                dropped_ner.add(i)  # a known place, organisation or group: the model's longer span (تنظيم داعش,
                # نادي الهلال الكرواتي) or other type (ميونيخ as ORG) loses to the KB; a person's name ending in a
                # town-like family name (لجين الأحمدي) is the exception
            else:
                kb_used.add(ki)  # the model's (longer) mention stands; the KB match is dropped
        if all(i in dropped_ner for i in over):
            kb_used.discard(ki)
    for i, nm in enumerate(ner_mentions):
        if i in dropped_ner or _generic(nm):
            continue
        entry = None
        km = next((k for k in kb_by_end.get(nm.end, ()) if _same_span(text, nm, k)), None)
        if km is None and (" " not in nm.text.strip() and _common_word(nm) or _implausible(text, nm)):
            continue
        if km is not None and km.entry.type == nm.type:
            # the same name: keep the KB span, which leaves proclitics out
            cands.append(Candidate(km.start, km.end, km.text, nm.type, nm.source or "ner", km.entry))
            continue
        if kb is not None:
            entry = _link(kb, nm)
            fam_end = _other_family_after(text, nm.end, entry) if entry is not None and nm.type == "PER" else None
            if fam_end is not None:
                # أحمد بن عبدالعزيز + الزهراني: a commoner sharing a known person's names, not that person
                cands.append(Candidate(nm.start, fam_end, text[nm.start:fam_end], nm.type, nm.source or "ner", None))
                continue
        cands.append(Candidate(nm.start, nm.end, nm.text, nm.type, nm.source or "ner", entry))
    taken = SpanIndex((c.start, c.end) for c in cands)
    for ki, km in enumerate(kb_matches):
        if ki in kb_used:
            continue
        if taken.overlaps(km.start, km.end):
            continue
        cands.append(Candidate(km.start, km.end, km.text, km.entry.type, "kb", km.entry))
        taken.add(km.start, km.end)
    return sorted(cands, key=lambda c: (c.start, c.end))


_NEXT_WORD = None


def _other_family_after(text: str, end: int, entry) -> int | None:
    """The end of a family name written right after a person's KB name (``أحمد بن عبدالعزيز`` + ``الزهراني``, a
    listed family name or a rare definite nisba, ``kb._family_name``) that is no word of that entry's own names:
    the name is someone else's. None when there is no such word (``آل سعود`` and the genealogy go on the name)."""
    import re

    from marsad.entities.kb import _family_name

    global _NEXT_WORD
    if _NEXT_WORD is None:
        _NEXT_WORD = re.compile(r"[ \t\u00a0]+([\u0621-\u064a\u064b-\u0652]+)(?![\w])")
    m = _NEXT_WORD.match(text, end)
    if m is None or getattr(entry, "type", None) != "PER":
        return None
    word = normalize(m.group(1))
    if not _family_name(word) or not _nisba_not_adjective(m.group(1)):
        return None
    own = {w for n in (*entry.names_ar, *entry.weak_ar) for w in normalize(n).split()}
    return None if word in own else m.end(1)


def _nisba_not_adjective(word: str) -> bool:
    """A definite word in ـي that news text hardly writes in the feminine or the plural (``الزهراني``: a family
    name), unlike an adjective or participle (``المنتمي``/``المنتمية``/``المنتمين``); other words pass."""
    from marsad.entities.kb import _family_names

    if normalize(word) in _family_names() or not word.endswith("ي"):
        return True
    from marsad.text.tokens import lexicon, lexkey

    try:
        lx = lexicon()
    except Exception:  # the lexicon is optional
        return True
    whole = lx.freq(lexkey(word))
    return max(lx.freq(lexkey(word + "ة")), lx.freq(lexkey(word[:-1] + "ين"))) <= NISBA_FORMS_RATIO * whole


NISBA_FORMS_RATIO = 0.05  # a family nisba's feminine or plural form is at most this frequent beside it


def _implausible(text: str, nm: Mention) -> bool:
    """Model mentions the stage does not trust: one or two letters (``دي``, ``m``), MISC the KB does not know
    (products and events come from the KB), persons spanning a coordination (``شكري وكيري``) or opening with a
    title or kinship word (``أخي فيصل``, ``سيد زلاتكو``), a bare nationality adjective (``الروسي``)."""
    from marsad.entities.resolve import _pattern_data
    from marsad.text.normalize import normalize

    words = nm.text.split()
    if len(nm.text.strip()) <= 2 or not words:
        return True
    if not any(ch.isalpha() for ch in nm.text.lstrip("وفبلك")):
        return True  # و2010: a number with a conjunction
    if nm.type == "MISC":
        return True
    if all(normalize(w) in _letter_names() or w.isdigit() for w in words):
        return True  # جي إل سي, إس يو: spelled Latin letters name a product as often as a company
    pd = _pattern_data()
    first = normalize(words[0])
    if nm.type == "PER":
        if _not_a_name(words, pd):
            return True
        if first in pd["stop"] or first in _title_or_kin() or any(
                normalize(w).startswith("و") and normalize(w) not in pd["given"] and normalize(w) != "ولد"
                for w in words[1:]):
            return True  # أخي فيصل, آية الله, شكري وكيري
        if first.startswith("ال") and first.endswith("ي"):
            return True  # الروسي, الكرواتي تي: a nationality adjective, not a name
        from marsad.entities.resolve import _lex

        freq = _lex()
        if freq is not None and words[0][:2] in ("سي", "ست", "سن", "سأ") and freq(words[0][1:]) >= 5 \
                and first not in pd["given"]:
            return True  # سيزور موسكو, سيواصلان: a future verb, not a name
        if normalize(words[-1]) == "الله" and _divine_epithet_after(text, nm.end):
            return True  # في حمد الله تعالى: praise of God, not the name حمد الله
        if len(words) >= 2 and first in _ambiguous_given() and nm.start > 0 and text[nm.start - 1] in "لبفك":
            return True  # ولصالح الغريم "in favour of the rival": only و opens a name on an ambiguous given name
            # (a lone word stays: موالين لصالح is "loyal to Saleh", named in full before)
        if len(words) == 1 and first in _ambiguous_given() and _after_indefinite_noun(text, nm.start):
            return True  # حل عادل, رجل كريم: an adjective after its noun, not a given name
        if len(words) >= 2 and first in _ambiguous_given() and normalize(words[1]) not in pd["given"] \
                and words[1].startswith(_verb_openings()):
            return True  # هيا نتفاوض, رجاء سأكون: an interjection before a verb, not a given name
        w = words[0]
        if len(words) == 1 and w[:1] in "يت" and w.endswith("ني") and len(w) >= 5 and freq is not None \
                and freq(w[:-2]) >= 20 and freq(w[:-2]) >= freq(w):
            return True  # يسعدني, يسرني: an imperfect verb with "me", not a name (after قال:)
        return False
    if len(words) == 1 and normalize(words[0]) in _normalized(_currencies()):
        return True  # 300 ريال: a currency, not Real Madrid
    if len(words) == 2 and normalize(words[0]) in _normalized(_currencies()) and normalize(words[1]).endswith("ي"):
        return True  # ريال سعودي, دينار كويتي: a currency with its country's adjective
    if len(words) == 2 and normalize(words[0]).endswith("جيش") and len(normalize(words[0])) <= 6 \
            and normalize(words[1]).startswith("ال") and normalize(words[1]).endswith("ي"):
        return True  # الجيش اليمني: an army named by its adjective is a description (as the KB's army entries)
    if len(words) == 1:
        from marsad.entities.resolve import _lex, _proper_definite

        freq = _lex()
        w = words[0]
        if w.startswith("ال") and not _proper_definite(w, freq) and not (freq and freq(w) < 30):
            return True  # الاتفاق, الميليشيات: a definite common noun
        if w[:2] in ("سي", "ست", "سن") and freq and freq(w[1:]) >= 5:
            return True  # ستضطران: a future verb
        if w.endswith("يا") and not w.startswith("ال") and freq and freq(w[:-1]) >= 5 and freq(w[:-1]) >= freq(w):
            return True  # تنسيقيا, دبلوماسيا, أردنيا: an adjective in the accusative, not a place
        return False
    from marsad.entities.resolve import _lex

    freq = _lex()
    second = normalize(words[1])
    if first in pd["org_heads"] | pd["generic"] and not words[1].startswith(("ال", "«", '"')) \
            and (second.endswith(("يه", "ي")) or second[:1] in "لب" or second in pd["stop"]
                 or (len(words) == 2 and freq is not None and freq(words[1]) >= 300)):
        return True  # منظمة إرهابية, معهد للدراسات: a description, not a name
    return False


# Function words that never stand inside a person's name (خِلَافٍ أَوْ يُنفَوْا); علي is also the name Ali.
_NAME_BREAKERS = ("أو", "ثم", "أم", "في", "من", "إلى", "عن", "مع", "حول", "منذ")


def _not_a_name(words: list[str], pd) -> bool:
    """A model person that no name can be: a word with tanween, a function word inside, a dual or plural of a
    common noun first (``خبيران أوروبيان``), a lone divine name or person cue (``الله``, ``القاص``), or a word that
    is no listed given name before a definite common noun (``نظير الإنجازات``) or a common word (``كرم مكتب``)."""
    from marsad.entities.resolve import _common_plural, _lex, _name_word_ok, _proper_definite

    if any(ch in w for w in words for ch in "\u064b\u064c\u064d"):
        return True
    norm = [normalize(w) for w in words]
    if any(n in _normalized(_NAME_BREAKERS) for n in norm[1:]) or "لله" in norm:
        return True  # (الحمد لله: a formula)
    freq = _lex()
    if tuple(norm) in pd["cues"].get(norm[0], ()):
        return True  # القاص, الوكيل رقيب: a person cue, the name comes after it
    if len(words) == 1:
        w = words[0]
        if freq is not None and w.startswith("ال") and _arabic_word(w) and not norm[0].endswith("ي") \
                and not _proper_definite(w, freq) and freq(w[2:]) >= COMMON_BARE_FREQ \
                and norm[0][2:] not in pd["given"] and norm[0] not in pd["families"]:
            return True  # وزير التعليم: a definite common noun alone, not a family name
        if freq is not None and _arabic_word(w) and _lone_common_plural(w, pd, freq):
            return True  # بديلين, لاعبين: a dual or plural of a common noun alone
        return norm[0] in pd["divine"]
    if freq is None or not all(_arabic_word(w) for w in words):
        return False
    if _common_plural(words[0], pd, freq):
        return True
    if norm[0] in pd["given"] or norm[0].startswith("عبد") or len(words) != 2:
        return False
    last = words[-1]
    if last.startswith("ال"):
        return norm[-1] not in pd["families"] and not _proper_definite(last, freq) and freq(last[2:]) >= 100 \
            and norm[-1][2:] not in pd["given"]
    return not _name_word_ok(last) and freq(last) >= 100 and norm[-1] not in pd["given"]


def _lone_common_plural(w: str, pd, freq) -> bool:
    from marsad.entities.resolve import _common_plural

    return _common_plural(w, pd, freq)


COMMON_BARE_FREQ = 300  # a definite word whose bare form news text prints this often is a common noun


def _arabic_word(w: str) -> bool:
    return bool(w) and all("\u0621" <= c <= "\u064a" or "\u064b" <= c <= "\u0652" for c in w)


# Epithets written after the name of God (الله تعالى, الله عز وجل, الله سبحانه): ``X الله`` before them is no name.
DIVINE_EPITHETS = ("تعالى", "عز وجل", "سبحانه", "جل جلاله")


def _divine_epithet_after(text: str, end: int) -> bool:
    following = " ".join(text[end:end + 20].split()[:2])
    return any(normalize(following).startswith(normalize(e)) for e in DIVINE_EPITHETS)


def _currencies() -> tuple[str, ...]:
    from marsad.data.entity_patterns import CURRENCY_WORDS

    return CURRENCY_WORDS


@lru_cache(maxsize=1)
def _verb_openings() -> tuple[str, ...]:
    from marsad.data.entity_patterns import VERB_OPENINGS

    return tuple(VERB_OPENINGS)


@lru_cache(maxsize=1)
def _ambiguous_given() -> frozenset[str]:
    from marsad.data.given_names import AMBIGUOUS_GIVEN
    from marsad.text.normalize import normalize

    return frozenset(normalize(w) for w in AMBIGUOUS_GIVEN)


def _after_indefinite_noun(text: str, start: int) -> bool:
    """The word before ``start`` is an indefinite Arabic word (no ال, not a title): ``حل`` in ``حل عادل``."""
    from marsad.text.normalize import normalize

    if start > 0 and not text[start - 1].isspace():
        return False  # لصالح: a proclitic makes it a complement, not an adjective
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    prev = normalize(before[-1].strip("«»\"'(),،"))
    if not prev or not all("\u0621" <= c <= "\u064a" for c in prev):
        return False
    return not prev.startswith(("ال", "وال", "بال", "لل", "فال")) and prev not in _title_or_kin() \
        and prev not in _pattern_titles()


@lru_cache(maxsize=1)
def _pattern_titles() -> frozenset[str]:
    from marsad.entities.resolve import _pattern_data

    data = _pattern_data()
    return frozenset(data.get("roles", ())) | frozenset(data.get("stop", ()))


@lru_cache(maxsize=1)
def _letter_names() -> frozenset[str]:
    from marsad.data.entity_patterns import LATIN_LETTER_NAMES

    return frozenset(normalize(w) for w in LATIN_LETTER_NAMES)


@lru_cache(maxsize=1)
def _title_or_kin() -> frozenset[str]:
    from marsad.data.entity_patterns import NOT_NAME_OPENERS

    return frozenset(normalize(w) for w in NOT_NAME_OPENERS)


def _generic(nm: Mention) -> bool:
    """A one-word model mention that is a common noun (مجلس, المملكة), or a frequent given name typed as a place or
    an organisation (محمد as LOC): not an entity on its own."""
    from marsad.data.romanization import NAME_WORDS
    from marsad.data.titles import DESCRIPTORS, GENERIC_NOUNS
    from marsad.text.normalize import normalize

    if " " in nm.text.strip():
        return False
    w = normalize(nm.text)
    if w in _normalized(GENERIC_NOUNS) or w in _normalized(DESCRIPTORS):
        return True
    return nm.type != "PER" and w in _normalized(tuple(NAME_WORDS))


def _common_word(nm: Mention) -> bool:
    """A one-word model mention that is an ordinary word: tanween (``باهظا``), a pronoun suffix (``بلدي``), a
    proclitic on a common word (``برأيك``, ``بقتلي``), a word news text mostly writes with the article (``بطولة``,
    ``دولار``), or a given name read as a place (``ومحمد``)."""
    from marsad.data import given_names as G
    from marsad.entities.kb import _clitic_variants
    from marsad.entities.resolve import _name_word_ok
    from marsad.text.normalize import normalize

    word = nm.text.strip()
    if not word or not all("\u0621" <= c <= "\u064a" or c in "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
                           for c in word):
        return False  # Latin, digits, mixed: not judged here
    if word.startswith("ال"):
        return False  # definite names (الرياض, الجبير) are judged by the KB and the model
    if nm.type != "PER" and any(h in _normalized(G.MALE + G.FEMALE) for _, h in _clitic_variants(normalize(word))):
        return True
    if word.endswith(("ي", "ك")) and len(word) >= 4 and nm.type != "PER":
        from marsad.text.tokens import lexicon, lexkey

        try:
            lx = lexicon()
        except Exception:  # the lexicon is optional
            return not _name_word_ok(word)
        stem = word[:-1]
        if lx.freq(lexkey(stem)) >= 50 and lx.freq(lexkey(stem)) > lx.freq(lexkey(word)):
            return True  # بلدي, برأيك: a noun with a pronoun suffix
    if word.endswith("ا") and len(word) >= 4 and nm.type != "ORG":
        from marsad.text.tokens import lexicon, lexkey

        try:
            lx = lexicon()
        except Exception:  # the lexicon is optional
            lx = None
        if lx is not None:
            bare, whole = lx.freq(lexkey(word[:-1])), lx.freq(lexkey(word))
            if bare >= 50 and bare > TANWEEN_RATIO * whole:
                return True  # توترا, اتفاقا: the accusative of a common noun (روسيا, سوريا are written so mostly)
    return not _name_word_ok(word)


TANWEEN_RATIO = 1.5  # a word is an accusative form when its bare form is this much more frequent


@lru_cache(maxsize=8)
def _normalized(words: tuple[str, ...]) -> frozenset[str]:
    from marsad.text.normalize import normalize

    return frozenset(normalize(w) for w in words)


def _same_span(text: str, nm: Mention, km) -> bool:
    """Same span, allowing either side to include attached proclitics."""
    if nm.end != km.end:
        return False
    lo, hi = sorted((nm.start, km.start))
    return hi - lo <= 3 and all(ch in "وفبلك" for ch in text[lo:hi])


def _link(kb, nm: Mention):
    """The KB entry an NER mention names exactly (normalised), when its type agrees."""
    from marsad.text.normalize import normalize

    hits = kb._keys().get(normalize(nm.text))
    if not hits:
        return None
    for e in hits:
        if e.type == nm.type:
            return e
    return None


def _trim_title(text: str, c, titles):
    """A person mention that starts with a title (``الرئيس ماكرون``) keeps only the name."""
    if c.type != "PER":
        return c
    for t in titles:
        if t.start == c.start and t.end < c.end:
            s = t.end
            while s < c.end and text[s].isspace():
                s += 1
            if s < c.end:
                c.start, c.text = s, text[s:c.end]
                c.role = c.role or t.title.role
                c.gender = c.gender or t.title.gender
            break
    return c
