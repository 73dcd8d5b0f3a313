"""The daily report for a day or any range, and the stationmaster's dashboard.

Figures are counted by the database (GROUP BY over the station's affairs in
the range, served by the accepted_at and completed_at indexes) and only the
few hundred groups come back to Python, so a year's report costs about as much
as the raw queries. What each figure means:

- accepted: affairs registered in the range (accepted_at), one-time notices included;
  on the spot = of those, on-the-spot types finished; transferred = of those,
  collect-and-submit and transfer types no longer waiting for materials;
  came only once = of those, the resident came once (visits = 1).
- completed / referred / satisfaction / on time: affairs closed in the range
  (completed_at), whenever accepted; on time = of those given a date (collect-and-submit
  and transfer types), closed on or before it (an urgent affair: the day it was whistled).
- overdue: affairs still open at the end of the range (or today, if the range runs
  on) whose due date had passed, with working days overdue as the queue counts them.
- tickets: queue tickets issued in the range; wait = issued to called, service =
  called to finished.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy.orm import Session

from app.printing.documents import StationHeader
from app.printing.report_data import (
    Breakdown, Dashboard, DayFigures, OverdueRow, Report, Satisfaction, TicketFigures, Totals,
)

from . import errors, lifecycle, report_cache
from .acceptance import CHANNEL_LABELS, CHANNELS
from .context import ServiceContext
from .deadlines import DUE_SOON, OVERDUE, deadline_state
from .errors import DomainError, StorageError, ValidationError
from .identity import mask_id, mask_phone
from .permissions import Perm, allowed
from .plain_read import Reader, Statement, as_date, as_datetime, in_list, over_session
from .uow import reading, writing

errors.register({
    "report_range": ("报表的开始日期不能晚于结束日期（{start} > {end}）。",
                     "The report's first day is after its last ({start} > {end})."),
    "report_future": ("报表的开始日期 {start} 尚未到来。", "The report cannot start in the future ({start})."),
    "report_too_early": ("报表日期过早：{start}（最早 {min}）。", "The report starts too early: {start} (earliest {min})."),
    "report_cancelled": ("已取消生成报表。", "The report was cancelled."),
})

EARLIEST = date(2000, 1, 1)
DASHBOARD_DAYS = 30
SERVICE_KINDS = ("party", "government", "convenience")
SERVICE_KIND_LABELS = {"party": ("党务服务", "party services"), "government": ("政务服务", "government services"),
                       "convenience": ("便民服务", "convenience services")}
HANDLING_MODES = ("on_the_spot", "collect_submit", "transfer")
HANDLING_MODE_LABELS = {"on_the_spot": ("即办件", "handled on the spot"),
                        "collect_submit": ("代办上报件", "collected and submitted"),
                        "transfer": ("转办件", "transferred")}
_CLOSED = ("completed", "referred")

Progress = Callable[[int, int], object]  # (done, total); returning False cancels


@dataclass
class _Count:
    accepted: int = 0
    on_the_spot: int = 0
    transferred: int = 0
    once_only: int = 0

    def add(self, n: int, spot: bool, transferred: bool, once: bool) -> None:
        self.accepted += n
        self.on_the_spot += n if spot else 0
        self.transferred += n if transferred else 0
        self.once_only += n if once else 0


@dataclass
class _Day:
    accepted: int = 0
    completed: int = 0
    on_time: int = 0
    with_deadline: int = 0
    rated: int = 0
    rating_sum: int = 0


@dataclass
class _Figures:
    """Sums over one or more chunks of the range; every figure adds up across chunks."""

    total: _Count = field(default_factory=_Count)
    awaiting: int = 0
    by: dict[str, dict[object, _Count]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(_Count)))
    days: dict[date, _Day] = field(default_factory=lambda: defaultdict(_Day))
    completed: int = 0
    on_time: int = 0
    with_deadline: int = 0
    referred: int = 0
    ratings: list[int] = field(default_factory=lambda: [0] * 5)
    unrated: int = 0
    issued: int = 0
    served: int = 0
    wait_sum: float = 0.0
    waited: int = 0
    service_sum: float = 0.0


# The report's statements are plain SQL built once per dialect and run on the driver's cursor
# (plain_read): building and compiling a dozen select()s, and SQLAlchemy's row processing, cost
# three times the queries themselves on a day's report.

def _day(dialect: str, column: str) -> str:
    """The calendar day of a timestamp. SQLite keeps timestamps as ISO text, so the first ten
    characters are the day, at a fraction of date()'s parsing cost over a year of rows."""
    return f"substr({column}, 1, 10)" if dialect == "sqlite" else f"date({column})"


