"""Models of the portal core: the prohibited-terms list (Art. 8) and the approval tasks (Art. 9–14).

The approval chain runs on Wagtail's workflow engine; ``portal.workflows`` builds the two workflows
from these tasks. The rules live in the tasks themselves, so they hold whichever admin view (page
editor, snippet editor, dashboard, workflow action modal) or code acts on them:

* a step can be acted on only by its approvers: members of the task's groups — and, for
  ``UnitHeadApprovalTask``, only the head of the content's responsible unit;
* nobody approves changes they submitted or edited (``contributors``: the submitter and the authors
  of every revision since the content was last published);
* "request changes" needs a comment (``RequestChangesForm``, checked again in ``on_action``);
* after changes were requested, resubmitting restarts the chain from its first step: approvals
  given before the rejection are set aside (their task states become *cancelled*; the audit log
  keeps who approved what) — Wagtail alone would resume at the step that rejected.

See docs/workflow.md for the state diagram.
"""

import re

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Revision, Task, TaskState
from wagtail.search import index

from portal.text import fold, nfc
from portal.workdays import Holiday, HolidayKind  # noqa: F401  (registered as a portal model)


# --- prohibited terms (Art. 8) -------------------------------------------------------------------
class ProhibitedTerm(index.Indexed, models.Model):
    """Từ ngữ bị cấm: a word, phrase or pattern that Art. 8 forbids on the site.

    Editors keep the list. Citizens' comments and questions that match are held as spam for a
    moderator (``CitizenFormMixin.is_spam``); editors who submit matching content for approval are
    warned and must confirm first.
    """

    class Kind(models.TextChoices):
        PHRASE = "phrase", _("Từ hoặc cụm từ")
        REGEX = "regex", _("Biểu thức chính quy")

    class Category(models.TextChoices):
        SECURITY = "security", _("Xâm phạm an ninh quốc gia, chống Nhà nước (Luật An ninh mạng)")
        DEFAMATION = "defamation", _("Xúc phạm, vu khống tổ chức, cá nhân")
        ADVERTISING = "advertising", _("Quảng cáo, mua bán hàng hóa, dịch vụ cấm")
        OFFENSIVE = "offensive", _("Ngôn ngữ thô tục, kích động")
        MALWARE = "malware", _("Phần mềm độc hại, lừa đảo")
        OTHER = "other", _("Khác")

    term = models.CharField(_("Từ ngữ hoặc mẫu"), max_length=255)
    kind = models.CharField(
        _("Cách so khớp"), max_length=16, choices=Kind.choices, default=Kind.PHRASE
    )
    ignore_diacritics = models.BooleanField(
        _("Khớp cả khi viết không dấu"),
        default=True,
        help_text=_("Với từ, cụm từ: «cờ bạc» khớp cả «co bac»."),
    )
    category = models.CharField(
        _("Nhóm hành vi (Điều 8)"), max_length=32, choices=Category.choices, default="other"
    )
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True)
    is_active = models.BooleanField(_("Đang áp dụng"), default=True)
    updated_at = models.DateTimeField(_("Cập nhật"), auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("kind"),
        FieldPanel("ignore_diacritics"),
        FieldPanel("category"),
        FieldPanel("note"),
        FieldPanel("is_active"),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("note")]

    class Meta:
        verbose_name = _("Từ ngữ bị cấm")
        verbose_name_plural = _("Từ ngữ bị cấm")
        ordering = ["term"]
        constraints = [models.UniqueConstraint(fields=["term", "kind"], name="unique_term_kind")]

    def __str__(self):
        return self.term

    def clean(self):
        super().clean()
        self.term = nfc((self.term or "").strip())
        if not self.term:
            raise ValidationError({"term": _("Nhập từ ngữ hoặc mẫu.")})
        if self.kind == self.Kind.REGEX:
            try:
                re.compile(self.term)
            except re.error as exc:
                raise ValidationError(
                    {"term": _("Biểu thức chính quy không hợp lệ: %(error)s") % {"error": exc}}
                ) from exc

    def patterns(self):
        """Compiled patterns: ``(pattern, folded)``; ``folded`` patterns run on folded text."""
        if self.kind == self.Kind.REGEX:
            try:
                return [(re.compile(self.term, re.IGNORECASE), False)]
            except re.error:
                return []
        words = r"\s+".join(re.escape(part) for part in nfc(self.term).casefold().split())
        found = [(re.compile(rf"(?<!\w){words}(?!\w)"), False)]
        if self.ignore_diacritics:
            folded = r"\s+".join(re.escape(part) for part in fold(self.term).split())
            found.append((re.compile(rf"(?<!\w){folded}(?!\w)"), True))
        return found

    @classmethod
    def matches(cls, text):
        """Active terms found in ``text`` (plain text), as their display strings."""
        text = nfc(text)
        lowered = text.casefold()
        folded = fold(text)
        found = []
        for term in cls.objects.filter(is_active=True):
            for pattern, on_folded in term.patterns():
                haystack = folded if on_folded else (text if term.kind == "regex" else lowered)
                if pattern.search(haystack):
                    found.append(term.term)
                    break
        return found


