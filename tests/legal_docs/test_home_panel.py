"""The home page lists the documents posted last, with a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.legal_docs.factories import in_force_document, make_register

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_five_newest_documents(
    client, home_page, django_assert_max_num_queries
):
    register = make_register(home_page)
    today = datetime.date(2026, 11, 20)
    for day in range(7):
        in_force_document(
            register,
            number=f"{100 + day}/QĐ-UBND",
            title=f"Quyết định số {day}",
            type_slug="quyet-dinh",
            body_slug="ubnd-tinh",
            issued_on=today - datetime.timedelta(days=day),
            published_on=today - datetime.timedelta(days=day),
        )
    html = client.get("/").content.decode()
    panel = html.split('id="home-documents-title"', 1)[1].split("</section>", 1)[0]
    assert [f"{100 + day}/QĐ-UBND" in panel for day in range(7)] == [True] * 5 + [False] * 2
    assert panel.index("100/QĐ-UBND") < panel.index("104/QĐ-UBND")

    client.get("/")
    with CaptureQueriesContext(connection) as seven:
        client.get("/")
    for day in range(7, 20):
        in_force_document(register, issued_on=today - datetime.timedelta(days=day))
    with django_assert_max_num_queries(len(seven)):
        client.get("/")
