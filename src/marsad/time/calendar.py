"""Calendar arithmetic for TIMEX3 values: shifting days, ISO weeks, months, years and seasons from a reference
date, Hijri -> Gregorian conversion (Umm al-Qura, via hijridate), and the unresolved X-forms used when there is
no reference date. Every function returns a TIMEX3 value string or None; none raises on a bad date.
"""

from __future__ import annotations

import datetime as dt
import re

try:  # hijridate is a declared dependency; degrade to unresolved Hijri values if it is missing
    from hijridate import Gregorian, Hijri
except ImportError:  # pragma: no cover
    Hijri = Gregorian = None

# Northern-hemisphere meteorological seasons: TIMEX code -> months.
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
SEASON_ORDER = ("WI", "SP", "SU", "FA")


def parse_iso_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (a longer ISO string is cut) -> date; None when absent or not a date."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_published(value) -> dt.date | None:
    """A publication date as feeds give it -> date: ISO (``2015-08-10``, ``2015-08-10T02:51:32``), day-first
    numeric (``10/08/2015``), RFC 2822 (``Mon, 10 Aug 2015 02:51:32 +0300``). None when it is none of these."""
    if not isinstance(value, str) or not value.strip():
        return None
    v = value.strip()
    d = parse_iso_date(v)
    if d is not None:
        return d
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T].*)?", v)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(v).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def day(d: dt.date) -> str:
    return d.isoformat()


def shift_days(ref: dt.date | None, n: int) -> str:
    if ref is None:
        return "XXXX-XX-XX"
    try:
        return (ref + dt.timedelta(days=n)).isoformat()
    except OverflowError:
        return "XXXX-XX-XX"


def week(ref: dt.date | None, n: int) -> str:
    """The ISO week ``n`` weeks from the week of ``ref``: ``2023-W22``."""
    if ref is None:
        return "XXXX-WXX"
    try:
        y, w, _ = (ref + dt.timedelta(weeks=n)).isocalendar()
    except OverflowError:
        return "XXXX-WXX"
    return f"{y:04d}-W{w:02d}"


def month(ref: dt.date | None, n: int) -> str:
    if ref is None:
        return "XXXX-XX"
    k = ref.year * 12 + ref.month - 1 + n
    y, m = divmod(k, 12)
    return f"{y:04d}-{m + 1:02d}" if 0 < y < 10000 else "XXXX-XX"


def year(ref: dt.date | None, n: int) -> str:
    if ref is None:
        return "XXXX"
    y = ref.year + n
    return f"{y:04d}" if 0 < y < 10000 else "XXXX"


def decade(ref: dt.date | None, n: int) -> str:
    if ref is None:
        return "XXX"
    d = ref.year // 10 + n
    return f"{d:03d}"


def century(ref: dt.date | None, n: int) -> str:
    if ref is None:
        return "XX"
    c = (ref.year - 1) // 100 + n  # 2023 -> 20 ("the 21st century" is TIMEX "20")
    return f"{c:02d}"


def season_of(d: dt.date) -> tuple[int, str]:
    """(year the season is named under, code); winter belongs to the year it starts in."""
    for code, months in SEASON_MONTHS.items():
        if d.month in months:
            return (d.year - 1 if code == "WI" and d.month <= 2 else d.year), code
    raise AssertionError  # pragma: no cover


def season(ref: dt.date | None, code: str, n: int) -> str:
    """``code`` (SP SU FA WI) relative to ``ref``: n=-1 the last one before the current season, 0 the current
    or coming one this year, +1 the next one after the current season."""
    if ref is None:
        return f"XXXX-{code}"
    cur_y, cur = season_of(ref)
    cur_i = cur_y * 4 + SEASON_ORDER.index(cur)
    want = SEASON_ORDER.index(code)
    if n < 0:
        k = cur_i - 1
        while k % 4 != want:
            k -= 1
    elif n > 0:
        k = cur_i + 1
        while k % 4 != want:
            k += 1
    else:
        k = cur_y * 4 + want
    return f"{k // 4:04d}-{code}"


def weekday(ref: dt.date | None, iso_wd: int, direction: int) -> str:
    """The date of ISO weekday ``iso_wd`` near ``ref``: direction -1 the most recent one on or before ``ref``,
    -2 strictly before, +1 strictly after, +2 on or after."""
    if ref is None:
        return f"XXXX-WXX-{iso_wd}"
    delta = iso_wd - ref.isoweekday()
    if direction == -1:
        n = -((-delta) % 7)
    elif direction == -2:
        n = -((-delta) % 7 or 7)
    elif direction == 1:
        n = delta % 7 or 7
    else:
        n = delta % 7
    return (ref + dt.timedelta(days=n)).isoformat()


