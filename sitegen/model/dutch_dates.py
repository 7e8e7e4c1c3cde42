"""Dates and times as Dutch editors often type them (14-03-2026, 14 maart 2026, 10.00, 10u), converted to the form
the content model reads, so that a message can say "bedoel je "2026-03-14 10:00"?" instead of only "wrong"."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+)?"
_NUMERIC_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WRITTEN_DATE = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.hu]\s*(\d{2})|\s*(?:u|uur|h))(?:\s*uur)?")
_JOIN = r"(?:\s*,?\s+(?:om\s+|vanaf\s+)?|\s*[T]\s*)"


def dutch_date(text: str) -> str | None:
    """`14-03-2026`, `14/3/2026`, `14 maart 2026`, `za 14 mrt 2026` → `2026-03-14`; None when not a real date."""
    value = text.strip().casefold()
    value = re.sub(rf"^{_WEEKDAY}", "", value)
    return _date_of(value)


def dutch_time(text: str) -> str | None:
    """`10.00`, `10u`, `10u30`, `10 uur`, `10:00 uur`, `10h` → `10:00`; None when not a real time."""
    match = _TIME.fullmatch(text.strip().casefold())
    return _time_of(match) if match else None


def dutch_moment(text: str) -> str | None:
    """A date, or a date and a time, in any of the forms above → `2026-03-14` or `2026-03-14 10:00`."""
    value = re.sub(rf"^{_WEEKDAY}", "", text.strip().casefold())
    day = _date_of(value)
    if day is not None:
        return day
    for pattern in (_NUMERIC_DATE, _WRITTEN_DATE, _ISO_DATE):
        match = re.fullmatch(rf"({pattern.pattern}){_JOIN}(.+)", value)
        if match is None:
            continue
        day = _date_of(match.group(1))
        clock = dutch_time(match.group(match.lastindex or 0))
        if day is not None and clock is not None:
            return f"{day} {clock}"
    return None


def _date_of(value: str) -> str | None:
    numeric = _NUMERIC_DATE.fullmatch(value)
    written = _WRITTEN_DATE.fullmatch(value)
    iso = _ISO_DATE.fullmatch(value)
    if numeric:
        day, month, year = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
    elif written and written.group(2) in _MONTHS:
        day, month, year = int(written.group(1)), _MONTHS[written.group(2)], int(written.group(3))
    elif iso:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _time_of(match: re.Match[str]) -> str | None:
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"
