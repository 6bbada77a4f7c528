"""The life of a citizen's question, as a small state object (diagram: docs/services_questions.md).

    Đã tiếp nhận ──start / save_draft──▶ Đang xử lý ──submit──▶ Chờ trưởng đơn vị duyệt ──approve──▶ Đã trả lời
         │                                 ▲    │                      │
         │                                 └────┼───── send_back ◀─────┤
         └──────────── decline (with a reason) ─┴──────────────────────┴──▶ Không xử lý

``reassign`` moves an open question to another unit and back to Đã tiếp nhận.

Who may act (Art. 11.3–11.4): the staff of the question's unit draft and submit the answer; only the
head of that unit approves it, sends it back or declines the question; editors (permission
``services.reassign_question``) and the unit head reassign it; editors may also decline spam.
Nobody else — not even a superuser — approves an answer: publication needs the unit head.

Every move is checked here, on the server, whatever the admin screen showed, and is written to the
question's history (``QuestionEvent``).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.text import nfc
from services import units
from services.models import Question, QuestionEvent, QuestionStatus

S = QuestionStatus

STAFF = "staff"  # works in the question's unit (the head included)
HEAD = "head"  # heads the question's unit
EDITOR = "editor"  # editorial board / moderators: services.reassign_question, or superuser


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset
    target: str
    roles: frozenset


TRANSITIONS = {
    t.name: t
    for t in [
        Transition(
            "start",
            _("Bắt đầu xử lý"),
            frozenset({S.RECEIVED}),
            S.PROCESSING,
            frozenset({STAFF}),
        ),
        Transition(
            "save_draft",
            _("Lưu dự thảo trả lời"),
            frozenset({S.RECEIVED, S.PROCESSING}),
            S.PROCESSING,
            frozenset({STAFF}),
        ),
        Transition(
            "submit",
            _("Trình trưởng đơn vị duyệt"),
            frozenset({S.RECEIVED, S.PROCESSING}),
            S.AWAITING_APPROVAL,
            frozenset({STAFF}),
        ),
        Transition(
            "approve",
            _("Duyệt và trả lời"),
            frozenset({S.AWAITING_APPROVAL}),
            S.ANSWERED,
            frozenset({HEAD}),
        ),
        Transition(
            "send_back",
            _("Trả lại để sửa"),
            frozenset({S.AWAITING_APPROVAL}),
            S.PROCESSING,
            frozenset({HEAD}),
        ),
        Transition(
            "decline",
            _("Không xử lý"),
            frozenset({S.RECEIVED, S.PROCESSING, S.AWAITING_APPROVAL}),
            S.DECLINED,
            frozenset({HEAD, EDITOR}),
        ),
        Transition(
            "reassign",
            _("Chuyển đơn vị khác"),
            frozenset({S.RECEIVED, S.PROCESSING, S.AWAITING_APPROVAL}),
            S.RECEIVED,
            frozenset({HEAD, EDITOR}),
        ),
    ]
}

ACTION_LABELS = {name: t.label for name, t in TRANSITIONS.items()}
ACTION_LABELS["receive"] = _("Tiếp nhận câu hỏi")


class TransitionNotAllowed(PermissionDenied):
    """The user may not make this move, or the question is not in a state that allows it."""


def record_receipt(question):
    """Write the first history line of a newly received question."""
    QuestionEvent.objects.create(
        question=question,
        at=question.received_at,
        action="receive",
        from_status="",
        to_status=question.status,
        unit=question.unit,
    )


class QuestionLifecycle:
    """``QuestionLifecycle(question, user)``: which moves ``user`` may make, and making them."""

    def __init__(self, question, user):
        self.question = question
        self.user = user

    # -- who is asking ----------------------------------------------------------------------------
    def roles(self):
        roles = set()
        user = self.user
        if user is None or not user.is_authenticated or not user.is_active:
            return roles
        unit = self.question.unit_id
        if unit is not None and units.is_member(user, unit):
            roles.add(STAFF)
            if units.is_head(user, unit):
                roles.add(HEAD)
        if user.is_superuser or user.has_perm("services.reassign_question"):
            roles.add(EDITOR)
        return roles

    def can_view(self):
        user = self.user
        if not user or not user.is_authenticated:
            return False
        return bool(self.roles()) or user.has_perm("services.view_question")

    # -- what they may do -------------------------------------------------------------------------
    def can(self, name):
        transition = TRANSITIONS.get(name)
        if transition is None or self.question.status not in transition.sources:
            return False
        return bool(transition.roles & self.roles())

    def allowed(self):
        """Names of the moves available to this user now, in a stable order."""
        return [name for name in TRANSITIONS if self.can(name)]

    # -- doing it ---------------------------------------------------------------------------------
    def apply(
        self,
        name,
        *,
        note="",
        answer=None,
        unit=None,
        publish=True,
        public_title=None,
        public_body=None,
    ):
        """Make the move ``name`` or raise ``TransitionNotAllowed`` / ``ValidationError``.

        The question is re-read under a row lock, so two people acting at once cannot both win.
        """
        if name not in TRANSITIONS:
            raise TransitionNotAllowed(_("Thao tác không hợp lệ."))
        with transaction.atomic():
            locked = Question.objects.select_for_update().get(pk=self.question.pk)
            self.question = locked
            transition = TRANSITIONS[name]
            if locked.status not in transition.sources:
                raise TransitionNotAllowed(
                    _("Câu hỏi đang ở trạng thái “%(status)s”, không thể “%(action)s”.")
                    % {"status": locked.get_status_display(), "action": transition.label}
                )
            if not transition.roles & self.roles():
                raise TransitionNotAllowed(
                    _("Bạn không có quyền “%(action)s” đối với câu hỏi này.")
                    % {"action": transition.label}
                )
            note = nfc((note or "").strip())
            handler = getattr(self, f"_{name}")
            before_status, before_unit = locked.status, locked.unit
            extra = handler(
                locked,
                note=note,
                answer=answer,
                unit=unit,
                publish=publish,
                public_title=public_title,
                public_body=public_body,
            )
            locked.status = transition.target
            locked.save()
            QuestionEvent.objects.create(
                question=locked,
                actor=self.user,
                action=name,
                from_status=before_status,
                to_status=locked.status,
                unit=before_unit if name == "reassign" else locked.unit,
                note=extra or note,
            )
            transaction.on_commit(lambda: _notify(name, locked))
        return locked

    # -- one method per move: validate the input, change the fields -------------------------------
    def _start(self, question, **kwargs):
        return ""

    def _set_answer(self, question, answer):
        text = nfc((answer if answer is not None else question.answer) or "").strip()
        if not text:
            raise ValidationError({"answer": _("Cần nhập nội dung trả lời.")})
        question.answer = text
        question.drafted_by = self.user

    def _save_draft(self, question, answer=None, **kwargs):
        self._set_answer(question, answer)
        return ""

    def _submit(self, question, answer=None, **kwargs):
        self._set_answer(question, answer)
        question.submitted_at = timezone.now()
        return ""

    def _approve(
        self, question, answer=None, publish=True, public_title=None, public_body=None, **kwargs
    ):
        if answer is not None and nfc(answer.strip()) != question.answer:
            self._set_answer(question, answer)
        if not question.answer:
            raise ValidationError({"answer": _("Cần nhập nội dung trả lời.")})
        question.approved_by = self.user
        question.answered_at = timezone.now()
        question.answering_unit = question.unit
        question.is_public = bool(publish)
        question.public_title = question.redacted(
            nfc((public_title or "").strip()) or question.title
        )[:200]
        question.public_body = question.redacted(nfc((public_body or "").strip()) or question.body)
        return ""

    def _send_back(self, question, note="", **kwargs):
        if not note:
            raise ValidationError({"note": _("Cần ghi rõ nội dung yêu cầu sửa.")})
        question.submitted_at = None
        return note

    def _decline(self, question, note="", **kwargs):
        if not note:
            raise ValidationError({"note": _("Cần ghi rõ lý do không xử lý.")})
        question.decline_reason = note
        question.is_public = False
        return note

    def _reassign(self, question, unit=None, note="", **kwargs):
        if unit is None:
            raise ValidationError({"unit": _("Cần chọn đơn vị nhận câu hỏi.")})
        if unit.pk == question.unit_id:
            raise ValidationError({"unit": _("Câu hỏi đã thuộc đơn vị này.")})
        old = question.unit
        question.unit = unit
        question.held_as_spam = False  # a moderator routing a held question releases it
        question.submitted_at = None
        question.reported_at = None  # the new unit's head hears of it in the next daily report
        moved = _("Chuyển từ %(old)s sang %(new)s.") % {
            "old": old or _("(chưa phân công)"),
            "new": unit,
        }
        return f"{moved} {note}".strip()


def _notify(name, question):
    from services import notifications

    if name == "submit":
        notifications.answer_awaits_approval(question)
    elif name in ("approve", "decline"):
        notifications.tell_asker(question)
