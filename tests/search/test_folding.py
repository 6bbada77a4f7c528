"""Vietnamese folding: every spelling finds the same pages; typed diacritics rank exact first."""

import unicodedata

import pytest

from home.models import StandardPage
from tests.search.conftest import all_titles, titles

pytestmark = pytest.mark.django_db

SO_NOI_VU = "Sở Nội vụ tỉnh Hưng Yên"
NOI_VU_DECOY = "Nơi vũ hội, nơi vu quy, nơi vui"
DANG = "Đại hội Đảng bộ Sở nhiệm kỳ 2025–2030"
DANG_DECOY = "Đang dạng, đáng dang dở"
DUONG = "Sửa chữa đường giao thông nội bộ"
DUONG_DECOY = "Phố Dương Dương, dưỡng sinh"
THI_DUA = "Thủ tục xét tặng danh hiệu thi đua, khen thưởng"


@pytest.fixture
def corpus(sections, make_page):
    make_page(sections["intro"], StandardPage, title=SO_NOI_VU, intro="Cơ quan chuyên môn.")
    make_page(sections["news"], StandardPage, title=NOI_VU_DECOY, intro="Nơi vũ, nơi vu.")
    make_page(sections["news"], StandardPage, title=DANG, intro="Báo cáo chính trị.")
    make_page(sections["news"], StandardPage, title=DANG_DECOY, intro="Dang dở, dang dở.")
    make_page(sections["news"], StandardPage, title=DUONG, intro="Tuyến đường mới.")
    make_page(sections["news"], StandardPage, title=DUONG_DECOY, intro="Dương, dưỡng.")
    make_page(sections["docs"], StandardPage, title=THI_DUA, intro="Hồ sơ đề nghị.")


NOI_VU_SPELLINGS = [
    "noi vu",
    "Nội vụ",
    "NỘI VỤ",
    "nội vu",
    unicodedata.normalize("NFD", "Nội vụ"),
    "  Noi   VU  ",
]


@pytest.mark.parametrize("query", NOI_VU_SPELLINGS)
def test_every_spelling_of_noi_vu_finds_the_same_pages(search, corpus, query):
    assert sorted(all_titles(search, query)) == sorted([SO_NOI_VU, NOI_VU_DECOY])


@pytest.mark.parametrize(
    "query, expected",
    [
        ("dang", DANG),
        ("DANG", DANG),
        ("duong", DUONG),
        ("thu tuc thi dua khen thuong", THI_DUA),
        ("thủ tục thi đua khen thưởng", THI_DUA),
        ("THU TUC thi đua", THI_DUA),
    ],
)
def test_unaccented_queries_find_accented_words(search, corpus, query, expected):
    assert expected in all_titles(search, query)


def test_d_and_d_stroke_are_the_same_letter(search, corpus):
    assert set(all_titles(search, "dang")) == {DANG, DANG_DECOY}
    assert set(all_titles(search, "Đang")) == {DANG, DANG_DECOY}
    assert set(all_titles(search, "duong")) == {DUONG, DUONG_DECOY}


@pytest.mark.parametrize(
    "query, exact, decoy",
    [
        ("Nội vụ", SO_NOI_VU, NOI_VU_DECOY),
        ("NỘI VỤ", SO_NOI_VU, NOI_VU_DECOY),
        (unicodedata.normalize("NFD", "Nội vụ"), SO_NOI_VU, NOI_VU_DECOY),
        ("Đảng", DANG, DANG_DECOY),
        ("đường", DUONG, DUONG_DECOY),
    ],
)
def test_diacritic_exact_result_ranks_first(search, corpus, query, exact, decoy):
    found = titles(search(query))
    assert found[0] == exact
    assert decoy in found


def test_without_diacritics_relevance_alone_decides(search, corpus):
    # The decoys repeat the folded words, so relevance alone puts them first: the exact-first
    # order above comes from the diacritics the visitor typed, not from luck.
    assert titles(search("noi vu"))[0] == NOI_VU_DECOY
    assert titles(search("dang"))[0] == DANG_DECOY


def test_result_shows_section_and_highlighted_words(search, corpus):
    response = search("noi vu")
    hits = {str(hit.obj.title): hit for hit in response.context["results"]}
    hit = hits[SO_NOI_VU]
    assert hit.section == "Giới thiệu"
    assert "<mark>Nội</mark> <mark>vụ</mark>" in str(hit.title)
    assert hit.date is not None
    html = response.content.decode()
    assert "Sở <mark>Nội</mark> <mark>vụ</mark> tỉnh Hưng Yên" in html
