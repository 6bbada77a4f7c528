"""Approvers and editors are named family name first, as Vietnamese names are."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.utils import get_user_display_name

pytestmark = pytest.mark.django_db


def test_admin_accounts_show_family_name_first():
    user = get_user_model().objects.create_user(
        "lan.anh", first_name="Anh", last_name="Ngô Thị Lan"
    )
    assert user.get_full_name() == "Ngô Thị Lan Anh"
    assert get_user_display_name(user) == "Ngô Thị Lan Anh"
    assert get_user_model()(username="x", first_name="Anh").get_full_name() == "Anh"


def test_the_account_menu_of_the_admin_names_the_user_in_vietnamese_order(client):
    user = get_user_model().objects.create_superuser(
        "lan.anh", "lan-anh@sonv.hungyen.gov.vn", "x", first_name="Anh", last_name="Ngô Thị Lan"
    )
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Ngô Thị Lan Anh" in html
    assert "Anh Ngô Thị Lan" not in html
