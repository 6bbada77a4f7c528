"""The header search box in real Chromium: accent-insensitive suggestions, keyboard, results."""

import os

import pytest

from home.models import StandardPage
from search.models import SearchPage
from tests.utils import add_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Playwright's sync API runs an event loop in this thread; the ORM calls are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def chromium_page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": 375, "height": 800})
        yield page
        browser.close()


@pytest.fixture
def site_with_pages():
    from wagtail.models import Site

    home = Site.objects.get(is_default_site=True).root_page.specific
    add_page(home, SearchPage, title="Tìm kiếm", slug="tim-kiem")
    about = add_page(home, StandardPage, title="Giới thiệu", slug="gioi-thieu")
    add_page(about, StandardPage, title="Cơ cấu tổ chức", slug="co-cau-to-chuc")
    add_page(about, StandardPage, title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu")
    return home


def test_suggestions_by_keyboard(live_server, site_with_pages, chromium_page):
    page = chromium_page
    page.goto(live_server.url + "/")
    box = page.locator("#site-search")
    box.press_sequentially("co cau", delay=40)
    option = page.locator("#site-search-suggestions [role=option]")
    option.first.wait_for()
    assert option.count() == 1
    assert option.first.inner_text().startswith("Cơ cấu tổ chức")
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "site-search-suggestions-0"
    assert option.first.get_attribute("aria-selected") == "true"
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("ArrowDown")
    option.first.wait_for()
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    assert page.url.endswith("/gioi-thieu/co-cau-to-chuc/")


def test_submitting_searches_without_diacritics(live_server, site_with_pages, chromium_page):
    page = chromium_page
    page.goto(live_server.url + "/")
    page.locator("#site-search").fill("chuc nang nhiem vu")
    with page.expect_navigation():
        page.locator("#site-search").press("Enter")
    assert "/tim-kiem/?q=chuc+nang+nhiem+vu" in page.url
    first = page.locator(".search-result-title a").first
    assert first.inner_text() == "Chức năng, nhiệm vụ"
    assert page.locator(".search-result-title mark").count() >= 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
