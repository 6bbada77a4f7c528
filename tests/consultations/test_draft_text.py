"""The automatic split of pasted draft text into Chương / Điều / Khoản."""

import unicodedata
from pathlib import Path

import pytest

from consultations.draft_text import parse_draft, to_stream_data

SEED_COPY = (
    Path(__file__).resolve().parents[2] / "consultations/demo_data/quy_che_trang_thong_tin.txt"
)
SHARED_SEED = Path("/work/shared/seeds/000_40b34ea77f95a2cf.txt")
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


@pytest.fixture(scope="module")
def seed():
    return parse_draft(SEED_COPY.read_text(encoding="utf-8"))


def test_the_demo_copy_is_the_departments_seed_regulation():
    for candidate in (
        SHARED_SEED,
        Path(__file__).resolve().parents[3] / "shared/seeds" / SHARED_SEED.name,
    ):
        if candidate.exists():
            assert candidate.read_bytes() == SEED_COPY.read_bytes()
            return
    pytest.skip("shared/ seeds not available on this machine")


def test_seed_regulation_has_six_chapters_and_seventeen_articles(seed):
    assert [chapter.number for chapter in seed.chapters] == ROMAN
    assert [article.number for article in seed.articles] == list(range(1, 18))
    assert [article.anchor for article in seed.articles] == [f"dieu-{n}" for n in range(1, 18)]
    per_chapter = [[a.number for a in chapter.articles] for chapter in seed.chapters]
    assert per_chapter == [[1, 2, 3], [4, 5, 6], list(range(7, 13)), [13, 14], [15, 16], [17]]


def test_seed_chapter_titles_in_all_three_layouts(seed):
    titles = [chapter.title for chapter in seed.chapters]
    assert titles == [
        "QUY ĐỊNH CHUNG",  # title on the next line
        "QUẢN LÝ VẬN HÀNH VÀ KINH PHÍ HOẠT ĐỘNG",  # same line
        "CUNG CẤP THÔNG TIN TRÊN TRANG THÔNG TIN ĐIỆN TỬ",  # next line after a blank line
        "CÔNG TÁC BIÊN TẬP",
        "KHEN THƯỞNG VÀ XỬ LÝ VI PHẠM",  # same line, wrapped in **…**
        "ĐIỀU KHOẢN THI HÀNH",
    ]


def test_seed_article_titles_clauses_and_lead_in(seed):
    articles = {article.number: article for article in seed.articles}
    assert articles[1].title == "Phạm vi điều chỉnh và đối tượng áp dụng"
    assert articles[5].title == "Quản lý Trang thông tin"
    # clauses without blank lines between them (Điều 6) are still split
    assert [c.number for c in articles[6].clauses] == ["1", "2", "3", "4"]
    assert articles[6].lead_text.startswith("Kinh phí hoạt động của Trang thông tin")
    assert [c.number for c in articles[7].clauses] == [str(n) for n in range(1, 12)]
    # bullets stay inside their clause
    assert "- Cung cấp và cập nhật thông tin" in articles[1].clauses[0].text
    # an article without clauses keeps its text as lead-in
    assert articles[15].clauses == [] and articles[15].lead_text.startswith("Tập thể, cá nhân")


def test_references_inside_sentences_do_not_start_articles(seed):
    articles = {article.number: article for article in seed.articles}
    # "theo quy định tại Điều 7 Nghị định số 43/2011" and "Điều 10 của Nghị định" stay in the text
    assert "Điều 7 Nghị định số 43/2011/NĐ-CP" in articles[3].clauses[0].text
    assert "Điều 10 của Nghị định số 43/2011/NĐ-CP" in articles[7].lead_text


def test_preamble_and_signature(seed):
    assert seed.preamble.splitlines()[0] == "QUY CHẾ"
    assert seed.closing == "SỞ NỘI VỤ"
    assert "SỞ NỘI VỤ" not in seed.articles[-1].clauses[-1].text


def test_stream_data_keeps_order_and_anchors(seed):
    data = to_stream_data(seed)
    types = [item["type"] for item in data]
    assert types[0] == "preamble" and types[-1] == "closing"
    assert types.count("chapter") == 6 and types.count("article") == 17
    assert types.index("chapter") < types.index("article")
    first_article = next(item for item in data if item["type"] == "article")["value"]
    assert first_article["number"] == 1
    assert first_article["clauses"][1]["number"] == "2"


def test_decomposed_text_and_legacy_eth_are_recognised():
    text = "Chương I\nCHUNG\n\u00d0iều 1. Một\n1. Khoản\nĐiều 2. Hai\nNội dung"
    parsed = parse_draft(unicodedata.normalize("NFD", text))
    assert [a.number for a in parsed.articles] == [1, 2]
    assert parsed.chapters[0].title == "CHUNG"
    assert unicodedata.is_normalized("NFC", parsed.articles[0].title)


def test_upper_case_headings_windows_line_endings_and_colons():
    text = "CHƯƠNG 1: QUY ĐỊNH CHUNG\r\nĐIỀU 1: Phạm vi\r\n1) Khoản một\r\na) điểm a\r\n"
    parsed = parse_draft(text)
    assert parsed.chapters[0].number == "1"
    assert parsed.chapters[0].title == "QUY ĐỊNH CHUNG"
    article = parsed.articles[0]
    assert article.title == "Phạm vi"
    assert article.clauses[0].text == "Khoản một\na) điểm a"


def test_a_draft_without_chapters_and_an_out_of_order_number():
    text = "Điều 1. Một\nNội dung\nĐiều 2. Hai\nĐiều 1. (trích dẫn lại)\nĐiều 3. Ba"
    parsed = parse_draft(text)
    assert parsed.chapters == []
    assert [a.number for a in parsed.loose_articles] == [1, 2, 3]
    assert "Điều 1. (trích dẫn lại)" in parsed.loose_articles[1].lead_text


def test_words_starting_like_a_chapter_are_text():
    parsed = parse_draft("Điều 1. Một\nChương trình công tác năm được ban hành.")
    assert parsed.chapters == []
    assert parsed.articles[0].lead_text == "Chương trình công tác năm được ban hành."


def test_empty_text_gives_an_empty_structure():
    assert to_stream_data(parse_draft("")) == []
    assert to_stream_data(parse_draft("  \n\n")) == []
