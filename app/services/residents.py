"""Residents and households: search as you type, registration, household membership."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
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
from .plain_read import Statement, as_date, plain_reading
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
        pairs = [("id_number", q)]
        if "X" not in q:
            pairs.append(("phone", q))
            if len(q) >= 4:  # "the last four digits of your phone"
                pairs.append(("phone_rev", q[::-1]))
        return pairs
    if re.fullmatch(r"[A-Za-z]+", raw):
        pairs = [("initials", raw.lower())]
        if len(q) >= 5:  # passports and permits start with letters
            pairs.append(("id_number", q))
        return pairs
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9]+", raw):
        return [("id_number", q)]
    return [("name", raw)]


def search(ctx: ServiceContext, text: str, limit: int = 30) -> list[ResidentSummary]:
    """Name (prefix), pinyin initials, ID number prefix, phone prefix or its last digits.

    This runs on every keystroke, so it is ONE statement: per meaning of the text an index range
    scan on (station, column) in column order that stops after `limit` rows (an OR of them would
    make SQLite scan the whole station), the hits joined to their household and tags. Per-statement
    overhead, not the database, was most of the time when each part was a query of its own.
    """
    actor = ctx.require(Perm.SEARCH)
    raw = (text or "").strip()
    if not raw:
        return []
    with plain_reading(ctx) as db:
        statement, params = _search_sql(_conditions(raw), db.dialect_name, actor.station_id, limit)
        found: dict[int, tuple] = {}
        tags: dict[int, list[str]] = {}
        for row in db.iterate(statement, params):
            rid = row[0]
            if rid not in found:
                if len(found) >= limit:
                    break
                found[rid] = row
            if row[10] is not None and row[10] not in tags.setdefault(rid, []):
                tags[rid].append(row[10])
    today = ctx.now().date()
    out = []
    for rid, r in found.items():
        age = age_on(as_date(r[3]), today)
        out.append(ResidentSummary(
            rid, r[1], r[2], age, r[4], mask_id(r[5]), mask_phone(r[6]),
            f"{r[7]}-{r[8]}-{r[9]}" if r[7] else "", _with_age_tag(sorted(tags.get(rid, [])), age)))
    return out


_SEARCH_COLUMNS = frozenset({"name", "initials", "id_number", "phone", "phone_rev"})


def _search_sql(conditions: list[tuple[str, str]], dialect: str, station_id: int, limit: int):
    """The search as one statement. Each meaning is a sub-select of its own so that its ORDER BY and
    LIMIT stay an index range scan; the wrapping `SELECT * FROM (...)` makes the compound legal on
    SQLite and PostgreSQL alike."""
    parts, params = [], {"s": station_id, "lim": limit}
    for k, (column, prefix) in enumerate(conditions):
        assert column in _SEARCH_COLUMNS  # a column name goes into the SQL text: only these
        if dialect == "sqlite":
            where = f"{column} >= :p{k} AND {column} < :q{k}"
            params[f"p{k}"], params[f"q{k}"] = prefix, prefix + _TOP
        else:  # text_pattern_ops indexes (migration 0001) serve LIKE 'prefix%'
            where = f"{column} LIKE :p{k} ESCAPE '/'"
            params[f"p{k}"] = prefix.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"
        parts.append(f"SELECT * FROM (SELECT id AS rid, {k} AS k, {column} AS v FROM resident "
                     f"WHERE station_id = :s AND {where} ORDER BY {column}, id LIMIT :lim) AS m{k}")
    sql = ("SELECT r.id, r.name, r.gender, r.birth_date, r.id_type, r.id_number, r.phone, "
           "h.building, h.unit, h.room, t.tag FROM (" + " UNION ALL ".join(parts) + ") AS hit "
           "JOIN resident r ON r.id = hit.rid LEFT OUTER JOIN household h ON h.id = r.household_id "
           "LEFT OUTER JOIN resident_tag t ON t.resident_id = r.id ORDER BY hit.k, hit.v, r.id")
    return _statement(sql), params


@functools.lru_cache(maxsize=64)
def _statement(sql: str) -> Statement:
    # A handful of shapes (which meanings, which dialect): each compiled once.
    return Statement(sql)


def get(ctx: ServiceContext, resident_id: int) -> ResidentDetail:
    """The resident card: what the desk loads on every pick from the search list, so plain rows from
    ready statements rather than ORM objects and their lazy loads."""
    actor = ctx.require(Perm.SEARCH)
    with plain_reading(ctx) as db:
        r = db.first(_CARD, {"rid": resident_id})
        if r is None or r[1] != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
        members = db.rows(_MEMBERS, {"hid": r[8]}) if r[8] else []
        stored = [row[0] for row in db.rows(_TAGS, {"rid": resident_id})]
    today = ctx.now().date()
    birth = as_date(r[4])
    age = age_on(birth, today)
    return ResidentDetail(
        r[0], r[2], r[3], age, r[5], mask_id(r[6]), mask_phone(r[7]),
        f"{r[10]}-{r[11]}-{r[12]}" if r[8] else "", _with_age_tag(stored, age),
        birth_date=birth, building=r[10] or "", unit=r[11] or "", room=r[12] or "",
        relation=r[9], household=tuple(HouseholdMember(m[0], m[1], m[2], age_on(as_date(m[3]), today))
                                        for m in members))


_CARD = Statement(
    "SELECT resident.id, resident.station_id, resident.name, resident.gender, resident.birth_date, "
    "resident.id_type, resident.id_number, resident.phone, resident.household_id, resident.relation, "
    "household.building, household.unit, household.room FROM resident "
    "LEFT OUTER JOIN household ON household.id = resident.household_id WHERE resident.id = :rid")
_MEMBERS = Statement("SELECT id, name, relation, birth_date FROM resident WHERE household_id = :hid ORDER BY id")
_TAGS = Statement("SELECT tag FROM resident_tag WHERE resident_id = :rid ORDER BY tag")


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

