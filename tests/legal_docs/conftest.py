import pytest

from .factories import make_register, taxonomy


@pytest.fixture
def tax(db):
    return taxonomy()


@pytest.fixture
def register(home_page, tax):
    return make_register(home_page)
