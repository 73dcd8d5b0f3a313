"""The demo station seeded on first start: a plausible Xicheng community.

Deterministic (fixed seed) so screenshots and tests see the same people.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update
from stdnum.cn import ric

from app.models import (
    Affair, AffairMaterial, AffairType, DispatchLeg, Household, Resident, ResidentTag, Staff, Station,
)

from . import catalogue, lifecycle
from .context import Actor, ServiceContext
from .numbering import next_number
from .pinyin import initials
from .uow import writing
from .workdays import add_workdays

STATION = dict(code="XCQG01", name="西城区G街道强根社区服务站", subdistrict="西城区G街道",
               address="北京市西城区强根胡同12号", phone="010-63041234")
# The demo station's staff sign in with the documented password "demo2019" (README). The administrator
# has none: the first start asks for it, as at a real station.
DEMO_PASSWORD = "demo2019"
DEMO_PASSWORD_HASH = ("scrypt$16384$8$1$a9af3153fb58b659f5844daec6d5cdbc$"
                      "50607c1e86c89e6318db6c38f095315b3a859a7e6e612c09454d934db82a9b2d")
STAFF = [
    ("wangxm", "王晓梅", "social_worker"),
    ("lijh", "李建华", "social_worker"),
    ("zhaomin", "赵敏", "social_worker"),
    ("chenlx", "陈立新", "chief_stationmaster"),
    ("liufang", "刘芳", "deputy_stationmaster"),
    ("admin", "系统管理员", "admin"),
]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = ["秀兰", "桂英", "淑珍", "建国", "建华", "志强", "丽娟", "海燕", "明", "伟", "芳", "娜", "敏", "静",
         "国庆", "玉兰", "凤英", "文华", "春生", "子涵", "浩然", "欣怡", "宇轩", "雨桐", "立新", "振华",
         "秀英", "德胜", "永福", "惠敏", "晓东", "晨", "磊", "洋", "艳", "军", "杰", "涛", "颖", "霞"]
# Fixed residents the README, screenshots and tests refer to.
FIXED = [
    ("张秀兰", "110102193804120022", "13911012345", ("3", "2", "501"), ("low_income",)),
    ("李德胜", "110102194511230038", "13801015678", ("5", "1", "302"), ("party_member", "disabled")),
    ("王建国", "110102196210010014", "13520108899", ("7", "3", "101"), ("party_member",)),
]


def resident_id(rng: random.Random, birth: date, male: bool) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    body = f"110102{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


def seed(ctx: ServiceContext, residents: int = 240, affairs: int = 400, seed_value: int = 20191121) -> None:
    """Create the demo station in one transaction (all or nothing)."""
    rng = random.Random(seed_value)
    now = ctx.now()
    with writing(ctx) as s:
        station = Station(**STATION)
        s.add(station)
        s.flush()
        staff = [Staff(station_id=station.id, username=u, name=n, role=r,
                       password_hash="" if r == "admin" else DEMO_PASSWORD_HASH) for u, n, r in STAFF]
        s.add_all(staff)
        catalogue.seed_from_resource(s)
        s.flush()
        households: dict[tuple[str, str, str], Household] = {}

        def household(addr: tuple[str, str, str]) -> Household:
            if addr not in households:
                households[addr] = Household(station_id=station.id, building=addr[0], unit=addr[1], room=addr[2])
                s.add(households[addr])
            return households[addr]

        people: list[Resident] = []
        used: set[str] = set()
        for name, idn, phone, addr, tags in FIXED:
            used.add(idn)
            people.append(_resident(station.id, name, idn, phone, household(addr), tags, now))
        while len(people) < residents:
            male = rng.random() < 0.48
            birth = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 80 * 365))
            idn = resident_id(rng, birth, male)
            if idn in used:
                continue
            used.add(idn)
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            phone = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
            addr = (str(rng.randint(1, 12)), str(rng.randint(1, 4)), f"{rng.randint(1, 6)}0{rng.randint(1, 4)}")
            tags = tuple(t for t, p in (("party_member", 0.12), ("disabled", 0.05), ("low_income", 0.06))
                         if rng.random() < p)
            people.append(_resident(station.id, name, idn, phone, household(addr), tags, now))
        s.add_all(people)
        s.flush()
        types = s.scalars(select(AffairType).order_by(AffairType.code)).all()
        # A few types dominate real counters (elderly allowance, residence certificate, insurance).
        weights = [8 if t.code in ("G031", "G099", "P002", "L001") else (1 if t.service_kind != "convenience" else 2)
                   for t in types]
        desk_staff = staff[:3]
        deputy = next(m for m in staff if m.role == "deputy_stationmaster")
        back_office = Actor(deputy.id, deputy.name, deputy.role, station.id, "后台")
        counts: dict[int, int] = {}
        for _ in range(affairs):
            atype = rng.choices(types, weights)[0]
            worker = rng.choice(desk_staff)
            actor = Actor(worker.id, worker.name, worker.role, station.id, f"窗口{desk_staff.index(worker) + 1}")
            day = now.date() - timedelta(days=rng.randint(1, 60))
            at = datetime.combine(day, time(9, 0)) + timedelta(minutes=rng.randint(0, 480))
            affair = Affair(
                station_id=station.id, number=next_number(s, station.id, station.code, day),
                resident_id=rng.choice(people).id, affair_type_id=atype.id,
                handling_mode=atype.handling_mode, state="", channel=rng.choice(
                    ["walk_in"] * 6 + ["appointment", "phone", "online", "door_to_door"]),
                accepted_at=at, accepted_by=worker.id, desk=actor.desk, visits=1, note="",
            )
            for i, m in enumerate(atype.materials):
                affair.materials.append(AffairMaterial(position=i, name_zh=m["name_zh"],
                                                       name_en=m.get("name_en", ""),
                                                       required=m.get("required", True), status="provided"))
            if atype.handling_mode == "on_the_spot":
                lifecycle.transition(affair, "complete", actor, at)
                affair.completed_at, affair.committed_date = at, day
            else:
                lifecycle.transition(affair, "accept", actor, at)
                affair.committed_date = add_workdays(day, atype.committed_days)
                _round_the_loop(affair, atype, back_office, rng, now)
            s.add(affair)
            counts[atype.id] = counts.get(atype.id, 0) + 1
        for type_id, n in counts.items():
            s.execute(update(AffairType).where(AffairType.id == type_id).values(use_count=n))


def _round_the_loop(affair: Affair, atype: AffairType, deputy: Actor, rng: random.Random, now: datetime) -> None:
    """How far the back office got: most past affairs closed and rated, recent ones
    dispatched or answered, and a few overdue, as at a real station."""
    sent = affair.accepted_at + timedelta(hours=rng.uniform(0.5, 5))
    if sent >= now or (now - affair.accepted_at).days < 2 and rng.random() < 0.5:
        return  # accepted lately, still waiting to be dispatched
    lifecycle.transition(affair, "dispatch", deputy, sent, "")
    affair.legs.append(DispatchLeg(position=1, partner_code=atype.handler_code, kind="dispatch", state="open",
                                   request="", dispatched_at=sent, dispatched_by=deputy.staff_id, urge_count=0))
    due = datetime.combine(affair.committed_date, time(17, 0))
    answered = sent + (due - sent) * rng.uniform(0.3, 0.95)
    if answered >= now or rng.random() < 0.02:
        return  # the partner has not answered yet (some of these are overdue)
    leg = affair.legs[0]
    lifecycle.transition(affair, "feedback", deputy, answered, "已办理", to="answered")
    leg.state, leg.result, leg.feedback, leg.feedback_at, leg.feedback_by = (
        "answered", "resolved", "已办理", answered, deputy.staff_id)
    told = answered + timedelta(hours=rng.uniform(0.2, 20))
    if told >= now:
        return
    lifecycle.transition(affair, "notify", deputy, told, "电话告知")
    affair.notified_at, affair.notify_method = told, "phone"
    lifecycle.transition(affair, "close", deputy, told + timedelta(minutes=5), "")
    affair.satisfaction = rng.choices((5, 4, 3, 2), (65, 28, 5, 2))[0]
    affair.completed_at = told + timedelta(minutes=5)


def _resident(station_id, name, idn, phone, household, tags, now) -> Resident:
    return Resident(
        station_id=station_id, name=name, initials=initials(name), id_type="resident_id", id_number=idn,
        gender="male" if int(idn[16]) % 2 else "female", birth_date=ric.get_birth_date(idn),
        phone=phone, phone_rev=phone[::-1], household=household, relation="",
        created_at=now, tags=[ResidentTag(tag=t) for t in tags],
    )
