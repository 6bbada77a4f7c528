"""Art. 8 prohibited terms: citizens' submissions held as spam, editors warned before submitting;
text hygiene in citizens' forms."""

import unicodedata

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from home.models import StandardPage
from portal.admin_forms import CONFIRM_FIELD
from portal.forms import CitizenFormMixin
from portal.models import ProhibitedTerm
from tests.portal.admin_helpers import create_page, current_step, page_data

pytestmark = pytest.mark.django_db


class QuestionForm(CitizenFormMixin, forms.Form):
    name = forms.CharField()
    question = forms.CharField(widget=forms.Textarea)


def question(**fields):
    data = {"name": "Nguyễn Văn An", "question": "Xin hỏi thủ tục nâng ngạch?", "consent": "on"}
    data.update(fields)
    return QuestionForm(data)


@pytest.fixture
def terms(db):
    ProhibitedTerm.objects.create(term="cờ bạc", category="advertising")
    ProhibitedTerm.objects.create(term=r"\bbit\.ly/\w+", kind="regex", category="malware")
    ProhibitedTerm.objects.create(term="tài xỉu", is_active=False)


def test_terms_match_words_with_or_without_diacritics_and_patterns(terms):
    assert ProhibitedTerm.matches("Tham gia CỜ BẠC trực tuyến") == ["cờ bạc"]
    assert ProhibitedTerm.matches("choi co bac online") == ["cờ bạc"]
    assert ProhibitedTerm.matches("xem tại bit.ly/abc123") == [r"\bbit\.ly/\w+"]
    # word boundaries, inactive terms, and other words with the same letters do not match
    assert ProhibitedTerm.matches("cờ bạch đằng") == []
    assert ProhibitedTerm.matches("chơi tài xỉu") == []


def test_invalid_pattern_is_refused(db):
    term = ProhibitedTerm(term="(", kind="regex")
    with pytest.raises(ValidationError) as error:
        term.full_clean()
    assert "Biểu thức chính quy không hợp lệ" in str(error.value)


def test_citizen_submission_with_prohibited_terms_is_flagged_as_spam(terms):
    form = question(question="Mời tham gia cờ bạc, xem bit.ly/xyz")
    assert form.is_valid()
    assert form.is_spam
    assert set(form.spam_reasons) == {"cờ bạc", r"\bbit\.ly/\w+"}
    clean = question()
    assert clean.is_valid() and not clean.is_spam


def test_citizen_legacy_text_is_refused_and_refilled_with_the_conversion(db):
    form = question(question="Sôû Noäi vuï tænh Höng Yeân")
    assert not form.is_valid()
    assert "VNI" in form.errors["question"][0]
    assert "Sở Nội vụ tỉnh Hưng Yên" in form.errors["question"][0]
    assert "gửi lại" in form.errors["question"][0]
    assert form["question"].value() == "Sở Nội vụ tỉnh Hưng Yên"
    # sending the converted text again goes through
    again = question(question=form["question"].value())
    assert again.is_valid()


def test_citizen_nfd_text_is_stored_as_nfc(db):
    form = question(name=unicodedata.normalize("NFD", "Trần Thị Hồng"))
    assert form.is_valid()
    assert form.cleaned_data["name"] == "Trần Thị Hồng"


def test_editor_is_warned_on_save_and_must_confirm_before_submitting(client, org, terms):
    client.force_login(org.users.staff_vp)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", org.news.pk])
    body = ["<p>Cảnh báo tình trạng cờ bạc trá hình trên mạng.</p>"]
    # saving a draft works, with a warning
    response = client.post(url, page_data("Cảnh giác", paragraphs=body), follow=True)
    assert "Cảnh báo (Điều 8 Quy chế)" in response.content.decode()
    page = StandardPage.objects.get(title="Cảnh giác")
    # submitting needs an explicit confirmation
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = page_data("Cảnh giác", slug=page.slug, paragraphs=body, **{"action-submit": "1"})
    response = client.post(edit_url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "danh mục cấm" in html and f'name="{CONFIRM_FIELD}"' in html
    assert current_step(page) is None
    response = client.post(edit_url, {**data, CONFIRM_FIELD: "1"})
    assert response.status_code == 302
    assert current_step(page) is not None


def test_clean_submission_needs_no_confirmation(client, org, terms):
    client.force_login(org.users.staff_vp)
    response = create_page(client, org.news, "Tin sạch", paragraphs=["<p>Nội dung.</p>"])
    assert response.status_code == 302
    assert current_step(StandardPage.objects.get(title="Tin sạch")) is not None
