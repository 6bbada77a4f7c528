"""Answer deadlines: received + 15 working days, skipping weekends and the holidays administrators
manage, across the year end (Decree 43/2011 Art. 17)."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError

from portal.workdays import Holiday, HolidayKind
from services.models import Question, WorkingCalendar, answer_due_date
from tests.services import factories

pytestmark = pytest.mark.django_db

D = datetime.date
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def holiday(day, name="Ngày nghỉ", kind=HolidayKind.DAY_OFF):
    return Holiday.objects.create(date=day, name=name, kind=kind)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 11, 27), D(2026, 12, 18)),  # Friday: counting starts on Monday
        (D(2026, 11, 28), D(2026, 12, 18)),  # Saturday: the weekend never counts
        (D(2026, 11, 29), D(2026, 12, 18)),  # Sunday
        (D(2026, 11, 30), D(2026, 12, 21)),  # Monday: three full weeks later, landing on Monday
    ],
)
def test_fifteen_working_days_skip_weekends(received, due):
    assert answer_due_date(received) == due
    assert due.weekday() < 5


def test_year_end_skips_new_year_only_when_it_is_a_managed_holiday():
    received = D(2026, 12, 21)  # Monday
    assert answer_due_date(received) == D(2027, 1, 11)
    holiday(D(2027, 1, 1), "Tết Dương lịch")
    assert answer_due_date(received) == D(2027, 1, 12)


def test_a_block_of_tet_holidays_moves_the_deadline_by_its_working_days():
    received = D(2027, 2, 1)  # Monday before Tết Đinh Mùi
    without = answer_due_date(received)
    for day in [D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10), D(2027, 2, 11)]:
        holiday(day, "Tết Nguyên đán")
    assert without == D(2027, 2, 22)
    assert answer_due_date(received) == D(2027, 3, 1)


def test_a_holiday_falling_on_a_weekend_changes_nothing():
    received = D(2026, 11, 30)
    holiday(D(2026, 12, 5), "Thứ Bảy")  # already not a working day
    assert answer_due_date(received) == D(2026, 12, 21)


def test_a_make_up_saturday_counts_as_a_working_day():
    received = D(2026, 1, 8)  # Thursday
    without = answer_due_date(received)
    holiday(D(2026, 1, 10), "Làm bù", HolidayKind.MAKE_UP)
    with_make_up = answer_due_date(received)
    assert with_make_up == without - datetime.timedelta(days=1)
    assert WorkingCalendar().is_working_day(D(2026, 1, 10))


def test_a_make_up_day_must_be_a_weekend_day():
    with pytest.raises(ValidationError):
        Holiday(date=D(2026, 1, 7), name="Sai", kind=HolidayKind.MAKE_UP).full_clean()


def test_working_days_between_counts_in_both_directions():
    calendar = WorkingCalendar()
    holiday(D(2026, 12, 2))
    assert calendar.working_days_between(D(2026, 11, 27), D(2026, 12, 4)) == 4
    assert calendar.working_days_between(D(2026, 12, 4), D(2026, 11, 27)) == -4
    assert calendar.working_days_between(D(2026, 12, 4), D(2026, 12, 4)) == 0


def test_a_long_run_of_holidays_beyond_the_first_window_is_still_skipped():
    received = D(2026, 3, 2)
    for offset in range(0, 60):
        day = received + datetime.timedelta(days=offset + 1)
        if day.weekday() < 5:
            holiday(day, "Nghỉ dài")
    due = answer_due_date(received)
    assert due > received + datetime.timedelta(days=60)
    assert WorkingCalendar().working_days_between(received, due) == 15


def test_question_due_date_uses_the_local_date_of_receipt(tdkt_field):
    # 00:30 on Monday in Hà Nội is still Sunday in UTC: the deadline counts from Monday.
    received = datetime.datetime(2026, 11, 30, 0, 30, tzinfo=HCM)
    question = factories.question(tdkt_field, received_at=received)
    assert question.due_date == D(2026, 12, 21)
    assert Question.objects.get(pk=question.pk).due_date == D(2026, 12, 21)


def test_overdue_and_due_soon_lists(tdkt_field):
    today = D(2026, 11, 30)  # Monday
    late = factories.question(tdkt_field, due_date=D(2026, 11, 27))
    due_today = factories.processing_question(tdkt_field, due_date=today)
    due_thursday = factories.question(tdkt_field, due_date=D(2026, 12, 3))
    later = factories.question(tdkt_field, due_date=D(2026, 12, 10))
    answered_late = factories.answered_question(tdkt_field, due_date=D(2026, 11, 20))

    overdue = set(Question.objects.overdue(today))
    soon = set(Question.objects.due_soon(today))
    assert overdue == {late}
    assert soon == {due_today, due_thursday}
    assert later not in soon and answered_late not in overdue
    assert late.is_overdue(today) and not answered_late.is_overdue(today)
