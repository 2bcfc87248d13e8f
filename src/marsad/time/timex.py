"""Temporal expressions: Arabic text (+ publication date) -> TIMEX3-typed, normalised spans.

Rules over a normalised view of the text (``marsad.text.normalize``: hamza forms, ta marbuta, diacritics and
Arabic-Indic digits folded, with a map back to the original offsets). Each rule is a regular expression built
from the lexicons in ``marsad.data.time_words`` and a resolver that turns the match into a TIMEX3 value against
the reference date; overlapping candidates are settled longest-first. Attached proclitics (و ف ب ل ك) are left
out of spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from marsad.data import time_words as W
from marsad.text.normalize import NormalizedText, normalize, normalize_with_map
from marsad.time import calendar as C

# ---------------------------------------------------------------------------------------------- lexicon regexes


def _n(s: str) -> str:
    return normalize(s)


def _alt(words) -> str:
    """A regex alternation of normalised words, longest first, spaces matching any run of spaces."""
    forms = sorted({_n(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


def _table(d: dict) -> dict:
    return {re.sub(r"\s+", " ", _n(k)): v for k, v in d.items()}


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip())


GMONTHS = _table(W.GREGORIAN_MONTHS)
GMONTH_AMBIG = {_n(w) for w in W.AMBIGUOUS_MONTHS}
HMONTHS = _table(W.HIJRI_MONTHS)
HMONTH_AMBIG = {_n(w) for w in W.AMBIGUOUS_HIJRI}
WEEKDAYS = _table(W.WEEKDAYS)
NUMBERS = _table(W.NUMBER_WORDS)
TEENS = _table(W.TEEN_UNITS)
FRACTIONS = _table(W.FRACTIONS)
ORDINALS = _table(W.ORDINALS)
UNITS = _table(W.UNITS)
HEADS = _table(W.CALENDAR_HEADS)
DEICTICS = _table(W.DAY_DEICTICS)
DAY_PARTS = _table(W.DAY_PARTS)
PERIODS = _table(W.CLOCK_PERIODS)
VAGUE = _table(W.VAGUE)
SETS = _table(W.SET_ADVERBS)
CENTURIES = _table(W.CENTURY_ORDINALS)
DECADES = _table(W.DECADES)
DAY_ORDINALS = {**_table(W.ORDINALS), **_table(W.DAY_ORDINALS)}
HOLIDAYS = _table(W.HOLIDAYS)
HOLIDAY_DAY = _table(W.HOLIDAY_DAY)
NIGHTS = {_key(_n(w)) for w in W.NIGHT_DEICTICS}
NOT_IMPERFECT = {_n(w) for w in W.NOT_IMPERFECT}
PAST_AUX = {_n(w) for w in W.PAST_AUXILIARIES}
CLAUSE_OPENERS = {_n(w) for w in W.CLAUSE_OPENERS}
WEEKDAY_NOT_AFTER = {_n(k): {_n(w) for w in v} for k, v in W.WEEKDAY_NOT_AFTER.items()}
SEASONS = _table(W.SEASONS)
PAST = {_n(w) for w in W.PAST_WORDS}
FUTURE = {_n(w) for w in W.FUTURE_WORDS}
PRESENT = {_n(w) for w in W.PRESENT_WORDS}
FUTURE_MARKERS = [_n(w) for w in W.FUTURE_MARKERS]
YEAR_PREPS = {_n(w) for w in W.YEAR_PREPOSITIONS}
MONTH_PREPS = {_n(w) for w in W.MONTH_PREPOSITIONS}
STRICT_MONTH_PREPS = {_n(w) for w in W.STRICT_MONTH_PREPOSITIONS}

B = r"(?<!\w)"                 # start of a word
E = r"(?!\w)"                  # end of a word
CL = r"(?:[وف]?[بلك]?)"        # attached proclitics, left outside the span
NUM_D = r"\d+(?:[.,٫]\d+)?"

R_GM = _alt(GMONTHS)
R_HM = _alt(HMONTHS)
R_WD = _alt(WEEKDAYS)
R_NUMW = _alt(NUMBERS)
R_TEEN = _alt(TEENS) + r"\s+عشر[هة]?"
R_NUMP = rf"(?:{R_TEEN}|{R_NUMW}(?:\s+و\s*(?:ال)?{R_NUMW}){{0,4}})"
R_NUM = rf"(?:{NUM_D}|{R_NUMP})"
R_UNIT = _alt(UNITS)
R_PAST = _alt(W.PAST_WORDS)
R_FUT = _alt(W.FUTURE_WORDS)
R_PRES = _alt(W.PRESENT_WORDS)
R_REL = rf"(?:{R_PAST}|{R_FUT}|{R_PRES})"
R_PART = _alt(DAY_PARTS)
R_PERIOD = _alt(PERIODS)
R_ORD = _alt(ORDINALS)
R_YHEAD = _alt(W.YEAR_HEADS[:4])        # عام العام سنة السنة
def _lam_lam(words) -> list[str]:
    """The words and their forms in the view, where a word-initial لل is written لال (للهجرة -> لالهجرة)."""
    return list(words) + [re.sub(r"^لل", "لال", w) for w in words if w.startswith("لل")]


R_GERA = _alt(_lam_lam(W.GREGORIAN_ERA))
R_HERA = _alt(_lam_lam(W.HIJRI_ERA))
HIJRI_ERA = {_n(w) for w in _lam_lam(W.HIJRI_ERA)}
# unit forms by grammatical number: يومين (dual), أيام (plural); with the article: اليومين، الأيام
DUALS = {k: v[0] for k, v in UNITS.items() if v[2] == "du"}
PLURALS = {k: v[0] for k, v in UNITS.items() if v[2] == "pl"}
R_DUAL = _alt(DUALS)
R_BARE_PL = _alt(PLURALS)
DU_UNITS = {"ال" + k: v for k, v in DUALS.items() if k.endswith("ين")}
PL_UNITS = {"ال" + k: v for k, v in PLURALS.items()}
R_DU_HEAD = _alt(DU_UNITS)
R_PL_HEAD = _alt(list(PL_UNITS) + list(W.VAGUE_PERIODS))
R_APPROX = rf"(?:{_alt(W.APPROXIMATORS)}\s+)"
R_DAYNUM = r"(?:\d{1,2})"
R_PRE = rf"(?:(?P<part>{R_PART})\s+)?(?:(?P<yawm>يوم)\s+)?"
R_GLOSS = (rf"(?:\s*(?:[(\[]\s*(?P<gloss>{R_GM}|{R_HM})\s*[)\]]|/\s*(?P<gloss2>{R_GM})(?!\w))"
           rf"|\s+(?P<gloss3>{R_GM})(?!\w))?")  # مارس (آذار)، أغسطس/ آب، مايو أيار (same month, no brackets)
R_DORD = _alt(list(W.ORDINALS) + list(W.DAY_ORDINALS))
R_COUNT = _alt(W.COUNT_NOUNS)
R_DAY = rf"(?:(?:ال\s*)?(?P<d>{R_DAYNUM})|(?P<dord>{R_DORD})\s+من)"
R_SAME_YEAR = rf"(?:\s+(?P<same>{_alt(W.SAME_YEAR)}))"


@dataclass
class Cand:
    """A candidate expression in view coordinates."""

    start: int
    end: int
    type: str
    value: str | None
    prio: int = 0
    floating: bool = False  # a clock time with no day of its own: it takes the narrative's day (_anchor_clocks)
    # type "BLOCK": a stretch that is not a time (an age of several units): it wins the overlap, then is dropped


@dataclass
class Ctx:
    view: str
    ref: dt.date | None
    nt: NormalizedText | None = None

    def original_char(self, pos: int) -> str:
        """The original character behind view position ``pos``."""
        if self.nt is None or pos >= len(self.nt.offsets):
            return ""
        return self.nt.original[self.nt.offsets[pos]]


Rule = tuple[re.Pattern, Callable[[re.Match, Ctx], "Cand | None"], int]
RULES: list[Rule] = []


def rule(pattern: str, prio: int = 0):
    """Register ``fn(match, ctx) -> Cand | None`` for ``pattern`` (group ``t`` is the span)."""
    rx = re.compile(B + CL + "(?P<t>" + pattern + ")" + E)

    def deco(fn):
        RULES.append((rx, fn, prio))
        return fn

    return deco


def _cand(m: re.Match, ttype: str, value: str | None, prio: int = 0) -> Cand:
    return Cand(m.start("t"), m.end("t"), ttype, value, prio)


def number_value(s: str | None) -> float | None:
    """'25' '2.5' 'خمسة وعشرين' 'احد عشر' -> number; 0 for vague quantities (عدة، بضعة)."""
    if not s:
        return None
    s = _key(s)
    if re.fullmatch(NUM_D, s):
        return float(s.replace(",", ".").replace("٫", "."))
    parts = s.split(" ")
    if len(parts) == 2 and parts[0] in TEENS and re.fullmatch(r"عشر[هة]?", parts[1]):
        return float(TEENS[parts[0]] + 10)
    total = 0.0
    last = -1
    for p in re.split(r"\s+و\s*|\s+", s):
        p = p.strip()
        if p.startswith("و") and p not in NUMBERS:
            p = p[1:]
        if p.startswith("ال") and p not in NUMBERS:
            p = p[2:]
        if p not in NUMBERS:
            return None
        v = NUMBERS[p]
        # a compound number goes thousands, hundreds, units, tens (مئة وواحد وثلاثين); a repeat of a rank
        # is a list of numbers (خمس وسبع وعشر سنوات), not one
        rank = 0 if v >= 1000 else 1 if v >= 100 else 3 if v >= 20 and v % 10 == 0 else 2
        if rank <= last:
            return None
        last = rank
        total += v
    return total


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


def duration(n: float | None, unit: str) -> str:
    """TIMEX duration: (3, 'D') -> P3D, (2, 'H') -> PT2H, (0 or None, 'M') -> PXM."""
    q = "X" if not n else _fmt_num(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{q}{'M' if unit == 'MIN' else unit}"
    return f"P{q}{unit}"


def _rel_dir(word: str | None) -> int | None:
    """-1 for past words, +1 future, 0 present, None otherwise."""
    if not word:
        return None
    w = _key(word)
    if w in PAST:
        return -1
    if w in FUTURE:
        return 1
    if w in PRESENT:
        return 0
    return None


def _prev_word(view: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", view[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _prev_in(view: str, pos: int, words) -> bool:
    """The word before ``pos`` (or it without a leading و/ف: وفي، فمنذ) is one of ``words``."""
    w = _prev_word(view, pos)
    return w in words or (w[:1] in "وف" and w[1:] in words)


def _future_context(ctx: Ctx, pos: int) -> bool:
    """A future marker earlier in the same sentence (سوف، من المقرر ...)."""
    left = ctx.view[max(0, pos - 120):pos]
    cut = max(left.rfind("."), left.rfind("\n"), left.rfind("؟"), left.rfind("!"))
    left = left[cut + 1:]
    if any(mk in left for mk in FUTURE_MARKERS):
        return True
    return _imperfect_before(left)


def _future_marked(ctx: Ctx, pos: int) -> bool:
    """An explicit future marker (سوف، سـ + verb، من المقرر، المقبل ...) earlier in the clause (not beyond a
    comma: سوف يصل إلى هدفه، إذ إنه ... بعد أربع سنوات تأكد is a past stretch)."""
    left = ctx.view[max(0, pos - 120):pos]
    cut = max(left.rfind("."), left.rfind("\n"), left.rfind("؟"), left.rfind("!"), left.rfind("،"), left.rfind(","),
              left.rfind("؛"))
    left = left[cut + 1:]
    if any(mk in left for mk in FUTURE_MARKERS):
        return True
    return any(w[:2] in ("سي", "ست", "سن") and len(w) >= 4 and w not in NOT_IMPERFECT
               for w in re.findall(r"\w+", left)[-6:])


NEAR_MONTHS = 2
PAST_CUES = {_n(w) for w in W.PAST_CUES}


def _past_clause(ctx: Ctx, pos: int) -> bool:
    """A past auxiliary or particle (كان، قد، سبق) among the words of the sentence before ``pos``."""
    left = ctx.view[max(0, pos - 100):pos]
    cut = max(left.rfind("."), left.rfind("\n"), left.rfind("؟"), left.rfind("!"))
    words = re.findall(r"\w+", left[cut + 1:])[-8:]
    return any(w in PAST_CUES or (w[:1] in "وف" and w[1:] in PAST_CUES) for w in words)


ONGOING = {_n(w) for w in W.ONGOING_CUES}


def _ongoing(ctx: Ctx, pos: int) -> bool:
    """The clause before منذ describes a state still going on (ويعمل كيري منذ أيام، المتواصلة منذ خمس سنوات، أول
    اتفاق منذ 18 عاما): منذ + a count is then a duration (TimeML), not a point in the past (وعد بها منذ سنوات)."""
    left = ctx.view[max(0, pos - 100):pos]
    cut = max(left.rfind("."), left.rfind("\n"), left.rfind("؟"), left.rfind("!"), left.rfind("،"), left.rfind(","))
    left = re.sub(r"[-–«»\"()]", " ", left[cut + 1:])
    words = re.findall(r"\w+", left)[-8:]
    if any(w in ONGOING or (w[:1] in "وف" and w[1:] in ONGOING) for w in words):
        return True
    return _imperfect_before(left)


def _future_clause(ctx: Ctx, pos: int) -> bool:
    """A future marker or a (non-past) imperfect verb in the clause before ``pos`` (not beyond بعد أن، الذي،
    punctuation): ويفترض أن يرد ... بعد أن تراجع ... في مارس is a past March."""
    left = ctx.view[max(0, pos - 120):pos]
    cut = max(left.rfind("."), left.rfind("\n"), left.rfind("؟"), left.rfind("!"))
    parts = _CLAUSE_CUT.split(left[cut + 1:])
    clause = parts[-1] if parts else ""
    words = re.findall(r"\w+", clause)
    for i in range(len(words) - 1, -1, -1):
        w = words[i][1:] if words[i][:1] in "وف" and len(words[i]) > 3 else words[i]
        if w in CLAUSE_OPENERS:
            # من المقرر أن تعقد: a marker governing the أن-clause still counts
            clause = " ".join(words[max(0, i - 3) if w in ("ان",) else i + 1:])
            break
    if any(mk in clause for mk in FUTURE_MARKERS):
        return True
    if any(w[:2] in ("سي", "ست", "سن") and len(w) >= 4 and w not in NOT_IMPERFECT for w in re.findall(r"\w+", clause)):
        return True  # الذي سيبرم في باريس في ديسمبر: a future verb anywhere in the clause
    return _imperfect_before(clause)


_CLAUSE_CUT = re.compile(r"[،,؛;:«»\"()\-–]")


def _imperfect_before(left: str) -> bool:
    """An imperfect verb among the few words before the weekday in its clause (يصل الوفد الأحد), not after a
    past auxiliary (كان يزور): a scheduled event, so the next such day."""
    parts = _CLAUSE_CUT.split(left)
    words = re.findall(r"\w+", parts[-1] if parts else "")[-5:]
    seen = []
    for w in reversed(words):
        base = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if base in CLAUSE_OPENERS:
            break
        seen.append(base)
    if any(w in PAST_AUX for w in seen):
        return False
    for w in seen:
        if w in NOT_IMPERFECT or w.startswith("ال") or w.isdigit():
            continue
        if (w[:1] == "ي" and len(w) >= 3) or (w[:2] in ("سي", "ست", "سن") and len(w) >= 5):
            return True
    return False


def _with_part(value: str | None, part: str | None, ttype: str = "DATE") -> tuple[str, str | None]:
    """Add a part of the day (صباح -> TMO) to a day-granular value."""
    if not part:
        return ttype, value
    code = DAY_PARTS.get(_key(part))
    if value is None or not code:
        return ttype, value
    return "TIME", f"{value}T{code}"


# ------------------------------------------------------------------------------------------------- rules: dates


_PERIOD_NOUNS = {_n(w) for w in W.PERIOD_NOUNS}


def _gloss_ok(m: re.Match) -> bool:
    """A month glossed without brackets (مايو أيار) must name the same month twice."""
    g = m["gloss3"] if "gloss3" in m.re.groupindex else None
    return not g or GMONTHS.get(_key(g)) == GMONTHS.get(_key(m["m"]))


def _day_of(m: re.Match) -> int:
    return int(m["d"]) if m["d"] else DAY_ORDINALS[_key(m["dord"])]


_YEAR_NUM = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


MEASURES = {_n(w) for w in W.MEASURE_WORDS}
HIJRI_YEARS = (1350, 1460)  # four-digit years read as Hijri without an era: 1931-2038 (Gregorian 1350-1460 is
#                             medieval history, rare in news)
NAME_HEADS = {_n(w) for w in W.DATE_NAME_HEADS}
EVENT_DATES: dict[str, dict[tuple[int, int], str]] = {}
for _head, _dates in W.EVENT_DATES.items():
    for _iso in _dates:
        EVENT_DATES.setdefault(_n(_head), {})[(int(_iso[5:7]), int(_iso[8:10]))] = _iso


def _year_of(ctx: Ctx, m: re.Match) -> int | None:
    """The year a date names: written (2015), relative (من العام الماضي), or the last one named (تلك السنة)."""
    if m["y"]:
        return int(m["y"])
    if "ythis" in m.re.groupindex and (m["ythis"] or m["yrel"]):
        if ctx.ref is None:
            return None
        return ctx.ref.year + (_rel_dir(m["yrel"]) or 0)
    return _last_year(ctx, m)


def _last_year(ctx: Ctx, m: re.Match) -> int | None:
    """For 'تلك السنة' after a month: the last four-digit year written before the match."""
    if not m["same"]:
        return None
    years = _YEAR_NUM.findall(ctx.view[max(0, m.start() - 3000):m.start()])
    return int(years[-1]) if years else None


R_YEAR_TAIL = (rf"(?:\s*[,،/]?\s*(?:من\s+)?(?:{R_YHEAD}\s+)?(?P<y>\d{{4}})"
               rf"|\s+من\s+(?:(?P<ythis>هذا|هذه)\s+)?(?:العام|السنه)(?:\s+(?P<yrel>{R_REL}))?)")


@rule(rf"{R_PRE}(?:(?P<wd>{R_WD})\s*[,،]?\s*(?:(?:الموافق|الموافقه)\s*(?:ل\s*)?)?)?"
      rf"{R_DAY}\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?(?P<m>{R_GM}){R_GLOSS}(?:{R_YEAR_TAIL}|{R_SAME_YEAR}|\s+(?P<rel>{R_REL}))?"
      rf"(?:\s*{R_GERA}(?!\w))?", prio=5)
def _gregorian_date(m: re.Match, ctx: Ctx) -> Cand | None:
    if m["dord"] and _prev_word(ctx.view, m.start("t")) in _PERIOD_NOUNS:
        return None  # الأسبوع الأول من مارس: an ordinal of weeks, not the first of March
    d, mon = _day_of(m), GMONTHS[_key(m["m"])]
    y = _year_of(ctx, m)
    if d == 0 or not _gloss_ok(m):
        return None
    if d > 31:
        return _cand(m, "DATE", "XXXX-XX-XX", 5)
    if y is None and not m["rel"]:
        prev = _prev_word(ctx.view, m.start("t"))
        prev = prev[1:] if prev[:1] in "وبل" and prev[1:] in NAME_HEADS | set(EVENT_DATES) else prev
        if prev in NAME_HEADS:
            return None  # قوى 14 آذار، حركة 20 فبراير: a name
        known = EVENT_DATES.get(prev, {}).get((mon, d))
        if known:
            return _cand(m, "DATE", known, 5)  # أحداث 11 سبتمبر، ثورة 25 يناير: the event's own year
    rel = _rel_dir(m["rel"])
    if y is None and rel and ctx.ref is not None:  # 25 مايو الماضي: the last 25 May before publication
        y = ctx.ref.year
        if rel < 0 and (mon, d) > (ctx.ref.month, ctx.ref.day):
            y -= 1
        elif rel > 0 and (mon, d) < (ctx.ref.month, ctx.ref.day):
            y += 1
    value = C.gregorian(y, mon, d, ctx.ref)
    ttype, value = _with_part(value, m["part"])
    return _cand(m, ttype, value, 5)


@rule(rf"{R_PRE}(?:(?P<wd>{R_WD})\s*[,،]?\s*(?:(?:الموافق|الموافقه)\s*(?:ل\s*)?)?)?"
      rf"{R_DAY}\s*(?:/\s*)?(?:من\s+)?(?:شهر\s+)?(?P<m>{R_HM})(?:{R_YEAR_TAIL}|\s+(?P<rel>{R_REL}))?"
      rf"(?:\s*{R_HERA}(?!\w))?", prio=5)
def _hijri_date(m: re.Match, ctx: Ctx) -> Cand | None:
    if m["dord"] and _prev_word(ctx.view, m.start("t")) in _PERIOD_NOUNS:
        return None
    d, mon = _day_of(m), HMONTHS[_key(m["m"])]
    y = int(m["y"]) if m["y"] else None
    if d == 0:
        return None
    if d > 30:
        value = "XXXX-XX-XX"
    else:
        value = C.hijri(y, mon, d, ctx.ref)
    ttype, value = _with_part(value, m["part"])
    return _cand(m, ttype, value, 5)


@rule(rf"(?:شهر\s+)?(?P<m>{R_GM}){R_GLOSS}(?:{R_YEAR_TAIL}|{R_SAME_YEAR})(?:\s*{R_GERA}(?!\w))?", prio=4)
def _gregorian_month_year(m: re.Match, ctx: Ctx) -> Cand | None:
    y = _year_of(ctx, m)
    if y is None or not _gloss_ok(m):
        return None
    return _cand(m, "DATE", C.gregorian(y, GMONTHS[_key(m["m"])], None, ctx.ref), 4)


@rule(rf"(?:شهر\s+)?(?P<m>{R_HM}){R_YEAR_TAIL}(?:\s*{R_HERA}(?!\w))?", prio=4)
def _hijri_month_year(m: re.Match, ctx: Ctx) -> Cand | None:
    if not m["y"]:
        return None
    return _cand(m, "DATE", C.hijri(int(m["y"]), HMONTHS[_key(m["m"])], None, ctx.ref), 4)


@rule(rf"(?:(?P<head>شهر)\s+)?(?P<m>{R_GM}|{R_HM}){R_GLOSS}(?:\s+(?P<rel>{R_REL}))?", prio=2)
def _month_name(m: re.Match, ctx: Ctx) -> Cand | None:
    name = _key(m["m"])
    hijri = name in HMONTHS and name not in GMONTHS
    rel = _rel_dir(m["rel"])
    if not _gloss_ok(m):
        return None
    if not m["head"] and rel is None and not m["gloss"] and not m["gloss3"]:
        if name in HMONTH_AMBIG:
            return None  # صفر 'zero', رجب (a name), محرم 'forbidden': only with شهر, a day or a year
        ambiguous = name in GMONTH_AMBIG
        if not _prev_in(ctx.view, m.start(), STRICT_MONTH_PREPS if ambiguous else MONTH_PREPS):
            return None  # مارس الرياضة 'he practised sport'; في مارس 'in March'
    if hijri:
        mon = HMONTHS[name]
        if ctx.ref is None:
            return _cand(m, "DATE", "XXXX-XX", 2)
        value = C.hijri_month_relative(ctx.ref, mon, rel) if rel else C.hijri(None, mon, None, ctx.ref)
        return _cand(m, "DATE", value, 2)
    mon = GMONTHS[name]
    if ctx.ref is None:
        return _cand(m, "DATE", f"XXXX-{mon:02d}", 2)
    y = ctx.ref.year
    if rel is not None and rel < 0 and mon >= ctx.ref.month:
        y -= 1
    elif rel is not None and rel > 0 and mon <= ctx.ref.month:
        y += 1
    elif rel is None:
        # no year: the next such month when the clause looks ahead (ستجري الانتخابات في نوفمبر); the latest up
        # to publication when it looks back (كان قد وقع في سبتمبر) or the month is more than NEAR_MONTHS ahead
        # (بعد مبايعته في تشرين الثاني/نوفمبر, in August); a month or two ahead, with no cue, is coming up
        # (عند عودة المشرعين في سبتمبر, in August)
        ahead = (mon - ctx.ref.month) % 12
        if _future_clause(ctx, m.start()) or (0 < ahead <= NEAR_MONTHS and not _past_clause(ctx, m.start())):
            y += mon < ctx.ref.month
        else:
            y -= mon > ctx.ref.month
    return _cand(m, "DATE", f"{y:04d}-{mon:02d}", 2)


@rule(rf"{R_PRE}{R_DAY}\s*(?:من\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<head>الشهر|شهر)(?:\s+(?P<rel>{R_REL}))?", prio=5)
def _day_of_relative_month(m: re.Match, ctx: Ctx) -> Cand | None:
    """15 من الشهر الجاري، العاشر من الشهر الماضي: a day of a month named relative to publication."""
    if not (m["this"] or m["rel"]):
        return None
    n = 0 if m["this"] else _rel_dir(m["rel"])
    if n is None:
        return None
    d = _day_of(m)
    if ctx.ref is None:
        return _cand(m, "DATE", f"XXXX-XX-{d:02d}" if 1 <= d <= 31 else "XXXX-XX-XX", 5)
    ym = C.month(ctx.ref, n)
    value = C.gregorian(int(ym[:4]), int(ym[5:]), d, ctx.ref) if d else None
    if not value:
        return None
    ttype, value = _with_part(value, m["part"])
    return _cand(m, ttype, value, 5)


@rule(r"(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})"
      rf"(?:\s*(?P<era>{R_HERA}|{R_GERA})(?!\w))?", prio=5)
def _numeric_dmy(m: re.Match, ctx: Ctx) -> Cand | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if len(ys) == 2:
        if m["sep"] != "/":
            return None
        ys = ("20" if int(ys) <= (ctx.ref.year % 100 + 5 if ctx.ref else 30) else "19") + ys
    y = int(ys)
    d, mon = (a, b) if b <= 12 or a > 12 else (b, a)
    if a <= 12 < b:
        d, mon = b, a
    if 1300 <= y <= 1600 and (m["era"] and _key(m["era"]) in HIJRI_ERA or y < 1500):
        return _cand(m, "DATE", C.hijri(y, mon, d, ctx.ref) if d <= 30 else "XXXX-XX-XX", 5)
    return _cand(m, "DATE", C.gregorian(y, mon, d, ctx.ref), 5)


@rule(r"(?P<y>\d{4})\s*(?P<sep>[/\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<a>\d{1,2})", prio=5)
def _numeric_ymd(m: re.Match, ctx: Ctx) -> Cand | None:
    y, mon, d = int(m["y"]), int(m["b"]), int(m["a"])
    if 1300 <= y < 1500:
        return _cand(m, "DATE", C.hijri(y, mon, d, ctx.ref) if d <= 30 else "XXXX-XX-XX", 5)
    return _cand(m, "DATE", C.gregorian(y, mon, d, ctx.ref), 5)


@rule(rf"(?:(?P<head>{R_YHEAD}|عامي|سنتي)\s+)?(?P<y>\d{{3,4}})(?:\s*(?P<era>{R_HERA}|{R_GERA})(?!\w))?"
      rf"(?:\s*(?P<sep>[-–/]|و|الى|الي|حتي)\s*(?P<y2>\d{{4}})(?:\s*(?P<era2>{R_HERA}|{R_GERA})(?!\w))?)?", prio=3)
def _year(m: re.Match, ctx: Ctx) -> Cand | None:
    y = int(m["y"])
    era = _key(m["era"] or m["era2"] or "")
    hijri = era in HIJRI_ERA
    if era == "م" and not m["head"] and (len(m["y"]) < 4 or _prev_word(ctx.view, m.start("t")) in MEASURES
                                         or re.match(r"\s*[²³23](?!\d)", ctx.view[m.end("era"):m.end("era") + 3])):
        return None  # بطول 400 م، ارتفاع 2000 م: metres, not the Common Era
    bracketed = re.search(r"\(\s*$", ctx.view[max(0, m.start("t") - 3):m.start("t")]) is not None and \
        re.match(r"\s*(?:[-–]\s*\d{4}\s*)?\)", ctx.view[m.end("y"):m.end("y") + 10]) is not None
    if not (m["head"] or era or (bracketed and 1900 <= y <= 2100)):
        prev = _prev_word(ctx.view, m.start("t"))
        low = 1900 if prev in ("من", "الى", "الي") else 1800  # من 1500 إلى 2000 دولار is a range of amounts
        if not (low <= y <= 2100 and len(m["y"]) == 4 and _prev_in(ctx.view, m.start("t"), YEAR_PREPS)):
            return None
        nxt = ctx.view[m.end("y"):m.end("y") + 16]
        if re.match(r"[.,٫]\d", nxt):
            return None  # 1882.50 دولارا: a decimal amount
        if re.match(r"\s*(?:[%٪]|" + R_UNIT + "|" + R_COUNT + r"|\w{3,}(?<!و)ا(?!\w))", nxt):
            return None  # 2015 نسمة، 1470 متدربا: a count, not a year
        if prev == "من" and re.search(r"(?:اكثر|اقل|نحو|حوالي)\s+من\s*$", ctx.view[max(0, m.start("t") - 12):m.start("t")]):
            return None
    if not era and HIJRI_YEARS[0] <= y <= HIJRI_YEARS[1] and len(m["y"]) == 4:
        hijri = True  # عام 1435، العام 1440 (Saudi usage): Hijri years written without هـ
    value = C.hijri_year(y) if hijri else f"{y:04d}"
    if m["y2"] and m["sep"] in ("/", "-", "–") and len(m["y2"]) == 4 and abs(int(m["y2"]) - y) == 1:
        pass  # a season like 2014/2015: one span, the first year
    elif m["y2"]:
        # two years (عامي 2010 و2015): keep the first here, the second is its own expression
        end = m.end("era") if m["era"] else m.end("y")
        return Cand(m.start("t"), end, "DATE", value, 3)
    return _cand(m, "DATE", value, 3)


# -------------------------------------------------------------------------------------- rules: weekdays, deictics


@rule(rf"{R_PRE}[(«]?\s*(?P<wd>{R_WD})\s*[)»]?(?:\s+(?P<rel>{R_REL}))?(?:\s+(?:قبل\s+)?(?P<rel2>{R_PAST}))?", prio=3)
def _weekday(m: re.Match, ctx: Ctx) -> Cand | None:
    wd = WEEKDAYS[_key(m["wd"])]
    if not (m["part"] or m["yawm"]):
        if _prev_word(ctx.view, m.start("t")) in WEEKDAY_NOT_AFTER.get(_key(m["wd"]), ()):
            return None
        if _key(m["wd"]) == "الاثنين" and re.search(r"(?:اي|لاي|كل|كلا)\s+من\s*$", ctx.view[max(0, m.start() - 12):m.start()]):
            return None  # لأي من الاثنين: 'either of the two'
    rel = _rel_dir(m["rel"])
    if rel is None:
        direction = 2 if _future_context(ctx, m.start()) else -1
    elif rel < 0:
        direction = -2
    elif rel > 0:
        direction = 1
    else:
        direction = -1
    value = C.weekday(ctx.ref, wd, direction)
    if m["rel2"] and ctx.ref is not None and rel is not None and rel < 0:
        value = (dt.date.fromisoformat(value) - dt.timedelta(days=7)).isoformat()
    ttype, value = _with_part(value, m["part"])
    return _cand(m, ttype, value, 3)


@rule(rf"(?P<head>يومي|يوما)\s+(?P<wd1>{R_WD})\s+و\s*(?P<wd2>{R_WD})"
      rf"(?:\s+(?P<rel>الماضيين|المقبلين|القادمين|الماضي|المقبل|القادم|{R_REL}))?", prio=4)
def _weekday_pair(m: re.Match, ctx: Ctx) -> list[Cand]:
    """يومي الثلاثاء والأربعاء الماضيين: two dates, the relative word applying to both."""
    relw = _key(m["rel"] or "")
    rel = -1 if relw.startswith("الماضي") else (1 if relw in ("المقبلين", "القادمين", "المقبل", "القادم") else None)
    out = []
    for g in ("wd1", "wd2"):
        wd = WEEKDAYS[_key(m[g])]
        if rel is None:
            direction = 2 if _future_context(ctx, m.start()) else -1
        else:
            direction = -2 if rel < 0 else 1
        start = m.start("t") if g == "wd1" else m.start(g)
        end = m.end(g) if g == "wd1" else m.end("t")
        out.append(Cand(start, end, "DATE", C.weekday(ctx.ref, wd, direction), 4))
    return out


_NAMES = [re.sub(r"\s+", " ", _n(w)) for w in W.NAMES_WITH_TIME_WORDS]
_OPEN_Q, _CLOSE_Q = "\"«“”'‘’", "\"»”“'’‘"


def _in_name(ctx: Ctx, start: int, end: int) -> bool:
    """The word at view[start:end] ends a known outlet name (عين اليوم، روسيا اليوم) or closes a quoted name of
    at most two words (”عين اليوم”، «اليوم»)."""
    left = re.sub(r"\s+", " ", ctx.view[max(0, start - 24):end])
    if any(left.endswith(name) and (len(left) == len(name) or not left[-len(name) - 1].isalnum())
           for name in _NAMES):
        return True
    after = ctx.view[end:end + 2].lstrip()
    if not after or after[0] not in _CLOSE_Q:
        return False
    before = ctx.view[max(0, start - 30):start]
    q = max(before.rfind(c) for c in _OPEN_Q)
    return q >= 0 and len(re.findall(r"\w+", before[q + 1:])) <= 1 and not re.search(r"[.،,:]", before[q + 1:])


_SAME = {"نفسه", "ذاته", "عينه", "ذاك", "ذلك", "نفسها", "ذاتها"}
R_DEIC = _alt(list(W.DAY_DEICTICS) + ["يوم غد", "الغد"])


@rule(rf"{R_PRE}(?P<deic>{R_DEIC})(?:\s*[(\[«]?\s*(?P<wd>{R_WD})\s*[)\]»]?)?", prio=3)
def _deictic(m: re.Match, ctx: Ctx) -> Cand | None:
    word = _key(m["deic"])
    if word in ("يوم غد", "الغد"):
        if word == "الغد" and not (m["part"] or m["yawm"] or m["wd"]):
            return None  # الغد alone is often 'the future'; صباح الغد، يوم الغد are dates
        word = "غد"
    elif word == "غد" and not m["wd"] and _prev_word(ctx.view, m.start("t")) != "من":
        return None  # bare غد: 'a tomorrow' (مد جسوره لغد)
    if word == "غدا" and not m["wd"] and re.match(r"\s+\w{3,}(?<!و)ا(?!\w)", ctx.view[m.end("t"):m.end("t") + 20]):
        return None  # وغدا متعذرا: the verb 'became'
    if word in ("اليوم", "الغد") and _in_name(ctx, m.start("deic"), m.end("deic")):
        return None  # لـ"عين اليوم"، قناة روسيا اليوم، صحيفة «اليوم»: a name
    if word == "اليوم" and not m["wd"] and not m["part"] and re.search(
            r"(?:مره|مرات|مرتين|مرتان)\s+(?:في|ب)\s*$", ctx.view[max(0, m.start("t") - 16):m.start("t")]):
        return _cand(m, "SET", "P1D", 3)  # خمس مرات في اليوم: per day
    if word == "اليوم" and not m["wd"] and not m["part"] and re.search(
            r"(?:\d|" + R_NUMW + r")(?:\s+\w+){1,2}\s+في\s*$", ctx.view[max(0, m.start("t") - 40):m.start("t")]):
        return _cand(m, "SET", "P1D", 3)  # 97 سفينة قياسية في اليوم: a rate per day
    if word == "الليله" and not m["part"] and not m["yawm"] and (
            _prev_word(ctx.view, m.start("t")) in _SAME | {"تلك"}
            or re.match(r"\s+ال\w+", ctx.view[m.end("t"):m.end("t") + 20])):
        return None  # تلك الليلة: the narrative's night; الليلة الحزينة: a night described, not tonight
    if word == "اليوم" and not m["wd"] and not m["part"] and not m["yawm"]:
        nxt = re.match(r"\s+(\w+)", ctx.view[m.end("t"):m.end("t") + 30])
        if nxt and (nxt.group(1).startswith("ال") and nxt.group(1) not in WEEKDAYS or nxt.group(1) in _SAME):
            return None  # اليوم الأول، اليوم الوطني، اليوم نفسه: a day named or the narrative's, not today
        if _prev_word(ctx.view, m.start("t")) in _SAME:
            return None  # ذلك اليوم: that day
    if word == "الان" and ctx.original_char(m.start("deic")) == "آ":
        return None
    off = DEICTICS[word]
    if m["wd"] and ctx.ref is not None:
        # the weekday given beside it wins over a publication date that may be a day off
        wd = WEEKDAYS[_key(m["wd"])]
        # (annotators: the named day on or before the deictic's day: أمس الخميس in a Tuesday article is the
        # Thursday before, اليوم الأربعاء in a Thursday article the Wednesday before)
        value = C.weekday(ctx.ref, wd, 1) if off > 0 else C.weekday(ctx.ref + dt.timedelta(days=off), wd, -1)
    else:
        value = C.shift_days(ctx.ref, off)
    part = m["part"]
    if word in NIGHTS and not part:
        return _cand(m, "TIME", f"{value}TNI", 3)
    ttype, value = _with_part(value, part)
    return _cand(m, ttype, value, 3)


@rule(rf"(?:(?P<nth>{_alt(W.HOLIDAY_DAY)})\s+(?:ايام|يوم)\s+)?(?P<hol>{_alt(W.HOLIDAYS)})"
      rf"(?:\s+(?P<rel>{R_PAST}|{R_FUT}))?(?:\s+(?:لعام|عام|العام)?\s*(?P<y>\d{{4}}))?", prio=3)
def _holiday(m: re.Match, ctx: Ctx) -> Cand | None:
    cal, mon, d = HOLIDAYS[_key(m["hol"])]
    d += HOLIDAY_DAY.get(_key(m["nth"] or ""), 0)
    rel = _rel_dir(m["rel"])
    y = int(m["y"]) if m["y"] else None
    if cal == "G":
        if y is None and ctx.ref is not None and rel is not None:
            y = ctx.ref.year + (rel if rel > 0 or (mon, d) >= (ctx.ref.month, ctx.ref.day) else 0)
        return _cand(m, "DATE", C.gregorian(y, mon, d, ctx.ref), 3)
    if y is not None:  # a Gregorian year with a Hijri feast: the one that falls in that year
        for hy in range(y - 579, y - 577 + 2):
            v = C.hijri(hy, mon, d, None)
            if v.startswith(f"{y:04d}"):
                return _cand(m, "DATE", v, 3)
        return _cand(m, "DATE", "XXXX-XX-XX", 3)
    value = C.hijri(None, mon, d, ctx.ref)
    if rel is not None and ctx.ref is not None and not value.startswith("X"):
        when = dt.date.fromisoformat(value)
        if rel < 0 and when > ctx.ref or rel > 0 and when < ctx.ref:
            shifted = when + dt.timedelta(days=354 * rel)
            value = C.hijri(None, mon, d, shifted)
    return _cand(m, "DATE", value, 3)


# ---------------------------------------------------------------------------- rules: relative calendar periods


@rule(rf"(?:(?P<this>هذا|هذه)\s+)?(?P<head>العام|السنه|الشهر|الاسبوع|العقد|القرن)"
      rf"(?:\s+(?P<before>قبل)\s+(?P<rel0>{R_PAST})|\s+(?P<rel>{R_REL}))?", prio=3)
def _relative_period(m: re.Match, ctx: Ctx) -> Cand | None:
    unit = HEADS[_key(m["head"])]
    if m["before"]:
        n = -2
    elif m["rel"]:
        word = _key(m["rel"])
        if word in ("الاخير", "الاخيره"):
            return None
        n = _rel_dir(word)
    elif m["this"]:
        n = 0
    elif unit in ("Y", "M", "W") and _MODIFIER.search(ctx.view[max(0, m.start("t") - 24):m.start("t")]) \
            and not re.match(r"\s+ال", ctx.view[m.end("t"):m.end("t") + 4]):
        if re.search(r"(?:عطله|عطلات|اجازه|اجازات)\s+\w+\s*$", ctx.view[max(0, m.start("t") - 24):m.start("t")]):
            return None  # عطلة نهاية الأسبوع: the weekend in general
        n = 0  # نهاية العام، منتصف الشهر: the current one (not نهاية العام الدراسي)
    else:
        return None
    fn = {"Y": C.year, "M": C.month, "W": C.week, "DE": C.decade, "CE": C.century}[unit]
    return _cand(m, "DATE", fn(ctx.ref, n), 3)


@rule(rf"(?:(?P<this>هذا|هذه)\s+)?(?P<season>{_alt(W.SEASONS)})(?:\s+(?P<rel>{R_REL}))?"
      rf"(?:\s+(?:من\s+)?(?:{R_YHEAD}\s+)?(?P<y>\d{{4}})"
      rf"|\s+(?:من\s+)?(?:(?P<ythis>هذا|هذه)\s+)?(?:العام|السنه)(?:\s+(?P<yrel>{R_REL}))?)?", prio=3)
def _season(m: re.Match, ctx: Ctx) -> Cand | None:
    key = _key(m["season"])
    code = SEASONS[key]
    if m["y"]:
        return _cand(m, "DATE", f"{m['y']}-{code}", 3)
    if m["ythis"] or m["yrel"]:  # ربيع هذا العام، صيف العام الماضي
        if ctx.ref is None:
            return _cand(m, "DATE", f"XXXX-{code}", 3)
        return _cand(m, "DATE", f"{ctx.ref.year + (_rel_dir(m['yrel']) or 0):04d}-{code}", 3)
    if not key.startswith("ال"):
        return None
    if m["rel"]:
        n = _rel_dir(m["rel"])
    elif m["this"]:
        n = 0
    else:
        return None
    return _cand(m, "DATE", C.season(ctx.ref, code, n or 0), 3)


R_DUR_HEAD = _alt(W.DURATION_HEADS)


@rule(rf"(?:(?P<num1>{R_NUMP}|\d+)\s+)?(?P<head>{R_PL_HEAD}|{R_DU_HEAD})"
      rf"(?:\s+(?:ال\s*)?(?P<num2>{R_NUMP}|\d+))?(?:\s+(?P<many>العديده|القليله|الكثيره|الطويله))?"
      rf"\s+(?P<rel>{R_PAST}|{R_FUT}|الماضيين|المقبلين|القادمين|الاخيرين|الماضيتين)", prio=3)
def _plural_period(m: re.Match, ctx: Ctx) -> Cand | None:
    head = _key(m["head"])
    relw = _key(m["rel"])
    rel = -1 if relw in ("الماضيين", "الاخيرين", "الماضيتين") else (1 if relw in ("المقبلين", "القادمين") else _rel_dir(relw))
    if rel is None:
        return None
    left = ctx.view[max(0, m.start("t") - 12):m.start("t")]
    as_duration = re.search(R_DUR_HEAD + r"\s*$", left) is not None
    if head in DU_UNITS:
        return _cand(m, "DURATION", duration(2, DU_UNITS[head]), 3)
    unit = PL_UNITS.get(head)
    n = number_value(m["num1"] or m["num2"])
    if unit and n:
        return _cand(m, "DURATION", duration(n, unit), 3)
    if unit and as_duration:
        return _cand(m, "DURATION", duration(None, unit), 3)
    return _cand(m, "DATE", "PAST_REF" if rel < 0 else ("FUTURE_REF" if rel > 0 else "PRESENT_REF"), 3)


# -------------------------------------------------------------------------------------------- rules: durations


UNIT_ORDER = W.UNIT_ORDER
AGE_CUES = {_n(w) for w in W.AGE_CUES}
R_AGE_AFTER = _alt(W.AGE_AFTER)


def _compose(parts: dict[str, float]) -> str | None:
    """TIMEX duration of several units: {'H': 1, 'MIN': 14} -> PT1H14M; decades and centuries count as years."""
    parts = dict(parts)
    years = parts.pop("Y", 0) + 10 * parts.pop("DE", 0) + 100 * parts.pop("CE", 0)
    if years:
        parts["Y"] = years
    date = "".join(f"{_fmt_num(parts[u])}{u}" for u in ("Y", "M", "W", "D") if parts.get(u))
    time = "".join(f"{_fmt_num(parts[u])}{'M' if u == 'MIN' else u}" for u in ("H", "MIN", "S") if parts.get(u))
    if not (date or time):
        return None
    return "P" + date + ("T" + time if time else "")


def _with_fraction(n: float, unit: str, frac: str | None) -> dict[str, float]:
    """n units and a half/quarter/third of one, the fraction in the next smaller unit (4 ساعات ونصف -> 4H 30MIN)."""
    parts = {unit: n}
    f = FRACTIONS.get(_key(frac or "").lstrip("و").strip())
    if f and unit in W.FRACTION_OF_UNIT:
        lower, k = W.FRACTION_OF_UNIT[unit]
        parts[lower] = parts.get(lower, 0) + f * k
    elif f:
        parts[unit] = n + f
    return parts


def _is_age(ctx: Ctx, m: re.Match, unit: str) -> bool:
    """A number of years that is someone's age (وعمره 24 عامًا، البالغ من العمر 30 عاما، الشاب (22 عاما)،
    60 عاما من العمر): TimeML does not count it as a time of the text."""
    if unit not in ("Y", "M"):
        return False
    left = ctx.view[max(0, m.start("t") - 30):m.start("t")]
    words = re.findall(r"\w+", left)[-3:]
    if any(w in AGE_CUES or (w[:1] in "وفبل" and w[1:] in AGE_CUES) for w in words):
        return True
    if re.match(r"\s+" + R_AGE_AFTER + r"(?!\w)", ctx.view[m.end("t"):m.end("t") + 16]):
        return True
    # a bare '(22 عاما)' or '"35 عاما"' after a name: the brackets hold nothing but the age
    if re.search(r"[(\"«“”]\s*$", left) and re.match(r"\s*[)\"»”“]", ctx.view[m.end("t"):m.end("t") + 3]):
        return True
    # '(25 عاما و23 مباراة دولية)'، '(30 عاما، لاعب وسط)': an age opening a bracketed description of a person
    return re.search(r"\w\s*\(\s*$", left) is not None and \
        re.match(r"\s*(?:[،,]|و\s*\d)", ctx.view[m.end("t"):m.end("t") + 4]) is not None


@rule(rf"(?:(?P<ago>منذ|قبل|بعد|خلال|غضون)\s+)?{R_APPROX}?"
      rf"(?P<n>{R_NUM})\s+(?P<u>{R_UNIT})(?:\s+(?P<half>و\s*(?:نصف|ربع|ثلث))(?:\s+(?P<hu>{R_UNIT}|ال{R_UNIT}))?)?", prio=2)
def _counted(m: re.Match, ctx: Ctx) -> Cand | None:
    n = number_value(m["n"])
    if n is None:
        # a list of numbers sharing the unit (خمس وسبع وعشر سنوات): the last one is a duration
        tail = list(re.finditer(r"\s+و\s*", m["n"]))
        if m["ago"] or not tail:
            return None
        n = number_value(m["n"][tail[-1].end():])
        if not n or m["half"]:
            return None
        return Cand(m.start("n") + tail[-1].end(), m.end("u"), "DURATION", duration(n, UNITS[_key(m["u"])][0]), 2)
    unit = UNITS[_key(m["u"])][0]
    if _is_age(ctx, m, unit):
        return None
    if re.match(r"\s+ضوييه(?!\w)", ctx.view[m.end("u"):m.end("u") + 10]):
        return None  # 1400 سنة ضوئية: a distance
    if unit == "Y" and _key(m["u"]) in ("عام", "سنه") and re.match(r"\s*\d{4}(?!\d)", ctx.view[m.end("u"):m.end("u") + 8]):
        return None  # أيزو 20000 عام 2011: the unit word heads the year that follows
    if m["hu"] and UNITS.get(_key(m["hu"]).removeprefix("ال"), ("",))[0] != unit:
        return None  # ساعتين ونصف يوم: not a fraction of this unit
    if m["half"] and n:
        parts = _with_fraction(n, unit, m["half"])
        if not m["ago"] or _key(m["ago"]) in ("خلال", "غضون"):
            start = m.start("n") if m["ago"] else m.start("t")
            return Cand(start, m.end("t"), "DURATION", _compose(parts), 2)
        n += FRACTIONS.get(_key(m["half"]).lstrip("و").strip(), 0)
    ago = _key(m["ago"] or "")
    vague = n == 0
    if ago in ("قبل", "بعد") and (_anchored(ctx, m) or ago == "بعد" and unit in ("H", "MIN", "S")):
        ago = "خلال"  # بعد 24 ساعة من الهجوم: a stretch from another event, not from publication
    elif ago == "بعد" and not _future_marked(ctx, m.start("t")):
        ago = "خلال"  # يلحق بها أول ترميم بعد 65 سنة، وبعد ثلاث سنوات عاد: counted from an event, not from now
    if ago == "منذ" and _ongoing(ctx, m.start("t")):
        return Cand(m.start("n"), m.end("t"), "DURATION", duration(None if vague else n, unit), 2)
    if ago in ("منذ", "قبل", "بعد") and ago:
        sign = 1 if ago == "بعد" else -1
        if vague or unit in ("H", "MIN", "S") or n != int(n):
            return _cand(m, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", 2)
        k = sign * int(n)
        value = {"Y": lambda: C.year(ctx.ref, k), "M": lambda: C.month(ctx.ref, k),
                 "W": lambda: C.week(ctx.ref, k), "D": lambda: C.shift_days(ctx.ref, k),
                 "DE": lambda: C.year(ctx.ref, 10 * k), "CE": lambda: C.year(ctx.ref, 100 * k)}[unit]()
        return _cand(m, "DATE", value, 2)
    start = m.start("n") if ago else m.start("t")
    return Cand(start, m.end("t"), "DURATION", duration(None if vague else n, unit), 2)


def _amount(n: str | None, u: str) -> tuple[str, float]:
    """(TIMEX unit, count) of a number and a unit word; the count a singular or dual implies without a number."""
    unit, implied, _ = UNITS[_key(u)]
    return unit, (number_value(n) if n else implied) or 0


@rule(rf"(?:(?P<ago>منذ|قبل|بعد|خلال|غضون|لمده|مده|طوال|طيله)\s+)?{R_APPROX}?(?:(?P<n1>{R_NUM})\s+)?(?P<u1>{R_UNIT})"
      rf"\s+و\s*(?:(?:(?P<n2>{R_NUM})\s+)?(?P<u2>{R_UNIT})|(?P<frac>نصف|ربع|ثلث)(?:\s+(?P<fu>ال{R_UNIT}|{R_UNIT}))?)",
      prio=3)
def _compound_duration(m: re.Match, ctx: Ctx) -> Cand | None:
    """ساعة و14 دقيقة، عامين وستة أشهر، ساعة ونصف، أربع ساعات ونصف الساعة: one duration of several units."""
    unit1, q1 = _amount(m["n1"], m["u1"])
    if not q1:
        return None
    if _is_age(ctx, m, unit1):
        return _cand(m, "BLOCK", None, 3)  # رضيع "سنة وأربعة شهور": an age, and so is each part
    if m["u2"]:
        unit2, q2 = _amount(m["n2"], m["u2"])
        if not q2 or UNIT_ORDER.get(unit2, -1) <= UNIT_ORDER.get(unit1, 99):
            return None  # يوم وليلة، ساعات وأيام: not one amount
        parts = {unit1: q1, unit2: q2}
    else:
        if m["fu"] and UNITS.get(_key(m["fu"]).removeprefix("ال"), ("",))[0] != unit1:
            return None
        parts = _with_fraction(q1, unit1, m["frac"])
    value = _compose(parts)
    ago = _key(m["ago"] or "")
    if ago in ("منذ", "قبل", "بعد") and not _anchored(ctx, m) and ctx.ref is not None and ago != "منذ":
        sign = 1 if ago == "بعد" else -1
        months = 12 * parts.get("Y", 0) + parts.get("M", 0)
        days = 7 * parts.get("W", 0) + parts.get("D", 0)
        if months and not days and months == int(months) and not any(parts.get(u) for u in ("H", "MIN", "S")):
            return _cand(m, "DATE", C.month(ctx.ref, sign * int(months)), 3)
        return _cand(m, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", 3)
    start = m.start("t")
    if ago:  # the head (منذ، لمدة) stays outside a duration's span
        start = m.end("ago")
        while ctx.view[start:start + 1].isspace():
            start += 1
    return Cand(start, m.end("t"), "DURATION", value, 3)


def _anchored(ctx: Ctx, m: re.Match) -> bool:
    """'بعد يومين من الهجوم' / 'قبل أسبوع على الانتخابات': counted from another event (not 'من الآن')."""
    nxt = ctx.view[m.end("t"):m.end("t") + 24]
    return re.match(r"\s+(?:فقط\s+)?(?:من|علي)\s", nxt) is not None and \
        re.match(r"\s+(?:فقط\s+)?من\s+(?:الان|اليوم|تاريخه|تاريخ\s+اليوم)(?!\w)", nxt) is None


@rule(rf"(?:(?P<ago>منذ|قبل|بعد)\s+)?{R_APPROX}?(?P<u>{R_DUAL})", prio=1)
def _dual(m: re.Match, ctx: Ctx) -> Cand | None:
    unit = UNITS[_key(m["u"])][0]
    ago = _key(m["ago"] or "")
    if ago in ("قبل", "بعد") and (_anchored(ctx, m) or ago == "بعد" and unit in ("H", "MIN", "S")):
        return Cand(m.start("u"), m.end("t"), "DURATION", duration(2, unit), 1)
    if ago == "منذ" and _ongoing(ctx, m.start("t")):
        return Cand(m.start("u"), m.end("t"), "DURATION", duration(2, unit), 1)
    if ago:
        if unit in ("H", "MIN", "S"):
            return _cand(m, "DATE", "FUTURE_REF" if ago == "بعد" else "PAST_REF", 1)
        k = 2 if ago == "بعد" else -2
        value = {"Y": C.year, "M": C.month, "W": C.week, "D": C.shift_days}.get(unit)
        if value is None:
            return _cand(m, "DATE", "PAST_REF" if k < 0 else "FUTURE_REF", 1)
        return _cand(m, "DATE", value(ctx.ref, k), 1)
    return _cand(m, "DURATION", duration(2, unit), 1)


@rule(rf"(?:(?P<ago>منذ|قبل|بعد|لعده|عده|بضعه|بضع|غضون|خلال)\s+)?(?P<u>{R_BARE_PL})", prio=0)
def _bare_plural(m: re.Match, ctx: Ctx) -> Cand | None:
    unit = UNITS[_key(m["u"])][0]
    ago = _key(m["ago"] or "")
    if ago == "منذ":  # ويعمل منذ أيام: a stretch reaching now; وعد بها منذ سنوات: a past point
        if _ongoing(ctx, m.start("t")):
            return _cand(m, "DURATION", duration(None, unit), 0)
        return _cand(m, "DATE", "PAST_REF", 0)
    if ago == "قبل":
        return _cand(m, "DATE", "PAST_REF", 0)
    if ago == "بعد":
        return _cand(m, "DATE", "FUTURE_REF", 0)
    if ago in ("غضون", "خلال"):
        return Cand(m.start("u"), m.end("t"), "DURATION", duration(None, unit), 0)
    if ago:
        return _cand(m, "DURATION", duration(None, unit), 0)
    before = ctx.view[max(0, m.start("t") - 1):m.start("t")]
    after = ctx.view[m.end("t"):m.end("t") + 5]
    prev = _prev_word(ctx.view, m.start("t") - (1 if before == "ل" else 0))
    if before == "ل" or re.match(r"\s+من\s", after) or prev in ("لمده", "طوال", "طيله", "مده", "استمرت", "استمر"):
        return _cand(m, "DURATION", duration(None, unit), 0)
    return None


@rule(rf"ال\s*(?P<n>{R_NUM})\s+(?P<u>{R_UNIT})\s+(?P<rel>{R_PAST}|{R_FUT})", prio=3)
def _definite_counted(m: re.Match, ctx: Ctx) -> Cand | None:
    """الـ24 ساعة الماضية، الأربع والعشرين ساعة المقبلة: a stretch ending (or starting) now."""
    n = number_value(m["n"])
    if not n:
        return None
    return _cand(m, "DURATION", duration(n, UNITS[_key(m["u"])][0]), 3)


@rule(rf"(?P<head>لمده|مده|طوال|طيله|منذ|قبل|بعد)\s+(?P<u>عام|سنه|شهر|اسبوع|يوم|ساعه|عقد|قرن|دقيقه)"
      rf"(?:\s+(?:واحد|واحده|كامل|كامله))?", prio=1)
def _one_unit(m: re.Match, ctx: Ctx) -> Cand | None:
    unit = UNITS[_key(m["u"])][0]
    head = _key(m["head"])
    prev = _prev_word(ctx.view, m.start("t"))
    if head == "بعد" and prev in UNITS and UNITS[prev][0] == unit:
        return None  # يوما بعد يوم، عاما بعد عام: 'steadily', not a day later
    if head in ("منذ", "قبل", "بعد") and not (head != "منذ" and _anchored(ctx, m)):
        if re.match(r"\s*\d", ctx.view[m.end("t"):m.end("t") + 3]):
            return None  # منذ عام 2007: a year, not 'a year ago'
        if head == "منذ" and _ongoing(ctx, m.start("t")):
            return Cand(m.start("u"), m.end("t"), "DURATION", duration(1, unit), 1)
        k = 1 if head == "بعد" else -1
        fn = {"Y": C.year, "M": C.month, "W": C.week, "D": C.shift_days}.get(unit)
        if fn is None:
            return _cand(m, "DATE", "FUTURE_REF" if k > 0 else "PAST_REF", 1)
        return _cand(m, "DATE", fn(ctx.ref, k), 1)
    return Cand(m.start("u"), m.end("t"), "DURATION", duration(1, unit), 1)


@rule(rf"(?P<f>{_alt(W.FRACTIONS)})\s+(?P<u>ساعه|قرن|عام|سنه|شهر|يوم)", prio=1)
def _fraction(m: re.Match, ctx: Ctx) -> Cand | None:
    f = FRACTIONS[_key(m["f"])]
    unit = UNITS[_key(m["u"])][0]
    if unit == "H":
        return _cand(m, "DURATION", f"PT{round(60 * f)}M", 1)
    if unit == "CE":
        return _cand(m, "DURATION", f"P{round(100 * f)}Y", 1)
    if unit == "Y":
        return _cand(m, "DURATION", f"P{round(12 * f)}M", 1)
    return _cand(m, "DURATION", duration(f, unit), 1)


# ---------------------------------------------------------------------------------------- rules: clock times


@rule(rf"(?:(?P<head>الساعه)\s+)?(?:\(\s*)?(?P<h>\d{{1,2}})(?:(?P<msep>[:.])(?P<mi>\d{{2}}))?(?:\s*\))?(?P<hord>)(?:\s+(?:دقيقه|دقايق))?"
      rf"(?:\s+(?P<per>{R_PERIOD}))?(?:\s+(?:من\s+)?(?:(?:يوم|(?P<per2>صباح|مساء|ظهر|عصر|ليل|ليله|فجر))\s+)?(?P<day>اليوم|امس|غدا|{R_WD})(?:\s*[(]?\s*(?P<wd2>{R_WD})\s*[)]?)?(?:\s+(?P<drel>{R_REL}))?)?", prio=4)
def _clock_digits(m: re.Match, ctx: Ctx) -> Cand | None:
    if not (m["head"] or m["per"] or m["mi"]):
        return None
    if m["msep"] == "." and not m["head"]:
        return None  # 8.20 alone is a decimal; الساعة 8.20 مساء is a clock time
    c = _clock(m, ctx, int(m["h"]), int(m["mi"] or 0))
    if c is not None and m["t"].count("(") != m["t"].count(")"):
        c.start = m.start("h")  # الساعة (23:00 بتوقيت جرينتش): the bracket closes later, leave it out
    return c


@rule(rf"(?:(?P<head>الساعه)\s+)?(?P<hord>{R_ORD})(?P<h>)(?P<mi>)"
      rf"(?:\s+(?P<frac>و\s*النصف|و\s*الربع|و\s*الثلث|الا\s+ربعا|الا\s+الربع|الا\s+ثلثا|الا\s+الثلث)"
      rf"|\s+و\s*(?P<mins>{R_NUM})\s+(?:دقيقه|دقايق))?"
      rf"(?:\s+(?P<per>{R_PERIOD}))?(?:\s+(?:من\s+)?(?:(?:يوم|(?P<per2>صباح|مساء|ظهر|عصر|ليل|ليله|فجر))\s+)?(?P<day>اليوم|امس|غدا|{R_WD})(?:\s*[(]?\s*(?P<wd2>{R_WD})\s*[)]?)?(?:\s+(?P<drel>{R_REL}))?)?", prio=4)
def _clock_words(m: re.Match, ctx: Ctx) -> Cand | None:
    if not (m["head"] or m["per"]):
        return None
    if not (_key(m["hord"]).split(" ")[0].endswith("ه") or _key(m["hord"]) == "الاولي") or re.search(
            r"(?:ربع|نصف|ثلث|ثلاثه ارباع)\s*$", ctx.view[max(0, m.start("t") - 12):m.start("t")]):
        return None  # ربع الساعة الأول: a quarter of an hour; hours are feminine (الساعة الواحدة، الثانية)
    h = ORDINALS[_key(m["hord"])]
    mins = int(number_value(m["mins"]) or 0) if m["mins"] else 0
    frac = _key(m["frac"] or "").replace(" ", "")
    if frac:
        if frac.startswith("الا"):
            h, mins = h - 1, 60 - (15 if "ربع" in frac else 20)
        else:
            mins = 30 if "نصف" in frac else (15 if "ربع" in frac else 20)
    return _clock(m, ctx, h, mins)


def _clock(m: re.Match, ctx: Ctx, h: int, mins: int) -> Cand | None:
    per = PERIODS.get(_key(m["per"] or m["per2"] or ""))
    if per == "pm" and h < 12:
        h += 12
    elif per == "noon" and 1 <= h <= 5:
        h += 12
    elif per == "night" and 6 <= h < 12:
        h += 12
    elif per == "night" and h == 12:
        h = 0  # 12 ليلا: midnight
    elif per == "am" and h == 12:
        h = 0
    if not (0 <= h <= 24 and 0 <= mins < 60):
        return None
    day_word = _key(m["day"] or "")
    ref = ctx.ref
    if day_word in DEICTICS and m["wd2"] and ref is not None:
        date = C.nearest_weekday(ref + dt.timedelta(days=DEICTICS[day_word]), WEEKDAYS[_key(m["wd2"])])
    elif day_word in DEICTICS:
        date = C.shift_days(ref, DEICTICS[day_word])
    elif day_word in WEEKDAYS:
        rel = _rel_dir(m["drel"])
        direction = (2 if _future_context(ctx, m.start()) else -1) if rel is None else (-2 if rel < 0 else 1 if rel > 0 else -1)
        date = C.weekday(ref, WEEKDAYS[day_word], direction)
    else:
        date = C.day(ref) if ref else "XXXX-XX-XX"
        c = _cand(m, "TIME", f"{date}T{h % 24:02d}:{mins:02d}", 4)
        c.floating = True
        return c
    return _cand(m, "TIME", f"{date}T{h % 24:02d}:{mins:02d}", 4)


# ------------------------------------------------------------------------------ rules: vague, sets, centuries


@rule(_alt(W.VAGUE), prio=1)
def _vague(m: re.Match, ctx: Ctx) -> Cand | None:
    if ctx.original_char(m.start("t")) == "آ":
        return None  # آلان (Alan) is not الآن
    if re.match(r"\s+من\s+(?:هذا\s+|هذه\s+)?(?:العام|السنه|الشهر|الاسبوع|اليوم|عام|\d)", ctx.view[m.end("t"):m.end("t") + 20]):
        return None  # في وقت سابق من الشهر الحالي: the period says when
    return _cand(m, "DATE", VAGUE[_key(m["t"])], 1)


@rule(_alt(W.SET_ADVERBS), prio=1)
def _set_adverb(m: re.Match, ctx: Ctx) -> Cand | None:
    return _cand(m, "SET", SETS[_key(m["t"])], 1)


@rule(rf"كل\s+(?:(?P<n>{R_NUM})\s+)?(?P<u>{R_UNIT}|{R_DUAL})(?:\s+(?P<wd>{R_WD.replace('ال', '')}))?", prio=2)
def _set_every(m: re.Match, ctx: Ctx) -> Cand | None:
    unit, implied, _ = UNITS[_key(m["u"])]
    n = number_value(m["n"]) if m["n"] else implied or 1
    if m["wd"]:
        wd = WEEKDAYS.get("ال" + _key(m["wd"]))
        if wd:
            return _cand(m, "SET", f"XXXX-WXX-{wd}", 2)
    return _cand(m, "SET", duration(n or None, unit), 2)


@rule(rf"كل\s+(?P<wd>{R_WD.replace('ال', '')})", prio=2)
def _set_weekday(m: re.Match, ctx: Ctx) -> Cand | None:
    wd = WEEKDAYS.get("ال" + _key(m["wd"]))
    return _cand(m, "SET", f"XXXX-WXX-{wd}", 2) if wd else None


@rule(rf"القرن\s+(?:ال\s*)?(?P<n>\d{{1,2}}|{_alt(W.CENTURY_ORDINALS)})(?:\s+(?:الميلادي|الهجري))?", prio=3)
def _century(m: re.Match, ctx: Ctx) -> Cand | None:
    raw = _key(m["n"])
    n = int(raw) if raw.isdigit() else CENTURIES.get(raw)
    if not n:
        return None
    return _cand(m, "DATE", f"{n - 1:02d}", 3)


@rule(rf"(?:عقد\s+)?(?P<dec>{_alt(list(W.DECADES) + [w[2:] for w in W.DECADES])})(?:\s+(?:من\s+)?القرن\s+(?P<c>الماضي|العشرين|الحالي|الحادي\s+والعشرين|ال\s*20|ال\s*21|20|21))?", prio=3)
def _decade(m: re.Match, ctx: Ctx) -> Cand | None:
    d = DECADES[_key(m["dec"])] if _key(m["dec"]) in DECADES else DECADES["ال" + _key(m["dec"])]
    c = _key(m["c"] or "")
    cent = 20 if c in ("الحالي", "الحادي والعشرين", "ال 21", "21", "ال21") else 19
    return _cand(m, "DATE", f"{cent}{d}", 3)


# ---------------------------------------------------------------------------------------------- the tagger


_LAM_LAM = re.compile(r"(?<!\w)[وف]?ل(?=ل\w)")


def _view(text: str) -> NormalizedText:
    """The normalised view, with ``لل`` (ل + ال) at a word start written ``لال`` so ال-rules match."""
    nt = normalize_with_map(text)
    s, offs = nt.text, nt.offsets
    cuts = [m.end() for m in _LAM_LAM.finditer(s)]
    if not cuts:
        return nt
    parts, out_offs, prev = [], [], 0
    for c in cuts:  # after the first ل insert an ا that points at the second ل
        parts.append(s[prev:c])
        parts.append("ا")
        out_offs.extend(offs[prev:c])
        out_offs.append(offs[c])
        prev = c
    parts.append(s[prev:])
    out_offs.extend(offs[prev:])
    return NormalizedText(text, "".join(parts), tuple(out_offs))


def _second_years(view: str, cands: list[Cand]) -> list[Cand]:
    """The second year of a pair (عامي 2010 و2015، بين 2011 و2014): its own DATE."""
    extra, todo = [], list(cands)
    while todo:  # chains: بعد 1987 و1990 و2010 و2012
        c = todo.pop()
        if c.type == "DATE" and c.value and re.fullmatch(r"\d{4}", c.value):
            mm = re.match(r"\s*(?:و\s*(?:حتي|الى|الي)?|الى|الي|حتي|-|–)\s*(\d{4})(?!\w)", view[c.end:c.end + 16])
            if mm and 1000 <= int(mm.group(1)) <= 2100:
                y2 = int(mm.group(1))
                value = C.hijri_year(y2) if HIJRI_YEARS[0] <= y2 <= HIJRI_YEARS[1] else mm.group(1)
                new = Cand(c.end + mm.start(1), c.end + mm.end(1), "DATE", value, 3)
                extra.append(new)
                todo.append(new)
    return extra


_AGREES = re.compile(r"\s*[,،]?\s*(?:(?:(?:الذي|التي)\s+)?(?:يوافق|توافق|الموافق|الموافقه)\s*(?:ل\s*)?(?:تاريخ\s+)?)?"
                     r"[(]?\s*")


def _weekday_dates(view: str, chosen: list[Cand]) -> None:
    """A weekday followed by the date it falls on (السبت الذي يوافق 15 أغسطس) takes that date."""
    for a, b in zip(chosen, chosen[1:]):
        if a.type in ("DATE", "TIME") and a.value and re.search(r"\d{4}-\d\d-\d\d", a.value or "") \
                and b.value and re.fullmatch(r"\d{4}-\d\d-\d\d", b.value):
            gap = _AGREES.fullmatch(view[a.end:b.start])
            if gap and any(w in view[a.start:a.end] for w in WEEKDAYS):
                a.value = b.value + a.value[10:]


_MODIFIER = re.compile(r"(?<!\w)" + CL + "(?P<mod>" + _alt(W.POSITION_MODIFIERS) + r")\s+$")


def _extend_modifiers(view: str, chosen: list[Cand]) -> None:
    """Take a position word just before a date into its span: نهاية العام الحالي، منتصف يونيو."""
    for c in chosen:
        if c.type != "DATE" or not c.value or c.value.endswith("_REF"):
            continue
        mm = _MODIFIER.search(view[max(0, c.start - 24):c.start])
        if mm:
            new = c.start - (len(view[max(0, c.start - 24):c.start]) - mm.start("mod"))
            if not any(o is not c and o.start < c.start and o.end > new for o in chosen):
                c.start = new


def _first_days(view: str, cands: list[Cand]) -> list[Cand]:
    """The first day of a range (من 15 - 26 أغسطس، بين 3 و5 مايو): a DATE in the second day's month."""
    extra = []
    for c in cands:
        if c.type == "DATE" and c.value and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d-\d\d", c.value):
            mm = re.search(r"(?<![\d/.\-])(\d{1,2})\s*(?:-|–|الى|الي|حتي|و)\s*(?:ال\s*)?$", view[max(0, c.start - 12):c.start])
            if mm and re.match(r"(?:ال\s*)?\d", view[c.start:c.start + 4]):
                d = int(mm.group(1))
                y, mo = c.value[:4], c.value[5:7]
                value = C.gregorian(int(y), int(mo), d, None) if y.isdigit() else f"XXXX-{mo}-{d:02d}"
                base = max(0, c.start - 12)
                extra.append(Cand(base + mm.start(1), base + mm.end(1), "DATE", value, 1))
    return extra


