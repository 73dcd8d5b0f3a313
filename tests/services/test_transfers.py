"""The closed loop in the back office: dispatch, urge, feedback, tell, close."""
from datetime import date, datetime

import pytest

from app.services import acceptance, catalogue, queue, residents, transfers
from app.services.backoffice_dto import QueueFilter
from app.services.errors import IllegalTransition, NotFound, PermissionDenied, ValidationError
from app.services.lifecycle import OPEN_STATES, TRANSITIONS, allowed_actions

COLLECT = "G031"   # 高龄老年人津贴申请, handled by DEPT-YL, 15 working days
TRANSFER = "L001"  # 水电维修转介, handled by partner CO-001, 1 working day


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang")


def accept(ctx, code=COLLECT, name="张秀兰"):
    rid = residents.search(ctx, name)[0].id
    statuses = ["provided"] * len(catalogue.get_type(ctx, code).materials)
    return acceptance.accept(ctx, rid, code, statuses).id


def kinds(deputy, affair_id):
    return [e.kind for e in queue.detail(deputy, affair_id).events]


def test_full_loop_one_to_many(ctx, deputy):
    aid = accept(ctx)
    transfers.dispatch(deputy, aid, ["DEPT-YL", "DEPT-MZ"], "核实高龄津贴资格")
    d = queue.detail(deputy, aid)
    assert d.state == "dispatched"
    assert [(leg.position, leg.partner_code, leg.state) for leg in d.legs] == [
        (1, "DEPT-YL", "open"), (2, "DEPT-MZ", "open")]
    assert transfers.urge(deputy, aid, "请本周内反馈") == 1
    assert [leg.urge_count for leg in queue.detail(deputy, aid).legs] == [1, 1]
    # The first answer leaves the affair dispatched; the last moves it on.
    assert transfers.feedback(deputy, d.legs[0].id, "resolved", "已审核通过") == "dispatched"
    assert transfers.feedback(deputy, d.legs[1].id, "resolved", "民政科无异议") == "answered"
    with pytest.raises(ValidationError) as err:
        transfers.close(deputy, aid, rating=5)
    assert err.value.key == "not_notified"
    transfers.notify(ctx, aid, "phone", "电话告知已审批")
    with pytest.raises(ValidationError) as err:
        transfers.close(deputy, aid)
    assert err.value.key == "rating_or_reason"
    transfers.close(deputy, aid, rating=5, comment="很满意")
    d = queue.detail(deputy, aid)
    assert d.state == "completed" and d.satisfaction == 5 and d.notify_method == "phone"
    assert kinds(deputy, aid) == ["accept", "dispatch", "urge", "feedback", "feedback", "notify", "close"]
    events = queue.detail(deputy, aid).events
    assert events[1].actor_name == "刘芳" and "街道养老服务与老龄工作办公室" in events[1].note
    assert [(e.from_state, e.to_state) for e in events[3:5]] == [
        ("dispatched", "dispatched"), ("dispatched", "answered")]


