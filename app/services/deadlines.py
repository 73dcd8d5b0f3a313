"""Deadline state of an open affair, counted in working days.

Half and three quarters of the committed working time used are the two
warnings the back office asked for; past the committed date is overdue.
An urgent affair (Immediate Response) must be finished the day it was
whistled, whatever its type promises.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from .workdays import workdays_between

ON_TIME, HALF, DUE_SOON, OVERDUE = "on_time", "half_used", "due_soon", "overdue"
DEADLINE_STATES = (OVERDUE, DUE_SOON, HALF, ON_TIME)  # most pressing first
DEADLINE_LABELS = {
    ON_TIME: ("正常", "on time"),
    HALF: ("时限过半", "half the time used"),
    DUE_SOON: ("即将到期", "due soon"),
    OVERDUE: ("已超期", "overdue"),
}


def deadline_state(accepted_at: datetime, committed: date | None, today: date,
                   urgent_at: datetime | None = None) -> tuple[str, float, int]:
    """(state, share of working time used, working days overdue)."""
    return _by_day(accepted_at.date(), committed, today, urgent_at.date() if urgent_at else None)


@lru_cache(maxsize=4096)
def _by_day(start: date, committed: date | None, today: date, urgent_day: date | None) -> tuple[str, float, int]:
    # Only days matter, and a queue holds many affairs accepted and due on the same days.
    if urgent_day is not None:
        if today > urgent_day:
            return OVERDUE, 1.0, workdays_between(urgent_day, today)
        return DUE_SOON, 1.0, 0
    if committed is None:
        return ON_TIME, 0.0, 0
    if today > committed:
        return OVERDUE, 1.0, max(1, workdays_between(committed, today))
    total = workdays_between(start, committed)
    if total <= 0:
        return DUE_SOON, 1.0, 0
    used = workdays_between(start, today) / total
    if used >= 0.75:
        return DUE_SOON, used, 0
    if used >= 0.5:
        return HALF, used, 0
    return ON_TIME, used, 0
