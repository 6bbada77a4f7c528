"""The admin screens editors use open without errors."""

import pytest
from django.urls import reverse

from .factories import make_document


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("ad", "ad@example.com", "x-Pass-2026")
    client.force_login(user)
    return client


def test_page_forms_open(admin_client, register):
    document = make_document(register, number="30/2020/NĐ-CP")
    add = reverse("wagtailadmin_pages:add", args=["legal_docs", "legaldocumentpage", register.pk])
    content = admin_client.get(add).content.decode()
    assert "Trích yếu" in content and "Số ký hiệu" in content
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[document.pk]))
    assert edit.status_code == 200
    assert "Liên kết với văn bản khác" in edit.content.decode()
    assert (
        admin_client.get(reverse("wagtailadmin_pages:edit", args=[register.pk])).status_code == 200
    )


@pytest.mark.parametrize("model", ["documenttype", "issuingbody", "legalfield"])
def test_snippet_lists_open(admin_client, tax, model):
    response = admin_client.get(reverse(f"wagtailsnippets_legal_docs_{model}:list"))
    assert response.status_code == 200


def test_renaming_a_type_updates_the_search_text(register, tax, client):
    document = make_document(register, number="30/2020/NĐ-CP")
    document_type = tax["types"]["nghi-dinh"]
    document_type.name = "Nghị định của Chính phủ"
    document_type.save()
    document.refresh_from_db()
    assert document.search_text.startswith("nghi dinh cua chinh phu")
