"""Door-to-door work: visit tasks for an affair (collect materials, handle at
home) or standalone visits to find needs before they are reported, each with
a log of what happened at the door."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Affair, GridArea, HomeVisit, HomeVisitLog, Household, Resident, Staff

from .backoffice_dto import HomeVisitInfo, VisitLogInfo
from .context import Actor, ServiceContext
from .errors import NotFound, ValidationError
from .grids import grid_for
from .permissions import Perm, allowed
from .uow import reading, writing
from .workdays import add_workdays

OUTCOMES = ("met", "not_home", "need_found", "no_need", "materials_collected")
OUTCOME_LABELS = {
    "met": ("已见到居民", "met the resident"),
    "not_home": ("无人在家", "nobody at home"),
    "need_found": ("发现需求", "need found"),
    "no_need": ("暂无需求", "no need"),
    "materials_collected": ("已收取材料", "materials collected"),
    "cancelled": ("已取消", "cancelled"),
}
VISIT_STATES = ("planned", "done", "cancelled")
TEXT_MAX = 1000


def load_visit(s: Session, actor: Actor, visit_id: int) -> HomeVisit:
    visit = s.get(HomeVisit, visit_id)
    if visit is None or visit.station_id != actor.station_id:
        raise NotFound("visit_not_found", ref=visit_id)
    return visit


def log_in(s: Session, actor: Actor, now: datetime, visit: HomeVisit, outcome: str, note: str,
           affair_id: int | None = None) -> None:
    if visit.state == "cancelled":
        raise ValidationError("visit_cancelled")
    visit.log.append(HomeVisitLog(at=now, staff_id=actor.staff_id, outcome=outcome, note=note,
                                  affair_id=affair_id))
    if outcome != "not_home":
        visit.state = "done"


def plan_collection(s: Session, actor: Actor, now: datetime, affair: Affair, resident: Resident,
                    materials: list[str]) -> None:
    """Materials to be collected at home become a visit task for the resident's
    grid worker (or whoever accepted), due the next working day."""
    household = s.get(Household, resident.household_id) if resident.household_id else None
    grid = grid_for(s, actor.station_id, household.building, household.unit) if household else None
    s.add(HomeVisit(
        station_id=actor.station_id, grid_id=grid.id if grid else None,
        household_id=household.id if household else None, resident_id=resident.id, affair_id=affair.id,
        staff_id=grid.staff_id if grid and grid.staff_id else actor.staff_id,
        purpose="上门收取材料：" + "、".join(materials), planned_on=add_workdays(now.date(), 1),
        state="planned", created_at=now, created_by=actor.staff_id,
    ))


def plan(ctx: ServiceContext, planned_on: date, purpose: str, *, staff_id: int | None = None,
         resident_id: int | None = None, grid_id: int | None = None, affair_id: int | None = None) -> int:
    """Plan a visit. Planning one for somebody else is the stationmasters' work."""
    actor = ctx.require(Perm.HOME_VISIT)
    now = ctx.now()
    staff_id = staff_id or actor.staff_id
    if staff_id != actor.staff_id:
        ctx.require(Perm.MANAGE_GRIDS)
    purpose = (purpose or "").strip()
    if not purpose or len(purpose) > TEXT_MAX:
        raise ValidationError("visit_purpose_required")
    if planned_on < now.date():
        raise ValidationError("visit_date_past")
    with writing(ctx) as s:
        member = s.get(Staff, staff_id)
        if member is None or member.station_id != actor.station_id:
            raise NotFound("staff_not_found", who=staff_id)
        household_id = None
        if resident_id is not None:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.station_id != actor.station_id:
                raise NotFound("resident_not_found", id=resident_id)
            household_id = resident.household_id
            if grid_id is None and household_id:
                h = s.get(Household, household_id)
                grid = grid_for(s, actor.station_id, h.building, h.unit)
                grid_id = grid.id if grid else None
        if grid_id is not None:
            grid = s.get(GridArea, grid_id)
            if grid is None or grid.station_id != actor.station_id:
                raise NotFound("grid_not_found", ref=grid_id)
        if affair_id is not None:
            affair = s.get(Affair, affair_id)
            if affair is None or affair.station_id != actor.station_id:
                raise NotFound("affair_not_found", ref=affair_id)
        if resident_id is None and grid_id is None:
            raise ValidationError("visit_target_required")
        visit = HomeVisit(station_id=actor.station_id, grid_id=grid_id, household_id=household_id,
                          resident_id=resident_id, affair_id=affair_id, staff_id=staff_id, purpose=purpose,
                          planned_on=planned_on, state="planned", created_at=now, created_by=actor.staff_id)
        s.add(visit)
        s.flush()
        return visit.id


