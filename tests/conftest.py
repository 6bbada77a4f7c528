"""Fixtures shared by every test package: the site root and a page builder."""

import pytest
from django.core.cache import cache
from wagtail.models import Page, Site


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache. Wagtail caches the sites' root paths there, and a
    rolled-back test would otherwise leave addresses of pages that no longer exist for the next
    one (a page's ``url`` then points at another site and the request gets a 404)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.select_related("root_page").get(is_default_site=True)


@pytest.fixture
def home_page(site):
    """The HomePage the migrations create as the default site's root."""
    return site.root_page.specific


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def make_page():
    """``make_page(parent, PageClass, title=…, live=True, **fields)`` → a saved, published page."""
    from tests.utils import add_page

    return add_page
