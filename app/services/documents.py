"""Plain data for the printed documents, built from one affair.

Printing (app.printing) renders these; it never sees the database.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.models import Affair, AffairType, DispatchLeg, Household, Partner, Resident, Staff, Station
from app.printing.documents import NoticeDoc, ReceiptDoc, ReferralDoc, StationHeader

from .context import ServiceContext
from .errors import NotFound
from .identity import mask_id, mask_phone
from .permissions import Perm
from .uow import reading


def _load(s, ctx: ServiceContext, affair_id: int):
    actor = ctx.require(Perm.PRINT)
    affair = s.scalar(select(Affair).where(Affair.id == affair_id).options(selectinload(Affair.materials)))
    if affair is None or affair.station_id != actor.station_id:
        raise NotFound("affair_not_found", ref=affair_id)
    station = s.get(Station, affair.station_id)
    header = StationHeader(station.name, station.code, station.address, station.phone)
    return affair, header, s.get(AffairType, affair.affair_type_id), s.get(Resident, affair.resident_id), \
        s.get(Staff, affair.accepted_by)


def receipt(ctx: ServiceContext, affair_id: int) -> ReceiptDoc:
    with reading(ctx) as s:
        affair, header, atype, resident, worker = _load(s, ctx, affair_id)
        handler = s.get(Partner, atype.handler_code)
        return ReceiptDoc(
            station=header, affair_number=affair.number, affair_type_code=atype.code,
            affair_type_name=atype.name_zh, handling_mode=affair.handling_mode, state=affair.state,
            resident_name=resident.name, resident_id_masked=mask_id(resident.id_number),
            resident_phone_masked=mask_phone(resident.phone), accepted_at=affair.accepted_at,
            worker_name=worker.name,
            committed_date=None if affair.state == "completed" else affair.committed_date,
            handler_name=handler.name_zh if handler else "",
            materials_provided=tuple(m.name_zh for m in affair.materials if m.status == "provided"),
            materials_by_home_visit=tuple(m.name_zh for m in affair.materials if m.status == "home_visit"),
            note=affair.note,
        )


def notice(ctx: ServiceContext, affair_id: int) -> NoticeDoc:
    with reading(ctx) as s:
        affair, header, atype, resident, worker = _load(s, ctx, affair_id)
        return NoticeDoc(
            station=header, notice_number=affair.number, affair_type_code=atype.code,
            affair_type_name=atype.name_zh, resident_name=resident.name,
            resident_id_masked=mask_id(resident.id_number), issued_at=affair.accepted_at,
            worker_name=worker.name,
            materials_missing=tuple(m.name_zh for m in affair.materials if m.status == "missing"),
            materials_provided=tuple(m.name_zh for m in affair.materials if m.status == "provided"),
            forms=tuple(f["name_zh"] for f in atype.forms),
            committed_days=atype.committed_days, note=affair.note,
        )


def referral(ctx: ServiceContext, leg_id: int) -> ReferralDoc:
    """The slip for one leg: only what the partner needs, the phone masked
    unless the resident agreed to share it."""
    with reading(ctx) as s:
        leg = s.get(DispatchLeg, leg_id)
        if leg is None:
            raise NotFound("leg_not_found", ref=leg_id)
        affair, header, atype, resident, _ = _load(s, ctx, leg.affair_id)
        partner = s.get(Partner, leg.partner_code)
        household = s.get(Household, resident.household_id) if resident.household_id else None
        return ReferralDoc(
            station=header, slip_number=f"{affair.number}-{leg.position}", affair_number=affair.number,
            affair_type_code=atype.code, affair_type_name=atype.name_zh, kind=leg.kind,
            partner_name=partner.name_zh, partner_phone=partner.phone, partner_address=partner.address,
            resident_name=resident.name, resident_id_masked=mask_id(resident.id_number),
            resident_phone=resident.phone if affair.phone_consent else mask_phone(resident.phone),
            resident_address=f"{household.building}号楼{household.unit}单元{household.room}" if household else "",
            request=leg.request or affair.note,
            materials_provided=tuple(m.name_zh for m in affair.materials if m.status == "provided"),
            committed_date=affair.urgent_at.date() if affair.urgent and affair.urgent_at else affair.committed_date,
            urgent=affair.urgent, dispatched_at=leg.dispatched_at,
            dispatcher_name=s.get(Staff, leg.dispatched_by).name,
        )
