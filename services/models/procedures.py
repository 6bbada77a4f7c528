"""Thủ tục hành chính: the list of the department's administrative procedures and their e-forms
(Art. 7.8), with the online level of Decree 42/2022 (toàn trình / một phần)."""

import re

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Avg, Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.blocks import RICH_TEXT_FEATURES
from portal.pagination import paginate
from portal.text import fold, nfc, squash_spaces

PROCEDURE_CODE_VALIDATOR = RegexValidator(
    r"^[0-9]\.[0-9]{6}(\.[0-9A-Z]+)*$",
    _("Mã thủ tục có dạng 1.005384 (mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính)."),
)
MAX_QUERY_LENGTH = 200


def filter_by_words(procedures, query):
    """Procedures whose code, title, field or applicants have a word starting with every word of
    ``query``, ignoring diacritics and case (``thi dua`` finds "Thi đua"). Matching is done in
    Python over the few hundred procedures a department has, so it behaves the same on SQLite and
    PostgreSQL."""
    words = [word for word in re.split(r"[^\w.]+", fold(query)) if word]
    matching = []
    rows = procedures.values_list("pk", "code", "title", "field__name", "applicants")
    for pk, *texts in rows:
        tokens = re.split(r"[^\w.]+", fold(" ".join(text or "" for text in texts)))
        if all(any(token.startswith(word) for token in tokens) for word in words):
            matching.append(pk)
    return procedures.filter(pk__in=matching)


class OnlineLevel(models.TextChoices):
    """Decree 42/2022/NĐ-CP: online public services are fully or partly online."""

    FULL = "full", _("Toàn trình")
    PARTIAL = "partial", _("Một phần")
    NONE = "none", _("Không trực tuyến")


