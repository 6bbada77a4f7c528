"""The register (sổ văn bản, ``/van-ban/``) and the legal document page.

Metadata follows the national law database (Cơ sở dữ liệu quốc gia về văn bản pháp luật) and
Decree 43/2011/NĐ-CP Art. 10 (kept by Decree 42/2022/NĐ-CP): type, issuing body, number, issue
date, effective date, summary (trích yếu) and a downloadable file.
"""

import os

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.text import fold, nfc, squash_spaces
from portal.workdays import working_days_between

from ..forms import LegalDocumentPageForm
from ..numbers import (
    NUMBER_EXAMPLES,
    clean_number,
    number_key,
    number_search_variants,
    parse_number,
)
from .relations import DocumentRelation
from .taxonomy import DocumentGroup, DocumentType, IssuingBody, LegalField
from .validity import ENDING_TYPES, Effect, RelationType, ValidityMixin, ValidityStatus

MAIN_FILE_EXTENSIONS = ("pdf", "doc", "docx")


class LegalDocumentIndexPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Sổ văn bản: a public register of legal and directive documents with filters, keyword
    search, RSS and CSV export. Editors create one at ``/van-ban/`` and, under it or elsewhere,
    further registers for other collections the law asks the agency to publish (plans and
    strategies, reports including the annual financial report, procurement notices), each limited
    to the document types it holds."""

    intro = RichTextField(_("Lời dẫn"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    document_types = ParentalManyToManyField(
        DocumentType,
        verbose_name=_("Loại văn bản thuộc sổ này"),
        blank=True,
        related_name="+",
        help_text=_("Để trống: sổ nhận mọi loại văn bản (kể cả văn bản ở các sổ con)."),
    )
    per_page = models.PositiveSmallIntegerField(_("Số văn bản mỗi trang"), default=20)

    parent_page_types = ["home.HomePage", "legal_docs.LegalDocumentIndexPage"]
    subpage_types = ["legal_docs.LegalDocumentPage", "legal_docs.LegalDocumentIndexPage"]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("intro"),
                FieldPanel("document_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("per_page"),
            ],
            heading=_("Sổ văn bản"),
        ),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Sổ văn bản")
        verbose_name_plural = _("Sổ văn bản")

    def allowed_type_ids(self):
        """Ids of the types this register holds (empty set: every type)."""
        return {t.pk for t in self.document_types.all()}

    def documents(self):
        """Live public documents of this register (descendants, limited to its types)."""
        documents = LegalDocumentPage.objects.live().public().descendant_of(self)
        type_ids = self.allowed_type_ids()
        if type_ids:
            documents = documents.filter(document_type_id__in=type_ids)
        return documents

    @path("")
    def register_view(self, request):
        from ..register import render_register

        return render_register(self, request)

    @path("rss/")
    def feed_view(self, request):
        from ..register import render_feed

        return render_feed(self, request)

    @path("csv/")
    def csv_view(self, request):
        from ..register import render_csv

        return render_csv(self, request)


class LegalDocumentPage(RoutablePageMixin, ValidityMixin, ResponsibleUnitMixin, Page):
    """Văn bản: one legal or directive document with the national database's metadata, its files,
    its relations to other documents, and a validity status derived from its dates and relations
    (shown as a banner when it has expired or is suspended). The page title is the trích yếu."""

    number = models.CharField(
        _("Số ký hiệu"),
        max_length=64,
        help_text=_("Viết như trên văn bản, ví dụ: %(examples)s.") % {"examples": NUMBER_EXAMPLES},
    )
    number_key = models.CharField(
        _("Số ký hiệu chuẩn hóa"), max_length=64, editable=False, db_index=True
    )
    number_seq = models.PositiveIntegerField(_("Số thứ tự"), default=0, editable=False)
    document_type = models.ForeignKey(
        DocumentType,
        verbose_name=_("Loại văn bản"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    group = models.CharField(
        _("Nhóm văn bản"),
        max_length=8,
        choices=DocumentGroup.choices,
        blank=True,
        help_text=_("Để trống để dùng nhóm mặc định của loại văn bản."),
    )
    issuing_body = models.ForeignKey(
        IssuingBody,
        verbose_name=_("Cơ quan ban hành"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    legal_fields = ParentalManyToManyField(
        LegalField, verbose_name=_("Lĩnh vực"), related_name="documents"
    )
    signer_name = models.CharField(_("Người ký"), max_length=120, blank=True)
    signer_title = models.CharField(
        _("Chức danh"), max_length=160, blank=True, help_text=_("Ví dụ: Thủ tướng, Giám đốc.")
    )
    issued_on = models.DateField(_("Ngày ban hành"))
    effective_on = models.DateField(
        _("Ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu văn bản có hiệu lực từ ngày ban hành."),
    )
    expires_on = models.DateField(
        _("Ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày đầu tiên văn bản không còn hiệu lực. Không cần nhập khi văn bản bị thay thế, "
            "bãi bỏ bởi văn bản khác có trên Trang: tình trạng được tính tự động."
        ),
    )
    partially_expired_on = models.DateField(_("Ngày hết hiệu lực một phần"), null=True, blank=True)
    expiry_reason = models.TextField(_("Lý do hết hiệu lực"), blank=True)
    expired_part = models.TextField(_("Phần hết hiệu lực"), blank=True)
    published_on = models.DateField(
        _("Ngày đăng"),
        null=True,
        blank=True,
        help_text=_("Ngày đăng trên Trang thông tin; để trống: ngày xuất bản đầu tiên."),
    )
    posting_delay_days = models.PositiveSmallIntegerField(
        _("Số ngày làm việc từ ban hành đến khi đăng"), null=True, editable=False
    )
    main_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Tệp văn bản chính"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("PDF, DOC hoặc DOCX."),
    )
    full_text = RichTextField(
        _("Toàn văn"),
        blank=True,
        features=["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    search_text = models.TextField(_("Chuỗi tìm kiếm không dấu"), blank=True, editable=False)

    parent_page_types = ["legal_docs.LegalDocumentIndexPage"]
    subpage_types = []
    base_form_class = LegalDocumentPageForm

    content_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type")]),
                TitleFieldPanel("title", heading=_("Trích yếu"), placeholder=False),
                FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("group")]),
                FieldPanel("legal_fields", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Số ký hiệu, trích yếu, phân loại"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("signer_name"), FieldPanel("signer_title")])],
            heading=_("Người ký"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issued_on"), FieldPanel("effective_on")]),
                FieldRowPanel([FieldPanel("expires_on"), FieldPanel("partially_expired_on")]),
                FieldPanel("expiry_reason"),
                FieldPanel("expired_part"),
                FieldPanel("published_on"),
            ],
            heading=_("Ngày tháng và hiệu lực"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("main_file"),
                InlinePanel("attachments", label=_("Tệp đính kèm khác")),
            ],
            heading=_("Tệp văn bản"),
        ),
        InlinePanel(
            "relations",
            heading=_("Liên kết với văn bản khác"),
            label=_("Liên kết"),
            help_text=_(
                "Khai báo ở văn bản tác động: ví dụ văn bản mới “Thay thế” văn bản cũ. Chiều "
                "ngược lại (“Được thay thế bởi”) hiển thị tự động ở văn bản cũ."
            ),
        ),
        FieldPanel("full_text"),
        HelpPanel(
            _(
                "Tình trạng hiệu lực được tính tự động từ các ngày và liên kết khi xuất bản, và "
                "hằng ngày bằng lệnh refresh_legal_status."
            )
        ),
        FieldPanel("responsible_unit"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("number", boost=5),
        index.AutocompleteField("number"),
        index.SearchField("number_variants", boost=4),
        index.AutocompleteField("number_variants"),
        index.SearchField("search_text"),
        index.AutocompleteField("search_text"),
        index.SearchField("signer_name"),
        index.SearchField("full_text"),
        index.RelatedFields("document_type", [index.SearchField("name")]),
        index.RelatedFields("issuing_body", [index.SearchField("name")]),
        index.RelatedFields("legal_fields", [index.SearchField("name")]),
        index.FilterField("number_key"),
        index.FilterField("document_type"),
        index.FilterField("issuing_body"),
        index.FilterField("group"),
        index.FilterField("status"),
        index.FilterField("issued_on"),
        index.FilterField("effective_on"),
        index.FilterField("published_on"),
    ]

    class Meta:
        verbose_name = _("Văn bản")
        verbose_name_plural = _("Văn bản")
        indexes = [
            models.Index(fields=["issuing_body", "number_key"], name="legaldoc_body_number"),
            models.Index(fields=["issued_on"], name="legaldoc_issued"),
            models.Index(fields=["document_type", "issued_on"], name="legaldoc_type_issued"),
            models.Index(fields=["group", "issued_on"], name="legaldoc_group_issued"),
            models.Index(fields=["status", "issued_on"], name="legaldoc_status_issued"),
            models.Index(fields=["signer_name"], name="legaldoc_signer"),
            models.Index(fields=["number_seq", "number_key"], name="legaldoc_number_sort"),
            models.Index(fields=["published_on"], name="legaldoc_published"),
            models.Index(fields=["expires_on"], name="legaldoc_expires"),
            models.Index(fields=["posting_delay_days"], name="legaldoc_delay"),
        ]

    # -- naming ---------------------------------------------------------------------------------
    @property
    def display_name(self):
        """``Nghị định 43/2011/NĐ-CP``."""
        type_name = self.document_type.name if self.document_type_id else ""
        return squash_spaces(f"{type_name} {self.number}")

    def get_admin_display_title(self):
        return f"{self.number} – {self.draft_title or self.title}"

    @property
    def number_variants(self):
        """The number in every form a reader may type (for the site search index)."""
        return number_search_variants(self.number)

    # -- labels for reports and exports -------------------------------------------------------
    @property
    def status_label(self):
        return str(self.get_status_display())

    @property
    def document_type_name(self):
        return self.document_type.name if self.document_type_id else ""

    @property
    def issuing_body_name(self):
        return self.issuing_body.name if self.issuing_body_id else ""

    @property
    def responsible_unit_name(self):
        return self.responsible_unit.name if self.responsible_unit_id else ""

    # -- hooks for the site search (issue 8) ----------------------------------------------------
    def search_facets(self):
        """Facet values the site search shows and filters on."""
        return {
            "document_type": self.document_type.name if self.document_type_id else "",
            "issuing_body": self.issuing_body.name if self.issuing_body_id else "",
            "status": self.get_status_display(),
            "group": self.get_group_display(),
        }

    @property
    def search_date(self):
        """The date the site search sorts and shows documents by: the issue date."""
        return self.issued_on

    def search_numbers(self):
        """The number as written; the site search ranks this document first for a query naming
        it in any spelling (``43/2011/ND-CP``, ``nd-cp 43/2011``, ``43/2011``)."""
        return [self.number] if self.number else []

    # -- validation -----------------------------------------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        self.number = clean_number(self.number)
        self.title = squash_spaces(nfc(self.title))
        parsed = parse_number(self.number)
        group = self.group or (self.document_type.default_group if self.document_type_id else "")
        if self.number and parsed is None:
            errors["number"] = _(
                "Số ký hiệu “%(value)s” không đúng định dạng. Viết theo mẫu: %(examples)s."
            ) % {"value": self.number, "examples": NUMBER_EXAMPLES}
        elif parsed and group == DocumentGroup.NORMATIVE and parsed[2] is None:
            errors["number"] = _(
                "Số ký hiệu của văn bản quy phạm pháp luật phải có năm ban hành, ví dụ "
                "43/2011/NĐ-CP."
            )
        elif parsed and self.issuing_body_id:
            duplicates = LegalDocumentPage.objects.filter(
                issuing_body_id=self.issuing_body_id, number_key=parsed[0]
            )
            if self.pk:
                duplicates = duplicates.exclude(pk=self.pk)
            if self.translation_key:
                duplicates = duplicates.exclude(translation_key=self.translation_key)
            duplicates = duplicates.exclude(alias_of__isnull=False)
            if duplicates.exists():
                errors["number"] = _(
                    "Đã có văn bản số %(number)s của %(body)s trên Trang thông tin."
                ) % {"number": self.number, "body": self.issuing_body.name}
        if self.issued_on and self.effective_on and self.effective_on < self.issued_on:
            errors["effective_on"] = _("Ngày có hiệu lực không được trước ngày ban hành.")
        start = self.effective_on or self.issued_on
        if start and self.expires_on and self.expires_on <= start:
            errors["expires_on"] = _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        if start and self.partially_expired_on and self.partially_expired_on <= start:
            errors["partially_expired_on"] = _(
                "Ngày hết hiệu lực một phần phải sau ngày có hiệu lực."
            )
        if self.issued_on and self.published_on and self.published_on < self.issued_on:
            errors["published_on"] = _("Ngày đăng không được trước ngày ban hành.")
        if self.main_file_id:
            extension = os.path.splitext(self.main_file.file.name)[1].lower().lstrip(".")
            if extension not in MAIN_FILE_EXTENSIONS:
                errors["main_file"] = _("Tệp văn bản chính phải là tệp PDF, DOC hoặc DOCX.")
        if self.document_type_id and self.path and self.depth:
            parent = self.get_parent()
            if parent is not None:
                parent = parent.specific
                message = type_refused_message(parent, self.document_type)
                if message:
                    errors["document_type"] = message
        if errors:
            raise ValidationError(errors)

    # -- derived fields -------------------------------------------------------------------------
    def refresh_derived_fields(self, effects=None, today=None):
        """Number key, group, default dates, folded search text, posting delay and status."""
        self.number = clean_number(self.number)
        parsed = parse_number(self.number)
        self.number_key = parsed[0] if parsed else number_key(self.number)
        self.number_seq = parsed[1] if parsed else 0
        if not self.group and self.document_type_id:
            self.group = self.document_type.default_group
        if not self.effective_on:
            self.effective_on = self.issued_on
        if not self.published_on and self.live:
            self.published_on = (
                timezone.localdate(self.first_published_at)
                if self.first_published_at
                else timezone.localdate()
            )
        self.posting_delay_days = (
            working_days_between(self.issued_on, self.published_on)
            if self.issued_on and self.published_on
            else None
        )
        self.search_text = build_search_text(
            self.number,
            self.title,
            self.document_type.name if self.document_type_id else "",
            self.issuing_body.name if self.issuing_body_id else "",
        )
        self.status = self.compute_status(day=today, effects=effects)

    def save(self, *args, **kwargs):
        # Full saves (creation, publication) recompute; draft revisions save a few columns only
        # and must not leak unpublished dates into the live status.
        if kwargs.get("update_fields") is None:
            self.refresh_derived_fields()
        return super().save(*args, **kwargs)

    # -- display --------------------------------------------------------------------------------
    def outgoing_relations(self):
        """This document's relations to live documents, in editor order."""
        relations = self.relations.all()
        if hasattr(relations, "query"):
            relations = relations.filter(target__live=True).select_related(
                "target", "target__document_type"
            )
        return [rel for rel in relations if rel.target.live]

    def incoming_relations_live(self):
        """Relations other live documents have to this one."""
        if self.pk is None:
            return []
        return list(
            DocumentRelation.objects.filter(target_id=self.pk, page__live=True)
            .select_related("page", "page__document_type")
            .order_by("page__effective_on", "page__issued_on", "pk")
        )

    @cached_property
    def relation_groups(self):
        """``{"outgoing": [(label, [relations])], "incoming": [...], "ended_by": [...]}``."""
        outgoing, incoming = {}, {}
        for rel in self.outgoing_relations():
            outgoing.setdefault(rel.outgoing_label, []).append(rel)
        incoming_rels = self.incoming_relations_live()
        for rel in incoming_rels:
            incoming.setdefault(rel.incoming_label, []).append(rel)
        ended_by = [
            rel for rel in incoming_rels if rel.relation_type in ENDING_TYPES and not rel.partial
        ]
        suspended_by = [rel for rel in incoming_rels if rel.relation_type == RelationType.SUSPENDS]
        return {
            "outgoing": list(outgoing.items()),
            "incoming": list(incoming.items()),
            "ended_by": ended_by,
            "suspended_by": suspended_by,
        }

    @cached_property
    def ended_on(self):
        """The first day without any force (own expiry date or an effective replacement)."""
        effects = [rel_effect(rel) for rel in self.relation_groups["ended_by"]]
        return self.validity(effects=effects).full_end_on()

    def files(self):
        """Main file then attachments, as ``(title, document)`` pairs."""
        items = []
        if self.main_file_id and self.main_file:
            items.append((_("Tải toàn văn %(name)s") % {"name": self.display_name}, self.main_file))
        for attachment in self.attachments.all():
            if attachment.document_id and attachment.document:
                items.append((attachment.title or attachment.document.title, attachment.document))
        return items

    @path("")
    def detail_view(self, request):
        return self.render(request)

    @path("in/")
    def print_view(self, request):
        return self.render(
            request,
            template="legal_docs/legal_document_print.html",
            context_overrides={"print_view": True},
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["relation_groups"] = self.relation_groups
        context["ValidityStatus"] = ValidityStatus
        context["print_url"] = self.url + "in/" if self.url else ""
        return context


class LegalDocumentAttachment(Orderable):
    """A further file of a document (phụ lục, biểu mẫu, bản scan có chữ ký…)."""

    page = ParentalKey(LegalDocumentPage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("Tệp"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("Tên hiển thị"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tệp đính kèm")
        verbose_name_plural = _("Tệp đính kèm")


def build_search_text(number, title, type_name="", body_name=""):
    """Folded, lower-case text the register's keyword search matches (``nghi dinh 43``)."""
    key = number_key(number)
    parts = [type_name, number, key, title, body_name]
    return squash_spaces(fold(" ".join(str(p or "") for p in parts)))


def type_refused_message(register, document_type):
    """A Vietnamese message when ``register`` does not hold ``document_type``; else None."""
    if not isinstance(register, LegalDocumentIndexPage):
        return None
    allowed = list(register.document_types.all())
    if allowed and document_type.pk not in {t.pk for t in allowed}:
        return _("Sổ “%(register)s” chỉ nhận các loại: %(types)s.") % {
            "register": register.title,
            "types": ", ".join(t.name for t in allowed),
        }
    return None


def rel_effect(rel):
    return Effect(
        rel.relation_type, rel.partial, rel.page.effective_on, rel.page.expires_on, rel.page_id
    )
