"""Social-work cases: the six steps, the plan, links, closure, numbering and
confidentiality, on SQLite and PostgreSQL."""
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import acceptance, cases, catalogue, residents
from app.services.cases_dto import PlanItem
from app.services.dto import NewResident
from app.services.errors import DomainError, NotFound, PermissionDenied, ValidationError

PLAN = [("按时服药、规律饮食", "家庭医生每周上门；助餐", "社区卫生服务站；老年餐桌")]


def zhang(ctx):
    return residents.search(ctx, "张秀兰")[0]


def open_for_zhang(ctx, title="独居高龄老人照护", worker_id=None):
    return cases.open_case(ctx, zhang(ctx).id, title, "居民女儿来站申请，老人独居、行动不便。", worker_id=worker_id)


def accept(ctx, resident_id, code="G031"):
    n = len(catalogue.get_type(ctx, code).materials)
    return acceptance.accept(ctx, resident_id, code, ["provided"] * n)


def to_stage(ctx, case_id, stage):
    while cases.detail(ctx, case_id).stage != stage:
        if cases.detail(ctx, case_id).stage == "plan":
            cases.set_plan(ctx, case_id, PLAN)
        cases.advance(ctx, case_id, "本阶段小结")


def test_the_six_steps_in_order_with_a_note_for_each(ctx, clock):
    case = open_for_zhang(ctx)
    assert (case.number, case.stage, case.note_count, case.worker_name) == (
        "XCQG01-GA-2026-0001", "application", 1, "王晓梅")
    notes = {"application": "同意受理：符合个案服务条件。", "investigation": "评估：独居、慢病、无固定照料人。",
             "plan": "计划已与居民及家属确认。", "execution": "执行小结：服药规律。",
             "supervision": "督导意见：可结案。"}
    for i, (stage, note) in enumerate(notes.items(), start=1):
        assert cases.detail(ctx, case.id).stage == stage
        if stage == "plan":
            cases.set_plan(ctx, case.id, PLAN)
        clock.value = datetime(2026, 11, 23 + i, 10, 0)
        assert cases.advance(ctx, case.id, note) == cases.STAGES[cases.STAGES.index(stage) + 1]
    with pytest.raises(ValidationError) as err:
        cases.advance(ctx, case.id, "想直接结案")
    assert err.value.key == "case_use_close"
    cases.close(ctx, case.id, "met", 5, "目标均已达成，居民满意。")
    d = cases.detail(ctx, case.id)
    assert d.stage == "closed" and d.closed_at == clock.value
    assert (d.goals_met, d.satisfaction, d.evaluation) == ("met", 5, "目标均已达成，居民满意。")
    stamped = [(n.stage, n.text) for n in d.notes]
    assert stamped[0] == ("application", "居民女儿来站申请，老人独居、行动不便。")
    assert stamped[1:6] == list(notes.items())
    assert stamped[6][0] == "closure" and "目标达成" in stamped[6][1] and "5/5" in stamped[6][1]
    assert [n.at for n in d.notes] == sorted(n.at for n in d.notes)
    for refused in (lambda: cases.advance(ctx, case.id, "再走一步"), lambda: cases.add_note(ctx, case.id, "补记"),
                    lambda: cases.set_plan(ctx, case.id, PLAN, "改"),
                    lambda: cases.close(ctx, case.id, "met", 5, "再结一次")):
        with pytest.raises(ValidationError) as err:
            refused()
        assert err.value.key == "case_closed"
    assert cases.list_cases(ctx, "closed")[0].note_count == 7


def test_an_advance_needs_the_note_of_the_stage_being_completed(ctx):
    case = open_for_zhang(ctx)
    cases.advance(ctx, case.id, "受理")
    with pytest.raises(ValidationError) as err:
        cases.advance(ctx, case.id, "   ")
    assert err.value.key == "case_stage_note_required" and "调查评估" in err.value.text("zh")
    assert cases.detail(ctx, case.id).stage == "investigation"
    with pytest.raises(ValidationError, match="Unknown case stage"):
        cases.list_cases(ctx, "finished")


