"""Phases of a consultation at the exact opening and closing instants, and page validation."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from consultations.models import ConsultationSettings, DraftConsultationPage, Moderation, Phase
from tests.consultations.factories import consultation, drafting_unit, index_page, make_comment

pytestmark = pytest.mark.django_db

VN = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
OPENS = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=VN)
CLOSES = datetime.datetime(2026, 12, 31, 17, 0, tzinfo=VN)
PUBLISHED = datetime.datetime(2027, 1, 15, 9, 0, tzinfo=VN)
TICK = datetime.timedelta(microseconds=1)


@pytest.fixture
def draft(home_page):
    return consultation(home_page, OPENS, CLOSES, result_summary="<p>Kết quả</p>")


@pytest.mark.parametrize(
    "instant, expected",
    [
        (OPENS - TICK, Phase.UPCOMING),
        (OPENS, Phase.OPEN),
        (CLOSES - TICK, Phase.OPEN),
        (CLOSES, Phase.CLOSED),
        (PUBLISHED - TICK, Phase.CLOSED),
        (PUBLISHED, Phase.RESULT_PUBLISHED),
    ],
)
def test_phase_at_the_exact_instants(draft, instant, expected):
    draft.result_published_at = PUBLISHED
    draft.save()
    with time_machine.travel(instant, tick=False):
        assert draft.phase == expected
        # the database query for the list agrees with the Python rule
        assert DraftConsultationPage.objects.filter(Phase.q(expected), pk=draft.pk).exists()
        for other in set(Phase.ALL) - {expected}:
            assert not DraftConsultationPage.objects.filter(Phase.q(other), pk=draft.pk).exists()


def test_the_list_shows_the_draft_in_the_tab_of_its_phase(client, draft):
    url = draft.get_parent().url
    with time_machine.travel(OPENS - TICK, tick=False):
        assert draft.title not in client.get(url).content.decode()
        assert draft.title in client.get(url + "?trang-thai=sap-lay-y-kien").content.decode()
    with time_machine.travel(OPENS, tick=False):
        assert draft.title in client.get(url).content.decode()
    with time_machine.travel(CLOSES, tick=False):
        assert draft.title not in client.get(url).content.decode()
        assert draft.title in client.get(url + "?trang-thai=da-ket-thuc").content.decode()


def test_closing_must_come_after_opening(home_page):
    page = DraftConsultationPage(
        title="Sai thời gian", slug="sai", summary="x", opens_at=CLOSES, closes_at=OPENS
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "closes_at" in error.value.message_dict


def test_result_only_after_closing_and_with_content(home_page):
    page = DraftConsultationPage(
        title="Kết quả sớm",
        slug="ket-qua-som",
        summary="x",
        opens_at=OPENS,
        closes_at=CLOSES,
        result_published_at=CLOSES - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "result_published_at" in error.value.message_dict
    assert "result_summary" in error.value.message_dict


def test_duplicate_article_numbers_are_refused(home_page):
    page = DraftConsultationPage(
        title="Trùng điều",
        slug="trung-dieu",
        summary="x",
        opens_at=OPENS,
        closes_at=CLOSES,
        draft_text=[
            {"type": "article", "value": {"number": 2, "title": "A", "lead": "", "clauses": []}},
            {"type": "article", "value": {"number": 2, "title": "B", "lead": "", "clauses": []}},
        ],
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Số điều bị trùng: 2" in str(error.value)


def test_moderation_diagram():
    assert Moderation.can_move(Moderation.PENDING, Moderation.APPROVED)
    assert Moderation.can_move(Moderation.APPROVED, Moderation.REJECTED)
    assert not Moderation.can_move(Moderation.APPROVED, Moderation.PENDING)
    assert not Moderation.can_move(Moderation.SPAM, Moderation.PENDING)


def test_moderate_refuses_a_rejection_without_reason(draft):
    comment = make_comment(draft)
    with pytest.raises(ValueError):
        comment.moderate(Moderation.REJECTED, reason="  ")
    comment.refresh_from_db()
    assert comment.status == Moderation.PENDING
    comment.moderate(Moderation.REJECTED, reason="Không liên quan")
    comment.refresh_from_db()
    assert comment.status == Moderation.REJECTED and comment.moderated_at is not None


# -- the admin: pasted text becomes structure; a short window gives a warning --------------------


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.net", "mat-khau-12")
    client.force_login(user)
    return client


def _post_data(**overrides):
    data = {
        "title": "Dự thảo dán văn bản",
        "slug": "du-thao-dan-van-ban",
        "summary": "Tóm tắt",
        "kind": "other",
        "opens_at": "2026-12-01 08:00",
        "closes_at": "2026-12-31 17:00",
        "contact_address": "",
        "contact_email": "",
        "contact_phone": "",
        "draft_text_paste": "Chương I\nCHUNG\nĐiều 1. Một\n1. Khoản một\nĐiều 2. Hai\nNội dung",
        "draft_text-count": "0",
        "files-count": "0",
        "result_summary": rich_text(""),
        "result_published_at": "",
        "action-publish": "",
    }
    data.update(overrides)
    return data


def _drafting_unit():
    return drafting_unit()


def test_admin_create_splits_pasted_text_and_warns_about_a_short_window(admin_client, home_page):
    parent = index_page(home_page)
    ConsultationSettings.for_site(parent.get_site())  # defaults: 30 days
    unit = _drafting_unit()
    url = reverse(
        "wagtailadmin_pages:add", args=["consultations", "draftconsultationpage", parent.pk]
    )
    data = _post_data(drafting_unit=str(unit.pk), closes_at="2026-12-11 08:00")
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    page = DraftConsultationPage.objects.get(slug="du-thao-dan-van-ban")
    assert page.article_numbers == [1, 2]
    assert page.draft_text_paste == ""
    messages = [str(m) for m in response.context["messages"]]
    assert any("ngắn hơn mức tối thiểu 30 ngày" in m for m in messages), messages


def test_admin_no_warning_for_a_long_enough_window(admin_client, home_page):
    parent = index_page(home_page)
    unit = _drafting_unit()
    url = reverse(
        "wagtailadmin_pages:add", args=["consultations", "draftconsultationpage", parent.pk]
    )
    response = admin_client.post(url, _post_data(drafting_unit=str(unit.pk)), follow=True)
    assert DraftConsultationPage.objects.filter(slug="du-thao-dan-van-ban").exists()
    messages = [str(m) for m in response.context["messages"]]
    assert not any("tối thiểu" in m for m in messages)


def test_minimum_window_comes_from_the_site_setting(home_page):
    parent = index_page(home_page)
    settings = ConsultationSettings.for_site(parent.get_site())
    settings.minimum_window_days = 5
    settings.save()
    page = consultation(home_page, OPENS, OPENS + datetime.timedelta(days=7))
    assert page.short_window_warning() == ""
    settings.minimum_window_days = 10
    settings.save()
    assert "7 ngày" in page.short_window_warning()


def test_admin_refuses_closing_before_opening(admin_client, home_page):
    parent = index_page(home_page)
    unit = _drafting_unit()
    url = reverse(
        "wagtailadmin_pages:add", args=["consultations", "draftconsultationpage", parent.pk]
    )
    response = admin_client.post(
        url, _post_data(drafting_unit=str(unit.pk), closes_at="2026-11-01 08:00")
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Thời điểm hết hạn phải sau thời điểm bắt đầu" in response.content.decode()
    assert not DraftConsultationPage.objects.filter(slug="du-thao-dan-van-ban").exists()
