"""Appointments: slots and capacity, booking rules, check-in with a queue ticket, outcomes,
and the online-booking import."""
import csv
import io
import json
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from sqlalchemy import func, select, update

from app.models import AffairType, Appointment, Resident
from app.services import acceptance, appointments, catalogue, residents, tickets
from app.services.errors import DomainError, NotFound, PermissionDenied, ValidationError
from app.services.reception_dto import SlotRuleInfo

TUESDAY = date(2026, 11, 24)
ZHANG = ("张秀兰", "110102193804120022", "13911012345")
LI = ("李德胜", "110102194511230038", "13801015678")
WANG = ("王建国", "110102196210010014", "13520108899")


def rid(ctx, name):
    return residents.search(ctx, name)[0].id


def others(ctx, n):
    """n residents besides the three fixed ones."""
    seen, out = {rid(ctx, p[0]) for p in (ZHANG, LI, WANG)}, []
    for surname in "王李张刘陈杨赵黄周吴":
        for r in residents.search(ctx, surname):
            if r.id not in seen:
                seen.add(r.id)
                out.append(r.id)
            if len(out) == n:
                return out
    raise AssertionError("not enough demo residents")


def key_of(call):
    with pytest.raises(DomainError) as err:
        call()
    return err.value.key


# -- slots ---------------------------------------------------------------------

def test_default_slots_of_a_working_day(ctx):
    slots = appointments.slots(ctx, TUESDAY)
    assert [s.start for s in slots] == [time(9, 0), time(9, 30), time(10, 0), time(10, 30), time(11, 0),
                                        time(13, 30), time(14, 0), time(14, 30), time(15, 0), time(15, 30),
                                        time(16, 0), time(16, 30)]
    assert slots[0].end == time(9, 30) and slots[-1].end == time(17, 0)
    assert all((s.capacity, s.booked, s.free) == (3, 0, 3) for s in slots)
    assert appointments.slots(ctx, date(2026, 11, 28)) == []  # an ordinary Saturday
    assert [r.weekday for r in appointments.slot_rules(ctx)] == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_holiday_is_closed_and_make_up_saturday_is_open(ctx, clock):
    clock.value = datetime(2026, 9, 21, 9, 0)
    assert appointments.slots(ctx, date(2026, 10, 1)) == []  # National Day
    assert appointments.slots(ctx, date(2026, 10, 5)) == []  # a Monday inside the holiday
    make_up = appointments.slots(ctx, date(2026, 10, 10))  # Saturday worked in exchange
    assert len(make_up) == 12
    assert key_of(lambda: appointments.book(ctx, rid(ctx, "王建国"), date(2026, 10, 1), time(9, 0))) \
        == "appointment_closed"
    booked = appointments.book(ctx, rid(ctx, "王建国"), date(2026, 10, 10), time(9, 0))
    assert booked.state == "booked" and booked.slot_end == time(9, 30)


def test_full_slot_is_refused_but_door_to_door_does_not_count(ctx):
    three = others(ctx, 4)
    for r in three[:3]:
        appointments.book(ctx, r, TUESDAY, time(9, 0), type_code="G031", channel="phone")
    assert key_of(lambda: appointments.book(ctx, three[3], TUESDAY, time(9, 0))) == "appointment_full"
    home = appointments.book(ctx, three[3], TUESDAY, time(9, 0), channel="door_to_door", note="行动不便")
    assert home.channel == "door_to_door"
    slot = appointments.slots(ctx, TUESDAY)[0]
    assert (slot.booked, slot.free) == (3, 0)
    # A cancellation frees the place.
    first = appointments.day_list(ctx, TUESDAY)[0]
    appointments.cancel(ctx, first.id, "居民来电取消")
    assert appointments.slots(ctx, TUESDAY)[0].free == 1
    appointments.book(ctx, rid(ctx, "王建国"), TUESDAY, time(9, 0))


