"""Admin side of the section: comment moderation, deletion requests and the summary report.

Why snippet viewsets rather than wagtail-modeladmin: the issue asks for filters *and bulk actions*
(approve, reject with a reason, spam). Wagtail's ``SnippetViewSet`` gives the filters
(django-filter), search, an inspect view, history, permission checks and — unlike modeladmin, which
is in maintenance mode and has no bulk actions — the bulk-action framework
(``register_bulk_action``) with confirmation pages and forms. Comments are not created in the admin
(citizens send them), so the "add" permission is switched off by ``NoAddPermissionPolicy``.

The report view is a ``wagtail.admin.views.reports.ReportView``, so its XLSX and CSV exports are
Wagtail's own; it requires the "change comment" permission (moderators and administrators): the
exports carry personal data.
"""

import datetime

from django import forms
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from consultations.models import (
    Comment,
    DeletionRequest,
    DeletionState,
    DraftConsultationPage,
    Moderation,
)
from consultations.report import build_report


class NoAddPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody adds these objects in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(actions)


class CommentAdminForm(WagtailAdminModelForm):
    """Edit form of a comment: moderation and the drafting unit's response; contacts read-only."""

    def clean_status(self):
        status = self.cleaned_data["status"]
        old = self.instance.status if self.instance.pk else Moderation.PENDING
        if status != old and not Moderation.can_move(old, status):
            raise forms.ValidationError(
                _("Không thể chuyển góp ý từ “%(old)s” sang “%(new)s”.")
                % {"old": Moderation(old).label, "new": Moderation(status).label}
            )
        return status

    def save(self, commit=True):
        comment = super().save(commit=False)
        now = timezone.now()
        if "status" in self.changed_data:
            comment.moderated_at = now
            comment.moderated_by = self.for_user
            if comment.status != Moderation.REJECTED:
                comment.rejection_reason = ""
        if {"response_kind", "response_text"} & set(self.changed_data):
            comment.responded_at = now if comment.response_kind else None
        if commit:
            comment.save()
        return comment


# -- bulk actions ------------------------------------------------------------------------------


class CommentBulkAction(SnippetBulkAction):
    models = [Comment]
    target = None
    template_name = "consultations/admin/bulk_moderate.html"

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", obj
        )

    def get_reason(self):
        return ""

    @classmethod
    def execute_action(cls, objects, user=None, reason="", **kwargs):
        changed = 0
        for comment in objects:
            if comment.status == cls.target or not Moderation.can_move(comment.status, cls.target):
                continue
            comment.moderate(cls.target, user=user, reason=reason)
            changed += 1
        return changed, 0

    def get_execution_context(self):
        return {"user": self.request.user, "reason": self.get_reason()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        return context

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d góp ý đã chuyển sang “%(state)s”.",
            "%(count)d góp ý đã chuyển sang “%(state)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "state": Moderation(self.target).label}


class ApproveBulkAction(CommentBulkAction):
    display_name = _("Duyệt")
    action_type = "approve"
    aria_label = _("Duyệt các góp ý đã chọn")
    target = Moderation.APPROVED
    action_priority = 10


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        error_messages={"required": _("Cần ghi lý do từ chối góp ý.")},
    )


class RejectBulkAction(CommentBulkAction):
    display_name = _("Từ chối")
    action_type = "reject"
    aria_label = _("Từ chối các góp ý đã chọn (kèm lý do)")
    target = Moderation.REJECTED
    form_class = RejectForm
    action_priority = 20

    def get_reason(self):
        return self.cleaned_form.cleaned_data["reason"]


class SpamBulkAction(CommentBulkAction):
    display_name = _("Đánh dấu spam")
    action_type = "spam"
    aria_label = _("Đánh dấu spam các góp ý đã chọn")
    target = Moderation.SPAM
    action_priority = 30
    classes = {"serious"}


class DeletionBulkAction(SnippetBulkAction):
    models = [DeletionRequest]
    template_name = "consultations/admin/bulk_deletion.html"

    def check_perm(self, obj):
        return obj.status == DeletionState.PENDING and (
            self.permission_policy.user_has_permission_for_instance(
                self.request.user, "change", obj
            )
        )

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_label"] = self.display_name
        return context


