"""Acceptance at the window: check materials, then handle on the spot, accept
for submission or transfer, or record a one-time notice of what is missing."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from app.models import Affair, AffairMaterial, AffairType, Resident, Staff, Station

from . import home_visits, lifecycle
from .context import Actor, ServiceContext
from .dto import AffairEventInfo, AffairResult, AffairSummary
from .errors import NotFound, ValidationError
from .numbering import next_number
from .permissions import Perm
from .plain_read import Statement, as_date, as_datetime, plain_reading
from .uow import reading, writing
from .workdays import add_workdays, is_published

MATERIAL_STATUSES = ("provided", "missing", "home_visit")
CHANNELS = ("walk_in", "appointment", "phone", "online", "door_to_door")
CHANNEL_LABELS = {
    "walk_in": ("现场", "walk-in"), "appointment": ("预约", "appointment"), "phone": ("电话", "phone"),
    "online": ("网上", "online"), "door_to_door": ("入户", "door-to-door"),
}
# Working days the station allows itself to collect materials at the resident's home.
HOME_VISIT_DAYS = 3
NOTE_MAX = 500


def _load(s: Session, actor: Actor, resident_id: int, type_code: str) -> tuple[Resident, AffairType, Station]:
    resident = s.get(Resident, resident_id)
    if resident is None or resident.station_id != actor.station_id:
        raise NotFound("resident_not_found", id=resident_id)
    atype = s.scalar(select(AffairType).where(AffairType.code == type_code))
    if atype is None:
        raise NotFound("type_not_found", code=type_code)
    if not atype.active:
        raise ValidationError("type_inactive", name=atype.name_zh)
    station = s.get(Station, actor.station_id)
    return resident, atype, station


def _check_inputs(atype: AffairType, statuses: Sequence[str], channel: str, note: str) -> list[str]:
    statuses = list(statuses)
    if len(statuses) != len(atype.materials):
        raise ValidationError(
            "materials_mismatch", detail=f"{len(statuses)} != {len(atype.materials)}"
        )
    for status in statuses:
        if status not in MATERIAL_STATUSES:
            raise ValidationError("materials_mismatch", detail=str(status))
    if channel not in CHANNELS:
        raise ValidationError("channel_unknown", channel=channel)
    if len(note or "") > NOTE_MAX:
        raise ValidationError("note_too_long", max=NOTE_MAX)
    return statuses


def _missing_required(atype: AffairType, statuses: list[str]) -> list[str]:
    return [m["name_zh"] for m, st in zip(atype.materials, statuses) if st == "missing" and m.get("required", True)]


def _set_materials(affair: Affair, atype: AffairType, statuses: list[str]) -> None:
    affair.materials.clear()
    for i, (m, st) in enumerate(zip(atype.materials, statuses)):
        affair.materials.append(AffairMaterial(
            position=i, name_zh=m["name_zh"], name_en=m.get("name_en", ""),
            required=bool(m.get("required", True)), status=st,
        ))


def _resume(s: Session, actor: Actor, affair_id: int, resident: Resident, atype: AffairType) -> Affair:
    affair = s.get(Affair, affair_id)
    if (affair is None or affair.station_id != actor.station_id or affair.resident_id != resident.id
            or affair.affair_type_id != atype.id):
        raise NotFound("affair_not_found", ref=affair_id)
    affair.visits += 1  # the resident came back: the "visit only once" measure counts it
    return affair


def _new_affair(s: Session, actor: Actor, station: Station, resident: Resident, atype: AffairType,
                now: datetime, channel: str, note: str) -> Affair:
    affair = Affair(
        station_id=station.id, number=next_number(s, station.id, station.code, now.date()),
        resident_id=resident.id, affair_type_id=atype.id, handling_mode=atype.handling_mode,
        state="", channel=channel, accepted_at=now, accepted_by=actor.staff_id, desk=actor.desk,
        visits=1, note=note or "",
    )
    s.add(affair)
    return affair


def accept(
    ctx: ServiceContext, resident_id: int, type_code: str, statuses: Sequence[str], *,
    channel: str = "walk_in", note: str = "", resume_affair_id: int | None = None,
) -> AffairResult:
    """Handle on the spot when the type allows and everything is here; otherwise
    accept with a committed date. A required material may be missing only if it
    is to be collected by home visit; otherwise the caller issues a notice."""
    actor = ctx.require(Perm.ACCEPT)
    with writing(ctx) as s:
        affair, atype = accept_in(s, actor, ctx.now(), resident_id, type_code, statuses, channel=channel,
                                  note=note, resume_affair_id=resume_affair_id)
        return _result(s, affair, atype)


def accept_in(
    s: Session, actor: Actor, now: datetime, resident_id: int, type_code: str, statuses: Sequence[str], *,
    channel: str = "walk_in", note: str = "", resume_affair_id: int | None = None,
) -> tuple[Affair, AffairType]:
    """The acceptance itself, inside the caller's transaction (the desk, or a home visit)."""
    resident, atype, station = _load(s, actor, resident_id, type_code)
    statuses = _check_inputs(atype, statuses, channel, note)
    missing = _missing_required(atype, statuses)
    if missing:
        raise ValidationError("materials_missing", names="、".join(missing))
    home_visit = "home_visit" in statuses
    if resume_affair_id is not None:
        affair = _resume(s, actor, resume_affair_id, resident, atype)
    else:
        affair = _new_affair(s, actor, station, resident, atype, now, channel, note)
    _set_materials(affair, atype, statuses)
    if atype.handling_mode == "on_the_spot" and not home_visit:
        lifecycle.transition(affair, "complete", actor, now, note)
        affair.completed_at = now
        affair.committed_date = now.date()
    else:
        days = atype.committed_days + (HOME_VISIT_DAYS if home_visit else 0)
        affair.committed_date = add_workdays(now.date(), days)
        lifecycle.transition(affair, "accept", actor, now, note)
    s.execute(update(AffairType).where(AffairType.id == atype.id)
              .values(use_count=AffairType.use_count + 1))
    s.flush()
    if home_visit:
        home_visits.plan_collection(s, actor, now, affair, resident,
                        [m.name_zh for m in affair.materials if m.status == "home_visit"])
    return affair, atype


