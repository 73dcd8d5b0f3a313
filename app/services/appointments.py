"""Appointments: the bookable slots of each working day, booking by desk,
phone, online import or for a door-to-door visit, check-in (which issues a
queue ticket) and what became of each booking."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import chinese_calendar
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import Affair, AffairType, Appointment, Resident, SlotRule, Station, Ticket

from . import appointments_io, errors, tickets
from .appointments_io import BookingRow
from .context import Actor, ServiceContext
from .errors import Bilingual, DomainError, NotFound, ValidationError
from .identity import mask_id, mask_phone
from .permissions import Perm
from .reception_dto import (
    APPOINTMENT_STATE_LABELS, CHANNELS, AppointmentInfo, ImportReport, SlotInfo, SlotRuleInfo, TicketInfo,
)
from .uow import reading, writing
from .workdays import is_published, is_workday

# Used until the station saves its own rules: weekday mornings and afternoons, 30-minute slots.
DEFAULT_RULES: tuple[SlotRuleInfo, ...] = tuple(
    SlotRuleInfo(weekday, start, end, 30, 3)
    for weekday in range(5)
    for start, end in ((time(9, 0), time(11, 30)), (time(13, 30), time(17, 0)))
)
# A make-up working day (调休上班) on a weekend keeps Friday's hours.
MAKE_UP_WEEKDAY = 4
# Appointments that take a place in a desk slot; door-to-door ones never do.
HOLDING_STATES = ("booked", "checked_in", "done")
ACTIVE_STATES = ("booked", "checked_in")
TEXT_MAX = 1000

errors.register({
    "appointment_not_found": ("找不到该预约（{ref}）。", "Appointment {ref} not found."),
    "appointment_channel": ("未知的预约方式：{channel}。", "Unknown booking channel: {channel}."),
    "appointment_past": ("{day} {slot} 的时段已过，不能预约。", "The slot {day} {slot} is over; it cannot be booked."),
    "appointment_closed": ("{day} 不办公（节假日或休息日），不能预约。",
                           "The station is closed on {day} (holiday or rest day)."),
    "appointment_no_slot": ("{day} 没有 {slot} 开始的预约时段。", "There is no slot starting at {slot} on {day}."),
    "appointment_full": ("{day} {slot} 的时段已约满（{capacity}人）。",
                         "The slot {day} {slot} is full ({capacity} residents)."),
    "appointment_duplicate": ("该居民在 {day} {slot} 已有预约。",
                              "The resident already has an appointment at {day} {slot}."),
    "appointment_state": ("预约当前为“{state}”，不能执行此操作。", "The appointment is '{state}'; this is not possible."),
    "appointment_not_today": ("只能在预约当天（{day}）签到。", "Check-in is only possible on the day of the appointment ({day})."),
    "appointment_door_to_door": ("上门服务预约无需到站签到。", "A door-to-door appointment is not checked in at the station."),
    "appointment_not_door_to_door": ("只有上门服务预约可以登记上门完成。",
                                     "Only a door-to-door appointment can be recorded as visited."),
    "appointment_not_over": ("预约时段尚未结束（{end}），暂不能登记未到。",
                             "The slot has not ended yet ({end}); it cannot be marked as a no-show."),
    "appointment_affair_mismatch": ("该事项不属于预约的居民。", "The affair does not belong to the appointment's resident."),
    "slot_rule_invalid": ("第{row}条时段规则有误：{detail}", "Slot rule {row} is not valid: {detail}"),
    "slot_rule_weekday": ("星期应为0（周一）至6（周日）", "the weekday must be 0 (Monday) to 6 (Sunday)"),
    "slot_rule_order": ("开始时间应早于结束时间", "the start must be before the end"),
    "slot_rule_minutes": ("每个时段应为5至240分钟，且不超过整段时间", "a slot must be 5-240 minutes and fit in the period"),
    "slot_rule_capacity": ("每个时段可约人数应为1至50", "the capacity must be 1 to 50"),
    "slot_rule_overlap": ("与同一天的另一条规则时间重叠", "it overlaps another rule of the same weekday"),
})


# -- the calendar --------------------------------------------------------------

def _in_public_holiday(day: date) -> bool:
    return is_published(day) and chinese_calendar.get_holiday_detail(day)[1] is not None


def _station_rules(s: Session, station_id: int) -> list[SlotRuleInfo]:
    rows = s.scalars(select(SlotRule).where(SlotRule.station_id == station_id)
                     .order_by(SlotRule.weekday, SlotRule.start)).all()
    if not rows:
        return list(DEFAULT_RULES)
    return [SlotRuleInfo(r.weekday, r.start, r.end, r.minutes, r.capacity) for r in rows]


def rules_for_day(s: Session, station_id: int, day: date) -> list[SlotRuleInfo]:
    """The rules that apply on `day`: none on a public holiday, Friday's on a make-up working weekend."""
    if is_workday(day):
        weekday = day.weekday() if day.weekday() < 5 else MAKE_UP_WEEKDAY
    elif day.weekday() >= 5 and not _in_public_holiday(day):
        weekday = day.weekday()  # an ordinary weekend: open only if the station has rules for it
    else:
        return []
    return [r for r in _station_rules(s, station_id) if r.weekday == weekday]


