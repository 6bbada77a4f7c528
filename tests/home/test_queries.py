"""The home page does a fixed number of queries however many pages the site has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

pytestmark = pytest.mark.django_db


def _fill(home_page, count):
    existing = home_page.get_children().count()
    for number in range(existing, count):
        # published pages without revisions: enough for the menu and much faster to build
        home_page.add_child(
            instance=StandardPage(
                title=f"Chuyên mục {number}", slug=f"chuyen-muc-{number}", show_in_menus=True
            )
        )
        home_page.refresh_from_db()


def _count_queries(client):
    client.get("/")  # warm caches (site root, settings) the way a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    return len(queries)


def test_home_page_queries_do_not_grow_with_children(
    client, home_page, django_assert_max_num_queries
):
    _fill(home_page, 10)
    with_ten = _count_queries(client)
    _fill(home_page, 200)
    with django_assert_max_num_queries(with_ten):
        response = client.get("/")
    assert response.status_code == 200
    assert "Chuyên mục 199" in response.content.decode()
