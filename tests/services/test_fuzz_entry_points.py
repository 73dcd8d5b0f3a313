"""Every service entry point that takes typed text or numbers, fed generated input.

For each call: it returns, or it raises a DomainError (a refusal the desk can show), never any other
exception; and when it refuses, nothing was written. "Nothing" is checked twice on SQLite: the row
count of every table, and PRAGMA data_version (which moves whenever another connection commits).
SQLite only, for speed; one station database per entry point, shared by its examples.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import db as dbmod
from app.models import (
    Affair, AffairType, Appointment, Base, CallIn, Case, Certificate, CustodyItem, DispatchLeg, GridArea,
    HomeVisit, OnlineNeed, Partner, Resident, Staff, Ticket,
)
from app.services import (
    acceptance, accounts, agency, appointments, cases, catalogue, certificates, documents, grids, home_visits,
    online_needs, queue, reports, residents, residents_io, station, tickets, timeline, transfers,
)
from app.services.context import ServiceContext
from app.services.dto import NewResident
from app.services.errors import DomainError
from app.services.reception_dto import SlotRuleInfo

from ..conftest import NOW, Clock

EXAMPLES = 8  # per entry point; raise for a long run
OUTCOMES = {"returned": 0, "refused": 0}  # generated calls, over the whole file
FUZZED: set[str] = set()
# A failed sign-in is counted and audited although the sign-in is refused: that write is the point.
WRITES_ON_REFUSAL = {"accounts.login", "accounts.verify"}

# -- inputs ------------------------------------------------------------------------

TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "\x00", "张秀兰", "'; DROP TABLE resident; --", "%", "_", "\\", "\u3000",
                     "a" * 1001, "字" * 600, "\ud7ff\ue000", "0", "-1", "1e309", "NaN"]),
)
SHORT = st.one_of(st.text(max_size=12), st.sampled_from(["", "张", "3", "3-2", "A", "x" * 70]))
NUMBER = st.one_of(st.integers(-2**31, 2**31 - 1), st.sampled_from([0, -1, 1, 2, 3, 4, 5, 6, 10**6]))
DAY = st.one_of(st.dates(date(1990, 1, 1), date(2040, 12, 31)),
                st.sampled_from([NOW.date(), date(2026, 11, 24), date(2026, 10, 1), date(2026, 11, 28)]))
SLOT = st.one_of(st.times(), st.sampled_from([time(9, 0), time(9, 30), time(14, 0), time(23, 59)]))


class Station:
    """One copied demo database, its contexts and the ids worth aiming at."""

    def __init__(self, path):
        self.path = path
        self.database = dbmod.connect(f"sqlite:///{path}")
        self.clock = Clock(NOW)
        self.base = ServiceContext.for_database(self.database, now=self.clock)
        self.watch = sqlite3.connect(path)
        tables = [t.name for t in Base.metadata.sorted_tables]
        self.count_sql = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)
        self.ids = self._ids()

    def ctx(self, username: str) -> ServiceContext:
        return self.base.as_actor(station.actor_for(self.base, username, desk="窗口1"))

    def fingerprint(self) -> tuple:
        with Session(self.database.engine) as s:
            counts = tuple(s.execute(text(self.count_sql)).one())
        return counts, self.watch.execute("PRAGMA data_version").fetchone()[0]

    def _ids(self) -> dict:
        with Session(self.database.engine) as s:
            def ids(model, *where):
                return list(s.scalars(select(model.id).where(*where).order_by(model.id).limit(40)))

            return {
                "resident": ids(Resident), "staff": ids(Staff), "grid": ids(GridArea), "visit": ids(HomeVisit),
                "affair": ids(Affair), "open_affair": ids(Affair, Affair.state.in_(("accepted", "dispatched",
                                                                                    "answered"))),
                "leg": ids(DispatchLeg), "call_in": ids(CallIn), "certificate": ids(Certificate),
                "appointment": ids(Appointment), "ticket": ids(Ticket), "case": ids(Case),
                "need": ids(OnlineNeed), "custody": ids(CustodyItem),
                "types": {code: len(materials or []) for code, materials in
                          s.execute(select(AffairType.code, AffairType.materials).order_by(AffairType.code))},
                "partners": list(s.scalars(select(Partner.code).order_by(Partner.code))),
                "numbers": list(s.scalars(select(Affair.number).limit(20))),
                "certificate_numbers": list(s.scalars(select(Certificate.number).limit(20))),
            }

    def close(self):
        self.watch.close()
        self.database.dispose()


def an_id(ids, kind):
    known = ids[kind]
    return st.one_of(st.sampled_from(known), NUMBER) if known else NUMBER


def maybe(strategy):
    return st.one_of(st.none(), strategy)


def a_type(ids):
    return st.one_of(st.sampled_from(sorted(ids["types"])), SHORT)


def statuses_for(d, ids, code):
    n = ids["types"].get(code)
    if n is not None and d(st.booleans()):
        return d(st.lists(st.sampled_from(acceptance.MATERIAL_STATUSES), min_size=n, max_size=n))
    return d(st.lists(st.one_of(st.sampled_from(acceptance.MATERIAL_STATUSES), SHORT), max_size=8))


def partner_codes(ids):
    return st.lists(st.one_of(st.sampled_from(ids["partners"]), SHORT), max_size=3)


def a_file(d, tmp, columns, suffixes=(".csv", ".json", ".xlsx", ".txt", "")):
    """A file with the importer's own columns and generated cells, or random bytes, or broken JSON."""
    suffix = d(st.sampled_from(suffixes))
    path = tmp / f"input{d(st.integers(0, 10**9))}{suffix}"
    kind = d(st.sampled_from(["rows", "bytes", "json"]))
    cell = st.one_of(TEXT, st.sampled_from(["110102193804120022", "13911012345", "2026-11-24", "09:00", "G001"]))
    rows = d(st.lists(st.lists(cell, min_size=len(columns), max_size=len(columns)), max_size=4))
    if kind == "bytes":
        path.write_bytes(d(st.binary(max_size=300)))
    elif kind == "json":
        payload = [dict(zip(columns, r)) for r in rows]
        path.write_text(json.dumps(d(st.sampled_from([payload, {"appointments": payload}, {"needs": payload},
                                                      "x", 1, None])), ensure_ascii=False), encoding="utf-8")
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        try:
            for r in [list(columns), *rows]:
                wb.active.append(r)
            wb.save(path)
        except Exception:  # openpyxl refuses control characters in cells: write junk instead
            path.write_bytes(b"PK\x03\x04junk")
    else:
        lines = [",".join('"' + c.replace('"', '""') + '"' for c in r) for r in [list(columns), *rows]]
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    return path