def _periods(rule: SlotRuleInfo):
    step = timedelta(minutes=rule.minutes)
    at, end = datetime.combine(date.min, rule.start), datetime.combine(date.min, rule.end)
    while at + step <= end:
        yield at.time(), (at + step).time()
        at += step


def day_slots(s: Session, station_id: int, day: date) -> list[tuple[time, time, int]]:
    """(start, end, capacity) of each slot of the day."""
    return [(start, end, r.capacity) for r in rules_for_day(s, station_id, day) for start, end in _periods(r)]


def slot_end(s: Session, station_id: int, day: date, slot: time) -> time:
    """When the slot starting at `slot` ends (30 minutes when the rules changed since the booking)."""
    for start, end, _ in day_slots(s, station_id, day):
        if start == slot:
            return end
    return (datetime.combine(day, slot) + timedelta(minutes=30)).time()


def _booked(s: Session, station_id: int, day: date) -> dict[time, int]:
    return dict(s.execute(
        select(Appointment.slot, func.count(Appointment.id))
        .where(Appointment.station_id == station_id, Appointment.day == day,
               Appointment.state.in_(HOLDING_STATES), Appointment.channel != "door_to_door")
        .group_by(Appointment.slot)
    ).all())


def slot_rules(ctx: ServiceContext) -> list[SlotRuleInfo]:
    """The station's weekly rules (the defaults until it saves its own)."""
    actor = ctx.require(Perm.RECEPTION)
    with reading(ctx) as s:
        return _station_rules(s, actor.station_id)


def _check_rules(rules: list[SlotRuleInfo]) -> None:
    problems = []
    for i, r in enumerate(rules, start=1):
        key = ""
        if not isinstance(r.weekday, int) or not 0 <= r.weekday <= 6:
            key = "slot_rule_weekday"
        elif not r.start < r.end:
            key = "slot_rule_order"
        elif (not isinstance(r.minutes, int) or not 5 <= r.minutes <= 240
              or datetime.combine(date.min, r.start) + timedelta(minutes=r.minutes)
              > datetime.combine(date.min, r.end)):
            key = "slot_rule_minutes"
        elif not isinstance(r.capacity, int) or not 1 <= r.capacity <= 50:
            key = "slot_rule_capacity"
        elif any(o.weekday == r.weekday and o.start < r.end and r.start < o.end
                 for j, o in enumerate(rules, start=1) if j != i):
            key = "slot_rule_overlap"
        if key:
            problems.append((i, key))
    if problems:
        i, key = problems[0]
        raise ValidationError("slot_rule_invalid", row=i, detail=DomainError(key))