def _minutes(dialect: str, start: str, end: str) -> str:
    if dialect == "sqlite":
        return f"(julianday({end}) - julianday({start})) * 1440.0"
    return f"extract(epoch from ({end} - {start})) / 60.0"


_IN_RANGE = "station_id = :s AND accepted_at >= :lo AND accepted_at < :hi"
# Grouped by type id, not joined to the type: category and kind come from the small `types` map
# when the rows are counted, so rows kept for a month stay right after a catalogue change.
_ACCEPTED = Statement(
    "SELECT affair_type_id, handling_mode, accepted_by, channel, state, visits <= 1, count(*) FROM affair "
    f"WHERE {_IN_RANGE} GROUP BY affair_type_id, handling_mode, accepted_by, channel, state, visits <= 1")
_ACCEPTED_DAYS = Statement(lambda d: f"SELECT {_day(d, 'accepted_at')}, count(*) FROM affair WHERE {_IN_RANGE} "
                                     f"GROUP BY {_day(d, 'accepted_at')}")


def _closed_sql(d: str) -> str:
    day = _day(d, "completed_at")
    # On-the-spot affairs promise nothing beyond "now": the rate is over what was given a date.
    due = (f"(CASE WHEN urgent THEN {_day(d, 'urgent_at')} WHEN handling_mode = 'on_the_spot' THEN NULL "
           "ELSE committed_date END)")
    return (f"SELECT {day}, state, satisfaction, (satisfaction IS NULL AND no_rating_reason != ''), "
            f"CASE WHEN {due} IS NULL THEN NULL WHEN {day} <= {due} THEN 1 ELSE 0 END, count(*) FROM affair "
            "WHERE station_id = :s AND state IN ('completed', 'referred') AND completed_at >= :lo "
            "AND completed_at < :hi GROUP BY 1, 2, 3, 4, 5")


_CLOSED_ROWS = Statement(_closed_sql)
_TICKETS = Statement(lambda d: (
    "SELECT count(id), coalesce(sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0), count(called_at), "
    f"sum({_minutes(d, 'issued_at', 'called_at')}), "
    f"sum(CASE WHEN state = 'done' THEN {_minutes(d, 'called_at', 'finished_at')} END) "
    "FROM ticket WHERE station_id = :s AND day >= :first AND day <= :last"))
_TYPES = Statement("SELECT id, category_code, service_kind FROM affair_type")
_CATEGORIES = Statement("SELECT code, name_zh, name_en FROM category ORDER BY sort, code")
_STAFF = Statement("SELECT id, name FROM staff")
_STATION = Statement("SELECT name, code, address, phone FROM station WHERE id = :s")


def _accepted_rows(db: Reader, station_id: int, start: datetime, end: datetime) -> dict:
    params = {"s": station_id, "lo": start, "hi": end}
    groups = db.rows(_ACCEPTED, params)
    days = db.rows(_ACCEPTED_DAYS, params)
    return {"accepted": [[t, m, w, c, st, bool(o), n] for t, m, w, c, st, o, n in groups],
            "accepted_days": [[as_date(d).isoformat(), n] for d, n in days]}