# -- the entry points: name -> (user, build(draw, ids, tmp) -> call(ctx)) ----------------------

def _new_resident(d, ids, tmp):
    new = NewResident(d(TEXT), d(st.one_of(st.sampled_from(["resident_id", "passport", "hk_macao_permit",
                                                             "taiwan_permit", "foreign_permanent"]), SHORT)),
                      d(st.one_of(st.sampled_from(["110102197001011234", "110102193804120022", "E1234567"]), TEXT)),
                      d(st.one_of(st.sampled_from(["13912345678", "010-66031234"]), SHORT)),
                      d(SHORT), d(SHORT), d(SHORT), d(SHORT),
                      tuple(d(st.lists(st.one_of(st.sampled_from(residents.STORED_TAGS), SHORT), max_size=3))))
    return lambda ctx: residents.register(ctx, new)


def _accept(fn):
    def build(d, ids, tmp):
        code = d(a_type(ids))
        args = (d(an_id(ids, "resident")), code, statuses_for(d, ids, code))
        kw = dict(channel=d(st.one_of(st.sampled_from(acceptance.CHANNELS), SHORT)), note=d(TEXT),
                  resume_affair_id=d(maybe(an_id(ids, "affair"))))
        return lambda ctx: fn(ctx, *args, **kw)
    return build


def _rules(d):
    rule = st.builds(SlotRuleInfo, st.integers(-1, 8), SLOT, SLOT, st.integers(-5, 300), st.integers(-2, 100))
    return d(st.lists(rule, max_size=4))


def _plan_items(d):
    # The structure comes from the dialog's code, the texts from the worker: only the texts are generated.
    item = st.one_of(st.lists(TEXT, max_size=4).map(tuple), st.fixed_dictionaries({"goal": TEXT, "services": TEXT}))
    return d(st.lists(item, max_size=4))


