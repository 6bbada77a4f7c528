"""The "Lãnh đạo Sở" introduction page shows current and former leaders from the directory."""

import datetime

import pytest
from django.utils import timezone

from home.models import StandardPage
from tests.contacts.factories import deputy_director, english_translation, make_person
from tests.utils import add_page

pytestmark = pytest.mark.django_db

LEADERS_BLOCK = {
    "type": "current_leaders",
    "value": {"heading": "", "show_biography": True, "show_former": True, "former_heading": ""},
}


@pytest.fixture
def leaders_page(home_page):
    about = add_page(home_page, StandardPage, title="Giới thiệu", slug="gioi-thieu")
    return add_page(
        about,
        StandardPage,
        title="Lãnh đạo Sở",
        slug="lanh-dao-so",
        body=[{"type": "paragraph", "value": "<p>Lời dẫn.</p>"}, LEADERS_BLOCK],
    )


@pytest.fixture
def history(leaders):
    today = timezone.localdate()
    former = make_person(
        "Đỗ Văn Khải",
        leaders["unit"],
        leaders["director"].appointments.first().position,
        start=today - datetime.timedelta(days=4000),
        end=today - datetime.timedelta(days=1800),
        is_active=False,
    )
    leaders["director"].biography = "<p>Sinh năm 1972 tại Tiên Lữ.</p>"
    leaders["director"].biography_en = "<p>Born in 1972 in Tiên Lữ.</p>"
    leaders["director"].save()
    return {**leaders, "former": former}


def test_leaders_page_lists_current_then_former(client, leaders_page, history):
    page = client.get("/gioi-thieu/lanh-dao-so/").content.decode()
    current = page[page.index("Lãnh đạo đương nhiệm") : page.index("Lãnh đạo Sở qua các thời kỳ")]
    former = page[page.index("Lãnh đạo Sở qua các thời kỳ") :]
    assert "Nguyễn Văn Thành" in current and "Trần Thị Thu Hằng" in current
    assert current.index("Nguyễn Văn Thành") < current.index("Trần Thị Thu Hằng")  # rank order
    assert "Sinh năm 1972 tại Tiên Lữ." in current
    assert "Đỗ Văn Khải" not in current
    assert "Đỗ Văn Khải" in former and "Giám đốc" in former


def test_a_leader_whose_post_ended_moves_to_the_former_list(client, leaders_page, history):
    appointment = history["deputy"].appointments.get()
    appointment.end_date = timezone.localdate() - datetime.timedelta(days=1)
    appointment.save()
    make_person("Phạm Quang Huy", history["unit"], deputy_director())
    page = client.get("/gioi-thieu/lanh-dao-so/").content.decode()
    former = page[page.index("Lãnh đạo Sở qua các thời kỳ") :]
    current = page[: page.index("Lãnh đạo Sở qua các thời kỳ")]
    assert "Trần Thị Thu Hằng" in former and "Trần Thị Thu Hằng" not in current
    assert "Phạm Quang Huy" in current


def test_english_leaders_page(client, leaders_page, history):
    english_translation(leaders_page, title="Leadership", slug="leadership")
    page = client.get("/en/gioi-thieu/leadership/").content.decode()
    assert "Current leadership" in page and "Former leaders" in page
    assert "Director" in page and "Deputy Director" in page
    assert "Born in 1972 in Tiên Lữ." in page and "Sinh năm 1972" not in page


def test_block_query_count_does_not_grow_with_leaders(
    client, leaders_page, history, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/gioi-thieu/lanh-dao-so/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/gioi-thieu/lanh-dao-so/")
    for number in range(6):
        make_person(f"Phó Giám đốc Số {number}", history["unit"], deputy_director())
    with django_assert_max_num_queries(len(queries)):
        response = client.get("/gioi-thieu/lanh-dao-so/")
    assert "Phó Giám đốc Số 5" in response.content.decode()