def _count_accepted(rows: dict, fig: _Figures, types: dict[int, tuple[str, str]]) -> None:
    for type_id, mode, worker, channel, state, once_only, n in rows["accepted"]:
        category, kind = types.get(type_id, ("?", "?"))
        waiting = state == "awaiting_materials"
        spot = mode == "on_the_spot" and state == "completed"
        transferred = mode != "on_the_spot" and not waiting
        fig.awaiting += n if waiting else 0
        fig.total.add(n, spot, transferred, bool(once_only))
        for table, key in (("category", category), ("kind", kind), ("mode", mode), ("worker", worker),
                           ("channel", channel)):
            fig.by[table][key].add(n, spot, transferred, bool(once_only))
    for when, n in rows["accepted_days"]:
        fig.days[date.fromisoformat(when)].accepted += n


def _closed_rows(db: Reader, station_id: int, start: datetime, end: datetime) -> dict:
    rows = db.rows(_CLOSED_ROWS, {"s": station_id, "lo": start, "hi": end})
    return {"closed": [[as_date(d).isoformat(), st, r, bool(u), None if t is None else int(t), n]
                       for d, st, r, u, t, n in rows]}


def _count_closed(rows: dict, fig: _Figures) -> None:
    for when, state, rating, no_rating, timely, n in rows["closed"]:
        if state == "referred":
            fig.referred += n
            continue
        d = fig.days[date.fromisoformat(when)]
        fig.completed += n
        d.completed += n
        if timely is not None:
            fig.with_deadline += n
            d.with_deadline += n
            fig.on_time += n * int(timely)
            d.on_time += n * int(timely)
        if rating is not None and 1 <= rating <= 5:
            fig.ratings[rating - 1] += n
            d.rated += n
            d.rating_sum += n * rating
        elif no_rating:
            fig.unrated += n


def _ticket_rows(db: Reader, station_id: int, first: date, last: date) -> dict:
    issued, served, waited, wait_sum, service_sum = db.first(_TICKETS, {"s": station_id, "first": first, "last": last})
    return {"tickets": [issued, int(served), waited, float(wait_sum or 0), float(service_sum or 0)]}


def _count_tickets(rows: dict, fig: _Figures) -> None:
    issued, served, waited, wait_sum, service_sum = rows["tickets"]
    fig.issued += issued
    fig.served += served
    fig.waited += waited
    fig.wait_sum += wait_sum
    fig.service_sum += service_sum


def _chunk_rows(db: Reader, station_id: int, start: date, end: date) -> dict:
    """The grouped rows of one chunk of the range: what report_cache keeps for a past month."""
    lo, hi = _midnight(start), _midnight(end + timedelta(days=1))
    return {**_accepted_rows(db, station_id, lo, hi), **_closed_rows(db, station_id, lo, hi),
            **_ticket_rows(db, station_id, start, end)}


def _chunks(first: date, last: date) -> list[tuple[date, date]]:
    """Calendar months, so a long range reports progress as it goes."""
    out, start = [], first
    while start <= last:
        month_end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        end = min(month_end, last)
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _gather(s: Session, db: Reader, station_id: int, first: date, last: date, today: date,
            progress: Progress | None = None, *, fill: bool = False, now: datetime | None = None,
            kept: dict[date, dict] | None = None) -> _Figures:
    """Counts the range chunk by chunk (calendar months). Whole past months come from report_cache
    when kept there; with `fill` (a writing transaction holding the station's lock) the months not
    kept yet are stored."""
    fig = _Figures()
    types = {i: (c, k) for i, c, k in db.rows(_TYPES, {})}
    chunks = _chunks(first, last)
    if kept is None:
        kept = _kept_months(s, station_id, first, last, today)
    for i, (start, end) in enumerate(chunks):
        rows = kept.get(start) if start in kept else None
        if rows is None:
            rows = _chunk_rows(db, station_id, start, end)
            if fill and report_cache.cacheable(start, end, today):
                report_cache.store(s, station_id, start, rows, now)
        _count_accepted(rows, fig, types)
        _count_closed(rows, fig)
        _count_tickets(rows, fig)
        if progress is not None and progress(i + 1, len(chunks) + 1) is False:
            raise DomainError("report_cancelled")
    return fig


