"""Document numbers in any usual spelling put their document first (``search_numbers()``)."""

import pytest

from home.models import StandardPage
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db

DECREE_43 = "Nghị định 43/2011/NĐ-CP quy định về cung cấp thông tin và dịch vụ công trực tuyến"
DECREE_42 = "Nghị định 42/2022/NĐ-CP thay thế Nghị định 43/2011/NĐ-CP"
NEWS_43 = "Triển khai Nghị định 43/2011/NĐ-CP: 43/2011 và 43/2011/ND-CP"
DECISION_680 = "Quyết định ban hành kế hoạch cải cách hành chính năm 2026"
REGULATION = "Quyết định ban hành Quy chế quản lý Trang thông tin điện tử"

NUMBERS = {
    "decree-43": ["43/2011/NĐ-CP"],
    "decree-42": ["42/2022/NĐ-CP"],
    "decision-680": ["680/QĐ-UBND"],
    "regulation": ["1234/QĐ-SNV"],
}


@pytest.fixture
def documents(monkeypatch, sections, make_page):
    # Legal documents implement search_numbers(); StandardPage stands in for them here.
    monkeypatch.setattr(
        StandardPage, "search_numbers", lambda self: NUMBERS.get(self.slug, []), raising=False
    )
    docs = sections["docs"]
    make_page(sections["news"], StandardPage, title=NEWS_43, intro="43/2011/NĐ-CP " * 5)
    make_page(docs, StandardPage, title=DECREE_42, slug="decree-42")
    make_page(docs, StandardPage, title=DECREE_43, slug="decree-43")
    make_page(docs, StandardPage, title=DECISION_680, slug="decision-680")
    # The number of this one appears nowhere in its text: only search_numbers() knows it.
    make_page(docs, StandardPage, title=REGULATION, slug="regulation")


@pytest.mark.parametrize(
    "query",
    [
        "43/2011/NĐ-CP",
        "43/2011/ND-CP",
        "43/2011/nđ-cp",
        "43/2011",
        "nd-cp 43/2011",
        "NĐ-CP số 43/2011",
        "nghị định 43/2011",
        "43 / 2011 / NĐ-CP",
    ],
)
def test_decree_number_in_any_spelling_comes_first(search, documents, query):
    found = titles(search(query))
    assert found[0] == DECREE_43


def test_other_documents_citing_the_number_still_follow(search, documents):
    found = titles(search("43/2011/NĐ-CP"))
    assert found[0] == DECREE_43
    assert NEWS_43 in found and DECREE_42 in found


@pytest.mark.parametrize("query", ["680/QĐ-UBND", "680/qd-ubnd"])
def test_administrative_number_without_year(search, documents, query):
    assert titles(search(query))[0] == DECISION_680


def test_number_known_only_to_search_numbers(search, documents):
    assert titles(search("1234/QĐ-SNV")) == [REGULATION]


def test_result_shows_the_document_number(search, documents):
    hit = search("43/2011").context["results"][0]
    assert hit.numbers == ["43/2011/NĐ-CP"]