_SENT_END = re.compile(r"[.!?؟](?=\s|$)|\n")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
AFTER_WINDOW = 50  # characters after a clock time a date may be to give its day
_NOT_SAME_TIME = re.compile(r"(?<!\w)(?:حتي|الي|ان|لكن|ثم|بينما)(?!\w)")  # ... حتى 27 يونيو: another time
ANCHOR_WINDOW = 3000  # characters back a clock time looks for the day the narrative is on (about an article)


def _anchor_clocks(view: str, chosen: list[Cand]) -> None:
    """A clock time with no day of its own is on the day the text is talking about: a full date in the same
    sentence (الساعة 18:02 ... بتاريخ 15/10/1436), else the last one named shortly before (مساء أمس الاثنين ...
    الساعة 8:20 مساء), else the publication day it already has."""
    if not any(c.floating for c in chosen):
        return
    bounds = [0] + [m.end() for m in _SENT_END.finditer(view)] + [len(view)]
    days = [o for o in chosen if not o.floating and o.value and _DAY_VALUE.match(o.value)]
    for c in chosen:
        if not c.floating or not c.value or not _DAY_VALUE.match(c.value):
            continue
        k = bisect.bisect_right(bounds, c.start)
        lo, hi = bounds[k - 1], bounds[min(k, len(bounds) - 1)]
        same = [o for o in days if lo <= o.start < c.start]
        after = [o for o in days if c.end <= o.start < min(hi, c.end + AFTER_WINDOW)
                 and not _NOT_SAME_TIME.search(view[c.end:o.start])]
        if same or after:
            # the day named before it in the sentence, else one that follows it closely (الساعة 18:02 ...
            # بتاريخ 15/10/1436), not a later date of the sentence (حتى السابع والعشرين: the end of a run)
            anchor = same[-1] if same else after[0]
        else:
            before = [o for o in days if o.end <= c.start and c.start - o.end <= ANCHOR_WINDOW]
            anchor = before[-1] if before else None
        if anchor is not None:
            c.value = anchor.value[:10] + c.value[10:]


