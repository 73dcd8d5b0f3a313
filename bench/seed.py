"""Deterministic generator of a station's data at a given scale.

    python -m bench.seed --scale 0.1 [--database URL] [--seed 20191121] [--end-date 2026-11-20]

Scale 1.0 is one large community over ten years: 50,000 residents in about
20,000 households and 500,000 affairs with their materials and events.

The schema is the app's own: `app.db.connect` runs the Alembic migrations and
`app.services.demo.seed(ctx, residents=0, affairs=0)` creates the station, its
staff, the 149-type catalogue and the three fixed residents the README and the
tests refer to. Everything else is bulk-inserted with SQLAlchemy Core
`insert()` executemany, one transaction per chunk.

Same seed, scale and end date -> the same rows (the generator is one
`random.Random(seed)`, consumed in a fixed order). The data ends on a fixed
day (--end-date) rather than "today" for the same reason; affairs accepted
later (by the benchmark, or by hand in the GUI) continue the numbering because
`affair_sequence` is filled for every seeded day.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import random
import sys
import time as _time
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable

from sqlalchemy import bindparam, func, insert, select, text, update
from stdnum.cn import ric

from app import db as dbmod
from app.models import (
    Affair, AffairEvent, AffairMaterial, AffairSequence, AffairType, Appointment, Certificate, CertificateSequence,
    DispatchLeg, Household, Partner, Resident, ResidentTag, Staff, Station, Ticket, TicketSequence,
)
from app.services import demo
from app.services.context import ServiceContext
from app.services.pinyin import initials
from app.services.workdays import add_workdays, is_workday

DEFAULT_SEED = 20191121  # the day the Qianggen reform opened
DEFAULT_END = date(2026, 11, 20)  # a Friday; the seeded history ends here
YEARS = 10
RESIDENTS_AT_1 = 50_000  # including the demo's three fixed residents
HOUSEHOLDS_AT_1 = 20_000  # including the demo's three fixed households
AFFAIRS_AT_1 = 500_000
CHUNK = 10_000  # rows of the driving table per transaction

# -- people -------------------------------------------------------------------

# Rough national frequencies (per mille) for the demo's surname list.
_SURNAME_WEIGHTS = [71, 70, 69, 54, 45, 31, 23, 22, 17, 16, 13, 12, 11, 10, 10, 9, 9, 9, 8, 6, 6, 5,
                    5, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]
SURNAMES = list(demo.SURNAMES)
assert len(SURNAMES) == len(_SURNAME_WEIGHTS), (len(SURNAMES), len(_SURNAME_WEIGHTS))
SURNAME_CUM = list(itertools.accumulate(_SURNAME_WEIGHTS))

# Whole given names typical of a generation, plus characters to compose others.
GIVEN_OLD = {  # born before 1960
    True: ["建国", "国庆", "德胜", "永福", "春生", "振华", "文华", "福顺", "长顺", "宝山", "玉成", "志刚", "树林"],
    False: ["秀兰", "桂英", "淑珍", "玉兰", "凤英", "秀英", "桂兰", "淑兰", "秀珍", "玉珍", "素芳", "凤兰"],
}
GIVEN_MID = {  # 1960-1984
    True: ["建华", "志强", "立新", "晓东", "卫东", "海涛", "建军", "国栋", "红军", "伟", "军", "涛", "磊", "勇", "斌"],
    False: ["丽娟", "海燕", "惠敏", "红梅", "晓红", "丽华", "雪梅", "芳", "娜", "敏", "静", "艳", "霞", "颖", "萍"],
}
GIVEN_NEW = {  # 1985 on
    True: ["浩然", "宇轩", "子轩", "俊杰", "博文", "梓豪", "一鸣", "晨", "洋", "杰", "昊", "鑫", "宇", "睿", "阳"],
    False: ["子涵", "欣怡", "雨桐", "梓萱", "诗涵", "可馨", "佳琪", "思雨", "晨", "颖", "婷", "琳", "悦", "萌", "瑶"],
}
GIVEN_CHARS = {
    True: "伟强军勇杰涛明超亮刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建国志文海东德永春振立晓子博泽睿轩",
    False: "芳娜敏静丽艳娟霞秀玲桂英兰红梅琳燕萍雪婷慧莉欣怡雨桐佳琪萱涵诗梦晶颖淑珍凤玉",
}

REGIONS = (  # where the ID was issued: mostly Xicheng, then the rest of Beijing, then elsewhere
    ["110102"] * 60 + ["110101"] * 5 + ["110105"] * 4 + ["110106"] * 2 + ["110108"] * 4
    + ["130102", "130602", "370102", "410102", "320102", "420102", "510104", "210102", "140105",
       "120101", "230102", "340102", "220102", "610102", "430102", "350102", "150102", "440103",
       "330102", "360102", "130203", "370202", "410302", "620102", "450102"]
)
MOBILE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
          "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183",
          "185", "186", "187", "188", "189", "198", "199"]
TAG_RATES = (("party_member", 0.12), ("disabled", 0.05), ("low_income", 0.06))
CHANNELS = ["walk_in"] * 6 + ["appointment", "phone", "online", "door_to_door"]
POPULAR = ("G031", "G099", "P002", "L001")  # same as the demo: a few types dominate a counter


@dataclass(frozen=True)
class Scale:
    residents: int
    households: int
    affairs: int

    @classmethod
    def of(cls, scale: float) -> "Scale":
        fixed = len(demo.FIXED)
        return cls(
            residents=max(fixed, round(RESIDENTS_AT_1 * scale)),
            households=max(fixed, round(HOUSEHOLDS_AT_1 * scale)),
            affairs=max(0, round(AFFAIRS_AT_1 * scale)),
        )


class _Clock:
    def __init__(self, value: datetime):
        self.value = value

    def __call__(self) -> datetime:
        return self.value


def _log(progress: Callable[[str], None] | None, msg: str) -> None:
    if progress:
        progress(msg)


# -- generators -----------------------------------------------------------------

@lru_cache(maxsize=None)
def _region_ok(region: str, year: int) -> bool:
    """stdnum (and so the app) accepts a region code only for birth years it was in use."""
    body = f"{region}{year}0101001"
    return ric.is_valid(body + ric.calc_check_digit(body + "0"))


def _resident_id(rng: random.Random, birth: date, male: bool) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    region = rng.choice(REGIONS)
    if not _region_ok(region, birth.year):
        region = "110102"
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")  # stdnum wants the number with a placeholder


def _given(rng: random.Random, birth: date, male: bool) -> str:
    r = rng.random()
    pool = GIVEN_OLD if birth.year < 1960 else GIVEN_MID if birth.year < 1985 else GIVEN_NEW
    if r < 0.35:
        return rng.choice(pool[male])
    chars = GIVEN_CHARS[male]
    if r < 0.55:
        return rng.choice(chars)
    return rng.choice(chars) + rng.choice(chars)


def _phone(rng: random.Random, age: int) -> str:
    r = rng.random()
    if r < 0.03:
        return ""
    if age >= 65 and r < 0.15:  # older residents often give the home landline
        digits = "6" + "".join(rng.choice("0123456789") for _ in range(7))
        return "010-" + digits if rng.random() < 0.5 else digits
    return rng.choice(MOBILE) + "".join(rng.choice("0123456789") for _ in range(8))


def _addresses(rng: random.Random, n: int, taken: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """n distinct building-unit-room addresses: six-storey blocks and 18-storey towers, 90% occupied."""
    space: list[tuple[str, str, str]] = []
    building = 0
    while len(space) < n / 0.9 + 1:
        building += 1
        tall = building % 4 == 0
        floors, units, per_floor = (18, 2, 4) if tall else (6, 3, 2)
        for unit in range(1, units + 1):
            for floor in range(1, floors + 1):
                for room in range(1, per_floor + 1):
                    addr = (str(building), str(unit), f"{floor}{room:02d}")
                    if addr not in taken:
                        space.append(addr)
    return rng.sample(space, n)


def _birth_for(rng: random.Random, relation: str, head_birth: date, end: date) -> date:
    lo, hi = date(1925, 1, 1), end - timedelta(days=1)
    if relation == "head":
        age = min(98.0, max(20.0, rng.gauss(55, 16)))
        d = end - timedelta(days=int(age * 365.25) + rng.randrange(365))
    elif relation == "spouse":
        d = head_birth + timedelta(days=rng.randint(-6 * 365, 6 * 365))
    elif relation == "child":
        d = head_birth + timedelta(days=rng.randint(22 * 365, 38 * 365))
    elif relation == "parent":
        d = head_birth - timedelta(days=rng.randint(22 * 365, 35 * 365))
    elif relation == "grandchild":
        d = head_birth + timedelta(days=rng.randint(48 * 365, 65 * 365))
    else:
        d = head_birth + timedelta(days=rng.randint(-15 * 365, 15 * 365))
    return min(hi, max(lo, d))


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# -- the seed -------------------------------------------------------------------

def seed(url: str, scale: float, *, seed_value: int = DEFAULT_SEED, end: date = DEFAULT_END,
         progress: Callable[[str], None] | None = None) -> dict:
    """Create and fill a station database at `url`, which must hold no station yet.

    Returns the row counts and timings.
    """
    t_start = _time.perf_counter()
    want = Scale.of(scale)
    rng = random.Random(seed_value)
    start = end - timedelta(days=round(YEARS * 365.25)) + timedelta(days=1)
    start_dt = datetime.combine(start, time(8, 30))
    end_dt = datetime.combine(end, time(18, 0))

    database = dbmod.connect(url)
    try:
        ctx = ServiceContext.for_database(database, now=_Clock(start_dt))
        from app.services import station as station_svc

        if station_svc.has_station(ctx):
            raise RuntimeError(f"{url}: a station already exists; seed only into an empty database")
        demo.seed(ctx, residents=0, affairs=0)
        _log(progress, f"schema, station, staff and catalogue ready ({_time.perf_counter() - t_start:.1f} s)")
        engine = database.engine
        with engine.connect() as conn:
            station = conn.execute(select(Station.id, Station.code)).one()
            staff = {r.username: r.id for r in conn.execute(select(Staff.username, Staff.id))}
            types = conn.execute(
                select(AffairType.id, AffairType.code, AffairType.handling_mode, AffairType.committed_days,
                       AffairType.materials, AffairType.handler_code).where(AffairType.active.is_(True)).order_by(AffairType.code)
            ).all()
            fixed_households = conn.execute(
                select(Household.id, Household.building, Household.unit, Household.room).order_by(Household.id)
            ).all()
            fixed_residents = conn.execute(
                select(Resident.id, Resident.birth_date).order_by(Resident.id)).all()
            fixed_tags = dict(conn.execute(
                select(ResidentTag.resident_id, func.count()).group_by(ResidentTag.resident_id)).all())
            next_hh = (conn.scalar(select(func.max(Household.id))) or 0) + 1
            next_res = (conn.scalar(select(func.max(Resident.id))) or 0) + 1
            next_affair = (conn.scalar(select(func.max(Affair.id))) or 0) + 1
            conn.rollback()

        t_people = _time.perf_counter()
        people = _insert_people(engine, rng, want, station.id, start_dt, end, fixed_households,
                                fixed_residents, fixed_tags, next_hh, next_res, progress)
        _log(progress, f"{want.residents} residents, {want.households} households "
                       f"({_time.perf_counter() - t_people:.1f} s)")
        t_affairs = _time.perf_counter()
        _insert_affairs(engine, rng, want, station.id, station.code, staff, types, people, start, end,
                        end_dt, next_affair, progress)
        _log(progress, f"{want.affairs} affairs ({_time.perf_counter() - t_affairs:.1f} s)")
        t_reception = _time.perf_counter()
        # Its own random stream: the affairs stay exactly those of earlier seeds with the same seed value.
        _insert_reception(engine, random.Random(seed_value + 1), station.id, station.code, staff, end_dt)
        _log(progress, f"tickets, appointments, certificates ({_time.perf_counter() - t_reception:.1f} s)")
        if engine.dialect.name == "postgresql":
            _fix_pg_sequences(engine)
        counts = count_rows(engine)
    finally:
        database.dispose()
    counts.update(scale=scale, seed=seed_value, end_date=end.isoformat(), schema=schema_fingerprint(),
                  seconds=round(_time.perf_counter() - t_start, 1))
    return counts


def schema_fingerprint() -> str:
    """Hash of the migration scripts and of this generator: a cached seed made under others is stale.

    (An edited migration keeps its revision id, so Alembic would not upgrade the
    cached file: the bench must notice by itself.)
    """
    h = hashlib.sha256()
    for path in [*sorted((dbmod.MIGRATIONS / "versions").glob("*.py")), Path(__file__)]:
        h.update(path.name.encode())
        h.update(path.read_bytes())  # this generator too: a changed generator makes other rows
    return h.hexdigest()[:16]


def count_rows(engine) -> dict:
    tables = {"residents": Resident, "households": Household, "resident_tags": ResidentTag,
              "affairs": Affair, "materials": AffairMaterial, "events": AffairEvent,
              "affair_sequences": AffairSequence, "affair_types": AffairType, "dispatch_legs": DispatchLeg,
              "tickets": Ticket, "appointments": Appointment, "certificates": Certificate}
    with engine.connect() as conn:
        out = {k: conn.scalar(select(func.count()).select_from(m.__table__)) for k, m in tables.items()}
        out["by_state"] = dict(conn.execute(
            select(Affair.state, func.count()).group_by(Affair.state).order_by(Affair.state)).all())
        conn.rollback()
    return out


def _insert_people(engine, rng, want: Scale, station_id: int, start_dt: datetime, end: date,
                   fixed_households, fixed_residents, fixed_tags, next_hh: int, next_res: int,
                   progress) -> "_People":
    n_fixed = len(fixed_residents)
    n_new = want.residents - n_fixed
    n_hh_new = want.households - len(fixed_households)
    n_no_hh = round(n_new * 0.02)  # collective registrations, address not recorded
    with_hh = n_new - n_no_hh
    n_hh_new = max(0, min(n_hh_new, with_hh))
    taken = {(h.building, h.unit, h.room) for h in fixed_households}
    addresses = _addresses(rng, n_hh_new, taken)
    households = [{"id": next_hh + i, "station_id": station_id, "building": b, "unit": u, "room": r}
                  for i, (b, u, r) in enumerate(addresses)]
    # Household sizes: one head each, the rest spread at random (mean ~2.5 at scale).
    members = [1] * n_hh_new
    if n_hh_new:
        for _ in range(with_hh - n_hh_new):
            members[rng.randrange(n_hh_new)] += 1
    else:
        n_no_hh = n_new

    specs: list[tuple[int | None, str, date]] = []  # household id, relation, birth date
    for i, size in enumerate(members):
        hid = households[i]["id"]
        head_birth = _birth_for(rng, "head", date(1960, 1, 1), end)
        specs.append((hid, "head", head_birth))
        for k in range(1, size):
            if k == 1:
                rel = "spouse" if rng.random() < 0.7 else rng.choice(["child", "parent", "other"])
            else:
                rel = rng.choices(["child", "parent", "grandchild", "sibling", "other"], [65, 15, 12, 4, 4])[0]
            specs.append((hid, rel, _birth_for(rng, rel, head_birth, end)))
    for _ in range(n_no_hh):
        specs.append((None, "", _birth_for(rng, "head", date(1960, 1, 1), end)))
    rng.shuffle(specs)  # registration order is not household order

    used_ids: set[str] = set()
    for idn in demo.FIXED:
        used_ids.add(idn[1])
    name_initials: dict[str, str] = {}
    window = (datetime.combine(end, time(17, 0)) - start_dt).total_seconds()
    people = _People()
    for r in fixed_residents:
        age = _age(r.birth_date, end)
        people.add(start_dt, r.id, _weight(age, fixed_tags.get(r.id, 0)))

    residents, tags = [], []
    rid = next_res
    rt, tt = Resident.__table__, ResidentTag.__table__
    for hid, rel, birth in specs:
        if hid is not None and rel == "head":
            male = rng.random() < 0.55
        else:
            male = rng.random() < 0.5
        while True:
            idn = _resident_id(rng, birth, male)
            if idn not in used_ids:
                used_ids.add(idn)
                break
        name = SURNAMES[bisect.bisect_right(SURNAME_CUM, rng.random() * SURNAME_CUM[-1])] + _given(rng, birth, male)
        ini = name_initials.get(name)
        if ini is None:
            ini = name_initials[name] = initials(name)
        age = _age(birth, end)
        phone = _phone(rng, age)
        # Most residents came with the initial import ten years ago; the others registered later.
        if rng.random() < 0.7:
            created = start_dt + timedelta(seconds=rng.randrange(3600))
        else:
            created = start_dt + timedelta(seconds=rng.random() * window)
            birth_dt = datetime.combine(birth, time(9, 0))
            created = max(created, birth_dt)
        res_tags = [t for t, p in TAG_RATES if rng.random() < p and (t != "party_member" or age >= 18)]
        residents.append({
            "id": rid, "station_id": station_id, "name": name, "initials": ini, "id_type": "resident_id",
            "id_number": idn, "gender": "male" if male else "female", "birth_date": birth, "phone": phone,
            "phone_rev": phone[::-1], "household_id": hid, "relation": rel if hid is not None else "",
            "created_at": created,
        })
        tags.extend({"resident_id": rid, "tag": t} for t in res_tags)
        people.add(created, rid, _weight(age, len(res_tags)))
        rid += 1
    # Households first (foreign key), then residents and tags, a chunk per transaction.
    for i in range(0, len(households), CHUNK):
        with engine.begin() as conn:
            conn.execute(insert(Household.__table__), households[i:i + CHUNK])
    tag_keys = [t["resident_id"] for t in tags]  # ascending: appended in id order
    for i in range(0, len(residents), CHUNK):
        chunk = residents[i:i + CHUNK]
        lo = bisect.bisect_left(tag_keys, chunk[0]["id"])
        hi = bisect.bisect_right(tag_keys, chunk[-1]["id"])
        with engine.begin() as conn:
            conn.execute(insert(rt), chunk)
            if hi > lo:
                conn.execute(insert(tt), tags[lo:hi])
        _log(progress, f"  residents {min(i + CHUNK, len(residents))}/{len(residents)}")
    people.freeze()
    return people


def _weight(age: int, n_tags: int) -> float:
    """How often a resident comes to the counter: the old, the disabled, the poor come most."""
    w = 0.3 if age < 18 else 1.0 if age < 60 else 3.0 if age < 80 else 4.0
    return w + n_tags


class _People:
    """Residents ordered by registration time, to pick one registered before an affair, by weight."""

    def __init__(self):
        self._rows: list[tuple[datetime, int, float]] = []

    def add(self, created: datetime, rid: int, weight: float) -> None:
        self._rows.append((created, rid, weight))

    def freeze(self) -> None:
        self._rows.sort()
        self.created = [r[0] for r in self._rows]
        self.ids = [r[1] for r in self._rows]
        self.cum = list(itertools.accumulate(r[2] for r in self._rows))

    def pick(self, rng: random.Random, at: datetime) -> int:
        k = bisect.bisect_right(self.created, at) or 1
        return self.ids[min(k - 1, bisect.bisect_right(self.cum, rng.random() * self.cum[k - 1]))]


@lru_cache(maxsize=None)
def _committed(day: date, days: int) -> date:
    return add_workdays(day, days)


def _insert_affairs(engine, rng, want: Scale, station_id: int, station_code: str, staff: dict[str, int],
                    types, people: _People, start: date, end: date, end_dt: datetime, next_id: int,
                    progress) -> None:
    if want.affairs == 0:
        return
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    days = [d for d in days if is_workday(d)]
    # Volume grows by about a third over the ten years.
    day_cum = list(itertools.accumulate(1.0 + 0.33 * i / len(days) for i in range(len(days))))
    per_day = [0] * len(days)
    for i in rng.choices(range(len(days)), cum_weights=day_cum, k=want.affairs):
        per_day[i] += 1
    type_weights = [8 if t.code in POPULAR else (2 if t.code.startswith("L") else 1) for t in types]
    type_cum = list(itertools.accumulate(type_weights))
    desk_staff = [(staff["wangxm"], "窗口1"), (staff["lijh"], "窗口2"), (staff["zhaomin"], "窗口3")]
    chief, deputy = staff["chenlx"], staff["liufang"]
    use_count: dict[int, int] = {}
    with engine.connect() as conn:
        partner_codes = list(conn.scalars(select(Partner.code).order_by(Partner.code)))

    at_t, mat_t, ev_t, seq_t = (Affair.__table__, AffairMaterial.__table__, AffairEvent.__table__,
                                AffairSequence.__table__)
    affairs: list[dict] = []
    materials: list[dict] = []
    events: list[dict] = []
    sequences: list[dict] = []
    legs: list[dict] = []
    aid = next_id
    done = 0

    def flush():
        nonlocal affairs, materials, events, sequences, legs
        with engine.begin() as conn:
            if affairs:
                conn.execute(insert(at_t), affairs)
            if materials:
                conn.execute(insert(mat_t), materials)
            if events:
                conn.execute(insert(ev_t), events)
            if sequences:
                conn.execute(insert(seq_t), sequences)
            if legs:
                conn.execute(insert(DispatchLeg.__table__), legs)
        affairs, materials, events, sequences, legs = [], [], [], [], []

    def dispatch(affair_id, t, n_legs, at, answered_at):
        for position in range(1, n_legs + 1):
            code = t.handler_code if position == 1 else partner_codes[rng.randrange(len(partner_codes))]
            legs.append({"affair_id": affair_id, "position": position, "partner_code": code, "kind": "dispatch",
                         "state": "answered" if answered_at else "open", "request": "", "dispatched_at": at,
                         "dispatched_by": deputy, "urge_count": 0, "result": "resolved" if answered_at else "",
                         "feedback": "已办理" if answered_at else "", "feedback_at": answered_at,
                         "feedback_by": deputy if answered_at else None})

    def event(affair_id, kind, frm, to, at, actor, desk):
        events.append({"affair_id": affair_id, "kind": kind, "from_state": frm, "to_state": to, "at": at,
                       "actor_id": actor, "desk": desk, "note": ""})

    for day, n in zip(days, per_day):
        if n == 0:
            continue
        day_start = datetime.combine(day, time(9, 0))
        stamps = sorted(rng.randrange(8 * 3600) for _ in range(n))
        for seq, secs in enumerate(stamps, start=1):
            at = day_start + timedelta(seconds=secs)
            t = types[bisect.bisect_right(type_cum, rng.random() * type_cum[-1])]
            use_count[t.id] = use_count.get(t.id, 0) + 1
            worker, desk = desk_staff[rng.randrange(3)] if rng.random() > 0.05 else (chief, "窗口1")
            mats = t.materials or []
            required = [i for i, m in enumerate(mats) if m.get("required", True)]
            statuses = ["provided"] * len(mats)
            for i, m in enumerate(mats):  # an optional paper is sometimes left at home
                if not m.get("required", True) and rng.random() < 0.25:
                    statuses[i] = "missing"
            row = {"id": aid, "station_id": station_id, "number": f"{station_code}-{day:%Y%m%d}-{seq:04d}",
                   "resident_id": people.pick(rng, at), "affair_type_id": t.id,
                   "handling_mode": t.handling_mode, "state": "", "channel": CHANNELS[rng.randrange(10)],
                   "accepted_at": at, "accepted_by": worker, "desk": desk, "committed_date": None,
                   "completed_at": None, "visits": 1, "note": "", "notified_at": None, "notify_method": "",
                   "satisfaction": None}
            state = ""
            when = at  # when the materials were complete (first or second visit)
            if required and rng.random() < 0.06:
                # Something required was missing: a one-time notice, then usually a second visit.
                lacking = rng.sample(required, rng.randint(1, min(2, len(required))))
                event(aid, "notice", "", "awaiting_materials", at, worker, desk)
                state = "awaiting_materials"
                back = at + timedelta(days=rng.randint(1, 10), hours=rng.randint(-2, 3))
                age_days = (end - day).days
                if back <= end_dt and rng.random() < 0.85:
                    row["visits"] = 2
                    when = back
                elif age_days > 60:
                    for i in lacking:
                        statuses[i] = "missing"
                    event(aid, "cancel", state, "cancelled", at + timedelta(days=rng.randint(30, 60)),
                          deputy, "")
                    state = "cancelled"
                else:
                    for i in lacking:
                        statuses[i] = "missing"
            if state == "" or row["visits"] == 2:
                home_visit = bool(required) and rng.random() < 0.03
                if home_visit:
                    statuses[rng.choice(required)] = "home_visit"
                if t.handling_mode == "on_the_spot" and not home_visit:
                    event(aid, "complete", state, "completed", when, worker, desk)
                    state = "completed"
                    row["completed_at"] = when
                    row["committed_date"] = when.date()
                else:
                    committed = _committed(when.date(), t.committed_days + (3 if home_visit else 0))
                    row["committed_date"] = committed
                    event(aid, "accept", state, "accepted", when, worker, desk)
                    state = "accepted"
                    span = (datetime.combine(committed, time(17, 0)) - when).total_seconds()
                    close_at = when + timedelta(seconds=max(600.0, span * rng.uniform(0.3, 1.1)))
                    sent = when + timedelta(seconds=min(span * 0.2, rng.uniform(600, 6 * 3600)))
                    r = rng.random()
                    # Left in hand for months is rare: most of those were closed late after all.
                    stale = close_at < end_dt - timedelta(days=60) and r >= 0.99 and rng.random() < 0.98
                    if close_at <= end_dt and (r < 0.985 or stale):
                        # The closed loop in the back office: dispatch, feedback, tell, close (办结).
                        n_legs = 2 if rng.random() < 0.08 else 1
                        answered = sent + (close_at - sent) * 0.8
                        dispatch(aid, t, n_legs, sent, answered)
                        event(aid, "dispatch", "accepted", "dispatched", sent, deputy, "")
                        for i in range(n_legs):
                            event(aid, "feedback", "dispatched", "answered" if i == n_legs - 1 else "dispatched",
                                  answered, deputy, "")
                        event(aid, "notify", "answered", "answered", close_at - timedelta(minutes=5), deputy, "")
                        event(aid, "close", "answered", "completed", close_at, deputy, "")
                        state = "completed"
                        row["completed_at"] = close_at
                        row["notified_at"], row["notify_method"] = close_at - timedelta(minutes=5), "phone"
                        row["satisfaction"] = rng.choices((5, 4, 3, 2, 1), (62, 30, 5, 2, 1))[0]
                        statuses = ["provided" if s == "home_visit" else s for s in statuses]
                    elif close_at <= end_dt and r < 0.99:
                        event(aid, "cancel", "accepted", "cancelled", close_at, deputy, "")
                        state = "cancelled"
                    elif sent <= end_dt and rng.random() < 0.7:
                        # Still in hand: dispatched and waiting for the partner's answer.
                        dispatch(aid, t, 1, sent, None)
                        event(aid, "dispatch", "accepted", "dispatched", sent, deputy, "")
                        state = "dispatched"
            row["state"] = state
            affairs.append(row)
            for i, m in enumerate(mats):
                materials.append({"affair_id": aid, "position": i, "name_zh": m["name_zh"],
                                  "name_en": m.get("name_en", ""), "required": bool(m.get("required", True)),
                                  "status": statuses[i]})
            aid += 1
            done += 1
        sequences.append({"station_id": station_id, "day": day, "last": n})
        if len(affairs) >= CHUNK:
            flush()
            if done % (CHUNK * 10) < CHUNK:
                _log(progress, f"  affairs {done}/{want.affairs}")
    flush()
    with engine.begin() as conn:
        conn.execute(
            update(AffairType.__table__).where(AffairType.__table__.c.id == bindparam("tid"))
            .values(use_count=AffairType.__table__.c.use_count + bindparam("n")),
            [{"tid": k, "n": v} for k, v in sorted(use_count.items())],
        )


IN_PERSON = ("walk_in", "appointment")  # these take a queue ticket at the door
NO_SHOW, CANCELLED, TICKET_SKIPPED = 0.06, 0.08, 0.04


def _insert_reception(engine, rng: random.Random, station_id: int, station_code: str, staff: dict[str, int],
                      end_dt: datetime) -> None:
    """What the counter's day leaves besides affairs, drawn from the affairs stored: a queue ticket for
    each resident served in person (and some who left before their number was called), the booking
    behind each appointment and door-to-door affair (and bookings missed or cancelled), and the
    certificate of each completed affair whose closing document is one."""
    t_t, a_t, c_t = Ticket.__table__, Appointment.__table__, Certificate.__table__
    with engine.connect() as conn:
        cert_types = {r.id: (r.code, r.name_zh) for r in conn.execute(
            select(AffairType.id, AffairType.code, AffairType.name_zh)
            .where(AffairType.closing_document == "certificate"))}
        people = {r.id: (r.name, r.id_number, r.birth_date) for r in conn.execute(
            select(Resident.id, Resident.name, Resident.id_number, Resident.birth_date))}
        conn.rollback()
    tickets, bookings, certificates = [], [], []
    ticket_seq: dict[date, int] = {}
    cert_seq: dict[int, int] = {}
    desks = {"窗口1": staff["wangxm"], "窗口2": staff["lijh"], "窗口3": staff["zhaomin"]}

    def flush(conn) -> None:
        for table, rows in ((a_t, bookings), (t_t, tickets), (c_t, certificates)):  # tickets name bookings
            if rows:
                conn.execute(insert(table), rows)
                rows.clear()

    def ticket(day: date, issued: datetime, resident: int | None, state: str, called: datetime | None,
               finished: datetime | None, desk: str, appointment: int | None) -> None:
        ticket_seq[day] = number = ticket_seq.get(day, 0) + 1
        born = people[resident][2] if resident else None
        aged = born is not None and (day - born).days >= 80 * 365
        reason = "appointment" if appointment else ("aged_80" if aged else "")
        tickets.append({"station_id": station_id, "day": day, "number": number,
                        "code": f"{'V' if reason else 'A'}{number:03d}", "priority": bool(reason),
                        "priority_reason": reason, "resident_id": resident, "appointment_id": appointment,
                        "state": state, "issued_at": issued, "called_at": called,
                        "called_by": desks.get(desk) if called else None, "desk": desk if called else "",
                        "calls": 1 if called else 0, "finished_at": finished})

    booking_id = 0
    with engine.begin() as conn:
        rows = conn.execute(select(
            Affair.id, Affair.resident_id, Affair.affair_type_id, Affair.channel, Affair.accepted_at,
            Affair.accepted_by, Affair.desk, Affair.state, Affair.completed_at, AffairType.code)
            .join(AffairType, AffairType.id == Affair.affair_type_id).order_by(Affair.accepted_at, Affair.id))
        for a in rows:
            day = a.accepted_at.date()
            appointment = None
            if a.channel in ("appointment", "door_to_door"):
                booking_id += 1
                slot = a.accepted_at.replace(minute=0 if a.accepted_at.minute < 30 else 30, second=0,
                                             microsecond=0)
                bookings.append({"id": booking_id, "station_id": station_id, "resident_id": a.resident_id,
                                 "type_code": a.code, "day": day, "slot": slot.time(), "channel":
                                 "door_to_door" if a.channel == "door_to_door" else rng.choice(
                                     ("desk", "phone", "online")),
                                 "state": "done" if a.channel == "door_to_door" else "checked_in", "note": "",
                                 "external_ref": None,
                                 "created_at": a.accepted_at - timedelta(days=rng.randint(1, 7), hours=3),
                                 "created_by": a.accepted_by,
                                 "checked_in_at": a.accepted_at - timedelta(minutes=rng.randint(1, 10)),
                                 "affair_id": a.id, "cancel_reason": ""})
                appointment = booking_id
                if rng.random() < NO_SHOW + CANCELLED:  # another booking that day nobody came for
                    booking_id += 1
                    missed = rng.random() < NO_SHOW / (NO_SHOW + CANCELLED)
                    other = rng.choice(list(people))
                    bookings.append({**bookings[-1], "id": booking_id, "resident_id": other, "affair_id": None,
                                     "checked_in_at": None, "channel": rng.choice(("desk", "phone", "online")),
                                     "state": "no_show" if missed else "cancelled",
                                     "cancel_reason": "" if missed else "居民来电取消"})
            if a.channel in IN_PERSON:
                wait = timedelta(minutes=rng.triangular(1, 35, 6))
                called = a.accepted_at - timedelta(minutes=rng.uniform(1, 4))
                service = timedelta(minutes=rng.triangular(3, 25, 8))
                ticket(day, called - wait, a.resident_id, "done", called, a.accepted_at + service, a.desk,
                       appointment)
                if rng.random() < TICKET_SKIPPED:  # took a number and left before it was called
                    ticket(day, called - wait + timedelta(minutes=1), None, "skipped", None, None, "", None)
            if a.state == "completed" and a.affair_type_id in cert_types and a.completed_at <= end_dt:
                year = a.completed_at.year
                cert_seq[year] = n = cert_seq.get(year, 0) + 1
                code, title = cert_types[a.affair_type_id]
                name, id_number, _born = people[a.resident_id]
                certificates.append({"station_id": station_id, "number": f"{station_code}-ZM-{year}-{n:06d}",
                                     "affair_id": a.id, "resident_id": a.resident_id, "type_code": code,
                                     "title": title, "paragraphs": [f"兹证明{name}（公民身份号码{id_number}）"
                                                                    "系本社区居民。", "特此证明。"],
                                     "resident_name": name, "id_number": id_number, "issued_at": a.completed_at,
                                     "issued_by": a.accepted_by, "valid_until": None, "print_count": 1,
                                     "voided_at": None, "voided_by": None, "void_reason": ""})
            if len(tickets) >= CHUNK:
                flush(conn)
        flush(conn)
        conn.execute(insert(TicketSequence.__table__),
                     [{"station_id": station_id, "day": d, "last": n} for d, n in sorted(ticket_seq.items())])
        if cert_seq:
            conn.execute(insert(CertificateSequence.__table__),
                         [{"station_id": station_id, "year": y, "last": n} for y, n in sorted(cert_seq.items())])


def _fix_pg_sequences(engine) -> None:
    """Ids were given explicitly: move PostgreSQL's sequences past them, then gather statistics."""
    with engine.begin() as conn:
        for table in ("household", "resident", "affair", "affair_material", "affair_event", "dispatch_leg",
                      "ticket", "appointment", "certificate"):
            conn.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.seed", description=__doc__.splitlines()[0])
    p.add_argument("--scale", type=float, default=0.1)
    p.add_argument("--database", help="database URL (default: SQLite file bench/out/seed-scale<S>.sqlite3)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--end-date", type=date.fromisoformat, default=DEFAULT_END)
    args = p.parse_args(argv)
    url = args.database
    if not url:
        path = Path("bench/out") / f"seed-scale{args.scale:g}.sqlite3"
        if path.exists():
            print(f"{path} exists; delete it first", file=sys.stderr)
            return 2
        url = f"sqlite:///{path}"
    counts = seed(url, args.scale, seed_value=args.seed, end=args.end_date,
                  progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
