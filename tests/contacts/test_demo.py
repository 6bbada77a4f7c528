"""The contacts demo step: the real structure, about 40 officials, leaders with biographies,
former leaders, three weeks of schedule in every state, and the pages in both languages."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from contacts.models import Appointment, EntryState, Person, ScheduleEntry
from contacts.schedule.weeks import IsoWeek


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            first = snapshot()
            call_command("load_demo", stdout=io.StringIO())
            yield first, snapshot()
            transaction.set_rollback(True)


def snapshot():
    from wagtail.models import Revision

    return {
        "people": Person.objects.count(),
        "appointments": Appointment.objects.count(),
        "entries": ScheduleEntry.objects.count(),
        "live_entries": ScheduleEntry.objects.filter(live=True).count(),
        "revisions": Revision.objects.count(),
        "sequences": sum(ScheduleEntry.objects.values_list("sequence", flat=True)),
    }


def test_demo_step_is_idempotent(demo):
    first, second = demo
    assert first == second


def test_demo_people_and_leadership(demo):
    people = Person.objects.filter(is_active=True)
    assert 38 <= people.count() <= 45
    assert all(p.email.endswith("@hungyen.gov.vn") for p in people)
    current = Appointment.objects.current().filter(position__is_leadership=True)
    positions = sorted(a.position.name for a in current)
    assert positions == ["Giám đốc", "Phó Giám đốc", "Phó Giám đốc", "Phó Giám đốc"]
    assert all(a.person.biography for a in current)
    former = Appointment.objects.filter(position__is_leadership=True, end_date__isnull=False)
    assert former.count() >= 2


def test_demo_schedule_covers_three_weeks_and_every_state(demo):
    this_week = IsoWeek.containing(timezone.localdate())
    for week in (this_week.previous, this_week, this_week.next):
        assert ScheduleEntry.objects.public().in_week(week).exists(), week
    assert set(ScheduleEntry.objects.public().values_list("state", flat=True)) == set(
        EntryState.values
    )
    assert ScheduleEntry.objects.filter(live=False).exists()


def test_demo_pages(demo, client):
    directory = client.get("/danh-ba/").content.decode()
    assert "Văn phòng Sở" in directory and "Nguyễn Văn Thành" in directory
    leaders = client.get("/gioi-thieu/lanh-dao-so/").content.decode()
    assert "Lãnh đạo đương nhiệm" in leaders and "Lãnh đạo Sở qua các thời kỳ" in leaders
    assert "Đỗ Văn Khải" in leaders
    english = client.get("/en/directory/").content.decode()
    assert "Division of Organisation and Staffing" in english
    structure = client.get("/en/gioi-thieu/organisation-structure/").content.decode()
    assert "Board of Religious Affairs" in structure
    schedule = client.get("/lich-cong-tac/").content.decode()
    assert "entry--changed" in schedule and "entry--postponed" in schedule
    assert "entry--added" in schedule