def test_booking_rules(ctx, clock, database, admin_ctx):
    wang = rid(ctx, "王建国")
    today = clock.value.date()
    assert key_of(lambda: appointments.book(ctx, wang, today, time(9, 0))) == "appointment_past"
    assert key_of(lambda: appointments.book(ctx, wang, date(2026, 11, 20), time(10, 0))) == "appointment_past"
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(9, 15))) == "appointment_no_slot"
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(12, 0))) == "appointment_no_slot"
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(9, 0), type_code="NOPE")) == "type_not_found"
    assert key_of(lambda: appointments.book(ctx, 999999, TUESDAY, time(9, 0))) == "resident_not_found"
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(9, 0), channel="fax")) \
        == "appointment_channel"
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(9, 0), note="x" * 1001)) == "note_too_long"
    with pytest.raises(PermissionDenied):
        appointments.book(admin_ctx, wang, TUESDAY, time(9, 0))
    with database.write_sessions() as s:
        s.execute(update(AffairType).where(AffairType.code == "G099").values(active=False))
        s.commit()
    assert key_of(lambda: appointments.book(ctx, wang, TUESDAY, time(9, 0), type_code="G099")) == "type_inactive"
    # The slot running now (10:00-10:30) can still be booked.
    now_slot = appointments.book(ctx, wang, today, time(10, 0), type_code="g031")
    assert now_slot.type_code == "G031" and now_slot.type_name_zh and now_slot.phone_masked == "135****8899"
    assert key_of(lambda: appointments.book(ctx, wang, today, time(10, 0))) == "appointment_duplicate"
    assert appointments.day_list(ctx, TUESDAY) == []


def test_day_list_is_sorted_and_filtered(ctx):
    wang, zhang = rid(ctx, "王建国"), rid(ctx, "张秀兰")
    later = appointments.book(ctx, wang, TUESDAY, time(14, 0))
    early = appointments.book(ctx, zhang, TUESDAY, time(9, 30))
    also_early = appointments.book(ctx, wang, TUESDAY, time(9, 30), channel="phone")
    assert [a.id for a in appointments.day_list(ctx, TUESDAY)] == [early.id, also_early.id, later.id]
    appointments.cancel(ctx, later.id, "改期")
    assert [a.id for a in appointments.day_list(ctx, TUESDAY, "cancelled")] == [later.id]
    cancelled = appointments.get(ctx, later.id)
    assert cancelled.cancel_reason == "改期" and cancelled.ticket_code == ""
    assert [a.id for a in appointments.resident_appointments(ctx, wang)] == [also_early.id, later.id]


# -- check-in and outcomes -----------------------------------------------------

def test_on_time_check_in_issues_an_appointment_priority_ticket(ctx, clock):
    wang = rid(ctx, "王建国")
    tickets.issue(ctx)  # A001: somebody already waiting
    booked = appointments.book(ctx, wang, clock.value.date(), time(10, 30), type_code="G031")
    ticket = appointments.check_in(ctx, booked.id)
    assert (ticket.code, ticket.priority, ticket.priority_reason) == ("V002", True, "appointment")
    assert ticket.appointment_id == booked.id and ticket.type_code == "G031" and ticket.resident_id == wang
    assert ticket.waiting_ahead == 0
    listed = appointments.day_list(ctx, clock.value.date())[0]
    assert (listed.state, listed.checked_in_at, listed.ticket_code) == ("checked_in", clock.value, "V002")
    assert tickets.call_next(ctx).code == "V002"
    assert tickets.ticket_doc(ctx, ticket.id).appointment_slot == time(10, 30)
    assert key_of(lambda: appointments.check_in(ctx, booked.id)) == "appointment_state"


def test_late_check_in_gets_an_ordinary_ticket_unless_the_resident_has_priority(ctx, clock):
    wang, zhang = rid(ctx, "王建国"), rid(ctx, "张秀兰")
    a = appointments.book(ctx, wang, clock.value.date(), time(10, 0))
    b = appointments.book(ctx, zhang, clock.value.date(), time(10, 0))
    clock.value = datetime(2026, 11, 23, 10, 31)  # the slot ended at 10:30
    late = appointments.check_in(ctx, a.id)
    assert (late.code, late.priority, late.priority_reason) == ("A001", False, "")
    aged = appointments.check_in(ctx, b.id)
    assert (aged.code, aged.priority_reason) == ("V002", "aged_80")


