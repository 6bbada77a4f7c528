"""The legacy-encoding converter on real samples (reference file) and on clean Vietnamese."""

import unicodedata
from pathlib import Path

import pytest

from portal.text_legacy import MOJIBAKE, TCVN3, VNI, convert, detect, is_vietnamese_syllable

SEED = Path("/work/shared/seeds/000_40b34ea77f95a2cf.txt")
SO_NOI_VU = "Sở Nội vụ tỉnh Hưng Yên"
QUOC_HIEU = "Cộng hòa xã hội chủ nghĩa Việt Nam"

# A clean passage used when the shared seed file is not there (CI copies shared/ beside the clone).
CLEAN_PASSAGE = (
    "Điều 9. Nguyên tắc cung cấp, tiếp nhận, liên kết thông tin trên Trang thông tin\n"
    "1. Thông tin cung cấp trên Trang thông tin phải đúng với quan điểm, chủ trương, đường lối "
    "của Đảng, chính sách và pháp luật của Nhà nước; phục vụ kịp thời công tác lãnh đạo, chỉ đạo "
    "của tỉnh, ngành nội vụ; đáp ứng nhu cầu khai thác, sử dụng thông tin của các tổ chức, cá nhân.\n"
    "4. Mọi sự thay đổi về nội dung, cập nhật các thông tin quy định tại Điều 7 Quy chế này phải "
    "được Lãnh đạo Sở phê duyệt và cập nhật kịp thời. Nghị định số 43/2011/NĐ-CP; HĐND, UBND tỉnh."
)


@pytest.mark.parametrize(
    ("legacy", "encoding", "expected"),
    [
        ("Së Néi vô tØnh H\u00adng Yªn", TCVN3, SO_NOI_VU),
        ("Sôû Noäi vuï tænh Höng Yeân", VNI, SO_NOI_VU),
        ("Sá»Ÿ Ná»™i vá»¥ tá»‰nh HÆ°ng YÃªn", MOJIBAKE, SO_NOI_VU),
        ("Céng hßa x· héi chñ nghÜa ViÖt Nam", TCVN3, QUOC_HIEU),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI, QUOC_HIEU),
        # capitals: .VnTimeH and VNI-Times capitals
        ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", TCVN3, QUOC_HIEU.upper()),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", VNI, QUOC_HIEU.upper()),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", VNI, "Độc lập - Tự do - Hạnh phúc"),
        ("§éc lËp - Tù do - H¹nh phóc", TCVN3, "Độc lập - Tự do - Hạnh phúc"),
    ],
)
def test_legacy_samples_are_detected_and_converted(legacy, encoding, expected):
    found = detect(legacy)
    assert found is not None
    assert found.encoding == encoding
    assert found.converted == expected
    assert convert(legacy, encoding) == expected


def test_mojibake_with_bytes_windows_1252_leaves_undefined():
    # "đề" is C4 91 E1 BB 81: the last byte is undefined in Windows-1252 and survives as U+0081;
    # "à" is C3 A0 and its no-break space often became a plain space.
    text = "Ä‘á»\x81 nghá»‹ vÃ  Ä‘Ã¡nh giÃ¡ cÃ¡n bá»™"
    found = detect(text)
    assert found.encoding == MOJIBAKE
    assert found.converted == "đề nghị và đánh giá cán bộ"
    assert convert("vÃ  Ä‘Ã¡nh", MOJIBAKE) == "và đánh"


def test_legacy_text_inside_html_is_converted_tags_untouched():
    html = '<p>Së Néi vô <a href="/gioi-thieu/">tØnh H\u00adng Yªn</a></p>'
    found = detect(html)
    assert found.encoding == TCVN3
    assert found.converted == '<p>Sở Nội vụ <a href="/gioi-thieu/">tỉnh Hưng Yên</a></p>'


def test_long_clean_passage_is_not_flagged():
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else CLEAN_PASSAGE
    assert len(text) > 500
    assert detect(text) is None
    assert detect(unicodedata.normalize("NFD", text)) is None
    for paragraph in text.splitlines():
        assert detect(paragraph) is None, paragraph


@pytest.mark.parametrize(
    "clean",
    [
        SO_NOI_VU,
        QUOC_HIEU.upper(),
        "Hội nghị với đối tác tại München, quán café “Hà Nội” — 25°C, ±3%, … ‘trích dẫn’",
        "Phó Giám đốc Sở – Trưởng Ban Biên tập",
        "Sở Nội vụ (Department of Home Affairs), email: sonv@hungyen.gov.vn",
        "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ",
        "",
        "plain ASCII only",
    ],
)
def test_clean_text_passes_untouched(clean):
    assert detect(clean) is None


def test_syllable_check():
    assert is_vietnamese_syllable("nghiêng")
    assert is_vietnamese_syllable("Khuyến")
    assert is_vietnamese_syllable(unicodedata.normalize("NFD", "Trường"))
    assert not is_vietnamese_syllable("Néi")
    assert not is_vietnamese_syllable("café")
