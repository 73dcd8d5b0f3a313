"""What the back office reads: the transfer queue with deadline states, the
digest of what is pressing, and one affair in full."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    AffairEvent, AffairType, AgencyAuthorisation, Certificate, CustodyItem, Household, Partner, Resident, Staff,
)

from . import lifecycle
from .backoffice_dto import (
    AffairDetail, CallInInfo, CertificateInfo, CustodyInfo, Digest, DigestItem, LegInfo, QueueFilter,
    QueueResult, QueueRow,
)
from .context import ServiceContext
from .deadlines import DEADLINE_STATES, OVERDUE, DUE_SOON, deadline_state
from .dto import AffairEventInfo
from .identity import mask_id, mask_phone
from .permissions import Perm
from .plain_read import Reader, Statement, as_date, as_datetime, in_list, over_session
from .transfers import load_affair
from .uow import reading

DIGEST_ITEMS = 8
_SEVERITY = {state: i for i, state in enumerate(DEADLINE_STATES)}


_OPEN = f"affair.station_id = :s AND affair.state IN ({in_list(lifecycle.OPEN_STATES)})"
# Plain statements on the session's cursor (plain_read): SQLAlchemy's row processing of 1,300 rows
# was a fifth of the queue's time.
_OPEN_ROWS = Statement(
    "SELECT affair.id, affair.number, affair_type.code, affair_type.name_zh, affair_type.name_en, "
    "affair_type.category_code, affair_type.handler_code, resident.name, resident.phone, affair.state, "
    "affair.accepted_at, staff.id, staff.name, affair.committed_date, affair.urgent, affair.urgent_at, "
    "affair.urge_count FROM affair JOIN affair_type ON affair_type.id = affair.affair_type_id "
    f"JOIN resident ON resident.id = affair.resident_id JOIN staff ON staff.id = affair.accepted_by WHERE {_OPEN}")
# Joined on the same open affairs rather than IN-lists of their ids: 1,300 bound ids cost more
# to render and bind than the join costs to run.
_OPEN_LEGS = Statement(
    "SELECT dispatch_leg.affair_id, dispatch_leg.partner_code, dispatch_leg.state FROM dispatch_leg "
    f"JOIN affair ON affair.id = dispatch_leg.affair_id WHERE {_OPEN} "
    "ORDER BY dispatch_leg.affair_id, dispatch_leg.position")
_PARTNER_NAMES = Statement("SELECT code, name_zh FROM partner")


def _open_rows(db: Reader, station_id: int, today) -> list[QueueRow]:
    params = {"s": station_id}
    rows = db.rows(_OPEN_ROWS, params)
    legs: dict[int, list] = defaultdict(list)
    for affair_id, code, state in db.rows(_OPEN_LEGS, params):
        legs[affair_id].append((code, state))
    names = dict(db.rows(_PARTNER_NAMES, {}))
    out = []
    for (aid, number, tcode, tzh, ten, cat, handler, rname, phone, state, accepted_at, worker_id, worker,
         committed, urgent, urgent_at, urges) in rows:
        accepted_at, committed, urgent = as_datetime(accepted_at), as_date(committed), bool(urgent)
        deadline, used, overdue = deadline_state(accepted_at, committed, today,
                                                 as_datetime(urgent_at) if urgent else None)
        own = legs.get(aid, [])
        codes = tuple(dict.fromkeys(code for code, _ in own)) or (handler,)
        out.append(QueueRow(
            aid, number, tcode, tzh, ten, cat, rname, mask_phone(phone), state, accepted_at, worker_id,
            worker, committed, deadline, used, overdue, urgent, urges, codes,
            tuple(names.get(c, c) for c in codes), sum(1 for _, st in own if st == "open"),
        ))
    out.sort(key=lambda r: (not r.urgent, _SEVERITY[r.deadline], r.committed_date or r.accepted_at.date(),
                            r.accepted_at))
    return out


def queue(ctx: ServiceContext, flt: QueueFilter = QueueFilter()) -> QueueResult:
    """Every open to-be-transferred affair, urgent first, then the most pressing deadline."""
    actor = ctx.require(Perm.SEARCH)
    today = ctx.now().date()
    with reading(ctx) as s, over_session(s) as db:
        rows = _open_rows(db, actor.station_id, today)

    def keep(r: QueueRow) -> bool:
        return ((not flt.category_code or r.category_code == flt.category_code)
                and (not flt.partner_code or flt.partner_code in r.partner_codes)
                and (not flt.worker_id or r.worker_id == flt.worker_id)
                and (not flt.state or r.state == flt.state)
                and (not flt.deadline or r.deadline == flt.deadline))

    kept = tuple(r for r in rows if keep(r))
    counts = {state: 0 for state in DEADLINE_STATES}
    for r in kept:
        counts[r.deadline] += 1
    return QueueResult(kept, len(rows), counts, sum(1 for r in rows if r.urgent))


def digest(ctx: ServiceContext) -> Digest:
    """One summary of what is overdue and due soon, for the start and each refresh."""
    result = queue(ctx)
    pressing = [r for r in result.rows if r.urgent or r.deadline in (OVERDUE, DUE_SOON)]
    return Digest(
        overdue=result.counts[OVERDUE], due_soon=result.counts[DUE_SOON], urgent=result.urgent,
        items=tuple(DigestItem(r.id, r.number, r.type_name_zh, r.type_name_en, r.resident_name, r.deadline,
                               r.committed_date, r.days_overdue) for r in pressing[:DIGEST_ITEMS]),
    )


def _address(s: Session, resident: Resident) -> str:
    h = s.get(Household, resident.household_id) if resident.household_id else None
    return f"{h.building}号楼{h.unit}单元{h.room}" if h else ""


def detail(ctx: ServiceContext, affair_id: int) -> AffairDetail:
    actor = ctx.require(Perm.SEARCH)
    today = ctx.now().date()
    with reading(ctx) as s:
        a = load_affair(s, actor, affair_id)
        t = s.get(AffairType, a.affair_type_id)
        r = s.get(Resident, a.resident_id)
        staff = dict(s.execute(select(Staff.id, Staff.name)).all())
        partners = {p.code: p for p in s.scalars(select(Partner))}
        open_ = a.state in lifecycle.OPEN_STATES
        deadline, _, overdue = (deadline_state(a.accepted_at, a.committed_date, today,
                                               a.urgent_at if a.urgent else None)
                                if open_ else ("", 0.0, 0))
        auth = s.get(AgencyAuthorisation, a.id)
        custody = s.scalars(select(CustodyItem).where(CustodyItem.affair_id == a.id).order_by(CustodyItem.id))
        certs = s.scalars(select(Certificate).where(Certificate.affair_id == a.id).order_by(Certificate.id))
        events = s.scalars(select(AffairEvent).where(AffairEvent.affair_id == a.id).order_by(AffairEvent.id))
        return AffairDetail(
            id=a.id, number=a.number, type_code=t.code, type_name_zh=t.name_zh, type_name_en=t.name_en,
            category_code=t.category_code, handling_mode=a.handling_mode, closing_document=t.closing_document,
            handler_code=t.handler_code, resident_id=r.id, resident_name=r.name,
            resident_id_masked=mask_id(r.id_number), resident_phone_masked=mask_phone(r.phone),
            resident_address=_address(s, r), state=a.state, channel=a.channel, accepted_at=a.accepted_at,
            worker_name=staff.get(a.accepted_by, ""), committed_date=a.committed_date, deadline=deadline,
            days_overdue=overdue, urgent=a.urgent, urgent_at=a.urgent_at, urge_count=a.urge_count,
            phone_consent=a.phone_consent, notified_at=a.notified_at, notify_method=a.notify_method,
            satisfaction=a.satisfaction, satisfaction_comment=a.satisfaction_comment,
            no_rating_reason=a.no_rating_reason, visits=a.visits, note=a.note,
            legs=tuple(LegInfo(
                leg.id, leg.position, leg.partner_code, partners[leg.partner_code].name_zh,
                partners[leg.partner_code].name_en, leg.kind, leg.state, leg.request, leg.dispatched_at,
                leg.urge_count, leg.result, leg.feedback, leg.feedback_at) for leg in a.legs),
            call_ins=tuple(CallInInfo(
                c.id, c.partner_code, partners[c.partner_code].name_zh, partners[c.partner_code].name_en,
                c.called_at, c.checked_in_at, c.note) for c in a.call_ins),
            events=tuple(AffairEventInfo(e.kind, e.from_state, e.to_state, e.at, staff.get(e.actor_id, ""),
                                         e.desk, e.note) for e in events),
            authorisation_scope=auth.scope if auth else "", authorised_at=auth.authorised_at if auth else None,
            custody=tuple(CustodyInfo(c.id, c.name, c.copies, c.taken_at, c.returned_at, c.note)
                          for c in custody),
            certificates=tuple(CertificateInfo(
                c.id, c.number, a.id, a.number, c.title, c.resident_name, c.issued_at,
                staff.get(c.issued_by, ""), c.print_count, c.voided_at, c.void_reason) for c in certs),
            actions=lifecycle.allowed_actions(a.state),
        )
