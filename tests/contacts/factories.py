"""Factories for units, people, appointments, schedule entries and the two section pages."""

import datetime
import itertools

from django.utils import timezone
from wagtail.models import Locale

from contacts.models import (
    Appointment,
    DirectoryPage,
    EntryState,
    Person,
    Position,
    ScheduleEntry,
    SchedulePage,
    Unit,
    UnitKind,
)
from tests.utils import add_page

_numbers = itertools.count(1)


def make_position(name="Chuyên viên", rank=70, leadership=False, head=False, name_en=""):
    position, _ = Position.objects.get_or_create(
        name=name,
        defaults={
            "rank": rank,
            "is_leadership": leadership,
            "is_head": head,
            "name_en": name_en,
        },
    )
    return position


def director():
    return make_position("Giám đốc", 10, leadership=True, head=True, name_en="Director")


def deputy_director():
    return make_position("Phó Giám đốc", 20, leadership=True, name_en="Deputy Director")


def make_unit(name=None, parent=None, live=True, **fields):
    number = next(_numbers)
    name = name or f"Phòng thử nghiệm {number}"
    fields.setdefault("slug", f"don-vi-{number}")
    fields.setdefault("kind", UnitKind.DIVISION)
    fields.setdefault("sort_order", number)
    return Unit.objects.create(name=name, parent=parent, live=live, **fields)


def make_person(
    full_name=None,
    unit=None,
    position=None,
    start=None,
    end=None,
    live=True,
    is_active=True,
    **fields,
):
    """A person holding ``position`` in ``unit`` from ``start`` (default: a year ago) to ``end``."""
    number = next(_numbers)
    person = Person.objects.create(
        full_name=full_name or f"Cán bộ Số {number}",
        live=live,
        is_active=is_active,
        **fields,
    )
    if unit is not None:
        Appointment.objects.create(
            person=person,
            unit=unit,
            position=position or make_position(),
            start_date=start or timezone.localdate() - datetime.timedelta(days=365),
            end_date=end,
        )
    return person


def make_entry(date, start="08:00", content="Họp giao ban", leaders=(), live=True, **fields):
    """A schedule entry; published through a revision unless ``live=False`` (a draft)."""
    entry = ScheduleEntry(
        date=date,
        start_time=datetime.time.fromisoformat(start),
        content=content,
        live=False,
        **fields,
    )
    entry.leaders.set(list(leaders))
    entry.save()
    revision = entry.save_revision()
    if live:
        revision.publish()
        entry.refresh_from_db()
    return entry


def change_entry(entry, **changes):
    """Edit an entry the way the admin does (new revision from the latest one) and publish."""
    latest = entry.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(latest, name, value)
    latest.save_revision().publish()
    entry.refresh_from_db()
    return entry


def directory_page(home_page, **fields):
    return add_page(home_page, DirectoryPage, title="Danh bạ", slug="danh-ba", **fields)


def schedule_page(home_page, **fields):
    return add_page(home_page, SchedulePage, title="Lịch công tác", slug="lich-cong-tac", **fields)


def english_translation(page, **fields):
    """Translate ``page`` (and, first, its parents) into English and publish it."""
    english = Locale.objects.get(language_code="en")
    parent = page.get_parent().specific
    if parent.depth > 1 and parent.get_translation_or_none(english) is None:
        english_translation(parent)
    translation = page.copy_for_translation(english)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


__all__ = ["EntryState"]
