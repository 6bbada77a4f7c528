"""The working-day calendar every deadline counts on, and its seeding from official data."""

import datetime
import unicodedata

import pytest

from portal.holidays_vn import seed_holidays
from portal.workdays import Holiday, WorkingCalendar, working_days_between

pytestmark = pytest.mark.django_db
D = datetime.date


def test_seed_fills_announced_and_past_years_and_is_idempotent():
    added = seed_holidays(2027)
    assert added > 0
    assert seed_holidays(2027) == 0
    days = set(Holiday.objects.values_list("date", flat=True))
    assert D(2026, 2, 17) in days  # Tết Bính Ngọ, announced
    assert D(2011, 9, 2) in days  # Quốc khánh 2011, from the holidays package
    assert D(2025, 1, 29) in days  # Tết Ất Tỵ
    names = Holiday.objects.values_list("name", flat=True)
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def test_legal_posting_delay_counts_working_days_around_tet():
    seed_holidays(2027)
    # issued Friday 13/02/2026, before Tết Bính Ngọ (16–20/02): posted Monday 23/02 is 1 day late
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 1
    # without holidays the same dates would count 6 working days
    Holiday.objects.all().delete()
    assert working_days_between(D(2026, 2, 13), D(2026, 2, 23)) == 6


def test_calendar_answers_deadline_across_the_year_end():
    seed_holidays(2027)
    calendar = WorkingCalendar()
    # received Wednesday 30/12/2026; 01/01/2027 is a holiday
    assert calendar.add_working_days(D(2026, 12, 30), 2) == D(2027, 1, 4)
