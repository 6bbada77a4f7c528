"""axe-core at WCAG 2.1 A/AA and no horizontal scrolling, on every public page type at 1280 and
375 px; screenshots of each for the README.

Every public page type and sub-view of the portal is listed in PAGE_TYPES: a plain address where
the demo's address is fixed by the site structure, or a small recipe that follows links from the
parent page (as a reader would) where the address depends on demo content (article slugs, months,
receipt numbers…). Form error states are reached by submitting the real form empty.

Screenshots land in test-results/screenshots/<name>-<width>.png; docs/screenshots/ holds a few of
them, downscaled, for the README (see README.md → "Ảnh chụp màn hình" for how to regenerate).
"""

import re
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import axe_violations, describe, horizontal_overflow, screenshot

WIDTHS = [1280, 375]


def follow(start, *selectors):
    """Open `start`, then follow the first link matching each CSS selector in turn."""

    def open_page(page, base):
        page.goto(base + start)
        for selector in selectors:
            link = page.locator(selector).first
            expect(link).to_be_attached()
            page.goto(urljoin(page.url, link.get_attribute("href")))

    return open_page


def draft_with_results(page, base):
    """A closed consultation whose result (tiếp thu, giải trình) is published."""
    page.goto(base + "/lay-y-kien/?trang-thai=da-ket-thuc")
    drafts = [link.get_attribute("href") for link in page.locator(".draft-card-title a").all()]
    for href in drafts:
        page.goto(base + href)
        if page.locator("a[href$='/ket-qua/']").count():
            return
    raise AssertionError("the demo has no closed consultation with published results")


def draft_results_print(page, base):
    draft_with_results(page, base)
    page.goto(urljoin(page.url, page.locator("a[href$='/ket-qua/']").first.get_attribute("href")))


def submit_empty(start, button):
    """Open `start` and submit its form without filling anything in: the error state."""

    def open_page(page, base):
        if isinstance(start, tuple):
            follow(*start)(page, base)
        else:
            page.goto(base + start)
        with page.expect_navigation():
            page.get_by_role("button", name=button, exact=True).click()
        expect(page.locator(".errorlist, [role=alert]").first).to_be_visible()

    return open_page


OPEN_DRAFT = ("/lay-y-kien/?trang-thai=dang-lay-y-kien", ".draft-card-title a")
NEWS_ARTICLE = ("/tin-tuc/", ".news-card__title a")
LEGAL_IN_FORCE = ("/van-ban/?hieuluc=con-hieu-luc&loai=luat", "td[data-label='Số ký hiệu'] a")
LEGAL_EXPIRED = ("/van-ban/?hieuluc=het-hieu-luc-toan-bo", "td[data-label='Số ký hiệu'] a")

# One entry per public page type and public sub-view.
PAGE_TYPES = {
    # home app
    "home": "/",
    "intro": "/gioi-thieu/",
    "standard": "/gioi-thieu/chuc-nang-nhiem-vu/",
    "leaders": "/gioi-thieu/lanh-dao-so/",
    "organisation": "/gioi-thieu/co-cau-to-chuc/",
    "sitemap": "/so-do-trang/",
    "not-found": "/trang-khong-ton-tai/",
    # search
    "search": "/tim-kiem/?q=noi+vu",
    "search-no-results": "/tim-kiem/?q=zzqxw+khong+co+ket+qua",
    "search-empty": "/tim-kiem/",
    # English site
    "english-home": "/en/",
    "english-about": follow("/en/", "#main-menu a[href^='/en/'][href$='/']:not([href='/en/'])"),
    "english-directory": "/en/directory/",
    "english-unit": follow("/en/directory/", "main a[href*='/don-vi/']"),
    # news
    "news-index": "/tin-tuc/",
    "news-page-2": follow("/tin-tuc/", ".pagination a[rel=next]"),
    "news-category": follow("/tin-tuc/", ".news-sidebar a[href*='/chuyen-muc/']"),
    "news-month": follow("/tin-tuc/", ".news-sidebar a[href^='/tin-tuc/2']"),
    "news-tag": follow(*NEWS_ARTICLE, "main a[href*='/tin-tuc/the/']"),
    "news-article": follow(*NEWS_ARTICLE),
    "news-print": follow(*NEWS_ARTICLE, "main a[href$='/in/']"),
    # legal documents
    "legal-register": "/van-ban/",
    "legal-register-filtered": "/van-ban/?loai=luat&hieuluc=het-hieu-luc-toan-bo",
    "legal-register-no-results": "/van-ban/?q=zzqxw",
    "legal-document": follow(*LEGAL_IN_FORCE),
    "legal-expired": follow(*LEGAL_EXPIRED),
    "legal-print": follow(*LEGAL_IN_FORCE, "main a[href$='/in/']"),
    # consultations
    "consultations": "/lay-y-kien/",
    "consultations-closed": "/lay-y-kien/?trang-thai=da-ket-thuc",
    "draft-open": follow(*OPEN_DRAFT),
    "draft-open-article": follow(*OPEN_DRAFT, "a.button[href*='?dieu=']"),
    "draft-comment-errors": submit_empty(OPEN_DRAFT, "Gửi góp ý"),
    "draft-upcoming": follow("/lay-y-kien/?trang-thai=sap-lay-y-kien", ".draft-card-title a"),
    "draft-closed-results": draft_with_results,
    "draft-results-print": draft_results_print,
    "deletion-request": "/lay-y-kien/yeu-cau-xoa-du-lieu/",
    "deletion-request-errors": submit_empty("/lay-y-kien/yeu-cau-xoa-du-lieu/", "Gửi yêu cầu"),
    # directory and schedule
    "directory": "/danh-ba/",
    "directory-unit": follow("/danh-ba/", "main a[href*='/don-vi/']"),
    "directory-print": "/danh-ba/in/",
    "schedule": "/lich-cong-tac/",
    "schedule-next-week": follow("/lich-cong-tac/", "a[rel=next]"),
    "schedule-print": follow("/lich-cong-tac/", "main a[href*='/in/']"),
    # procedures and questions
    "procedures": "/thu-tuc-hanh-chinh/",
    "procedure": follow("/thu-tuc-hanh-chinh/", "main h2 a"),
    "questions": "/hoi-dap/",
    "question-answer": follow("/hoi-dap/", "main a[href*='/cau-hoi/']"),
    "question-ask": "/hoi-dap/gui-cau-hoi/",
    "question-ask-errors": submit_empty("/hoi-dap/gui-cau-hoi/", "Gửi câu hỏi"),
    "question-lookup": "/hoi-dap/tra-cuu/",
    "question-lookup-errors": submit_empty("/hoi-dap/tra-cuu/", "Tra cứu"),
}