def save_slot_rules(ctx: ServiceContext, rules: list[SlotRuleInfo]) -> list[SlotRuleInfo]:
    """Replace all of the station's rules at once. Existing bookings stay as they are."""
    actor = ctx.require(Perm.DISPATCH)
    rules = list(rules)
    _check_rules(rules)
    with writing(ctx) as s:
        s.execute(delete(SlotRule).where(SlotRule.station_id == actor.station_id))
        s.add_all(SlotRule(station_id=actor.station_id, weekday=r.weekday, start=r.start, end=r.end,
                           minutes=r.minutes, capacity=r.capacity) for r in rules)
        s.flush()
        return _station_rules(s, actor.station_id) if rules else []


def slots(ctx: ServiceContext, day: date) -> list[SlotInfo]:
    """The day's slots with how many places are taken; empty when the station is closed."""
    actor = ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        booked = _booked(s, actor.station_id, day)
        return [SlotInfo(start, end, cap, booked.get(start, 0), max(cap - booked.get(start, 0), 0))
                for start, end, cap in day_slots(s, actor.station_id, day)]


# -- booking -------------------------------------------------------------------

def _lock_station(s: Session, station_id: int) -> None:
    """Bookings of one station queue here on PostgreSQL, so two desks cannot both take the
    last place of a slot (SQLite's BEGIN IMMEDIATE already serialises writers)."""
    s.execute(select(Station.id).where(Station.id == station_id).with_for_update())


def _slot_refusal(now: datetime, day: date, slot: time, slots_of_day: list[tuple[time, time, int]],
                  booked: dict[time, int], door_to_door: bool) -> DomainError | None:
    """Why `slot` on `day` cannot take one more booking, or None."""
    where = dict(day=day.isoformat(), slot=slot.strftime("%H:%M"))
    if not slots_of_day:
        return ValidationError("appointment_closed", day=where["day"])
    found = [(end, cap) for start, end, cap in slots_of_day if start == slot]
    if not found:
        return ValidationError("appointment_no_slot", **where)
    end, capacity = found[0]
    if datetime.combine(day, end) <= now:
        return ValidationError("appointment_past", **where)
    if not door_to_door and booked.get(slot, 0) >= capacity:
        return ValidationError("appointment_full", capacity=capacity, **where)
    return None


def _type_refusal(s: Session, type_code: str) -> DomainError | None:
    if not type_code:
        return None
    atype = s.scalar(select(AffairType).where(AffairType.code == type_code))
    if atype is None:
        return NotFound("type_not_found", code=type_code)
    if not atype.active:
        return ValidationError("type_inactive", name=atype.name_zh)
    return None


def _has_booking(s: Session, station_id: int, resident_id: int, day: date, slot: time) -> bool:
    return s.scalar(select(Appointment.id).where(
        Appointment.station_id == station_id, Appointment.resident_id == resident_id, Appointment.day == day,
        Appointment.slot == slot, Appointment.state.in_(ACTIVE_STATES)).limit(1)) is not None


def _resident(s: Session, actor: Actor, resident_id: int) -> Resident:
    resident = s.get(Resident, resident_id)
    if resident is None or resident.station_id != actor.station_id:
        raise NotFound("resident_not_found", id=resident_id)
    return resident


def book(ctx: ServiceContext, resident_id: int, day: date, slot: time, *, type_code: str = "",
         channel: str = "desk", note: str = "") -> AppointmentInfo:
    actor = ctx.require(Perm.RECEPTION)
    if channel not in CHANNELS:
        raise ValidationError("appointment_channel", channel=channel)
    note = (note or "").strip()
    if len(note) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    type_code = (type_code or "").strip().upper()
    now = ctx.now()
    with writing(ctx) as s:
        _lock_station(s, actor.station_id)
        resident = _resident(s, actor, resident_id)
        for refusal in (_type_refusal(s, type_code),
                        _slot_refusal(now, day, slot, day_slots(s, actor.station_id, day),
                                      _booked(s, actor.station_id, day), channel == "door_to_door")):
            if refusal is not None:
                raise refusal
        if _has_booking(s, actor.station_id, resident.id, day, slot):
            raise ValidationError("appointment_duplicate", day=day.isoformat(), slot=slot.strftime("%H:%M"))
        appointment = Appointment(
            station_id=actor.station_id, resident_id=resident.id, type_code=type_code, day=day, slot=slot,
            channel=channel, state="booked", note=note, external_ref=None, created_at=now,
            created_by=actor.staff_id,
        )
        s.add(appointment)
        s.flush()
        return _info(s, appointment)