def _cacheable_months(first: date, last: date, today: date) -> list[date]:
    return [a for a, b in _chunks(first, last) if report_cache.cacheable(a, b, today)]


def _kept_months(s: Session, station_id: int, first: date, last: date, today: date) -> dict[date, dict]:
    return report_cache.load(s, station_id, _cacheable_months(first, last, today))


def _breakdown(counts: dict[object, _Count], keys, labels) -> tuple[Breakdown, ...]:
    out = []
    for key in keys:
        c = counts.get(key, _Count())
        zh, en = labels(key)
        out.append(Breakdown(str(key), zh, en, c.accepted, c.on_the_spot, c.transferred, c.once_only))
    return tuple(out)


def _tables(db: Reader, fig: _Figures) -> dict[str, tuple[Breakdown, ...]]:
    categories = db.rows(_CATEGORIES, {})
    names = {code: (zh, en) for code, zh, en in categories}
    workers = fig.by["worker"]
    staff = dict(db.rows(_STAFF, {})) if workers else {}
    busiest = sorted(workers, key=lambda k: (-workers[k].accepted, staff.get(k, "")))
    return {
        "category": _breakdown(fig.by["category"], [c for c, _, _ in categories] +
                               sorted(k for k in fig.by["category"] if k not in names),
                               lambda k: names.get(k, (k, k))),
        "kind": _breakdown(fig.by["kind"], SERVICE_KINDS, lambda k: SERVICE_KIND_LABELS[k]),
        "mode": _breakdown(fig.by["mode"], HANDLING_MODES, lambda k: HANDLING_MODE_LABELS[k]),
        "worker": _breakdown(workers, busiest, lambda k: (staff.get(k, str(k)),) * 2),
        "channel": _breakdown(fig.by["channel"], CHANNELS, lambda k: CHANNEL_LABELS[k]),
    }


def _days(fig: _Figures, first: date, last: date) -> tuple[DayFigures, ...]:
    out, day = [], first
    while day <= last:
        d = fig.days.get(day, _Day())
        out.append(DayFigures(day, d.accepted, d.completed, d.on_time, d.with_deadline, d.rated, d.rating_sum))
        day += timedelta(days=1)
    return tuple(out)


_OVERDUE_SQL = (
    "SELECT a.id, a.number, a.accepted_at, r.name, r.id_number, r.phone, t.name_zh, t.name_en, c.name_zh, "
    "c.name_en, a.committed_date, a.urgent, a.urgent_at, a.state, st.name FROM affair a "
    "JOIN resident r ON r.id = a.resident_id JOIN affair_type t ON t.id = a.affair_type_id "
    "JOIN category c ON c.code = t.category_code JOIN staff st ON st.id = a.accepted_by "
    # due before as_of implies accepted before it
    "WHERE a.station_id = :s AND (a.committed_date < :as_of OR (a.urgent AND a.urgent_at < :midnight))")
# Two index ranges instead of one OR: open now (station, state), or closed after as_of (station, completed_at).
# As one OR, SQLite walks every affair accepted before as_of: 0.9 s on ten years instead of a few ms.
_OVERDUE_OPEN = Statement(_OVERDUE_SQL + f" AND a.state IN ({in_list(lifecycle.OPEN_STATES)})")
_OVERDUE_CLOSED_SINCE = Statement(
    _OVERDUE_SQL + f" AND a.completed_at >= :next AND a.state IN ({in_list(_CLOSED)})")
_LEG_CHUNK = 500


