"""load_demo builds the whole tree and is idempotent."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import PortalLink, SiteSettings

pytestmark = pytest.mark.django_db(transaction=False)

SLUGS = [
    "gioi-thieu",
    "tin-tuc",
    "van-ban",
    "lay-y-kien",
    "lich-cong-tac",
    "danh-ba",
    "thu-tuc-hanh-chinh",
    "hoi-dap",
    "tim-kiem",
    "so-do-trang",
]


def snapshot():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "settings": SiteSettings.objects.count(),
        "links": PortalLink.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture(scope="module")
def demo_db(django_db_setup, django_db_blocker):
    """Load the demo once for this module (it is the slowest fixture of the suite)."""
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            first = snapshot()
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            second = snapshot()
            yield first, second
            transaction.set_rollback(True)


def test_load_demo_twice_changes_nothing(demo_db):
    first, second = demo_db
    assert first == second
    assert first["pages"] > len(SLUGS)
    assert first["images"] >= 1
    assert first["settings"] == 1


def test_demo_builds_every_section_address(demo_db, client):
    for slug in SLUGS:
        response = client.get(f"/{slug}/")
        assert response.status_code == 200, slug
    for slug in ["chuc-nang-nhiem-vu", "co-cau-to-chuc", "lich-su-hinh-thanh", "lanh-dao-so"]:
        assert client.get(f"/gioi-thieu/{slug}/").status_code == 200, slug
    assert client.get("/en/").status_code == 200


def test_demo_admin_uses_the_demo_password(demo_db):
    from portal.management.commands.load_demo import DEFAULT_DEMO_PASSWORD

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert admin.check_password(DEFAULT_DEMO_PASSWORD)
