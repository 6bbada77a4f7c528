"""Users belong to units; staff edit only their unit's content; snippets go through the chain."""

import datetime

import pytest
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from contacts.models import Appointment, Unit
from home.models import StandardPage
from portal.roles import heads_of, is_head_of, responsible_unit_of, unit_of
from portal.workflows import BOARD_TASK, UNIT_HEAD_TASK
from tests.portal.admin_helpers import create_page, current_step, edit_page, snippet_action
from tests.portal.test_hygiene_admin import snippet_edit_url, unit_data
from tests.portal.test_workflow import refused

pytestmark = pytest.mark.django_db


def test_unit_of_and_heads_follow_current_appointments(org):
    users, units = org.users, org.units
    assert unit_of(users.staff_cc) == units.cc
    assert is_head_of(users.head_cc, units.cc)
    assert not is_head_of(users.head_cc, units.vp)
    assert not is_head_of(users.staff_cc, units.cc)
    assert list(heads_of(units.vp)) == [users.head_vp]
    # a post that ended no longer counts
    appointment = Appointment.objects.get(person__user=users.head_cc)
    appointment.end_date = timezone.localdate() - datetime.timedelta(days=1)
    appointment.save()
    users.head_cc.refresh_from_db()
    from django.contrib.auth import get_user_model

    fresh = get_user_model().objects.get(pk=users.head_cc.pk)
    assert unit_of(fresh) is None
    assert not is_head_of(fresh, units.cc)


def test_responsible_unit_of_units_and_people(org):
    assert responsible_unit_of(org.units.cc) == org.units.cc
    person = org.users.staff_cc.person
    assert responsible_unit_of(person) == org.units.cc


def test_new_page_form_is_prefilled_with_the_authors_unit(client, org):
    client.force_login(org.users.staff_cc)
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", org.news.pk])
    )
    html = response.content.decode()
    assert f'name="responsible_unit" value="{org.units.cc.pk}"' in html


def test_page_made_in_code_gets_its_owners_unit(org):
    page = StandardPage(title="Tin nhanh", slug="tin-nhanh", owner=org.users.staff_cc)
    org.news.add_child(instance=page)
    assert page.responsible_unit == org.units.cc


def test_staff_edit_only_their_own_units_content(client, org):
    client.force_login(org.users.staff_vp)
    create_page(client, org.news, "Tin của Văn phòng", submit=False)
    page = StandardPage.objects.get(title="Tin của Văn phòng")
    client.force_login(org.users.staff_cc)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 403
    assert "Văn phòng Sở" in response.content.decode()
    response = edit_page(client, page, "Sửa trộm", action=None)
    assert response.status_code == 403
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Tin của Văn phòng"
    # the board edits every unit's content
    client.force_login(org.users.board1)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    # so does a colleague of the same unit
    colleague = org.users.staff_vp
    client.force_login(colleague)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_unit_snippet_goes_through_the_chain(client, org):
    unit = org.units.cc
    users = org.users
    client.force_login(users.staff_cc)
    response = client.post(
        snippet_edit_url(unit),
        {**unit_data(unit, phone="0221 3862 299"), "action-submit": "1"},
    )
    assert response.status_code == 302
    assert current_step(unit) == UNIT_HEAD_TASK
    assert Unit.objects.get(pk=unit.pk).phone != "0221 3862 299"
    client.force_login(users.head_vp)
    assert refused(snippet_action(client, unit, "approve"))
    client.force_login(users.head_cc)
    snippet_action(client, unit, "approve")
    assert current_step(unit) == BOARD_TASK
    client.force_login(users.board1)
    snippet_action(client, unit, "approve")
    assert Unit.objects.get(pk=unit.pk).phone == "0221 3862 299"
    # staff of another unit cannot open it
    client.force_login(users.staff_vp)
    response = client.get(snippet_edit_url(unit))
    assert response.status_code == 403


def test_unit_listing_and_edit_urls_are_quoted(org):
    assert snippet_edit_url(org.units.vp).endswith(f"/{quote(org.units.vp.pk)}/")