@functools.lru_cache(maxsize=16)
def _legs_statement(n: int) -> Statement:
    marks = ", ".join(f":i{k}" for k in range(n))
    return Statement(
        "SELECT l.affair_id, p.name_zh, l.state, l.feedback_at FROM dispatch_leg l JOIN partner p "
        f"ON p.code = l.partner_code WHERE l.affair_id IN ({marks}) AND l.kind = 'dispatch' "
        "AND l.dispatched_at < :next ORDER BY l.affair_id, l.position")


def _overdue(db: Reader, station_id: int, as_of: date, masked: bool) -> tuple[OverdueRow, ...]:
    """Open at the end of `as_of` and past due then: still open now, or closed only afterwards."""
    next_day = _midnight(as_of + timedelta(days=1))
    params = {"s": station_id, "as_of": as_of, "midnight": _midnight(as_of), "next": next_day}
    rows = [*db.rows(_OVERDUE_OPEN, params), *db.rows(_OVERDUE_CLOSED_SINCE, params)]
    late = []
    for row in rows:
        accepted_at, committed = as_datetime(row[2]), as_date(row[10])
        urgent_at = as_datetime(row[12]) if row[11] else None
        deadline, _, days = deadline_state(accepted_at, committed, as_of, urgent_at)
        if deadline == OVERDUE:
            late.append((row, accepted_at, committed, urgent_at, days))
    # Legs as they stood at the end of as_of: an affair closed since still shows who was holding it then.
    # Only for the late ones: binding every open affair's id cost more than the query.
    legs: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    ids = [entry[0][0] for entry in late]
    for start in range(0, len(ids), _LEG_CHUNK):
        chunk = ids[start:start + _LEG_CHUNK]
        bound = {f"i{k}": v for k, v in enumerate(chunk)}
        bound["next"] = next_day
        for affair_id, name, state, feedback_at in db.rows(_legs_statement(len(chunk)), bound):
            feedback_at = as_datetime(feedback_at)
            holding = state == "open" or (state == "answered" and feedback_at is not None and feedback_at >= next_day)
            legs[affair_id].append((name, holding))
    out = []
    for (aid, number, _accepted, name, id_number, phone, tzh, ten, czh, cen, _committed, _urgent, _at,
         state, worker), accepted_at, committed, urgent_at, days in late:
        own = legs.get(aid, [])
        if state in _CLOSED:
            state = "accepted" if not own else "dispatched" if any(h for _, h in own) else "answered"
        szh, sen = lifecycle.STATE_LABELS[state]
        out.append(OverdueRow(
            number, accepted_at, name, mask_id(id_number) if masked else id_number,
            mask_phone(phone) if masked else (phone or ""), tzh, ten, czh, cen,
            None if urgent_at else committed, urgent_at.date() if urgent_at else committed, days, szh, sen,
            worker, "、".join(dict.fromkeys(n for n, h in own if h)), bool(urgent_at)))
    out.sort(key=lambda r: (-r.days_overdue, r.due_date, r.number))
    return tuple(out)


def _check_range(first: date, last: date, today: date) -> None:
    if first > last:
        raise ValidationError("report_range", start=first.isoformat(), end=last.isoformat())
    if first < EARLIEST:
        raise ValidationError("report_too_early", start=first.isoformat(), min=EARLIEST.isoformat())
    if first > today:
        raise ValidationError("report_future", start=first.isoformat())


def _station(db: Reader, station_id: int) -> StationHeader:
    return StationHeader(*db.first(_STATION, {"s": station_id}))