# --- approval tasks ----------------------------------------------------------------------------
class RequestChangesForm(forms.Form):
    comment = forms.CharField(
        label=_("Nội dung cần chỉnh sửa"),
        required=True,
        widget=forms.Textarea({"rows": 4}),
        error_messages={
            "required": _("Cần ghi rõ nội dung cần chỉnh sửa để trả lại cho người soạn.")
        },
    )

    def clean_comment(self):
        comment = nfc(self.cleaned_data["comment"].strip())
        if not comment:
            raise ValidationError(self.fields["comment"].error_messages["required"])
        return comment


class ApproveForm(forms.Form):
    comment = forms.CharField(label=_("Ý kiến"), required=False, widget=forms.Textarea({"rows": 2}))


def contributors(workflow_state):
    """IDs of the users who submitted or edited the changes under review.

    The submitter, plus the author of every revision made since the content was last published
    (all revisions if it never was).
    """
    obj = workflow_state.content_object
    revisions = Revision.objects.filter(
        base_content_type_id=workflow_state.base_content_type_id,
        object_id=workflow_state.object_id,
    )
    live_revision_id = getattr(obj, "live_revision_id", None)
    if live_revision_id:
        revisions = revisions.filter(pk__gt=live_revision_id)
    ids = set(revisions.exclude(user=None).values_list("user_id", flat=True))
    if workflow_state.requested_by_id:
        ids.add(workflow_state.requested_by_id)
    return ids


def latest_object(obj):
    """The object as its latest revision has it (draft fields such as the responsible unit)."""
    getter = getattr(obj, "get_latest_revision_as_object", None)
    if callable(getter):
        try:
            return getter()
        except Exception:  # noqa: BLE001 - a broken revision must not block approvals
            return obj
    return obj


class PortalApprovalTask(Task):
    """An approval step whose rules are enforced here, whatever view acts on it."""

    groups = models.ManyToManyField(
        Group,
        verbose_name=_("Nhóm người duyệt"),
        help_text=_("Thành viên các nhóm này duyệt nội dung ở bước này."),
    )
    reviewers_can_edit = models.BooleanField(
        _("Người duyệt được sửa nội dung"),
        default=False,
        help_text=_(
            "Nếu chọn, người duyệt sửa được nội dung ở bước này; người đã sửa thì không tự duyệt."
        ),
    )

    admin_form_fields = Task.admin_form_fields + ["groups", "reviewers_can_edit"]
    admin_form_widgets = {"groups": forms.CheckboxSelectMultiple}

    class Meta:
        abstract = True

    # -- who may act --------------------------------------------------------------------------
    def in_groups(self, user):
        cache = user.__dict__.setdefault("_portal_task_groups", {})
        if self.pk not in cache:
            cache[self.pk] = self.groups.filter(id__in=user.groups.all()).exists()
        return cache[self.pk]

    def is_approver(self, obj, user):
        """May ``user`` act on this step for ``obj`` (before separation of duties)?"""
        if not user.is_active:
            return False
        return user.is_superuser or self.in_groups(user)

    def refusal(self, obj, user, workflow_state=None):
        """Why ``user`` may not approve ``obj`` now (a Vietnamese sentence), or None."""
        if not self.is_approver(obj, user):
            return _("Bạn không phải người duyệt ở bước «%(task)s».") % {"task": self.name}
        workflow_state = workflow_state or obj.current_workflow_state
        if workflow_state is not None and user.pk in contributors(workflow_state):
            return _(
                "Bạn đã soạn, sửa hoặc gửi duyệt nội dung này nên không thể tự duyệt "
                "(tách bạch người soạn và người duyệt)."
            )
        return None

    def can_act(self, obj, user, workflow_state=None):
        return self.refusal(obj, user, workflow_state) is None

    # -- Wagtail's task API ---------------------------------------------------------------------
    def get_actions(self, obj, user):
        if not self.can_act(obj, user):
            return []
        return [
            ("reject", _("Yêu cầu chỉnh sửa"), True),
            ("approve", _("Duyệt"), False),
            ("approve", _("Duyệt kèm ý kiến"), True),
        ]

    def get_form_for_action(self, action):
        return RequestChangesForm if action == "reject" else ApproveForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        reason = self.refusal(obj, user, task_state.workflow_state)
        if reason is not None:
            raise PermissionDenied(reason)
        if action_name == "reject":
            form = RequestChangesForm({"comment": kwargs.get("comment", "")})
            if not form.is_valid():
                raise PermissionDenied(form.errors["comment"][0])
            kwargs["comment"] = form.cleaned_data["comment"]
        elif "comment" in kwargs:
            kwargs["comment"] = nfc((kwargs["comment"] or "").strip())
        return super().on_action(task_state, user, action_name, **kwargs)

    def user_can_access_editor(self, obj, user):
        return self.is_approver(obj, user)

    def locked_for_user(self, obj, user):
        if user.is_superuser:
            return False
        return not self.is_approver(obj, user)

    def user_can_lock(self, obj, user):
        return self.reviewers_can_edit and self.is_approver(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not (user.is_superuser or self.in_groups(user)):
            return TaskState.objects.none()
        ids = []
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).select_related(
            "workflow_state"
        )
        for state in states:
            obj = state.workflow_state.content_object
            if obj is not None and self.can_act(obj, user, state.workflow_state):
                ids.append(state.pk)
        return TaskState.objects.filter(pk__in=ids)

    def reviewers(self, task_state):
        """Users to notify when content reaches this step."""
        from django.contrib.auth import get_user_model

        obj = task_state.workflow_state.content_object
        users = get_user_model().objects.filter(is_active=True, groups__in=self.groups.all())
        excluded = contributors(task_state.workflow_state)
        return [u for u in users.distinct() if u.pk not in excluded and self.can_act(obj, u)]

    # -- restart after a rejection --------------------------------------------------------------
    def start(self, workflow_state, user=None):
        latest = workflow_state.task_states.order_by("-started_at", "-pk").first()
        if latest is not None and latest.status == TaskState.STATUS_REJECTED:
            # Resubmitted after "request changes": every earlier approval is set aside and the
            # chain starts again from its first step (Art. 10.3: corrected and sent again).
            workflow_state.task_states.filter(
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_SKIPPED]
            ).update(status=TaskState.STATUS_CANCELLED)
            first = workflow_state.get_next_task()
            if first is not None and first.pk != self.pk:
                return first.specific.start(workflow_state, user=user)
        return super().start(workflow_state, user=user)


