"""Text hygiene in the admin: legacy encodings refused with the conversion offered, NFC stored."""

import unicodedata

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from contacts.models import Unit
from home.models import StandardPage
from portal.admin_forms import ACCEPT_FIELD
from tests.portal.admin_helpers import page_data
from tests.utils import add_page

pytestmark = pytest.mark.django_db

TCVN3_TITLE = "Së Néi vô tØnh H\u00adng Yªn tæ chøc héi nghÞ"
VNI_PARAGRAPH = "<p>Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam</p>"


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def test_legacy_text_is_refused_with_the_conversion_shown(client, org):
    client.force_login(org.users.staff_vp)
    response = client.post(
        add_url(org.news), page_data(TCVN3_TITLE, slug="hoi-nghi", paragraphs=[VNI_PARAGRAPH])
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "TCVN3 (ABC)" in html
    assert "Sở Nội vụ tỉnh Hưng Yên tổ chức hội nghị" in html
    assert "VNI" in html and "Cộng hòa xã hội chủ nghĩa Việt Nam" in html
    assert f'name="{ACCEPT_FIELD}"' in html
    assert "Chấp nhận chuyển đổi" in html
    assert not StandardPage.objects.filter(slug="hoi-nghi").exists()


def test_accepting_the_conversion_stores_unicode(client, org):
    client.force_login(org.users.staff_vp)
    data = page_data(TCVN3_TITLE, slug="hoi-nghi", paragraphs=[VNI_PARAGRAPH])
    data[ACCEPT_FIELD] = "1"
    response = client.post(add_url(org.news), data)
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="hoi-nghi")
    assert page.title == "Sở Nội vụ tỉnh Hưng Yên tổ chức hội nghị"
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in page.body[0].value.source


def test_clean_vietnamese_is_saved_untouched(client, org):
    client.force_login(org.users.staff_vp)
    title = "Hội nghị “Cải cách hành chính” – café sáng, 25°C"
    response = client.post(add_url(org.news), page_data(title, slug="sach"))
    assert response.status_code == 302
    assert StandardPage.objects.get(slug="sach").title == title


def test_nfd_input_is_stored_as_nfc(client, org):
    client.force_login(org.users.staff_vp)
    nfd = unicodedata.normalize("NFD", "Nội vụ Hưng Yên")
    response = client.post(
        add_url(org.news),
        page_data(nfd, slug="nfd", intro=nfd, paragraphs=[f"<p>{nfd} tuyển dụng</p>"]),
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="nfd")
    assert page.title == page.intro == "Nội vụ Hưng Yên"
    assert "Nội vụ Hưng Yên tuyển dụng" in page.body[0].value.source
    revision = page.get_latest_revision()
    assert revision.content["title"] == "Nội vụ Hưng Yên"
    assert unicodedata.is_normalized("NFC", str(revision.content["body"]))


def test_every_save_normalises_pages_and_revisions_made_in_code(org):
    nfd = unicodedata.normalize("NFD", "Lịch sử hình thành")
    page = add_page(
        org.about,
        StandardPage,
        title=nfd,
        slug="lich-su",
        body=[{"type": "paragraph", "value": f"<p>{nfd}</p>"}],
    )
    page.refresh_from_db()
    assert page.title == "Lịch sử hình thành"
    assert page.body[0].value.source == "<p>Lịch sử hình thành</p>"
    content = Revision.objects.filter(object_id=str(page.pk)).latest("pk").content
    assert content["title"] == "Lịch sử hình thành"


def snippet_edit_url(obj):
    return reverse(obj.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)])


def unit_data(unit, **changes):
    data = {
        "name": unit.name,
        "short_name": unit.short_name,
        "slug": unit.slug,
        "kind": unit.kind,
        "parent": "",
        "sort_order": unit.sort_order,
        "functions": rich_text(""),
        "address": unit.address,
        "phone": unit.phone,
        "fax": unit.fax,
        "email": unit.email,
        "name_en": "",
        "functions_en": rich_text(""),
    }
    data.update(changes)
    return data


