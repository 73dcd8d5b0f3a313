"""Full agency handling (全程代办): the station runs the errand for the
resident. The authorisation and every original document taken and given back
are on record, and a hand-over slip is printed for both sides to sign."""
from __future__ import annotations

from typing import Sequence

from sqlalchemy import select

from app.models import AffairType, AgencyAuthorisation, CustodyItem, Resident, Staff, Station
from app.printing.documents import CustodyLine, HandoverDoc, StationHeader

from . import lifecycle
from .context import ServiceContext
from .errors import NotFound, ValidationError
from .identity import mask_id
from .permissions import Perm
from .transfers import load_affair
from .uow import reading, writing

NAME_MAX = 100
COPIES_MAX = 99


def authorise(ctx: ServiceContext, affair_id: int, scope: str) -> None:
    actor = ctx.require(Perm.FOLLOW_UP)
    now = ctx.now()
    scope = (scope or "").strip()
    if not scope:
        raise ValidationError("scope_required")
    if len(scope) > 500:
        raise ValidationError("note_too_long", max=500)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        lifecycle.transition(affair, "authorise", actor, now, scope)
        auth = s.get(AgencyAuthorisation, affair.id)
        if auth is None:
            s.add(AgencyAuthorisation(affair_id=affair.id, scope=scope, authorised_at=now,
                                      recorded_by=actor.staff_id))
        else:
            auth.scope, auth.authorised_at, auth.recorded_by = scope, now, actor.staff_id


def take(ctx: ServiceContext, affair_id: int, items: Sequence[tuple[str, int]], note: str = "") -> None:
    """Record originals taken into the station's custody: (document, copies) pairs."""
    actor = ctx.require(Perm.FOLLOW_UP)
    now = ctx.now()
    clean = []
    for name, copies in items:
        name = (name or "").strip()
        if not name or len(name) > NAME_MAX:
            raise ValidationError("custody_name_invalid")
        if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= COPIES_MAX:
            raise ValidationError("custody_copies_invalid", max=COPIES_MAX)
        clean.append((name, copies))
    if not clean:
        raise ValidationError("custody_name_invalid")
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        if s.get(AgencyAuthorisation, affair.id) is None:
            raise ValidationError("authorisation_required")
        lifecycle.transition(affair, "custody_take", actor, now,
                             "、".join(f"{n}×{c}" for n, c in clean) + (f"：{note}" if note else ""))
        for name, copies in clean:
            s.add(CustodyItem(affair_id=affair.id, name=name, copies=copies, taken_at=now,
                              taken_by=actor.staff_id, note=(note or "")[:500]))


def give_back(ctx: ServiceContext, affair_id: int, item_ids: Sequence[int]) -> None:
    """Record originals returned to the resident."""
    actor = ctx.require(Perm.FOLLOW_UP)
    now = ctx.now()
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        items = s.scalars(select(CustodyItem).where(CustodyItem.affair_id == affair.id,
                                                    CustodyItem.id.in_(list(item_ids)))).all()
        if not items or len(items) != len(set(item_ids)):
            raise NotFound("custody_item_not_found", ref=",".join(map(str, item_ids)))
        if any(i.returned_at is not None for i in items):
            raise ValidationError("custody_already_returned")
        lifecycle.transition(affair, "custody_return", actor, now,
                             "、".join(f"{i.name}×{i.copies}" for i in items))
        for item in items:
            item.returned_at, item.returned_by = now, actor.staff_id


def handover_doc(ctx: ServiceContext, affair_id: int) -> HandoverDoc:
    actor = ctx.require(Perm.PRINT)
    now = ctx.now()
    with reading(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        auth = s.get(AgencyAuthorisation, affair.id)
        if auth is None:
            raise ValidationError("authorisation_required")
        station = s.get(Station, affair.station_id)
        atype = s.get(AffairType, affair.affair_type_id)
        resident = s.get(Resident, affair.resident_id)
        items = s.scalars(select(CustodyItem).where(CustodyItem.affair_id == affair.id).order_by(CustodyItem.id))
        return HandoverDoc(
            station=StationHeader(station.name, station.code, station.address, station.phone),
            affair_number=affair.number, affair_type_code=atype.code, affair_type_name=atype.name_zh,
            resident_name=resident.name, resident_id_masked=mask_id(resident.id_number),
            authorised_at=auth.authorised_at, authorisation_scope=auth.scope,
            lines=tuple(CustodyLine(i.name, i.copies, i.taken_at, i.returned_at, i.note) for i in items),
            printed_at=now, worker_name=s.get(Staff, actor.staff_id).name,
        )
