"""Citizens ask without logging in, get a receipt code, and follow the status with the code plus
their email or phone. Bad submissions store nothing; personal data never reaches a public page."""

import re
import unicodedata

import pytest
from django.core import mail
from django.test import override_settings

from services.models import Question, QuestionEvent, QuestionStatus, normalize_receipt_code
from services.models.questions import new_receipt_code
from tests.services import factories

pytestmark = pytest.mark.django_db

CODE_RE = re.compile(r"HD-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}")


def ask_url(page):
    return page.url_for("ask")


def good_data(service_field, **overrides):
    data = {
        "asker_name": "Nguyễn Thị Hoa",
        "email": "nguyenthihoa@example.com",
        "phone": "0912 345 678",
        "field": service_field.pk,
        "title": "Điều kiện tặng Bằng khen của Chủ tịch UBND tỉnh",
        "body": "Xin hỏi giáo viên cần đạt tiêu chuẩn gì để được tặng Bằng khen?",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def without_echoed_input(html):
    """The page minus the CSRF token and the values the visitor typed into the form."""
    return re.sub(r' value="[^"]*"', "", html)


# -- asking --------------------------------------------------------------------------------------------
def test_a_citizen_asks_and_gets_a_receipt_code(client, question_page, tdkt_field, tdkt):
    form = client.get(ask_url(question_page))
    html = form.content.decode()
    assert form.status_code == 200
    assert (
        'type="checkbox" name="consent"' in html
        and "checked" not in html.split('name="consent"')[1][:80]
    )
    assert "chỉ để tiếp nhận, trả lời câu hỏi" in html  # the purpose is stated

    response = client.post(ask_url(question_page), good_data(tdkt_field))
    assert response.status_code == 302
    question = Question.objects.get()
    assert CODE_RE.fullmatch(question.receipt_code)
    assert question.unit == tdkt  # routed by field
    assert question.status == QuestionStatus.RECEIVED
    assert question.phone == "0912345678"
    assert question.consent_at is not None and "tiếp nhận, trả lời" in question.consent_text
    assert QuestionEvent.objects.filter(question=question, action="receive").exists()

    receipt = client.get(response["Location"])
    text = receipt.content.decode()
    assert question.receipt_code in text
    assert f"{question.due_date:%d/%m/%Y}" in text
    assert "nguyenthihoa@example.com" not in text and "0912345678" not in text
    # the asker gets the code by email
    assert mail.outbox[0].to == ["nguyenthihoa@example.com"]
    assert question.receipt_code in mail.outbox[0].body


def test_a_field_without_a_unit_goes_to_the_page_default_unit(client, question_page, office):
    orphan = factories.field("linh-vuc-khac", "Lĩnh vực khác", None)
    client.post(ask_url(question_page), good_data(orphan))
    assert Question.objects.get().unit == office


def test_text_is_stored_in_nfc(client, question_page, tdkt_field):
    nfd = unicodedata.normalize("NFD", "Tặng Bằng khen cho tập thể")
    client.post(
        ask_url(question_page),
        good_data(tdkt_field, title=nfd, asker_name=unicodedata.normalize("NFD", "Đỗ Thị Hồng")),
    )
    question = Question.objects.get()
    assert question.title == unicodedata.normalize("NFC", "Tặng Bằng khen cho tập thể")
    assert unicodedata.is_normalized("NFC", question.asker_name)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"consent": None}, "Bạn cần đánh dấu đồng ý xử lý dữ liệu cá nhân"),
        ({"website": "http://spam.example"}, "Không thể gửi nội dung này"),
        ({"title": "Đ" * 201}, "Tối đa 200 ký tự"),
        ({"body": "x" * 5001}, "Tối đa 5.000 ký tự"),
        ({"asker_name": "N" * 121}, "Tối đa 120 ký tự"),
        ({"email": "", "phone": ""}, "Vui lòng nhập thư điện tử hoặc số điện thoại"),
        ({"phone": "12345"}, "Số điện thoại không hợp lệ"),
        ({"email": "khong-phai-email"}, "Thư điện tử không hợp lệ"),
        ({"field": "999999"}, "Lĩnh vực không hợp lệ"),
        ({"title": "   "}, "Vui lòng nhập tiêu đề câu hỏi"),
    ],
)
def test_bad_submissions_store_nothing_and_say_why(
    client, question_page, tdkt_field, overrides, message
):
    response = client.post(ask_url(question_page), good_data(tdkt_field, **overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Câu hỏi chưa được gửi" in response.content.decode()
    assert Question.objects.count() == 0
    assert QuestionEvent.objects.count() == 0
    assert mail.outbox == []


@override_settings(PORTAL_RATE_LIMITS={"question": {"count": 2, "seconds": 600}})
def test_the_rate_limit_refuses_and_stores_nothing(client, question_page, tdkt_field):
    for n in range(2):
        response = client.post(ask_url(question_page), good_data(tdkt_field, title=f"Câu {n}"))
        assert response.status_code == 302
    response = client.post(ask_url(question_page), good_data(tdkt_field, title="Câu thứ ba"))
    assert response.status_code == 429
    assert "quá nhiều câu hỏi" in response.content.decode()
    assert Question.objects.count() == 2
    assert not Question.objects.filter(title="Câu thứ ba").exists()
    # another address is not affected
    other = client.post(
        ask_url(question_page), good_data(tdkt_field, title="Từ máy khác"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_receipt_codes_are_random_and_not_sequential():
    codes = {new_receipt_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(CODE_RE.fullmatch(code) for code in codes)


def test_receipt_codes_are_read_forgivingly():
    assert normalize_receipt_code(" hd-ab1c2-3defg ") == "HD-AB1C2-3DEFG"
    assert normalize_receipt_code("HDAB1C23DEFG") == "HD-AB1C2-3DEFG"
    assert normalize_receipt_code("HD-AB1C2-3DEFO") == "HD-AB1C2-3DEF0"
    assert normalize_receipt_code("HD-AB1C2") == ""
    assert normalize_receipt_code("'; DROP TABLE") == ""


def test_the_receipt_page_without_a_submission_goes_to_the_form(client, question_page):
    response = client.get(question_page.url_for("receipt"))
    assert response.status_code == 302 and response["Location"].endswith("/gui-cau-hoi/")


# -- status lookup --------------------------------------------------------------------------------
def lookup(client, page, code, contact, **extra):
    return client.post(page.url_for("lookup"), {"code": code, "contact": contact}, **extra)


def test_lookup_with_the_matching_pair_shows_the_status_without_personal_data(
    client, question_page, tdkt_field
):
    question = factories.processing_question(
        tdkt_field, asker_name="Lê Văn Bình", email="levanbinh@example.com", phone="0987654321"
    )
    for contact in [
        "levanbinh@example.com",
        "LeVanBinh@Example.com",
        "0987 654 321",
        "+84987654321",
    ]:
        response = lookup(client, question_page, question.receipt_code.lower(), contact)
        html = response.content.decode()
        assert response.status_code == 200, contact
        assert "Đang xử lý" in html
        assert f"{question.due_date:%d/%m/%Y}" in html
        for secret in ["Lê Văn Bình", "levanbinh@example.com", "0987654321", "0987 654 321"]:
            assert secret.lower() not in html.lower()
        assert response["Cache-Control"] == "no-store"


def test_lookup_of_an_answered_question_shows_the_answer(client, question_page, tdkt_field):
    question = factories.answered_question(tdkt_field, answer="Câu trả lời chi tiết của Ban.")
    response = lookup(client, question_page, question.receipt_code, question.email)
    assert "Câu trả lời chi tiết của Ban." in response.content.decode()
    assert "Đã trả lời" in response.content.decode()


def test_lookup_of_an_awaiting_question_shows_processing_but_not_the_draft(
    client, question_page, tdkt_field
):
    question = factories.awaiting_question(tdkt_field, answer="Dự thảo chưa được duyệt")
    html = lookup(client, question_page, question.receipt_code, question.email).content.decode()
    assert "Đang xử lý" in html
    assert "Dự thảo chưa được duyệt" not in html


def test_wrong_pairs_and_unknown_codes_get_the_same_answer(client, question_page, tdkt_field):
    question = factories.received_question(tdkt_field, email="a@example.com", phone="0911111111")
    other = factories.received_question(tdkt_field, email="b@example.com", phone="0922222222")
    responses = [
        lookup(client, question_page, question.receipt_code, "b@example.com"),  # other's email
        lookup(client, question_page, question.receipt_code, other.phone),  # other's phone
        lookup(client, question_page, "HD-00000-00000", "a@example.com"),  # unknown code
        lookup(client, question_page, "HD-00000-00000", "b@example.com"),
    ]
    assert {r.status_code for r in responses} == {404}
    bodies = {without_echoed_input(r.content.decode()) for r in responses}
    assert len(bodies) == 1
    assert question.receipt_code not in bodies.pop()


def test_lookup_needs_both_values(client, question_page):
    response = lookup(client, question_page, "", "")
    assert response.status_code == 400
    assert "Vui lòng nhập mã tiếp nhận" in response.content.decode()


@override_settings(PORTAL_RATE_LIMITS={"question_lookup": {"count": 3, "seconds": 600}})
def test_repeated_failed_lookups_are_refused(client, question_page, tdkt_field):
    question = factories.received_question(tdkt_field, email="a@example.com")
    for _ in range(3):
        assert (
            lookup(client, question_page, question.receipt_code, "x@example.com").status_code == 404
        )
    blocked = lookup(client, question_page, question.receipt_code, "a@example.com")
    assert blocked.status_code == 429
    assert "Đã tiếp nhận" not in blocked.content.decode().split("<main", 1)[1].split("<form", 1)[0]


def test_lookup_by_get_only_shows_the_form(client, question_page):
    response = client.get(question_page.url_for("lookup") + "?code=HD-00000-00000&contact=a@b.vn")
    assert response.status_code == 200
    assert "Không tìm thấy" not in response.content.decode()


# -- public list and detail ---------------------------------------------------------------------------
def test_only_published_answers_are_public(client, question_page, tdkt_field):
    published = factories.answered_question(tdkt_field, title="Câu đã công bố")
    private = factories.answered_question(tdkt_field, title="Câu không công khai", public=False)
    waiting = factories.awaiting_question(tdkt_field, title="Câu chờ duyệt")
    declined = factories.declined_question(tdkt_field, title="Câu không xử lý")
    html = client.get(question_page.url).content.decode()
    assert "Câu đã công bố" in html
    for hidden in (private, waiting, declined):
        assert hidden.title not in html
        assert client.get(question_page.url_for("detail", hidden.pk)).status_code == 404
    detail = client.get(question_page.url_for("detail", published.pk))
    assert detail.status_code == 200
    assert "Ban Thi đua – Khen thưởng" in detail.content.decode()


def test_personal_data_written_into_the_question_is_masked_on_public_pages(
    client, question_page, tdkt_field
):
    question = factories.answered_question(
        tdkt_field,
        asker_name="Trần Văn Khải",
        email="tranvankhai@example.com",
        phone="0903123456",
        title="Câu hỏi của Trần Văn Khải",
        body="Tôi là Trần Văn Khải, gọi tôi qua số 0903.123.456 hoặc tranvankhai@example.com. "
        "Em gái tôi dùng số +84 912 000 111.",
    )
    for url in [question_page.url, question_page.url_for("detail", question.pk)]:
        html = client.get(url).content.decode()
        for secret in [
            "Trần Văn Khải",
            "0903.123.456",
            "0903123456",
            "tranvankhai@example.com",
            "912 000 111",
        ]:
            assert secret not in html, (url, secret)
    assert "[đã ẩn]" in client.get(question_page.url_for("detail", question.pk)).content.decode()


def test_list_filters_by_field_and_words(client, question_page, tdkt_field, btg_field):
    factories.answered_question(tdkt_field, title="Bằng khen cho giáo viên")
    factories.answered_question(btg_field, title="Lễ rước ngoài nhà thờ")
    by_field = client.get(question_page.url, {"linh_vuc": "ton-giao"}).content.decode()
    assert "Lễ rước ngoài nhà thờ" in by_field and "Bằng khen cho giáo viên" not in by_field
    by_word = client.get(question_page.url, {"q": "giáo viên"}).content.decode()
    assert "Bằng khen cho giáo viên" in by_word and "Lễ rước" not in by_word
    assert client.get(question_page.url, {"page": "abc"}).status_code == 200
    assert client.get(question_page.url, {"page": "999"}).status_code == 404


def test_the_list_uses_a_fixed_number_of_queries(
    client, question_page, tdkt_field, django_assert_max_num_queries
):
    for n in range(12):
        factories.answered_question(tdkt_field, title=f"Câu hỏi {n}")
    client.get(question_page.url)
    with django_assert_max_num_queries(20):
        client.get(question_page.url)


def test_published_answers_are_in_the_sitemap(client, question_page, tdkt_field):
    published = factories.answered_question(tdkt_field)
    private = factories.answered_question(tdkt_field, public=False)
    waiting = factories.awaiting_question(tdkt_field)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"/hoi-dap/cau-hoi/{published.pk}/</loc>" in xml
    for hidden in (private, waiting):
        assert f"/hoi-dap/cau-hoi/{hidden.pk}/</loc>" not in xml


def test_each_error_is_announced_with_its_field(client, question_page, tdkt_field):
    """A screen reader reads a field's error when the field gets focus: aria-describedby of
    every invalid field names the element that holds its error message."""
    data = good_data(tdkt_field, asker_name="", title="", consent=None)
    html = client.post(ask_url(question_page), data).content.decode()
    invalid = re.findall(r'<(?:input|select|textarea)[^>]*aria-invalid="true"[^>]*>', html)
    assert len(invalid) == 3
    for tag in invalid:
        ids = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
        errors = [i for i in ids if re.search(rf'<ul class="errorlist" id="{i}"', html)]
        assert errors, f"no error message tied to {tag}"
