"""The register renders any filter combination with a fixed number of queries (50 vs 2,000
documents), and the bulk generator builds a valid page tree."""

import io
import random

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from legal_docs.bulk import create_documents
from legal_docs.management.commands.generate_legal_docs import make_specs
from legal_docs.models import LegalDocumentPage

from .factories import make_document

QUERIES = [
    "",
    "?q=nghi+dinh",
    "?loai=nghi-dinh&coquan=chinh-phu&hieuluc=con-hieu-luc&sapxep=so",
    "?linhvuc=van-thu-luu-tru&nam=2020&nhom=qppl&sapxep=-ngay-dang",
    "?nguoiky=Tr%E1%BA%A7n+Th%E1%BB%8B+B%C3%ACnh&sapxep=so",
    "?page=2",
    "?nam=abc&loai=zzz&q=c%C3%B4ng+ch%E1%BB%A9c",
]


def fill(register, tax, total):
    missing = total - LegalDocumentPage.objects.count()
    specs = make_specs(
        missing,
        list(tax["types"].values()),
        list(tax["bodies"].values()),
        list(tax["fields"].values()),
        random.Random(total),
        start=LegalDocumentPage.objects.count() + 1,
    )
    create_documents(register, specs)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_register_query_count_does_not_grow(client, register, tax):
    make_document(register, number="43/2011/NĐ-CP")  # one real page with a revision
    fill(register, tax, 50)
    client.get(register.url)  # warm the site root and settings caches like a running server
    small = {query: count_queries(client, register.url + query) for query in QUERIES}
    fill(register, tax, 2000)
    assert LegalDocumentPage.objects.live().count() == 2000
    large = {query: count_queries(client, register.url + query) for query in QUERIES}
    assert large == small
    for extra in ("rss/", "rss/?loai=nghi-dinh&hieuluc=con-hieu-luc"):
        assert count_queries(client, register.url + extra) <= max(small.values())


def test_bulk_documents_form_a_valid_tree(register, tax):
    make_document(register)
    fill(register, tax, 120)
    problems = Page.find_problems()
    assert all(not items for items in problems), problems
    register.refresh_from_db()
    assert register.numchild == 120
    document = LegalDocumentPage.objects.order_by("-path").first()
    assert document.get_parent().pk == register.pk
    assert document.url.startswith(register.url)
    assert document.number_key and document.search_text


def test_generate_command(register, tax):
    out = io.StringIO()
    call_command("generate_legal_docs", "30", stdout=out)
    assert "Đã tạo 30 văn bản" in out.getvalue()
    call_command("generate_legal_docs", "5", stdout=out)
    assert LegalDocumentPage.objects.live().count() == 35
    assert len(set(LegalDocumentPage.objects.values_list("slug", flat=True))) == 35
    assert all(not items for items in Page.find_problems())


def test_generate_command_refuses_bad_input(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Chưa có sổ văn bản"):
        call_command("generate_legal_docs", "3")
    with pytest.raises(CommandError, match="số nguyên dương"):
        call_command("generate_legal_docs", "0")
