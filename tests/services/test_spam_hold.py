"""Art. 8: a question with prohibited terms is held, unrouted, until a moderator releases it."""

import pytest

from portal.models import ProhibitedTerm
from services import units
from services.lifecycle import QuestionLifecycle
from services.models import Question, QuestionStatus
from tests.services.test_public_questions import ask_url, good_data

pytestmark = pytest.mark.django_db


def test_question_with_prohibited_terms_is_held_for_a_moderator(
    client, question_page, tdkt_field, tdkt, django_user_model
):
    from django.contrib.auth.models import Permission

    ProhibitedTerm.objects.create(term="cờ bạc")
    response = client.post(
        ask_url(question_page),
        good_data(tdkt_field, body="Trang co bac uy tin nhat, nap tien ngay"),
    )
    assert response.status_code == 302  # a receipt, as for any question
    question = Question.objects.get()
    assert question.held_as_spam
    assert question.spam_reasons == "cờ bạc"
    assert question.unit is None  # no unit sees it or is told of it

    moderator = django_user_model.objects.create_user("kiemduyet", password="x")
    moderator.user_permissions.add(Permission.objects.get(codename="reassign_question"))
    moderator = django_user_model.objects.get(pk=moderator.pk)
    units.forget(moderator)
    QuestionLifecycle(question, moderator).apply("reassign", unit=tdkt, note="Không phải spam")
    question.refresh_from_db()
    assert not question.held_as_spam
    assert question.unit == tdkt
    assert question.status == QuestionStatus.RECEIVED


def test_clean_question_is_routed_as_usual(client, question_page, tdkt_field, tdkt):
    ProhibitedTerm.objects.create(term="cờ bạc")
    client.post(ask_url(question_page), good_data(tdkt_field))
    question = Question.objects.get()
    assert not question.held_as_spam
    assert question.unit == tdkt
