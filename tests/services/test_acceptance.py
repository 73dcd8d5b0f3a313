import re
import threading
from datetime import date, datetime

import pytest

from app.services import acceptance, catalogue, documents, residents
from app.services.errors import IllegalTransition, NotFound, PermissionDenied, StorageError, ValidationError
from app.services.lifecycle import target

ON_SPOT = "G099"       # 社区居住证明开具: identity card, housing proof, purpose
COLLECT = "G031"       # 高龄老年人津贴申请: 15 working days
TRANSFER = "L001"      # 水电维修转介


def resident_id(ctx, name="张秀兰"):
    return residents.search(ctx, name)[0].id


def all_provided(ctx, code):
    return ["provided"] * len(catalogue.get_type(ctx, code).materials)


def count_affairs(ctx, rid):
    return len(acceptance.resident_affairs(ctx, rid, limit=1000))


def test_on_the_spot_type_completes_at_once_with_events(ctx):
    rid = resident_id(ctx)
    result = acceptance.accept(ctx, rid, ON_SPOT, all_provided(ctx, ON_SPOT))
    assert result.state == "completed"
    assert re.fullmatch(r"XCQG01-20261123-\d{4}", result.number)
    assert result.committed_date == date(2026, 11, 23)
    assert result.closing_document == "certificate"
    assert [(e.kind, e.to_state, e.actor_name, e.desk) for e in result.events] == [
        ("complete", "completed", "王晓梅", "窗口1")]


def test_collect_submit_gets_a_committed_date_in_working_days(ctx, clock):
    clock.value = datetime(2026, 9, 30, 9, 30)  # before the National Day holiday
    rid = resident_id(ctx)
    statuses = all_provided(ctx, COLLECT)
    result = acceptance.accept(ctx, rid, COLLECT, statuses)
    assert result.state == "accepted"
    # 15 working days after 30 Sep 2026: holiday 1-7 Oct, make-up Saturday 10 Oct.
    assert result.committed_date == date(2026, 10, 27)
    assert not result.committed_date_provisional


def test_transfer_type_is_accepted_for_the_partner(ctx):
    result = acceptance.accept(ctx, resident_id(ctx), TRANSFER, all_provided(ctx, TRANSFER))
    assert result.state == "accepted" and result.closing_document == "referral_slip"
    assert result.committed_date == date(2026, 11, 24)


def test_missing_required_material_is_refused_and_writes_nothing(ctx):
    rid = resident_id(ctx)
    before = count_affairs(ctx, rid)
    statuses = all_provided(ctx, COLLECT)
    statuses[1] = "missing"
    with pytest.raises(ValidationError) as err:
        acceptance.accept(ctx, rid, COLLECT, statuses)
    assert "户口簿" in err.value.text("zh") and "一次性告知单" in err.value.text("zh")
    assert count_affairs(ctx, rid) == before
    # The failed attempt did not use up a number either.
    ok = acceptance.accept(ctx, rid, ON_SPOT, all_provided(ctx, ON_SPOT))
    assert ok.number.endswith("-0001")


def test_optional_material_may_be_missing(ctx):
    statuses = all_provided(ctx, COLLECT)
    statuses[3] = "missing"  # 授权委托书: only when an agent comes
    assert acceptance.accept(ctx, resident_id(ctx), COLLECT, statuses).state == "accepted"


def test_home_visit_collection_adds_the_visit_days(ctx):
    statuses = all_provided(ctx, ON_SPOT)
    statuses[1] = "home_visit"
    result = acceptance.accept(ctx, resident_id(ctx), ON_SPOT, statuses)
    assert result.state == "accepted"
    assert result.materials_home_visit == ("房屋产权证明或房屋租赁合同",)
    assert result.committed_date == date(2026, 11, 26)  # 3 working days to collect


def test_notice_then_return_visit_counts_two_visits(ctx, clock):
    rid = resident_id(ctx)
    statuses = all_provided(ctx, COLLECT)
    statuses[0] = statuses[2] = "missing"
    notice = acceptance.issue_notice(ctx, rid, COLLECT, statuses)
    assert notice.state == "awaiting_materials"
    assert notice.materials_missing == ("居民身份证", "北京通-养老助残卡")
    doc = documents.notice(ctx, notice.id)
    assert doc.materials_missing == ("居民身份证", "北京通-养老助残卡")
    assert "申请" in " ".join(doc.forms) or doc.forms
    clock.value = datetime(2026, 11, 25, 14, 0)
    done = acceptance.accept(ctx, rid, COLLECT, all_provided(ctx, COLLECT), resume_affair_id=notice.id)
    assert done.number == notice.number and done.state == "accepted"
    assert [e.kind for e in done.events] == ["notice", "accept"]
    open_ = acceptance.resident_affairs(ctx, rid, open_only=True)
    assert [a.visits for a in open_ if a.id == notice.id] == [2]


