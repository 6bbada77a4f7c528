"""A person's public address is their card on the unit page of the directory."""

import datetime

import pytest
from django.utils import timezone

from tests.contacts.factories import directory_page, make_person, make_unit

pytestmark = pytest.mark.django_db


def test_person_url_leads_to_their_card_on_the_unit_page(client, home_page):
    directory = directory_page(home_page)
    unit = make_unit("Phòng Công chức – Viên chức", slug="phong-cong-chuc-vien-chuc")
    person = make_person("Trần Thị Mai", unit=unit)
    url = person.get_absolute_url()
    assert (
        url
        == f"{directory.url}don-vi/phong-cong-chuc-vien-chuc/#phong-cong-chuc-vien-chuc-can-bo-{person.pk}"
    )
    page_url, anchor = url.split("#")
    html = client.get(page_url).content.decode()
    assert f'id="{anchor}"' in html
    assert "Trần Thị Mai" in html.split(f'id="{anchor}"', 1)[1][:400]


def test_people_without_a_current_post_or_unpublished_have_no_public_address(home_page):
    directory_page(home_page)
    unit = make_unit()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert make_person(unit=unit, end=yesterday).get_absolute_url() == ""
    assert make_person(unit=unit, live=False).get_absolute_url() == ""
    assert make_person(unit=unit, is_active=False).get_absolute_url() == ""
    assert make_person().get_absolute_url() == ""


def test_no_directory_no_address(db):
    unit = make_unit()
    assert make_person(unit=unit).get_absolute_url() == ""
