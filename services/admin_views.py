"""Admin views for citizens' questions: the listing, the processing screen (draft, submit, approve,
send back, decline, reassign), the per-unit deadline report and the satisfaction report."""

import django_filters
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Avg, Count, F, Q, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from contacts.models import Unit
from services import units
from services.forms import AnswerForm, ApproveForm, NoteForm, ReassignForm
from services.lifecycle import TRANSITIONS, QuestionLifecycle, TransitionNotAllowed
from services.models import (
    OPEN_STATUSES,
    Question,
    QuestionStatus,
    Rating,
    ServiceField,
    WorkingCalendar,
)
from services.models.questions import DUE_SOON_WORKING_DAYS
from services.permissions import QuestionPermissionPolicy, sees_all_questions

policy = QuestionPermissionPolicy(Question)


def visible_questions(user):
    return policy.instances_user_has_any_permission_for(user, ["view"])


def visible_units(request):
    user = request.user
    if sees_all_questions(user):
        return Unit.objects.all()
    return Unit.objects.filter(pk__in=units.unit_ids_of(user))


class DeadlineFilter(django_filters.ChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [("overdue", _("Quá hạn")), ("soon", _("Sắp đến hạn"))],
        )
        kwargs.setdefault("label", _("Thời hạn"))
        kwargs.setdefault("empty_label", _("Tất cả"))
        kwargs.setdefault("method", "filter_deadline")
        super().__init__(*args, **kwargs)


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Trạng thái"), choices=QuestionStatus.choices, empty_label=_("Tất cả")
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Đơn vị"), queryset=visible_units, empty_label=_("Tất cả")
    )
    field = django_filters.ModelChoiceFilter(
        label=_("Lĩnh vực"), queryset=ServiceField.objects.all(), empty_label=_("Tất cả")
    )
    deadline = DeadlineFilter()
    held_as_spam = django_filters.BooleanFilter(label=_("Tạm giữ (nghi vấn spam)"))

    class Meta:
        model = Question
        fields = ["status", "unit", "field", "held_as_spam"]

    def filter_deadline(self, queryset, name, value):
        if value == "overdue":
            return queryset.overdue()
        if value == "soon":
            return queryset.due_soon()
        return queryset


class StatusColumn(Column):
    cell_template_name = "services/admin/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["question"] = instance
        context["today"] = timezone.localdate()
        return context


class QuestionIndexView(generic.IndexView):
    """All questions the user may see, newest first, with filters by state, unit, field and
    deadline (quá hạn / sắp đến hạn)."""

    filterset_class = QuestionFilterSet
    search_fields = ["receipt_code", "title"]
    default_ordering = "-received_at"

    def get_base_queryset(self):
        return visible_questions(self.request.user).select_related("unit", "field")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "receipt_code",
                label=_("Mã tiếp nhận"),
                url_name=self.edit_url_name,
                sort_key="receipt_code",
            ),
            Column("title", label=_("Tiêu đề")),
            Column("field", label=_("Lĩnh vực")),
            Column("unit", label=_("Đơn vị"), sort_key="unit__sort_order"),
            StatusColumn("status", label=_("Trạng thái"), sort_key="status"),
            Column(
                "received_at",
                label=_("Tiếp nhận"),
                sort_key="received_at",
                accessor=lambda q: f"{timezone.localtime(q.received_at):%d/%m/%Y %H:%M}",
            ),
            Column(
                "due_date",
                label=_("Hạn trả lời"),
                sort_key="due_date",
                accessor=lambda q: f"{q.due_date:%d/%m/%Y}",
            ),
        ]


