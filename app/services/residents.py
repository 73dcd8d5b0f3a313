"""Residents and households: search as you type, registration, household membership."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Household, Resident, ResidentTag

from . import audit_trail, errors
from .context import ServiceContext
from .dto import HouseholdMember, NewResident, ResidentDetail, ResidentSummary
from .errors import DuplicateResident, NotFound, ValidationError
from .identity import age_on, check_id, mask_id, mask_phone, normalise
from .permissions import Perm
from .pinyin import initials
from .uow import reading, writing

STORED_TAGS = ("disabled", "low_income", "party_member")
TAG_LABELS = {
    "aged_80": ("80岁以上", "aged 80+"),
    "disabled": ("残疾人", "disabled"),
    "low_income": ("低收入", "low income"),
    "party_member": ("党员", "party member"),
}
errors.register({
    "name_control": ("姓名含有无法保存的控制字符。", "The name contains control characters that cannot be stored."),
    "address_part_invalid": ("楼、单元、室各不超过{max}个字，且不能含控制字符。",
                             "Building, unit and room are at most {max} characters each, without control characters."),
})
RELATIONS = ("head", "spouse", "child", "parent", "grandchild", "sibling", "other")
NAME_MAX = 32
_PHONE = re.compile(r"^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|[0-9]{7,8})$")
ADDRESS_PART_MAX = 16  # household.building/unit/room are VARCHAR(16)
# Control characters that are not whitespace: PostgreSQL refuses NUL, and none belongs in a name or address.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Beyond every Unicode scalar: col >= q AND col < q+_TOP is a prefix range an index can serve.
_TOP = "\U0010ffff"


def _prefix(column, text: str, dialect: str):
    if dialect == "sqlite":
        return and_(column >= text, column < text + _TOP)
    return column.startswith(text, autoescape=True)


def _address(h: Household | None) -> str:
    return f"{h.building}-{h.unit}-{h.room}" if h else ""


def _with_age_tag(stored: list[str], age: int | None) -> tuple[str, ...]:
    return (("aged_80",) if age is not None and age >= 80 else ()) + tuple(stored)


def _tags(r: Resident, today: date) -> tuple[str, ...]:
    return _with_age_tag([t.tag for t in r.tags], age_on(r.birth_date, today))


def _summary(r: Resident, today: date) -> ResidentSummary:
    return ResidentSummary(
        r.id, r.name, r.gender, age_on(r.birth_date, today), r.id_type, mask_id(r.id_number),
        mask_phone(r.phone), _address(r.household), _tags(r, today),
    )


def _conditions(raw: str) -> list[tuple]:
    """(column, prefix) pairs the typed text can mean, most likely first."""
    q = normalise(raw)
    if re.fullmatch(r"[0-9]+X?", q):
        pairs = [(Resident.id_number, q)]
        if "X" not in q:
            pairs.append((Resident.phone, q))
            if len(q) >= 4:  # "the last four digits of your phone"
                pairs.append((Resident.phone_rev, q[::-1]))
        return pairs
    if re.fullmatch(r"[A-Za-z]+", raw):
        pairs = [(Resident.initials, raw.lower())]
        if len(q) >= 5:  # passports and permits start with letters
            pairs.append((Resident.id_number, q))
        return pairs
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9]+", raw):
        return [(Resident.id_number, q)]
    return [(Resident.name, raw)]


def search(ctx: ServiceContext, text: str, limit: int = 30) -> list[ResidentSummary]:
    """Name (prefix), pinyin initials, ID number prefix, phone prefix or its last digits.

    One query per meaning, each an index range scan on (station, column) in column order that
    stops after `limit` rows; an OR of them would make SQLite scan the whole station.
    """
    actor = ctx.require(Perm.SEARCH)
    raw = (text or "").strip()
    if not raw:
        return []
    with reading(ctx) as s:
        dialect = s.get_bind().dialect.name
        ids: list[int] = []
        for column, prefix in _conditions(raw):
            ids += [rid for rid in s.scalars(
                select(Resident.id)
                .where(Resident.station_id == actor.station_id, _prefix(column, prefix, dialect))
                .order_by(column, Resident.id)
                .limit(limit)
            ) if rid not in ids]
            if len(ids) >= limit:
                break
        ids = ids[:limit]
        if not ids:
            return []
        # Plain rows, not ORM objects: this runs on every keystroke.
        rows = {r.id: r for r in s.execute(
            select(Resident.id, Resident.name, Resident.gender, Resident.birth_date, Resident.id_type,
                   Resident.id_number, Resident.phone, Household.building, Household.unit, Household.room)
            .outerjoin(Household, Household.id == Resident.household_id)
            .where(Resident.id.in_(ids))
        )}
        tags: dict[int, list[str]] = {}
        for rid, tag in s.execute(select(ResidentTag.resident_id, ResidentTag.tag)
                                  .where(ResidentTag.resident_id.in_(ids)).order_by(ResidentTag.tag)):
            tags.setdefault(rid, []).append(tag)
    today = ctx.now().date()
    out = []
    for i in ids:
        r = rows[i]
        age = age_on(r.birth_date, today)
        out.append(ResidentSummary(
            r.id, r.name, r.gender, age, r.id_type, mask_id(r.id_number), mask_phone(r.phone),
            f"{r.building}-{r.unit}-{r.room}" if r.building else "",
            _with_age_tag(tags.get(i, []), age),
        ))
    return out


def get(ctx: ServiceContext, resident_id: int) -> ResidentDetail:
    actor = ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        r = s.get(Resident, resident_id)
        if r is None or r.station_id != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
        return _detail(s, r, ctx.now().date())


def _detail(s: Session, r: Resident, today: date) -> ResidentDetail:
    base = _summary(r, today)
    members: tuple[HouseholdMember, ...] = ()
    if r.household_id:
        members = tuple(
            HouseholdMember(m.id, m.name, m.relation, age_on(m.birth_date, today))
            for m in s.scalars(
                select(Resident).where(Resident.household_id == r.household_id).order_by(Resident.id)
            )
        )
    h = r.household
    return ResidentDetail(
        **base.__dict__, birth_date=r.birth_date,
        building=h.building if h else "", unit=h.unit if h else "", room=h.room if h else "",
        relation=r.relation, household=members,
    )


# One check per field, public so the file import (residents_io) applies exactly these rules.

def clean_name(raw: str) -> str:
    name = re.sub(r"\s+", " ", raw or "").strip()
    if _CONTROL.search(name):
        raise ValidationError("name_control")
    if not name:
        raise ValidationError("name_required")
    if len(name) > NAME_MAX:
        raise ValidationError("name_too_long", max=NAME_MAX)
    return name


def clean_phone(raw: str) -> str:
    phone = re.sub(r"\s", "", raw or "")
    if phone and not _PHONE.fullmatch(phone):
        raise ValidationError("phone_invalid", phone=phone)
    return phone.replace("-", "")  # stored as digits, so a prefix typed without the hyphen finds it


def clean_address(building: str, unit: str, room: str) -> list[str]:
    parts = [(p or "").strip() for p in (building, unit, room)]
    if any(parts) and not all(parts):
        raise ValidationError("address_incomplete")
    if any(len(p) > ADDRESS_PART_MAX or _CONTROL.search(p) for p in parts):
        raise ValidationError("address_part_invalid", max=ADDRESS_PART_MAX)
    return parts


def check_tags(tags) -> None:
    for tag in tags:
        if tag not in STORED_TAGS:
            raise ValidationError("tag_unknown", tag=tag)


def _validated(new: NewResident):
    name = clean_name(new.name)
    checked = check_id(new.id_type, new.id_number)
    phone = clean_phone(new.phone)
    parts = clean_address(new.building, new.unit, new.room)
    check_tags(new.tags)
    return name, checked, phone, parts


def register(ctx: ServiceContext, new: NewResident) -> ResidentDetail:
    """A second record with the same document is refused; the error carries the existing id."""
    actor = ctx.require(Perm.REGISTER_RESIDENT)
    name, checked, phone, (building, unit, room) = _validated(new)
    with writing(ctx) as s:
        existing = s.scalar(
            select(Resident).where(
                Resident.station_id == actor.station_id,
                Resident.id_type == checked.id_type,
                Resident.id_number == checked.number,
            )
        )
        if existing is not None:
            raise DuplicateResident(existing.id, name=existing.name, masked=mask_id(existing.id_number))
        household = None
        if building:
            household = s.scalar(
                select(Household).where(
                    Household.station_id == actor.station_id, Household.building == building,
                    Household.unit == unit, Household.room == room,
                )
            )
            if household is None:
                household = Household(station_id=actor.station_id, building=building, unit=unit, room=room)
                s.add(household)
        resident = Resident(
            station_id=actor.station_id, name=name, initials=initials(name), id_type=checked.id_type,
            id_number=checked.number, gender=checked.gender, birth_date=checked.birth_date,
            phone=phone, phone_rev=phone[::-1], household=household,
            relation=new.relation if new.relation in RELATIONS else "", created_at=ctx.now(),
            tags=[ResidentTag(tag=t) for t in sorted(set(new.tags))],
        )
        s.add(resident)
        try:
            s.flush()
        except IntegrityError:
            # Another desk registered the same document a moment ago.
            s.rollback()
            with reading(ctx) as r:
                other = r.scalar(select(Resident).where(
                    Resident.station_id == actor.station_id, Resident.id_type == checked.id_type,
                    Resident.id_number == checked.number))
            if other is None:
                raise
            raise DuplicateResident(other.id, name=other.name, masked=mask_id(other.id_number)) from None
        return _detail(s, resident, ctx.now().date())


@dataclass(frozen=True)
class FullNumbers:
    id_number: str
    phone: str


def reveal(ctx: ServiceContext, resident_id: int) -> FullNumbers:
    """The full ID number and phone, for roles that may see them; each reveal is audited."""
    actor = ctx.require(Perm.VIEW_FULL_ID)
    with writing(ctx, audited=False) as s:
        r = s.get(Resident, resident_id)
        if r is None or r.station_id != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
        audit_trail.record(s, actor, ctx.now(), "reveal", operation="residents.reveal",
                           target=f"resident:{r.id}", detail=r.name)
        return FullNumbers(r.id_number, r.phone or "")

