"""Working days in Vietnam: Monday–Friday, minus the public holidays and adjacent days off that
administrators enter each year, plus any weekend day the Government makes a working day (ngày làm
bù). Labour Code 2019 Art. 112 lists the holidays; the lunar ones (Tết, Giỗ Tổ Hùng Vương) and the
swapped days change every year, so they live in a table editors keep up to date
(Cài đặt → Ngày nghỉ lễ, làm bù).

Used for every deadline counted in working days: answers to citizens' questions within 15 working
days and legal documents posted within 2 working days of issuance (Decree 43/2011 Art. 17).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.text import nfc


class HolidayKind(models.TextChoices):
    DAY_OFF = "off", _("Ngày nghỉ")
    MAKE_UP = "work", _("Ngày làm bù")


class Holiday(models.Model):
    """One day of the official calendar that differs from the usual Monday–Friday week.

    Administrators enter each public holiday and each adjacent day off (for instance the five
    weekdays of Tết) as "Ngày nghỉ", and a Saturday worked in exchange as "Ngày làm bù".
    """

    date = models.DateField(_("Ngày"), unique=True)
    name = models.CharField(_("Tên ngày lễ / lý do"), max_length=160)
    kind = models.CharField(
        _("Loại"), max_length=8, choices=HolidayKind.choices, default=HolidayKind.DAY_OFF
    )

    panels = [FieldPanel("date"), FieldPanel("name"), FieldPanel("kind")]

    class Meta:
        verbose_name = _("Ngày nghỉ lễ, làm bù")
        verbose_name_plural = _("Ngày nghỉ lễ, làm bù")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"

    def clean(self):
        super().clean()
        if self.kind == HolidayKind.MAKE_UP and self.date is not None and self.date.weekday() < 5:
            raise ValidationError({"kind": _("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.")})

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        super().save(*args, **kwargs)


class WorkingCalendar:
    """Working-day arithmetic over a date range, with the managed holidays loaded in one query.

    ``WorkingCalendar().add_working_days(start, 15)`` is the 15th working day after ``start``: the
    day of receipt itself never counts, and a question received on a Saturday starts counting on
    Monday.
    """

    def __init__(self):
        self._loaded = None  # (first, last) dates whose exceptions are in memory
        self._off = set()
        self._work = set()

    def _load(self, first, last):
        if self._loaded and self._loaded[0] <= first and last <= self._loaded[1]:
            return
        if self._loaded:
            first, last = min(first, self._loaded[0]), max(last, self._loaded[1])
        self._off, self._work = set(), set()
        for day, kind in Holiday.objects.filter(date__range=(first, last)).values_list(
            "date", "kind"
        ):
            (self._work if kind == HolidayKind.MAKE_UP else self._off).add(day)
        self._loaded = (first, last)

    def is_working_day(self, day):
        self._load(day, day)
        if day in self._work:
            return True
        return day.weekday() < 5 and day not in self._off

    def add_working_days(self, start, count):
        """The ``count``-th working day after ``start`` (``count`` ≥ 0; 0 gives ``start``)."""
        if isinstance(start, datetime.datetime):
            start = start.date()
        day = start
        remaining = count
        window = datetime.timedelta(days=max(14, count * 2 + 30))
        self._load(start, start + window)
        while remaining > 0:
            day += datetime.timedelta(days=1)
            if day > self._loaded[1]:
                self._load(start, day + window)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start, end):
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
        if end == start:
            return 0
        if end < start:
            return -self.working_days_between(end, start)
        self._load(start, end)
        count = 0
        day = start
        while day < end:
            day += datetime.timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


def is_working_day(day):
    """One-off check (one query); use a ``WorkingCalendar`` for many days."""
    return WorkingCalendar().is_working_day(day)


def working_days_between(start, end):
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier).

    Issued on Friday and posted on Monday → 1; posted on Tuesday → 2.
    """
    if not start or not end:
        return 0
    return WorkingCalendar().working_days_between(start, end)