def test_check_in_only_on_the_day_and_not_door_to_door(ctx):
    wang = rid(ctx, "王建国")
    tomorrow = appointments.book(ctx, wang, TUESDAY, time(9, 0))
    assert key_of(lambda: appointments.check_in(ctx, tomorrow.id)) == "appointment_not_today"
    home = appointments.book(ctx, wang, TUESDAY, time(9, 30), channel="door_to_door")
    assert key_of(lambda: appointments.check_in(ctx, home.id)) == "appointment_door_to_door"
    assert key_of(lambda: appointments.check_in(ctx, 999999)) == "appointment_not_found"
    assert tickets.today(ctx) == []  # nothing half-done


def test_no_show_cancel_visited_attach(ctx, clock):
    wang, zhang = rid(ctx, "王建国"), rid(ctx, "张秀兰")
    today = clock.value.date()
    missed = appointments.book(ctx, wang, today, time(10, 0))
    assert key_of(lambda: appointments.no_show(ctx, missed.id)) == "appointment_not_over"
    assert key_of(lambda: appointments.cancel(ctx, missed.id, "  ")) == "reason_required"
    home = appointments.book(ctx, zhang, today, time(10, 30), channel="door_to_door")
    assert key_of(lambda: appointments.visited(ctx, missed.id, "")) == "appointment_not_door_to_door"
    done = appointments.visited(ctx, home.id, "已上门核实")
    assert done.state == "done" and "已上门核实" in done.note
    came = appointments.book(ctx, zhang, today, time(11, 0))
    clock.value = datetime(2026, 11, 23, 10, 45)
    assert appointments.no_show(ctx, missed.id).state == "no_show"
    assert key_of(lambda: appointments.cancel(ctx, missed.id, "改期")) == "appointment_state"
    assert key_of(lambda: appointments.attach_affair(ctx, came.id, 1)) == "appointment_state"
    appointments.check_in(ctx, came.id)
    code = "G099"
    affair = acceptance.accept(ctx, zhang, code, ["provided"] * len(catalogue.get_type(ctx, code).materials))
    somebody_else = acceptance.accept(ctx, wang, code, ["provided"] * len(catalogue.get_type(ctx, code).materials))
    assert key_of(lambda: appointments.attach_affair(ctx, came.id, somebody_else.id)) \
        == "appointment_affair_mismatch"
    assert key_of(lambda: appointments.attach_affair(ctx, came.id, 999999)) == "affair_not_found"
    attached = appointments.attach_affair(ctx, came.id, affair.id)
    assert (attached.state, attached.affair_id) == ("done", affair.id)
    with pytest.raises(NotFound):
        appointments.cancel(ctx, 999999, "x")


# -- the station's rules -------------------------------------------------------

def test_save_slot_rules_validates_and_replaces(ctx, make_ctx):
    deputy = make_ctx("liufang")
    rules = [SlotRuleInfo(1, time(9, 0), time(10, 0), 20, 2), SlotRuleInfo(5, time(9, 0), time(11, 0), 60, 5)]
    with pytest.raises(PermissionDenied):
        appointments.save_slot_rules(ctx, rules)
    bad = {
        "overlap": [*rules, SlotRuleInfo(1, time(9, 40), time(11, 0), 20, 2)],
        "order": [SlotRuleInfo(1, time(10, 0), time(9, 0), 20, 2)],
        "minutes": [SlotRuleInfo(1, time(9, 0), time(10, 0), 4, 2)],
        "long": [SlotRuleInfo(1, time(9, 0), time(9, 30), 45, 2)],
        "capacity": [SlotRuleInfo(1, time(9, 0), time(10, 0), 20, 51)],
        "weekday": [SlotRuleInfo(7, time(9, 0), time(10, 0), 20, 2)],
    }
    for name, rule_set in bad.items():
        with pytest.raises(ValidationError) as err:
            appointments.save_slot_rules(deputy, rule_set)
        assert err.value.key == "slot_rule_invalid", name
    assert len(appointments.slot_rules(ctx)) == 10  # unchanged
    assert appointments.save_slot_rules(deputy, rules) == [rules[0], rules[1]]
    assert [(s.start, s.end, s.capacity) for s in appointments.slots(ctx, TUESDAY)] == [
        (time(9, 0), time(9, 20), 2), (time(9, 20), time(9, 40), 2), (time(9, 40), time(10, 0), 2)]
    assert appointments.slots(ctx, date(2026, 11, 25)) == []  # no Wednesday rule any more
    assert len(appointments.slots(ctx, date(2026, 11, 28))) == 2  # this station opens on Saturdays


