"""One resident's history: every affair and event, and how many times they
came to the station for each (the "visit only once" measure)."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from app.models import Affair, AffairEvent, AffairType, HomeVisit, Resident, Staff

from .backoffice_dto import ResidentTimeline, TimelineEntry
from . import audit_trail
from .context import ServiceContext
from .dto import AffairEventInfo
from .errors import NotFound
from .home_visits import visit_info
from .permissions import Perm
from .uow import writing


def resident_timeline(ctx: ServiceContext, resident_id: int, limit: int = 500) -> ResidentTimeline:
    actor = ctx.require(Perm.SEARCH)
    with writing(ctx, audited=False) as s:  # a read, but the read of a whole history is audited
        resident = s.get(Resident, resident_id)
        if resident is None or resident.station_id != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
        audit_trail.record(s, actor, ctx.now(), "read_full", operation="timeline.resident_timeline",
                           target=f"resident:{resident_id}", detail=resident.name)
        rows = s.execute(
            select(Affair.id, Affair.number, AffairType.name_zh, AffairType.name_en, Affair.state,
                   Affair.accepted_at, Affair.completed_at, Affair.visits, Affair.satisfaction)
            .join(AffairType, AffairType.id == Affair.affair_type_id)
            .where(Affair.resident_id == resident_id)
            .order_by(Affair.accepted_at.desc(), Affair.id.desc()).limit(limit)).all()
        staff = dict(s.execute(select(Staff.id, Staff.name)).all())
        events = defaultdict(list)
        ids = [r[0] for r in rows]
        for start in range(0, len(ids), 500):
            for e in s.scalars(select(AffairEvent).where(AffairEvent.affair_id.in_(ids[start:start + 500]))
                               .order_by(AffairEvent.id)):
                events[e.affair_id].append(AffairEventInfo(e.kind, e.from_state, e.to_state, e.at,
                                                           staff.get(e.actor_id, ""), e.desk, e.note))
        visits = s.scalars(select(HomeVisit).where(HomeVisit.resident_id == resident_id)
                           .order_by(HomeVisit.planned_on.desc())).all()
        return ResidentTimeline(
            resident_id, resident.name,
            tuple(TimelineEntry(*r[:8], r[8], tuple(events[r[0]])) for r in rows),
            len(rows), sum(1 for r in rows if r[7] <= 1),
            tuple(visit_info(s, v) for v in visits),
        )