class LegalBasisBlock(blocks.StructBlock):
    """One legal document the procedure rests on: number and title, linked when possible."""

    number = blocks.CharBlock(
        label=_("Số, ký hiệu"), max_length=64, help_text=_("Ví dụ: 98/2023/NĐ-CP")
    )
    title = blocks.CharBlock(label=_("Trích yếu"), max_length=500)
    # A string reference: services does not import the legal documents section.
    page = blocks.PageChooserBlock(
        page_type="legal_docs.LegalDocumentPage",
        label=_("Trang văn bản trên cổng"),
        required=False,
        help_text=_("Chọn văn bản trong mục Văn bản nếu đã có."),
    )
    url = blocks.URLBlock(
        label=_("Đường dẫn ngoài"),
        required=False,
        help_text=_("Ví dụ: trang văn bản trên vbpl.vn, khi chưa có trang trên cổng."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Văn bản")
        template = "services/blocks/legal_basis.html"


class ProcedureIndexPage(ResponsibleUnitMixin, Page):
    """Thủ tục hành chính: the list of procedures, filtered by field and online level, searchable.

    Editors write a short introduction; each procedure is a child page.
    """

    intro = models.TextField(_("Lời giới thiệu"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.ProcedurePage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Danh mục thủ tục hành chính")
        verbose_name_plural = _("Danh mục thủ tục hành chính")

    def procedures(self):
        return (
            ProcedurePage.objects.child_of(self)
            .live()
            .public()
            .select_related("field")
            .order_by("field__sort_order", "code")
        )

    def get_context(self, request, *args, **kwargs):
        from services.forms import ProcedureFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ProcedureFilterForm(request.GET or None)
        procedures = self.procedures()
        query = ""
        invalid = False
        if form.is_bound:
            if form.is_valid():
                if form.cleaned_data["linh_vuc"]:
                    procedures = procedures.filter(field=form.cleaned_data["linh_vuc"])
                if form.cleaned_data["muc_do"]:
                    procedures = procedures.filter(online_level=form.cleaned_data["muc_do"])
                query = squash_spaces(nfc(form.cleaned_data["q"]))[:MAX_QUERY_LENGTH]
            else:
                invalid = True
        if query:
            procedures = filter_by_words(procedures, query)
        context.update(
            {
                "filter_form": form,
                "filter_invalid": invalid,
                "query": query,
                "procedures": paginate(request, procedures, per_page=20),
            }
        )
        return context


class ProcedurePage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Một thủ tục hành chính: everything a citizen needs to carry it out, with its forms.

    Editors copy the procedure from the national database (mã thủ tục, trình tự, hồ sơ, thời hạn,
    phí, căn cứ pháp lý) and attach the e-forms as documents.
    """

    code = models.CharField(
        _("Mã thủ tục"),
        max_length=40,
        validators=[PROCEDURE_CODE_VALIDATOR],
        help_text=_("Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.005384."),
    )
    field = models.ForeignKey(
        "services.ServiceField",
        verbose_name=_("Lĩnh vực"),
        on_delete=models.PROTECT,
        related_name="procedures",
    )
    online_level = models.CharField(
        _("Mức độ dịch vụ công trực tuyến"),
        max_length=8,
        choices=OnlineLevel.choices,
        default=OnlineLevel.PARTIAL,
    )
    implementing_agency = models.CharField(
        _("Cơ quan thực hiện"), max_length=255, default="Sở Nội vụ tỉnh Hưng Yên"
    )
    applicants = models.TextField(_("Đối tượng thực hiện"))
    processing_time = models.CharField(_("Thời hạn giải quyết"), max_length=255)
    fees = models.CharField(_("Phí, lệ phí"), max_length=255, default="Không")
    submission = models.TextField(
        _("Cách thức thực hiện"),
        blank=True,
        help_text=_("Nộp trực tiếp, qua bưu chính hoặc trực tuyến…"),
    )
    steps = RichTextField(_("Trình tự thực hiện"), features=RICH_TEXT_FEATURES)
    dossier = RichTextField(_("Thành phần, số lượng hồ sơ"), features=RICH_TEXT_FEATURES)
    requirements = RichTextField(_("Yêu cầu, điều kiện"), features=RICH_TEXT_FEATURES, blank=True)
    result = models.TextField(_("Kết quả thực hiện"))
    legal_basis = StreamField(
        [("document", LegalBasisBlock())],
        blank=True,
        verbose_name=_("Căn cứ pháp lý"),
    )
    online_url = models.URLField(
        _("Đường dẫn dịch vụ công trực tuyến"),
        blank=True,
        max_length=500,
        help_text=_(
            "Trang nộp hồ sơ trực tuyến của thủ tục; để trống để dẫn tới Cổng dịch vụ công của tỉnh."
        ),
    )

    parent_page_types = ["services.ProcedureIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("field"),
                FieldPanel("online_level"),
                FieldPanel("online_url"),
                FieldPanel("implementing_agency"),
                FieldPanel("responsible_unit"),
            ],
            heading=_("Thông tin chung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("applicants"),
                FieldPanel("submission"),
                FieldPanel("processing_time"),
                FieldPanel("fees"),
                FieldPanel("result"),
            ],
            heading=_("Đối tượng, thời hạn, phí, kết quả"),
        ),
        MultiFieldPanel(
            [FieldPanel("steps"), FieldPanel("dossier"), FieldPanel("requirements")],
            heading=_("Trình tự và hồ sơ"),
        ),
        InlinePanel("form_documents", label=_("Mẫu đơn, tờ khai")),
        FieldPanel("legal_basis"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("code", boost=5),
        index.AutocompleteField("code"),
        index.SearchField("applicants"),
        index.SearchField("steps"),
        index.SearchField("dossier"),
        index.SearchField("result"),
        index.SearchField("implementing_agency"),
        index.RelatedFields("field", [index.SearchField("name")]),
        index.FilterField("field"),
        index.FilterField("online_level"),
    ]

    class Meta:
        verbose_name = _("Thủ tục hành chính")
        verbose_name_plural = _("Thủ tục hành chính")

    def __str__(self):
        return f"{self.code} – {self.title}"

    def full_clean(self, *args, **kwargs):
        self.code = (self.code or "").strip()
        super().full_clean(*args, **kwargs)

    @property
    def is_online(self):
        return self.online_level in (OnlineLevel.FULL, OnlineLevel.PARTIAL)

    def rating_summary(self):
        return self.ratings.aggregate(average=Avg("score"), count=Count("id"))

    def get_context(self, request, *args, **kwargs):
        from services.ratings import rating_context

        context = super().get_context(request, *args, **kwargs)
        context["form_documents"] = self.form_documents.select_related("document")
        context["rate_url"] = (self.get_url(request) or "/") + self.reverse_subpage("rate")
        context.update(rating_context(request, self, kwargs.get("rating_form")))
        return context

    @path("danh-gia/", name="rate")
    def rate(self, request):
        from django.template.response import TemplateResponse

        from services.ratings import handle_rating

        def render(form):
            context = self.get_context(request, rating_form=form)
            return TemplateResponse(request, self.get_template(request), context)

        return handle_rating(request, self, self.url, render)


class ProcedureForm(Orderable):
    """A downloadable form (mẫu đơn, tờ khai) of a procedure, stored as a Wagtail document."""

    page = ParentalKey(ProcedurePage, related_name="form_documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Tệp biểu mẫu"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("Tên biểu mẫu"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Mẫu số 01 – Tờ trình đề nghị khen thưởng. Để trống để dùng tên tệp."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("Mẫu đơn, tờ khai")
        verbose_name_plural = _("Mẫu đơn, tờ khai")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.document.title
