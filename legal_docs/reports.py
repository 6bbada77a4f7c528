"""Editors' reports (Reports menu, with XLSX and CSV export), each listing the responsible unit:

* documents expiring within 30/60/90 days (own expiry date, or a replacing/abolishing document
  taking effect) — Art. 11.2 asks units to review and replace their documents;
* documents already expired without a replacement recorded;
* documents posted more than 2 working days after issuance (Decree 43/2011/NĐ-CP Art. 17).
"""

import datetime

import django_filters
from django.db.models import Exists, F, Min, OuterRef, Q
from django.db.models.functions import Coalesce, Least
from django.utils import timezone
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from contacts.models import Unit

from .models import DocumentRelation, LegalDocumentPage, RelationType, ValidityStatus
from .models.validity import ENDING_TYPES

EXPIRY_WINDOWS = [("30", "30 ngày"), ("60", "60 ngày"), ("90", "90 ngày")]
LATE_AFTER_WORKING_DAYS = 2


class UnitFilterSet(WagtailFilterSet):
    responsible_unit = django_filters.ModelChoiceFilter(
        label="Đơn vị chịu trách nhiệm",
        queryset=Unit.objects.all(),
        empty_label="Tất cả đơn vị",
    )

    class Meta:
        model = LegalDocumentPage
        fields = ["responsible_unit"]


class ExpiringFilterSet(UnitFilterSet):
    days = django_filters.ChoiceFilter(
        label="Hết hiệu lực trong vòng",
        choices=EXPIRY_WINDOWS,
        method="filter_noop",
        empty_label="30 ngày",
    )

    class Meta(UnitFilterSet.Meta):
        fields = ["days", "responsible_unit"]

    def filter_noop(self, queryset, name, value):
        return queryset


def _edit_url(page):
    from django.urls import reverse

    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class LegalDocumentReport(ReportView):
    """Shared columns, export fields and permission of the three reports."""

    model = LegalDocumentPage
    header_icon = "doc-full"
    any_permission_required = ["add", "change", "publish"]
    filterset_class = UnitFilterSet
    paginate_by = 50
    columns = [
        Column("number", label="Số ký hiệu"),
        TitleColumn("title", label="Trích yếu", get_url=_edit_url),
        Column("document_type_name", label="Loại văn bản"),
        Column("issuing_body_name", label="Cơ quan ban hành"),
        DateColumn("issued_on", label="Ngày ban hành"),
        DateColumn("effective_on", label="Ngày có hiệu lực"),
        Column("status_label", label="Tình trạng hiệu lực"),
        Column("responsible_unit_name", label="Đơn vị chịu trách nhiệm"),
    ]
    list_export = [
        "number",
        "title",
        "document_type_name",
        "issuing_body_name",
        "issued_on",
        "effective_on",
        "expires_on",
        "status_label",
        "responsible_unit_name",
    ]
    export_headings = {
        "number": "Số ký hiệu",
        "title": "Trích yếu",
        "document_type_name": "Loại văn bản",
        "issuing_body_name": "Cơ quan ban hành",
        "issued_on": "Ngày ban hành",
        "effective_on": "Ngày có hiệu lực",
        "expires_on": "Ngày hết hiệu lực",
        "ends_on": "Ngày hết hiệu lực dự kiến",
        "status_label": "Tình trạng hiệu lực",
        "responsible_unit_name": "Đơn vị chịu trách nhiệm",
        "published_on": "Ngày đăng",
        "posting_delay_days": "Số ngày làm việc",
    }

    @property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def documents(self):
        allowed = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        documents = LegalDocumentPage.objects.live().select_related(
            "document_type", "issuing_body", "responsible_unit"
        )
        if not self.request.user.is_superuser:
            documents = documents.filter(pk__in=allowed.values("pk"))
        return documents


class ExpiringDocumentsReport(LegalDocumentReport):
    page_title = "Văn bản sắp hết hiệu lực"
    index_url_name = "legal_docs_reports:expiring"
    index_results_url_name = "legal_docs_reports:expiring_results"
    filterset_class = ExpiringFilterSet
    export_filename = "van-ban-sap-het-hieu-luc"
    columns = (
        LegalDocumentReport.columns[:6]
        + [
            DateColumn("ends_on", label="Hết hiệu lực từ ngày"),
        ]
        + LegalDocumentReport.columns[6:]
    )
    list_export = LegalDocumentReport.list_export + ["ends_on"]

    @property
    def window_days(self):
        value = self.request.GET.get("days", "30")
        return int(value) if value in dict(EXPIRY_WINDOWS) else 30

    def get_queryset(self):
        today = timezone.localdate()
        horizon = today + datetime.timedelta(days=self.window_days)
        ending = Q(
            incoming_relations__relation_type__in=list(ENDING_TYPES),
            incoming_relations__partial=False,
            incoming_relations__page__live=True,
        )
        return (
            self.documents()
            .exclude(status=ValidityStatus.EXPIRED)
            .annotate(replacement_on=Min("incoming_relations__page__effective_on", filter=ending))
            .annotate(
                ends_on=Least(
                    Coalesce("expires_on", "replacement_on"),
                    Coalesce("replacement_on", "expires_on"),
                )
            )
            .filter(ends_on__gte=today, ends_on__lte=horizon)
            .order_by("ends_on", "number_seq", "pk")
        )


class ExpiredWithoutReplacementReport(LegalDocumentReport):
    page_title = "Văn bản đã hết hiệu lực chưa có văn bản thay thế"
    index_url_name = "legal_docs_reports:expired"
    index_results_url_name = "legal_docs_reports:expired_results"
    export_filename = "van-ban-het-hieu-luc-chua-thay-the"
    columns = (
        LegalDocumentReport.columns[:6]
        + [
            DateColumn("expires_on", label="Ngày hết hiệu lực"),
        ]
        + LegalDocumentReport.columns[6:]
    )

    def get_queryset(self):
        replaced = DocumentRelation.objects.filter(
            target=OuterRef("pk"),
            relation_type__in=[RelationType.REPLACES, RelationType.ABOLISHES],
            page__live=True,
        )
        return (
            self.documents()
            .filter(status=ValidityStatus.EXPIRED)
            .exclude(Exists(replaced))
            .order_by(F("expires_on").desc(nulls_last=True), "-issued_on", "pk")
        )


class LatePostingReport(LegalDocumentReport):
    page_title = "Văn bản đăng chậm quá 2 ngày làm việc"
    index_url_name = "legal_docs_reports:late"
    index_results_url_name = "legal_docs_reports:late_results"
    export_filename = "van-ban-dang-cham"
    columns = LegalDocumentReport.columns[:5] + [
        DateColumn("published_on", label="Ngày đăng"),
        Column("posting_delay_days", label="Số ngày làm việc"),
        LegalDocumentReport.columns[-1],
    ]
    list_export = LegalDocumentReport.list_export + ["published_on", "posting_delay_days"]

    def get_queryset(self):
        return (
            self.documents()
            .filter(posting_delay_days__gt=LATE_AFTER_WORKING_DAYS)
            .order_by("-published_on", "-posting_delay_days", "pk")
        )
