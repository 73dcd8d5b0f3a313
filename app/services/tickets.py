"""Queue tickets: one number per station and day, the green channel called
first, calling at the desks, and the board shown in the waiting area."""
from __future__ import annotations

import math
from datetime import date, datetime

from sqlalchemy import and_, case, func, select, update
from sqlalchemy.orm import Session

from app.models import Appointment, Resident, ResidentTag, Station, Ticket, TicketSequence
from app.printing.documents import StationHeader, TicketDoc

from . import errors, report_cache
from .context import Actor, ServiceContext
from .errors import Bilingual, NotFound, ValidationError
from .identity import age_on
from .permissions import Perm
from .reception_dto import (
    PRIORITY_LABELS, PRIORITY_REASONS, TICKET_STATE_LABELS, Board, BoardEntry, TicketInfo, TicketTimes,
)
from .uow import reading, writing

# Until a desk has finished a ticket today there is nothing to average.
DEFAULT_SERVICE_MINUTES = 8
BOARD_STATES = ("called", "done", "skipped")

errors.register({
    "ticket_not_found": ("找不到该排队号（{ref}）。", "Queue ticket {ref} not found."),
    "ticket_reason_unknown": ("未知的优先原因：{reason}。", "Unknown priority reason: {reason}."),
    "ticket_appointment_required": (
        "只有预约签到才能以“预约按时到达”优先。", "Only an appointment check-in gives on-time appointment priority."),
    "ticket_appointment_invalid": (
        "该预约不能取号（不是今天的有效预约，或已取号）。",
        "No ticket can be issued for this appointment (not today's, not active, or already has one)."),
    "ticket_no_desk": ("当前工作台没有设置窗口名称，无法叫号。", "This workstation has no desk name; it cannot call."),
    "ticket_state": ("排队号 {code} 当前为“{state}”，不能执行此操作。",
                     "Ticket {code} is '{state}'; this is not possible."),
    "ticket_other_desk": ("排队号 {code} 由{desk}叫号，只能由该窗口处理。",
                          "Ticket {code} was called by {desk}; only that desk may do this."),
    "ticket_not_today": ("排队号 {code} 不是今天的号。", "Ticket {code} is not from today."),
    "ticket_range": ("开始日期不能晚于结束日期。", "The start date must not be after the end date."),
})


def mask_name(name: str) -> str:
    """张秀兰 → 张**: the surname stays so the resident recognises the call."""
    name = (name or "").strip()
    return name[:1] + "*" * (len(name) - 1) if name else ""


def own_priority(s: Session, resident: Resident | None, day: date) -> str:
    """The green-channel reason the resident has by themselves, or ""."""
    if resident is None:
        return ""
    age = age_on(resident.birth_date, day)
    if age is not None and age >= 80:
        return "aged_80"
    disabled = s.scalar(select(ResidentTag.tag).where(ResidentTag.resident_id == resident.id,
                                                      ResidentTag.tag == "disabled"))
    return "disabled" if disabled else ""


def _draw_number(s: Session, station_id: int, day: date) -> int:
    """The next number of the day inside the caller's (writing) transaction; see numbering.next_number
    for why two desks never draw the same one."""
    dialect = s.get_bind().dialect.name
    # Imported here: the PostgreSQL dialect pulls in asyncio, a cost at every start.
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    s.execute(insert(TicketSequence).values(station_id=station_id, day=day, last=0)
              .on_conflict_do_nothing(index_elements=["station_id", "day"]))
    return s.execute(
        update(TicketSequence)
        .where(TicketSequence.station_id == station_id, TicketSequence.day == day)
        .values(last=TicketSequence.last + 1)
        .returning(TicketSequence.last)
    ).scalar_one()


def issue_in(s: Session, actor: Actor, now: datetime, resident_id: int | None = None, *,
             priority_reason: str = "", appointment_id: int | None = None) -> Ticket:
    """Issue a ticket inside the caller's transaction (appointments.check_in shares it).

    The resident's own reason (80+, disabled) wins over the one asked for, so the
    green-channel figures say who was served, not how they arrived."""
    if priority_reason not in ("",) + PRIORITY_REASONS:
        raise ValidationError("ticket_reason_unknown", reason=priority_reason)
    day = now.date()
    resident = None
    if resident_id is not None:
        resident = s.get(Resident, resident_id)
        if resident is None or resident.station_id != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
    if appointment_id is not None:
        appointment = s.get(Appointment, appointment_id)
        taken = s.scalar(select(Ticket.id).where(Ticket.appointment_id == appointment_id).limit(1))
        if (appointment is None or appointment.station_id != actor.station_id or appointment.day != day
                or appointment.state not in ("booked", "checked_in") or taken is not None
                or (resident is not None and resident.id != appointment.resident_id)):
            raise ValidationError("ticket_appointment_invalid")
        resident = s.get(Resident, appointment.resident_id)
    elif priority_reason == "appointment":
        raise ValidationError("ticket_appointment_required")
    reason = own_priority(s, resident, day) or priority_reason
    number = _draw_number(s, actor.station_id, day)
    ticket = Ticket(
        station_id=actor.station_id, day=day, number=number, code=f"{'V' if reason else 'A'}{number:03d}",
        priority=bool(reason), priority_reason=reason, resident_id=resident.id if resident else None,
        appointment_id=appointment_id, state="waiting", issued_at=now, desk="", calls=0,
    )
    s.add(ticket)
    s.flush()
    return ticket


