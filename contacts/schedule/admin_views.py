"""Admin view: import a week of the leadership schedule from an XLSX or CSV file.

Reached from the "Lịch công tác" admin menu ("Nhập lịch từ tệp") and from a button on the entry
listing. Needs the permission to add schedule entries.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from contacts.models.schedule import ScheduleEntry
from contacts.schedule.importer import COLUMNS, ImportFileError, import_file, template_workbook
from contacts.schedule.weeks import IsoWeek

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
permission_policy = ModelPermissionPolicy(ScheduleEntry)


def week_choices():
    current = IsoWeek.current()
    choices = []
    for offset in range(-1, 5):
        week = current.shifted(offset)
        note = {-1: " – tuần trước", 0: " – tuần này", 1: " – tuần sau"}.get(offset, "")
        choices.append((week.param, week.label + note))
    return choices


class ScheduleImportForm(forms.Form):
    week = forms.ChoiceField(label="Tuần của lịch", choices=())
    file = forms.FileField(
        label="Tệp lịch tuần (.xlsx hoặc .csv)",
        help_text="Tối đa 2 MB; trang tính đầu tiên của tệp Excel được đọc.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["week"].choices = week_choices()
        self.fields["week"].initial = IsoWeek.current().next.param

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        name = uploaded.name.lower()
        if not name.endswith((".xlsx", ".csv")):
            raise forms.ValidationError("Chỉ nhận tệp .xlsx (Excel) hoặc .csv.")
        if uploaded.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("Tệp lớn quá 2 MB.")
        return uploaded

    def clean_week(self):
        return IsoWeek.parse(self.cleaned_data["week"])


class ScheduleImportView(WagtailAdminTemplateMixin, FormView):
    form_class = ScheduleImportForm
    template_name = "contacts/admin/schedule_import.html"
    page_title = "Nhập lịch công tác từ tệp"
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not permission_policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailsnippets_contacts_scheduleentry:list"),
                "label": "Lịch công tác",
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = COLUMNS
        context["template_url"] = reverse("contacts_schedule_template")
        context["listing_url"] = reverse("wagtailsnippets_contacts_scheduleentry:list")
        return context

    def form_valid(self, form):
        week = form.cleaned_data["week"]
        person = getattr(self.request.user, "person", None)
        responsible_unit = None
        if person is not None:
            first = person.appointments.current().select_related("unit").first()
            responsible_unit = first.unit if first else None
        try:
            report, saved = import_file(
                form.cleaned_data["file"],
                week,
                user=self.request.user,
                responsible_unit=responsible_unit,
            )
        except ImportFileError as exc:
            form.add_error("file", str(exc))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        context = self.get_context_data(form=form, report=report, saved=saved)
        if not report.ok:
            messages.error(
                self.request,
                f"Tệp có {report.error_count} dòng lỗi; chưa lưu mục lịch nào. "
                "Sửa các dòng được đánh dấu rồi nhập lại.",
            )
            return self.render_to_response(context, status=400)
        messages.success(
            self.request,
            f"Đã nhập {len(saved)} mục lịch tuần {week.week} dưới dạng bản nháp; "
            "hãy gửi duyệt hoặc xuất bản để công khai.",
        )
        return self.render_to_response(context)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


def template_download(request):
    if not permission_policy.user_has_permission(request.user, "add"):
        raise PermissionDenied
    response = HttpResponse(
        template_workbook(IsoWeek.current().next),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="lich-cong-tac-mau.xlsx"'
    return response