class ReviewTask(PortalApprovalTask):
    """Bước duyệt của một nhóm (Ban Biên tập, Lãnh đạo Sở), tách bạch người soạn và người duyệt."""

    class Meta:
        verbose_name = _("Bước duyệt theo nhóm")
        verbose_name_plural = _("Bước duyệt theo nhóm")

    @classmethod
    def get_description(cls):
        return _(
            "Thành viên các nhóm đã chọn duyệt nội dung; người đã soạn, sửa hoặc gửi duyệt nội "
            "dung không được tự duyệt."
        )


class UnitHeadApprovalTask(PortalApprovalTask):
    """Bước Trưởng đơn vị duyệt (Điều 11.4): chỉ người đứng đầu đơn vị chịu trách nhiệm nội dung."""

    class Meta:
        verbose_name = _("Bước Trưởng đơn vị duyệt")
        verbose_name_plural = _("Bước Trưởng đơn vị duyệt")

    @classmethod
    def get_description(cls):
        return _(
            "Chỉ Trưởng đơn vị chịu trách nhiệm nội dung duyệt; nếu chính Trưởng đơn vị soạn "
            "hoặc gửi duyệt, bước này được bỏ qua."
        )

    def is_approver(self, obj, user):
        from portal.roles import is_head_of, responsible_unit_of

        if not user.is_active:
            return False
        unit = responsible_unit_of(latest_object(obj))
        if unit is None:
            # nobody heads "no unit": only a superuser can move such content on
            return user.is_superuser
        return self.in_groups(user) and is_head_of(user, unit)

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        if task_state.task_id != self.pk or task_state.status != TaskState.STATUS_IN_PROGRESS:
            return task_state
        from portal.roles import heads_of, responsible_unit_of

        unit = responsible_unit_of(latest_object(workflow_state.content_object))
        heads = {u.pk for u in heads_of(unit).filter(groups__in=self.groups.all())}
        if heads and heads <= contributors(workflow_state):
            # The unit's head wrote or submitted the content: their submission is their approval.
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.comment = str(_("Trưởng đơn vị là người soạn hoặc gửi duyệt nội dung."))
            task_state.finished_by = user
            from django.utils import timezone

            task_state.finished_at = timezone.now()
            task_state.save()
        return task_state


PORTAL_TASK_MODELS = (ReviewTask, UnitHeadApprovalTask)