# -- reading tickets as TicketInfo ---------------------------------------------

def _call_order(t) -> tuple:
    return (not t.priority, t.number)


def _service_minutes(s: Session, station_id: int, day: date) -> float:
    spans = s.execute(select(Ticket.called_at, Ticket.finished_at).where(
        Ticket.station_id == station_id, Ticket.day == day, Ticket.state == "done",
        Ticket.called_at.is_not(None), Ticket.finished_at.is_not(None))).all()
    minutes = [(f - c).total_seconds() / 60 for c, f in spans if f >= c]
    return sum(minutes) / len(minutes) if minutes else DEFAULT_SERVICE_MINUTES


def _desks_calling(s: Session, station_id: int, day: date) -> int:
    return s.scalar(select(func.count(func.distinct(Ticket.desk))).where(
        Ticket.station_id == station_id, Ticket.day == day, Ticket.called_at.is_not(None),
        Ticket.desk != "")) or 0


def estimate_minutes(ahead: int, service_minutes: float, desks: int) -> int:
    return math.ceil(ahead * service_minutes / max(desks, 1)) if ahead > 0 else 0


def ticket_infos(s: Session, tickets: list[Ticket]) -> list[TicketInfo]:
    """Infos for tickets of one station, computing each day's queue once."""
    out: list[TicketInfo] = []
    queues: dict[date, tuple[list, float, int]] = {}
    names = dict(s.execute(select(Resident.id, Resident.name).where(
        Resident.id.in_({t.resident_id for t in tickets if t.resident_id}))).all()) if tickets else {}
    types = dict(s.execute(select(Appointment.id, Appointment.type_code).where(
        Appointment.id.in_({t.appointment_id for t in tickets if t.appointment_id}))).all()) if tickets else {}
    for t in tickets:
        ahead = estimate = 0
        if t.state == "waiting":
            if t.day not in queues:
                waiting = s.execute(select(Ticket.id, Ticket.priority, Ticket.number).where(
                    Ticket.station_id == t.station_id, Ticket.day == t.day, Ticket.state == "waiting")).all()
                queues[t.day] = (sorted(waiting, key=_call_order), _service_minutes(s, t.station_id, t.day),
                                 _desks_calling(s, t.station_id, t.day))
            order, minutes, desks = queues[t.day]
            ahead = sum(1 for w in order if _call_order(w) < _call_order(t))
            estimate = estimate_minutes(ahead, minutes, desks)
        name = names.get(t.resident_id, "")
        out.append(TicketInfo(
            t.id, t.code, t.number, t.day, t.priority, t.priority_reason, t.resident_id, name, mask_name(name),
            t.appointment_id, types.get(t.appointment_id, "") or "", t.state, t.issued_at, t.called_at, t.desk,
            t.calls, t.finished_at, ahead, estimate,
        ))
    return out


def ticket_info(s: Session, ticket: Ticket) -> TicketInfo:
    return ticket_infos(s, [ticket])[0]


def _load(s: Session, actor: Actor, ticket_id: int) -> Ticket:
    ticket = s.get(Ticket, ticket_id)
    if ticket is None or ticket.station_id != actor.station_id:
        raise NotFound("ticket_not_found", ref=ticket_id)
    return ticket


def _require_state(ticket: Ticket, *states: str) -> None:
    if ticket.state not in states:
        raise ValidationError("ticket_state", code=ticket.code,
                              state=Bilingual(*TICKET_STATE_LABELS.get(ticket.state, (ticket.state,) * 2)))


def _desk(actor: Actor) -> str:
    desk = (actor.desk or "").strip()
    if not desk:
        raise ValidationError("ticket_no_desk")
    return desk


# -- the desk ------------------------------------------------------------------