# -- the import ----------------------------------------------------------------

def write_csv(path, rows, bom=True, columns=("external_ref", "id_number", "phone", "name", "day", "slot",
                                              "type_code", "note")):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    path.write_bytes(buf.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def count(database):
    with database.read_sessions() as s:
        return s.scalar(select(func.count(Appointment.id)))


GOOD = [
    {"external_ref": "XCJY-1", "id_number": ZHANG[1], "name": ZHANG[0], "day": "2026-11-24", "slot": "09:00",
     "type_code": "G031", "note": "家属陪同"},
    {"external_ref": "XCJY-2", "phone": WANG[2], "name": WANG[0], "day": "2026-11-24", "slot": "9:30"},
    {"external_ref": "XCJY-3", "id_number": "110102 19451123 0038", "name": f" {LI[0]} ",
     "day": "2026-11-25", "slot": "14:00:00"},
]


@pytest.mark.parametrize("bom", [True, False])
def test_import_good_csv_and_reimport_skips(ctx, tmp_path, database, bom):
    path = write_csv(tmp_path / "online.csv", GOOD, bom=bom)
    before = count(database)
    assert appointments.import_file(ctx, path) == appointments.ImportReport(3, 0)
    assert count(database) == before + 3
    listed = appointments.day_list(ctx, TUESDAY)
    assert [(a.resident_name, a.slot, a.channel, a.external_ref) for a in listed] == [
        ("张秀兰", time(9, 0), "online", "XCJY-1"), ("王建国", time(9, 30), "online", "XCJY-2")]
    assert listed[0].note == "家属陪同" and listed[0].type_code == "G031"
    assert appointments.import_file(ctx, path) == appointments.ImportReport(0, 3)
    more = write_csv(tmp_path / "more.csv", GOOD + [
        {"external_ref": "XCJY-4", "id_number": WANG[1], "name": WANG[0], "day": "2026-11-26", "slot": "10:00"}])
    assert appointments.import_file(ctx, more) == appointments.ImportReport(1, 3)


def test_import_good_json_list_or_object(ctx, tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"appointments": GOOD[:2]}, ensure_ascii=False), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps([GOOD[2]], ensure_ascii=False), "utf-8-sig")
    assert appointments.import_file(ctx, tmp_path / "a.json").created == 2
    assert appointments.import_file(ctx, tmp_path / "b.json").created == 1
    assert len(appointments.day_list(ctx, date(2026, 11, 25))) == 1


