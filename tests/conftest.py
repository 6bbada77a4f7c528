"""Fixtures shared by every test package: the site root and a page builder."""

import pytest
from wagtail.models import Page, Site


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
