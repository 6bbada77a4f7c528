"""The document page: metadata table, downloads with type and size, relations both ways, banner
for expired and suspended documents linking to the acting document, print view."""

import datetime

from legal_docs.models import LegalDocumentAttachment, RelationType

from .factories import make_document, pdf_file, suspended_document

D = datetime.date

LABELS = [
    "Số ký hiệu",
    "Trích yếu",
    "Loại văn bản",
    "Nhóm văn bản",
    "Cơ quan ban hành",
    "Người ký",
    "Chức danh",
    "Ngày ban hành",
    "Ngày có hiệu lực",
    "Ngày hết hiệu lực",
    "Lĩnh vực",
    "Tình trạng hiệu lực",
    "Ngày đăng",
]


def test_metadata_table_and_downloads(client, register):
    document = make_document(
        register,
        number="30/2020/NĐ-CP",
        title="Về công tác văn thư",
        signer_name="Trương Hòa Bình",
        signer_title="Phó Thủ tướng",
        issued_on=D(2020, 3, 5),
    )
    appendix = pdf_file("Phụ lục I – Thể thức văn bản", filename="phu-luc-1.docx")
    LegalDocumentAttachment.objects.create(page=document, document=appendix, title="Phụ lục I")
    content = client.get(document.url).content.decode()
    for label in LABELS:
        assert f'<th scope="row">{label}</th>' in content, label
    assert "<td>30/2020/NĐ-CP</td>" in content
    assert "<td>Văn bản quy phạm pháp luật</td>" in content
    assert "<td>Trương Hòa Bình</td>" in content
    assert "<td>05/03/2020</td>" in content
    assert "Còn hiệu lực" in content
    main_size = document.main_file.get_file_size()
    assert f'href="{document.main_file.url}">Tải toàn văn Nghị định 30/2020/NĐ-CP</a>' in content
    assert f"(PDF, {main_size} B)" in content or "(PDF, " in content
    assert 'Phụ lục I</a> <span class="doc-meta">(DOCX, ' in content


def test_file_links_save_the_file_instead_of_opening_it(client, register):
    """ "Tải toàn văn" promises a download: the browser saves the PDF rather than showing it
    inline (Wagtail serves PDFs inline by default), for the main file and every attachment."""
    document = make_document(register, number="31/2020/NĐ-CP", issued_on=D(2020, 3, 6))
    appendix = pdf_file("Phụ lục II", filename="phu-luc-2.pdf")
    LegalDocumentAttachment.objects.create(page=document, document=appendix, title="Phụ lục II")
    content = client.get(document.url).content.decode()
    main = document.main_file.url
    assert f'<a class="doc-link" download href="{main}">Tải toàn văn' in content
    assert f'<a class="doc-link" download href="{appendix.url}">Phụ lục II</a>' in content


def test_relations_in_both_directions(client, register):
    old = make_document(register, number="110/2004/NĐ-CP", issued_on=D(2004, 4, 8))
    basis = make_document(
        register,
        number="80/2015/QH13",
        type_slug="luat",
        body_slug="quoc-hoi",
        issued_on=D(2015, 6, 22),
    )
    new = make_document(
        register,
        number="30/2020/NĐ-CP",
        issued_on=D(2020, 3, 5),
        relations=[(RelationType.REPLACES, old), (RelationType.BASIS, basis)],
    )
    new_page = client.get(new.url).content.decode()
    assert "<h3>Thay thế</h3>" in new_page and "<h3>Căn cứ</h3>" in new_page
    assert old.url in new_page and basis.url in new_page
    old_page = client.get(old.url).content.decode()
    assert "<h3>Được thay thế bởi</h3>" in old_page
    basis_page = client.get(basis.url).content.decode()
    assert "<h3>Là căn cứ ban hành của</h3>" in basis_page and new.url in basis_page


def test_expired_banner_links_to_the_replacement(client, register):
    old = make_document(
        register, number="43/2011/NĐ-CP", issued_on=D(2011, 6, 13), effective_on=D(2011, 8, 1)
    )
    new = make_document(
        register,
        number="42/2022/NĐ-CP",
        issued_on=D(2022, 6, 24),
        effective_on=D(2022, 8, 15),
        relations=[(RelationType.REPLACES, old)],
    )
    content = client.get(old.url).content.decode()
    banner = content.split('class="legal-banner legal-banner--expired"')[1].split("</div>")[0]
    assert "Văn bản này đã hết hiệu lực toàn bộ từ ngày 15/08/2022." in banner
    assert f'<a href="{new.url}">Nghị định 42/2022/NĐ-CP</a>' in banner
    assert "legal-banner" not in client.get(new.url).content.decode()


def test_expired_by_date_banner_gives_the_reason(client, register):
    document = make_document(
        register,
        number="18/KH-SNV",
        type_slug="ke-hoach",
        body_slug="so-noi-vu",
        issued_on=D(2025, 1, 2),
        expires_on=D(2026, 1, 1),
        expiry_reason="Kế hoạch thực hiện trong năm 2025.",
    )
    content = client.get(document.url).content.decode()
    assert "đã hết hiệu lực toàn bộ từ ngày 01/01/2026" in content
    assert "Kế hoạch thực hiện trong năm 2025." in content


def test_suspended_banner_links_to_the_suspending_decision(client, register):
    document, suspender = suspended_document(
        register, number="356/QĐ-SNV", type_slug="quyet-dinh", body_slug="so-noi-vu"
    )
    content = client.get(document.url).content.decode()
    banner = content.split('legal-banner--suspended"')[1].split("</div>")[0]
    assert "Văn bản này đang bị ngưng hiệu lực." in banner
    assert f'Bị đình chỉ bởi <a href="{suspender.url}">' in banner


def test_print_view(client, register):
    document = make_document(register, number="30/2020/NĐ-CP", full_text="<p>Điều 1. Phạm vi</p>")
    detail = client.get(document.url).content.decode()
    assert f'href="{document.url}in/"' in detail
    response = client.get(f"{document.url}in/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<meta name="robots" content="noindex">' in content
    assert "Thuộc tính văn bản" in content and "Điều 1. Phạm vi" in content
    assert 'class="main-nav' not in content  # no site chrome