def test_bad_file_names_every_bad_row_and_imports_nothing(ctx, tmp_path, database):
    others3 = [residents.get(ctx, r) for r in others(ctx, 3)]
    rows = [
        GOOD[0],
        {"external_ref": "X2", "id_number": "110102199901019999", "name": "无名", "day": "2026-11-24",
         "slot": "10:00"},  # unknown resident
        {"external_ref": "X3", "id_number": ZHANG[1], "name": "张秀英", "day": "2026-11-24", "slot": "10:00"},
        {"external_ref": "X4", "id_number": WANG[1], "name": WANG[0], "day": "2026-10-01", "slot": "10:00"},
        {"external_ref": "X5", "id_number": WANG[1], "name": WANG[0], "day": "2026/11/24", "slot": "25:00"},
        {"external_ref": "X6", "id_number": WANG[1], "name": WANG[0], "day": "2026-11-24", "slot": "10:00",
         "type_code": "NOPE"},
        *({"external_ref": f"F{i}", "id_number": "", "phone": "", "name": p.name, "day": "2026-11-24",
           "slot": "11:00"} for i, p in enumerate(others3)),  # no id_number nor phone
        {"external_ref": "", "id_number": WANG[1], "name": WANG[0], "day": "2026-11-24", "slot": "11:00"},
        {"external_ref": "XCJY-1", "id_number": WANG[1], "name": WANG[0], "day": "2026-11-24", "slot": "11:00"},
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    before = count(database)
    with pytest.raises(ValidationError) as err:
        appointments.import_file(ctx, path)
    assert err.value.key == "import_invalid"
    zh, en = err.value.text("zh"), err.value.text("en")
    assert "第2行" not in zh  # the good row is not named
    assert "第3行：找不到居民（110102********9999）" in zh
    assert "第4行：姓名“张秀英”与登记的居民姓名不符" in zh
    assert "第5行：2026-10-01 不办公" in zh
    assert "第6行" in zh and "日期“2026/11/24”" in zh and "时段“25:00”" in zh
    assert "第7行：未知的事项类型：NOPE。" in zh
    assert all(f"第{n}行：缺少 id_number 或 phone" in zh for n in (8, 9, 10))
    assert "第11行：缺少external_ref" in zh
    assert "row 12: external_ref XCJY-1 appears more than once" in en
    assert count(database) == before


def test_import_counts_the_files_own_rows_against_capacity(ctx, tmp_path, database):
    people = others(ctx, 4)
    appointments.book(ctx, people[0], TUESDAY, time(15, 0))
    with database.read_sessions() as s:
        found = {r.id: r for r in s.scalars(select(Resident).where(Resident.id.in_(people)))}
    rows = [{"external_ref": f"C{i}", "phone": found[p].phone, "name": found[p].name, "day": "2026-11-24",
             "slot": "15:00"} for i, p in enumerate(people[1:])]
    rows.append({**rows[0], "external_ref": "C9"})
    path = write_csv(tmp_path / "cap.csv", rows)
    with pytest.raises(ValidationError) as err:
        appointments.import_file(ctx, path)
    text = err.value.text("zh")
    assert "第2行" not in text and "第3行" not in text  # places 2 and 3 of the slot
    assert "第4行：2026-11-24 15:00 的时段已约满（3人）。" in text
    assert "第5行：" in text
    assert len(appointments.day_list(ctx, TUESDAY)) == 1


def test_import_refuses_the_same_resident_twice_in_a_slot(ctx, tmp_path):
    rows = [GOOD[0], {**GOOD[0], "external_ref": "XCJY-9"}]
    with pytest.raises(ValidationError) as err:
        appointments.import_file(ctx, write_csv(tmp_path / "twice.csv", rows))
    assert "第3行：该居民在此时段已有预约" in err.value.text("zh")


def test_missing_columns_and_unreadable_files(ctx, tmp_path):
    path = write_csv(tmp_path / "cols.csv", GOOD, columns=("external_ref", "name", "day"))
    with pytest.raises(ValidationError) as err:
        appointments.import_file(ctx, path)
    assert "slot" in err.value.text("zh") and "id_number/phone" in err.value.text("en")
    (tmp_path / "latin1.csv").write_bytes("external_ref,name\n1,\xe9\xff".encode("latin-1"))
    (tmp_path / "broken.json").write_text('{"appointments": [', "utf-8")
    (tmp_path / "scalar.json").write_text('"hello"', "utf-8")
    (tmp_path / "empty.csv").write_text("", "utf-8")
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "latin1.csv")) == "import_unreadable"
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "broken.json")) == "import_unreadable"
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "scalar.json")) == "import_unreadable"
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "empty.csv")) == "import_invalid"
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "notes.txt")) == "import_format"
    assert key_of(lambda: appointments.import_file(ctx, tmp_path / "missing.csv")) == "import_unreadable"
    (tmp_path / "odd.json").write_text(json.dumps([1, {"external_ref": ["a"], "name": None}]), "utf-8")
    with pytest.raises(ValidationError) as err:
        appointments.import_file(ctx, tmp_path / "odd.json")
    assert "第1行：该条不是一个对象" in err.value.text("zh")
    assert "row 2: external_ref must be text" in err.value.text("en")


