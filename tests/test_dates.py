from datetime import date, datetime

import pytest

from sitegen.dates import dutch_day, dutch_period, school_year_label, school_year_of


@pytest.mark.parametrize(
    ("day", "year"),
    [(date(2025, 7, 31), 2024), (date(2025, 8, 1), 2025), (date(2026, 1, 15), 2025), (date(2026, 8, 1), 2026)],
)
def test_school_year_starts_on_1_august(day, year):
    assert school_year_of(day) == year


def test_labels_in_dutch():
    assert dutch_day(date(2026, 3, 14)) == "za 14 maart 2026"
    assert school_year_label(2025) == "2025–2026"


def test_periods():
    assert dutch_period(datetime(2026, 3, 14, 10), datetime(2026, 3, 14, 15)) == "za 14 maart 2026, 10:00–15:00"
    assert dutch_period(date(2026, 4, 6), date(2026, 4, 8)) == "ma 6 april 2026 – wo 8 april 2026"
    assert dutch_period(date(2026, 4, 6), date(2026, 4, 6)) == "ma 6 april 2026"
    assert dutch_period(datetime(2026, 7, 3, 18), datetime(2026, 7, 4, 2)) == "vr 3 juli 2026 18:00 – za 4 juli 2026 02:00"