def test_the_plan_is_set_before_it_is_carried_out_and_revised_with_a_reason(ctx):
    case = open_for_zhang(ctx)
    with pytest.raises(ValidationError) as err:
        cases.set_plan(ctx, case.id, PLAN)
    assert err.value.key == "case_plan_too_early"
    to_stage(ctx, case.id, "plan")
    with pytest.raises(ValidationError) as err:
        cases.advance(ctx, case.id, "开始执行")
    assert err.value.key == "case_plan_required"
    for bad, key in (([], "case_plan_empty"), ([("", "助餐", "")], "case_plan_goal_required"),
                     ([("目标", "x" * 501, "")], "case_plan_item_invalid"),
                     ([("目标", "", "")] * 21, "case_plan_too_many")):
        with pytest.raises(ValidationError) as err:
            cases.set_plan(ctx, case.id, bad)
        assert err.value.key == key
    # Blank rows left in the editor are dropped; items may be tuples, dicts or PlanItems.
    plan = cases.set_plan(ctx, case.id, [PlanItem("按时服药", "家庭医生上门"), ("", "", ""),
                                         {"goal": "每周外出一次", "resources": "志愿者"}])
    assert plan == (PlanItem("按时服药", "家庭医生上门", ""), PlanItem("每周外出一次", "", "志愿者"))
    assert cases.detail(ctx, case.id).plan == plan
    cases.advance(ctx, case.id, "计划已确认")
    with pytest.raises(ValidationError) as err:
        cases.set_plan(ctx, case.id, PLAN)
    assert err.value.key == "case_plan_revision_note"
    cases.set_plan(ctx, case.id, PLAN, "居民住院，调整目标")
    d = cases.detail(ctx, case.id)
    assert d.plan == (PlanItem(*PLAN[0]),)
    assert (d.notes[-1].stage, d.notes[-1].text) == ("execution", "修订服务计划（1项）：居民住院，调整目标")


def test_closing_needs_the_closure_stage_an_evaluation_and_a_rating_or_reason(ctx):
    case = open_for_zhang(ctx)
    to_stage(ctx, case.id, "supervision")
    with pytest.raises(ValidationError) as err:
        cases.close(ctx, case.id, "met", 4, "评估")
    assert err.value.key == "case_not_at_closure" and "督导协调" in err.value.text("zh")
    cases.advance(ctx, case.id, "督导：可以结案")
    for args, key in ((("done", 4, "评估"), "case_goals_unknown"), (("met", 6, "评估"), "rating_invalid"),
                      (("met", True, "评估"), "rating_invalid"), (("met", 4, "  "), "case_evaluation_required"),
                      (("met", None, "评估"), "case_rating_or_reason")):
        with pytest.raises(ValidationError) as err:
            cases.close(ctx, case.id, *args)
        assert err.value.key == key
    assert cases.detail(ctx, case.id).stage == "closure"
    cases.close(ctx, case.id, "partly", None, "部分目标达成", no_rating_reason="居民已入住养老机构，无法回访")
    d = cases.detail(ctx, case.id)
    assert d.stage == "closed" and d.satisfaction is None and d.goals_met == "partly"
    assert d.evaluation == "部分目标达成\n未能评价满意度：居民已入住养老机构，无法回访"


def test_numbers_run_per_station_and_year(ctx, clock):
    first = open_for_zhang(ctx)
    second = cases.open_case(ctx, residents.search(ctx, "李德胜")[0].id, "残疾人就业支持", "本人申请")
    assert (first.number, second.number) == ("XCQG01-GA-2026-0001", "XCQG01-GA-2026-0002")
    clock.value = datetime(2027, 1, 4, 9, 0)
    assert open_for_zhang(ctx).number == "XCQG01-GA-2027-0001"