class ProcessQuestionView(WagtailAdminTemplateMixin, TemplateView):
    """Xử lý câu hỏi: the question, its history, and the moves this user may make."""

    template_name = "services/admin/question_process.html"
    index_url_name = None
    edit_url_name = None
    header_icon = "help"

    def dispatch(self, request, pk):
        self.question = get_object_or_404(
            Question.objects.select_related("unit", "field", "answering_unit"), pk=pk
        )
        self.lifecycle = QuestionLifecycle(self.question, request.user)
        if not policy.user_has_permission_for_instance(request.user, "view", self.question):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Xử lý câu hỏi")

    def get_page_subtitle(self):
        return self.question.receipt_code

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": _("Câu hỏi của người dân")},
            {"url": "", "label": self.question.receipt_code},
        ]

    def forms(self, data=None, action=None):
        q = self.question
        bound = {name: (data if name == action else None) for name in TRANSITIONS}
        return {
            "answer": AnswerForm(
                bound["save_draft"] or bound["submit"], initial={"answer": q.answer}
            ),
            "approve": ApproveForm(
                bound["approve"],
                initial={
                    "answer": q.answer,
                    "public_title": q.public_title or q.default_public_title(),
                    "public_body": q.public_body or q.default_public_body(),
                    "publish": True,
                },
            ),
            "send_back": NoteForm(bound["send_back"], prefix="send_back"),
            "decline": NoteForm(bound["decline"], prefix="decline"),
            "reassign": ReassignForm(bound["reassign"], prefix="reassign"),
        }

    def get_context_data(self, forms=None, **kwargs):
        context = super().get_context_data(**kwargs)
        q = self.question
        calendar = WorkingCalendar()
        today = timezone.localdate()
        allowed = self.lifecycle.allowed()
        context.update(
            {
                "question": q,
                "events": q.events.select_related("actor", "unit"),
                "allowed": allowed,
                "labels": {name: t.label for name, t in TRANSITIONS.items()},
                "forms": forms or self.forms(),
                "today": today,
                "overdue": q.is_overdue(today),
                "working_days_left": calendar.working_days_between(today, q.due_date)
                if q.is_open
                else None,
                "roles": self.lifecycle.roles(),
                "heads": units.heads_of(q.unit) if q.unit else [],
                "index_url": reverse(self.index_url_name),
            }
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action", "")
        if action not in TRANSITIONS:
            messages.error(request, _("Thao tác không hợp lệ."))
            return self.render_to_response(self.get_context_data(), status=400)
        forms = self.forms(request.POST, action)
        form = {
            "save_draft": forms["answer"],
            "submit": forms["answer"],
            "start": None,
            "approve": forms["approve"],
            "send_back": forms["send_back"],
            "decline": forms["decline"],
            "reassign": forms["reassign"],
        }[action]
        if form is not None and not form.is_valid():
            return self.render_to_response(self.get_context_data(forms=forms), status=400)
        data = form.cleaned_data if form is not None else {}
        try:
            self.question = self.lifecycle.apply(
                action,
                note=data.get("note", ""),
                answer=data.get("answer"),
                unit=data.get("unit"),
                publish=data.get("publish", True),
                public_title=data.get("public_title"),
                public_body=data.get("public_body"),
            )
        except TransitionNotAllowed as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(forms=forms), status=403)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                target = form if form is not None and field in form.fields else None
                for message in errors:
                    if target is not None:
                        target.add_error(field, message)
                    else:
                        messages.error(request, message)
            return self.render_to_response(self.get_context_data(forms=forms), status=400)
        messages.success(
            request,
            _("Đã thực hiện: %(action)s (%(code)s).")
            % {"action": TRANSITIONS[action].label, "code": self.question.receipt_code},
        )
        if action == "reassign" and not policy.user_has_permission_for_instance(
            request.user, "view", self.question
        ):
            return HttpResponseRedirect(reverse(self.index_url_name))
        return HttpResponseRedirect(reverse(self.edit_url_name, args=[self.question.pk]))


# -- per-unit deadlines ------------------------------------------------------------------------------
class DeadlineReportFilterSet(WagtailFilterSet):
    unit = django_filters.ModelChoiceFilter(
        label=_("Đơn vị"), queryset=visible_units, empty_label=_("Tất cả đơn vị")
    )
    deadline = DeadlineFilter()

    class Meta:
        model = Question
        fields = ["unit"]

    def filter_deadline(self, queryset, name, value):
        if value == "overdue":
            return queryset.filter(due_date__lt=timezone.localdate())
        if value == "soon":
            return queryset.filter(due_date__gte=timezone.localdate())
        return queryset


