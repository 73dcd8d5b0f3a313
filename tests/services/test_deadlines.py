"""Deadline states count working days: the National Day holiday does not use
up the committed time and the make-up Saturday does."""
from datetime import date, datetime

import pytest

from app.services import acceptance, catalogue, queue, residents, transfers
from app.services.deadlines import deadline_state
from app.services.workdays import add_workdays

ACCEPTED = datetime(2026, 9, 28, 9, 0)   # Monday before the 1-7 October holiday
COMMITTED = add_workdays(ACCEPTED.date(), 8)


def test_the_committed_date_skips_the_holiday_and_counts_the_make_up_saturday():
    # 29, 30 Sep; 8, 9, 10 (Saturday, a make-up workday), 12, 13, 14 Oct
    assert COMMITTED == date(2026, 10, 14)


@pytest.mark.parametrize("today, state, days_overdue", [
    (date(2026, 9, 30), "on_time", 0),    # 2 of 8 used
    (date(2026, 10, 7), "on_time", 0),    # a week of holiday uses nothing
    (date(2026, 10, 9), "half_used", 0),  # 4 of 8
    (date(2026, 10, 10), "half_used", 0), # make-up Saturday: 5 of 8
    (date(2026, 10, 11), "half_used", 0), # Sunday: still 5
    (date(2026, 10, 12), "due_soon", 0),  # 6 of 8 = 75 %
    (date(2026, 10, 14), "due_soon", 0),  # the committed day itself
    (date(2026, 10, 15), "overdue", 1),
    (date(2026, 10, 19), "overdue", 3),   # 15, 16, 19 Oct
])
def test_deadline_states_across_national_day(today, state, days_overdue):
    got, used, overdue = deadline_state(ACCEPTED, COMMITTED, today)
    assert (got, overdue) == (state, days_overdue)
    assert 0.0 <= used <= 1.0


def test_urgent_affairs_are_due_the_same_day():
    whistled = datetime(2026, 11, 23, 8, 30)
    assert deadline_state(ACCEPTED, COMMITTED, date(2026, 11, 23), whistled)[0] == "due_soon"
    assert deadline_state(ACCEPTED, COMMITTED, date(2026, 11, 24), whistled)[:3:2] == ("overdue", 1)


def test_the_queue_shows_the_deadline_state_of_each_affair(ctx, make_ctx, clock):
    clock.value = ACCEPTED
    rid = residents.search(ctx, "张秀兰")[0].id
    code = "G031"  # 15 working days: due 23 Oct 2026
    aid = acceptance.accept(ctx, rid, code, ["provided"] * len(catalogue.get_type(ctx, code).materials)).id
    deputy = make_ctx("liufang")
    transfers.dispatch(deputy, aid, ["DEPT-YL"])
    seen = {}
    for day in (date(2026, 10, 7), date(2026, 10, 14), date(2026, 10, 20), date(2026, 10, 26)):
        clock.value = datetime.combine(day, datetime.min.time()).replace(hour=9)
        seen[day] = next(r for r in queue.queue(deputy).rows if r.id == aid).deadline
    assert seen == {date(2026, 10, 7): "on_time", date(2026, 10, 14): "half_used",
                    date(2026, 10, 20): "due_soon", date(2026, 10, 26): "overdue"}
