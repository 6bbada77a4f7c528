"""Thủ tục hành chính: the list filtered by field and online level, search without diacritics,
and each procedure with its forms, legal basis and the link to the online service."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.models import HomePage, StandardPage
from portal.demo import make_pdf
from services.models import ProcedureForm, ProcedureIndexPage, ProcedurePage, QuestionIndexPage
from tests.legal_docs.factories import in_force_document, make_register
from tests.services import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(procedure_page_index, tdkt_field, btg_field):
    hoi = factories.field("hoi-quy", "Tổ chức hội, quỹ", None)
    return {
        "bang_khen": factories.procedure(
            procedure_page_index,
            tdkt_field,
            "Thủ tục tặng Bằng khen của Chủ tịch UBND tỉnh",
            "1.000775",
        ),
        "co_thi_dua": factories.procedure(
            procedure_page_index,
            tdkt_field,
            "Thủ tục tặng Cờ thi đua của UBND tỉnh",
            "1.000730",
            online_level="partial",
        ),
        "cuoc_le": factories.procedure(
            procedure_page_index,
            btg_field,
            "Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo",
            "1.001204",
            online_level="partial",
        ),
        "thanh_lap_hoi": factories.procedure(
            procedure_page_index, hoi, "Thủ tục thành lập hội", "1.003807", online_level="none"
        ),
    }


def titles(response):
    html = response.content.decode()
    return {key for key, title in TITLES.items() if title in html}


TITLES = {
    "bang_khen": "Thủ tục tặng Bằng khen của Chủ tịch UBND tỉnh",
    "co_thi_dua": "Thủ tục tặng Cờ thi đua của UBND tỉnh",
    "cuoc_le": "Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo",
    "thanh_lap_hoi": "Thủ tục thành lập hội",
}


def test_page_types_live_only_where_they_belong(home_page, procedure_page_index, make_page):
    standard = make_page(home_page, StandardPage, title="Giới thiệu")
    assert ProcedureIndexPage in HomePage.allowed_subpage_models()
    assert QuestionIndexPage in HomePage.allowed_subpage_models()
    assert not ProcedureIndexPage.can_create_at(standard)
    assert not ProcedureIndexPage.can_create_at(home_page)  # one per site: already there
    assert ProcedurePage.can_create_at(procedure_page_index)
    assert not ProcedurePage.can_create_at(home_page)
    assert ProcedurePage.allowed_subpage_models() == []


def test_the_list_shows_every_live_procedure(client, procedure_page_index, catalogue):
    response = client.get(procedure_page_index.url)
    assert titles(response) == set(TITLES)
    assert "Có 4 thủ tục" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"linh_vuc": "thi-dua-khen-thuong"}, {"bang_khen", "co_thi_dua"}),
        ({"muc_do": "partial"}, {"co_thi_dua", "cuoc_le"}),
        ({"linh_vuc": "thi-dua-khen-thuong", "muc_do": "full"}, {"bang_khen"}),
        ({"muc_do": "none"}, {"thanh_lap_hoi"}),
        ({"q": "thi dua"}, {"bang_khen", "co_thi_dua"}),  # without diacritics; field name
        ({"q": "cuoc le"}, {"cuoc_le"}),
        ({"q": "Bằng khen"}, {"bang_khen"}),
        ({"q": "BANG KHEN chu tich"}, {"bang_khen"}),
        ({"q": "1.001204"}, {"cuoc_le"}),  # national code
        ({"q": "ton giao"}, {"cuoc_le"}),  # field name
        ({"q": "không có thủ tục này"}, set()),
    ],
)
def test_filters_and_search(client, procedure_page_index, catalogue, params, expected):
    assert titles(client.get(procedure_page_index.url, params)) == expected


@pytest.mark.parametrize(
    "params",
    [{"linh_vuc": "khong-ton-tai"}, {"muc_do": "toan-trinh-xyz"}, {"q": "x" * 500}],
)
def test_bad_filters_never_fail(client, procedure_page_index, catalogue, params):
    response = client.get(procedure_page_index.url, params)
    assert response.status_code == 200
    assert "Bộ lọc không hợp lệ" in response.content.decode()
    assert titles(response) == set(TITLES)


def test_drafts_are_not_listed(client, procedure_page_index, tdkt_field):
    factories.procedure(procedure_page_index, tdkt_field, "Thủ tục nháp", "1.999999", live=False)
    assert "Thủ tục nháp" not in client.get(procedure_page_index.url).content.decode()


def test_a_procedure_page_shows_everything_a_citizen_needs(
    client, procedure_page_index, tdkt_field, home_page
):
    legal_page = in_force_document(
        make_register(home_page),
        number="06/2022/QH15",
        title="Luật Thi đua, khen thưởng",
        type_slug="luat",
        body_slug="quoc-hoi",
    )
    document = get_document_model()(title="Mẫu số 01 – Tờ trình")
    document.file.save(
        "mau-01.pdf", ContentFile(make_pdf("To trinh de nghi khen thuong")), save=False
    )
    document.save()
    page = factories.procedure(
        procedure_page_index,
        tdkt_field,
        "Thủ tục tặng Bằng khen",
        "1.000775",
        online_level="full",
        implementing_agency="Sở Nội vụ tỉnh Hưng Yên",
        fees="Không",
        result="Quyết định kèm Bằng khen.",
        online_url="https://dichvucong.hungyen.gov.vn/thu-tuc/1.000775",
        legal_basis=[
            {
                "type": "document",
                "value": {
                    "number": "06/2022/QH15",
                    "title": "Luật Thi đua, khen thưởng",
                    "page": legal_page.pk,
                    "url": "",
                },
            },
            {
                "type": "document",
                "value": {
                    "number": "98/2023/NĐ-CP",
                    "title": "Nghị định quy định chi tiết",
                    "page": None,
                    "url": "https://vbpl.vn/98-2023",
                },
            },
        ],
        form_documents=[ProcedureForm(document=document, title="Mẫu số 01 – Tờ trình đề nghị")],
    )
    html = client.get(page.url).content.decode()
    for text in [
        "1.000775",
        "Thi đua – khen thưởng",
        "Toàn trình",
        "Sở Nội vụ tỉnh Hưng Yên",
        "Cá nhân, tập thể có thành tích xuất sắc.",
        "20 ngày làm việc",
        "Quyết định kèm Bằng khen.",
        "Nộp hồ sơ.",
        "Tờ trình đề nghị khen thưởng.",
        "Mẫu số 01 – Tờ trình đề nghị",
        "https://dichvucong.hungyen.gov.vn/thu-tuc/1.000775",
        f'href="{legal_page.url}">06/2022/QH15</a>',
        'href="https://vbpl.vn/98-2023"',
    ]:
        assert text in html, text
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_an_offline_procedure_has_no_online_link(client, procedure_page_index, tdkt_field):
    page = factories.procedure(
        procedure_page_index, tdkt_field, "Thủ tục trực tiếp", "1.000002", online_level="none"
    )
    html = client.get(page.url).content.decode()
    assert "Không trực tuyến" in html
    assert "Nộp hồ sơ trực tuyến" not in html


@pytest.mark.parametrize("code", ["1.005384", "2.001791", "1.000775.000.00.00.H29"])
def test_national_codes_are_accepted(procedure_page_index, tdkt_field, code):
    page = ProcedurePage(
        title="T",
        slug="t",
        code=code,
        field=tdkt_field,
        applicants="a",
        processing_time="b",
        steps="<p>c</p>",
        dossier="<p>d</p>",
        result="e",
    )
    page.full_clean(exclude=["path", "depth"])


@pytest.mark.parametrize("code", ["1005384", "abc", "1.00538", "1.005384 OR 1=1"])
def test_malformed_codes_are_refused(procedure_page_index, tdkt_field, code):
    page = ProcedurePage(
        title="T",
        slug="t",
        code=code,
        field=tdkt_field,
        applicants="a",
        processing_time="b",
        steps="<p>c</p>",
        dossier="<p>d</p>",
        result="e",
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth"])
    assert "code" in error.value.message_dict


def test_the_list_uses_a_fixed_number_of_queries(
    client, procedure_page_index, tdkt_field, django_assert_max_num_queries
):
    for n in range(15):
        factories.procedure(procedure_page_index, tdkt_field, f"Thủ tục số {n}", f"1.00{n:04d}")
    client.get(procedure_page_index.url)
    with django_assert_max_num_queries(20):
        client.get(procedure_page_index.url, {"q": "thu tuc"})


def test_site_search_finds_procedures_by_code(client, home_page, procedure_page_index, catalogue):
    from search.models import SearchPage

    search = factories.add_page(home_page, SearchPage, title="Tìm kiếm", slug="tim-kiem")
    response = client.get(search.url, {"q": "1.001204"})
    assert TITLES["cuoc_le"] in response.content.decode()
