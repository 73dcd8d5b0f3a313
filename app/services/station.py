"""The station and its staff: who is at the desk; the station's details and opening hours."""
from __future__ import annotations

import re

from sqlalchemy import delete, select

from app.models import SlotRule, Staff, Station

from . import errors
from .context import Actor, ServiceContext
from .dto import StaffInfo, StationInfo
from .errors import Bilingual, DomainError, NotFound, ValidationError
from .permissions import Perm
from .reception_dto import SlotRuleInfo
from .setup_dto import StationDetails
from .uow import reading, writing

DESK_ROLES = ("social_worker", "chief_stationmaster", "deputy_stationmaster")
# Part of every affair and certificate number (XCQG01-20261123-0007), so no hyphen; fixed once set up.
CODE_PATTERN = re.compile(r"[A-Z0-9]{2,16}")
PHONE_PATTERN = re.compile(r"[0-9+()\-/ 转,，、]{3,32}")
FIELD_MAX = {"name": 128, "subdistrict": 128, "address": 256, "phone": 32}
WEEKDAYS = (("周一", "Monday"), ("周二", "Tuesday"), ("周三", "Wednesday"), ("周四", "Thursday"),
            ("周五", "Friday"), ("周六", "Saturday"), ("周日", "Sunday"))
_FIELD_LABELS = {"name": ("服务站名称", "The station's name"), "subdistrict": ("所属街道", "The subdistrict"),
                 "address": ("地址", "The address"), "phone": ("电话", "The phone number")}

errors.register({
    "station_name_required": ("请填写服务站名称。", "Enter the station's name."),
    "station_field_too_long": ("{field}过长（最多{max}字）。", "{field} is too long (at most {max} characters)."),
    "station_code_invalid": ("服务站编码应为2至16位大写字母或数字（如 XCQG01），它会出现在每个事项编号中。",
                             "The station code is 2 to 16 capital letters or digits (e.g. XCQG01); "
                             "it starts every affair number."),
    "station_phone_invalid": ("电话号码格式不正确：{phone}。", "The phone number is not valid: {phone}."),
    "station_hours_none": ("请至少设置一个开放时段。", "Open the station at least one period of the week."),
    "station_hours_invalid": ("{day} {period}：{detail}", "{day} {period}: {detail}"),
})


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


# -- the station's details and opening hours (first-run setup and the settings screen) --------------

def _clean(text: str | None) -> str:
    # Pasted text may carry control characters that PostgreSQL refuses to store.
    return "".join(ch for ch in (text or "") if ch.isprintable()).strip()


def validate_details(details: StationDetails, *, with_code: bool = True) -> StationDetails:
    """The details as they will be stored (trimmed, the code in capitals), or the first refusal."""
    clean = StationDetails(_clean(details.name), _clean(details.code).upper(), _clean(details.subdistrict),
                           _clean(details.address), _clean(details.phone))
    if not clean.name:
        raise ValidationError("station_name_required")
    if with_code and not CODE_PATTERN.fullmatch(clean.code):
        raise ValidationError("station_code_invalid")
    for field, limit in FIELD_MAX.items():
        if len(getattr(clean, field)) > limit:
            raise ValidationError("station_field_too_long", field=Bilingual(*_FIELD_LABELS[field]), max=limit)
    if clean.phone and not PHONE_PATTERN.fullmatch(clean.phone):
        raise ValidationError("station_phone_invalid", phone=clean.phone)
    return clean


def check_hours(rules) -> tuple[SlotRuleInfo, ...]:
    """The week's opening periods, checked as the appointments check them; a refusal names the day."""
    from .appointments import _check_rules

    rules = tuple(rules)
    if not rules:
        raise ValidationError("station_hours_none")
    try:
        _check_rules(list(rules))
    except ValidationError as err:
        rule = rules[int(err.params.get("row", 1)) - 1]
        day = Bilingual(*WEEKDAYS[rule.weekday]) if isinstance(rule.weekday, int) and 0 <= rule.weekday <= 6 \
            else str(rule.weekday)
        raise ValidationError("station_hours_invalid", day=day, detail=err.params.get("detail", ""),
                              period=f"{rule.start:%H:%M}–{rule.end:%H:%M}") from None
    return rules


def update_station(ctx: ServiceContext, details: StationDetails) -> StationInfo:
    """The station's name, subdistrict, address and phone. The code stays: issued numbers carry it."""
    actor = ctx.require(Perm.MANAGE_STATION)
    clean = validate_details(details, with_code=False)
    with writing(ctx) as s:
        st = s.get(Station, actor.station_id)
        if st is None:
            raise DomainError("station_missing")
        st.name, st.subdistrict, st.address, st.phone = clean.name, clean.subdistrict, clean.address, clean.phone
        return StationInfo(st.id, st.code, st.name, st.subdistrict, st.address, st.phone)


def opening_hours(ctx: ServiceContext) -> list[SlotRuleInfo]:
    """The station's weekly opening periods (the appointments' defaults until it saved its own)."""
    from .appointments import _station_rules

    actor = ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        return _station_rules(s, actor.station_id)


def save_opening_hours(ctx: ServiceContext, rules) -> list[SlotRuleInfo]:
    """Replace the week's opening periods, which are also the appointment slots. Bookings stay as they are."""
    actor = ctx.require(Perm.MANAGE_STATION)
    rules = check_hours(rules)
    with writing(ctx) as s:
        s.execute(delete(SlotRule).where(SlotRule.station_id == actor.station_id))
        s.add_all(slot_rows(actor.station_id, rules))
        s.flush()
        return [SlotRuleInfo(r.weekday, r.start, r.end, r.minutes, r.capacity) for r in s.scalars(
            select(SlotRule).where(SlotRule.station_id == actor.station_id)
            .order_by(SlotRule.weekday, SlotRule.start))]


def slot_rows(station_id: int, rules) -> list[SlotRule]:
    return [SlotRule(station_id=station_id, weekday=r.weekday, start=r.start, end=r.end, minutes=r.minutes,
                     capacity=r.capacity) for r in rules]


def administrator_username(ctx: ServiceContext) -> str:
    """The station's first active administrator: whom scheduled command-line jobs act as by default
    (the setup wizard lets the station choose the administrator's user name)."""
    with reading(ctx) as s:
        return s.scalar(select(Staff.username).where(Staff.role == "admin", Staff.active.is_(True))
                        .order_by(Staff.id).limit(1)) or "admin"