def report(ctx: ServiceContext, first: date, last: date | None = None, progress: Progress | None = None) -> Report:
    """The report for one day (`last` omitted) or a range; IDs and phones masked unless the role may see them."""
    actor = ctx.require(Perm.REPORTS)
    now = ctx.now()
    last = last or first
    _check_range(first, last, now.date())
    as_of = min(last, now.date())
    masked = not allowed(actor.role, Perm.VIEW_FULL_ID)
    today = now.date()

    def compose(s: Session, fill: bool, kept: dict[date, dict] | None = None):
        with over_session(s) as db:
            fig = _gather(s, db, actor.station_id, first, last, today, progress, fill=fill, now=now, kept=kept)
            return (fig, _tables(db, fig), _overdue(db, actor.station_id, as_of, masked),
                    _station(db, actor.station_id))

    with reading(ctx) as s:
        kept = _kept_months(s, actor.station_id, first, last, today)
        missing = len(kept) < len(_cacheable_months(first, last, today))
        if not missing:  # the months just read serve the count: not read a second time
            fig, tables, overdue, station = compose(s, False, kept)
    if missing:
        try:
            # Past months not kept yet: counted once in a writing transaction holding the station's lock, and
            # kept (report_cache). Not audited: nobody changed anything.
            with writing(ctx, audited=False) as s:
                report_cache.lock_for_fill(s, actor.station_id)
                fig, tables, overdue, station = compose(s, True)
        except StorageError:
            # Another desk is writing: count without keeping rather than make the stationmaster wait.
            with reading(ctx) as s:
                fig, tables, overdue, station = compose(s, False)
    if progress is not None:
        progress(1, 1)
    t = fig.total
    return Report(
        station=station, day_from=first, day_to=last, as_of=as_of, generated_at=now, generated_by=actor.name,
        masked=masked,
        totals=Totals(t.accepted, t.on_the_spot, t.transferred, fig.awaiting, t.once_only, fig.completed,
                      fig.on_time, fig.with_deadline, fig.referred, len(overdue)),
        by_category=tables["category"], by_service_kind=tables["kind"], by_handling_mode=tables["mode"],
        by_worker=tables["worker"], by_channel=tables["channel"],
        satisfaction=Satisfaction(tuple(fig.ratings), fig.unrated),
        # julianday arithmetic leaves float dust (15.0000001): a hundredth of a minute is plenty.
        tickets=TicketFigures(fig.issued, fig.served, round(fig.wait_sum / fig.waited, 2) if fig.waited else None,
                              round(fig.service_sum / fig.served, 2) if fig.served else None),
        days=_days(fig, first, as_of), overdue=overdue,
    )


_WAITING = Statement("SELECT count(id) FROM ticket WHERE station_id = :s AND day = :today AND state = 'waiting'")
_OPEN_DEADLINES = Statement("SELECT accepted_at, committed_date, urgent, urgent_at FROM affair "
                            f"WHERE station_id = :s AND state IN ({in_list(lifecycle.OPEN_STATES)})")


def dashboard(ctx: ServiceContext) -> Dashboard:
    """Today at a glance and the last 30 days."""
    actor = ctx.require(Perm.REPORTS)
    today = ctx.now().date()
    first = today - timedelta(days=DASHBOARD_DAYS - 1)
    with reading(ctx) as s, over_session(s) as db:
        fig = _gather(s, db, actor.station_id, first, today, today)
        waiting = db.scalar(_WAITING, {"s": actor.station_id, "today": today})
        open_rows = db.rows(_OPEN_DEADLINES, {"s": actor.station_id})
        tables = _tables(db, fig)
    states = [deadline_state(as_datetime(at), as_date(committed), today, as_datetime(urgent_at) if urgent else None)[0]
              for at, committed, urgent, urgent_at in open_rows]
    days = _days(fig, first, today)
    return Dashboard(
        today=today, waiting=waiting or 0, open=len(open_rows), due_soon=states.count(DUE_SOON),
        overdue=states.count(OVERDUE), urgent=sum(1 for r in open_rows if r[2]),
        accepted_today=days[-1].accepted, completed_today=days[-1].completed, days=days,
        by_category=tables["category"], satisfaction=Satisfaction(tuple(fig.ratings), fig.unrated),
    )
