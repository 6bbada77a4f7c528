"""The services demo: at least 20 real procedures with forms, 30 questions in every state, the
holidays, idempotent — and, after loading it, no public services page shows any asker's name,
email or phone."""

import io
import re

import pytest
from django.core.management import call_command

from portal.workdays import Holiday
from services.models import (
    ProcedureForm,
    ProcedurePage,
    Question,
    QuestionEvent,
    QuestionIndexPage,
    QuestionStatus,
    Rating,
    ServiceField,
)
from services.privacy import normalize_phone

pytestmark = pytest.mark.django_db(transaction=False)


def counts():
    return {
        "procedures": ProcedurePage.objects.count(),
        "forms": ProcedureForm.objects.count(),
        "questions": Question.objects.count(),
        "events": QuestionEvent.objects.count(),
        "ratings": Rating.objects.count(),
        "holidays": Holiday.objects.count(),
        "fields": ServiceField.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            first = counts()
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            yield first, counts()
            transaction.set_rollback(True)


def test_the_demo_is_complete_and_idempotent(demo):
    first, second = demo
    assert first == second
    assert first["procedures"] >= 20
    assert first["questions"] == 30
    assert first["forms"] >= 15
    assert set(Question.objects.values_list("status", flat=True)) == set(QuestionStatus.values)
    assert Question.objects.overdue().exists() and Question.objects.due_soon().exists()
    assert Question.objects.published().count() >= 10
    codes = list(ProcedurePage.objects.values_list("code", flat=True))
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[12]\.\d{6}", code) for code in codes)
    levels = set(ProcedurePage.objects.values_list("online_level", flat=True))
    assert levels == {"full", "partial", "none"}
    years = {day.year for day in Holiday.objects.values_list("date", flat=True)}
    assert {2026, 2027} <= years


def test_every_question_has_a_consistent_history(demo):
    for question in Question.objects.all():
        events = list(question.events.order_by("at", "id"))
        assert events[0].action == "receive"
        assert events[-1].to_status == question.status, question.title
        if question.status == QuestionStatus.ANSWERED:
            assert question.approved_by is not None  # a unit head, from --with-users
            assert question.answered_at >= question.received_at


def secrets_of(question):
    values = {question.asker_name, question.email}
    if question.phone:
        digits = normalize_phone(question.phone)
        values |= {
            digits,
            f"{digits[:4]} {digits[4:7]} {digits[7:]}",
            f"{digits[:4]}.{digits[4:7]}.{digits[7:]}",
        }
    return {value for value in values if value}


def public_urls(client):
    index = QuestionIndexPage.objects.get()
    urls = ["/", "/thu-tuc-hanh-chinh/", "/thu-tuc-hanh-chinh/?page=2", "/sitemap.xml"]
    urls += [page.url for page in ProcedurePage.objects.live()]
    urls += [index.url, index.url + "?page=2", index.url_for("ask"), index.url_for("lookup")]
    for field in ServiceField.objects.all():
        urls.append(f"{index.url}?linh_vuc={field.slug}")
    urls += [index.url_for("detail", q.pk) for q in Question.objects.published()]
    return urls


def search_results(client, query):
    """The results part of the site search page (the page itself echoes the query)."""
    html = client.get("/tim-kiem/", {"q": query}).content.decode()
    if 'class="search-results"' not in html:
        return ""
    return html.split('class="search-results"', 1)[1].split("</ol>", 1)[0]


def test_no_public_services_page_shows_personal_data(demo, client):
    questions = list(Question.objects.all())
    secrets = set().union(*(secrets_of(q) for q in questions))
    pages = {}
    for url in public_urls(client):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        if response.status_code == 200:
            pages[url] = response.content.decode()
    assert len(pages) > 40
    leaks = [(url, secret) for url, html in pages.items() for secret in secrets if secret in html]
    assert leaks == []
    for question in questions:
        for secret in secrets_of(question):
            assert secret not in search_results(client, secret), secret


def test_lookup_results_show_no_personal_data(demo, client):
    index = QuestionIndexPage.objects.get()
    for question in Question.objects.all():
        contact = question.email or question.phone
        response = client.post(
            index.url_for("lookup"), {"code": question.receipt_code, "contact": contact}
        )
        assert response.status_code == 200, question.title
        html = response.content.decode().split('<form class="svc-form"')[0]
        assert str(question.public_status_label) in html
        for secret in secrets_of(question):
            assert secret not in html, (question.title, secret)
