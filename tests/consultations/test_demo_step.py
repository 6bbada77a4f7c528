"""The demo step replaces the placeholder home's final step may have left at /lay-y-kien/."""

import pytest

from consultations.demo import build_consultations
from consultations.models import ConsultationIndexPage, DraftConsultationPage
from contacts.demo import build_units
from home.models import StandardPage
from portal.demo import DemoContext
from tests.utils import add_page

pytestmark = pytest.mark.django_db


def test_placeholder_is_replaced_by_the_section(home_page):
    add_page(home_page, StandardPage, title="Lấy ý kiến dự thảo", slug="lay-y-kien")
    ctx = DemoContext()
    build_units(ctx)
    build_consultations(ctx)
    index = ConsultationIndexPage.objects.get()
    assert index.url == "/lay-y-kien/" and index.show_in_menus
    assert not StandardPage.objects.filter(slug="lay-y-kien").exists()
    assert DraftConsultationPage.objects.child_of(index).count() == 4
