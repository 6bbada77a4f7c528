"""Editors manage procedures, fields (with the unit that answers) and holidays in the admin."""

import datetime

import pytest
from django.urls import reverse

from portal.workdays import Holiday
from services.models import ServiceField
from tests.services import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(factories.user(is_superuser=True, is_staff=True))
    return client


def test_the_page_editor_opens_for_every_services_page_type(
    admin_client, home_page, procedure_page_index, question_page, tdkt_field
):
    procedure = factories.procedure(procedure_page_index, tdkt_field)
    urls = [
        reverse(
            "wagtailadmin_pages:add", args=["services", "procedurepage", procedure_page_index.pk]
        ),
        reverse("wagtailadmin_pages:edit", args=[procedure.pk]),
        reverse("wagtailadmin_pages:edit", args=[procedure_page_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[question_page.pk]),
    ]
    for url in urls:
        response = admin_client.get(url)
        assert response.status_code == 200, url
    html = admin_client.get(urls[1]).content.decode()
    for label in [
        "Mã thủ tục",
        "Mức độ dịch vụ công trực tuyến",
        "Mẫu đơn, tờ khai",
        "Căn cứ pháp lý",
    ]:
        assert label in html


def test_editors_map_a_field_to_the_unit_that_answers(admin_client, tdkt, btg):
    url = reverse("wagtailsnippets_services_servicefield:add")
    response = admin_client.post(
        url,
        {"name": "Công tác thanh niên", "slug": "", "sort_order": 10, "responsible_unit": btg.pk},
    )
    assert response.status_code == 302
    field = ServiceField.objects.get(name="Công tác thanh niên")
    assert field.slug == "cong-tac-thanh-nien" and field.responsible_unit == btg


def test_administrators_manage_holidays_and_bad_make_up_days_are_refused(admin_client):
    url = reverse("wagtailsnippets_portal_holiday:add")
    ok = admin_client.post(url, {"date": "2027-04-16", "name": "Giỗ Tổ Hùng Vương", "kind": "off"})
    assert ok.status_code == 302
    bad = admin_client.post(url, {"date": "2027-04-14", "name": "Sai", "kind": "work"})
    assert bad.status_code == 200
    assert "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật" in bad.content.decode()
    assert list(Holiday.objects.values_list("date", flat=True)) == [datetime.date(2027, 4, 16)]
