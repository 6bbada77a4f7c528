import pytest

from tests.news import factories


@pytest.fixture
def index(home_page):
    return factories.news_index(home_page)
