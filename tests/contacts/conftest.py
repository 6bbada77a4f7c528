import pytest

from tests.contacts import factories


@pytest.fixture
def directory(home_page):
    return factories.directory_page(home_page)


@pytest.fixture
def schedule(home_page):
    return factories.schedule_page(home_page)


@pytest.fixture
def leaders(db):
    """A unit "Ban Giám đốc" with a director and a deputy director in post."""
    board = factories.make_unit("Ban Giám đốc", slug="ban-giam-doc", name_en="Board of Directors")
    boss = factories.make_person("Nguyễn Văn Thành", board, factories.director())
    deputy = factories.make_person("Trần Thị Thu Hằng", board, factories.deputy_director())
    return {"unit": board, "director": boss, "deputy": deputy}
