"""The daily report's figures, checked one by one against a hand-built fortnight
across National Day 2025 (see report_scenario.py), on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services import queue, reports, tickets
from app.services.errors import DomainError, PermissionDenied, ValidationError

from . import report_scenario as rs


@pytest.fixture
def scenario(make_ctx, clock):
    return rs.build(make_ctx, clock)


def _rows(table):
    return {b.key: (b.accepted, b.on_the_spot, b.transferred, b.once_only) for b in table if b.accepted}


def test_every_figure_of_a_range_across_the_holiday(scenario, make_ctx, clock):
    clock.value = datetime(2025, 10, 20, 9, 0)
    r = reports.report(make_ctx("liufang"), rs.FIRST, rs.LAST)
    assert (r.day_from, r.day_to, r.as_of, r.generated_by) == (rs.FIRST, rs.LAST, rs.LAST, "刘芳")
    t = r.totals
    assert (t.accepted, t.on_the_spot, t.transferred, t.awaiting_materials) == (6, 1, 5, 0)
    assert (t.once_only, t.once_only_share) == (5, 5 / 6)  # 王建国 came twice for P004
    # Closed by 13 Oct: P002 on the spot and the phone L001 (due 9 Oct: one working day after 30 Sep is
    # the first day after the holiday), closed on 9 Oct, on time. On-the-spot affairs promise no date.
    assert (t.completed, t.completed_with_deadline, t.completed_on_time, t.on_time_rate) == (2, 1, 1, 1.0)
    assert (t.referred, t.overdue) == (1, 2)

    assert _rows(r.by_category) == {"PARTY": (2, 1, 1, 1), "LIFE": (4, 0, 4, 4)}
    assert [b.key for b in r.by_category][:2] == ["PARTY", "CIVIL"]  # all seven, in catalogue order
    assert len(r.by_category) == 7 and sum(b.accepted for b in r.by_category) == 6
    assert _rows(r.by_service_kind) == {"party": (2, 1, 1, 1), "convenience": (4, 0, 4, 4)}
    assert _rows(r.by_handling_mode) == {"on_the_spot": (1, 1, 0, 1), "collect_submit": (1, 0, 1, 0),
                                         "transfer": (4, 0, 4, 4)}
    assert [(b.label_zh, b.accepted, b.on_the_spot, b.transferred, b.once_only) for b in r.by_worker] == [
        ("王晓梅", 3, 1, 2, 3), ("赵敏", 2, 0, 2, 2), ("李建华", 1, 0, 1, 0)]  # busiest first
    assert _rows(r.by_channel) == {"walk_in": (2, 1, 1, 2), "appointment": (1, 0, 1, 0), "phone": (1, 0, 1, 1),
                                   "online": (1, 0, 1, 1), "door_to_door": (1, 0, 1, 1)}
    assert (r.satisfaction.distribution, r.satisfaction.unrated, r.satisfaction.average) == ((0, 0, 0, 1, 0), 0, 4.0)
    assert r.tickets == reports.TicketFigures(2, 2, 15.0, 15.0)

    assert [d.day for d in r.days] == [date(2025, 9, 29 + i) if i < 2 else date(2025, 10, i - 1) for i in range(15)]
    busy = {d.day: (d.accepted, d.completed, d.completed_on_time, d.completed_with_deadline, d.rated, d.rating_sum)
            for d in r.days if d.accepted or d.completed}
    assert busy == {date(2025, 9, 30): (3, 1, 0, 0, 0, 0), date(2025, 10, 9): (2, 1, 1, 1, 1, 4),
                    date(2025, 10, 10): (1, 0, 0, 0, 0, 0)}

    late, urgent = r.overdue
    # Due Friday 10 Oct; Saturday 11 Oct is a make-up working day, so by Monday 13 Oct it is 2 working days late.
    assert (late.resident_name, late.due_date, late.days_overdue, late.urgent) == ("王建国", date(2025, 10, 10), 2, False)
    # Closed on 14 Oct, but at the end of 13 Oct it was still with the partner.
    assert (late.state_zh, late.partners, late.worker) == ("已派遣办理中", "强根便民水电维修部", "王晓梅")
    assert late.id_number == "110102196210010014"  # the deputy may see full numbers
    assert (urgent.resident_name, urgent.urgent, urgent.committed_date, urgent.due_date, urgent.days_overdue) == (
        "李德胜", True, None, date(2025, 10, 10), 2)
    assert not r.masked


def test_the_day_report_at_closing_time_and_read_later(make_ctx, clock):
    rs.build(make_ctx, clock, first_day_only=True)
    day = date(2025, 9, 30)
    clock.value = datetime(2025, 9, 30, 18, 0)
    ctx = make_ctx("wangxm")
    evening = reports.report(ctx, day)
    # At closing time the notice is still waiting for materials and every resident came once.
    t = evening.totals
    assert (t.accepted, t.on_the_spot, t.transferred, t.awaiting_materials, t.once_only) == (3, 1, 1, 1, 3)
    assert (t.completed, t.completed_with_deadline, t.referred, t.overdue) == (1, 0, 0, 0)
    assert evening.single_day and [d.day for d in evening.days] == [day]
    assert evening.tickets == reports.TicketFigures(2, 2, 15.0, 15.0)


def test_a_past_day_counts_its_affairs_as_they_stand_now(scenario, make_ctx, clock):
    clock.value = datetime(2025, 10, 20, 9, 0)
    later = reports.report(make_ctx("wangxm"), date(2025, 9, 30)).totals
    # 王建国 came back on 9 Oct with the missing material: no longer waiting, and he came twice.
    assert (later.accepted, later.transferred, later.awaiting_materials, later.once_only) == (3, 2, 0, 2)


def test_a_month_counts_late_closings_and_unrated(scenario, make_ctx, clock):
    clock.value = datetime(2025, 11, 3, 9, 0)
    r = reports.report(make_ctx("chenlx"), date(2025, 10, 1), date(2025, 10, 31))
    t = r.totals
    # phone L001 on time; 王建国's L001 closed 14 Oct (due 10 Oct) and P004 17 Oct (due 16 Oct) late.
    assert (t.completed, t.completed_with_deadline, t.completed_on_time) == (3, 3, 1)
    assert t.on_time_rate == pytest.approx(1 / 3)
    assert (r.satisfaction.distribution, r.satisfaction.unrated) == ((0, 1, 0, 1, 0), 1)
    assert r.satisfaction.average == 3.0
    assert t.accepted == 3 and t.referred == 1  # accepted in October: 王建国's L001, L002, the urgent one
    # At the end of October only the urgent affair is still open: 11 Oct (make-up Saturday) and three
    # full weeks are 16 working days after the day it was whistled.
    assert [o.resident_name for o in r.overdue] == ["李德胜"] and r.overdue[0].days_overdue == 16
    assert r.tickets.issued == 0 and r.tickets.average_wait_minutes is None


def test_masking_follows_the_role(scenario, make_ctx, clock):
    clock.value = datetime(2025, 10, 20, 9, 0)
    worker = reports.report(make_ctx("wangxm"), rs.FIRST, rs.LAST)
    admin = reports.report(make_ctx("admin"), rs.FIRST, rs.LAST)
    for r in (worker, admin):
        assert r.masked
        assert [o.id_number for o in r.overdue] == ["110102********0014", "110102********0038"]
        assert all("*" in o.phone for o in r.overdue)
    chief = reports.report(make_ctx("chenlx"), rs.FIRST, rs.LAST)
    assert not chief.masked and chief.overdue[1].phone == "13801015678"


def test_bad_ranges_are_refused(ctx, clock):
    clock.value = datetime(2026, 11, 23, 9, 0)
    with pytest.raises(ValidationError) as err:
        reports.report(ctx, date(2026, 11, 2), date(2026, 11, 1))
    assert "开始日期不能晚于结束日期" in err.value.text("zh")
    with pytest.raises(ValidationError) as err:
        reports.report(ctx, date(2026, 11, 24))
    assert err.value.key == "report_future"
    with pytest.raises(ValidationError) as err:
        reports.report(ctx, date(1999, 12, 31), date(2000, 1, 1))
    assert err.value.key == "report_too_early"
    # A range running on past today stops its days at today.
    r = reports.report(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert r.as_of == date(2026, 11, 23) and r.days[-1].day == date(2026, 11, 23)


def test_a_long_range_reports_progress_and_can_be_cancelled(ctx, clock):
    seen = []
    r = reports.report(ctx, date(2026, 1, 1), date(2026, 11, 23), progress=lambda d, n: seen.append((d, n)))
    assert seen[0] == (1, 12) and seen[-1] == (1, 1) and [d for d, _ in seen[:-1]] == list(range(1, 12))
    assert len(r.days) == 327

    def stop(done, total):
        return done < 3

    with pytest.raises(DomainError) as err:
        reports.report(ctx, date(2026, 1, 1), date(2026, 11, 23), progress=stop)
    assert err.value.key == "report_cancelled"


def test_the_demo_station_figures_agree_with_the_queue(make_ctx, clock):
    deputy = make_ctx("liufang")
    dash = reports.dashboard(deputy)
    q = queue.queue(deputy)
    assert (dash.open, dash.overdue, dash.due_soon, dash.urgent) == (
        q.total, q.counts["overdue"], q.counts["due_soon"], q.urgent)
    assert len(dash.days) == 30 and dash.days[-1].day == date(2026, 11, 23)
    month = reports.report(deputy, date(2026, 10, 25), date(2026, 11, 23))
    assert [d.accepted for d in dash.days] == [d.accepted for d in month.days]
    assert sum(b.accepted for b in dash.by_category) == month.totals.accepted
    assert dash.satisfaction == month.satisfaction
    # The overdue list at today is the queue's overdue rows.
    assert month.totals.overdue == q.counts["overdue"]
    assert dash.waiting == 0
    tickets.issue(make_ctx("wangxm"))
    assert reports.dashboard(deputy).waiting == 1


def test_every_role_reads_reports(make_ctx):
    for user in ("wangxm", "liufang", "chenlx", "admin"):
        assert reports.dashboard(make_ctx(user)).today == date(2026, 11, 23)


def test_reading_reports_needs_the_permission(make_ctx, monkeypatch):
    from app.services import permissions
    from app.services.permissions import Perm, Role

    monkeypatch.setitem(permissions.GRANTS, Role.ADMIN, permissions.GRANTS[Role.ADMIN] - {Perm.REPORTS})
    with pytest.raises(PermissionDenied):
        reports.report(make_ctx("admin"), date(2026, 11, 23))
    with pytest.raises(PermissionDenied):
        reports.dashboard(make_ctx("admin"))