ENTRIES = {
    # residents
    "residents.register": ("wangxm", _new_resident),
    "residents.search": ("wangxm", lambda d, ids, tmp: (lambda q, n: lambda ctx: residents.search(ctx, q, n))(
        d(TEXT), d(st.integers(0, 100)))),
    "residents.get": ("wangxm", lambda d, ids, tmp: (lambda i: lambda ctx: residents.get(ctx, i))(
        d(an_id(ids, "resident")))),
    "residents.reveal": ("liufang", lambda d, ids, tmp: (lambda i: lambda ctx: residents.reveal(ctx, i))(
        d(an_id(ids, "resident")))),
    "residents_io.plan": ("wangxm", lambda d, ids, tmp: (lambda p: lambda ctx: residents_io.plan(ctx, p))(
        a_file(d, tmp, ("姓名", "身份证号", "电话", "楼号", "单元", "房号", "与户主关系", "标签"), (".csv", ".xlsx")))),
    "residents_io.apply": ("wangxm", lambda d, ids, tmp: (lambda p: lambda ctx: residents_io.apply(ctx, p))(
        a_file(d, tmp, ("姓名", "证件类型", "身份证号", "电话", "楼号", "单元", "房号", "标签"), (".csv", ".xlsx")))),
    # catalogue
    "catalogue.search_types": ("wangxm", lambda d, ids, tmp: (
        lambda q, c, n: lambda ctx: catalogue.search_types(ctx, q, c, n))(d(TEXT), d(maybe(SHORT)),
                                                                           d(st.integers(0, 200)))),
    "catalogue.get_type": ("wangxm", lambda d, ids, tmp: (lambda c: lambda ctx: catalogue.get_type(ctx, c))(
        d(a_type(ids)))),
    "catalogue.import_file": ("admin", lambda d, ids, tmp: (lambda p: lambda ctx: catalogue.import_file(ctx, p))(
        a_file(d, tmp, ("code", "name_zh", "name_en", "category", "service_kind", "handling_mode", "materials",
                        "forms", "committed_days", "handler", "closing_document", "keywords")))),
    # acceptance
    "acceptance.accept": ("wangxm", _accept(acceptance.accept)),
    "acceptance.issue_notice": ("wangxm", _accept(acceptance.issue_notice)),
    "acceptance.accept_from_visit": ("wangxm", lambda d, ids, tmp: (
        lambda v, r, c, s_, n: lambda ctx: acceptance.accept_from_visit(ctx, v, r, c, s_, note=n))(
        d(an_id(ids, "visit")), d(an_id(ids, "resident")), c := d(a_type(ids)), statuses_for(d, ids, c), d(TEXT))),
    "acceptance.committed_preview": ("wangxm", lambda d, ids, tmp: (
        lambda c, h: lambda ctx: acceptance.committed_preview(ctx, c, h))(d(a_type(ids)), d(st.booleans()))),
    # transfers
    "transfers.dispatch": ("chenlx", lambda d, ids, tmp: (
        lambda a, p, r, c: lambda ctx: transfers.dispatch(ctx, a, p, r, c))(
        d(an_id(ids, "open_affair")), d(partner_codes(ids)), d(TEXT), d(st.booleans()))),
    "transfers.refer": ("chenlx", lambda d, ids, tmp: (lambda a, p, r: lambda ctx: transfers.refer(ctx, a, p, r))(
        d(an_id(ids, "open_affair")), d(partner_codes(ids)), d(TEXT))),
    "transfers.whistle": ("chenlx", lambda d, ids, tmp: (
        lambda a, p, r: lambda ctx: transfers.whistle(ctx, a, p, r))(
        d(an_id(ids, "open_affair")), d(partner_codes(ids)), d(TEXT))),
    "transfers.check_in": ("chenlx", lambda d, ids, tmp: (lambda c, n: lambda ctx: transfers.check_in(ctx, c, n))(
        d(an_id(ids, "call_in")), d(TEXT))),
    "transfers.urge": ("chenlx", lambda d, ids, tmp: (lambda a, n: lambda ctx: transfers.urge(ctx, a, n))(
        d(an_id(ids, "open_affair")), d(TEXT))),
    "transfers.feedback": ("chenlx", lambda d, ids, tmp: (
        lambda i, r, t: lambda ctx: transfers.feedback(ctx, i, r, t))(
        d(an_id(ids, "leg")), d(st.one_of(st.sampled_from(transfers.RESULTS), SHORT)), d(TEXT))),
    "transfers.notify": ("chenlx", lambda d, ids, tmp: (lambda a, m, n: lambda ctx: transfers.notify(ctx, a, m, n))(
        d(an_id(ids, "affair")), d(st.one_of(st.sampled_from(transfers.NOTIFY_METHODS), SHORT)), d(TEXT))),
    "transfers.close": ("chenlx", lambda d, ids, tmp: (
        lambda a, r, c, n: lambda ctx: transfers.close(ctx, a, r, c, n))(
        d(an_id(ids, "affair")), d(maybe(NUMBER)), d(TEXT), d(TEXT))),
    "transfers.reopen": ("chenlx", lambda d, ids, tmp: (lambda a, r: lambda ctx: transfers.reopen(ctx, a, r))(
        d(an_id(ids, "affair")), d(TEXT))),
    "transfers.cancel": ("chenlx", lambda d, ids, tmp: (lambda a, r: lambda ctx: transfers.cancel(ctx, a, r))(
        d(an_id(ids, "affair")), d(TEXT))),
    # certificates and the documents printed from an affair
    "certificates.issue": ("chenlx", lambda d, ids, tmp: (lambda a: lambda ctx: certificates.issue(ctx, a))(
        d(an_id(ids, "affair")))),
    "certificates.void": ("chenlx", lambda d, ids, tmp: (lambda c, r: lambda ctx: certificates.void(ctx, c, r))(
        d(an_id(ids, "certificate")), d(TEXT))),
    "certificates.register": ("chenlx", lambda d, ids, tmp: (
        lambda q, n: lambda ctx: certificates.register(ctx, q, n))(
        d(st.one_of(TEXT, st.sampled_from(ids["certificate_numbers"] or [""]))), d(st.integers(0, 500)))),
    "certificates.parse_payload": ("chenlx", lambda d, ids, tmp: (
        lambda q: lambda ctx: certificates.parse_payload(q))(
        d(st.one_of(TEXT, st.sampled_from([certificates.PAYLOAD_PREFIX + ":", "OWC|x|y"]),
                    st.sampled_from(ids["certificate_numbers"] or ["x"]).map(certificates.payload),
                    st.sampled_from(ids["certificate_numbers"] or ["x"]).map(lambda n: certificates.payload(n)[:-1]))))),
    "certificates.document": ("chenlx", lambda d, ids, tmp: (
        lambda c, r: lambda ctx: certificates.document(ctx, c, r))(d(an_id(ids, "certificate")), d(st.booleans()))),
    "documents.receipt": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: documents.receipt(ctx, a))(
        d(an_id(ids, "affair")))),
    "documents.notice": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: documents.notice(ctx, a))(
        d(an_id(ids, "affair")))),
    "documents.referral": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: documents.referral(ctx, a))(
        d(an_id(ids, "leg")))),
    "queue.detail": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: queue.detail(ctx, a))(
        d(an_id(ids, "affair")))),
    "timeline.resident_timeline": ("wangxm", lambda d, ids, tmp: (
        lambda r, n: lambda ctx: timeline.resident_timeline(ctx, r, n))(d(an_id(ids, "resident")),
                                                                      d(st.integers(0, 600)))),
    # agency (originals held for the resident)
    "agency.authorise": ("wangxm", lambda d, ids, tmp: (lambda a, s_: lambda ctx: agency.authorise(ctx, a, s_))(
        d(an_id(ids, "open_affair")), d(TEXT))),
    "agency.take": ("wangxm", lambda d, ids, tmp: (lambda a, i, n: lambda ctx: agency.take(ctx, a, i, n))(
        d(an_id(ids, "open_affair")), d(st.lists(st.tuples(TEXT, NUMBER), max_size=3)), d(TEXT))),
    "agency.give_back": ("wangxm", lambda d, ids, tmp: (lambda a, i: lambda ctx: agency.give_back(ctx, a, i))(
        d(an_id(ids, "affair")), d(st.lists(an_id(ids, "custody"), max_size=3)))),
    # appointments
    "appointments.book": ("wangxm", lambda d, ids, tmp: (
        lambda r, day, slot, c, ch, n: lambda ctx: appointments.book(ctx, r, day, slot, type_code=c, channel=ch,
                                                                     note=n))(
        d(an_id(ids, "resident")), d(DAY), d(SLOT), d(st.one_of(st.just(""), a_type(ids))),
        d(st.one_of(st.sampled_from(["desk", "phone", "online"]), SHORT)), d(TEXT))),
    "appointments.slots": ("wangxm", lambda d, ids, tmp: (lambda day: lambda ctx: appointments.slots(ctx, day))(
        d(DAY))),
    "appointments.day_list": ("wangxm", lambda d, ids, tmp: (
        lambda day, s_: lambda ctx: appointments.day_list(ctx, day, s_))(d(DAY), d(SHORT))),
    "appointments.cancel": ("wangxm", lambda d, ids, tmp: (lambda a, r: lambda ctx: appointments.cancel(ctx, a, r))(
        d(an_id(ids, "appointment")), d(TEXT))),
    "appointments.visited": ("wangxm", lambda d, ids, tmp: (
        lambda a, r: lambda ctx: appointments.visited(ctx, a, r))(d(an_id(ids, "appointment")), d(TEXT))),
    "appointments.no_show": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: appointments.no_show(ctx, a))(
        d(an_id(ids, "appointment")))),
    "appointments.check_in": ("wangxm", lambda d, ids, tmp: (lambda a: lambda ctx: appointments.check_in(ctx, a))(
        d(an_id(ids, "appointment")))),
    "appointments.attach_affair": ("wangxm", lambda d, ids, tmp: (
        lambda a, f: lambda ctx: appointments.attach_affair(ctx, a, f))(
        d(an_id(ids, "appointment")), d(an_id(ids, "affair")))),
    "appointments.save_slot_rules": ("chenlx", lambda d, ids, tmp: (
        lambda r: lambda ctx: appointments.save_slot_rules(ctx, r))(_rules(d))),
    "appointments.import_file": ("wangxm", lambda d, ids, tmp: (
        lambda p: lambda ctx: appointments.import_file(ctx, p))(
        a_file(d, tmp, ("external_ref", "id_number", "phone", "name", "day", "slot", "type_code", "note")))),
    # online needs
    "online_needs.import_file": ("wangxm", lambda d, ids, tmp: (
        lambda p: lambda ctx: online_needs.import_file(ctx, p))(
        a_file(d, tmp, ("external_ref", "posted_at", "name", "phone", "id_number", "address", "category",
                        "content")))),
    "online_needs.accept": ("wangxm", lambda d, ids, tmp: (
        lambda n, c, s_, note: lambda ctx: online_needs.accept(ctx, n, c, s_, note))(
        d(an_id(ids, "need")), c := d(a_type(ids)), statuses_for(d, ids, c), d(TEXT))),
    "online_needs.match_resident": ("wangxm", lambda d, ids, tmp: (
        lambda n, r: lambda ctx: online_needs.match_resident(ctx, n, r))(
        d(an_id(ids, "need")), d(maybe(an_id(ids, "resident"))))),
    "online_needs.merge": ("wangxm", lambda d, ids, tmp: (
        lambda n, a, note: lambda ctx: online_needs.merge(ctx, n, a, note))(
        d(an_id(ids, "need")), d(an_id(ids, "affair")), d(TEXT))),
    "online_needs.reject": ("wangxm", lambda d, ids, tmp: (lambda n, r: lambda ctx: online_needs.reject(ctx, n, r))(
        d(an_id(ids, "need")), d(TEXT))),
    "online_needs.triage_list": ("wangxm", lambda d, ids, tmp: (
        lambda s_: lambda ctx: online_needs.triage_list(ctx, s_))(d(st.one_of(st.sampled_from(online_needs.STATES),
                                                                              SHORT)))),
    # tickets
    "tickets.issue": ("wangxm", lambda d, ids, tmp: (
        lambda r, why, a: lambda ctx: tickets.issue(ctx, r, priority_reason=why, appointment_id=a))(
        d(maybe(an_id(ids, "resident"))), d(TEXT), d(maybe(an_id(ids, "appointment"))))),
    **{f"tickets.{name}": ("wangxm", (lambda fn: lambda d, ids, tmp: (lambda t: lambda ctx: fn(ctx, t))(
        d(an_id(ids, "ticket"))))(getattr(tickets, name)))
       for name in ("recall", "skip", "finish", "requeue", "get", "ticket_doc")},
    "tickets.call_next": ("wangxm", lambda d, ids, tmp: (lambda _: lambda ctx: tickets.call_next(ctx))(None)),
    "tickets.board": ("wangxm", lambda d, ids, tmp: (lambda n: lambda ctx: tickets.board(ctx, n))(
        d(st.integers(-5, 50)))),
    "tickets.times": ("wangxm", lambda d, ids, tmp: (lambda a, b: lambda ctx: tickets.times(ctx, a, b))(
        d(DAY), d(DAY))),
    "tickets.today": ("wangxm", lambda d, ids, tmp: (lambda s_: lambda ctx: tickets.today(ctx, s_))(d(SHORT))),
    # cases
    "cases.open_case": ("wangxm", lambda d, ids, tmp: (
        lambda r, t, n, w: lambda ctx: cases.open_case(ctx, r, t, n, w))(
        d(an_id(ids, "resident")), d(TEXT), d(TEXT), d(maybe(an_id(ids, "staff"))))),
    "cases.advance": ("chenlx", lambda d, ids, tmp: (lambda c, n: lambda ctx: cases.advance(ctx, c, n))(
        d(an_id(ids, "case")), d(TEXT))),
    "cases.set_plan": ("chenlx", lambda d, ids, tmp: (lambda c, i, n: lambda ctx: cases.set_plan(ctx, c, i, n))(
        d(an_id(ids, "case")), _plan_items(d), d(TEXT))),
    "cases.add_note": ("chenlx", lambda d, ids, tmp: (lambda c, n: lambda ctx: cases.add_note(ctx, c, n))(
        d(an_id(ids, "case")), d(TEXT))),
    "cases.link": ("chenlx", lambda d, ids, tmp: (lambda c, a, p: lambda ctx: cases.link(ctx, c, a, p))(
        d(an_id(ids, "case")), d(maybe(an_id(ids, "affair"))), d(maybe(st.sampled_from(ids["partners"]) | SHORT)))),
    "cases.unlink": ("chenlx", lambda d, ids, tmp: (lambda c, a, p: lambda ctx: cases.unlink(ctx, c, a, p))(
        d(an_id(ids, "case")), d(maybe(an_id(ids, "affair"))), d(maybe(st.sampled_from(ids["partners"]) | SHORT)))),
    "cases.close": ("chenlx", lambda d, ids, tmp: (
        lambda c, g, r, e, n: lambda ctx: cases.close(ctx, c, g, r, e, n))(
        d(an_id(ids, "case")), d(st.one_of(st.sampled_from(cases.GOALS), SHORT)), d(maybe(NUMBER)), d(TEXT),
        d(TEXT))),
    "cases.list_cases": ("chenlx", lambda d, ids, tmp: (lambda s_, m: lambda ctx: cases.list_cases(ctx, s_, m))(
        d(st.one_of(st.sampled_from(cases.LIST_FILTERS), SHORT)), d(st.booleans()))),
    "cases.detail": ("wangxm", lambda d, ids, tmp: (lambda c: lambda ctx: cases.detail(ctx, c))(
        d(an_id(ids, "case")))),
    # grids and home visits
    "grids.save_grid": ("chenlx", lambda d, ids, tmp: (lambda n, s_, b, g: lambda ctx: grids.save_grid(ctx, n, s_, b, g))(
        d(TEXT), d(maybe(an_id(ids, "staff"))), d(st.lists(st.tuples(SHORT, SHORT), max_size=4)),
        d(maybe(an_id(ids, "grid"))))),
    "home_visits.plan": ("chenlx", lambda d, ids, tmp: (
        lambda day, p, s_, r, g, a: lambda ctx: home_visits.plan(ctx, day, p, staff_id=s_, resident_id=r, grid_id=g,
                                                                 affair_id=a))(
        d(DAY), d(TEXT), d(maybe(an_id(ids, "staff"))), d(maybe(an_id(ids, "resident"))),
        d(maybe(an_id(ids, "grid"))), d(maybe(an_id(ids, "affair"))))),
    "home_visits.record": ("chenlx", lambda d, ids, tmp: (lambda v, o, n: lambda ctx: home_visits.record(ctx, v, o, n))(
        d(an_id(ids, "visit")), d(st.one_of(st.sampled_from(home_visits.OUTCOMES), SHORT)), d(TEXT))),
    "home_visits.cancel": ("chenlx", lambda d, ids, tmp: (lambda v, r: lambda ctx: home_visits.cancel(ctx, v, r))(
        d(an_id(ids, "visit")), d(TEXT))),
    "home_visits.visits": ("chenlx", lambda d, ids, tmp: (
        lambda s_, st_, g, r, n: lambda ctx: home_visits.visits(ctx, state=s_, staff_id=st_, grid_id=g,
                                                                resident_id=r, limit=n))(
        d(st.one_of(st.sampled_from(home_visits.VISIT_STATES), SHORT)), d(maybe(an_id(ids, "staff"))),
        d(maybe(an_id(ids, "grid"))), d(maybe(an_id(ids, "resident"))), d(st.integers(0, 600)))),
    # reports
    "reports.report": ("chenlx", lambda d, ids, tmp: (lambda a, b: lambda ctx: reports.report(ctx, a, b))(
        d(st.one_of(DAY, st.dates(date(1, 1, 1), date(9999, 12, 31)))), d(maybe(DAY)))),
    # accounts
    "accounts.login": ("admin", lambda d, ids, tmp: (lambda u, p, k: lambda ctx: accounts.login(ctx, u, p, k))(
        d(st.one_of(st.sampled_from(["wangxm", "admin", "chenlx", "WANGXM "]), SHORT)),
        d(st.one_of(st.just("demo2019"), TEXT)), d(SHORT))),
    "accounts.verify": ("lijh", lambda d, ids, tmp: (lambda p: lambda ctx: accounts.verify(ctx, p))(
        d(st.one_of(st.just("demo2019"), TEXT)))),
    "accounts.create_account": ("admin", lambda d, ids, tmp: (
        lambda u, n, r, p: lambda ctx: accounts.create_account(ctx, u, n, r, p))(
        d(st.one_of(st.sampled_from(["wangxm", "newuser", "new.user-2"]), SHORT)), d(TEXT),
        d(st.one_of(st.sampled_from(["social_worker", "chief_stationmaster", "deputy_stationmaster", "admin"]),
                    SHORT)),
        d(st.one_of(st.just("a-good-pass-2026"), TEXT)))),
    "accounts.update_account": ("admin", lambda d, ids, tmp: (
        lambda i, n, r, a: lambda ctx: accounts.update_account(ctx, i, name=n, role=r, active=a))(
        d(an_id(ids, "staff")), d(maybe(TEXT)),
        d(maybe(st.one_of(st.sampled_from(["social_worker", "admin"]), SHORT))), d(maybe(st.booleans())))),
    "accounts.reset_password": ("admin", lambda d, ids, tmp: (
        lambda i, p: lambda ctx: accounts.reset_password(ctx, i, p))(
        d(an_id(ids, "staff")), d(st.one_of(st.just("a-good-pass-2026"), TEXT)))),
    "accounts.change_password": ("zhaomin", lambda d, ids, tmp: (
        lambda o, n: lambda ctx: accounts.change_password(ctx, o, n))(
        d(st.one_of(st.just("demo2019"), TEXT)), d(st.one_of(st.just("a-good-pass-2026"), TEXT)))),
    "accounts.unlock": ("admin", lambda d, ids, tmp: (lambda i: lambda ctx: accounts.unlock(ctx, i))(
        d(an_id(ids, "staff")))),
    "accounts.set_up_admin": ("admin", lambda d, ids, tmp: (lambda p: lambda ctx: accounts.set_up_admin(ctx, p))(
        d(st.one_of(st.just("a-good-pass-2026"), TEXT)))),
}


