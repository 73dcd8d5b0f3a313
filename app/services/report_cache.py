"""Report figures of past calendar months, kept in the database (report_month).

A year's report would otherwise group every affair of the year each time
(a quarter of a second on a busy station's database). The report stores the
grouped rows its queries return for each full month before the current one,
and reads them back next time. Correctness rests on one rule: any write to
an affair or a ticket deletes the rows of the months it touches, in the same
transaction. Every session gets the hooks below; the one Core UPDATE of
tickets calls `touch` itself. A month is filled only inside a writing
transaction that holds the station's lock (SQLite: BEGIN IMMEDIATE already
serialises writers; PostgreSQL: an advisory lock per station, which
invalidating writers take too), so a month computed while another desk
changes it is never kept.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import delete, event, func, inspect, select, tuple_
from sqlalchemy.orm import Session

from app.models import Affair, ReportMonth, Ticket

_KEY = "report_months"


def month_of(value) -> date | None:
    if value is None:
        return None
    return date(value.year, value.month, 1)


def touch(s: Session, station_id: int, day) -> None:
    """A write the hooks cannot see (a Core UPDATE) changed figures of `day`'s month."""
    month = month_of(day)
    if month is not None:
        s.info.setdefault(_KEY, set()).add((station_id, month))


def _months_of(obj) -> set[date]:
    state = inspect(obj)
    names = ("accepted_at", "completed_at") if isinstance(obj, Affair) else ("day",)
    months = set()
    for name in names:
        history = state.attrs[name].history
        # The value now and the value it replaced: closing or reopening moves an affair between months.
        values = (*history.added, *history.unchanged, *history.deleted) or (getattr(obj, name),)
        for value in values:
            if value is not None:
                months.add(month_of(value))
    return months


def _collect(session: Session, _flush_context) -> None:
    touched = None
    for objects in (session.new, session.dirty, session.deleted):
        for obj in objects:
            if isinstance(obj, (Affair, Ticket)) and obj.station_id is not None:
                touched = session.info.setdefault(_KEY, set()) if touched is None else touched
                touched.update((obj.station_id, m) for m in _months_of(obj))


def _forget(session: Session) -> None:
    session.flush()  # what is still pending is seen by _collect now
    touched = session.info.pop(_KEY, None)
    if not touched:
        return
    _lock(session, {station_id for station_id, _ in touched})
    session.execute(delete(ReportMonth).where(
        tuple_(ReportMonth.station_id, ReportMonth.month).in_(sorted(touched))))


def _lock(s: Session, station_ids) -> None:
    """PostgreSQL: a transaction-scoped advisory lock per station, taken by invalidating writers as
    their last step and by `fill` for its whole count (SQLite's writing transaction already holds the
    whole database). Taken last by writers, it waits on nothing they hold: no deadlock with row locks."""
    if s.get_bind().dialect.name == "postgresql":
        for station_id in sorted(station_ids):
            s.execute(select(func.pg_advisory_xact_lock(_LOCK_SPACE, station_id)))


_LOCK_SPACE = 0x7265  # "re"(port): the first key of the advisory lock pair


def _drop(session: Session, *_args) -> None:
    session.info.pop(_KEY, None)


def install() -> None:
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _forget)
        event.listen(Session, "after_rollback", _drop)


def load(s: Session, station_id: int, months: list[date]) -> dict[date, dict]:
    if not months:
        return {}
    return {m: p for m, p in s.execute(select(ReportMonth.month, ReportMonth.payload).where(
        ReportMonth.station_id == station_id, ReportMonth.month.in_(months)))}


def lock_for_fill(s: Session, station_id: int) -> None:
    _lock(s, {station_id})


def store(s: Session, station_id: int, month: date, payload: dict, now: datetime) -> None:
    s.add(ReportMonth(station_id=station_id, month=month, payload=payload, computed_at=now))


def cacheable(first: date, last: date, today: date) -> bool:
    """A whole calendar month that ended before the current month began."""
    return first.day == 1 and month_of(last + timedelta(days=1)) != month_of(last) and \
        month_of(last) < month_of(today)
