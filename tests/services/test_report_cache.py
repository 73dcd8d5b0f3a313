"""Report figures of past months kept in report_month: kept only for whole past months, read back
the same, and dropped in the same transaction as any write that changes them."""
from datetime import date, datetime

import pytest
from sqlalchemy import delete, func, select

from app.models import Affair, ReportMonth, Ticket
from app.services import acceptance, catalogue, report_cache, reports, residents, tickets
from app.services.uow import writing

FIRST, LAST = date(2026, 1, 1), date(2026, 11, 22)


def _months(database) -> set[date]:
    with database.engine.connect() as c:
        return set(c.scalars(select(ReportMonth.month)))


def _fresh(database, deputy):
    """The same report counted without anything kept."""
    with database.engine.begin() as c:
        c.execute(delete(ReportMonth))
    return reports.report(deputy, FIRST, LAST)


def _accept_on(ctx, clock, when: datetime) -> int:
    now = clock.value
    clock.value = when
    try:
        rid = residents.search(ctx, "张秀兰")[0].id
        code = "G099"
        return acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials)).id
    finally:
        clock.value = now


def test_whole_past_months_are_kept_and_read_back_the_same(database, make_ctx):
    deputy = make_ctx("liufang")
    first = reports.report(deputy, FIRST, LAST)
    # January to October; November is still running.
    assert _months(database) == {date(2026, m, 1) for m in range(1, 11)}
    assert reports.report(deputy, FIRST, LAST) == first
    assert _fresh(database, deputy) == first
    # A range starting mid-month keeps nothing for that month.
    with database.engine.begin() as c:
        c.execute(delete(ReportMonth))
    reports.report(deputy, date(2026, 3, 15), date(2026, 5, 10))
    assert _months(database) == {date(2026, 4, 1)}


def test_an_affair_accepted_in_a_kept_month_drops_that_month(database, make_ctx, ctx, clock):
    deputy = make_ctx("liufang")
    before = reports.report(deputy, FIRST, LAST)
    _accept_on(ctx, clock, datetime(2026, 9, 15, 10, 0))
    assert date(2026, 9, 1) not in _months(database) and date(2026, 8, 1) in _months(database)
    after = reports.report(deputy, FIRST, LAST)
    assert after.totals.accepted == before.totals.accepted + 1
    assert after == _fresh(database, deputy)


def test_any_change_to_an_affair_drops_its_accepted_and_closed_months(database, make_ctx, ctx, clock):
    deputy = make_ctx("liufang")
    aid = _accept_on(ctx, clock, datetime(2026, 7, 14, 9, 30))  # on the spot: completed at once, in July
    with writing(ctx) as s:
        s.get(Affair, aid).completed_at = datetime(2026, 8, 3, 11, 0)  # as if closed in August
    reports.report(deputy, FIRST, LAST)
    assert {date(2026, 7, 1), date(2026, 8, 1)} <= _months(database)
    with writing(ctx) as s:
        affair = s.get(Affair, aid)
        affair.satisfaction = 2
        affair.completed_at = datetime(2026, 9, 1, 9, 0)  # moved: August loses it, September gains it
    kept = _months(database)
    assert not kept & {date(2026, 7, 1), date(2026, 8, 1), date(2026, 9, 1)}
    assert date(2026, 6, 1) in kept
    assert reports.report(deputy, FIRST, LAST) == _fresh(database, deputy)


def test_a_rolled_back_write_keeps_the_months(database, make_ctx, ctx):
    deputy = make_ctx("liufang")
    reports.report(deputy, FIRST, LAST)
    kept = _months(database)
    some = next(iter(sorted(kept)))
    with pytest.raises(RuntimeError):
        with writing(ctx) as s:
            affair = s.scalars(select(Affair).where(Affair.accepted_at >= datetime.combine(some, datetime.min.time()))
                               .order_by(Affair.accepted_at).limit(1)).first()
            if affair is None:
                pytest.skip("no demo affair in a kept month")
            affair.satisfaction = 1
            s.flush()
            raise RuntimeError("refused")
    assert _months(database) == kept


def test_tickets_finished_by_a_core_update_drop_their_month(database, make_ctx, ctx, clock):
    """tickets.call_next finishes the desk's ticket with a Core UPDATE, which the session hooks cannot see."""
    deputy = make_ctx("liufang")
    clock.value = datetime(2026, 10, 12, 9, 0)
    tickets.issue(ctx)
    tickets.call_next(ctx)
    clock.value = datetime(2026, 11, 23, 10, 0)
    reports.report(deputy, FIRST, LAST)
    assert date(2026, 10, 1) in _months(database)
    clock.value = datetime(2026, 10, 12, 9, 20)
    assert tickets.call_next(ctx) is None  # finishes the ticket (the UPDATE) and finds nobody waiting
    clock.value = datetime(2026, 11, 23, 10, 0)
    assert date(2026, 10, 1) not in _months(database)
    report = reports.report(deputy, FIRST, LAST)
    assert report == _fresh(database, deputy)
    with database.engine.connect() as c:
        assert c.scalar(select(func.count()).select_from(Ticket).where(Ticket.state == "done")) >= 1
    assert report.tickets.served >= 1


def test_cacheable_months():
    today = date(2026, 11, 23)
    assert report_cache.cacheable(date(2026, 10, 1), date(2026, 10, 31), today)
    assert not report_cache.cacheable(date(2026, 11, 1), date(2026, 11, 30), today)  # the current month
    assert not report_cache.cacheable(date(2026, 10, 2), date(2026, 10, 31), today)  # not from the 1st
    assert not report_cache.cacheable(date(2026, 10, 1), date(2026, 10, 30), today)  # not to the last day
    assert report_cache.cacheable(date(2024, 2, 1), date(2024, 2, 29), today)
