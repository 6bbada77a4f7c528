"""The public week of the leadership schedule: drafts never public, states marked, week
navigation, malformed weeks, leader filter, print view, fixed query count."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from contacts.models import EntryState
from contacts.schedule.weeks import IsoWeek
from tests.contacts.factories import change_entry, make_entry

pytestmark = pytest.mark.django_db

# Wednesday 25/11/2026 10:00 local time: this week is 2026-W48 (23–29/11).
NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
MONDAY = datetime.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def test_only_published_entries_are_public(client, schedule, leaders):
    make_entry(MONDAY, content="Giao ban đầu tuần", leaders=[leaders["director"]])
    make_entry(MONDAY, content="Dự thảo chưa duyệt", live=False)
    page = html(client.get("/lich-cong-tac/"))
    assert "Giao ban đầu tuần" in page
    assert "Dự thảo chưa duyệt" not in page
    assert "Dự thảo chưa duyệt" not in html(client.get("/lich-cong-tac/in/"))


def test_an_unpublished_edit_of_a_published_entry_stays_private(client, schedule):
    entry = make_entry(MONDAY, content="Họp chuyên đề cải cách hành chính")
    draft = entry.get_latest_revision_as_object()
    draft.content = "Nội dung sửa chưa được duyệt"
    draft.save_revision()  # saved as a draft, waiting for approval
    page = html(client.get("/lich-cong-tac/"))
    assert "Họp chuyên đề cải cách hành chính" in page
    assert "Nội dung sửa chưa được duyệt" not in page


def test_changed_postponed_and_added_entries_are_marked(client, schedule):
    make_entry(MONDAY, "08:00", "Giao ban thường lệ")
    make_entry(
        MONDAY, "14:00", "Làm việc với xã", state=EntryState.CHANGED, change_note="Chuyển 15:00"
    )
    make_entry(
        MONDAY,
        "16:00",
        "Tiếp công dân",
        state=EntryState.POSTPONED,
        change_note="Giám đốc họp đột xuất",
    )
    make_entry(MONDAY, "17:00", "Họp bổ sung", state=EntryState.ADDED)
    page = html(client.get("/lich-cong-tac/"))

    def item(content):
        pattern = r'<li id="entry-\d+" class="entry entry--(\w+)">(.*?)</li>'
        for match in re.finditer(pattern, page, re.S):
            if content in match.group(2):
                return match.group(1), match.group(2)
        raise AssertionError(f"{content} is not listed")

    state, body = item("Giao ban thường lệ")
    assert state == "normal" and "entry-state" not in body
    state, body = item("Làm việc với xã")
    assert state == "changed" and "Điều chỉnh" in body and "Chuyển 15:00" in body
    state, body = item("Tiếp công dân")
    assert state == "postponed" and "Hoãn" in body and "Giám đốc họp đột xuất" in body
    state, body = item("Họp bổ sung")
    assert state == "added" and "Bổ sung" in body
    assert "có 3 mục thay đổi" in page


def test_week_view_runs_monday_to_sunday_with_navigation(client, schedule):
    make_entry(MONDAY, content="Mục thứ hai")
    make_entry(MONDAY + datetime.timedelta(days=6), content="Mục chủ nhật")
    make_entry(MONDAY + datetime.timedelta(days=7), content="Mục tuần sau")
    make_entry(MONDAY - datetime.timedelta(days=1), content="Mục tuần trước")
    page = html(client.get("/lich-cong-tac/"))
    assert "Tuần 48 (23/11/2026 – 29/11/2026)" in page
    assert "Mục thứ hai" in page and "Mục chủ nhật" in page
    assert "Mục tuần sau" not in page and "Mục tuần trước" not in page
    assert page.index("Thứ Hai, 23/11/2026") < page.index("Chủ nhật, 29/11/2026")
    assert "?week=2026-W47" in page and "?week=2026-W49" in page
    next_week = html(client.get("/lich-cong-tac/?week=2026-W49"))
    assert "Mục tuần sau" in next_week and "Mục thứ hai" not in next_week


def test_entry_at_2330_on_sunday_is_in_that_week(client, schedule):
    make_entry(datetime.date(2026, 11, 29), "23:30", "Trực ban đêm chủ nhật")
    assert "Trực ban đêm chủ nhật" in html(client.get("/lich-cong-tac/?week=2026-W48"))
    assert "Trực ban đêm chủ nhật" not in html(client.get("/lich-cong-tac/?week=2026-W49"))


def test_week_53_and_week_1_pages(client, schedule):
    make_entry(datetime.date(2027, 1, 3), content="Mục cuối tuần 53")
    make_entry(datetime.date(2025, 12, 29), content="Mục đầu tuần 1")
    page = html(client.get("/lich-cong-tac/?week=2026-W53"))
    assert "Tuần 53 (28/12/2026 – 03/01/2027)" in page and "Mục cuối tuần 53" in page
    assert "?week=2027-W01" in page
    page = html(client.get("/lich-cong-tac/?week=2026-W01"))
    assert "Tuần 1 (29/12/2025 – 04/01/2026)" in page and "Mục đầu tuần 1" in page


@pytest.mark.parametrize("value", ["2026-W99", "2025-W53", "abc", "2026-W4'8", "9999-W01", "%00"])
def test_malformed_week_falls_back_to_current_week_with_notice(client, schedule, value):
    make_entry(MONDAY, content="Mục tuần này")
    page = html(client.get("/lich-cong-tac/", {"week": value}))
    assert "không hợp lệ" in page
    assert "Tuần 48 (23/11/2026 – 29/11/2026)" in page
    assert "Mục tuần này" in page


def test_filter_by_leader(client, schedule, leaders):
    boss, deputy = leaders["director"], leaders["deputy"]
    make_entry(MONDAY, "08:00", "Việc của Giám đốc", leaders=[boss])
    make_entry(MONDAY, "09:00", "Việc của Phó Giám đốc", leaders=[deputy])
    make_entry(MONDAY, "10:00", "Việc chung", leaders=[boss, deputy])
    page = html(client.get("/lich-cong-tac/", {"leader": deputy.pk}))
    assert "Việc của Phó Giám đốc" in page and "Việc chung" in page
    assert "Việc của Giám đốc" not in page
    assert f"/lich-cong-tac/ical/{deputy.pk}/" in page
    # navigation keeps the filter
    assert f"week=2026-W49&amp;leader={deputy.pk}" in page
    # an unknown leader shows everything with a notice, never an error
    page = html(client.get("/lich-cong-tac/", {"leader": "xyz"}))
    assert "Không tìm thấy lãnh đạo" in page and "Việc của Giám đốc" in page


def test_print_view_is_a4_landscape_table(client, schedule, leaders):
    make_entry(
        MONDAY,
        content="Hội nghị tổng kết",
        leaders=[leaders["director"]],
        state=EntryState.POSTPONED,
        change_note="Lùi sang tuần sau",
    )
    page = html(client.get("/lich-cong-tac/in/", {"week": "2026-W48"}))
    assert "size: A4 landscape" in page
    assert "<table" in page and "Hội nghị tổng kết" in page and "[Hoãn]" in page
    assert page.count("Không có lịch công tác.") == 6  # the six other days


def test_week_page_query_count_does_not_grow(
    client, schedule, leaders, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for hour in range(8, 10):
        make_entry(MONDAY, f"{hour:02d}:00", f"Việc {hour}", leaders=[leaders["director"]])
    client.get("/lich-cong-tac/")
    with CaptureQueriesContext(connection) as few:
        client.get("/lich-cong-tac/")
    for day in range(7):
        for hour in range(8, 17):
            make_entry(
                MONDAY + datetime.timedelta(days=day),
                f"{hour:02d}:00",
                f"Việc {day} {hour}",
                leaders=[leaders["director"], leaders["deputy"]],
            )
    with django_assert_max_num_queries(len(few)):
        response = client.get("/lich-cong-tac/")
    assert "Việc 6 16" in response.content.decode()


def test_current_week_helper_matches_the_page(client, schedule):
    assert IsoWeek.current() == IsoWeek(2026, 48)
    assert "Tuần 48" in html(client.get("/lich-cong-tac/"))


def test_edit_and_publish_keeps_entry_identity(schedule):
    entry = make_entry(MONDAY, content="Họp")
    uid = entry.uid
    change_entry(entry, start_time=datetime.time(9, 0), state=EntryState.CHANGED, change_note="9h")
    assert entry.uid == uid
    assert entry.start_time == datetime.time(9, 0)
    assert entry.sequence == 2
