"""Queue tickets: numbering, the green channel, calling at the desks, the board and the times."""
import dataclasses
import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import Resident, ResidentTag
from app.services import residents, tickets
from app.services.errors import NotFound, PermissionDenied, ValidationError


def rid(ctx, name):
    return residents.search(ctx, name)[0].id


def disabled_under_80(database):
    with database.read_sessions() as s:
        return s.execute(select(Resident.id).join(ResidentTag, ResidentTag.resident_id == Resident.id)
                         .where(ResidentTag.tag == "disabled", Resident.birth_date > date(1950, 1, 1))
                         .order_by(Resident.id).limit(1)).scalar_one()


def desk(ctx, name):
    return ctx.as_actor(dataclasses.replace(ctx.actor, desk=name))


def test_numbers_are_shared_by_the_desks_and_restart_each_day(ctx, clock):
    other = desk(ctx, "窗口2")
    issued = [tickets.issue(c) for c in (ctx, other, ctx, other)]
    assert [t.number for t in issued] == [1, 2, 3, 4]
    assert [t.code for t in issued] == ["A001", "A002", "A003", "A004"]
    assert all(t.state == "waiting" and t.day == date(2026, 11, 23) for t in issued)
    clock.value = datetime(2026, 11, 24, 8, 30)
    assert tickets.issue(other).code == "A001"


def test_two_desks_issuing_at_once_get_distinct_numbers(ctx):
    desks = [ctx, desk(ctx, "窗口2")]
    numbers, failures = [], []
    barrier = threading.Barrier(2)

    def work(c):
        barrier.wait()
        for _ in range(10):
            try:
                numbers.append(tickets.issue(c).number)
            except Exception as exc:  # pragma: no cover - reported below
                failures.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(numbers) == list(range(1, 21))


def test_two_desks_calling_at_once_never_get_the_same_ticket(ctx):
    for _ in range(12):
        tickets.issue(ctx)
    desks = [desk(ctx, "窗口1"), desk(ctx, "窗口2")]
    called, failures = [], []
    barrier = threading.Barrier(2)

    def work(c):
        barrier.wait()
        for _ in range(6):
            try:
                called.append((c.actor.desk, tickets.call_next(c).id))
            except Exception as exc:  # pragma: no cover - reported below
                failures.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    ids = [i for _, i in called]
    assert len(ids) == 12 and len(set(ids)) == 12
    states = {t.id: t for t in tickets.today(ctx)}
    # Each desk keeps its last ticket called; every earlier one was finished by the next call.
    assert sorted(t.desk for t in states.values() if t.state == "called") == ["窗口1", "窗口2"]
    assert sum(t.state == "done" for t in states.values()) == 10
    assert tickets.call_next(desks[0]) is None


def test_green_channel_is_called_first_then_by_number(ctx, database):
    wang = tickets.issue(ctx, rid(ctx, "王建国"))
    zhang = tickets.issue(ctx, rid(ctx, "张秀兰"))  # born 1938: 88 years old
    pregnant = tickets.issue(ctx, priority_reason="pregnant")
    li = tickets.issue(ctx, disabled_under_80(database))
    anon = tickets.issue(ctx)
    assert (wang.code, wang.priority, wang.priority_reason) == ("A001", False, "")
    assert (zhang.code, zhang.priority_reason) == ("V002", "aged_80")
    assert (pregnant.code, pregnant.priority_reason) == ("V003", "pregnant")
    assert (li.code, li.priority_reason) == ("V004", "disabled")
    assert anon.waiting_ahead == 4  # three green-channel tickets and A001
    assert tickets.get(ctx, wang.id).waiting_ahead == 3
    assert tickets.get(ctx, zhang.id).waiting_ahead == 0
    order = [tickets.call_next(ctx).code for _ in range(5)]
    assert order == ["V002", "V003", "V004", "A001", "A005"]
    assert tickets.call_next(ctx) is None


def test_resident_and_reason_are_checked(ctx, admin_ctx):
    with pytest.raises(ValidationError) as err:
        tickets.issue(ctx, priority_reason="vip")
    assert err.value.key == "ticket_reason_unknown"
    with pytest.raises(ValidationError) as err:
        tickets.issue(ctx, priority_reason="appointment")
    assert err.value.key == "ticket_appointment_required"
    with pytest.raises(NotFound):
        tickets.issue(ctx, 999999)
    with pytest.raises(PermissionDenied):
        tickets.issue(admin_ctx)
    with pytest.raises(ValidationError) as err:
        tickets.call_next(desk(ctx, ""))
    assert err.value.key == "ticket_no_desk"
    assert tickets.today(ctx) == []


def test_masked_name_keeps_only_the_surname(ctx):
    t = tickets.issue(ctx, rid(ctx, "张秀兰"))
    assert t.resident_name == "张秀兰" and t.masked_name == "张**"
    assert tickets.mask_name("欧阳娜娜") == "欧***" and tickets.mask_name("") == ""
    assert tickets.issue(ctx).masked_name == ""


def test_call_next_finishes_the_desks_previous_ticket(ctx, clock):
    first, second = tickets.issue(ctx), tickets.issue(ctx)
    called = tickets.call_next(ctx)
    assert called.id == first.id and called.state == "called" and called.calls == 1
    assert called.desk == "窗口1" and called.called_at == clock.value
    assert tickets.current(ctx).id == first.id
    clock.value += timedelta(minutes=7)
    assert tickets.call_next(ctx).id == second.id
    done = tickets.get(ctx, first.id)
    assert done.state == "done" and done.finished_at == clock.value
    assert tickets.current(ctx).id == second.id
    assert tickets.current(desk(ctx, "窗口2")) is None
    assert tickets.call_next(ctx) is None  # nobody waiting: the current one is still finished
    assert tickets.get(ctx, second.id).state == "done" and tickets.current(ctx) is None