class DeadlineReportView(ReportView):
    """Quá hạn và sắp đến hạn: open questions past their due date or due within the next
    working days, unit by unit, with XLSX/CSV export."""

    page_title = _("Câu hỏi quá hạn, sắp đến hạn")
    header_icon = "time"
    results_template_name = "services/admin/deadline_report_results.html"
    filterset_class = DeadlineReportFilterSet
    paginate_by = 100
    list_export = [
        "unit_name",
        "receipt_code",
        "title",
        "status_label",
        "received_on",
        "due_date",
        "deadline_label",
    ]
    export_headings = {
        "unit_name": _("Đơn vị"),
        "receipt_code": _("Mã tiếp nhận"),
        "title": _("Tiêu đề"),
        "status_label": _("Trạng thái"),
        "received_on": _("Ngày tiếp nhận"),
        "due_date": _("Hạn trả lời"),
        "deadline_label": _("Tình trạng hạn"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"hoi-dap-qua-han-sap-den-han-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        today = timezone.localdate()
        limit = WorkingCalendar().add_working_days(today, DUE_SOON_WORKING_DAYS)
        return (
            visible_questions(self.request.user)
            .filter(status__in=OPEN_STATUSES, due_date__lte=limit)
            .select_related("unit", "field")
            .order_by(Coalesce(F("unit__sort_order"), Value(10**6)), "unit_id", "due_date")
        )

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        calendar = WorkingCalendar()
        rows = list(object_list)
        for q in rows:
            q.unit_name = str(q.unit) if q.unit else str(_("(chưa phân công)"))
            q.status_label = q.get_status_display()
            q.received_on = timezone.localtime(q.received_at).date()
            if q.due_date < today:
                late_days = calendar.working_days_between(q.due_date, today)
                q.deadline_label = (
                    _("Quá hạn %(n)s ngày làm việc") % {"n": late_days}
                    if late_days
                    else _("Quá hạn (hết hạn %(due)s)") % {"due": f"{q.due_date:%d/%m/%Y}"}
                )
                q.is_late = True
            else:
                q.deadline_label = _("Còn %(n)s ngày làm việc") % {
                    "n": calendar.working_days_between(today, q.due_date)
                }
                q.is_late = False
            q.edit_url = reverse("services_question:edit", args=[q.pk])
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        groups = []
        for row in self.decorate_paginated_queryset(context["object_list"]):
            if not groups or groups[-1]["unit_name"] != row.unit_name:
                groups.append({"unit_name": row.unit_name, "overdue": [], "soon": []})
            groups[-1]["overdue" if row.is_late else "soon"].append(row)
        context["groups"] = groups
        return context


# -- satisfaction ----------------------------------------------------------------------------------
class RatingReportFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Thời gian đánh giá"), widget=DateRangePickerWidget
    )
    kind = django_filters.ChoiceFilter(
        label=_("Loại"),
        choices=[("procedure", _("Thủ tục hành chính")), ("question", _("Câu hỏi đã trả lời"))],
        empty_label=_("Tất cả"),
        method="filter_kind",
    )

    class Meta:
        model = Rating
        fields = []

    def filter_kind(self, queryset, name, value):
        if value == "procedure":
            return queryset.filter(procedure__isnull=False)
        if value == "question":
            return queryset.filter(question__isnull=False)
        return queryset


class RatingReportView(ReportView):
    """Mức độ hài lòng: number of ratings, average and distribution per procedure and per answered
    question, with XLSX/CSV export."""

    page_title = _("Mức độ hài lòng")
    header_icon = "pick"
    filterset_class = RatingReportFilterSet
    paginate_by = 50
    list_export = ["kind", "target", "unit", "count", "average", "s1", "s2", "s3", "s4", "s5"]
    export_headings = {
        "kind": _("Loại"),
        "target": _("Nội dung được đánh giá"),
        "unit": _("Đơn vị"),
        "count": _("Số lượt"),
        "average": _("Điểm trung bình"),
        "s1": _("1 – Rất không hài lòng"),
        "s2": _("2 – Không hài lòng"),
        "s3": _("3 – Bình thường"),
        "s4": _("4 – Hài lòng"),
        "s5": _("5 – Rất hài lòng"),
    }
    columns = [
        Column("kind", label=_("Loại")),
        Column("target", label=_("Nội dung được đánh giá")),
        Column("unit", label=_("Đơn vị")),
        Column("count", label=_("Số lượt")),
        Column("average_display", label=_("Điểm TB")),
        Column("s1", label="1"),
        Column("s2", label="2"),
        Column("s3", label="3"),
        Column("s4", label="4"),
        Column("s5", label="5"),
    ]

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (user.is_superuser or user.has_perm("services.view_rating")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    results_template_name = "services/admin/rating_report_results.html"

    def get_filename(self):
        return f"muc-do-hai-long-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return Rating.objects.all()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        ratings = ReportView.filter_queryset(self, self.get_queryset())
        summary = []
        for label, condition in (
            (_("Thủ tục hành chính"), Q(procedure__isnull=False)),
            (_("Câu hỏi đã trả lời"), Q(question__isnull=False)),
            (_("Tất cả"), Q()),
        ):
            totals = ratings.filter(condition).aggregate(count=Count("id"), average=Avg("score"))
            average = totals["average"]
            summary.append(
                {
                    "label": label,
                    "count": totals["count"],
                    "average": f"{average:.2f}".replace(".", ",") if average else "–",
                }
            )
        context["summary"] = summary
        return context

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return (
            queryset.values(
                "procedure_id",
                "procedure__title",
                "procedure__code",
                "procedure__field__responsible_unit__name",
                "question_id",
                "question__receipt_code",
                "question__public_title",
                "question__answering_unit__name",
            )
            .annotate(
                count=Count("id"),
                average=Avg("score"),
                **{f"s{n}": Count("id", filter=Q(score=n)) for n in range(1, 6)},
            )
            .order_by("procedure__code", "question__receipt_code")
        )

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def decorate_paginated_queryset(self, object_list):
        rows = []
        for row in object_list:
            if "kind" in row:  # already decorated
                rows.append(row)
                continue
            row = dict(row)
            if row["procedure_id"]:
                row["kind"] = str(_("Thủ tục hành chính"))
                row["target"] = f"{row['procedure__code']} – {row['procedure__title']}"
                row["unit"] = row["procedure__field__responsible_unit__name"] or ""
            else:
                row["kind"] = str(_("Câu hỏi đã trả lời"))
                row["target"] = f"{row['question__receipt_code']} – {row['question__public_title']}"
                row["unit"] = row["question__answering_unit__name"] or ""
            row["average"] = round(row["average"] or 0, 2)
            row["average_display"] = f"{row['average']:.2f}".replace(".", ",")
            rows.append(row)
        return rows