def test_desks_opening_cases_at_once_get_distinct_numbers(ctx, make_ctx):
    from concurrent.futures import ThreadPoolExecutor

    desks = [ctx, make_ctx("lijh"), make_ctx("zhaomin"), make_ctx("chenlx")]
    resident_id = zhang(ctx).id

    def open_three(desk):
        return [cases.open_case(desk, resident_id, "并发立案", "申请").number for _ in range(3)]

    with ThreadPoolExecutor(len(desks)) as pool:
        numbers = [n for batch in pool.map(open_three, desks) for n in batch]
    assert sorted(numbers) == [f"XCQG01-GA-2026-{i:04d}" for i in range(1, 13)]


def test_links_to_household_affairs_and_directory_partners(ctx):
    z = zhang(ctx)
    member = residents.register(ctx, NewResident("张小红", "resident_id", "110102198005060046", "13911019999",
                                                 "3", "2", "501", "child"))
    other = residents.search(ctx, "王建国")[0]
    own, family, foreign = accept(ctx, z.id), accept(ctx, member.id), accept(ctx, other.id)
    partner = catalogue.list_partners(ctx, active_only=True)[0]
    case = open_for_zhang(ctx)
    cases.link(ctx, case.id, affair_id=own.id)
    cases.link(ctx, case.id, affair_id=family.id)
    cases.link(ctx, case.id, partner_code=partner.code)
    with pytest.raises(ValidationError) as err:
        cases.link(ctx, case.id, affair_id=foreign.id)
    assert err.value.key == "case_affair_not_household" and foreign.number in err.value.text("zh")
    with pytest.raises(NotFound) as err:
        cases.link(ctx, case.id, partner_code="NOPE")
    assert err.value.key == "partner_not_found"
    with pytest.raises(NotFound):
        cases.link(ctx, case.id, affair_id=999999)
    for kwargs in ({}, {"affair_id": own.id, "partner_code": partner.code}):
        with pytest.raises(ValidationError) as err:
            cases.link(ctx, case.id, **kwargs)
        assert err.value.key == "case_link_target"
    with pytest.raises(ValidationError) as err:
        cases.link(ctx, case.id, affair_id=own.id)
    assert err.value.key == "case_link_exists"
    links = cases.detail(ctx, case.id).links
    assert [(x.affair_number, x.affair_resident_name) for x in links[:2]] == [
        (own.number, "张秀兰"), (family.number, "张小红")]
    assert links[0].affair_state == own.state and links[0].affair_type_zh
    assert (links[2].partner_code, links[2].partner_name_zh) == (partner.code, partner.name_zh)
    cases.unlink(ctx, case.id, affair_id=family.id)
    cases.unlink(ctx, case.id, partner_code=partner.code)
    assert [x.affair_id for x in cases.detail(ctx, case.id).links] == [own.id]
    with pytest.raises(NotFound) as err:
        cases.unlink(ctx, case.id, partner_code=partner.code)
    assert err.value.key == "case_link_not_found"


