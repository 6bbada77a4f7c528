"""Fixtures for the services tests: two units, each with a head and a staff member, a field routed
to each, and the questions and procedures pages."""

import pytest
from django.core.cache import cache

from contacts.models import UnitKind
from tests.services import factories


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits live in the cache; every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def tdkt(db):
    return factories.unit("ban-thi-dua-khen-thuong", "Ban Thi đua – Khen thưởng")


@pytest.fixture
def btg(db):
    return factories.unit("ban-ton-giao", "Ban Tôn giáo")


@pytest.fixture
def office(db):
    return factories.unit("van-phong", "Văn phòng Sở", kind=UnitKind.OFFICE)


@pytest.fixture
def tdkt_field(tdkt):
    return factories.field("thi-dua-khen-thuong", "Thi đua – khen thưởng", tdkt)


@pytest.fixture
def btg_field(btg):
    return factories.field("ton-giao", "Tín ngưỡng, tôn giáo", btg)


@pytest.fixture
def tdkt_staff(tdkt):
    return factories.staff_user(tdkt)


@pytest.fixture
def tdkt_head(tdkt):
    return factories.head_user(tdkt)


@pytest.fixture
def btg_staff(btg):
    return factories.staff_user(btg)


@pytest.fixture
def btg_head(btg):
    return factories.head_user(btg)


@pytest.fixture
def editor(db):
    return factories.editor_user()


@pytest.fixture
def question_page(home_page, office):
    return factories.question_index(home_page, responsible_unit=office)


@pytest.fixture
def procedure_page_index(home_page):
    return factories.procedure_index(home_page)
