"""Working days with Chinese public holidays and make-up workdays.

chinesecalendar knows the years the State Council has published. For a year
it does not know yet (a deadline running into next year before the schedule
is out) we fall back to Monday-Friday and say so, so the committed date can
be shown as provisional rather than silently wrong.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar


from chinese_calendar.constants import holidays as _HOLIDAYS

_YEARS = range(min(_HOLIDAYS).year, max(_HOLIDAYS).year + 1)


def is_published(day: date) -> bool:
    return day.year in _YEARS


def is_workday(day: date) -> bool:
    if is_published(day):
        return chinese_calendar.is_workday(day)
    return day.weekday() < 5


def add_workdays(start: date, days: int) -> date:
    """The date `days` working days after `start` (the acceptance day itself not counted)."""
    if days <= 0:
        return start
    current = start
    left = days
    while left:
        current += timedelta(days=1)
        if is_workday(current):
            left -= 1
    return current


@lru_cache(maxsize=64)
def _year_prefix(year: int) -> tuple[int, ...]:
    """prefix[i] = working days in `year` up to and including day-of-year i (1-based; prefix[0] = 0)."""
    day, counts, total = date(year, 1, 1), [0], 0
    while day.year == year:
        total += is_workday(day)
        counts.append(total)
        day += timedelta(days=1)
    return tuple(counts)


def _workdays_through(day: date) -> int:
    """Working days from 1 January of `day`'s year through `day`."""
    return _year_prefix(day.year)[day.timetuple().tm_yday]


def workdays_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 if end is not after start).

    Counted from per-year prefix sums: the transfer queue asks this for every open
    affair on each refresh, some of them years old."""
    if end <= start:
        return 0
    count = _workdays_through(end) - _workdays_through(start)
    for year in range(start.year, end.year):
        count += _year_prefix(year)[-1]
    return count