def test_close_with_a_reason_instead_of_a_rating(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    transfers.dispatch(deputy, aid, ["CO-001"])
    leg = queue.detail(deputy, aid).legs[0]
    transfers.feedback(deputy, leg.id, "resolved", "已修好")
    transfers.notify(deputy, aid, "home_visit")
    with pytest.raises(ValidationError) as err:
        transfers.close(deputy, aid, rating=6)
    assert err.value.key == "rating_invalid"
    transfers.close(deputy, aid, no_rating_reason="居民外出，家属代收")
    d = queue.detail(deputy, aid)
    assert d.satisfaction is None and d.no_rating_reason == "居民外出，家属代收"


def test_declined_leg_is_dispatched_again_before_closing(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    transfers.dispatch(deputy, aid, ["CO-001"])
    transfers.feedback(deputy, queue.detail(deputy, aid).legs[0].id, "declined", "不在服务范围")
    transfers.dispatch(deputy, aid, ["CO-002"], "请上门维修")
    d = queue.detail(deputy, aid)
    assert d.state == "dispatched" and [leg.position for leg in d.legs] == [1, 2]


def test_dispatch_to_the_same_open_partner_twice_is_refused(ctx, deputy):
    aid = accept(ctx)
    transfers.dispatch(deputy, aid, ["DEPT-YL"])
    with pytest.raises(ValidationError) as err:
        transfers.dispatch(deputy, aid, ["DEPT-MZ", "DEPT-YL"])
    assert err.value.key == "leg_already_open"
    assert len(queue.detail(deputy, aid).legs) == 1  # nothing half-written


def test_referral_is_recorded_as_referred(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    with pytest.raises(ValidationError):
        transfers.refer(deputy, aid, ["DEPT-CG"], "")
    transfers.refer(deputy, aid, ["DEPT-CG"], "属物业管理范围，转介物业")
    d = queue.detail(deputy, aid)
    assert d.state == "referred" and d.legs[0].kind == "referral"
    assert aid not in {r.id for r in queue.queue(deputy).rows}
    transfers.reopen(deputy, aid, "居民反映物业未处理")
    d = queue.detail(deputy, aid)
    assert d.state == "accepted" and d.legs[0].state == "withdrawn"


def test_reopen_needs_a_reason_and_clears_the_rating(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    transfers.dispatch(deputy, aid, ["CO-001"])
    transfers.feedback(deputy, queue.detail(deputy, aid).legs[0].id, "resolved", "ok")
    transfers.notify(deputy, aid, "sms")
    transfers.close(deputy, aid, rating=2, comment="太慢")
    with pytest.raises(ValidationError):
        transfers.reopen(deputy, aid, "  ")
    transfers.reopen(deputy, aid, "问题复发")
    d = queue.detail(deputy, aid)
    assert (d.state, d.satisfaction, d.notified_at) == ("accepted", None, None)
    assert d.events[-1].kind == "reopen" and d.events[-1].note == "问题复发"


def test_immediate_response_is_urgent_same_day_and_on_top(ctx, deputy, clock):
    first = accept(ctx, TRANSFER)
    urgent = accept(ctx, TRANSFER, "李德胜")
    transfers.whistle(deputy, urgent, ["DEPT-CG", "DEPT-PF"], "窨井堵塞")
    rows = queue.queue(deputy).rows
    assert rows[0].id == urgent and rows[0].urgent and rows[0].deadline == "due_soon"
    assert {r.id for r in rows} >= {first, urgent}
    calls = queue.detail(deputy, urgent).call_ins
    assert [c.partner_code for c in calls] == ["DEPT-CG", "DEPT-PF"] and calls[0].checked_in_at is None
    clock.value = datetime(2026, 11, 23, 11, 5)
    transfers.check_in(deputy, calls[0].id, "城管已到场")
    assert queue.detail(deputy, urgent).call_ins[0].checked_in_at == datetime(2026, 11, 23, 11, 5)
    with pytest.raises(ValidationError):
        transfers.check_in(deputy, calls[0].id)
    clock.value = datetime(2026, 11, 24, 9, 0)  # not finished the same day
    row = next(r for r in queue.queue(deputy).rows if r.id == urgent)
    assert row.deadline == "overdue"


def test_every_illegal_transition_is_refused_with_a_reason(ctx, deputy):
    aid = accept(ctx)
    for action, call in [
        ("urge", lambda: transfers.urge(deputy, aid)),
        ("notify", lambda: transfers.notify(deputy, aid, "phone")),
        ("close", lambda: transfers.close(deputy, aid, rating=5)),
        ("reopen", lambda: transfers.reopen(deputy, aid, "x")),
    ]:
        assert action not in allowed_actions("accepted")
        with pytest.raises(IllegalTransition) as err:
            call()
        assert "已受理待派遣" in err.value.text("zh"), action
    transfers.cancel(deputy, aid, "居民撤回申请")
    with pytest.raises(IllegalTransition):
        transfers.dispatch(deputy, aid, ["DEPT-YL"])
    assert kinds(deputy, aid) == ["accept", "cancel"]


def test_the_state_machine_has_no_dead_ends():
    states = {to for targets in TRANSITIONS.values() for to in targets}
    for state in OPEN_STATES:
        assert {"close", "cancel"} & set(allowed_actions(state)) or "dispatch" in allowed_actions(state)
    assert states >= {"accepted", "dispatched", "answered", "completed", "referred", "cancelled"}


def test_social_worker_may_not_dispatch_or_close(ctx):
    aid = accept(ctx)
    for call in (lambda: transfers.dispatch(ctx, aid, ["DEPT-YL"]), lambda: transfers.urge(ctx, aid),
                 lambda: transfers.close(ctx, aid, rating=5), lambda: transfers.cancel(ctx, aid, "x")):
        with pytest.raises(PermissionDenied):
            call()


def test_unknown_partner_and_affair(ctx, deputy):
    aid = accept(ctx)
    with pytest.raises(NotFound):
        transfers.dispatch(deputy, aid, ["NOPE"])
    with pytest.raises(ValidationError):
        transfers.dispatch(deputy, aid, [])
    with pytest.raises(NotFound):
        transfers.dispatch(deputy, 999999, ["DEPT-YL"])
    with pytest.raises(ValidationError):
        transfers.feedback(deputy, 1, "maybe", "x")


def test_phone_consent_is_recorded_at_dispatch(ctx, deputy):
    aid = accept(ctx, TRANSFER)
    transfers.dispatch(deputy, aid, ["CO-001"], phone_consent=True)
    assert queue.detail(deputy, aid).phone_consent


def test_queue_filters_and_counts(ctx, deputy, make_ctx):
    a = accept(ctx)
    b = accept(make_ctx("lijh"), TRANSFER, "李德胜")
    transfers.dispatch(deputy, b, ["CO-002"])
    everything = queue.queue(deputy)
    ids = {r.id for r in everything.rows}
    assert {a, b} <= ids and everything.total == len(everything.rows)
    assert sum(everything.counts.values()) == len(everything.rows)
    by_partner = queue.queue(deputy, QueueFilter(partner_code="CO-002"))
    assert [r.id for r in by_partner.rows] == [b]
    by_handler = queue.queue(deputy, QueueFilter(partner_code="DEPT-YL"))
    assert a in {r.id for r in by_handler.rows}
    worker = next(r for r in everything.rows if r.id == b).worker_id
    assert {r.id for r in queue.queue(deputy, QueueFilter(worker_id=worker)).rows} >= {b}
    assert a not in {r.id for r in queue.queue(deputy, QueueFilter(worker_id=worker)).rows}
    assert [r.id for r in queue.queue(deputy, QueueFilter(state="dispatched")).rows if r.id in (a, b)] == [b]
    cat = next(r for r in everything.rows if r.id == a).category_code
    assert all(r.category_code == cat for r in queue.queue(deputy, QueueFilter(category_code=cat)).rows)
    row = next(r for r in everything.rows if r.id == a)
    assert row.phone_masked == "" or "****" in row.phone_masked


def test_digest_summarises_overdue_and_due_soon(ctx, deputy, clock):
    aid = accept(ctx, TRANSFER)  # 1 working day: due Tuesday 24 Nov
    clock.value = datetime(2026, 11, 26, 9, 0)
    digest = queue.digest(deputy)
    rows = queue.queue(deputy).rows
    assert digest.overdue == sum(1 for r in rows if r.deadline == "overdue") >= 1
    assert digest.due_soon == sum(1 for r in rows if r.deadline == "due_soon")
    assert 1 <= len(digest.items) <= 8
    assert all(i.deadline in ("overdue", "due_soon") for i in digest.items)
    row = next(r for r in rows if r.id == aid)
    assert row.deadline == "overdue" and row.days_overdue == 2 and row.committed_date == date(2026, 11, 24)


def test_an_inactive_partner_is_not_offered_and_not_accepted(ctx, deputy, database):
    from sqlalchemy import update

    from app.models import Partner
    from app.services import catalogue

    with database.write_sessions() as s:
        s.execute(update(Partner).where(Partner.code == "CO-002").values(active=False))
        s.commit()
    assert "CO-002" in {p.code for p in catalogue.list_partners(deputy)}  # history still names it
    assert "CO-002" not in {p.code for p in catalogue.list_partners(deputy, active_only=True)}
    aid = accept(ctx, TRANSFER)
    with pytest.raises(NotFound):
        transfers.dispatch(deputy, aid, ["CO-002"])


def test_every_pair_of_state_and_action_is_either_in_the_table_or_refused():
    from app.models import Affair
    from app.services.context import Actor
    from app.services.lifecycle import ACTION_LABELS, NEW, STATE_LABELS, transition

    actor = Actor(7, "刘芳", "deputy_stationmaster", 1, "后台")
    at = datetime(2026, 11, 23, 10, 0)
    for state in (NEW, *STATE_LABELS):
        for action in ACTION_LABELS:
            affair = Affair(state=state)
            targets = TRANSITIONS.get((state, action))
            if targets is None:
                with pytest.raises(IllegalTransition):
                    transition(affair, action, actor, at)
                assert affair.state == state and affair.events == []
                continue
            for to in targets:
                affair = Affair(state=state)
                transition(affair, action, actor, at, "note", to=to)
                (event,) = affair.events
                assert (affair.state, event.kind, event.from_state, event.to_state) == (to, action, state, to)
                assert (event.actor_id, event.desk, event.at, event.note) == (7, "后台", at, "note")
            with pytest.raises(IllegalTransition):
                transition(Affair(state=state), action, actor, at, to="no-such-state")
