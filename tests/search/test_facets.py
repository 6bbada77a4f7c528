"""Facets (section, year, document type): counts equal the results their links lead to."""

import datetime

import pytest

from home.models import StandardPage
from tests.search.conftest import all_titles

pytestmark = pytest.mark.django_db

YEARS = {"nd-1": 2011, "nd-2": 2022, "qd-1": 2022, "qd-2": 2026, "tt-1": 2026}
TYPES = {"nd-1": "Nghị định", "nd-2": "Nghị định", "qd-1": "Quyết định", "qd-2": "Quyết định"}


@pytest.fixture
def corpus(monkeypatch, sections, make_page):
    monkeypatch.setattr(
        StandardPage,
        "search_date",
        property(
            lambda self: datetime.date(YEARS[self.slug], 6, 13) if self.slug in YEARS else None
        ),
        raising=False,
    )
    monkeypatch.setattr(
        StandardPage,
        "search_facets",
        lambda self: {"document_type": TYPES.get(self.slug, "")},
        raising=False,
    )
    for slug in ["nd-1", "nd-2", "qd-1", "qd-2"]:
        make_page(
            sections["docs"],
            StandardPage,
            title=f"Văn bản {slug} về cải cách hành chính",
            slug=slug,
        )
    make_page(sections["news"], StandardPage, title="Tin cải cách hành chính", slug="tt-1")
    for index in range(3):
        make_page(sections["news"], StandardPage, title=f"Cải cách hành chính, tin số {index + 1}")
    make_page(sections["intro"], StandardPage, title="Giới thiệu cải cách hành chính")


def facet(response, name):
    for item in response.context["facets"]:
        if item["name"] == name:
            return item
    return None


def follow(search, option_url):
    from urllib.parse import parse_qsl

    return search(None, **dict(parse_qsl(option_url.lstrip("?"))))


def test_facets_list_sections_years_and_document_types(search, corpus):
    response = search("cai cach hanh chinh")
    assert response.context["outcome"].total == 9
    sections = {o["label"]: o["count"] for o in facet(response, "section")["options"]}
    assert sections == {"Giới thiệu": 1, "Tin tức – Sự kiện": 4, "Văn bản": 4}
    years = {o["label"]: o["count"] for o in facet(response, "year")["options"]}
    this_year = datetime.date.today().year
    # pages without search_date fall back to their first publication
    assert years["2011"] == 1 and years["2022"] == 2
    assert sum(years.values()) == 9
    assert years.get(str(this_year), 0) >= 2
    types = {o["label"]: o["count"] for o in facet(response, "type")["options"]}
    assert types == {"Nghị định": 2, "Quyết định": 2}


def test_every_facet_count_equals_the_results_it_leads_to(search, corpus):
    response = search("cải cách hành chính")
    checked = 0
    for item in response.context["facets"]:
        for option in item["options"]:
            narrowed = follow(search, option["url"])
            assert narrowed.status_code == 200
            assert narrowed.context["outcome"].total == option["count"], option
            assert len(all_titles(search, None, **_params(option["url"]))) == option["count"]
            # and inside the narrowed search, the other facets still add up
            for other in narrowed.context["facets"]:
                for sub in other["options"]:
                    deeper = follow(search, sub["url"])
                    assert deeper.context["outcome"].total == sub["count"], (option, sub)
                    checked += 1
    assert checked > 10


def _params(url):
    from urllib.parse import parse_qsl

    return dict(parse_qsl(url.lstrip("?")))


def test_facets_narrow_the_results(search, corpus, sections):
    docs = sections["docs"]
    found = all_titles(search, "hanh chinh", section=str(docs.pk))
    assert len(found) == 4 and all(title.startswith("Văn bản") for title in found)
    found = all_titles(search, "hanh chinh", section=str(docs.pk), type="Quyết định")
    assert sorted(found) == [
        "Văn bản qd-1 về cải cách hành chính",
        "Văn bản qd-2 về cải cách hành chính",
    ]
    found = all_titles(search, "hanh chinh", year="2022", type="Quyết định")
    assert found == ["Văn bản qd-1 về cải cách hành chính"]
    response = search("hanh chinh", section=str(docs.pk))
    selected = [o for o in facet(response, "section")["options"] if o["selected"]]
    assert [o["label"] for o in selected] == ["Văn bản"]
    assert "bỏ tất cả bộ lọc" in response.content.decode()


def test_unknown_facet_values_are_ignored_or_empty(search, corpus):
    assert search("hanh chinh", year="abcd").context["outcome"].total == 9
    assert search("hanh chinh", year="1200").context["outcome"].total == 9
    assert search("hanh chinh", section="999999").context["outcome"].total == 0
    assert search("hanh chinh", type="Không có").context["outcome"].total == 0


def test_pagination_walks_every_result_once(search, sections, make_page):
    for index in range(23):
        make_page(
            sections["news"], StandardPage, title=f"Thông báo tuyển dụng công chức số {index}"
        )
    first = search("tuyen dung")
    assert first.context["outcome"].total == 23
    assert len(first.context["results"]) == 10
    assert search("tuyen dung", page=3).context["results"].object_list.__len__() == 3
    found = all_titles(search, "tuyen dung")
    assert len(found) == 23 == len(set(found))
    assert search("tuyen dung", page=9).status_code == 404
    assert search("tuyen dung", page="abc").status_code == 200
