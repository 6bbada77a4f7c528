"""Anonymous 1–5 satisfaction ratings on procedures and answered questions: one per browser
(cookie plus a server-side check), refused politely when repeated, aggregated for reports."""

import pytest
from django.test import Client, override_settings

from services.models import Rating
from services.ratings import COOKIE_NAME
from tests.services import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def procedure(procedure_page_index, tdkt_field):
    return factories.procedure(procedure_page_index, tdkt_field)


def rate_url(procedure):
    return procedure.url + "danh-gia/"


def test_a_visitor_rates_a_procedure_once(client, procedure):
    response = client.post(rate_url(procedure), {"score": "4"})
    assert response.status_code == 302
    assert response.cookies[COOKIE_NAME]["httponly"]
    rating = Rating.objects.get()
    assert rating.procedure_id == procedure.pk and rating.score == 4
    assert COOKIE_NAME not in rating.voter and len(rating.voter) == 64  # only a keyed hash

    page = client.get(procedure.url).content.decode()
    assert "Bạn đã đánh giá nội dung này" in page
    assert "4,0" in page or "4.0" in page

    again = client.post(rate_url(procedure), {"score": "1"})
    assert again.status_code == 409
    assert "đã gửi đánh giá" in again.content.decode()
    assert Rating.objects.count() == 1 and Rating.objects.get().score == 4


def test_another_browser_may_rate(client, procedure):
    client.post(rate_url(procedure), {"score": "5"})
    Client().post(rate_url(procedure), {"score": "3"})
    assert sorted(Rating.objects.values_list("score", flat=True)) == [3, 5]


def test_a_stale_cookie_replayed_by_another_client_is_still_refused(client, procedure):
    client.post(rate_url(procedure), {"score": "5"})
    token = client.cookies[COOKIE_NAME].value
    other = Client()
    other.cookies[COOKIE_NAME] = token
    assert other.post(rate_url(procedure), {"score": "1"}).status_code == 409
    assert Rating.objects.count() == 1


@pytest.mark.parametrize("score", ["0", "6", "abc", "", "4.5"])
def test_bad_scores_are_refused_and_store_nothing(client, procedure, score):
    response = client.post(rate_url(procedure), {"score": score})
    assert response.status_code == 400
    assert "mức độ hài lòng" in response.content.decode().split("rating-errors")[1].lower()
    assert not Rating.objects.exists()


def test_rating_needs_post(client, procedure):
    assert client.get(rate_url(procedure)).status_code == 405


@override_settings(PORTAL_RATE_LIMITS={"rating": {"count": 2, "seconds": 600}})
def test_one_address_cannot_flood_ratings(procedure):
    for _ in range(2):
        assert Client().post(rate_url(procedure), {"score": "5"}).status_code == 302
    assert Client().post(rate_url(procedure), {"score": "5"}).status_code == 429
    assert Rating.objects.count() == 2


def test_answered_questions_can_be_rated_but_unpublished_ones_cannot(
    client, question_page, tdkt_field
):
    answered = factories.answered_question(tdkt_field)
    waiting = factories.awaiting_question(tdkt_field)
    assert (
        client.post(question_page.url_for("rate", answered.pk), {"score": "5"}).status_code == 302
    )
    assert client.post(question_page.url_for("rate", waiting.pk), {"score": "5"}).status_code == 404
    assert list(Rating.objects.values_list("question_id", "score")) == [(answered.pk, 5)]
    assert (
        "Bạn đã đánh giá"
        in client.get(question_page.url_for("detail", answered.pk)).content.decode()
    )