def test_recall_skip_requeue_finish(ctx, clock):
    a, b = tickets.issue(ctx), tickets.issue(ctx)
    other = desk(ctx, "窗口2")
    tickets.call_next(ctx)
    clock.value += timedelta(minutes=1)
    again = tickets.recall(ctx, a.id)
    assert again.calls == 2 and again.called_at == clock.value
    with pytest.raises(ValidationError) as err:
        tickets.recall(other, a.id)
    assert err.value.key == "ticket_other_desk"
    with pytest.raises(ValidationError) as err:
        tickets.recall(ctx, b.id)  # still waiting
    assert err.value.key == "ticket_state"
    skipped = tickets.skip(ctx, a.id)
    assert skipped.state == "skipped" and tickets.current(ctx) is None
    assert tickets.call_next(ctx).id == b.id
    # A001 turns up after all: back in the queue with its own number, called before later numbers.
    back = tickets.requeue(ctx, a.id)
    assert (back.state, back.code, back.calls, back.desk) == ("waiting", "A001", 0, "")
    c = tickets.issue(ctx)
    assert tickets.get(ctx, c.id).waiting_ahead == 1
    assert tickets.call_next(other).id == a.id
    finished = tickets.finish(ctx, b.id)
    assert finished.state == "done" and finished.finished_at == clock.value
    with pytest.raises(ValidationError):
        tickets.finish(ctx, b.id)
    with pytest.raises(ValidationError):
        tickets.requeue(ctx, b.id)
    with pytest.raises(NotFound):
        tickets.skip(ctx, 999999)


def test_board_shows_latest_calls_masked_and_its_version_moves(ctx, clock):
    versions = [tickets.board(ctx).version]

    def moved():
        version = tickets.board(ctx).version
        assert version not in versions
        assert tickets.board_version(ctx) == version
        versions.append(version)

    zhang = tickets.issue(ctx, rid(ctx, "张秀兰"))
    moved()
    wang = tickets.issue(ctx, rid(ctx, "王建国"))
    moved()
    tickets.call_next(ctx)
    moved()
    tickets.recall(ctx, zhang.id)  # same second: still a new version
    moved()
    clock.value += timedelta(minutes=3)
    tickets.call_next(desk(ctx, "窗口2"))
    moved()
    tickets.finish(ctx, zhang.id)
    moved()
    tickets.skip(desk(ctx, "窗口2"), wang.id)
    moved()
    tickets.issue(ctx)
    board = tickets.board(ctx)
    assert [(e.code, e.desk, e.masked_name) for e in board.called] == [("A002", "窗口2", "王**"),
                                                                          ("V001", "窗口1", "张**")]
    assert board.called[1].calls == 2
    assert (board.waiting, board.priority_waiting) == (1, 0)
    assert "张秀兰" not in repr(board) and "王建国" not in repr(board)
    assert len(tickets.board(ctx, limit=1).called) == 1


def test_board_is_for_today_only(ctx, clock):
    tickets.issue(ctx)
    tickets.call_next(ctx)
    clock.value = datetime(2026, 11, 24, 9, 0)
    board = tickets.board(ctx)
    assert board.called == () and board.waiting == 0


def test_estimated_wait_uses_todays_service_time_and_desks(ctx, clock):
    issued = [tickets.issue(ctx) for _ in range(4)]
    assert [t.waiting_ahead for t in issued] == [0, 1, 2, 3]
    assert [t.estimated_wait_minutes for t in issued] == [0, 8, 16, 24]  # 8 minutes each until one is done
    tickets.call_next(ctx)
    clock.value += timedelta(minutes=4)
    tickets.call_next(ctx)  # A001 took 4 minutes
    tickets.call_next(desk(ctx, "窗口2"))
    tickets.issue(ctx)
    tickets.issue(ctx)
    last = tickets.issue(ctx)
    # A004 and the two before it are ahead; 4 minutes each, two desks calling.
    assert last.waiting_ahead == 3 and last.estimated_wait_minutes == 6


def test_times_give_waiting_and_service_minutes(ctx, clock, make_ctx):
    t = tickets.issue(ctx)
    tickets.issue(ctx)
    clock.value += timedelta(minutes=12)
    tickets.call_next(ctx)
    clock.value += timedelta(minutes=8, seconds=30)
    tickets.finish(ctx, t.id)
    rows = tickets.times(make_ctx("liufang"), date(2026, 11, 23), date(2026, 11, 23))
    assert [(r.code, r.wait_minutes, r.service_minutes) for r in rows] == [("A001", 12.0, 8.5),
                                                                         ("A002", None, None)]
    assert rows[0].issued_at == datetime(2026, 11, 23, 10, 0) and rows[0].desk == "窗口1"
    assert tickets.times(ctx, date(2026, 11, 24), date(2026, 11, 30)) == []
    with pytest.raises(ValidationError):
        tickets.times(ctx, date(2026, 11, 24), date(2026, 11, 23))


def test_ticket_doc_carries_no_full_name(ctx):
    t = tickets.issue(ctx, rid(ctx, "张秀兰"))
    tickets.issue(ctx)
    later = tickets.issue(ctx, rid(ctx, "王建国"))
    doc = tickets.ticket_doc(ctx, t.id)
    assert (doc.code, doc.priority, doc.priority_label, doc.masked_name) == ("V001", True, "80岁以上老人", "张**")
    assert doc.station.code == "XCQG01" and doc.appointment_slot is None
    assert "张秀兰" not in repr(doc)
    plain = tickets.ticket_doc(ctx, later.id)
    assert (plain.priority, plain.priority_label, plain.waiting_ahead, plain.estimated_wait_minutes) == \
        (False, "", 2, 16)
