"""Journeys through the portal in Chromium: a citizen searching without diacritics, a citizen
taking next week's leadership schedule into a calendar app, and staff taking a news article
through the approval chain (editor → unit head → editorial board) in their own sessions.

Each journey makes its own content and leaves the demo content as it was.
"""

import datetime
import re
import secrets
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from django.utils.text import slugify
from icalendar import Calendar
from playwright.sync_api import expect

from portal.text import fold
from tests.e2e.conftest import DESKTOP
from tests.e2e.helpers import admin_login

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def staff_page(browser, base_url, username):
    """A browser context of its own (own cookies, own session) logged into the Wagtail admin."""
    context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    admin_login(page, base_url, username)
    return context, page


def next_week():
    """``(iso week number, monday, sunday)`` of next week in Asia/Ho_Chi_Minh."""
    today = datetime.datetime.now(LOCAL).date()
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(days=7)
    return monday.isocalendar().week, monday, monday + datetime.timedelta(days=6)


# -- 1. search without diacritics -----------------------------------------------------------------
def test_citizen_finds_the_award_procedure_typing_without_diacritics(desktop_page, live_url):
    page = desktop_page
    page.goto(live_url + "/")
    box = page.get_by_role("banner").get_by_label("Tìm kiếm trên trang")
    box.focus()
    page.keyboard.type("thu tuc thi dua", delay=30)
    with page.expect_navigation():
        page.keyboard.press("Enter")  # no suggestion highlighted: the form is submitted
    assert "/tim-kiem/?q=thu+tuc+thi+dua" in page.url
    expect(page.get_by_role("status").filter(has_text="kết quả cho")).to_contain_text(
        "thu tuc thi dua"
    )

    first_results = page.locator(".search-results > li").all()[:3]
    procedures = [
        result
        for result in first_results
        if "Thủ tục hành chính" in result.locator(".search-result-section").inner_text()
    ]
    assert procedures, [result.inner_text() for result in first_results]
    link = procedures[0].get_by_role("link")
    title = link.inner_text()
    assert "thi đua" in title.lower()
    # the words typed without diacritics are highlighted in the accented title
    assert [mark.inner_text().lower() for mark in link.locator("mark").all()] == [
        "thủ",
        "tục",
        "thi",
        "đua",
    ]

    link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert "/thu-tuc-hanh-chinh/" in page.url
    expect(page.locator(".svc-meta")).to_contain_text("Lĩnh vực: Thi đua – khen thưởng")
    expect(page.get_by_role("heading", name="Thành phần, số lượng hồ sơ")).to_be_visible()


# -- 2. next week's schedule into a calendar app --------------------------------------------------
def test_citizen_downloads_next_weeks_schedule_as_ical(desktop_page, live_url):
    page = desktop_page
    number, monday, sunday = next_week()
    page.goto(live_url + "/lich-cong-tac/")
    page.get_by_role("navigation", name="Chọn tuần").get_by_role("link", name="Tuần sau").click()
    page.wait_for_url(re.compile(r"\?week=\d{4}-W\d{2}"))

    week_label = f"Tuần {number} ({monday:%d/%m/%Y} – {sunday:%d/%m/%Y})"
    expect(page.locator(".week-title")).to_have_text(week_label)
    days = page.locator(".schedule-day h3")
    expect(days).to_have_count(7)
    expect(days.first).to_contain_text(f"Thứ Hai, {monday:%d/%m/%Y}")
    expect(days.last).to_contain_text(f"Chủ nhật, {sunday:%d/%m/%Y}")
    shown = [
        entry.locator(".entry-content").inner_text()
        for entry in page.locator(".schedule-day .entries > li").all()
    ]
    assert shown, "the demo has published entries for next week"

    link = page.get_by_role("link", name=f"Tải lịch {week_label} (tệp iCalendar .ics)")
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert (
        download.suggested_filename
        == f"lich-cong-tac-{monday.isocalendar().year}-W{number:02d}.ics"
    )
    with open(download.path(), "rb") as handle:
        body = handle.read()
    assert body.startswith(b"BEGIN:VCALENDAR")
    # the same address answers as a calendar (what a calendar app checks)
    response = page.request.get(urljoin(page.url, link.get_attribute("href")))
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.body().startswith(b"BEGIN:VCALENDAR")

    events = Calendar.from_ical(body).walk("VEVENT")
    starts = [event.decoded("DTSTART").astimezone(LOCAL).date() for event in events]
    assert starts and all(monday <= start <= sunday for start in starts), starts
    summaries = sorted(re.sub(r"^\[[^\]]+\] ", "", str(event["SUMMARY"])) for event in events)
    assert summaries == sorted(" ".join(text.split()) for text in shown)