# -- reading -------------------------------------------------------------------

def _infos(s: Session, rows: list[Appointment]) -> list[AppointmentInfo]:
    if not rows:
        return []
    people = {r.id: r for r in s.execute(select(Resident.id, Resident.name, Resident.phone).where(
        Resident.id.in_({a.resident_id for a in rows})))}
    codes = {a.type_code for a in rows if a.type_code}
    types = {t.code: t for t in s.execute(select(AffairType.code, AffairType.name_zh, AffairType.name_en)
                                          .where(AffairType.code.in_(codes)))} if codes else {}
    ticket_codes = dict(s.execute(select(Ticket.appointment_id, Ticket.code).where(
        Ticket.appointment_id.in_([a.id for a in rows]))).all())
    ends: dict[date, dict[time, time]] = {}
    out = []
    for a in rows:
        if a.day not in ends:
            ends[a.day] = {start: end for start, end, _ in day_slots(s, a.station_id, a.day)}
        person, atype = people[a.resident_id], types.get(a.type_code)
        out.append(AppointmentInfo(
            a.id, a.resident_id, person.name, mask_phone(person.phone), a.type_code,
            atype.name_zh if atype else "", atype.name_en if atype else "", a.day, a.slot, a.channel, a.state,
            a.note, a.external_ref, a.checked_in_at, a.affair_id, ticket_codes.get(a.id, ""),
            slot_end=ends[a.day].get(a.slot) or (datetime.combine(a.day, a.slot) + timedelta(minutes=30)).time(),
            cancel_reason=a.cancel_reason, created_at=a.created_at,
        ))
    return out


def _info(s: Session, appointment: Appointment) -> AppointmentInfo:
    return _infos(s, [appointment])[0]


def _load(s: Session, actor: Actor, appointment_id: int) -> Appointment:
    appointment = s.get(Appointment, appointment_id)
    if appointment is None or appointment.station_id != actor.station_id:
        raise NotFound("appointment_not_found", ref=appointment_id)
    return appointment


def _require_state(appointment: Appointment, *states: str) -> None:
    if appointment.state not in states:
        raise ValidationError("appointment_state", state=Bilingual(
            *APPOINTMENT_STATE_LABELS.get(appointment.state, (appointment.state,) * 2)))


def get(ctx: ServiceContext, appointment_id: int) -> AppointmentInfo:
    actor = ctx.require(Perm.RECEPTION)
    with reading(ctx) as s:
        return _info(s, _load(s, actor, appointment_id))


def day_list(ctx: ServiceContext, day: date, state: str = "") -> list[AppointmentInfo]:
    """The day's appointments by slot, then in the order they were booked."""
    actor = ctx.require(Perm.RECEPTION)
    query = select(Appointment).where(Appointment.station_id == actor.station_id, Appointment.day == day)
    if state:
        query = query.where(Appointment.state == state)
    with reading(ctx) as s:
        return _infos(s, list(s.scalars(query.order_by(Appointment.slot, Appointment.id))))


def resident_appointments(ctx: ServiceContext, resident_id: int, *, upcoming_only: bool = True) -> list[AppointmentInfo]:
    """A resident's appointments (from today on, unless all are asked for), soonest first."""
    actor = ctx.require(Perm.RECEPTION)
    query = select(Appointment).where(Appointment.station_id == actor.station_id,
                                      Appointment.resident_id == resident_id)
    if upcoming_only:
        query = query.where(Appointment.day >= ctx.now().date())
    with reading(ctx) as s:
        return _infos(s, list(s.scalars(query.order_by(Appointment.day, Appointment.slot, Appointment.id))))


# -- what became of the booking ------------------------------------------------

