"""The quick ranges of the Reports window, counted from the station's today.

"This week / month / year" run to today, not to the period's end: the rest of
the period has no figures yet, and the file name then says what the file holds.
Weeks start on Monday, as Chinese calendars do.
"""
from __future__ import annotations

from datetime import date, timedelta

QUICK_RANGES = ("today", "yesterday", "this_week", "last_week", "this_month", "last_month", "this_year",
                "last_year", "custom")


def _month_start(d: date) -> date:
    return d.replace(day=1)


def quick_range(key: str, today: date) -> tuple[date, date]:
    """(first, last) of a quick range; "custom" has none of its own and gives today."""
    if key == "yesterday":
        day = today - timedelta(days=1)
        return day, day
    if key == "this_week":
        return today - timedelta(days=today.weekday()), today
    if key == "last_week":
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if key == "this_month":
        return _month_start(today), today
    if key == "last_month":
        last = _month_start(today) - timedelta(days=1)
        return _month_start(last), last
    if key == "this_year":
        return date(today.year, 1, 1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return today, today
