"""Moderation in the Wagtail admin: listing filters, bulk approve / reject with reason / spam."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from consultations.models import Comment, Moderation
from tests.consultations.factories import make_comment, open_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.net", "mat-khau-12")
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def draft(home_page):
    return open_consultation(home_page)


def bulk_url(action, comments, model="comment"):
    ids = "&".join(f"id={c.pk}" for c in comments)
    return (
        reverse("wagtail_bulk_action", args=["consultations", model, action])
        + f"?{ids}&next=/admin/"
    )


def list_url():
    return reverse("wagtailsnippets_consultations_comment:list")


def test_listing_filters_by_consultation_status_and_article(admin_client, draft, home_page):
    other = open_consultation(home_page)
    a = make_comment(draft, Moderation.PENDING, article_number=1, text="Góp ý A")
    b = make_comment(draft, Moderation.APPROVED, article_number=2, text="Góp ý B")
    c = make_comment(other, Moderation.PENDING, article_number=1, text="Góp ý C")

    def codes(query):
        response = admin_client.get(list_url() + query)
        assert response.status_code == 200
        html = response.content.decode()
        return {x.receipt_code for x in (a, b, c) if x.receipt_code in html}

    assert codes("") == {a.receipt_code, b.receipt_code, c.receipt_code}
    assert codes(f"?consultation={draft.pk}") == {a.receipt_code, b.receipt_code}
    assert codes("?status=pending") == {a.receipt_code, c.receipt_code}
    assert codes(f"?consultation={draft.pk}&article_number=2") == {b.receipt_code}


def test_bulk_approve(admin_client, draft):
    comments = [make_comment(draft) for _ in range(3)]
    confirm = admin_client.get(bulk_url("approve", comments))
    assert confirm.status_code == 200
    response = admin_client.post(bulk_url("approve", comments))
    assert response.status_code == 302
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == Moderation.APPROVED
        assert comment.moderated_by == admin_client.user
        assert comment.moderated_at is not None


def test_bulk_reject_requires_and_stores_a_reason(admin_client, draft):
    comments = [make_comment(draft) for _ in range(2)]
    response = admin_client.post(bulk_url("reject", comments), {"reason": ""})
    assert response.status_code == 200  # the form again
    assert "Cần ghi lý do từ chối góp ý" in response.content.decode()
    assert set(Comment.objects.values_list("status", flat=True)) == {Moderation.PENDING}

    response = admin_client.post(
        bulk_url("reject", comments), {"reason": "Không liên quan dự thảo"}
    )
    assert response.status_code == 302
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == Moderation.REJECTED
        assert comment.rejection_reason == "Không liên quan dự thảo"


def test_bulk_spam(admin_client, draft):
    comments = [make_comment(draft), make_comment(draft, Moderation.APPROVED)]
    admin_client.post(bulk_url("spam", comments))
    assert set(Comment.objects.values_list("status", flat=True)) == {Moderation.SPAM}


def test_edit_form_records_the_response_and_refuses_going_back_to_pending(admin_client, draft):
    comment = make_comment(draft, Moderation.APPROVED, article_number=1)
    url = reverse("wagtailsnippets_consultations_comment:edit", args=[comment.pk])
    assert admin_client.get(url).status_code == 200
    base = {"status": "approved", "rejection_reason": "", "response_kind": "accepted"}
    response = admin_client.post(url, {**base, "response_text": "Tiếp thu, sửa khoản 1."})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.response_kind == "accepted" and comment.responded_at is not None
    # contacts are read-only in the form: a posted value is ignored
    admin_client.post(url, {**base, "response_text": "x", "email": "doi@example.net"})
    comment.refresh_from_db()
    assert comment.email != "doi@example.net"
    response = admin_client.post(url, {**base, "status": "pending", "response_text": "x"})
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.status == Moderation.APPROVED


def test_comments_cannot_be_added_in_the_admin(admin_client):
    response = admin_client.get(reverse("wagtailsnippets_consultations_comment:add"))
    assert response.status_code in (302, 403)
    assert Comment.objects.count() == 0


def test_a_moderator_group_can_moderate_but_an_editor_cannot(client, draft, django_user_model):
    comment = make_comment(draft)
    moderator = django_user_model.objects.create_user("kiemduyet", password="mat-khau-12")
    group = Group.objects.create(name="Kiểm duyệt góp ý")
    group.permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        Permission.objects.get(codename="change_comment", content_type__app_label="consultations"),
    )
    moderator.groups.add(group)
    editor = django_user_model.objects.create_user("bientap", password="mat-khau-12")
    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )

    client.force_login(editor)
    assert client.get(list_url()).status_code in (302, 403)
    client.post(bulk_url("approve", [comment]))
    comment.refresh_from_db()
    assert comment.status == Moderation.PENDING

    client.force_login(moderator)
    assert client.get(list_url()).status_code == 200
    client.post(bulk_url("approve", [comment]))
    comment.refresh_from_db()
    assert comment.status == Moderation.APPROVED