def check_in(ctx: ServiceContext, appointment_id: int) -> TicketInfo:
    """The resident has arrived: a queue ticket in the same transaction, green channel when they
    come no later than the end of their slot."""
    actor = ctx.require(Perm.RECEPTION)
    now = ctx.now()
    with writing(ctx) as s:
        appointment = _load(s, actor, appointment_id)
        _require_state(appointment, "booked")
        if appointment.channel == "door_to_door":
            raise ValidationError("appointment_door_to_door")
        if appointment.day != now.date():
            raise ValidationError("appointment_not_today", day=appointment.day.isoformat())
        on_time = now <= datetime.combine(appointment.day, slot_end(s, actor.station_id, appointment.day,
                                                                    appointment.slot))
        appointment.state, appointment.checked_in_at = "checked_in", now
        s.flush()
        ticket = tickets.issue_in(s, actor, now, appointment.resident_id,
                                  priority_reason="appointment" if on_time else "",
                                  appointment_id=appointment.id)
        return tickets.ticket_info(s, ticket)


def no_show(ctx: ServiceContext, appointment_id: int) -> AppointmentInfo:
    actor = ctx.require(Perm.RECEPTION)
    now = ctx.now()
    with writing(ctx) as s:
        appointment = _load(s, actor, appointment_id)
        _require_state(appointment, "booked")
        end = slot_end(s, actor.station_id, appointment.day, appointment.slot)
        if now < datetime.combine(appointment.day, end):
            raise ValidationError("appointment_not_over", end=f"{appointment.day.isoformat()} {end:%H:%M}")
        appointment.state = "no_show"
        s.flush()
        return _info(s, appointment)


def cancel(ctx: ServiceContext, appointment_id: int, reason: str) -> AppointmentInfo:
    actor = ctx.require(Perm.RECEPTION)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason_required")
    if len(reason) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    with writing(ctx) as s:
        appointment = _load(s, actor, appointment_id)
        _require_state(appointment, "booked")
        appointment.state, appointment.cancel_reason = "cancelled", reason
        s.flush()
        return _info(s, appointment)


def visited(ctx: ServiceContext, appointment_id: int, note: str = "") -> AppointmentInfo:
    """A door-to-door appointment was carried out at the resident's home."""
    actor = ctx.require(Perm.RECEPTION)
    note = (note or "").strip()
    if len(note) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    with writing(ctx) as s:
        appointment = _load(s, actor, appointment_id)
        if appointment.channel != "door_to_door":
            raise ValidationError("appointment_not_door_to_door")
        _require_state(appointment, "booked")
        appointment.state = "done"
        if note:
            appointment.note = f"{appointment.note}\n{note}".strip()
        s.flush()
        return _info(s, appointment)


def attach_affair(ctx: ServiceContext, appointment_id: int, affair_id: int) -> AppointmentInfo:
    """The desk accepted an affair for a checked-in appointment: the appointment is done."""
    actor = ctx.require(Perm.RECEPTION)
    with writing(ctx) as s:
        appointment = _load(s, actor, appointment_id)
        _require_state(appointment, "checked_in")
        affair = s.get(Affair, affair_id)
        if affair is None or affair.station_id != actor.station_id:
            raise NotFound("affair_not_found", ref=affair_id)
        if affair.resident_id != appointment.resident_id:
            raise ValidationError("appointment_affair_mismatch")
        appointment.affair_id, appointment.state = affair.id, "done"
        s.flush()
        return _info(s, appointment)


# -- online bookings from a file -----------------------------------------------

