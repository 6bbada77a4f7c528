"""The site chrome in a real browser: phone menu, text size and contrast, keyboard use."""

import re

from playwright.sync_api import expect

from tests.e2e.helpers import horizontal_overflow


def test_phone_menu_opens_and_leads_to_a_section(live_url, phone_page):
    page = phone_page
    page.goto(live_url + "/")
    menu = page.locator("#main-menu")
    expect(menu).to_be_hidden()
    toggle = page.get_by_role("button", name="Menu")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    menu.get_by_role("link", name="Giới thiệu").click()
    expect(page).to_have_url(re.compile(r"/gioi-thieu/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Giới thiệu")
    assert horizontal_overflow(page) <= 0


def test_text_size_and_contrast_persist_across_pages(live_url, desktop_page):
    page = desktop_page
    page.goto(live_url + "/")
    base = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tương phản cao").click()
    page.goto(live_url + "/gioi-thieu/")
    larger = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert larger > base
    expect(page.locator("html")).to_have_class(re.compile(r"high-contrast"))
    expect(page.get_by_role("button", name="Tương phản cao")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    page.get_by_role("button", name="Tương phản cao").click()
    page.reload()
    reset = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert reset == base
    expect(page.locator("html")).not_to_have_class(re.compile(r"high-contrast"))


def test_keyboard_alone_reaches_skip_link_search_and_menu(live_url, desktop_page):
    page = desktop_page
    page.goto(live_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Chuyển đến nội dung chính"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus must be visible"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto(live_url + "/")
    page.focus("#site-search")
    page.keyboard.type("Giới thiệu")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    page.goto(live_url + "/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.closest('#main-menu') !== null"):
            break
    else:
        raise AssertionError("the main menu cannot be reached with the Tab key")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
