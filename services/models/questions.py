"""Hỏi đáp: citizens' questions, answered by the unit responsible for their field (Art. 2.1, 11.3–11.4;
Decree 43/2011 Art. 15 and 17: follow the processing status, answer within 15 working days).

The states and who may move a question between them live in ``services.lifecycle``
(diagram in ``docs/services_questions.md``).
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from services.privacy import redact

from .calendar import WorkingCalendar, answer_due_date

# Crockford's base32: no I, L, O, U, so a code read aloud or copied by hand is not ambiguous.
RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECEIPT_PREFIX = "HD"
DUE_SOON_WORKING_DAYS = 3


def new_receipt_code():
    """``HD-XXXXX-XXXXX``: 50 random bits from ``secrets``, unguessable and not sequential."""
    chars = "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(10))
    return f"{RECEIPT_PREFIX}-{chars[:5]}-{chars[5:]}"


def normalize_receipt_code(value):
    """Accept what people type: lower case, spaces, missing dashes, O for 0, I or L for 1."""
    raw = "".join(ch for ch in str(value or "").upper() if ch.isalnum())
    if raw.startswith(RECEIPT_PREFIX):
        raw = raw[len(RECEIPT_PREFIX) :]
    raw = raw.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(raw) != 10 or any(ch not in RECEIPT_ALPHABET for ch in raw):
        return ""
    return f"{RECEIPT_PREFIX}-{raw[:5]}-{raw[5:]}"


class QuestionStatus(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    PROCESSING = "processing", _("Đang xử lý")
    AWAITING_APPROVAL = "awaiting_approval", _("Chờ trưởng đơn vị duyệt")
    ANSWERED = "answered", _("Đã trả lời")
    DECLINED = "declined", _("Không xử lý")


OPEN_STATUSES = (
    QuestionStatus.RECEIVED,
    QuestionStatus.PROCESSING,
    QuestionStatus.AWAITING_APPROVAL,
)

# What the asker sees: the head's review is part of "Đang xử lý" for them.
PUBLIC_STATUS_LABELS = {
    QuestionStatus.RECEIVED: _("Đã tiếp nhận"),
    QuestionStatus.PROCESSING: _("Đang xử lý"),
    QuestionStatus.AWAITING_APPROVAL: _("Đang xử lý"),
    QuestionStatus.ANSWERED: _("Đã trả lời"),
    QuestionStatus.DECLINED: _("Không xử lý"),
}


class QuestionQuerySet(models.QuerySet):
    def published(self):
        """Answered questions approved for publication: the only ones any public page lists."""
        return self.filter(status=QuestionStatus.ANSWERED, is_public=True)

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)

    def due_soon(self, today=None, calendar=None):
        """Open questions due today or within the next ``DUE_SOON_WORKING_DAYS`` working days."""
        today = today or timezone.localdate()
        limit = (calendar or WorkingCalendar()).add_working_days(today, DUE_SOON_WORKING_DAYS)
        return self.open().filter(due_date__gte=today, due_date__lte=limit)

    def for_units(self, unit_ids):
        return self.filter(unit_id__in=unit_ids)


class Question(index.Indexed, models.Model):
    """A citizen's question: who asked (kept private), what, in which field, which unit answers,
    and the answer once the unit head has approved it.

    Published answers are found by the site search (docs/search.md): only their public, masked
    texts are indexed — never the asker's name, email, phone or the receipt code.
    """

    receipt_code = models.CharField(
        _("Mã tiếp nhận"), max_length=20, unique=True, default=new_receipt_code, editable=False
    )
    # The asker (personal data: never shown on a public page).
    asker_name = models.CharField(_("Họ và tên người hỏi"), max_length=120)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    phone = models.CharField(_("Số điện thoại"), max_length=20, blank=True)
    consent_text = models.TextField(_("Nội dung đồng ý xử lý dữ liệu cá nhân"), blank=True)
    consent_at = models.DateTimeField(_("Thời điểm đồng ý"), null=True, blank=True)
    # The question.
    field = models.ForeignKey(
        "services.ServiceField",
        verbose_name=_("Lĩnh vực"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    title = models.CharField(_("Tiêu đề"), max_length=200)
    body = models.TextField(_("Nội dung câu hỏi"))
    # Routing and deadline.
    unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="service_questions",
    )
    status = models.CharField(
        _("Trạng thái"),
        max_length=20,
        choices=QuestionStatus.choices,
        default=QuestionStatus.RECEIVED,
    )
    received_at = models.DateTimeField(_("Thời điểm tiếp nhận"), default=timezone.now)
    due_date = models.DateField(_("Hạn trả lời"), blank=True)
    reported_at = models.DateTimeField(
        _("Đã báo cáo trưởng đơn vị lúc"),
        null=True,
        blank=True,
        help_text=_("Thời điểm câu hỏi được gửi trong thư báo cáo hằng ngày (Điều 11.3)."),
    )
    # The answer.
    answer = models.TextField(_("Nội dung trả lời"), blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người soạn trả lời"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("Trình duyệt lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("Ngày trả lời"), null=True, blank=True)
    answering_unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị đã trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    decline_reason = models.TextField(_("Lý do không xử lý"), blank=True)
    # Art. 8: a question with prohibited terms is held, unrouted, until a moderator reassigns it
    # to a unit (releasing it) or declines it.
    held_as_spam = models.BooleanField(_("Tạm giữ (nghi vấn spam)"), default=False)
    spam_reasons = models.CharField(_("Từ ngữ bị cấm phát hiện"), max_length=255, blank=True)
    # What the public sees once answered.
    is_public = models.BooleanField(_("Công khai trên cổng"), default=False)
    public_title = models.CharField(_("Tiêu đề công bố"), max_length=200, blank=True)
    public_body = models.TextField(
        _("Nội dung câu hỏi công bố"),
        blank=True,
        help_text=_("Đã lược bỏ thông tin cá nhân của người hỏi."),
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Câu hỏi")
        verbose_name_plural = _("Câu hỏi của người dân")
        ordering = ["-received_at"]
        permissions = [
            ("reassign_question", _("Có thể chuyển câu hỏi sang đơn vị khác")),
        ]
        indexes = [
            models.Index(fields=["unit", "status", "due_date"]),
            models.Index(fields=["status", "is_public", "answered_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""),
                name="services_question_has_contact",
            ),
        ]

    search_fields = [
        index.SearchField("safe_public_title", boost=3),
        index.AutocompleteField("safe_public_title"),
        index.SearchField("safe_public_body"),
        index.SearchField("safe_answer"),
        index.FilterField("status"),
        index.FilterField("is_public"),
    ]

    def __str__(self):
        return f"{self.receipt_code} – {self.title}"

    # -- site search (docs/search.md) -----------------------------------------------------------
    search_section_label = _("Hỏi đáp")
    search_snippet_fields = ["safe_public_body", "safe_answer"]

    @classmethod
    def search_public_queryset(cls):
        return cls.objects.published()

    @property
    def search_title(self):
        return self.safe_public_title

    @property
    def search_date(self):
        return self.answered_at

    def get_search_url(self, request=None):
        """The published answer's page (only published answers are searched)."""
        page = QuestionIndexPage.objects.live().public().filter(locale__language_code="vi").first()
        if page is None or not (self.status == QuestionStatus.ANSWERED and self.is_public):
            return ""
        return page.url_for("detail", self.pk, request=request)

    def save(self, *args, **kwargs):
        if not self.due_date:
            received = timezone.localtime(self.received_at) if self.received_at else None
            self.due_date = answer_due_date((received or timezone.localtime()).date())
        super().save(*args, **kwargs)

    # -- status ----------------------------------------------------------------------------------
    @property
    def public_status_label(self):
        return PUBLIC_STATUS_LABELS[QuestionStatus(self.status)]

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, today=None):
        return self.is_open and self.due_date < (today or timezone.localdate())

    is_overdue.boolean = True
    is_overdue.short_description = _("Quá hạn")

    # -- what the public may see ------------------------------------------------------------------
    def redacted(self, text):
        return redact(text, name=self.asker_name, email=self.email, phone=self.phone)

    def default_public_title(self):
        return self.redacted(self.title)

    def default_public_body(self):
        return self.redacted(self.body)

    @property
    def safe_public_title(self):
        """The public title with personal data masked (even if an editor typed it back in)."""
        return self.redacted(self.public_title or self.title)

    @property
    def safe_public_body(self):
        return self.redacted(self.public_body or self.body)

    @property
    def safe_answer(self):
        return self.redacted(self.answer)