class CarryOutDeletionBulkAction(DeletionBulkAction):
    display_name = _("Xoá dữ liệu cá nhân")
    action_type = "carry_out"
    aria_label = _("Xoá họ tên, thư điện tử, điện thoại, địa chỉ của các góp ý đã chọn")
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for request in objects:
            request.carry_out(user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("Đã xoá dữ liệu cá nhân theo %(count)d yêu cầu.") % {"count": num_parent_objects}


class DeclineDeletionBulkAction(DeletionBulkAction):
    display_name = _("Từ chối yêu cầu")
    action_type = "decline"
    aria_label = _("Từ chối các yêu cầu đã chọn")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for request in objects:
            request.decline(user=user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("Đã từ chối %(count)d yêu cầu.") % {"count": num_parent_objects}


BULK_ACTIONS = [
    ApproveBulkAction,
    RejectBulkAction,
    SpamBulkAction,
    CarryOutDeletionBulkAction,
    DeclineDeletionBulkAction,
]


# -- summary report ----------------------------------------------------------------------------

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Citizens' text must not run as a spreadsheet formula when the CSV is opened."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def local_naive(value):
    return timezone.make_naive(value, timezone.get_current_timezone()) if value else value


class ConsultationReportView(ReportView):
    """Báo cáo tổng hợp: counts per Điều, approved comments grouped by Điều with responses."""

    template_name = "consultations/admin/report.html"
    header_icon = "doc-full"
    paginate_by = None
    permission_policy = ModelPermissionPolicy(Comment)
    permission_required = "change"
    any_permission_required = None
    list_export = [
        "receipt_code",
        "submitted_at",
        "target_label",
        "get_status_display",
        "full_name",
        "organisation",
        "email",
        "phone",
        "address",
        "text",
        "rejection_reason",
        "get_response_kind_display",
        "response_text",
    ]
    export_headings = {
        "receipt_code": "Mã góp ý",
        "submitted_at": "Thời điểm gửi",
        "target_label": "Góp ý cho",
        "get_status_display": "Trạng thái",
        "full_name": "Họ và tên",
        "organisation": "Cơ quan, tổ chức",
        "email": "Thư điện tử",
        "phone": "Điện thoại",
        "address": "Địa chỉ",
        "text": "Nội dung góp ý",
        "rejection_reason": "Lý do từ chối",
        "get_response_kind_display": "Hình thức tiếp thu",
        "response_text": "Nội dung tiếp thu, giải trình",
    }
    custom_value_preprocess = {
        datetime.datetime: {
            ReportView.FORMAT_XLSX: local_naive,
            ReportView.FORMAT_CSV: lambda value: local_naive(value).strftime("%d/%m/%Y %H:%M:%S"),
        },
        str: {ReportView.FORMAT_CSV: csv_safe},
    }

    def setup(self, request, *args, page_id=None, **kwargs):
        super().setup(request, *args, **kwargs)
        self.consultation = get_object_or_404(DraftConsultationPage, pk=page_id)

    def get_page_title(self):
        return "Báo cáo tổng hợp góp ý"

    def get_page_subtitle(self):
        return self.consultation.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("consultations_reports"), "label": "Báo cáo lấy ý kiến"},
            {"url": "", "label": self.consultation.title},
        ]

    def get_filename(self):
        return f"gop-y-{self.consultation.slug}-{timezone.localdate():%Y%m%d}"

    def get_queryset(self):
        return (
            Comment.objects.filter(consultation=self.consultation)
            .select_related(None)
            .order_by("article_number", "submitted_at", "pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "consultation": self.consultation,
                "report": build_report(self.consultation),
                "edit_links": True,
                "print_url": reverse("consultations_report_print", args=[self.consultation.pk]),
                "xlsx_url": self.xlsx_export_url,
                "csv_url": self.csv_export_url,
                "comments_url": reverse("wagtailsnippets_consultations_comment:list")
                + f"?consultation={self.consultation.pk}",
            }
        )
        return context


class ConsultationReportPrintView(ConsultationReportView):
    """The same report as a plain printable page (no admin chrome; names without contacts)."""

    def get(self, request, *args, **kwargs):
        return render(
            request,
            "consultations/admin/report_print.html",
            {
                "consultation": self.consultation,
                "report": build_report(self.consultation),
                "generated_at": timezone.localtime(),
            },
        )


class ReportIndexView(ReportView):
    """Every consultation with its comment counts and a link to its report."""

    template_name = "consultations/admin/report_index.html"
    header_icon = "doc-full"
    page_title = "Báo cáo lấy ý kiến"
    paginate_by = 30
    permission_policy = ModelPermissionPolicy(Comment)
    permission_required = "change"
    any_permission_required = None

    def get_queryset(self):
        from django.db.models import Count, Q

        return (
            DraftConsultationPage.objects.all()
            .select_related("drafting_unit")
            .defer_streamfields()
            .annotate(
                total_comments=Count("comments"),
                pending_comments=Count("comments", filter=Q(comments__status=Moderation.PENDING)),
                approved_comments=Count("comments", filter=Q(comments__status=Moderation.APPROVED)),
            )
            .order_by("-closes_at")
        )
