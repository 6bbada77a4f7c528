"""The question state machine: who may make which move, and that an answer is published only after
the head of the answering unit approves it (Art. 11.3–11.4)."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from services.lifecycle import TRANSITIONS, QuestionLifecycle, TransitionNotAllowed
from services.models import Question, QuestionStatus
from tests.services import factories

pytestmark = pytest.mark.django_db

S = QuestionStatus
DOC = Path(__file__).resolve().parents[2] / "docs" / "services_questions.md"


def move(question, user, name, **kwargs):
    return QuestionLifecycle(question, user).apply(name, **kwargs)


def test_staff_draft_and_submit_then_the_head_approves_and_it_is_published(
    tdkt_field, tdkt_staff, tdkt_head, question_page, client, django_capture_on_commit_callbacks
):
    question = factories.received_question(tdkt_field)
    move(question, tdkt_staff, "start")
    move(question, tdkt_staff, "save_draft", answer="Dự thảo lần 1")
    with django_capture_on_commit_callbacks(execute=True):
        question = move(question, tdkt_staff, "submit", answer="Theo Nghị định số 98/2023/NĐ-CP…")
    assert question.status == S.AWAITING_APPROVAL
    assert question.drafted_by == tdkt_staff
    # the head hears that an answer awaits approval
    assert [m.to for m in mail.outbox] == [[tdkt_head.person.email]]

    detail = question_page.url_for("detail", question.pk)
    assert client.get(detail).status_code == 404  # not public before approval
    assert question.title not in client.get(question_page.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        question = move(question, tdkt_head, "approve")
    assert question.status == S.ANSWERED
    assert question.approved_by == tdkt_head
    assert question.answering_unit == question.unit
    assert question.answered_at is not None and question.is_public
    assert mail.outbox[-1].to == [question.email]  # the asker is told, with where to look
    assert "http://testserver/hoi-dap/tra-cuu/" in mail.outbox[-1].body
    assert "Theo Nghị định số 98/2023/NĐ-CP" in mail.outbox[-1].body

    page = client.get(detail)
    assert page.status_code == 200
    assert "Theo Nghị định số 98/2023/NĐ-CP" in page.content.decode()
    assert "Ban Thi đua – Khen thưởng" in page.content.decode()
    history = list(question.events.values_list("action", "to_status", "actor"))
    assert history == [
        ("receive", S.RECEIVED, None),
        ("start", S.PROCESSING, tdkt_staff.pk),
        ("save_draft", S.PROCESSING, tdkt_staff.pk),
        ("submit", S.AWAITING_APPROVAL, tdkt_staff.pk),
        ("approve", S.ANSWERED, tdkt_head.pk),
    ]


@pytest.mark.parametrize(
    "who", ["staff", "other_head", "other_staff", "editor", "superuser", "anonymous"]
)
def test_only_the_head_of_the_answering_unit_approves(
    who, tdkt_field, tdkt_staff, btg_head, btg_staff, editor
):
    actors = {
        "staff": tdkt_staff,
        "other_head": btg_head,
        "other_staff": btg_staff,
        "editor": editor,
        "superuser": factories.user(is_superuser=True, is_staff=True),
        "anonymous": AnonymousUser(),
    }
    question = factories.awaiting_question(tdkt_field)
    lifecycle = QuestionLifecycle(question, actors[who])
    assert not lifecycle.can("approve")
    with pytest.raises(TransitionNotAllowed):
        lifecycle.apply("approve")
    question.refresh_from_db()
    assert question.status == S.AWAITING_APPROVAL and question.answered_at is None
    assert not Question.objects.published().exists()


def test_an_answer_cannot_skip_the_head_even_when_staff_try_to_publish_directly(
    tdkt_field, tdkt_staff
):
    question = factories.processing_question(tdkt_field, answer="Trả lời")
    lifecycle = QuestionLifecycle(question, tdkt_staff)
    assert "approve" not in lifecycle.allowed()
    with pytest.raises(TransitionNotAllowed):
        lifecycle.apply("approve")  # wrong state and wrong role


def test_submitting_needs_an_answer(tdkt_field, tdkt_staff):
    question = factories.processing_question(tdkt_field)
    with pytest.raises(ValidationError) as error:
        move(question, tdkt_staff, "submit", answer="   ")
    assert "answer" in error.value.message_dict
    question.refresh_from_db()
    assert question.status == S.PROCESSING


def test_the_head_sends_back_with_a_note_and_staff_resubmit(tdkt_field, tdkt_staff, tdkt_head):
    question = factories.awaiting_question(tdkt_field)
    with pytest.raises(ValidationError):
        move(question, tdkt_head, "send_back", note="")
    question = move(question, tdkt_head, "send_back", note="Bổ sung căn cứ pháp lý.")
    assert question.status == S.PROCESSING and question.submitted_at is None
    assert question.events.last().note == "Bổ sung căn cứ pháp lý."
    question = move(question, tdkt_staff, "submit", answer="Bản đã bổ sung căn cứ")
    assert question.status == S.AWAITING_APPROVAL


def test_the_head_may_correct_the_answer_and_keep_it_private_when_approving(tdkt_field, tdkt_head):
    question = factories.awaiting_question(tdkt_field, body="Tôi là Nguyễn Văn An, số 0912345678.")
    question = move(question, tdkt_head, "approve", answer="Bản trả lời đã sửa", publish=False)
    assert question.answer == "Bản trả lời đã sửa"
    assert not question.is_public
    assert not Question.objects.published().exists()
    assert "0912345678" not in question.public_body
    assert "Nguyễn Văn An" not in question.public_body


@pytest.mark.parametrize("who", ["head", "editor"])
def test_declining_needs_a_reason_and_the_head_or_an_editor(who, tdkt_field, tdkt_head, editor):
    actor = tdkt_head if who == "head" else editor
    question = factories.received_question(tdkt_field)
    with pytest.raises(ValidationError):
        move(question, actor, "decline", note=" ")
    question = move(question, actor, "decline", note="Không thuộc thẩm quyền.")
    assert question.status == S.DECLINED
    assert question.decline_reason == "Không thuộc thẩm quyền."


def test_staff_cannot_decline_or_reassign(tdkt_field, tdkt_staff, btg):
    question = factories.received_question(tdkt_field)
    for name, kwargs in [("decline", {"note": "Không"}), ("reassign", {"unit": btg})]:
        with pytest.raises(TransitionNotAllowed):
            move(question, tdkt_staff, name, **kwargs)


def test_an_editor_reassigns_and_the_question_changes_hands(
    tdkt_field, btg, tdkt_staff, btg_staff, editor
):
    question = factories.processing_question(tdkt_field, reported_at=timezone.now())
    with pytest.raises(ValidationError):
        move(question, editor, "reassign", unit=question.unit)  # same unit
    question = move(question, editor, "reassign", unit=btg, note="Thuộc lĩnh vực tôn giáo")
    assert question.unit == btg and question.status == S.RECEIVED
    assert question.reported_at is None  # the new unit's head hears of it in the next report
    assert "Chuyển từ Ban Thi đua – Khen thưởng sang Ban Tôn giáo" in question.events.last().note
    assert not QuestionLifecycle(question, tdkt_staff).can("start")
    assert QuestionLifecycle(question, btg_staff).can("start")


def test_answered_and_declined_questions_are_final(tdkt_field, tdkt_head, tdkt_staff, editor):
    for question in (
        factories.answered_question(tdkt_field),
        factories.declined_question(tdkt_field),
    ):
        for user in (tdkt_head, tdkt_staff, editor):
            assert QuestionLifecycle(question, user).allowed() == []


def test_a_head_whose_appointment_ended_is_no_longer_head(tdkt, tdkt_field):
    former = factories.person_in(
        tdkt, head=True, end=timezone.localdate() - datetime.timedelta(days=1)
    ).user
    question = factories.awaiting_question(tdkt_field)
    assert not QuestionLifecycle(question, former).can("approve")
    assert QuestionLifecycle(question, former).allowed() == []


def test_two_people_acting_at_once_cannot_both_win(tdkt_field, tdkt_head, editor, btg):
    question = factories.awaiting_question(tdkt_field)
    stale = Question.objects.get(pk=question.pk)
    move(question, tdkt_head, "approve")
    with pytest.raises(TransitionNotAllowed):
        QuestionLifecycle(stale, editor).apply("decline", note="Trùng")
    assert Question.objects.get(pk=question.pk).status == S.ANSWERED


def test_allowed_moves_per_role(tdkt_field, tdkt_staff, tdkt_head, editor):
    received = factories.received_question(tdkt_field)
    awaiting = factories.awaiting_question(tdkt_field)
    assert QuestionLifecycle(received, tdkt_staff).allowed() == ["start", "save_draft", "submit"]
    assert QuestionLifecycle(received, tdkt_head).allowed() == [
        "start",
        "save_draft",
        "submit",
        "decline",
        "reassign",
    ]
    assert QuestionLifecycle(received, editor).allowed() == ["decline", "reassign"]
    assert QuestionLifecycle(awaiting, tdkt_head).allowed() == [
        "approve",
        "send_back",
        "decline",
        "reassign",
    ]
    assert QuestionLifecycle(awaiting, tdkt_staff).allowed() == []


def test_the_documented_transition_table_matches_the_code():
    """docs/services_questions.md lists every move; the table must say what the code does."""
    text = DOC.read_text(encoding="utf-8")
    text = text.split("## Who may make each move", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \|([^|]*)\|([^|]*)\|([^|]*)\|", text, flags=re.M)
    documented = {
        name: (
            {s.strip().strip("`") for s in sources.split(",")},
            target.strip().strip("`"),
            {r.strip().strip("`") for r in roles.split(",")},
        )
        for name, sources, target, roles in rows
    }
    actual = {
        name: ({str(s) for s in t.sources}, str(t.target), set(t.roles))
        for name, t in TRANSITIONS.items()
    }
    assert documented == actual
