"""Needs residents posted online (OTO, 线上到线下): imported from the platform's
export into a triage list, then each accepted as an affair, merged into an affair
the resident already has open, or rejected with a reason."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.models import Affair, Household, OnlineNeed, Resident, Staff

from . import acceptance, errors, lifecycle
from .context import Actor, ServiceContext
from .dto import AffairResult
from .errors import Bilingual, NotFound, ValidationError
from .identity import mask_phone
from .online_needs_io import NeedRow, read_file, validate
from .permissions import Perm
from .uow import reading, writing

STATES = ("new", "accepted", "merged", "rejected")
STATE_LABELS = {
    "new": ("待处理", "new"),
    "accepted": ("已受理", "accepted"),
    "merged": ("已并入事项", "merged"),
    "rejected": ("不予受理", "rejected"),
}
# An affair the station still works on: a need repeating it joins it rather than starting another.
MERGE_STATES = ("awaiting_materials", "accepted", "dispatched", "answered")
TEXT_MAX = 1000
_CHUNK = 500

errors.register({
    "need_not_found": ("找不到该网上诉求（{ref}）。", "Online need {ref} not found."),
    "need_decided": ("该诉求已处理（{state}），不能再次处理。", "This need has already been decided ({state})."),
    "need_resident_required": (
        "请先为该诉求匹配居民。", "Match the need to a resident first."
    ),
    "need_merge_target": (
        "只能并入同一居民在办的事项（{number}：{state}）。",
        "A need can join only an open affair of the same resident ({number}: {state}).",
    ),
    "need_state_unknown": ("未知的诉求状态：{state}。", "Unknown need state: {state}."),
})


@dataclass(frozen=True)
class NeedsImportReport:
    created: int
    skipped: int  # already imported earlier: the same export twice is harmless
    matched: int  # of the created, how many were matched to a resident


@dataclass(frozen=True)
class NeedInfo:
    id: int
    external_ref: str
    posted_at: datetime
    name: str
    phone_masked: str
    address: str
    text: str
    resident_id: int | None
    resident_name: str
    state: str
    affair_id: int | None
    affair_number: str
    reason: str
    decided_at: datetime | None
    decided_by_name: str
    resident_address: str = ""


# -- matching ------------------------------------------------------------------

def _address_key(address: str) -> tuple[str, ...]:
    """Building, unit and room from how residents write them: 3号楼2单元501, 3-2-501,
    强根胡同12号3号楼2单元501室 — the last three numbers."""
    numbers = [n.lstrip("0") or "0" for n in re.findall(r"\d+", address or "")]
    return tuple(numbers[-3:]) if len(numbers) >= 3 else ()


def _household_key(building: str, unit: str, room: str) -> tuple[str, ...]:
    return _address_key(f"{building}-{unit}-{room}")


class _Matcher:
    """Looks up every row's candidates in a few queries, not one per row."""

    def __init__(self, s: Session, station_id: int, rows: Sequence[NeedRow]):
        self.by_phone: dict[str, list[tuple[int, str]]] = {}
        self.by_name: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        phones = sorted({p for r in rows for p in (r.phone, r.phone_posted) if p})
        names = sorted({r.name for r in rows})
        for start in range(0, len(phones), _CHUNK):
            for rid, phone, name in s.execute(
                    select(Resident.id, Resident.phone, Resident.name)
                    .where(Resident.station_id == station_id, Resident.phone.in_(phones[start:start + _CHUNK]))):
                self.by_phone.setdefault(phone, []).append((rid, name))
        for start in range(0, len(names), _CHUNK):
            for rid, name, b, u, r in s.execute(
                    select(Resident.id, Resident.name, Household.building, Household.unit, Household.room)
                    .join(Household, Household.id == Resident.household_id)
                    .where(Resident.station_id == station_id, Resident.name.in_(names[start:start + _CHUNK]))):
                self.by_name.setdefault(name, []).append((rid, _household_key(b, u, r)))

    def match(self, row: NeedRow) -> int | None:
        on_phone = list(dict.fromkeys(
            hit for p in dict.fromkeys((row.phone, row.phone_posted)) if p for hit in self.by_phone.get(p, [])))
        if len(on_phone) == 1:
            return on_phone[0][0]
        # A shared family phone: the name tells them apart.
        named = [rid for rid, name in on_phone if name == row.name]
        if len(named) == 1:
            return named[0]
        key = _address_key(row.address)
        if not key:
            return None
        at_address = [rid for rid, home in self.by_name.get(row.name, []) if home == key]
        return at_address[0] if len(at_address) == 1 else None