_RANGE_GAP = re.compile(r"\s*(?:الى|الي|حتي|و|-|–)\s*(?:شهر\s+)?")


def _month_ranges(view: str, chosen: list[Cand]) -> None:
    """من سبتمبر إلى نوفمبر: the second month of a range is not before the first."""
    for a, b in zip(chosen, chosen[1:]):
        if a.value and b.value and re.fullmatch(r"\d{4}-\d\d", a.value) and re.fullmatch(r"\d{4}-\d\d", b.value) \
                and _RANGE_GAP.fullmatch(view[a.end:b.start]) and b.value < a.value and b.value[5:] > a.value[5:]:
            b.value = a.value[:4] + b.value[4:]


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates, longest (then highest priority) first, in text order."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if c.end <= c.start or any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def tag(text: str, ref: dt.date | None, view: NormalizedText | None = None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, type, value) in original-text offsets for every temporal expression in ``text``."""
    nt = view or _view(text)
    ctx = Ctx(nt.text, ref, nt)
    cands: list[Cand] = []
    for rx, fn, _prio in RULES:
        for m in rx.finditer(nt.text):
            try:
                c = fn(m, ctx)
            except (ValueError, OverflowError, KeyError, IndexError, TypeError):
                c = None  # one odd expression never sinks the article
            if isinstance(c, list):
                cands.extend(c)
            elif c is not None:
                cands.append(c)
    cands += _second_years(nt.text, cands)
    cands += _first_days(nt.text, cands)
    chosen = _select(cands)
    _weekday_dates(nt.text, chosen)
    _anchor_clocks(nt.text, chosen)
    _month_ranges(nt.text, chosen)
    _extend_modifiers(nt.text, chosen)
    out = []
    for c in chosen:
        if c.type == "BLOCK":
            continue
        start, end = nt.to_original(c.start, c.end)
        while end > start and (text[end - 1].isspace() or text[end - 1] in "،,.:;"
                               or text[end - 1] in ")»]" and not re.search(r"[(«\[]", text[start:end])):
            end -= 1
        while start < end and (text[start].isspace() or text[start] in "(«[" and not re.search(r"[)»\]]", text[start:end])):
            start += 1
        if end > start:
            out.append((start, end, c.type, c.value))
    return out


def find_dateline(text: str, view: NormalizedText | None = None) -> str | None:
    """The publication date a dateline at the top of the article gives (``برلين 25 شوال 1436 هـ الموافق 10
    أغسطس 2015 م واس``): a full date (Gregorian, or Hijri converted) opening the first line, after at most a few
    words of place or outlet and no preposition. A date inside the first sentence is an event, not a dateline."""
    # the dateline opens the first line, or the first paragraph under a headline
    lines = [ln for ln in text[:2000].split("\n") if ln.strip()][:DATELINE_LINES]
    for line in lines:
        first = line[:240]
        for s, _e, t, v in tag(first, None):
            if t != "DATE" or not v or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
                continue
            prefix = normalize(first[:s])
            words = re.findall(r"\w+", prefix)
            stop = any(w in _NOT_DATELINE or (w[:1] in "وفبلك" and w[1:] in _NOT_DATELINE) for w in words)
            if len(words) <= 4 and not stop and not re.search(r"[،,.]", prefix):
                return v
            return None
    return None


DATELINE_LINES = 2  # a headline, then the paragraph that opens with the dateline


_NOT_DATELINE = {_n(w) for w in W.NOT_DATELINE}
