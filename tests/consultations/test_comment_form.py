"""Citizens' comment form: refused submissions store nothing; a valid one is stored once."""

import re
import unicodedata

import pytest
import time_machine
from django.core import mail
from django.test import Client, override_settings

from consultations.models import Comment, Moderation
from consultations.models.comments import MAX_COMMENT_LENGTH
from tests.consultations.factories import (
    closed_consultation,
    make_comment,
    open_consultation,
    upcoming_consultation,
)

pytestmark = pytest.mark.django_db

NFD_TEXT = unicodedata.normalize("NFD", "Đề nghị bổ sung khoản 3 về thời hạn cập nhật thông tin.")


def valid_data(**overrides):
    data = {
        "full_name": "Nguyễn Văn Bình",
        "email": "binh.nguyen@example.org",
        "phone": "",
        "organisation": "",
        "address": "Số 5 đường Hải Thượng Lãn Ông, phường Hiến Nam",
        "target": "2",
        "text": NFD_TEXT,
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def draft(home_page):
    return open_consultation(home_page)


def post(client, page, data):
    return client.post(page.url + "gop-y/", data)


def test_valid_comment_is_stored_once_pending_in_nfc(
    client, draft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, draft, valid_data())
    assert response.status_code == 200
    html = response.content.decode()
    comment = Comment.objects.get()
    assert comment.status == Moderation.PENDING
    assert comment.article_number == 2
    assert comment.text == unicodedata.normalize("NFC", NFD_TEXT)
    assert unicodedata.is_normalized("NFC", comment.full_name)
    assert comment.consent_text.startswith("Tôi đồng ý")
    assert re.fullmatch(r"GY-[A-Z2-9]{4}-[A-Z2-9]{4}", comment.receipt_code)
    assert comment.receipt_code in html
    assert "binh.nguyen@example.org" not in html  # the receipt page does not echo contacts
    # the acknowledgement email
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["binh.nguyen@example.org"]
    assert comment.receipt_code in mail.outbox[0].body
    assert comment.receipt_code in mail.outbox[0].subject


def test_no_email_when_only_a_phone_was_given(client, draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, draft, valid_data(email="", phone="0912 345 678"))
    assert response.status_code == 200
    assert Comment.objects.get().phone == "0912 345 678"
    assert mail.outbox == []


def test_comment_on_the_whole_draft(client, draft):
    assert post(client, draft, valid_data(target="")).status_code == 200
    assert Comment.objects.get().article_number is None


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"website": "http://spam.example"}, "Không thể gửi nội dung này"),
        ({"consent": ""}, "Bạn cần đánh dấu đồng ý xử lý dữ liệu cá nhân"),
        ({"text": "x" * (MAX_COMMENT_LENGTH + 1)}, "Nội dung góp ý tối đa 5000 ký tự"),
        ({"text": "   "}, "Vui lòng nhập nội dung góp ý"),
        ({"full_name": ""}, "Vui lòng nhập họ và tên"),
        ({"email": "", "phone": ""}, "Vui lòng nhập thư điện tử hoặc số điện thoại"),
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử không hợp lệ"),
        ({"phone": "abc"}, "Số điện thoại không hợp lệ"),
        ({"target": "99"}, "Điều được chọn không có trong dự thảo"),
    ],
)
def test_bad_submissions_are_refused_with_a_message_and_store_nothing(
    client, draft, overrides, message
):
    response = post(client, draft, valid_data(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Góp ý chưa được gửi" in html
    assert Comment.objects.count() == 0
    assert mail.outbox == []


def test_exactly_the_maximum_length_is_accepted(client, draft):
    assert post(client, draft, valid_data(text="ộ" * MAX_COMMENT_LENGTH)).status_code == 200
    # NFD "ộ" is three code points; the limit counts the stored NFC text
    assert (
        post(
            client, draft, valid_data(text=unicodedata.normalize("NFD", "ộ" * MAX_COMMENT_LENGTH))
        ).status_code
        == 200
    )
    assert Comment.objects.count() == 2


def test_after_closing_the_comment_is_refused_and_nothing_stored(client, home_page):
    page = closed_consultation(home_page)
    response = post(client, page, valid_data())
    assert response.status_code == 403
    assert "Đã hết thời gian lấy ý kiến" in response.content.decode()
    assert Comment.objects.count() == 0


def test_at_the_closing_instant_the_server_clock_decides(client, draft):
    with time_machine.travel(draft.closes_at, tick=False):
        response = post(client, draft, valid_data())
    assert response.status_code == 403
    assert Comment.objects.count() == 0
    with time_machine.travel(draft.closes_at.timestamp() - 0.001, tick=False):
        assert post(client, draft, valid_data()).status_code == 200
    assert Comment.objects.count() == 1


def test_before_opening_the_comment_is_refused(client, home_page):
    page = upcoming_consultation(home_page)
    response = post(client, page, valid_data())
    assert response.status_code == 403
    assert "chưa mở lấy ý kiến" in response.content.decode()
    assert Comment.objects.count() == 0


def test_rate_limit_default_five_per_ten_minutes(client, draft):
    for _n in range(5):
        assert post(client, draft, valid_data()).status_code == 200
    response = post(client, draft, valid_data(text="Góp ý thứ sáu"))
    assert response.status_code == 429
    assert "Vui lòng thử lại sau" in response.content.decode()
    assert Comment.objects.count() == 5
    assert not Comment.objects.filter(text="Góp ý thứ sáu").exists()
    # another client (another address) is not affected
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert post(other, draft, valid_data()).status_code == 200


@override_settings(PORTAL_RATE_LIMITS={"consultation-comment": {"count": 2, "seconds": 60}})
def test_rate_limit_is_configurable(client, draft):
    assert post(client, draft, valid_data()).status_code == 200
    assert post(client, draft, valid_data()).status_code == 200
    assert post(client, draft, valid_data()).status_code == 429
    assert Comment.objects.count() == 2


def test_csrf_is_enforced(draft):
    client = Client(enforce_csrf_checks=True)
    assert post(client, draft, valid_data()).status_code == 403
    assert Comment.objects.count() == 0
    page = client.get(draft.url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    assert post(client, draft, valid_data(csrfmiddlewaretoken=token)).status_code == 200
    assert Comment.objects.count() == 1


def test_get_on_the_form_route_goes_back_to_the_form(client, draft):
    response = client.get(draft.url + "gop-y/")
    assert response.status_code == 302
    assert response["Location"].endswith("#gop-y")


def test_the_form_preselects_the_article_of_the_gop_y_link(client, draft):
    html = client.get(draft.url + "?dieu=2").content.decode()
    assert 'href="?dieu=2#gop-y"' in html
    assert re.search(r'<option value="2" selected>Điều 2', html)


def test_approved_comments_appear_under_their_article_with_name_or_organisation_only(client, draft):
    shown = make_comment(
        draft, Moderation.APPROVED, article_number=2, text="Góp ý về Điều 2 đã duyệt"
    )
    org = make_comment(
        draft, Moderation.APPROVED, text="Góp ý chung của hội", organisation="Hội Luật gia tỉnh"
    )
    hidden = make_comment(draft, Moderation.PENDING, article_number=2, text="Góp ý đang chờ duyệt")
    rejected = make_comment(
        draft, Moderation.REJECTED, text="Góp ý bị từ chối", rejection_reason="x"
    )
    html = client.get(draft.url).content.decode()
    article = html.split('id="dieu-2"', 1)[1].split('id="dieu-3"', 1)[0]
    assert "Góp ý về Điều 2 đã duyệt" in article and shown.full_name in article
    assert "Hội Luật gia tỉnh" in html and "Góp ý chung của hội" in html
    assert org.full_name not in html  # an organisation's comment shows the organisation
    for comment in (shown, org, hidden, rejected):
        assert comment.email not in html
        assert comment.phone not in html
        assert comment.address not in html
    assert "Góp ý đang chờ duyệt" not in html and "Góp ý bị từ chối" not in html


def test_xss_payload_is_shown_escaped(client, draft):
    payload = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
    make_comment(draft, Moderation.APPROVED, article_number=1, text=payload, full_name=payload)
    html = client.get(draft.url).content.decode()
    assert "<script>alert(" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html


def test_xss_payload_in_a_refused_form_is_escaped(client, draft):
    payload = "<script>alert(2)</script>"
    response = post(client, draft, valid_data(full_name=payload, consent=""))
    assert response.status_code == 400
    assert "<script>alert(2)" not in response.content.decode()


@override_settings(EMAIL_BACKEND="tests.consultations.broken_mail.BrokenBackend")
def test_a_mail_failure_never_loses_the_comment(client, draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, draft, valid_data())
    assert response.status_code == 200
    comment = Comment.objects.get()
    assert comment.receipt_code in response.content.decode()


def test_each_error_is_announced_with_its_field(client, draft):
    """aria-describedby of every invalid field names the element that holds its error message."""
    html = post(client, draft, valid_data(full_name="", text="", consent="")).content.decode()
    invalid = re.findall(r'<(?:input|select|textarea)[^>]*aria-invalid="true"[^>]*>', html)
    assert len(invalid) == 3
    for tag in invalid:
        ids = re.search(r'aria-describedby="([^"]+)"', tag).group(1).split()
        errors = [i for i in ids if re.search(rf'<ul class="errorlist" id="{i}"', html)]
        assert errors, f"no error message tied to {tag}"
