"""Numbers are normalised for matching; the page exposes facets and a date for the site search."""

import datetime
import unicodedata

import pytest

from legal_docs.models import LegalDocumentPage
from legal_docs.numbers import number_key, number_search_variants, parse_number

from .factories import make_document


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("43/2011/NĐ-CP", "43/2011/ND-CP"),
        (unicodedata.normalize("NFD", "43/2011/NĐ-CP"), "43/2011/ND-CP"),
        ("43 / 2011 / nđ-cp", "43/2011/ND-CP"),
        ("680/QĐ-UBND", "680/QD-UBND"),
        ("05/2019/NQ-HĐND", "05/2019/NQ-HDND"),
    ],
)
def test_number_key(written, key):
    assert number_key(written) == key


def test_parse_number_gives_sequence_and_year():
    assert parse_number("43/2011/NĐ-CP") == ("43/2011/ND-CP", 43, 2011)
    assert parse_number("680/QĐ-UBND") == ("680/QD-UBND", 680, None)
    assert parse_number("nghị định 43") is None


def test_search_variants_cover_the_ways_people_type_a_number():
    variants = number_search_variants("43/2011/NĐ-CP").split()
    for form in ["43/2011/NĐ-CP", "43/2011/ND-CP", "43/2011", "ND-CP", "43", "2011", "NDCP"]:
        assert form in variants


def test_number_stored_in_nfc_with_key(register):
    document = make_document(register, number=unicodedata.normalize("NFD", "43/2011/NĐ-CP"))
    document.refresh_from_db()
    assert document.number == "43/2011/NĐ-CP"
    assert unicodedata.is_normalized("NFC", document.number)
    assert document.number_key == "43/2011/ND-CP"
    assert document.number_seq == 43
    assert "nghi dinh 43/2011/nd-cp" in document.search_text


def test_search_facets_and_date(register):
    document = make_document(register, number="43/2011/NĐ-CP", issued_on=datetime.date(2011, 6, 13))
    assert document.search_facets() == {
        "document_type": "Nghị định",
        "issuing_body": "Chính phủ",
        "status": "Còn hiệu lực",
        "group": "Văn bản quy phạm pháp luật",
    }
    assert document.search_date == datetime.date(2011, 6, 13)


@pytest.mark.parametrize("query", ["43/2011/ND-CP", "nd-cp 43/2011", "43/2011", "nghi dinh 43"])
def test_wagtail_search_finds_the_number(register, query):
    document = make_document(register, number="43/2011/NĐ-CP", title="Cung cấp thông tin")
    make_document(register, number="30/2020/NĐ-CP", title="Về công tác văn thư")
    found = list(LegalDocumentPage.objects.live().search(query, operator="and"))
    assert document in found
