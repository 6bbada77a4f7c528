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


# -- keyboard alone ---------------------------------------------------------------------------------

FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        tag: element.tagName.toLowerCase(),
        name: (element.id || element.getAttribute('aria-label') || element.textContent)
            .trim().slice(0, 40),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
    };
}"""


def tab_to(page, locator, limit=80):
    """Press Tab (nothing else) until `locator` has the focus; fail if it never gets it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} cannot be reached with the Tab key")


def choose_with_arrows(page, select, value, limit=40):
    """Move a focused <select> to `value` with the arrow keys, as a keyboard user does."""
    expect(select).to_be_focused()
    for _ in range(limit):
        if select.input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"option {value!r} cannot be reached with the arrow keys")


def test_search_form_by_keyboard_alone(live_url, desktop_page):
    page = desktop_page
    page.goto(live_url + "/")
    # a combobox once the suggestion script has run, a searchbox before
    box = page.get_by_label("Tìm kiếm trên trang")
    tab_to(page, box)
    page.keyboard.type("thu tuc thi dua")
    tab_to(page, page.get_by_role("button", name="Tìm", exact=True), limit=3)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=thu\+tuc\+thi\+dua"))
    results = page.locator(".search-result-title a")
    expect(results.first).to_be_visible()
    # the results themselves are reachable and open with the keyboard
    tab_to(page, results.first, limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/tim-kiem/"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_legal_register_filter_by_keyboard_alone(live_url, desktop_page):
    page = desktop_page
    page.goto(live_url + "/van-ban/")
    kind = page.get_by_label("Loại văn bản")
    tab_to(page, kind)
    choose_with_arrows(page, kind, "luat")
    status = page.get_by_label("Tình trạng hiệu lực")
    tab_to(page, status, limit=10)
    choose_with_arrows(page, status, "het-hieu-luc-toan-bo")
    tab_to(page, page.get_by_role("button", name="Lọc văn bản"), limit=5)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"loai=luat"))
    expect(page).to_have_url(re.compile(r"hieuluc=het-hieu-luc-toan-bo"))
    expect(page.get_by_label("Loại văn bản")).to_have_value("luat")
    rows = page.locator(".register-table tbody tr")
    expect(rows.first).to_be_visible()
    # every row shown is an expired law
    for row in rows.all():
        expect(row).to_contain_text(re.compile(r"Luật", re.IGNORECASE))
        expect(row).to_contain_text(re.compile(r"Hết hiệu lực", re.IGNORECASE))


def test_lookup_form_by_keyboard_alone_reports_errors_to_the_keyboard_user(live_url, desktop_page):
    """Submitting the status lookup form empty by Enter shows the errors next to the fields."""
    page = desktop_page
    page.goto(live_url + "/hoi-dap/tra-cuu/")
    code = page.get_by_label("Mã tiếp nhận")
    tab_to(page, code)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page.locator(".errorlist").first).to_contain_text("Vui lòng nhập mã tiếp nhận")
    # the error is tied to its field so a screen reader announces it with the field
    described = page.get_by_label("Mã tiếp nhận").get_attribute("aria-describedby") or ""
    error_ids = page.locator(".errorlist[id]").evaluate_all("lists => lists.map(l => l.id)")
    assert set(described.split()) & set(error_ids), (described, error_ids)


def test_focus_is_visible_on_links_buttons_and_fields(live_url, desktop_page):
    """Tab through a page with every kind of control: each one shows a focus ring."""
    page = desktop_page
    seen = set()
    for path in ("/van-ban/", "/hoi-dap/gui-cau-hoi/"):
        page.goto(live_url + path)
        for _ in range(60):
            page.keyboard.press("Tab")
            focus = page.evaluate(FOCUS_STYLE)
            if focus["tag"] == "body":
                break
            assert focus["outline"] or focus["shadow"], f"no visible focus on {focus} at {path}"
            seen.add(focus["tag"])
    assert {"a", "button", "input", "select", "textarea"} <= seen, seen


def test_focus_is_visible_in_high_contrast_mode(live_url, phone_page):
    page = phone_page
    page.goto(live_url + "/")
    page.get_by_role("button", name="Tương phản cao").click()
    expect(page.locator("html")).to_have_class(re.compile(r"high-contrast"))
    page.goto(live_url + "/hoi-dap/tra-cuu/")
    for _ in range(25):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        assert focus["outline"] or focus["shadow"], f"no visible focus on {focus}"
    page.get_by_role("button", name="Tương phản cao").click()
