"""iCalendar (RFC 5545, parsed with the icalendar library) and RSS feeds of the schedule."""

import datetime
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from contacts.models import EntryState
from tests.contacts.factories import change_entry, make_entry

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
MONDAY = datetime.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def events(client, url="/lich-cong-tac/ical/"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return calendar, {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_ical_feed_parses_with_local_time_zone(client, schedule, leaders):
    make_entry(
        datetime.date(2026, 11, 29),
        "23:30",
        "Trực ban, giao ban; tổng kết",
        leaders=[leaders["director"]],
        end_time=datetime.time(23, 55),
        location="Phòng trực",
    )
    make_entry(MONDAY, content="Bản nháp không công bố", live=False)
    calendar, found = events(client)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    assert list(found) == ["Trực ban, giao ban; tổng kết"]  # commas and semicolons round-trip
    event = found["Trực ban, giao ban; tổng kết"]
    start = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert start.utcoffset() == datetime.timedelta(hours=7)
    assert (start.date(), start.time()) == (datetime.date(2026, 11, 29), datetime.time(23, 30))
    assert event.decoded("DTEND").time() == datetime.time(23, 55)
    assert str(event["LOCATION"]) == "Phòng trực"
    assert "Nguyễn Văn Thành" in str(event["DESCRIPTION"])
    assert event["DTSTAMP"] and str(event["UID"]).endswith("@sonv.hungyen.gov.vn")


def test_uids_stay_stable_across_edits(client, schedule):
    entry = make_entry(MONDAY, "08:00", "Họp giao ban")
    other = make_entry(MONDAY, "14:00", "Làm việc với xã")
    _calendar, before = events(client)
    uid = str(before["Họp giao ban"]["UID"])
    assert uid != str(before["Làm việc với xã"]["UID"])
    sequence = int(before["Họp giao ban"]["SEQUENCE"])

    change_entry(
        entry,
        start_time=datetime.time(9, 30),
        content="Họp giao ban (đổi giờ)",
        state=EntryState.CHANGED,
        change_note="Đổi sang 9h30",
    )
    _calendar, after = events(client)
    edited = after["[Điều chỉnh] Họp giao ban (đổi giờ)"]
    assert str(edited["UID"]) == uid
    assert int(edited["SEQUENCE"]) > sequence
    assert edited.decoded("DTSTART").time() == datetime.time(9, 30)
    assert str(after["Làm việc với xã"]["UID"]) == str(before["Làm việc với xã"]["UID"])
    assert len(after) == 2  # updated, not duplicated
    other.refresh_from_db()


def test_postponed_entries_are_cancelled_events(client, schedule):
    make_entry(MONDAY, content="Tiếp công dân", state=EntryState.POSTPONED, change_note="Hoãn")
    _calendar, found = events(client)
    assert str(found["[Hoãn] Tiếp công dân"]["STATUS"]) == "CANCELLED"


def test_feed_per_leader(client, schedule, leaders):
    boss, deputy = leaders["director"], leaders["deputy"]
    make_entry(MONDAY, "08:00", "Việc Giám đốc", leaders=[boss])
    make_entry(MONDAY, "09:00", "Việc Phó Giám đốc", leaders=[deputy])
    _calendar, found = events(client, f"/lich-cong-tac/ical/{deputy.pk}/")
    assert list(found) == ["Việc Phó Giám đốc"]
    assert client.get("/lich-cong-tac/ical/999999/").status_code == 404


def test_one_week_downloads_as_its_own_file(client, schedule, leaders):
    boss, deputy = leaders["director"], leaders["deputy"]
    make_entry(MONDAY, "08:00", "Việc tuần này", leaders=[boss])
    make_entry(MONDAY + datetime.timedelta(days=7), "08:00", "Việc tuần sau", leaders=[boss])
    make_entry(MONDAY + datetime.timedelta(days=13), "23:30", "Trực Chủ nhật", leaders=[deputy])
    make_entry(MONDAY + datetime.timedelta(days=14), "08:00", "Việc tuần sau nữa")
    make_entry(MONDAY + datetime.timedelta(days=8), content="Bản nháp", live=False)

    page = client.get("/lich-cong-tac/?week=2026-W49").content.decode()
    assert 'href="/lich-cong-tac/ical/?week=2026-W49" download>Tải lịch Tuần 49' in page
    response = client.get("/lich-cong-tac/ical/?week=2026-W49")
    assert response["Content-Disposition"] == 'attachment; filename="lich-cong-tac-2026-W49.ics"'
    calendar, found = events(client, "/lich-cong-tac/ical/?week=2026-W49")
    assert sorted(found) == ["Trực Chủ nhật", "Việc tuần sau"]
    assert "Tuần 49 (30/11/2026 – 06/12/2026)" in str(calendar["X-WR-CALNAME"])

    page = client.get(f"/lich-cong-tac/?week=2026-W49&leader={deputy.pk}").content.decode()
    assert f'href="/lich-cong-tac/ical/{deputy.pk}/?week=2026-W49" download' in page
    _calendar, found = events(client, f"/lich-cong-tac/ical/{deputy.pk}/?week=2026-W49")
    assert list(found) == ["Trực Chủ nhật"]

    # the subscription feed still carries every week; a malformed week is not found
    _calendar, found = events(client)
    assert len(found) == 4
    assert client.get("/lich-cong-tac/ical/?week=2026-W60").status_code == 404
    assert client.get("/lich-cong-tac/ical/?week=abc").status_code == 404


def test_rss_lists_published_changes_newest_first(client, schedule):
    entry = make_entry(MONDAY, "08:00", "Họp giao ban")
    make_entry(MONDAY, "10:00", "Bản nháp", live=False)
    with time_machine.travel(NOW + datetime.timedelta(hours=1), tick=False):
        change_entry(entry, state=EntryState.POSTPONED, change_note="Hoãn vì mưa bão")
    response = client.get("/lich-cong-tac/rss/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    titles = [item.findtext("title") for item in items]
    assert titles == ["[Hoãn] Thứ Hai 23/11/2026 08:00: Họp giao ban"]
    assert "Hoãn vì mưa bão" in items[0].findtext("description")
    assert "week=2026-W48" in items[0].findtext("link")
    assert items[0].findtext("guid").endswith("#2")  # a new item for each publication
