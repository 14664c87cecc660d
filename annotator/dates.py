"""Calendar words in Italian and English, and resolving weekdays against a bulletin's date."""

from __future__ import annotations

import datetime as dt

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    [
        ("january", "jan", "gennaio", "gen"),
        ("february", "feb", "febbraio"),
        ("march", "mar", "marzo"),
        ("april", "apr", "aprile"),
        ("may", "maggio", "mag"),
        ("june", "jun", "giugno", "giu"),
        ("july", "jul", "luglio", "lug"),
        ("august", "aug", "agosto", "ago"),
        ("september", "sep", "sept", "settembre", "set"),
        ("october", "oct", "ottobre", "ott"),
        ("november", "nov", "novembre"),
        ("december", "dec", "dicembre", "dic"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _n

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
    "domenica": 6,
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4,
}

MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def last_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The latest date on or before `anchor` that falls on `weekday` (0 = Monday)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def nearest_year(anchor: dt.date | None, month: int, day: int) -> dt.date | None:
    """A day and month without a year, placed in the year that puts it nearest `anchor`."""
    if anchor is None:
        return None
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        cand = make_date(year, month, day)
        if cand and (best is None or abs(cand - anchor) < abs(best - anchor)):
            best = cand
    return best
