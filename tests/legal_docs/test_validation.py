"""Invalid input is refused with Vietnamese messages, in the model and in the admin."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from legal_docs.models import DocumentRelation, LegalDocumentPage, RelationType

from .factories import make_document, make_register, pdf_file, taxonomy

D = datetime.date


def build(register, **fields):
    tax = taxonomy()
    values = {
        "title": "Về công tác văn thư",
        "slug": "thu",
        "number": "30/2020/NĐ-CP",
        "document_type": tax["types"]["nghi-dinh"],
        "issuing_body": tax["bodies"]["chinh-phu"],
        "issued_on": D(2020, 3, 5),
        "main_file": pdf_file(),
    }
    values.update(fields)
    page = LegalDocumentPage(**values)
    page.legal_fields = [tax["fields"]["van-thu-luu-tru"]]
    return page


def errors_of(register, **fields):
    page = build(register, **fields)
    with pytest.raises(ValidationError) as caught:
        register.add_child(instance=page)
    return caught.value.message_dict


@pytest.mark.parametrize("number", ["abc", "43/2011", "43//NĐ-CP", "NĐ-CP/43", "43/2011/NĐ CP!"])
def test_malformed_number(register, number):
    errors = errors_of(register, number=number)
    assert "không đúng định dạng" in errors["number"][0]
    assert not LegalDocumentPage.objects.exists()


def test_normative_document_needs_the_year(register):
    errors = errors_of(register, number="43/NĐ-CP")
    assert "phải có năm ban hành" in errors["number"][0]


def test_duplicate_number_for_the_same_body(register):
    make_document(register, number="43/2011/NĐ-CP")
    # the same number typed differently (decomposed Unicode, lower case, spaces) is the same key
    errors = errors_of(register, number="43 / 2011 / nđ-cp")
    assert errors["number"] == [
        "Đã có văn bản số 43 / 2011 / nđ-cp của Chính phủ trên Trang thông tin."
    ]
    errors = errors_of(register, number="43/2011/NĐ-CP")
    assert "Đã có văn bản số 43/2011/NĐ-CP của Chính phủ" in errors["number"][0]


def test_same_number_for_another_body_is_allowed(register, tax):
    make_document(register, number="12/QĐ-UBND", type_slug="quyet-dinh", body_slug="ubnd-tinh")
    page = build(
        register,
        number="12/QĐ-UBND",
        document_type=tax["types"]["quyet-dinh"],
        issuing_body=tax["bodies"]["so-noi-vu"],
    )
    register.add_child(instance=page)
    assert LegalDocumentPage.objects.filter(number="12/QĐ-UBND").count() == 2


def test_effective_date_before_issue_date(register):
    errors = errors_of(register, effective_on=D(2020, 3, 4))
    assert errors["effective_on"] == ["Ngày có hiệu lực không được trước ngày ban hành."]


def test_expiry_before_effective_date(register):
    errors = errors_of(register, effective_on=D(2020, 4, 1), expires_on=D(2020, 3, 31))
    assert errors["expires_on"] == ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]
    errors = errors_of(register, effective_on=D(2020, 4, 1), expires_on=D(2020, 4, 1))
    assert errors["expires_on"] == ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]


def test_main_file_must_be_pdf_or_word(register):
    errors = errors_of(register, main_file=pdf_file(filename="bang-tinh.xlsx"))
    assert errors["main_file"] == ["Tệp văn bản chính phải là tệp PDF, DOC hoặc DOCX."]


def test_register_holds_only_its_types(home_page, tax):
    plans = make_register(home_page, "Kế hoạch", "ke-hoach", types=[tax["types"]["ke-hoach"]])
    errors = errors_of(plans)
    assert errors["document_type"] == ["Sổ “Kế hoạch” chỉ nhận các loại: Kế hoạch."]


def test_relation_to_itself_refused_by_the_model(register):
    document = make_document(register)
    relation = DocumentRelation(page=document, target=document, relation_type=RelationType.BASIS)
    with pytest.raises(ValidationError) as caught:
        relation.full_clean()
    assert caught.value.message_dict["target"] == ["Văn bản không thể liên kết với chính nó."]


# -- the admin --------------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bt@example.com", "x-Pass-2026")
    client.force_login(user)
    return client


def edit_data(page, relations=(), **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "number": page.number,
        "document_type": page.document_type_id,
        "group": page.group,
        "issuing_body": page.issuing_body_id,
        "signer_name": "",
        "signer_title": "",
        "issued_on": page.issued_on.strftime("%d/%m/%Y"),
        "effective_on": page.effective_on.strftime("%d/%m/%Y"),
        "expires_on": "",
        "partially_expired_on": "",
        "expiry_reason": "",
        "expired_part": "",
        "published_on": "",
        "main_file": page.main_file_id,
        "attachments": inline_formset([]),
        "relations": inline_formset(
            [
                {"relation_type": rtype, "target": target.pk, "partial": "", "note": ""}
                for rtype, target in relations
            ]
        ),
        "full_text": rich_text(""),
        "responsible_unit": "",
        "action-publish": "action-publish",
    }
    data.update(overrides)
    flat = nested_form_data(data)
    flat["legal_fields"] = [f.pk for f in page.legal_fields.all()]
    return flat


def test_admin_refuses_self_relation_and_keeps_the_page(register, editor_client):
    document = make_document(register, number="43/2011/NĐ-CP")
    url = reverse("wagtailadmin_pages:edit", args=[document.pk])
    response = editor_client.post(url, edit_data(document, [(RelationType.REPLACES, document)]))
    assert response.status_code == 200
    assert "Văn bản không thể liên kết với chính nó." in response.content.decode()
    assert not DocumentRelation.objects.exists()


def test_admin_refuses_replacement_cycle(register, editor_client):
    first = make_document(register, number="10/2012/NĐ-CP", issued_on=D(2012, 1, 2))
    second = make_document(
        register,
        number="20/2016/NĐ-CP",
        issued_on=D(2016, 1, 2),
        relations=[(RelationType.REPLACES, first)],
    )
    third = make_document(
        register,
        number="30/2020/NĐ-CP",
        issued_on=D(2020, 1, 2),
        relations=[(RelationType.REPLACES, second)],
    )
    url = reverse("wagtailadmin_pages:edit", args=[first.pk])
    response = editor_client.post(url, edit_data(first, [(RelationType.REPLACES, third)]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "vòng thay thế" in content and "30/2020/NĐ-CP" in content
    assert not DocumentRelation.objects.filter(page=first).exists()
    # a non-replacement relation to the same document is fine
    response = editor_client.post(url, edit_data(first, [(RelationType.BASIS, third)]))
    assert response.status_code == 302
    assert DocumentRelation.objects.filter(page=first, target=third).exists()


def test_admin_refuses_bad_dates_in_vietnamese(register, editor_client):
    document = make_document(register, number="43/2011/NĐ-CP", issued_on=D(2011, 6, 13))
    url = reverse("wagtailadmin_pages:edit", args=[document.pk])
    response = editor_client.post(
        url, edit_data(document, effective_on="01/06/2011", number="43-2011")
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ngày có hiệu lực không được trước ngày ban hành." in content
    assert "không đúng định dạng" in content
    document.refresh_from_db()
    assert document.number == "43/2011/NĐ-CP"