@pytest.fixture(scope="module", autouse=True)
def total(request):
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    line = (f"fuzzed {len(FUZZED)} service entry points with {sum(OUTCOMES.values())} generated calls "
            f"({OUTCOMES['returned']} returned, {OUTCOMES['refused']} refused with a DomainError)")
    if FUZZED and reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # teardown output is captured otherwise
            reporter.write_line("\n" + line)
    else:  # pragma: no cover
        print(line)


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_entry_point_returns_or_refuses_cleanly(name, sqlite_template, tmp_path):
    path = tmp_path / "station.sqlite3"
    shutil.copy(sqlite_template, path)
    place = Station(path)
    try:
        user, build = ENTRIES[name]
        ctx = place.ctx(user)
        FUZZED.add(name)

        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(data=st.data())
        def run(data):
            call = build(data.draw, place.ids, tmp_path)
            before = place.fingerprint()
            try:
                call(ctx)
                OUTCOMES["returned"] += 1
            except DomainError as err:
                OUTCOMES["refused"] += 1
                assert err.text("zh") and err.text("en")
                if name not in WRITES_ON_REFUSAL:
                    assert place.fingerprint() == before, f"{name} refused ({err.key}) but wrote"

        run()
    finally:
        place.close()


def test_every_listed_module_is_covered():
    """A new public entry point in these modules should join ENTRIES (or be a plain read without input)."""
    import inspect

    without_input = {"list_categories", "list_partners", "export_data", "export_file", "slot_rules", "dashboard",
                     "current", "board_version", "case_workers", "list_grids", "needs_setup", "list_accounts",
                     "digest", "queue", "handover_doc", "resident_affairs", "get", "resident_appointments"}
    missing = []
    for module in (residents, catalogue, acceptance, transfers, certificates, appointments, online_needs, tickets,
                   cases, grids, home_visits, reports, accounts, agency):
        short = module.__name__.rsplit(".", 1)[-1]
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            params = list(inspect.signature(fn).parameters)
            if (fn.__module__ == module.__name__ and not name.startswith("_") and params[:1] == ["ctx"]
                    and f"{short}.{name}" not in ENTRIES and name not in without_input):
                missing.append(f"{short}.{name}")
    assert not missing, missing



