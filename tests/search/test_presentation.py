"""Highlighted excerpts, promoted results, the empty-result page and the autocomplete endpoint."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import StandardPage
from search.analysis import analyse_query
from search.highlight import excerpt, highlight

pytestmark = pytest.mark.django_db


def test_highlight_escapes_then_marks_folded_matches():
    marked = highlight("Sở <b>Nội</b> vụ & Đảng", analyse_query("noi vu dang"))
    assert (
        marked == "Sở &lt;b&gt;<mark>Nội</mark>&lt;/b&gt; <mark>vụ</mark> &amp; <mark>Đảng</mark>"
    )
    assert highlight("Nơi vui", analyse_query("noi vu")) == "<mark>Nơi</mark> vui"


def test_excerpt_is_taken_around_the_first_match():
    text = " ".join(f"từ{i}" for i in range(200)) + " công tác nội vụ " + "đuôi " * 100
    result = excerpt([text], analyse_query("Nội vụ"))
    assert result.startswith("… ") and result.endswith(" …")
    assert "<mark>nội</mark> <mark>vụ</mark>" in result
    assert len(result.split()) < 60


def test_excerpts_and_titles_escape_html(search, sections, make_page):
    make_page(
        sections["news"],
        StandardPage,
        title="Quy định <script>alert(1)</script> về nội vụ",
        intro="Nội dung <img src=x onerror=alert(1)> về công tác nội vụ.",
    )
    html = search("noi vu").content.decode()
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; về <mark>nội</mark> <mark>vụ</mark>" in html


def test_excerpts_never_quote_email_fields(search, home_page):
    from contacts.models import Unit, UnitKind
    from tests.contacts.factories import directory_page

    directory_page(home_page)
    Unit.objects.create(
        name="Văn phòng Sở",
        kind=UnitKind.OFFICE,
        slug="vp",
        functions="<p>Tham mưu tổng hợp</p>",
        email="vanphong@hungyen.gov.vn",
    )
    hit = search("van phong").context["results"][0]
    assert "Tham mưu tổng hợp" in hit.excerpt and "@" not in hit.excerpt


def test_promoted_results_match_the_folded_query(search, sections, make_page):
    target = make_page(sections["docs"], StandardPage, title="Hướng dẫn hồ sơ khen thưởng")
    draft = make_page(sections["docs"], StandardPage, title="Hướng dẫn cũ", live=False)
    query = Query.get("thi đua khen thưởng")
    SearchPromotion.objects.create(query=query, page=target, description="Mẫu hồ sơ mới nhất")
    SearchPromotion.objects.create(query=query, page=draft)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://dichvucong.gov.vn/", external_link_text="Cổng DVC"
    )
    response = search("thi dua khen thuong")
    assert [p["title"] for p in response.context["promotions"]] == [
        "Hướng dẫn hồ sơ khen thưởng",
        "Cổng DVC",
    ]
    html = response.content.decode()
    assert "Kết quả đề xuất" in html and "Mẫu hồ sơ mới nhất" in html
    assert search("khen thuong").context["promotions"] == []


def test_queries_are_counted_for_the_search_terms_report(search, sections):
    search("thủ tục hành chính")
    search("thủ tục hành chính")
    assert Query.get("thủ tục hành chính").hits == 2


def test_empty_result_page_helps(search, sections, make_page):
    make_page(sections["news"], StandardPage, title="Tuyển dụng công chức năm 2026")
    make_page(sections["news"], StandardPage, title="Tuyển dụng viên chức")
    SearchPromotion.objects.create(query=Query.get("lịch tiếp công dân"), page=sections["news"])
    response = search("tuyển dụng bác sĩ")
    assert response.status_code == 200
    assert response.context["outcome"].total == 0
    html = response.content.decode()
    assert "Không tìm thấy kết quả nào" in html
    assert response.context["help"]["word_counts"] == [("tuyển", 2), ("dụng", 2)]
    assert "lịch tiếp công dân" in html  # editors' suggested searches
    assert "Tin tức – Sự kiện" in html and "Văn bản" in html  # the sections


def test_autocomplete_is_accent_insensitive_json(client, search_page, sections, make_page):
    make_page(sections["news"], StandardPage, title="Đại hội Đảng bộ Sở Nội vụ")
    make_page(sections["news"], StandardPage, title="Đào tạo bồi dưỡng cán bộ", live=False)
    for query in ["dai hoi dang", "Đại hội Đ", "dai h", "DAI HOI"]:
        response = client.get("/tim-kiem/goi-y/", {"q": query})
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        suggestions = response.json()["suggestions"]
        assert [s["title"] for s in suggestions] == ["Đại hội Đảng bộ Sở Nội vụ"], query
        assert suggestions[0]["url"].endswith("/dai-hoi-dang-bo-so-noi-vu/")
        assert suggestions[0]["section"] == "Tin tức – Sự kiện"
    assert client.get("/tim-kiem/goi-y/", {"q": "dao tao"}).json()["suggestions"] == []
    assert client.get("/tim-kiem/goi-y/", {"q": "d"}).json()["suggestions"] == []


def test_header_search_box_is_wired_to_the_autocomplete(client, search_page):
    html = client.get("/tim-kiem/").content.decode()
    assert 'data-autocomplete-url="/tim-kiem/goi-y/"' in html
    assert "search/js/autocomplete.js" in html


def test_search_page_queries_do_not_grow_with_the_results(search, sections, make_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for index in range(12):
        make_page(sections["news"], StandardPage, title=f"Cải cách hành chính đợt {index}")
    for index in range(2):
        make_page(sections["docs"], StandardPage, title=f"Tuyển dụng công chức đợt {index}")
    for query in ["cai cach hanh chinh", "tuyen dung"]:
        search(query)  # first requests: site settings, the query log's rows…
    counts = {}
    for query in ["cai cach hanh chinh", "tuyen dung"]:
        with CaptureQueriesContext(connection) as queries:
            response = search(query)
        counts[query] = len(queries)
    assert len(response.context["results"]) == 2
    # a fixed cost: the pages plus one source per public model (people, units, answers…)
    assert counts["cai cach hanh chinh"] == counts["tuyen dung"] <= 50
