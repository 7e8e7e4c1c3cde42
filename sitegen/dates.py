"""Dates as Dutch readers expect them, and the school year (1 August – 31 July) the network plans by."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from babel.dates import format_date, format_time

if TYPE_CHECKING:
    from sitegen.model.event import Event

LOCALE = "nl"
SCHOOL_YEAR_FIRST_MONTH = 8


def school_year_of(day: date) -> int:
    """The calendar year in which the school year containing `day` starts."""
    return day.year if day.month >= SCHOOL_YEAR_FIRST_MONTH else day.year - 1


def school_year_label(first_year: int) -> str:
    return f"{first_year}–{first_year + 1}"


@lru_cache(maxsize=4096)
def dutch_day(day: date) -> str:
    """'za 14 maart 2026'."""
    return format_date(day, "EEE d MMMM y", locale=LOCALE)


@lru_cache(maxsize=1024)
def dutch_month(day: date) -> str:
    """'maart 2026'."""
    return format_date(day, "LLLL y", locale=LOCALE)


@lru_cache(maxsize=64)
def dutch_month_short(day: date) -> str:
    """'MRT': the month on an agenda card's date, in capitals, as short as Dutch abbreviates it."""
    return format_date(day, "MMM", locale=LOCALE).rstrip(".").upper()


def dutch_clock(moment: datetime) -> str:
    return format_time(moment, "HH:mm", locale=LOCALE)


@lru_cache(maxsize=16384)
def dutch_period(start: date | datetime, end: date | datetime) -> str:
    """'za 14 maart 2026, 10:00–15:00', 'ma 6 april 2026 – wo 8 april 2026' or 'za 14 maart 2026'.

    `end` is inclusive: the last day for all-day events, the end time otherwise.
    """
    if isinstance(start, datetime) and isinstance(end, datetime):
        if start.date() == end.date():
            return f"{dutch_day(start.date())}, {dutch_clock(start)}–{dutch_clock(end)}"
        return f"{dutch_day(start.date())} {dutch_clock(start)} – {dutch_day(end.date())} {dutch_clock(end)}"
    if start == end:
        return dutch_day(start)
    return f"{dutch_day(start)} – {dutch_day(end)}"


def event_when(event: Event) -> str:
    """When an event takes place, as on its page: 'za 14 maart 2026, 10:00–15:00'."""
    if event.all_day:
        return dutch_period(event.first_day, event.last_day)
    return dutch_period(event.start, event.end_moment)  # type: ignore[arg-type]
