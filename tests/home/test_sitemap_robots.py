"""sitemap.xml lists every live public page and no draft; robots.txt names it."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return {loc.text for loc in tree.findall("sm:url/sm:loc", NS)}


def test_sitemap_lists_live_public_pages_and_no_draft(client, home_page, make_page):
    about = make_page(home_page, StandardPage, title="Giới thiệu")
    history = make_page(about, StandardPage, title="Lịch sử hình thành")
    draft = make_page(home_page, StandardPage, title="Bản nháp", live=False)
    private = make_page(home_page, StandardPage, title="Nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    locations = sitemap_locations(client)
    paths = {urlparse(loc).path for loc in locations}
    assert paths == {"/", about.url, history.url}
    assert f"/{draft.slug}/" not in paths
    assert f"/{private.slug}/" not in paths


def test_sitemap_includes_the_english_tree(client, home_page):
    from wagtail.models import Locale

    home_en = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    home_en.save_revision().publish()
    paths = {urlparse(loc).path for loc in sitemap_locations(client)}
    assert "/en/" in paths


def test_robots_txt_names_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