def issue(ctx: ServiceContext, resident_id: int | None = None, *, priority_reason: str = "",
          appointment_id: int | None = None) -> TicketInfo:
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        ticket = issue_in(s, actor, ctx.now(), resident_id, priority_reason=priority_reason,
                          appointment_id=appointment_id)
        return ticket_info(s, ticket)


def _finish_desk(s: Session, actor: Actor, desk: str, day: date, now: datetime) -> None:
    report_cache.touch(s, actor.station_id, day)  # a Core UPDATE: the session hooks do not see it
    s.execute(update(Ticket).where(
        Ticket.station_id == actor.station_id, Ticket.day == day, Ticket.state == "called", Ticket.desk == desk,
    ).values(state="done", finished_at=now))


def call_next(ctx: ServiceContext) -> TicketInfo | None:
    """Finish this desk's current ticket and call the next: green channel first, then the lowest number.

    SQLite: the writing transaction holds the write lock (BEGIN IMMEDIATE), so desks take turns.
    PostgreSQL: FOR UPDATE SKIP LOCKED lets a second desk take the next ticket instead of the same one."""
    actor = ctx.require(Perm.RECEPTION)
    desk = _desk(actor)
    now = ctx.now()
    today = now.date()
    with writing(ctx) as s:
        _finish_desk(s, actor, desk, today, now)
        ticket = s.scalars(
            select(Ticket)
            .where(Ticket.station_id == actor.station_id, Ticket.day == today, Ticket.state == "waiting")
            .order_by(Ticket.priority.desc(), Ticket.number)
            .limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if ticket is None:
            return None
        ticket.state, ticket.called_at, ticket.called_by = "called", now, actor.staff_id
        ticket.desk, ticket.calls, ticket.finished_at = desk, 1, None
        s.flush()
        return ticket_info(s, ticket)


def current(ctx: ServiceContext) -> TicketInfo | None:
    """This desk's called ticket that is not finished yet."""
    actor = ctx.require(Perm.RECEPTION)
    desk = (actor.desk or "").strip()
    if not desk:
        return None
    with reading(ctx) as s:
        ticket = s.scalars(select(Ticket).where(
            Ticket.station_id == actor.station_id, Ticket.day == ctx.now().date(), Ticket.state == "called",
            Ticket.desk == desk).order_by(Ticket.called_at.desc(), Ticket.id.desc()).limit(1)).first()
        return ticket_info(s, ticket) if ticket else None


def get(ctx: ServiceContext, ticket_id: int) -> TicketInfo:
    actor = ctx.require(Perm.RECEPTION)
    with reading(ctx) as s:
        return ticket_info(s, _load(s, actor, ticket_id))


def today(ctx: ServiceContext, state: str = "") -> list[TicketInfo]:
    """Today's tickets: those waiting in the order they will be called, then the rest by number."""
    actor = ctx.require(Perm.RECEPTION)
    query = select(Ticket).where(Ticket.station_id == actor.station_id, Ticket.day == ctx.now().date())
    if state:
        query = query.where(Ticket.state == state)
    with reading(ctx) as s:
        tickets = sorted(s.scalars(query).all(),
                         key=lambda t: (t.state != "waiting", _call_order(t) if t.state == "waiting" else
                                        (False, t.number)))
        return ticket_infos(s, tickets)


def _own_called(s: Session, actor: Actor, ticket_id: int) -> Ticket:
    ticket = _load(s, actor, ticket_id)
    _require_state(ticket, "called")
    if ticket.desk != (actor.desk or "").strip():
        raise ValidationError("ticket_other_desk", code=ticket.code, desk=ticket.desk)
    return ticket


def recall(ctx: ServiceContext, ticket_id: int) -> TicketInfo:
    """Call the same ticket again (the resident did not hear it); only the desk that called it."""
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        ticket = _own_called(s, actor, ticket_id)
        ticket.calls += 1
        ticket.called_at = ctx.now()
        s.flush()
        return ticket_info(s, ticket)


def skip(ctx: ServiceContext, ticket_id: int) -> TicketInfo:
    """The resident did not come: the number is passed over (requeue brings it back)."""
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        ticket = _own_called(s, actor, ticket_id)
        ticket.state = "skipped"
        s.flush()
        return ticket_info(s, ticket)


def finish(ctx: ServiceContext, ticket_id: int) -> TicketInfo:
    """Done with the resident. Any desk may finish a called ticket (e.g. one a colleague left open)."""
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        ticket = _load(s, actor, ticket_id)
        _require_state(ticket, "called")
        ticket.state, ticket.finished_at = "done", ctx.now()
        s.flush()
        return ticket_info(s, ticket)


def requeue(ctx: ServiceContext, ticket_id: int) -> TicketInfo:
    """A skipped resident turns up after all: back to waiting with the same number."""
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        ticket = _load(s, actor, ticket_id)
        _require_state(ticket, "skipped")
        if ticket.day != ctx.now().date():
            raise ValidationError("ticket_not_today", code=ticket.code)
        ticket.state, ticket.called_at, ticket.called_by, ticket.desk, ticket.calls = "waiting", None, None, "", 0
        s.flush()
        return ticket_info(s, ticket)


# -- the waiting area and the reports ------------------------------------------

def _stamp(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


def _today_stats(s: Session, station_id: int, day: date):
    def count(cond):
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    return s.execute(select(
        func.count(Ticket.id), func.max(Ticket.issued_at), func.max(Ticket.called_at), func.max(Ticket.finished_at),
        func.coalesce(func.sum(Ticket.calls), 0), count(Ticket.state == "waiting"),
        count(and_(Ticket.state == "waiting", Ticket.priority.is_(True))), count(Ticket.state == "called"),
        count(Ticket.state == "done"), count(Ticket.state == "skipped"),
    ).where(Ticket.station_id == station_id, Ticket.day == day)).one()


def _version(stats) -> str:
    n, issued, called, finished, calls, waiting, _, in_service, done, skipped = stats
    return "-".join(str(p) for p in (n, _stamp(issued), _stamp(called), _stamp(finished), calls, waiting,
                                     in_service, done, skipped))


def board_version(ctx: ServiceContext) -> str:
    """The board's version alone: one aggregate query, for a display polling every few seconds."""
    actor = ctx.require(Perm.RECEPTION)
    with reading(ctx) as s:
        return _version(_today_stats(s, actor.station_id, ctx.now().date()))


def board(ctx: ServiceContext, limit: int = 6) -> Board:
    """What the waiting-area screen shows: the latest calls and how many wait. No personal data
    beyond the masked name."""
    actor = ctx.require(Perm.RECEPTION)
    day = ctx.now().date()
    with reading(ctx) as s:
        stats = _today_stats(s, actor.station_id, day)
        rows = s.execute(
            select(Ticket.code, Ticket.desk, Resident.name, Ticket.called_at, Ticket.calls)
            .outerjoin(Resident, Resident.id == Ticket.resident_id)
            .where(Ticket.station_id == actor.station_id, Ticket.day == day, Ticket.called_at.is_not(None),
                   Ticket.state.in_(BOARD_STATES))
            .order_by(Ticket.called_at.desc(), Ticket.id.desc())
            .limit(max(limit, 0))
        ).all()
    return Board(
        called=tuple(BoardEntry(code, desk, mask_name(name or ""), at, calls) for code, desk, name, at, calls in rows),
        waiting=int(stats[5]), priority_waiting=int(stats[6]), version=_version(stats),
    )


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60, 2)


def times(ctx: ServiceContext, day_from: date, day_to: date) -> list[TicketTimes]:
    """Waiting (issued → called) and service (called → finished) minutes of every ticket, for the reports."""
    actor = ctx.require(Perm.SEARCH)
    if day_from > day_to:
        raise ValidationError("ticket_range")
    with reading(ctx) as s:
        rows = s.execute(
            select(Ticket.code, Ticket.priority, Ticket.issued_at, Ticket.called_at, Ticket.finished_at, Ticket.day,
                   Ticket.desk, Ticket.state)
            .where(Ticket.station_id == actor.station_id, Ticket.day >= day_from, Ticket.day <= day_to)
            .order_by(Ticket.day, Ticket.number)
        ).all()
    return [TicketTimes(code, bool(priority), issued, called, finished, _minutes(issued, called),
                        _minutes(called, finished) if state == "done" else None, day, desk, state)
            for code, priority, issued, called, finished, day, desk, state in rows]


def ticket_doc(ctx: ServiceContext, ticket_id: int) -> TicketDoc:
    """The slip handed to the resident: only the masked name, never the full one."""
    actor = ctx.require(Perm.RECEPTION)
    with reading(ctx) as s:
        ticket = _load(s, actor, ticket_id)
        info = ticket_info(s, ticket)
        station = s.get(Station, actor.station_id)
        slot = s.scalar(select(Appointment.slot).where(Appointment.id == ticket.appointment_id)) \
            if ticket.appointment_id else None
        return TicketDoc(
            station=StationHeader(station.name, station.code, station.address, station.phone),
            code=info.code, issued_at=info.issued_at, priority=info.priority,
            priority_label=PRIORITY_LABELS.get(info.priority_reason, ("", ""))[0] if info.priority else "",
            waiting_ahead=info.waiting_ahead, estimated_wait_minutes=info.estimated_wait_minutes,
            masked_name=info.masked_name, appointment_slot=slot,
        )