def nearest_weekday(ref: dt.date, iso_wd: int) -> str:
    """The date of ISO weekday ``iso_wd`` nearest ``ref`` (at most three days either way)."""
    delta = (iso_wd - ref.isoweekday()) % 7
    if delta > 3:
        delta -= 7
    return (ref + dt.timedelta(days=delta)).isoformat()


def gregorian(y: int | None, m: int, d: int | None, ref: dt.date | None) -> str:
    """An explicit Gregorian date; a missing year is the one that puts the date nearest ``ref``.
    An impossible date keeps what is certain (``2015-02-XX``)."""
    if not 1 <= m <= 12:
        return "XXXX-XX-XX" if d else "XXXX-XX"
    if y is None:
        if ref is None:
            return f"XXXX-{m:02d}-{d:02d}" if d and 1 <= d <= 31 else f"XXXX-{m:02d}"
        best = None
        for cand in (ref.year - 1, ref.year, ref.year + 1):
            try:
                when = dt.date(cand, m, d or 1)
            except ValueError:
                continue
            dist = abs((when - ref).days) + (0.5 if when > ref else 0)  # ties go to the past
            if best is None or dist < best[0]:
                best = (dist, cand)
        if best is None:
            return f"XXXX-{m:02d}-XX"
        y = best[1]
    if not 0 < y < 10000:
        return "XXXX-XX-XX" if d else "XXXX-XX"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}-XX"


def hijri(y: int | None, m: int, d: int | None, ref: dt.date | None) -> str:
    """A Hijri date -> Gregorian TIMEX value. A month without a day becomes the Gregorian month of its 15th
    day; a missing year is the Hijri year that puts the date nearest ``ref``. Out of the Umm al-Qura range
    (1343-1500 AH) or impossible (30th of a 29-day month): unresolved."""
    if Hijri is None or not 1 <= m <= 12:
        return "XXXX-XX-XX"
    if y is None:
        if ref is None:
            return "XXXX-XX-XX" if d else "XXXX-XX"
        try:
            hy = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
        except (ValueError, OverflowError):
            return "XXXX-XX-XX" if d else "XXXX-XX"
        best = None
        for cand in (hy - 1, hy, hy + 1):
            try:
                g = Hijri(cand, m, d or 15).to_gregorian()
            except (ValueError, OverflowError):
                continue
            when = dt.date(g.year, g.month, g.day)
            dist = abs((when - ref).days) + (0.5 if when > ref else 0)
            if best is None or dist < best[0]:
                best = (dist, when)
        if best is None:
            return "XXXX-XX-XX" if d else "XXXX-XX"
        when = best[1]
        return when.isoformat() if d else f"{when.year:04d}-{when.month:02d}"
    try:
        g = Hijri(y, m, d or 15).to_gregorian()
    except (ValueError, OverflowError):
        return "XXXX-XX-XX" if d else "XXXX-XX"
    return f"{g.year:04d}-{g.month:02d}-{g.day:02d}" if d else f"{g.year:04d}-{g.month:02d}"


def hijri_month_relative(ref: dt.date, mon: int, direction: int) -> str:
    """Hijri month ``mon`` before (direction < 0) or after (> 0) the Hijri month of ``ref`` (رمضان الماضي)."""
    if Gregorian is None:
        return "XXXX-XX"
    try:
        h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    except (ValueError, OverflowError):
        return "XXXX-XX"
    if direction < 0:
        y = h.year - 1 if mon >= h.month else h.year
    else:
        y = h.year + 1 if mon <= h.month else h.year
    return hijri(y, mon, None, ref)


def hijri_year(y: int) -> str:
    """A Hijri year -> the Gregorian year holding most of it (the year of its middle, 15 Rajab-ish)."""
    if Hijri is not None:
        try:
            return f"{Hijri(y, 6, 15).to_gregorian().year:04d}"
        except (ValueError, OverflowError):
            pass
    # outside the Umm al-Qura table: the arithmetic approximation G = H * 0.97 + 622
    g = round(y * 0.970229 + 621.5643 + 0.5)
    return f"{g:04d}" if 0 < g < 10000 else "XXXX"