def record(ctx: ServiceContext, visit_id: int, outcome: str, note: str = "") -> None:
    """Log what happened at the door; anything but 'nobody at home' finishes the task."""
    actor = ctx.require(Perm.HOME_VISIT)
    if outcome not in OUTCOMES:
        raise ValidationError("visit_outcome_unknown", outcome=outcome)
    note = (note or "").strip()
    if len(note) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    if outcome == "need_found" and not note:
        raise ValidationError("visit_need_required")
    with writing(ctx) as s:
        log_in(s, actor, ctx.now(), load_visit(s, actor, visit_id), outcome, note)


def cancel(ctx: ServiceContext, visit_id: int, reason: str) -> None:
    actor = ctx.require(Perm.HOME_VISIT)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason_required")
    with writing(ctx) as s:
        visit = load_visit(s, actor, visit_id)
        if visit.state != "planned":
            raise ValidationError("visit_not_planned")
        visit.state = "cancelled"
        visit.log.append(HomeVisitLog(at=ctx.now(), staff_id=actor.staff_id, outcome="cancelled",
                                      note=reason[:TEXT_MAX]))


def visits(ctx: ServiceContext, *, state: str = "", staff_id: int | None = None, grid_id: int | None = None,
           resident_id: int | None = None, limit: int = 500) -> list[HomeVisitInfo]:
    """Visit tasks, the soonest first; a social worker sees their own unless
    they may manage grids."""
    actor = ctx.require(Perm.HOME_VISIT)
    if staff_id is None and not allowed(actor.role, Perm.MANAGE_GRIDS) and resident_id is None:
        staff_id = actor.staff_id
    query = select(HomeVisit).where(HomeVisit.station_id == actor.station_id)
    if state:
        query = query.where(HomeVisit.state == state)
    if staff_id:
        query = query.where(HomeVisit.staff_id == staff_id)
    if grid_id:
        query = query.where(HomeVisit.grid_id == grid_id)
    if resident_id:
        query = query.where(HomeVisit.resident_id == resident_id)
    query = query.order_by(HomeVisit.planned_on, HomeVisit.id).limit(limit)
    with reading(ctx) as s:
        return [visit_info(s, v) for v in s.scalars(query).all()]


def visit_info(s: Session, v: HomeVisit) -> HomeVisitInfo:
    staff = dict(s.execute(select(Staff.id, Staff.name)).all())
    grid = s.get(GridArea, v.grid_id) if v.grid_id else None
    resident = s.get(Resident, v.resident_id) if v.resident_id else None
    household = s.get(Household, v.household_id) if v.household_id else None
    affair = s.get(Affair, v.affair_id) if v.affair_id else None
    numbers = dict(s.execute(select(Affair.id, Affair.number).where(
        Affair.id.in_([e.affair_id for e in v.log if e.affair_id]))).all()) if v.log else {}
    return HomeVisitInfo(
        v.id, v.grid_id, grid.name if grid else "", v.resident_id, resident.name if resident else "",
        f"{household.building}-{household.unit}-{household.room}" if household else "",
        v.affair_id, affair.number if affair else "", v.staff_id, staff.get(v.staff_id, ""), v.purpose,
        v.planned_on, v.state,
        tuple(VisitLogInfo(e.at, staff.get(e.staff_id, ""), e.outcome, e.note, e.affair_id,
                           numbers.get(e.affair_id, "")) for e in v.log),
    )
