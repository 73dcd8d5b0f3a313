"""The station and its staff: who is at the desk."""
from __future__ import annotations

from sqlalchemy import select

from app.models import Staff, Station

from .context import Actor, ServiceContext
from .dto import StaffInfo, StationInfo
from .errors import DomainError, NotFound
from .uow import reading

DESK_ROLES = ("social_worker", "chief_stationmaster", "deputy_stationmaster")


def current_station(ctx: ServiceContext) -> StationInfo:
    with reading(ctx) as s:
        if ctx.actor is not None:
            st = s.get(Station, ctx.actor.station_id)
        else:
            st = s.scalar(select(Station).order_by(Station.id).limit(1))
        if st is None:
            raise DomainError("station_missing")
        return StationInfo(st.id, st.code, st.name, st.subdistrict, st.address, st.phone)


def has_station(ctx: ServiceContext) -> bool:
    with reading(ctx) as s:
        return s.scalar(select(Station.id).limit(1)) is not None


def list_staff(ctx: ServiceContext, station_id: int) -> list[StaffInfo]:
    with reading(ctx) as s:
        return [StaffInfo(m.id, m.username, m.name, m.role) for m in s.scalars(
            select(Staff).where(Staff.station_id == station_id, Staff.active.is_(True)).order_by(Staff.id))]


def actor_for(ctx: ServiceContext, username: str | None = None, desk: str = "") -> Actor:
    """The staff member working at this desk: by user name, or the station's first desk worker.

    Accounts with passwords and a login screen replace the default choice later;
    every service already checks the role it is given.
    """
    with reading(ctx) as s:
        query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)
        if username:
            query = query.where(Staff.username == username)
        else:
            query = query.where(Staff.role.in_(DESK_ROLES))
        member = s.scalars(query.limit(1)).first()
        if member is None:
            raise NotFound("staff_not_found", who=username or "-")
        return Actor(member.id, member.name, member.role, member.station_id, desk)