# -- 3. the approval chain ------------------------------------------------------------------------
def write_and_submit_article(page, base_url, title, lead, paragraph):
    """The editor finds the news section in the page explorer and writes an article there."""
    page.goto(base_url + "/admin/pages/")
    page.get_by_role("link", name="Xem các trang con của 'Trang chủ'").click()
    page.get_by_role("link", name="Xem các trang con của 'Tin tức – Sự kiện'").click()
    page.get_by_role("link", name="Thêm trang con").first.click()
    page.wait_for_url("**/admin/pages/add/news/newspage/**")

    page.get_by_role("textbox", name="Tiêu đề").fill(title)
    page.get_by_role("textbox", name="Sapo (tóm tắt)").fill(lead)
    body = page.locator("section[id$='-body-section']")
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Đoạn văn").click()
    body.get_by_role("textbox").click()
    page.keyboard.type(paragraph)
    page.get_by_role("checkbox", name="Thi đua – Khen thưởng").check()
    page.get_by_role("checkbox", name="Tin nổi bật trên trang chủ").check()
    # the responsible unit is the editor's own, filled in by the form
    expect(page.locator("#id_responsible_unit")).not_to_have_value("")
    # Wagtail proposes "tập-huấn-…" from the title; the portal stores the address without diacritics
    expect(page.locator("#id_slug")).not_to_have_value("")

    page.get_by_role("button", name="Thao tác khác").click()
    page.get_by_role("button", name="Gửi duyệt theo Quy trình duyệt tin bài").click()
    expect(page.locator(".messages")).to_contain_text(f"Đã tạo trang '{title}' và gửi duyệt.")
    return slugify(fold(title))


def approve_from_dashboard(page, base_url, title, step):
    """An approver opens the item from "Chờ tôi duyệt" and approves it from the editor's menu."""
    page.goto(base_url + "/admin/")
    waiting = page.get_by_role("table", name="Nội dung đang chờ tôi duyệt")
    row = waiting.get_by_role("row").filter(has_text=title)
    expect(row).to_contain_text(step)
    row.get_by_role("link", name=title).click()
    page.wait_for_url("**/admin/pages/*/edit/")
    page.get_by_role("button", name="Thao tác khác").click()
    # the last step publishes: "Duyệt và Xuất bản"
    page.get_by_role("button", name=re.compile(r"^Duyệt\s*(và Xuất bản)?$")).click()
    page.wait_for_load_state()
    messages = page.locator(".messages")
    expect(messages).to_contain_text(f"Đã cập nhật trang '{title}'.")
    expect(messages).not_to_contain_text("không có quyền")


def assert_not_public(anonymous, base_url, url, title):
    response = anonymous.goto(url)
    assert response.status == 404, f"{url} answered {response.status} before the last approval"
    anonymous.goto(base_url + "/")
    expect(anonymous.get_by_role("link", name=title)).to_have_count(0)


def test_article_goes_live_only_after_unit_head_and_board_approve(browser, live_url):
    token = secrets.token_hex(3)
    title = f"Tập huấn nghiệp vụ thi đua, khen thưởng cho cơ sở (đợt {token})"
    lead = "Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở."
    paragraph = f"Lớp tập huấn đợt {token} giới thiệu các quy định mới về hồ sơ khen thưởng."
    contexts = []
    try:
        context, editor = staff_page(browser, live_url, "bientapvien.vp")
        contexts.append(context)
        slug = write_and_submit_article(editor, live_url, title, lead, paragraph)
        article_url = f"{live_url}/tin-tuc/{slug}/"

        public_context = browser.new_context(viewport=DESKTOP, locale="vi-VN")
        contexts.append(public_context)
        anonymous = public_context.new_page()
        assert_not_public(anonymous, live_url, article_url, title)

        context, head = staff_page(browser, live_url, "truongdonvi.vp")
        contexts.append(context)
        approve_from_dashboard(head, live_url, title, "Trưởng đơn vị duyệt")
        assert_not_public(anonymous, live_url, article_url, title)

        context, board = staff_page(browser, live_url, "banbientap")
        contexts.append(context)
        approve_from_dashboard(board, live_url, title, "Ban Biên tập duyệt")

        anonymous.goto(live_url + "/")
        featured = anonymous.locator(".news-home__featured")
        featured.get_by_role("link", name=title).click()
        expect(anonymous.get_by_role("heading", level=1)).to_have_text(title)
        assert anonymous.url == article_url
        article = anonymous.get_by_role("main")
        expect(article.locator(".lead")).to_have_text(lead)
        expect(article).to_contain_text(paragraph)
        meta = article.locator(".article-header .news-meta")
        expect(meta.get_by_role("link", name="Thi đua – Khen thưởng")).to_be_visible()
        assert anonymous.goto(article_url).status == 200
    finally:
        for context in contexts:
            context.close()
