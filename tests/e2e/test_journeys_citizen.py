"""Citizens' journeys through the public portal in a real browser, clicked as people click.

Each journey brings its own content (a unique comment, a unique question) so the journeys do not
depend on one another and leave the demo content as it was for the other browser tests.
"""

import re
import secrets

from playwright.sync_api import expect

from tests.e2e.helpers import admin_login, horizontal_overflow

# window.print opens a native dialog that a headless browser cannot show: record the calls instead.
RECORD_PRINT = """
window.__printCalls = 0;
window.print = function () { window.__printCalls += 1; };
"""


def _field(label):
    """A form field's label, with or without the required-field star."""
    return re.compile("^" + re.escape(label) + r"\s*\*?$")


def _token():
    """A short unique marker so a journey finds its own content among everybody else's."""
    return secrets.token_hex(4)


def _print_calls(page):
    return page.evaluate("() => window.__printCalls")


def _main_menu(page):
    return page.get_by_role("navigation", name="Menu chính")


# -- 1. read an article on a phone and print it ----------------------------------------------------


def test_phone_reader_opens_an_article_from_the_menu_and_prints_it(live_url, phone_page):
    page = phone_page
    page.add_init_script(RECORD_PRINT)
    page.goto(live_url + "/")

    menu_button = page.get_by_role("button", name="Menu")
    menu_button.click()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    _main_menu(page).get_by_role("link", name="Tin tức – Sự kiện").click()
    expect(page).to_have_url(re.compile(r"/tin-tuc/$"))
    assert horizontal_overflow(page) <= 0

    first_title = page.locator(".news-list").get_by_role("heading").first
    title = first_title.inner_text().strip()
    first_title.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert horizontal_overflow(page) <= 0, "the article scrolls sideways at 375 px"
    # What the reader must find again on paper: the summary and the first paragraph of the body
    # (the body may be empty when another journey has just published a short article).
    texts = [page.locator(".article-header + p.lead").inner_text().strip()]
    paragraphs = page.locator(".rich-body p")
    if paragraphs.count():
        texts.append(paragraphs.first.inner_text().strip())

    # The print button opens the browser's print dialog; the printed page has no site navigation.
    page.get_by_role("button", name="In bài viết").click()
    assert _print_calls(page) == 1
    page.emulate_media(media="print")
    expect(_main_menu(page)).to_be_hidden()
    expect(page.get_by_role("button", name="In bài viết")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    for text in texts:
        expect(page.get_by_text(text).first).to_be_visible()
    page.emulate_media(media="screen")

    # The print version: the article alone, without the portal's navigation, ready to print.
    page.get_by_role("link", name="Bản in").click()
    expect(page).to_have_url(re.compile(r"/in/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    for text in texts:
        expect(page.get_by_text(text).first).to_be_visible()
    expect(page.get_by_role("navigation")).to_have_count(0)
    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    expect(page.get_by_text("Địa chỉ bài viết:")).to_be_visible()
    assert horizontal_overflow(page) <= 0, "the print version scrolls sideways at 375 px"
    page.get_by_role("button", name="In bài viết").click()
    assert _print_calls(page) == 1
    page.get_by_role("link", name="Quay lại bài viết").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


# -- 2. the legal register: filter, an expired document, its replacement, the file --------------


def test_register_filters_lead_to_an_expired_decree_its_replacement_and_its_file(
    live_url, desktop_page
):
    page = desktop_page
    page.goto(live_url + "/")
    _main_menu(page).get_by_role("link", name="Văn bản").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    filters = page.get_by_role("search", name="Tìm kiếm, lọc văn bản")
    filters.get_by_label("Loại văn bản").select_option(label="Nghị định")
    status = filters.get_by_label("Tình trạng hiệu lực")
    expired = status.get_by_role("option", name=re.compile(r"^Hết hiệu lực toàn bộ"))
    status.select_option(label=expired.inner_text().strip())
    filters.get_by_role("button", name="Lọc văn bản").click()
    expect(page).to_have_url(re.compile(r"loai=nghi-dinh.*hieuluc=het-hieu-luc-toan-bo"))

    expect(page.get_by_role("status").filter(has_text="phù hợp với điều kiện lọc")).to_be_visible()
    rows = page.get_by_role("table").locator("tbody").get_by_role("row")
    count = rows.count()
    assert count > 0, "no expired decree in the register"
    for index in range(count):
        row = rows.nth(index)
        expect(row.locator("td[data-label='Trích yếu'] .doc-type")).to_have_text("Nghị định")
        expect(row.locator("td[data-label='Tình trạng'] .status-badge")).to_have_text(
            "Hết hiệu lực toàn bộ"
        )
    found = page.get_by_role("status").filter(has_text="Tìm thấy").locator("strong")
    if page.get_by_role("navigation", name="Phân trang").count() == 0:
        expect(found).to_have_text(str(count))

    # Decree 138/2020 on civil servants was replaced by Decree 170/2025 (demo content).
    page.get_by_role("link", name="138/2020/NĐ-CP", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Quy định về tuyển dụng, sử dụng và quản lý công chức"
    )
    banner = page.get_by_role("note")
    expect(banner).to_contain_text("Văn bản này đã hết hiệu lực toàn bộ")
    expect(banner).to_contain_text("Được thay thế bởi")
    banner.get_by_role("link", name="Nghị định 170/2025/NĐ-CP").click()

    expect(page).to_have_url(re.compile(r"/van-ban/nghi-dinh-170-2025-nd-cp/$"))
    expect(page.locator(".doc-kicker")).to_have_text("Nghị định số 170/2025/NĐ-CP")
    expect(page.get_by_role("note")).to_have_count(0)  # in force: no expiry banner
    metadata = page.get_by_role("table", name="Thuộc tính văn bản")
    expect(metadata.get_by_role("row", name=re.compile("Tình trạng hiệu lực"))).to_contain_text(
        "Còn hiệu lực"
    )
    expect(
        page.get_by_role("region", name="Văn bản liên quan").get_by_role(
            "link", name="Nghị định 138/2020/NĐ-CP"
        )
    ).to_be_visible()

    files = page.get_by_role("region", name="Tải văn bản")
    file_name = "Tải toàn văn Nghị định 170/2025/NĐ-CP"
    link = files.get_by_role("link", name=file_name)
    item = files.get_by_role("listitem").filter(has=page.get_by_role("link", name=file_name))
    listed = item.locator(".doc-meta").inner_text()
    extension = re.search(r"\((\w+)", listed).group(1).lower()
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.lower().endswith("." + extension)
    content = open(download.path(), "rb").read()  # noqa: SIM115
    assert len(content) > 0
    if extension == "pdf":
        assert content.startswith(b"%PDF")


# -- 3. comment on one Điều of an open draft; public only after moderation ------------------------


def _open_draft(page, live_url):
    page.goto(live_url + "/")
    _main_menu(page).get_by_role("link", name="Lấy ý kiến dự thảo").click()
    tabs = page.get_by_role("navigation", name="Lọc dự thảo theo trạng thái")
    tabs.get_by_role("link", name=re.compile("Đang lấy ý kiến")).click()
    card = page.locator(".draft-card").filter(has_text="Đang lấy ý kiến").first
    title = card.get_by_role("heading").inner_text().strip()
    card.get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    return title


def test_draft_comment_on_one_article_is_public_only_after_the_moderator_approves_it(
    live_url, browser, desktop_page
):
    page = desktop_page
    token = _token()
    name = f"Nguyễn Thị Góp Ý {token}"
    email = f"gopy.{token}@example.vn"
    phone = "09" + str(secrets.randbelow(10**8)).zfill(8)
    text = f"Đề nghị bổ sung quy định về thời hạn gỡ bỏ thông tin sai lệch ({token})."
    article = 8

    draft_title = _open_draft(page, live_url)
    draft_url = page.url
    expect(page.locator(".phase")).to_have_text("Đang lấy ý kiến")
    section = page.get_by_role("region", name=re.compile(rf"^Điều {article}\."))
    section.get_by_role("link", name=f"Góp ý Điều {article}").click()

    form = page.locator("#gop-y")
    expect(form.get_by_label(_field("Góp ý cho"))).to_have_value(str(article))
    form.get_by_label(_field("Họ và tên")).fill(name)
    form.get_by_label(_field("Thư điện tử")).fill(email)
    form.get_by_label(_field("Điện thoại")).fill(phone)
    form.get_by_label(_field("Nội dung góp ý")).fill(text)
    form.get_by_role("checkbox", name=re.compile("^Tôi đồng ý")).check()
    form.get_by_role("button", name="Gửi góp ý").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Đã nhận góp ý của bạn")
    receipt = page.get_by_role("status")
    code = receipt.locator(".receipt-code").inner_text().strip()
    assert re.fullmatch(r"GY-[A-Z0-9]{4}-[A-Z0-9]{4}", code), code
    expect(page.locator(".draft-meta")).to_contain_text(f"Điều {article}")
    for private in (email, phone):
        assert private not in page.content()

    # Back on the draft: the comment waits for moderation and is nowhere on the public page.
    page.get_by_role("link", name="Quay lại dự thảo").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(draft_title)
    assert token not in page.content()

    # The moderator approves it in the Wagtail admin, in a session of their own.
    moderator = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    try:
        admin = moderator.new_page()
        admin_login(admin, live_url, "kiemduyet")
        sidebar = admin.get_by_role("navigation", name=re.compile("Main|Chính", re.I))
        sidebar.get_by_role("button", name="Lấy ý kiến dự thảo").click()
        sidebar.get_by_role("link", name="Góp ý dự thảo").click()
        expect(admin.get_by_role("heading", level=1)).to_contain_text("Góp ý dự thảo")
        admin.get_by_role("link", name=code).click()
        admin.get_by_role("combobox", name=re.compile(r"^Trạng thái\*?$")).select_option(
            label="Đã duyệt"
        )
        admin.get_by_role("button", name=re.compile("^(Lưu|Save)$")).click()
        expect(admin.locator(".messages")).to_contain_text(code)
        row = admin.get_by_role("row").filter(has=admin.get_by_role("link", name=code))
        expect(row).to_contain_text("Đã duyệt")
    finally:
        moderator.close()

    # Now the citizen (and everybody) sees it under that Điều, with the name only.
    page.goto(draft_url)
    section = page.get_by_role("region", name=re.compile(rf"^Điều {article}\."))
    section.locator("summary").click()
    comment = section.get_by_role("listitem").filter(has_text=token)
    expect(comment).to_be_visible()
    expect(comment).to_contain_text(text)
    expect(comment).to_contain_text(name)
    for private in (email, phone):
        assert private not in page.content()


# -- 4. ask a question, follow it with the receipt code ------------------------------------------


def test_question_asked_on_a_phone_is_followed_with_its_receipt_code(live_url, phone_page):
    page = phone_page
    token = _token()
    email = f"hoidap.{token}@example.vn"
    phone = "09" + str(secrets.randbelow(10**8)).zfill(8)
    title = f"Hồ sơ đề nghị tặng Bằng khen cho tập thể ({token})"

    page.goto(live_url + "/")
    page.get_by_role("button", name="Menu").click()
    _main_menu(page).get_by_role("link", name="Hỏi đáp").click()
    page.get_by_role("navigation", name="Hỏi đáp").get_by_role("link", name="Gửi câu hỏi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gửi câu hỏi")
    assert horizontal_overflow(page) <= 0

    page.get_by_label(_field("Họ và tên")).fill("Trần Văn Hỏi")
    page.get_by_label(_field("Thư điện tử")).fill(email)
    page.get_by_label(_field("Số điện thoại")).fill(phone)
    page.get_by_label(_field("Lĩnh vực")).select_option(label="Thi đua – khen thưởng")
    page.get_by_label(_field("Tiêu đề câu hỏi")).fill(title)
    page.get_by_label(_field("Nội dung câu hỏi")).fill(
        "Xin hỏi hồ sơ đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể gồm những "
        "giấy tờ gì và nộp ở đâu?"
    )
    page.get_by_role("checkbox", name=re.compile("^Tôi đồng ý")).check()
    page.get_by_role("button", name="Gửi câu hỏi").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Đã tiếp nhận câu hỏi")
    code = page.get_by_role("status").locator(".svc-code").inner_text().strip()
    assert re.fullmatch(r"HD-[A-Z0-9]{5}-[A-Z0-9]{5}", code), code
    receipt_facts = page.get_by_role("table", name="Thông tin tiếp nhận")
    expect(receipt_facts).to_contain_text("Thi đua – khen thưởng")
    state = receipt_facts.get_by_role("row", name=re.compile("^Tình trạng"))
    expect(state).to_contain_text("Đã tiếp nhận")
    _assert_private(page, email, phone)
    assert horizontal_overflow(page) <= 0

    page.get_by_role("link", name="Tra cứu tình trạng xử lý").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tra cứu tình trạng câu hỏi")
    page.get_by_label(_field("Mã tiếp nhận")).fill(code)
    page.get_by_label("Thư điện tử hoặc số điện thoại đã khai khi gửi").fill(email)
    page.get_by_role("button", name="Tra cứu").click()

    result = page.get_by_role("region", name=f"Kết quả tra cứu mã {code}")
    expect(result).to_be_visible()
    facts = result.get_by_role("table")
    expect(facts.get_by_role("row", name=re.compile("^Tình trạng"))).to_contain_text("Đã tiếp nhận")
    expect(facts.get_by_role("row", name=re.compile("^Tiêu đề"))).to_contain_text(token)
    expect(facts.get_by_role("row", name=re.compile("^Lĩnh vực"))).to_contain_text(
        "Thi đua – khen thưởng"
    )
    _assert_private(page, email, phone)
    assert horizontal_overflow(page) <= 0

    # The same lookup with the phone number works too; a wrong contact finds nothing.
    page.get_by_label(_field("Mã tiếp nhận")).fill(code)
    page.get_by_label("Thư điện tử hoặc số điện thoại đã khai khi gửi").fill(phone)
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.get_by_role("region", name=f"Kết quả tra cứu mã {code}")).to_be_visible()
    _assert_private(page, email, phone)
    page.get_by_label(_field("Mã tiếp nhận")).fill(code)
    page.get_by_label("Thư điện tử hoặc số điện thoại đã khai khi gửi").fill(f"khac.{email}")
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.get_by_role("alert")).to_contain_text("Không tìm thấy câu hỏi")
    expect(page.get_by_role("region", name=re.compile("^Kết quả tra cứu"))).to_have_count(0)

    # Unanswered questions are not listed publicly, and the contacts never are.
    page.get_by_role("navigation", name="Hỏi đáp").get_by_role(
        "link", name="Câu hỏi đã trả lời"
    ).click()
    assert token not in page.content()
    _assert_private(page, email, phone)


def _assert_private(page, email, phone):
    html = page.content()
    assert email not in html, "the asker's email is shown on a public page"
    assert phone not in html, "the asker's phone number is shown on a public page"
    grouped = f"{phone[:4]} {phone[4:7]} {phone[7:]}"
    assert grouped not in html
