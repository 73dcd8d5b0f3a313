"""Grid areas, home-visit tasks and the affairs found at the door."""
from datetime import date

import pytest

from app.services import acceptance, catalogue, grids, home_visits, queue, residents, station, timeline
from app.services.errors import PermissionDenied, ValidationError


@pytest.fixture
def deputy(make_ctx):
    return make_ctx("liufang")


def address_of(ctx, name):
    r = residents.get(ctx, residents.search(ctx, name)[0].id)
    return r.id, r.building, r.unit


def test_grid_areas_own_buildings_and_units_once(ctx, deputy):
    _, building, unit = address_of(ctx, "张秀兰")
    staff = {m.username: m.id for m in station.list_staff(ctx, ctx.actor.station_id)}
    gid = grids.save_grid(deputy, "第一网格", staff["wangxm"], [(building, "")])
    info = next(g for g in grids.list_grids(deputy) if g.id == gid)
    assert info.staff_name == "王晓梅" and info.households >= 1 and info.residents >= 1
    with pytest.raises(ValidationError) as err:
        grids.save_grid(deputy, "第二网格", None, [(building, "")])
    assert "第一网格" in err.value.text("zh")
    # A unit of its own may go to another area; the unit then wins over the building.
    other = grids.save_grid(deputy, "第二网格", staff["lijh"], [(building, unit)])
    with pytest.raises(ValidationError):
        grids.save_grid(deputy, "第一网格", None, [("9", "")], grid_id=other)  # name taken
    with pytest.raises(PermissionDenied):
        grids.save_grid(ctx, "第三网格", None, [("99", "")])


def test_materials_collected_at_home_become_a_visit_for_the_grid_worker(ctx, deputy):
    rid, building, unit = address_of(ctx, "张秀兰")
    staff = {m.username: m.id for m in station.list_staff(ctx, ctx.actor.station_id)}
    grids.save_grid(deputy, "第一网格", staff["lijh"], [(building, "")])
    code = "G031"
    statuses = ["provided"] * len(catalogue.get_type(ctx, code).materials)
    statuses[1] = "home_visit"
    aid = acceptance.accept(ctx, rid, code, statuses).id
    task = home_visits.visits(deputy, resident_id=rid)[0]
    assert task.affair_id == aid and task.staff_name == "李建华" and task.state == "planned"
    assert task.planned_on == date(2026, 11, 24) and "户口簿" in task.purpose


def test_visit_log_and_a_need_found_goes_to_the_queue(ctx, deputy):
    rid, _, _ = address_of(ctx, "李德胜")
    vid = home_visits.plan(ctx, date(2026, 11, 24), "走访独居老人", resident_id=rid)
    home_visits.record(ctx, vid, "not_home", "敲门无人应答")
    assert home_visits.visits(ctx, resident_id=rid)[0].state == "planned"
    with pytest.raises(ValidationError):
        home_visits.record(ctx, vid, "need_found", "")
    code = "L001"
    result = acceptance.accept_from_visit(ctx, vid, rid, code,
                                          ["provided"] * len(catalogue.get_type(ctx, code).materials),
                                          note="厨房水管漏水")
    visit = home_visits.visits(ctx, resident_id=rid)[0]
    assert visit.state == "done" and [e.outcome for e in visit.log] == ["not_home", "need_found"]
    assert visit.log[-1].affair_number == result.number
    row = next(r for r in queue.queue(deputy).rows if r.id == result.id)
    assert row.state == "accepted"
    assert queue.detail(deputy, result.id).channel == "door_to_door"


def test_failed_acceptance_from_a_visit_writes_nothing(ctx):
    rid, _, _ = address_of(ctx, "李德胜")
    vid = home_visits.plan(ctx, date(2026, 11, 24), "走访", resident_id=rid)
    with pytest.raises(ValidationError):
        acceptance.accept_from_visit(ctx, vid, rid, "L001", ["missing", "missing"])
    assert home_visits.visits(ctx, resident_id=rid)[0].log == ()


def test_planning_rules(ctx, deputy):
    rid, _, _ = address_of(ctx, "王建国")
    with pytest.raises(ValidationError):
        home_visits.plan(ctx, date(2026, 11, 20), "过去的日期", resident_id=rid)
    with pytest.raises(ValidationError):
        home_visits.plan(ctx, date(2026, 11, 24), "没有对象")
    staff = {m.username: m.id for m in station.list_staff(ctx, ctx.actor.station_id)}
    with pytest.raises(PermissionDenied):  # only stationmasters plan for somebody else
        home_visits.plan(ctx, date(2026, 11, 24), "走访", resident_id=rid, staff_id=staff["lijh"])
    vid = home_visits.plan(deputy, date(2026, 11, 24), "走访", resident_id=rid, staff_id=staff["lijh"])
    assert vid not in {v.id for v in home_visits.visits(ctx)}  # a worker's list is their own
    home_visits.cancel(deputy, vid, "居民住院")
    with pytest.raises(ValidationError):
        home_visits.record(deputy, vid, "met")


def test_timeline_counts_visits_per_affair(ctx):
    rid, _, _ = address_of(ctx, "王建国")
    before = timeline.resident_timeline(ctx, rid)
    code = "G031"
    n = len(catalogue.get_type(ctx, code).materials)
    notice = acceptance.issue_notice(ctx, rid, code, ["missing"] * n)
    acceptance.accept(ctx, rid, code, ["provided"] * n, resume_affair_id=notice.id)
    acceptance.accept(ctx, rid, "G099", ["provided"] * len(catalogue.get_type(ctx, "G099").materials))
    tl = timeline.resident_timeline(ctx, rid)
    assert tl.affairs == before.affairs + 2 and tl.visited_once == before.visited_once + 1
    resumed = next(e for e in tl.entries if e.affair_id == notice.id)
    assert resumed.visits == 2 and [e.kind for e in resumed.events] == ["notice", "accept"]
    assert tl.entries[0].accepted_at >= tl.entries[-1].accepted_at
