"""Personal data: purge_commenter_data, and deletion requests by receipt code and contact."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from consultations.models import Comment, DeletionRequest, DeletionState, Moderation
from tests.consultations.factories import (
    closed_consultation,
    index_page,
    make_comment,
    open_consultation,
)

pytestmark = pytest.mark.django_db


def purge(days):
    out = io.StringIO()
    call_command("purge_commenter_data", "--older-than-days", str(days), stdout=out)
    return out.getvalue()


def test_purge_anonymises_contacts_only_where_due_and_keeps_the_text(home_page):
    old = closed_consultation(home_page, days_ago=100)
    recent = closed_consultation(home_page, days_ago=10)
    running = open_consultation(home_page)
    due = [
        make_comment(old, Moderation.APPROVED, article_number=1, organisation="Hội Luật gia"),
        make_comment(old, Moderation.SPAM),
    ]
    kept = [make_comment(recent), make_comment(running, Moderation.APPROVED)]

    output = purge(90)
    assert "2 góp ý" in output
    for comment in due:
        before_text, before_target = comment.text, comment.article_number
        comment.refresh_from_db()
        assert (comment.full_name, comment.email, comment.phone, comment.address) == (
            "",
            "",
            "",
            "",
        )
        assert comment.text == before_text and comment.article_number == before_target
        assert comment.anonymised_at is not None
    assert due[0].public_author == "Hội Luật gia"
    assert due[1].public_author == "Người góp ý (đã ẩn danh)"
    for comment in kept:
        snapshot = (comment.full_name, comment.email, comment.phone, comment.address)
        comment.refresh_from_db()
        assert (comment.full_name, comment.email, comment.phone, comment.address) == snapshot
        assert comment.anonymised_at is None
    # a second run has nothing left to do
    assert "0 góp ý" in purge(90)
    # a shorter period reaches the recently closed draft, never the open one
    purge(5)
    kept[0].refresh_from_db()
    kept[1].refresh_from_db()
    assert kept[0].email == "" and kept[1].email != ""


def test_purge_dry_run_and_bad_argument(home_page):
    old = closed_consultation(home_page, days_ago=100)
    comment = make_comment(old)
    out = io.StringIO()
    call_command("purge_commenter_data", "--older-than-days", "30", "--dry-run", stdout=out)
    assert "Sẽ ẩn danh" in out.getvalue() and "1 góp ý" in out.getvalue()
    comment.refresh_from_db()
    assert comment.email
    with pytest.raises(CommandError):
        call_command("purge_commenter_data", "--older-than-days", "-1")


# -- deletion requests ------------------------------------------------------------------------


@pytest.fixture
def setup(home_page):
    draft = open_consultation(home_page)
    comment = make_comment(draft, email="Chi.Le@Example.org", phone="+84 912 345 678")
    return index_page(home_page), comment


def ask(client, index, code, contact):
    data = {"receipt_code": code, "contact": contact, "consent": "on", "website": ""}
    return client.post(index.url + "yeu-cau-xoa-du-lieu/", data)


def test_matching_code_and_email_or_phone_queue_one_request(client, setup):
    index, comment = setup
    lower = comment.receipt_code.lower().replace("-", " ")
    response = ask(client, index, lower, "chi.le@example.org")
    assert response.status_code == 200
    assert (
        DeletionRequest.objects.filter(comment=comment, status=DeletionState.PENDING).count() == 1
    )
    # the same request again (with the phone in another format) does not queue a duplicate
    ask(client, index, comment.receipt_code, "0912.345.678")
    assert DeletionRequest.objects.count() == 1
    comment.refresh_from_db()
    assert comment.email  # nothing is deleted before a moderator acts


def test_wrong_pairs_and_unknown_codes_get_the_same_answer_and_queue_nothing(client, setup):
    index, comment = setup
    good = ask(client, index, comment.receipt_code, "chi.le@example.org").content.decode()
    DeletionRequest.objects.all().delete()
    wrong_contact = ask(client, index, comment.receipt_code, "khac@example.org").content.decode()
    unknown_code = ask(client, index, "GY-2222-3333", "chi.le@example.org").content.decode()
    assert DeletionRequest.objects.count() == 0

    def answer(html):
        return html.split('role="status">', 1)[1].split("</p>", 1)[0]

    assert answer(good) == answer(wrong_contact) == answer(unknown_code)
    # and the page never echoes the stored contact
    for html in (good, wrong_contact, unknown_code):
        assert "Chi.Le@Example.org" not in html


def test_deletion_form_errors_and_rate_limit(client, setup):
    index, comment = setup
    response = ask(client, index, "abc", "chi.le@example.org")
    assert response.status_code == 400
    assert "Mã góp ý gồm chữ GY và 8 ký tự" in response.content.decode()
    for _n in range(5):
        ask(client, index, "GY-2222-3333", "x@example.org")
    response = ask(client, index, comment.receipt_code, "chi.le@example.org")
    assert response.status_code == 429
    assert DeletionRequest.objects.count() == 0


def test_moderator_carries_out_a_request(client, setup, django_user_model):
    index, comment = setup
    ask(client, index, comment.receipt_code, "chi.le@example.org")
    request = DeletionRequest.objects.get()
    admin = django_user_model.objects.create_superuser("quantri", "qt@example.net", "mat-khau-12")
    client.force_login(admin)
    assert (
        client.get(reverse("wagtailsnippets_consultations_deletionrequest:list")).status_code == 200
    )
    url = reverse("wagtail_bulk_action", args=["consultations", "deletionrequest", "carry_out"])
    response = client.post(f"{url}?id={request.pk}&next=/admin/")
    assert response.status_code == 302
    request.refresh_from_db()
    comment.refresh_from_db()
    assert request.status == DeletionState.DONE and request.handled_by == admin
    assert (comment.full_name, comment.email, comment.phone, comment.address) == ("", "", "", "")
    assert comment.text
    # after anonymisation the same code and contact no longer match anything
    client.logout()
    ask(client, index, comment.receipt_code, "chi.le@example.org")
    assert DeletionRequest.objects.count() == 1
    assert Comment.objects.filter(pk=comment.pk).exists()
