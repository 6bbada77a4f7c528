"""axe-core at WCAG 2.1 A/AA and no horizontal scrolling, on every public page type at 1280 and
375 px; screenshots of each for the README."""

import pytest

from tests.e2e.helpers import axe_violations, describe, horizontal_overflow, screenshot

# One URL per public page type (extended as sections arrive).
PAGE_TYPES = {
    "home": "/",
    "standard": "/gioi-thieu/chuc-nang-nhiem-vu/",
    "sitemap": "/so-do-trang/",
    "search": "/tim-kiem/?q=noi+vu",
    "not-found": "/trang-khong-ton-tai/",
    "english-home": "/en/",
}


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_has_no_axe_violations_and_fits_the_screen(live_url, browser, name, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(live_url + PAGE_TYPES[name])
        screenshot(page, name)
        violations = axe_violations(page)
        assert not violations, describe(violations)
        assert horizontal_overflow(page) <= 0, f"{name} scrolls sideways at {width}px"
    finally:
        context.close()