def _find_resident(s: Session, station_id: int, row: BookingRow) -> tuple[Resident | None, DomainError | None]:
    if row.id_number:
        found = s.scalars(select(Resident).where(Resident.station_id == station_id,
                                                 Resident.id_number == row.id_number).limit(2)).all()
        if not found:
            return None, DomainError("appointment_import_resident", who=mask_id(row.id_number))
    else:
        found = s.scalars(select(Resident).where(Resident.station_id == station_id,
                                                 Resident.phone == row.phone).limit(20)).all()
        if not found:
            return None, DomainError("appointment_import_resident", who=mask_phone(row.phone))
        named = [r for r in found if r.name == row.name]
        if len(named) > 1:
            return None, DomainError("appointment_import_ambiguous", phone=mask_phone(row.phone))
        found = named or found
    if len(found) > 1:
        return None, DomainError("appointment_import_resident", who=mask_id(row.id_number))
    resident = found[0]
    if resident.name != row.name:
        return None, DomainError("appointment_import_name", name=row.name)
    return resident, None


def import_file(ctx: ServiceContext, path: str | Path) -> ImportReport:
    """Online bookings: every row valid or nothing is booked, and the error names each bad row.
    A row whose external_ref was imported before is skipped, so a file can be imported again."""
    actor = ctx.require(Perm.RECEPTION)
    raw_rows = appointments_io.read_rows(path)
    now = ctx.now()
    problems: list[DomainError] = []
    with writing(ctx) as s:
        _lock_station(s, actor.station_id)
        known = set(s.scalars(select(Appointment.external_ref).where(
            Appointment.station_id == actor.station_id, Appointment.external_ref.is_not(None))))
        days = _ImportDays(s, actor.station_id)
        in_file: set[str] = set()
        new: list[Appointment] = []
        skipped = 0
        for number, entry in raw_rows:
            row, row_problems = appointments_io.parse_row(number, entry)
            resident_id = None
            if row is not None:
                if row.external_ref in in_file:
                    row_problems.append(DomainError("appointment_import_ref_repeated", ref=row.external_ref))
                else:
                    in_file.add(row.external_ref)
                    if row.external_ref in known:
                        skipped += 1
                        continue
                    resident_id, row_problems = _row_refusals(s, actor, now, row, days)
            if row_problems:
                problems.append(appointments_io.row_error(number, row_problems))
                continue
            new.append(Appointment(
                station_id=actor.station_id, resident_id=resident_id, type_code=row.type_code, day=row.day,
                slot=row.slot, channel="online", state="booked", note=row.note, external_ref=row.external_ref,
                created_at=now, created_by=actor.staff_id,
            ))
        if problems:
            raise appointments_io.invalid(problems)
        s.add_all(new)
        s.flush()
        return ImportReport(len(new), skipped)


class _ImportDays:
    """Slots, places taken and residents booked per day, counting the file's own rows as they pass."""

    def __init__(self, s: Session, station_id: int):
        self.s, self.station_id = s, station_id
        self.slots: dict[date, list] = {}
        self.booked: dict[date, dict[time, int]] = {}
        self.taken: set[tuple[int, date, time]] = set()

    def of(self, day: date) -> tuple[list, dict[time, int]]:
        if day not in self.slots:
            self.slots[day] = day_slots(self.s, self.station_id, day)
            self.booked[day] = _booked(self.s, self.station_id, day)
        return self.slots[day], self.booked[day]


def _row_refusals(s: Session, actor: Actor, now: datetime, row: BookingRow,
                  days: _ImportDays) -> tuple[int | None, list[DomainError]]:
    """The resident's id and the database checks of one parsed row; a row that passes takes its place."""
    out: list[DomainError] = []
    resident, problem = _find_resident(s, actor.station_id, row)
    if problem:
        out.append(problem)
    type_problem = _type_refusal(s, row.type_code)
    if type_problem:
        out.append(type_problem)
    slots_of_day, booked = days.of(row.day)
    slot_problem = _slot_refusal(now, row.day, row.slot, slots_of_day, booked, False)
    if slot_problem:
        out.append(slot_problem)
    if resident is not None and not slot_problem:
        key = (resident.id, row.day, row.slot)
        if key in days.taken or _has_booking(s, actor.station_id, resident.id, row.day, row.slot):
            out.append(DomainError("appointment_import_twice"))
        days.taken.add(key)
    if out:
        return None, out
    booked[row.slot] = booked.get(row.slot, 0) + 1
    return resident.id, []
