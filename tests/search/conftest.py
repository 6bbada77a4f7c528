"""A small Vietnamese corpus under three first-level sections, and a search helper."""

import pytest
from wagtail.models import Page

from home.models import StandardPage
from search.models import SearchPage


@pytest.fixture
def search_page(home_page, make_page):
    return make_page(home_page, SearchPage, title="Tìm kiếm", slug="tim-kiem")


@pytest.fixture
def sections(home_page, make_page):
    return {
        "intro": make_page(home_page, StandardPage, title="Giới thiệu", slug="gioi-thieu"),
        "news": make_page(home_page, StandardPage, title="Tin tức – Sự kiện", slug="tin-tuc"),
        "docs": make_page(home_page, StandardPage, title="Văn bản", slug="van-ban"),
    }


@pytest.fixture
def search(client, search_page):
    """``search(q, **params)`` → the response of /tim-kiem/ (status checked by the caller)."""

    def run(q=None, /, **params):
        data = dict(params)
        if q is not None:
            data["q"] = q
        return client.get("/tim-kiem/", data)

    return run


def titles(response):
    """Result titles in order, as plain text."""
    results = response.context["results"]
    return [str(hit.obj.title if isinstance(hit.obj, Page) else hit.obj) for hit in results]


def all_titles(search, q, /, **params):
    """Every result title over every results page."""
    found, page = [], 1
    while True:
        response = search(q, page=page, **params)
        assert response.status_code == 200
        found += titles(response)
        results = response.context["results"]
        if not results.has_next():
            return found
        page += 1