def test_case_notes_are_confidential(ctx, make_ctx):
    lijh, deputy, chief = make_ctx("lijh"), make_ctx("liufang"), make_ctx("chenlx")
    case = open_for_zhang(ctx)
    affair = accept(ctx, zhang(ctx).id)
    mine = cases.open_case(lijh, residents.search(lijh, "王建国")[0].id, "失业家庭帮扶", "本人申请")
    for other in (lijh, deputy):
        assert case.id not in [c.id for c in cases.list_cases(other)]
        assert cases.list_cases(other, mine_only=False) == cases.list_cases(other, mine_only=True)
        for refused in (lambda: cases.detail(other, case.id), lambda: cases.add_note(other, case.id, "窥视"),
                        lambda: cases.link(other, case.id, affair_id=affair.id),
                        lambda: cases.unlink(other, case.id, affair_id=affair.id),
                        lambda: cases.advance(other, case.id, "越权推进"),
                        lambda: cases.set_plan(other, case.id, PLAN, "越权"),
                        lambda: cases.close(other, case.id, "met", 5, "越权结案")):
            with pytest.raises(NotFound) as err:
                refused()
            assert err.value.key == "case_not_found"
    d = cases.detail(ctx, case.id)
    assert d.stage == "application" and len(d.notes) == 1 and d.links == ()
    # The chief sees and supervises every case; "mine only" narrows it to the chief's own.
    assert {c.id for c in cases.list_cases(chief)} == {case.id, mine.id}
    assert cases.list_cases(chief, mine_only=True) == []
    cases.add_note(chief, case.id, "督导：注意与家属沟通")
    assert cases.detail(chief, case.id).notes[-1].staff_name == "陈立新"
    assert [c.id for c in cases.list_cases(ctx)] == [case.id]
    with pytest.raises(PermissionDenied):
        cases.list_cases(make_ctx("admin"))


def test_assigning_a_case_to_somebody_else_is_the_chiefs(ctx, make_ctx):
    chief = make_ctx("chenlx")
    lijh = make_ctx("lijh")
    with pytest.raises(PermissionDenied):
        open_for_zhang(ctx, worker_id=lijh.actor.staff_id)
    with pytest.raises(PermissionDenied):
        open_for_zhang(make_ctx("liufang"), worker_id=lijh.actor.staff_id)
    assert cases.list_cases(chief) == []
    case = open_for_zhang(chief, worker_id=lijh.actor.staff_id)
    assert case.worker_name == "李建华"
    assert [c.id for c in cases.list_cases(lijh)] == [case.id] and cases.list_cases(ctx) == []
    assert cases.detail(lijh, case.id).opened_by_name == "陈立新"
    with pytest.raises(ValidationError) as err:
        open_for_zhang(chief, worker_id=make_ctx("admin").actor.staff_id)
    assert err.value.key == "case_worker_invalid"
    with pytest.raises(NotFound):
        open_for_zhang(chief, worker_id=999999)
    assert "王晓梅" in [name for _id, name in cases.case_workers(chief)]
    assert "系统管理员" not in [name for _id, name in cases.case_workers(chief)]


def test_texts_are_bounded(ctx):
    with pytest.raises(ValidationError) as err:
        open_for_zhang(ctx, title="标" * 101)
    assert err.value.key == "case_title_required" and "100" in err.value.text("zh")
    case = open_for_zhang(ctx, title="  多   空格\n标题  ")
    assert cases.detail(ctx, case.id).title == "多 空格 标题"
    with pytest.raises(ValidationError) as err:
        cases.add_note(ctx, case.id, "记" * 2001)
    assert err.value.key == "case_text_too_long" and "2000" in err.value.text("zh")
    with pytest.raises(ValidationError) as err:
        cases.add_note(ctx, case.id, "含\x00控制符")
    assert err.value.key == "case_text_invalid"
    assert cases.add_note(ctx, case.id, "第一行\r\n第二行").text == "第一行\n第二行"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(max_size=130), note=st.text(max_size=60) | st.text(min_size=1990, max_size=2010))
def test_bad_text_is_a_clear_refusal_and_nothing_is_written(ctx, title, note):
    before = cases.list_cases(ctx)
    try:
        case = cases.open_case(ctx, zhang(ctx).id, title, note)
    except DomainError as err:
        assert err.key.startswith("case_") and err.text("zh") and err.text("en")
        assert cases.list_cases(ctx) == before
        return
    d = cases.detail(ctx, case.id)
    assert 0 < len(d.title) <= cases.TITLE_MAX and 0 < len(d.notes[0].text) <= cases.NOTE_MAX
    try:
        cases.add_note(ctx, case.id, note + title)
    except DomainError as err:
        assert err.key.startswith("case_") and err.text("zh")
        assert cases.detail(ctx, case.id).notes == d.notes
