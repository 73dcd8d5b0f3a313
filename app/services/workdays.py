"""Working days with Chinese public holidays and make-up workdays.

chinesecalendar knows the years the State Council has published. For a year
it does not know yet (a deadline running into next year before the schedule
is out) we fall back to Monday-Friday and say so, so the committed date can
be shown as provisional rather than silently wrong.
"""
from __future__ import annotations

from datetime import date, timedelta

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


def workdays_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end`."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_workday(current):
            count += 1
    return count
