"""Art. 8: a citizen's comment with prohibited terms is held as spam for a moderator."""

import pytest

from consultations.models import Comment, Moderation
from portal.models import ProhibitedTerm
from tests.consultations.factories import open_consultation
from tests.consultations.test_comment_form import post, valid_data

pytestmark = pytest.mark.django_db


def test_comment_with_prohibited_terms_is_held_as_spam_and_not_public(client, home_page):
    ProhibitedTerm.objects.create(term="cờ bạc")
    draft = open_consultation(home_page)
    text = "Mời tham gia co bac truc tuyen tại đây"
    response = post(client, draft, valid_data(text=text))
    assert response.status_code == 200  # the citizen is thanked as usual
    comment = Comment.objects.get()
    assert comment.status == Moderation.SPAM
    assert comment.held_reason == "cờ bạc"
    comment.refresh_from_db()
    assert text not in client.get(draft.url).content.decode()


def test_clean_comment_is_not_held(client, home_page):
    ProhibitedTerm.objects.create(term="cờ bạc")
    draft = open_consultation(home_page)
    post(client, draft, valid_data())
    comment = Comment.objects.get()
    assert comment.status == Moderation.PENDING
    assert comment.held_reason == ""
