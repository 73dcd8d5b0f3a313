from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.workdays import add_workdays, is_published, is_workday, workdays_between


def test_national_day_holiday_and_make_up_saturday():
    # 2026: 1-7 Oct off; Sat 10 Oct is a make-up workday.
    assert add_workdays(date(2026, 9, 30), 5) == date(2026, 10, 13)
    assert is_workday(date(2026, 10, 10))
    assert not is_workday(date(2026, 10, 5))


def test_zero_days_is_the_same_day_and_counts_agree():
    assert add_workdays(date(2026, 11, 23), 0) == date(2026, 11, 23)
    end = add_workdays(date(2026, 11, 23), 20)
    assert workdays_between(date(2026, 11, 23), end) == 20


def test_unpublished_year_falls_back_to_weekdays_and_says_so():
    assert not is_published(date(2099, 1, 5))
    # Friday 2 Jan 2099 + 1 working day -> Monday 5 Jan
    assert add_workdays(date(2099, 1, 2), 1) == date(2099, 1, 5)



@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31)), st.integers(-60, 1500))
def test_workdays_between_counts_every_working_day_once(start, span):
    end = start + timedelta(days=span)
    expected = sum(is_workday(start + timedelta(days=i)) for i in range(1, span + 1))
    assert workdays_between(start, end) == expected
