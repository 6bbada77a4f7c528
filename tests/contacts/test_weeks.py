"""ISO weeks in Asia/Ho_Chi_Minh: parsing, weeks 1 and 53, and the Sunday-night boundary."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from contacts.schedule.weeks import InvalidWeek, IsoWeek

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = datetime.UTC


def test_week_1_starts_in_the_previous_calendar_year():
    week = IsoWeek.parse("2026-W01")
    assert week.monday == datetime.date(2025, 12, 29)
    assert week.sunday == datetime.date(2026, 1, 4)
    # 1 January 2026 (a Thursday) belongs to 2026-W01, and 28/12/2025 to 2025-W52
    assert IsoWeek.containing(datetime.date(2026, 1, 1)) == week
    assert IsoWeek.containing(datetime.date(2025, 12, 28)) == IsoWeek(2025, 52)
    assert week.previous == IsoWeek(2025, 52)


def test_week_53_exists_only_in_long_years():
    week = IsoWeek.parse("2026-W53")  # 2026 starts on a Thursday: 53 ISO weeks
    assert week.monday == datetime.date(2026, 12, 28)
    assert week.sunday == datetime.date(2027, 1, 3)
    assert IsoWeek.containing(datetime.date(2027, 1, 3)) == week
    assert week.next == IsoWeek(2027, 1)
    assert IsoWeek(2026, 52).next == week
    with pytest.raises(InvalidWeek):
        IsoWeek.parse("2025-W53")  # 2025 has 52 weeks
    with pytest.raises(InvalidWeek):
        IsoWeek.parse("2027-W53")


@pytest.mark.parametrize(
    "text", ["", "2026", "2026-48", "2026-W00", "2026-W54", "W48", "abc", "1899-W10", "2026-W4x"]
)
def test_malformed_weeks_are_rejected(text):
    with pytest.raises(InvalidWeek):
        IsoWeek.parse(text)


def test_lenient_spellings_are_accepted():
    assert IsoWeek.parse("2026-w5") == IsoWeek(2026, 5)
    assert IsoWeek.parse(" 2026W48 ") == IsoWeek(2026, 48)
    assert IsoWeek(2026, 48).param == "2026-W48"
    assert IsoWeek(2026, 48).label == "Tuần 48 (23/11/2026 – 29/11/2026)"


def test_sunday_2330_local_belongs_to_that_week():
    sunday_night = datetime.datetime(2026, 11, 29, 23, 30, tzinfo=HCM)
    # the same moment in UTC is still Sunday afternoon; in local time it is Sunday night
    assert IsoWeek.containing(sunday_night.astimezone(UTC)) == IsoWeek(2026, 48)
    assert sunday_night in IsoWeek(2026, 48)
    assert sunday_night not in IsoWeek(2026, 49)


def test_monday_0030_local_is_next_week_although_utc_is_still_sunday():
    monday_morning = datetime.datetime(2026, 11, 30, 0, 30, tzinfo=HCM)
    as_utc = monday_morning.astimezone(UTC)
    assert as_utc.date() == datetime.date(2026, 11, 29)  # a UTC-based week would be wrong
    assert IsoWeek.containing(as_utc) == IsoWeek(2026, 49)


def test_current_week_switches_at_local_midnight():
    with time_machine.travel(datetime.datetime(2026, 11, 29, 16, 59, tzinfo=UTC), tick=False):
        assert IsoWeek.current() == IsoWeek(2026, 48)  # Sunday 23:59 local
    with time_machine.travel(datetime.datetime(2026, 11, 29, 17, 0, tzinfo=UTC), tick=False):
        assert IsoWeek.current() == IsoWeek(2026, 49)  # Monday 00:00 local


def test_bounds_are_local_midnights():
    start, end = IsoWeek(2026, 48).bounds()
    assert start == datetime.datetime(2026, 11, 23, 0, 0, tzinfo=HCM)
    assert end == datetime.datetime(2026, 11, 30, 0, 0, tzinfo=HCM)
    assert start.astimezone(UTC).hour == 17  # Sunday 17:00 UTC
