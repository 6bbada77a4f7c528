"""The database backends: what they index, the PostgreSQL configuration, the admin's searches."""

import pytest
from django.db import connection
from modelsearch.utils import get_content_type_pk
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.models import FacetEntry

pytestmark = pytest.mark.django_db


def test_backend_matches_the_database(settings):
    backend = get_search_backend()
    assert getattr(backend, "supports_vietnamese", False)
    if connection.vendor == "postgresql":
        assert backend.config == "vi_unaccent" == backend.autocomplete_config


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_vi_unaccent_configuration_folds_vietnamese():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('vi_unaccent', %s)::text",
            ["Đảng bộ Sở NỘI VỤ đường nđ43 Nguyễn-Đức"],
        )
        vector = cursor.fetchone()[0]
    for lexeme in [
        "'dang'",
        "'bo'",
        "'so'",
        "'noi'",
        "'vu'",
        "'duong'",
        "'nd43'",
        "'nguyen'",
        "'duc'",
    ]:
        assert lexeme in vector


def test_migration_is_a_no_op_off_postgresql():
    from importlib import import_module

    migration = import_module("search.migrations.0004_vi_unaccent_text_search_configuration")

    class Editor:
        class connection:  # noqa: N801
            vendor = "sqlite"

        executed = []

        def execute(self, sql):
            self.executed.append(sql)

    editor = Editor()
    migration.create(None, editor)
    migration.drop(None, editor)
    assert editor.executed == []


def test_indexing_stores_facets_and_number_tokens(home_page, make_page, monkeypatch):
    import datetime

    monkeypatch.setattr(StandardPage, "search_numbers", lambda self: ["680/QĐ-UBND"], raising=False)
    monkeypatch.setattr(
        StandardPage, "search_facets", lambda self: {"document_type": "Quyết định"}, raising=False
    )
    monkeypatch.setattr(StandardPage, "search_date", datetime.date(2019, 3, 1), raising=False)
    page = make_page(home_page, StandardPage, title="Quyết định về kế hoạch")
    entry = FacetEntry.objects.get(
        content_type_id=get_content_type_pk(StandardPage), object_id=str(page.pk)
    )
    assert (entry.year, entry.document_type) == (2019, "Quyết định")
    found = StandardPage.objects.filter(search_facet_entries__year=2019)
    assert list(found) == [page]
    page.delete()
    assert not FacetEntry.objects.filter(object_id=str(page.pk)).exists()


def test_a_failing_protocol_method_does_not_stop_indexing(home_page, make_page, monkeypatch):
    def broken(self):
        raise ValueError("broken")

    monkeypatch.setattr(StandardPage, "search_facets", broken, raising=False)
    page = make_page(home_page, StandardPage, title="Trang vẫn được tìm thấy")
    assert list(Page.objects.live().search("duoc tim thay")) == [page.page_ptr]


@pytest.mark.parametrize("query", ["noi vu", "Nội vụ", 'nội "vụ', "nội\x00vụ", "!!!", ""])
def test_admin_searches_fold_and_never_crash(home_page, make_page, query):
    page = make_page(home_page, StandardPage, title="Sở Nội vụ")
    found = list(Page.objects.search(query))
    if query in ("noi vu", "Nội vụ", 'nội "vụ'):
        assert page.page_ptr in found
    autocomplete = list(Page.objects.autocomplete("noi v"))
    assert page.page_ptr in autocomplete


def test_pages_with_facet_entries_can_be_copied_aliased_and_moved(home_page, make_page):
    section = make_page(home_page, StandardPage, title="Chuyên mục")
    page = make_page(section, StandardPage, title="Kế hoạch cải cách")
    copy = page.copy(to=home_page, update_attrs={"slug": "ban-sao", "title": "Bản sao kế hoạch"})
    alias = page.create_alias(parent=home_page, update_slug="ban-dong-bo")
    page.move(home_page, pos="last-child")
    for copied in (copy, alias):
        assert FacetEntry.objects.filter(object_id=str(copied.pk)).exists()
    assert list(Page.objects.live().search("ban sao ke hoach")) == [copy.page_ptr]


def test_admin_snippet_listings_search_through_the_backend(admin_client):
    from contacts.models import Person, Unit, UnitKind

    Unit.objects.create(name="Văn phòng Sở", kind=UnitKind.OFFICE, slug="vp")
    Unit.objects.create(name="Thanh tra Sở", kind=UnitKind.INSPECTORATE, slug="tt")
    Person.objects.create(full_name="Nguyễn Văn Bình", email="binh@hungyen.gov.vn")
    response = admin_client.get("/admin/snippets/contacts/unit/", {"q": "van phong"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Văn phòng Sở" in html and "Thanh tra Sở" not in html
    response = admin_client.get("/admin/snippets/contacts/person/", {"q": "nguyen van"})
    assert response.status_code == 200 and "Nguyễn Văn Bình" in response.content.decode()
    response = admin_client.get("/admin/pages/search/", {"q": "noi vu"})
    assert response.status_code == 200


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_title_body_expression_has_a_gin_index():
    # (title || body) @@ query is what every database search matches; without this index each
    # search reads the whole table (36 s instead of 43 ms at 120,000 pages, bench/README.md).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition.lower() and "(title || body)" in definition