def accept_from_visit(
    ctx: ServiceContext, visit_id: int, resident_id: int, type_code: str, statuses: Sequence[str], *,
    note: str = "",
) -> AffairResult:
    """A need found on a door-to-door visit becomes an affair in the same queue,
    and the visit's log says so, in one transaction."""
    actor = ctx.require(Perm.ACCEPT)
    ctx.require(Perm.HOME_VISIT)
    now = ctx.now()
    with writing(ctx) as s:
        visit = home_visits.load_visit(s, actor, visit_id)
        affair, atype = accept_in(s, actor, now, resident_id, type_code, statuses, channel="door_to_door",
                                  note=note)
        home_visits.log_in(s, actor, now, visit, "need_found", note or atype.name_zh, affair.id)
        return _result(s, affair, atype)


def issue_notice(
    ctx: ServiceContext, resident_id: int, type_code: str, statuses: Sequence[str], *,
    channel: str = "walk_in", note: str = "", resume_affair_id: int | None = None,
) -> AffairResult:
    """Record that the resident was told once, in writing, everything still needed."""
    actor = ctx.require(Perm.ACCEPT)
    now = ctx.now()
    with writing(ctx) as s:
        resident, atype, station = _load(s, actor, resident_id, type_code)
        statuses = _check_inputs(atype, statuses, channel, note)
        if "missing" not in statuses:
            raise ValidationError("nothing_missing")
        if resume_affair_id is not None:
            affair = _resume(s, actor, resume_affair_id, resident, atype)
        else:
            affair = _new_affair(s, actor, station, resident, atype, now, channel, note)
        _set_materials(affair, atype, statuses)
        lifecycle.transition(affair, "notice", actor, now, note)
        s.flush()
        return _result(s, affair, atype)


def _result(s: Session, affair: Affair, atype: AffairType) -> AffairResult:
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    return AffairResult(
        id=affair.id, number=affair.number, state=affair.state, handling_mode=affair.handling_mode,
        committed_date=affair.committed_date,
        committed_date_provisional=bool(affair.committed_date and not is_published(affair.committed_date)),
        materials_missing=tuple(m.name_zh for m in affair.materials if m.status == "missing"),
        materials_home_visit=tuple(m.name_zh for m in affair.materials if m.status == "home_visit"),
        closing_document=atype.closing_document,
        events=tuple(AffairEventInfo(e.kind, e.from_state, e.to_state, e.at, names.get(e.actor_id, ""),
                                     e.desk, e.note) for e in affair.events),
    )


def get(ctx: ServiceContext, affair_id: int) -> AffairResult:
    actor = ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        affair = s.scalar(select(Affair).where(Affair.id == affair_id)
                          .options(selectinload(Affair.materials), selectinload(Affair.events)))
        if affair is None or affair.station_id != actor.station_id:
            raise NotFound("affair_not_found", ref=affair_id)
        return _result(s, affair, s.get(AffairType, affair.affair_type_id))


def resident_affairs(ctx: ServiceContext, resident_id: int, open_only: bool = False,
                     limit: int = 50) -> list[AffairSummary]:
    actor = ctx.require(Perm.SEARCH)
    with plain_reading(ctx) as db:
        if db.scalar(_RESIDENT_STATION, {"rid": resident_id}) != actor.station_id:
            return []
        rows = db.rows(_RESIDENT_AFFAIRS[open_only], {"rid": resident_id, "lim": limit})
    return [AffairSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], as_datetime(r[7]), as_date(r[8]), r[9])
            for r in rows]


def _resident_affairs_query(open_only: bool) -> Statement:
    # Filter on the resident alone (checked to be this station's): with station_id in the WHERE
    # too, SQLite walks the station's whole history by (station, accepted_at) instead. A ready
    # statement: the desk runs this on every pick from the search list.
    return Statement(
        "SELECT affair.id, affair.number, affair_type.code, affair_type.name_zh, affair_type.name_en, "
        "affair.state, affair.handling_mode, affair.accepted_at, affair.committed_date, affair.visits "
        "FROM affair JOIN affair_type ON affair_type.id = affair.affair_type_id WHERE affair.resident_id = :rid"
        + (" AND affair.state IN ('awaiting_materials', 'accepted')" if open_only else "")
        + " ORDER BY affair.accepted_at DESC, affair.id DESC LIMIT :lim")


_RESIDENT_AFFAIRS = {flag: _resident_affairs_query(flag) for flag in (False, True)}
_RESIDENT_STATION = Statement("SELECT station_id FROM resident WHERE id = :rid")


def committed_preview(ctx: ServiceContext, type_code: str, home_visit: bool = False) -> tuple:
    """The date the resident would be promised if accepted now: (date, provisional)."""
    ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        atype = s.scalar(select(AffairType).where(AffairType.code == type_code))
        if atype is None:
            raise NotFound("type_not_found", code=type_code)
        days = atype.committed_days + (HOME_VISIT_DAYS if home_visit else 0)
    due = add_workdays(ctx.now().date(), days)
    return due, not is_published(due)
