"""The consultation section's pages: the list of drafts and one draft open for comment.

Decree 43/2011 Art. 10 (kept by Decree 42/2022) asks for: the list of drafts open for comment,
each draft's full text and deadline, the existing comments, a way to comment, and the receiving
unit's address and email. Art. 2.1 and 7.10 of the department's regulation put this on the site.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from consultations.draft_text import parse_draft, to_stream_data
from consultations.models.lifecycle import Moderation, Phase
from consultations.models.settings import DEFAULT_MINIMUM_WINDOW_DAYS, ConsultationSettings
from consultations.models.structure import draft_text_blocks
from contacts.models import ResponsibleUnitMixin
from portal.blocks import DocumentLinkBlock
from portal.pagination import paginate

# Tabs of the list: the "ended" tab holds both closed drafts and those with a published result.
TABS = [
    ("dang-lay-y-kien", "Đang lấy ý kiến", (Phase.OPEN,)),
    ("sap-lay-y-kien", "Sắp lấy ý kiến", (Phase.UPCOMING,)),
    ("da-ket-thuc", "Đã kết thúc", (Phase.CLOSED, Phase.RESULT_PUBLISHED)),
]


class DraftKind(models.TextChoices):
    COUNCIL = "council", _("Dự thảo văn bản QPPL trình HĐND tỉnh")
    COMMITTEE = "committee", _("Dự thảo văn bản QPPL trình UBND tỉnh")
    OTHER = "other", _("Dự thảo văn bản khác")


class ConsultationIndexPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Lấy ý kiến dự thảo: the list of drafts, in tabs Đang lấy ý kiến / Sắp lấy ý kiến / Đã kết
    thúc, each with its deadline, drafting unit and number of published comments. Editors write
    the introduction; drafts are its children. It also hosts the form where a citizen asks for
    their personal data to be deleted (``yeu-cau-xoa-du-lieu/``)."""

    intro = models.TextField(_("Lời dẫn"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultations.DraftConsultationPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Trang lấy ý kiến dự thảo")
        verbose_name_plural = _("Trang lấy ý kiến dự thảo")

    def drafts(self, now=None):
        """Live public drafts under this page, with the drafting unit and published comments."""
        from consultations.models.comments import Comment

        published = (
            Comment.objects.filter(consultation=OuterRef("pk"), status=Moderation.APPROVED)
            .order_by()
            .values("consultation")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            DraftConsultationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("drafting_unit")
            .annotate(published_comments=Coalesce(Subquery(published), 0))
            .defer_streamfields()
        )

    def tab_querysets(self, now=None):
        now = now or timezone.now()
        drafts = self.drafts()
        tabs = []
        for slug, label, phases in TABS:
            condition = Q()
            for phase in phases:
                condition |= Phase.q(phase, now)
            ordering = "opens_at" if phases == (Phase.UPCOMING,) else "closes_at"
            if Phase.CLOSED in phases:
                ordering = "-closes_at"
            tabs.append((slug, label, drafts.filter(condition).order_by(ordering, "pk")))
        return tabs

    @path("")
    def index_route(self, request):
        tabs = self.tab_querysets()
        current = request.GET.get("trang-thai") or TABS[0][0]
        if current not in {slug for slug, _label, _qs in tabs}:
            current = TABS[0][0]
        selected = next(qs for slug, _label, qs in tabs if slug == current)
        counts = {
            slug: qs.count() for slug, _label, qs in tabs
        }  # three COUNT queries, whatever the number of drafts
        page_obj = paginate(request, selected, 10)
        return self.render(
            request,
            context_overrides={
                "tabs": [(slug, label, counts[slug]) for slug, label, _qs in tabs],
                "current_tab": current,
                "drafts": page_obj,
                "page_obj": page_obj,
            },
        )

    @path("yeu-cau-xoa-du-lieu/")
    def deletion_request(self, request):
        from consultations.views import deletion_request

        return deletion_request(request, self)


class DraftConsultationPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Dự thảo lấy ý kiến: one draft put up for comment.

    Editors fill in the summary, kind, drafting unit, the window (opening and closing date-time),
    the files, the receiving unit's contacts, and paste the draft's plain text into "Dán toàn văn":
    on save it is split into Chương / Điều / Khoản in "Cấu trúc dự thảo", where it can be corrected.
    Citizens comment on the whole draft or on one Điều while it is open; after closing, editors
    publish the result (summary text and file) and the drafting unit's responses appear on the page.
    The phase (sắp mở, đang lấy ý kiến, đã kết thúc, đã công bố kết quả) follows the clock
    (``consultations.models.lifecycle.Phase``).
    """

    summary = models.TextField(_("Tóm tắt"), help_text=_("Mục đích, phạm vi của dự thảo."))
    kind = models.CharField(
        _("Loại dự thảo"), max_length=16, choices=DraftKind.choices, default=DraftKind.OTHER
    )
    drafting_unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị soạn thảo"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opens_at = models.DateTimeField(_("Bắt đầu lấy ý kiến"))
    closes_at = models.DateTimeField(_("Hết hạn lấy ý kiến"))
    files = StreamField(
        [("file", DocumentLinkBlock())], blank=True, verbose_name=_("Tệp dự thảo và hồ sơ kèm theo")
    )
    contact_address = models.CharField(
        _("Địa chỉ nhận góp ý"),
        max_length=255,
        blank=True,
        help_text=_("Để trống để dùng địa chỉ của đơn vị soạn thảo."),
    )
    contact_email = models.EmailField(
        _("Thư điện tử nhận góp ý"),
        blank=True,
        help_text=_("Để trống để dùng hòm thư của đơn vị soạn thảo."),
    )
    contact_phone = models.CharField(
        _("Điện thoại liên hệ"),
        max_length=64,
        blank=True,
        help_text=_("Để trống để dùng số điện thoại của đơn vị soạn thảo."),
    )
    draft_text_paste = models.TextField(
        _("Dán toàn văn dự thảo"),
        blank=True,
        help_text=_(
            "Dán văn bản thuần (không định dạng). Khi lưu, nội dung được tách thành Chương / Điều / "
            "Khoản và THAY THẾ cấu trúc bên dưới; ô này được làm trống sau khi tách."
        ),
    )
    draft_text = StreamField(
        draft_text_blocks(), blank=True, verbose_name=_("Cấu trúc dự thảo (Chương, Điều, Khoản)")
    )
    result_summary = RichTextField(
        _("Báo cáo tổng hợp, tiếp thu, giải trình"),
        blank=True,
        features=["h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    result_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Tệp báo cáo kết quả"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    result_published_at = models.DateTimeField(
        _("Công bố kết quả từ"),
        null=True,
        blank=True,
        help_text=_("Để trống cho đến khi công bố; phải sau thời điểm hết hạn lấy ý kiến."),
    )

    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    content_panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            [
                FieldPanel("summary"),
                FieldPanel("kind"),
                FieldPanel("drafting_unit"),
                FieldPanel("responsible_unit"),
            ],
            heading=_("Thông tin dự thảo"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading=_("Thời gian lấy ý kiến"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Nơi nhận góp ý"),
        ),
        FieldPanel("files"),
        MultiFieldPanel(
            [FieldPanel("draft_text_paste"), FieldPanel("draft_text")],
            heading=_("Toàn văn dự thảo"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("result_summary"),
                FieldPanel("result_document"),
                FieldPanel("result_published_at"),
            ],
            heading=_("Kết quả lấy ý kiến"),
            classname="collapsed",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("draft_text"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]

    class Meta:
        verbose_name = _("Dự thảo lấy ý kiến")
        verbose_name_plural = _("Dự thảo lấy ý kiến")
        indexes = [models.Index(fields=["opens_at", "closes_at"])]

    # -- lifecycle ------------------------------------------------------------------------------
    def phase_at(self, now=None):
        return Phase.at(self.opens_at, self.closes_at, self.result_published_at, now)

    @property
    def phase(self):
        return self.phase_at()

    @property
    def is_open(self):
        return self.phase_at() == Phase.OPEN

    @property
    def window_days(self):
        if not (self.opens_at and self.closes_at):
            return None
        return (self.closes_at - self.opens_at).total_seconds() / 86400

    def minimum_window_days(self, site=None):
        site = site or self.get_site()
        if site is None:
            return DEFAULT_MINIMUM_WINDOW_DAYS
        return ConsultationSettings.for_site(site).minimum_window_days

    def short_window_warning(self, site=None):
        """A Vietnamese warning when the window is shorter than the site's minimum, else ''."""
        days = self.window_days
        minimum = self.minimum_window_days(site)
        if days is None or days <= 0 or days >= minimum:
            return ""
        shown = f"{days:.1f}".rstrip("0").rstrip(".").replace(".", ",")
        return (
            f"Thời gian lấy ý kiến của “{self.title}” là {shown} ngày, ngắn hơn mức tối thiểu "
            f"{minimum} ngày trong cài đặt. Hãy kiểm tra lại nếu đây không phải chủ ý."
        )

    # -- draft structure ------------------------------------------------------------------------
    def apply_pasted_text(self):
        """Split ``draft_text_paste`` into the structure (replacing it) and empty the paste box."""
        if not (self.draft_text_paste or "").strip():
            return False
        self.draft_text = to_stream_data(parse_draft(self.draft_text_paste))
        self.draft_text_paste = ""
        return True

    @cached_property
    def articles(self):
        """``[(number, label, block value)]`` of the Điều in the structure, in order."""
        return [
            (block.value.get("number"), block.value.label, block.value)
            for block in self.draft_text
            if block.block_type == "article"
        ]

    @property
    def article_numbers(self):
        return [number for number, _label, _value in self.articles]

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("Thời điểm hết hạn phải sau thời điểm bắt đầu lấy ý kiến.")
        if self.result_published_at:
            if self.closes_at and self.result_published_at < self.closes_at:
                errors["result_published_at"] = _("Chỉ công bố kết quả sau khi hết hạn lấy ý kiến.")
            if not (self.result_summary or self.result_document_id):
                errors["result_summary"] = _(
                    "Cần nội dung báo cáo tổng hợp hoặc tệp báo cáo trước khi công bố kết quả."
                )
        if self.apply_pasted_text():
            self.__dict__.pop("articles", None)
        numbers = [
            block.value.get("number") for block in self.draft_text if block.block_type == "article"
        ]
        duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
        if duplicates:
            listed = ", ".join(str(n) for n in duplicates)
            errors["draft_text"] = _("Số điều bị trùng: %(numbers)s.") % {"numbers": listed}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.apply_pasted_text():
            self.__dict__.pop("articles", None)
        return super().save(*args, **kwargs)

    # -- public page ----------------------------------------------------------------------------
    @property
    def receiving_address(self):
        unit = self.drafting_unit
        return self.contact_address or (unit.address if unit else "")

    @property
    def receiving_email(self):
        unit = self.drafting_unit
        return self.contact_email or (unit.email if unit else "")

    @property
    def receiving_phone(self):
        unit = self.drafting_unit
        return self.contact_phone or (unit.phone if unit else "")

    def public_comments(self):
        return self.comments.public().order_by("submitted_at", "pk")

    def get_context(self, request, *args, **kwargs):
        from consultations.forms import CommentForm

        context = super().get_context(request, *args, **kwargs)
        if "form" not in context:
            initial = {}
            wanted = request.GET.get("dieu", "")
            if wanted.isdigit() and int(wanted) in self.article_numbers:
                initial["target"] = wanted
            context["form"] = CommentForm(page=self, initial=initial)
        comments = list(self.public_comments())
        by_article = {}
        for comment in comments:
            by_article.setdefault(comment.article_number, []).append(comment)
        context.update(
            {
                "phase": self.phase,
                "phases": Phase,
                "comments_by_article": by_article,
                "general_comments": by_article.get(None, []),
                "published_comment_count": len(comments),
                "structure": [
                    (block, by_article.get(block.value.get("number"), []))
                    if block.block_type == "article"
                    else (block, [])
                    for block in self.draft_text
                ],
            }
        )
        return context

    @path("")
    def draft_route(self, request):
        return self.render(request)

    @path("gop-y/")
    def comment_route(self, request):
        from consultations.views import submit_comment

        return submit_comment(request, self)

    @re_path(r"^ket-qua/$")
    def result_route(self, request):
        """The printable result: responses by Điều, without personal data."""
        from consultations.report import build_report

        if self.phase != Phase.RESULT_PUBLISHED:
            raise Http404
        return self.render(
            request,
            template="consultations/result_print.html",
            context_overrides={"public_report": build_report(self, public=True)},
        )

    def serve_preview(self, request, mode_name):
        return self.render(request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if self.phase == Phase.RESULT_PUBLISHED and urls:
            urls.append(
                {"location": urls[0]["location"] + "ket-qua/", "lastmod": urls[0].get("lastmod")}
            )
        return urls

    def redirect_to_form(self):
        return redirect(self.url + "#gop-y")