# -- import --------------------------------------------------------------------

def import_file(ctx: ServiceContext, path: str | Path) -> NeedsImportReport:
    """All rows valid, or nothing is imported and the error names each bad row.
    Rows whose external_ref was imported before are skipped and counted."""
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    now = ctx.now()
    rows = validate(read_file(path), now)
    try:
        return _store(ctx, actor, rows, now)
    except IntegrityError:
        # Another desk imported the same export at the same moment: now its rows are skipped.
        return _store(ctx, actor, rows, now)


def _store(ctx: ServiceContext, actor: Actor, rows: list[NeedRow], now: datetime) -> NeedsImportReport:
    with writing(ctx) as s:
        refs = [r.external_ref for r in rows]
        known: set[str] = set()
        for start in range(0, len(refs), _CHUNK):
            known.update(s.scalars(select(OnlineNeed.external_ref).where(
                OnlineNeed.station_id == actor.station_id, OnlineNeed.external_ref.in_(refs[start:start + _CHUNK]))))
        fresh = [r for r in rows if r.external_ref not in known]
        matcher = _Matcher(s, actor.station_id, fresh)
        matched = 0
        for r in fresh:
            resident_id = matcher.match(r)
            matched += resident_id is not None
            s.add(OnlineNeed(
                station_id=actor.station_id, external_ref=r.external_ref, posted_at=r.posted_at, name=r.name,
                phone=r.phone, address=r.address, text=r.text, resident_id=resident_id, state="new",
                imported_at=now,
            ))
        s.flush()
        return NeedsImportReport(created=len(fresh), skipped=len(rows) - len(fresh), matched=matched)


# -- reading -------------------------------------------------------------------

def _select():
    decider = aliased(Staff)
    return (
        select(OnlineNeed, Resident.name, Household.building, Household.unit, Household.room, Affair.number,
               decider.name)
        .outerjoin(Resident, Resident.id == OnlineNeed.resident_id)
        .outerjoin(Household, Household.id == Resident.household_id)
        .outerjoin(Affair, Affair.id == OnlineNeed.affair_id)
        .outerjoin(decider, decider.id == OnlineNeed.decided_by)
    )


def _info(row) -> NeedInfo:
    n, resident_name, building, unit, room, number, decided_by = row
    return NeedInfo(
        id=n.id, external_ref=n.external_ref, posted_at=n.posted_at, name=n.name, phone_masked=mask_phone(n.phone),
        address=n.address, text=n.text, resident_id=n.resident_id, resident_name=resident_name or "",
        state=n.state, affair_id=n.affair_id, affair_number=number or "", reason=n.reason,
        decided_at=n.decided_at, decided_by_name=decided_by or "",
        resident_address=f"{building}-{unit}-{room}" if building else "",
    )


def triage_list(ctx: ServiceContext, state: str = "new") -> list[NeedInfo]:
    """The station's needs in one state ("all" or "" for every one), the longest waiting first."""
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    if state not in STATES and state not in ("all", ""):
        raise ValidationError("need_state_unknown", state=state)
    query = _select().where(OnlineNeed.station_id == actor.station_id)
    if state in STATES:
        query = query.where(OnlineNeed.state == state)
    with reading(ctx) as s:
        return [_info(row) for row in s.execute(query.order_by(OnlineNeed.posted_at, OnlineNeed.id)).all()]


def get(ctx: ServiceContext, need_id: int) -> NeedInfo:
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    with reading(ctx) as s:
        return _get(s, actor, need_id)