# -- hypothesis: whatever the file says, a clear answer and never half an import ------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=24)
_PEOPLE = [ZHANG, LI, WANG]


_GARBAGE = {
    "external_ref": st.one_of(st.sampled_from(["R1", "R2", "", "x" * 65]), _TEXT),
    "name": st.one_of(st.sampled_from(["张秀英", "", " 张 秀兰"]), _TEXT),
    "day": st.one_of(st.sampled_from(["2026-10-01", "2026-11-22", "2026-11-28", "2026-02-30", "2026-11-24T09:00",
                                      "0000-01-01", "9999-12-31"]), _TEXT),
    "slot": st.one_of(st.sampled_from(["09:15", "24:00", "9:3", "12:00", "17:00", "08:59:59"]), _TEXT),
    "type_code": st.one_of(st.sampled_from(["NOPE", "g031 "]), _TEXT),
    "note": st.one_of(_TEXT, st.text(alphabet="长文本x\n", min_size=995, max_size=1005)),
    "id_number": st.one_of(st.sampled_from(["110102199901019999", "", "X"]), _TEXT),
    "phone": st.one_of(st.sampled_from(["13800000000", "", "abc"]), _TEXT),
}


@st.composite
def booking_rows(draw):
    """A valid booking with up to three fields spoiled and up to two left out."""
    person = draw(st.sampled_from(_PEOPLE))
    row = {
        "external_ref": draw(st.uuids()).hex[:16],
        "name": person[0],
        "day": draw(st.sampled_from(["2026-11-24", "2026-11-25", "2026-11-26"])),
        "slot": draw(st.sampled_from(["09:00", "09:30", "10:00", "10:30", "11:00", "13:30", "14:00", "16:30"])),
        "type_code": draw(st.sampled_from(["", "G031"])),
        "note": draw(st.sampled_from(["", "家属陪同"])),
    }
    if draw(st.booleans()):
        row["id_number"] = person[1]
    else:
        row["phone"] = person[2]
    if draw(st.integers(0, 3)) == 3:  # mostly clean rows, so whole files get imported too
        for field in draw(st.sets(st.sampled_from(sorted(_GARBAGE)), min_size=1, max_size=3)):
            row[field] = draw(_GARBAGE[field])
    drop = draw(st.sets(st.sampled_from(sorted(row)), max_size=2)) if draw(st.integers(0, 5)) == 5 else ()
    return {k: v for k, v in row.items() if k not in drop}


_JSON_VALUE = st.one_of(st.none(), st.integers(), st.booleans(), st.lists(st.integers(), max_size=2))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(booking_rows(), max_size=4), fmt=st.sampled_from(["csv", "json"]),
       odd=st.lists(st.tuples(st.sampled_from(["name", "day", "slot", "external_ref"]), _JSON_VALUE), max_size=2))
def test_import_never_crashes_and_never_imports_half(ctx, database, tmp_path, rows, fmt, odd):
    path = tmp_path / f"fuzz.{fmt}"
    if fmt == "json":
        if rows:
            for field, value in odd:
                rows[0][field] = value
        path.write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
    else:
        write_csv(path, rows)
    before = count(database)
    try:
        report = appointments.import_file(ctx, path)
    except DomainError as err:
        event(f"refused: {err.key}")
        assert err.text("zh") and err.text("en")
        assert count(database) == before
    else:
        event("imported" if report.created else "nothing new")
        assert report.created + report.skipped == len(rows)
        assert count(database) == before + report.created