def test_snippet_form_refuses_mojibake_and_accepts_the_conversion(client, org):
    unit = org.units.cc
    client.force_login(org.users.board_head)
    bad = "PhÃ²ng CÃ´ng chá»©c â€“ ViÃªn chá»©c"
    response = client.post(snippet_edit_url(unit), unit_data(unit, name=bad))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Windows-1252" in html and "Phòng Công chức – Viên chức" in html
    response = client.post(snippet_edit_url(unit), unit_data(unit, name=bad, **{ACCEPT_FIELD: "1"}))
    assert response.status_code == 302
    draft = Unit.objects.get(pk=unit.pk).get_latest_revision_as_object()
    assert draft.name == "Phòng Công chức – Viên chức"


def person_data(person, unit, position, responsibilities, **extra):
    data = nested_form_data(
        {
            "full_name": person.full_name,
            "photo": "",
            "sort_order": 100,
            "is_active": "on",
            "office_phone": "",
            "mobile": "",
            "email": "",
            "appointments": inline_formset(
                [
                    {
                        "unit": unit.pk,
                        "position": position.pk,
                        "start_date": "",
                        "end_date": "",
                        "responsibilities": responsibilities,
                    }
                ]
            ),
            "biography": rich_text(""),
            "biography_en": rich_text(""),
            "user": "",
        }
    )
    data.update(extra)
    return data


def test_inline_rows_are_checked_too(client, org):
    from contacts.models import Person

    person = Person.objects.create(full_name="Đặng Văn Bình", live=True)
    client.force_login(org.users.board_head)
    url = snippet_edit_url(person)
    staff = org.positions["Chuyên viên"]
    legacy = "Phô tr¸ch c«ng t¸c v¨n th­"
    response = client.post(url, person_data(person, org.units.cc, staff, legacy))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Phụ trách công tác văn thư" in html and "TCVN3" in html
    response = client.post(
        url, person_data(person, org.units.cc, staff, legacy, **{ACCEPT_FIELD: "1"})
    )
    assert response.status_code == 302
    draft = Person.objects.get(pk=person.pk).get_latest_revision_as_object()
    assert [a.responsibilities for a in draft.appointments.all()] == ["Phụ trách công tác văn thư"]


def test_every_page_type_and_portal_snippet_gets_the_hygiene_form():
    from django.apps import apps as django_apps
    from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
    from wagtail.models import Page

    from portal.admin_forms import HygieneFormMixin, check_admin_forms, with_hygiene

    for model in django_apps.get_models():
        if issubclass(model, Page) and model is not Page:
            assert issubclass(model.base_form_class, HygieneFormMixin), model
    for model in (Unit, __import__("contacts.models", fromlist=["Person"]).Person):
        form = model.snippet_viewset.get_edit_handler().get_form_class()
        assert issubclass(form, HygieneFormMixin)
    assert check_admin_forms() == []
    # a section's own form (here Wagtail's form-builder form) keeps its behaviour
    wrapped = with_hygiene(WagtailAdminFormPageForm)
    assert issubclass(wrapped, WagtailAdminFormPageForm) and issubclass(wrapped, HygieneFormMixin)
    assert with_hygiene(wrapped) is wrapped


def test_page_addresses_are_stored_without_diacritics(client, org):
    """The editor's slug "thử-nghiệm-đường-dây-nóng" (what Wagtail proposes from a Vietnamese
    title) is stored as "thu-nghiem-duong-day-nong": the shared link needs no percent-encoding."""
    client.force_login(org.users.staff_vp)
    title = "Thử nghiệm đường dây nóng"
    response = client.post(add_url(org.news), page_data(title, slug="thử-nghiệm-đường-dây-nóng"))
    assert response.status_code == 302
    page = StandardPage.objects.get(title=title)
    assert page.slug == "thu-nghiem-duong-day-nong"
    assert page.url.endswith("/thu-nghiem-duong-day-nong/")


def test_a_folded_address_taken_by_a_sibling_is_refused(client, org):
    client.force_login(org.users.staff_vp)
    add_page(org.news, StandardPage, title="Đường dây nóng", slug="duong-day-nong")
    response = client.post(add_url(org.news), page_data("Đương dây nóng", slug="đương-dây-nóng"))
    assert response.status_code == 200
    assert StandardPage.objects.filter(slug="duong-day-nong").count() == 1
    assert not StandardPage.objects.filter(title="Đương dây nóng").exists()
