"""The sections through the site search: legal documents by number, directory people and units,
published answers to citizens' questions — and nothing private."""

import datetime

import pytest

from services.models import QuestionStatus
from tests.contacts.factories import directory_page, make_person, make_unit
from tests.legal_docs.factories import in_force_document, make_register
from tests.services import factories as services_factories

pytestmark = pytest.mark.django_db


def results(response):
    return list(response.context["results"])


def test_document_numbers_put_the_legal_document_first(search, home_page):
    register = make_register(home_page)
    decree = in_force_document(
        register,
        number="43/2011/NĐ-CP",
        title="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        issued_on=datetime.date(2011, 6, 13),
    )
    # decoys that talk about the decree without being it
    for serial in range(3):
        in_force_document(
            register,
            title=f"Hướng dẫn thực hiện Nghị định 43/2011/NĐ-CP, phần {serial} — 43/2011 ND-CP",
        )
    for query in ["43/2011/NĐ-CP", "43/2011/ND-CP", "43/2011", "nd-cp 43/2011"]:
        found = results(search(query))
        assert found, query
        assert found[0].obj.pk == decree.pk, query
        assert found[0].document_type == "Nghị định"


def test_directory_people_and_units_are_found_without_diacritics(search, home_page):
    directory = directory_page(home_page)
    unit = make_unit("Ban Thi đua – Khen thưởng", slug="ban-thi-dua-khen-thuong")
    person = make_person("Nguyễn Văn Dũng", unit=unit, email="dung.nv@hungyen.gov.vn")
    make_person("Nguyễn Văn Đã Nghỉ", unit=unit, is_active=False)

    people = [hit for hit in results(search("nguyen van dung")) if hit.obj == person]
    assert people and people[0].url.startswith(f"{directory.url}don-vi/ban-thi-dua-khen-thuong/")
    html = search("nguyen van").content.decode()
    assert "Đã Nghỉ" not in html  # people no longer active are not public
    assert "dung.nv@hungyen.gov.vn" not in html  # excerpts never quote contact fields

    units = [hit for hit in results(search("thi dua khen thuong")) if hit.obj == unit]
    assert units and units[0].url == f"{directory.url}don-vi/ban-thi-dua-khen-thuong/"


def test_published_answers_are_found_and_private_data_is_not(search, client, home_page):
    unit = services_factories.unit("ban-thi-dua-khen-thuong", "Ban Thi đua – Khen thưởng")
    tdkt_field = services_factories.field("thi-dua-khen-thuong", "Thi đua – khen thưởng", unit)
    services_factories.question_index(home_page)
    answered = services_factories.answered_question(
        tdkt_field,
        title="Hồ sơ đề nghị tặng Bằng khen gồm những gì?",
        body="Tôi là Trần Văn Khải, số điện thoại 0912 345 678, xin hỏi hồ sơ khen thưởng.",
        answer="Hồ sơ gồm tờ trình, báo cáo thành tích và biên bản họp Hội đồng.",
        asker_name="Trần Văn Khải",
        email="khai.tran@example.com",
    )
    pending = services_factories.received_question(
        tdkt_field, title="Câu hỏi chưa trả lời về bằng khen", asker_name="Lê Thị Na"
    )
    assert answered.status == QuestionStatus.ANSWERED and answered.is_public

    response = search("ho so bang khen")
    html = response.content.decode()
    found = [hit.obj for hit in results(response)]
    assert answered in found
    assert pending not in found
    for private in [
        answered.receipt_code,
        "khai.tran@example.com",
        "0912 345 678",
        "0912345678",
        pending.title,
    ]:
        assert private not in html, private
    suggestions = client.get("/tim-kiem/goi-y/", {"q": "ho so bang"}).json()["suggestions"]
    assert [item["title"] for item in suggestions] == ["Hồ sơ đề nghị tặng Bằng khen gồm những gì?"]
    assert answered.receipt_code not in str(suggestions)
    assert "Trần Văn Khải" not in html