def test_notice_needs_something_missing(ctx):
    with pytest.raises(ValidationError):
        acceptance.issue_notice(ctx, resident_id(ctx), ON_SPOT, all_provided(ctx, ON_SPOT))


def test_unknown_type_and_resident_and_wrong_checklist(ctx):
    rid = resident_id(ctx)
    with pytest.raises(NotFound) as err:
        acceptance.accept(ctx, rid, "Z999", [])
    assert "Z999" in err.value.text("zh")
    with pytest.raises(NotFound):
        acceptance.accept(ctx, 999999, ON_SPOT, all_provided(ctx, ON_SPOT))
    with pytest.raises(ValidationError):
        acceptance.accept(ctx, rid, ON_SPOT, ["provided"])
    with pytest.raises(ValidationError):
        acceptance.accept(ctx, rid, ON_SPOT, all_provided(ctx, ON_SPOT), channel="pigeon")


def test_state_machine_refuses_illegal_transitions():
    with pytest.raises(IllegalTransition) as err:
        target("completed", "accept")
    assert "已办结" in err.value.text("zh")


def test_administrator_cannot_accept(admin_ctx):
    rid = residents.search(admin_ctx, "张秀兰")[0].id
    with pytest.raises(PermissionDenied):
        acceptance.accept(admin_ctx, rid, ON_SPOT, ["provided"] * 3)


def test_receipt_document_is_masked(ctx):
    rid = resident_id(ctx)
    result = acceptance.accept(ctx, rid, COLLECT, all_provided(ctx, COLLECT))
    doc = documents.receipt(ctx, result.id)
    assert doc.resident_id_masked == "110102********0022"
    assert doc.resident_phone_masked == "139****2345"
    assert doc.committed_date == date(2026, 12, 14)
    assert doc.worker_name == "王晓梅" and doc.handler_name
    assert "居民身份证" in doc.materials_provided


def test_two_desks_accepting_at_once_get_distinct_numbers(database, make_ctx):
    desks = [make_ctx("wangxm"), make_ctx("lijh")]
    rid = resident_id(desks[0])
    statuses = all_provided(desks[0], ON_SPOT)
    numbers: list[str] = []
    errors: list[Exception] = []
    barrier = threading.Barrier(2)

    def work(c):
        barrier.wait()
        for _ in range(15):
            try:
                numbers.append(acceptance.accept(c, rid, ON_SPOT, statuses).number)
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(numbers) == 30 and len(set(numbers)) == 30
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 31))


def test_locked_database_is_a_clear_message_and_writes_nothing(sqlite_database, clock):
    import sqlite3

    from app import db as dbmod
    from app.services import station
    from app.services.context import ServiceContext

    fast = dbmod.connect(sqlite_database.url, busy_timeout_ms=200)
    base = ServiceContext.for_database(fast, now=clock)
    c = base.as_actor(station.actor_for(base, "wangxm"))
    rid = resident_id(c)
    blocker = sqlite3.connect(sqlite_database.url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another desk holds the write lock
    try:
        with pytest.raises(StorageError) as err:
            acceptance.accept(c, rid, ON_SPOT, all_provided(c, ON_SPOT))
        assert "其他窗口" in err.value.text("zh")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert count_affairs(c, rid) == 0 or all(
        a.accepted_at.date() != date(2026, 11, 23) for a in acceptance.resident_affairs(c, rid))
    fast.dispose()


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from app.services.errors import DomainError  # noqa: E402


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.sampled_from([ON_SPOT, COLLECT, TRANSFER, "", "G9999", "g099"]),
       statuses=st.lists(st.sampled_from(["provided", "missing", "home_visit", "", "yes"]), max_size=6),
       channel=st.sampled_from(["walk_in", "online", "", "fax"]),
       note=st.text(max_size=600))
def test_any_acceptance_input_is_done_whole_or_refused_clearly(ctx, code, statuses, channel, note):
    rid = resident_id(ctx)
    before = count_affairs(ctx, rid)
    try:
        result = acceptance.accept(ctx, rid, code, statuses, channel=channel, note=note)
    except DomainError as err:
        assert err.text("zh") and err.text("en")
        assert count_affairs(ctx, rid) == before
    else:
        assert result.state in ("completed", "accepted")
        assert count_affairs(ctx, rid) == before + 1
