"""Bad input gives a page (200) or a 4xx, never a 500; long queries are cut with a notice."""

import pytest

from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_with_words(sections, make_page):
    return make_page(sections["intro"], StandardPage, title="Sở Nội vụ tỉnh Hưng Yên")


def test_empty_query_shows_the_form_and_the_sections(search, page_with_words):
    for query in [None, "", "   "]:
        response = search(query)
        assert response.status_code == 200
        assert response.context["results"] is None
        html = response.content.decode()
        assert 'name="q"' in html
        assert "Các chuyên mục" in html and "Tin tức – Sự kiện" in html


def test_a_2000_character_query_is_cut_with_a_notice(search, page_with_words):
    response = search("nội vụ " + "x" * 1993)
    assert response.status_code == 200
    assert len(response.context["query"]) == 200
    assert "chỉ 200 ký tự đầu được dùng để tìm" in response.content.decode()
    response = search("nội vụ " * 300)
    assert response.status_code == 200
    assert response.context["outcome"].total == 1  # the words that remain still search


def test_many_words_are_capped_with_a_notice(search, page_with_words):
    response = search(" ".join(f"tu{i}" for i in range(40)))
    assert response.status_code == 200
    assert "chỉ 16 từ đầu được dùng để tìm" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '" * : ! & | ( ) -',
        '"nội vụ',
        "nội:* & !vụ | (sở)",
        "-nội -vụ",
        "nội' OR '1'='1",
        "\\ \\\\ ' '' %_ ; -- /* */",
        "NEAR(nội vụ) AND NOT sở*",
        "<script>alert(1)</script>",
        "ﬁ ℌ ①②③ 𝔑𝔬𝔦 𝕧𝕦 😀",
    ],
)
def test_search_syntax_characters_are_plain_text(search, page_with_words, query):
    response = search(query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_syntax_around_words_still_finds_them(search, page_with_words):
    assert search('"nội vụ"').context["outcome"].total == 1
    assert search("(noi) & vu*").context["outcome"].total == 1


@pytest.mark.parametrize(
    "url",
    [
        "/tim-kiem/?q=%00",
        "/tim-kiem/?q=n%00%E1%BB%99i+v%E1%BB%A5",
        "/tim-kiem/?q=%FF%FE%FD",
        "/tim-kiem/?q=%C3%28",
        "/tim-kiem/?q=%ED%A0%80",
        "/tim-kiem/?q=%F4%90%80%80",
        "/tim-kiem/?q=noi&page=%00",
        "/tim-kiem/?q=noi&page=-1",
        "/tim-kiem/?q=noi&year=%FF",
        "/tim-kiem/?q=noi&year=99999999999999999999",
        "/tim-kiem/?q=noi&section=%00%FF",
        "/tim-kiem/?q=noi&section=99999999999999999999999",
        "/tim-kiem/?q=noi&type=%00%FF",
        "/tim-kiem/?q=noi&q=vu&q=%00",
        "/tim-kiem/goi-y/?q=%00%FF",
        "/tim-kiem/goi-y/?q=" + "a" * 3000,
        "/tim-kiem/goi-y/",
        "/tim-kiem/%FF/",
        "/tim-kiem/goi-y/%C3%28/",
    ],
)
def test_nul_bytes_and_invalid_utf8_never_give_a_500(client, search_page, page_with_words, url):
    response = client.get(url)
    assert response.status_code in (200, 400, 404)


def test_nul_byte_inside_a_word_still_searches(client, search_page, page_with_words):
    response = client.get("/tim-kiem/?q=n%E1%BB%99i%00+v%E1%BB%A5")
    assert response.status_code == 200
    assert response.context["outcome"].total >= 0
    assert "\x00" not in response.context["query"]
