"""ISO weeks in local time: the unit the leadership schedule is published in.

A week runs from Monday 00:00 to Sunday 23:59:59 in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
Weeks are numbered as ISO 8601 does (week 1 holds the year's first Thursday, so 2026-W01 starts on
Monday 29/12/2025 and 2026 has a week 53 ending on Sunday 03/01/2027). The public address names a
week as ``?week=2026-W48``; anything that does not name a real week raises ``InvalidWeek`` and the
page falls back to the current week with a notice.

Aware datetimes are converted to local time before their week is taken, so an event at 23:30 on
Sunday local time (16:30 UTC) belongs to that Sunday's week, and 00:30 on Monday (17:30 UTC on
Sunday) to the next one.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone

WEEK_PATTERN = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
MIN_YEAR, MAX_YEAR = 2000, 2100


class InvalidWeek(ValueError):
    """The text does not name an existing ISO week."""


def local_date(value):
    """The local calendar date of a date or datetime (aware → Asia/Ho_Chi_Minh; naive = local)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    if isinstance(value, datetime.date):
        return value
    raise TypeError(f"Expected a date or datetime, got {type(value).__name__}")


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self):
        try:
            datetime.date.fromisocalendar(self.year, self.week, 1)
        except ValueError as exc:
            raise InvalidWeek(f"{self.year}-W{self.week:02d} is not an ISO week") from exc

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def containing(cls, value):
        """The week holding a date, or an aware/naive datetime taken in local time."""
        year, week, _weekday = local_date(value).isocalendar()
        return cls(year, week)

    @classmethod
    def current(cls, now=None):
        """This week in Asia/Ho_Chi_Minh (``now`` defaults to the current moment)."""
        return cls.containing(now or timezone.now())

    @classmethod
    def parse(cls, text):
        """``"2026-W48"`` (or ``2026W48``, ``2026-w5``) → ``IsoWeek``; anything else → InvalidWeek."""
        match = WEEK_PATTERN.match(str(text or ""))
        if not match:
            raise InvalidWeek(f"{text!r} is not written as YYYY-Www")
        year, week = int(match.group(1)), int(match.group(2))
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidWeek(f"{year} is outside {MIN_YEAR}–{MAX_YEAR}")
        return cls(year, week)

    # -- days and bounds ------------------------------------------------------------------------
    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def days(self):
        """The seven dates, Monday first."""
        return [self.monday + datetime.timedelta(days=offset) for offset in range(7)]

    def bounds(self):
        """``(start, end)`` aware datetimes: Monday 00:00 local time to the next Monday 00:00."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.monday, datetime.time.min, tzinfo=tz)
        return start, start + datetime.timedelta(days=7)

    def __contains__(self, value):
        return self.monday <= local_date(value) <= self.sunday

    # -- navigation -----------------------------------------------------------------------------
    @property
    def previous(self):
        return IsoWeek.containing(self.monday - datetime.timedelta(days=7))

    @property
    def next(self):
        return IsoWeek.containing(self.monday + datetime.timedelta(days=7))

    def shifted(self, weeks):
        return IsoWeek.containing(self.monday + datetime.timedelta(days=7 * weeks))

    # -- text -----------------------------------------------------------------------------------
    @property
    def param(self):
        """The value of ``?week=``: ``2026-W48``."""
        return f"{self.year}-W{self.week:02d}"

    def __str__(self):
        return self.param

    @property
    def label(self):
        """``Tuần 48 (23/11/2026 – 29/11/2026)``."""
        return (
            f"Tuần {self.week} ({self.monday.strftime('%d/%m/%Y')} – "
            f"{self.sunday.strftime('%d/%m/%Y')})"
        )