def check(page, name):
    """Screenshot, then axe and the overflow check; every failure message names the page."""
    width = page.viewport_size["width"]
    screenshot(page, name)
    violations = axe_violations(page)
    assert not violations, f"{name} at {width}px ({page.url}):\n{describe(violations)}"
    assert horizontal_overflow(page) <= 0, f"{name} scrolls sideways at {width}px ({page.url})"


@pytest.fixture
def sized_page(browser, request):
    context = browser.new_context(
        viewport={"width": request.param, "height": 900},
        locale="vi-VN",
        is_mobile=request.param < 768,
        has_touch=request.param < 768,
    )
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("sized_page", WIDTHS, indirect=True, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_has_no_axe_violations_and_fits_the_screen(live_url, sized_page, name):
    target = PAGE_TYPES[name]
    if isinstance(target, str):
        response = sized_page.goto(live_url + target)
        assert response.status == (404 if name == "not-found" else 200), response.status
    else:
        target(sized_page, live_url)
    check(sized_page, name)


@pytest.mark.parametrize("sized_page", [375], indirect=True, ids=lambda width: f"{width}px")
def test_phone_menu_and_search_suggestions_open_are_accessible(live_url, sized_page):
    """The states only a click or typing shows: the open phone menu and the suggestion list."""
    page = sized_page
    page.goto(live_url + "/")
    page.get_by_role("button", name="Menu").click()
    expect(page.locator("#main-menu")).to_be_visible()
    check(page, "home-menu-open")

    page.goto(live_url + "/")
    page.locator("#site-search").press_sequentially("thi dua", delay=30)
    expect(page.locator("#site-search-suggestions [role=option]").first).to_be_visible()
    check(page, "search-suggestions")


@pytest.mark.parametrize("sized_page", WIDTHS, indirect=True, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("name", ["home", "news-article", "legal-register-filtered", "draft-open"])
def test_high_contrast_and_largest_text_stay_accessible(live_url, sized_page, name):
    """The reader's own settings (high contrast, largest text) keep contrast and the layout."""
    page = sized_page
    page.goto(live_url + "/")
    for _ in range(4):
        page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tương phản cao").click()
    expect(page.locator("html")).to_have_class(re.compile(r"high-contrast"))
    target = PAGE_TYPES[name]
    if isinstance(target, str):
        page.goto(live_url + target)
    else:
        target(page, live_url)
    expect(page.locator("html")).to_have_class(re.compile(r"high-contrast"))
    check(page, f"{name}-high-contrast-large-text")


def test_receipts_after_sending_are_accessible_at_both_widths(live_url, browser):
    """The receipt pages shown once after a comment and a question are sent.

    They answer a POST (or read the session once), so each is sent once and checked at 1280 px,
    then the same page is narrowed to 375 px and checked again.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        follow(*OPEN_DRAFT)(page, live_url)
        form = page.locator("form.citizen-form")
        form.get_by_label("Họ và tên").fill("Người kiểm thử khả năng tiếp cận")
        form.get_by_role("textbox", name="Thư điện tử").fill("kiem.thu.a11y@example.vn")
        form.get_by_label("Nội dung góp ý").fill(
            "Góp ý kiểm thử khả năng tiếp cận: đề nghị giữ nguyên nội dung điều này."
        )
        form.get_by_role("checkbox").check()
        with page.expect_navigation():
            form.get_by_role("button", name="Gửi góp ý").click()
        expect(page.locator(".receipt-code")).to_have_text(re.compile(r"\S"))
        check(page, "comment-received")
        page.set_viewport_size({"width": 375, "height": 812})
        check(page, "comment-received")

        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(live_url + "/hoi-dap/gui-cau-hoi/")
        page.get_by_role("textbox", name="Họ và tên").fill("Người kiểm thử khả năng tiếp cận")
        page.get_by_role("textbox", name="Thư điện tử").fill("kiem.thu.a11y@example.vn")
        page.get_by_role("combobox", name="Lĩnh vực").select_option(index=1)
        page.get_by_role("textbox", name="Tiêu đề câu hỏi").fill(
            "Hỏi về thời hạn trả lời câu hỏi trực tuyến"
        )
        page.get_by_role("textbox", name="Nội dung câu hỏi").fill(
            "Xin hỏi câu hỏi gửi qua trang thông tin điện tử được trả lời trong bao lâu?"
        )
        page.locator("form.svc-form").get_by_role("checkbox").check()
        page.get_by_role("button", name="Gửi câu hỏi").click()
        page.wait_for_url(re.compile(r"/hoi-dap/da-tiep-nhan/$"))
        check(page, "question-receipt")
        page.set_viewport_size({"width": 375, "height": 812})
        check(page, "question-receipt")
    finally:
        context.close()