def _get(s: Session, actor: Actor, need_id: int) -> NeedInfo:
    row = s.execute(_select().where(OnlineNeed.id == need_id)).first()
    if row is None or row[0].station_id != actor.station_id:
        raise NotFound("need_not_found", ref=need_id)
    return _info(row)


# -- deciding ------------------------------------------------------------------

def _undecided(s: Session, actor: Actor, need_id: int) -> OnlineNeed:
    """The need, locked so two desks cannot decide it at once (SQLite holds the write lock already)."""
    need = s.scalar(select(OnlineNeed).where(OnlineNeed.id == need_id).with_for_update())
    if need is None or need.station_id != actor.station_id:
        raise NotFound("need_not_found", ref=need_id)
    if need.state != "new":
        raise ValidationError("need_decided", state=Bilingual(*STATE_LABELS.get(need.state, (need.state,) * 2)))
    return need


def _decide(need: OnlineNeed, actor: Actor, now: datetime, state: str, affair_id: int | None = None,
            reason: str = "") -> None:
    need.state, need.affair_id, need.reason = state, affair_id, reason
    need.decided_at, need.decided_by = now, actor.staff_id


def _text(value: str, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError("reason_required")
    if len(value) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    return value


def match_resident(ctx: ServiceContext, need_id: int, resident_id: int | None) -> NeedInfo:
    """Set or override whose need it is (None clears the match)."""
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    with writing(ctx) as s:
        need = _undecided(s, actor, need_id)
        if resident_id is not None:
            resident = s.get(Resident, resident_id)
            if resident is None or resident.station_id != actor.station_id:
                raise NotFound("resident_not_found", id=resident_id)
        need.resident_id = resident_id
        s.flush()
        return _get(s, actor, need_id)


def accept(ctx: ServiceContext, need_id: int, type_code: str, statuses: Sequence[str],
           note: str = "") -> AffairResult:
    """The need becomes an affair in the station's queue (channel "online"), as at the desk,
    in the same transaction that marks it accepted."""
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    ctx.require(Perm.ACCEPT)
    now = ctx.now()
    with writing(ctx) as s:
        need = _undecided(s, actor, need_id)
        if need.resident_id is None:
            raise ValidationError("need_resident_required")
        affair, _atype = acceptance.accept_in(s, actor, now, need.resident_id, type_code, statuses,
                                              channel="online", note=note)
        _decide(need, actor, now, "accepted", affair_id=affair.id)
        affair_id = affair.id
    return acceptance.get(ctx, affair_id)


def merge(ctx: ServiceContext, need_id: int, affair_id: int, note: str = "") -> NeedInfo:
    """The same need is already an affair the station works on: the need joins it.
    The affair's own history is not touched (lifecycle has no action for it); the
    link is kept on the need."""
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    note = _text(note)
    with writing(ctx) as s:
        need = _undecided(s, actor, need_id)
        if need.resident_id is None:
            raise ValidationError("need_resident_required")
        affair = s.get(Affair, affair_id)
        if affair is None or affair.station_id != actor.station_id:
            raise NotFound("affair_not_found", ref=affair_id)
        if affair.resident_id != need.resident_id or affair.state not in MERGE_STATES:
            label = lifecycle.STATE_LABELS.get(affair.state, (affair.state,) * 2)
            raise ValidationError("need_merge_target", number=affair.number, state=Bilingual(*label))
        _decide(need, actor, ctx.now(), "merged", affair_id=affair.id, reason=note)
        s.flush()
        return _get(s, actor, need_id)


def reject(ctx: ServiceContext, need_id: int, reason: str) -> NeedInfo:
    actor = ctx.require(Perm.TRIAGE_NEEDS)
    reason = _text(reason, required=True)
    with writing(ctx) as s:
        need = _undecided(s, actor, need_id)
        _decide(need, actor, ctx.now(), "rejected", reason=reason)
        s.flush()
        return _get(s, actor, need_id)