def test_text_postgresql_cannot_store_is_refused_not_a_crash(database, clock):
    """A NUL pasted into a field is stored by SQLite but refused by PostgreSQL: a refusal on both."""
    def ctx(username):
        base = ServiceContext.for_database(database, now=clock)
        return base.as_actor(station.actor_for(base, username, desk="窗口1"))

    worker, chief = ctx("wangxm"), ctx("chenlx")
    with Session(database.engine) as s:
        affair = s.scalar(select(Affair.id).where(Affair.state == "accepted").order_by(Affair.id).limit(1))
        code, materials = s.execute(select(AffairType.code, AffairType.materials)
                                    .where(AffairType.handling_mode == "collect_submit")
                                    .order_by(AffairType.code).limit(1)).one()
    resident = residents.search(worker, "张秀兰")[0].id
    calls = {
        "register name": lambda: residents.register(worker, NewResident("王\x00五", "passport", "E1234567")),
        "register building": lambda: residents.register(
            worker, NewResident("王五", "passport", "E7654321", building="\x00", unit="1", room="1")),
        "register long building": lambda: residents.register(
            worker, NewResident("王五", "passport", "E7654322", building="楼" * 17, unit="1", room="1")),
        "search": lambda: residents.search(worker, "张\x00"),
        "search_types": lambda: catalogue.search_types(worker, "\x00"),
        "accept note": lambda: acceptance.accept(worker, resident, code, ["provided"] * len(materials), note="\x00"),
        "urge": lambda: transfers.urge(chief, affair, "\x00"),
        "grid name": lambda: grids.save_grid(chief, "网格\x00", None, [("9", "1")]),
    }
    for label, call in calls.items():
        with Session(database.engine) as s:
            before = s.scalar(text("SELECT count(*) FROM audit_entry")), s.scalar(text("SELECT count(*) FROM resident"))
        try:
            call()
        except DomainError as err:
            assert err.text("zh"), label
            with Session(database.engine) as s:
                after = (s.scalar(text("SELECT count(*) FROM audit_entry")),
                         s.scalar(text("SELECT count(*) FROM resident")))
            assert after == before, label
    with pytest.raises(DomainError):
        residents.register(worker, NewResident("王\x00五", "passport", "E1234567"))
    with pytest.raises(DomainError):
        residents.register(worker, NewResident("王五", "passport", "E7654322", building="楼" * 17, unit="1", room="1"))