class QuestionEvent(models.Model):
    """One step in a question's history: who moved it from which state to which, and why."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(_("Thời điểm"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    action = models.CharField(_("Thao tác"), max_length=32)
    from_status = models.CharField(_("Từ trạng thái"), max_length=20, blank=True)
    to_status = models.CharField(_("Sang trạng thái"), max_length=20)
    unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("Ghi chú"), blank=True)

    class Meta:
        verbose_name = _("Lịch sử xử lý câu hỏi")
        verbose_name_plural = _("Lịch sử xử lý câu hỏi")
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.question.receipt_code}: {self.action}"

    @property
    def action_label(self):
        from services.lifecycle import ACTION_LABELS

        return ACTION_LABELS.get(self.action, self.action)

    @property
    def to_status_label(self):
        return QuestionStatus(self.to_status).label


class QuestionIndexPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Hỏi đáp: the citizens' two-way channel (Art. 2.1).

    Citizens ask without logging in, get a receipt code and follow the status; published answers
    are listed here. Editors write the introduction; ``responsible_unit`` receives questions
    whose field has no unit assigned.
    """

    intro = models.TextField(_("Lời giới thiệu"), blank=True)
    ask_intro = models.TextField(
        _("Hướng dẫn gửi câu hỏi"),
        blank=True,
        help_text=_("Hiển thị phía trên mẫu gửi câu hỏi."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("ask_intro"),
        FieldPanel(
            "responsible_unit",
            heading=_("Đơn vị tiếp nhận mặc định"),
            help_text=_("Nhận câu hỏi thuộc lĩnh vực chưa được giao cho đơn vị nào."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("ask_intro"),
    ]

    class Meta:
        verbose_name = _("Trang hỏi đáp")
        verbose_name_plural = _("Trang hỏi đáp")

    # Sub-routes: the views live in services.views so this module stays about data.
    @path("", name="index")
    def index_route(self, request):
        from services import views

        return views.question_list(request, self)

    @path("gui-cau-hoi/", name="ask")
    def ask_route(self, request):
        from services import views

        return views.ask(request, self)

    @path("da-tiep-nhan/", name="receipt")
    def receipt_route(self, request):
        from services import views

        return views.receipt(request, self)

    @path("tra-cuu/", name="lookup")
    def lookup_route(self, request):
        from services import views

        return views.lookup(request, self)

    @path("cau-hoi/<int:pk>/", name="detail")
    def detail_route(self, request, pk):
        from services import views

        return views.question_detail(request, self, pk)

    @path("cau-hoi/<int:pk>/danh-gia/", name="rate")
    def rate_route(self, request, pk):
        from services import views

        return views.rate_question(request, self, pk)

    def get_sitemap_urls(self, request=None):
        """This page, plus one entry per published answer."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        for pk, answered_at in Question.objects.published().values_list("pk", "answered_at"):
            urls.append(
                {
                    "location": base + self.reverse_subpage("detail", args=[pk]).lstrip("/"),
                    "lastmod": answered_at,
                }
            )
        return urls

    def url_for(self, name, *args, request=None):
        """The address of one of this page's routes, e.g. ``url_for("detail", 12)``."""
        base = self.get_url(request) or "/"
        return base + self.reverse_subpage(name, args=args).lstrip("/")
