"""People of the department, the posts they hold, and the history of who held which post."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index


class Position(models.Model):
    """Chức vụ: Giám đốc, Phó Giám đốc, Chánh Văn phòng, Trưởng phòng, Chuyên viên…

    ``is_leadership`` marks the department's leaders (Lãnh đạo Sở); ``is_head`` marks the post
    that heads its unit (Trưởng phòng, Chánh Văn phòng, Chi cục trưởng…), whose holder approves
    the unit's content (Art. 11.4).
    """

    name = models.CharField(_("Chức vụ"), max_length=128, unique=True)
    name_en = models.CharField(_("Tên tiếng Anh"), max_length=128, blank=True)
    rank = models.PositiveIntegerField(
        _("Thứ bậc"), default=100, help_text=_("Số nhỏ đứng trước trong danh bạ.")
    )
    is_leadership = models.BooleanField(_("Thuộc Lãnh đạo Sở"), default=False)
    is_head = models.BooleanField(_("Người đứng đầu đơn vị"), default=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("rank"),
        FieldPanel("is_leadership"),
        FieldPanel("is_head"),
    ]

    class Meta:
        verbose_name = _("Chức vụ")
        verbose_name_plural = _("Chức vụ")
        ordering = ["rank", "name"]

    def __str__(self):
        return self.name


class Person(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """Cán bộ, công chức: one person of the directory (Art. 7.7) with their official contacts.

    Posts are kept as appointments with dates, so the directory lists current holders and the
    introduction can list former leaders.
    """

    full_name = models.CharField(_("Họ và tên"), max_length=255)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    office_phone = models.CharField(_("Điện thoại cơ quan"), max_length=64, blank=True)
    mobile = models.CharField(_("Điện thoại di động"), max_length=64, blank=True)
    mobile_public = models.BooleanField(
        _("Công khai số di động"),
        default=False,
        help_text=_("Chỉ hiển thị số di động trên trang công khai khi được đánh dấu."),
    )
    email = models.EmailField(_("Hòm thư công vụ"), blank=True)
    biography = RichTextField(
        _("Tóm tắt tiểu sử"), blank=True, help_text=_("Dành cho Lãnh đạo Sở (Nghị định 43/2011).")
    )
    biography_en = RichTextField(_("Tóm tắt tiểu sử (tiếng Anh)"), blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự hiển thị"), default=100)
    is_active = models.BooleanField(_("Đang công tác"), default=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Tài khoản quản trị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("full_name"),
                FieldPanel("photo"),
                FieldPanel("sort_order"),
                FieldPanel("is_active"),
            ],
            heading=_("Cán bộ"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("office_phone"),
                FieldPanel("mobile"),
                FieldPanel("mobile_public"),
                FieldPanel("email"),
            ],
            heading=_("Liên hệ"),
        ),
        InlinePanel("appointments", label=_("Quá trình giữ chức vụ")),
        FieldPanel("biography"),
        FieldPanel("biography_en"),
        FieldPanel("user"),
    ]
    search_fields = [
        index.SearchField("full_name", boost=3),
        index.AutocompleteField("full_name"),
        index.SearchField("current_posts"),
        index.SearchField("email"),
        index.FilterField("live"),
        index.FilterField("is_active"),
    ]

    class Meta:
        verbose_name = _("Cán bộ")
        verbose_name_plural = _("Cán bộ")
        ordering = ["sort_order", "full_name"]

    def __str__(self):
        return self.full_name

    @property
    def public_mobile(self):
        """The mobile number only when the person agreed to publish it."""
        return self.mobile if self.mobile_public else ""

    def current_appointments(self, on=None):
        return [a for a in self.appointments.all() if a.is_current(on)]

    def get_absolute_url(self):
        """The person's card on their unit's page of the directory (``…/don-vi/<unit>/#<unit>-can-bo-N``),
        or "" while they hold no current post or the directory is not published."""
        from contacts.models.directory import DirectoryPage

        if not (self.live and self.is_active):
            return ""
        appointments = sorted(
            self.current_appointments(),
            key=lambda a: (not a.position.is_head, a.position.rank, a.sort_order or 0),
        )
        if not appointments:
            return ""
        directory_url = DirectoryPage.public_url()
        if not directory_url:
            return ""
        unit = appointments[0].unit
        return f"{directory_url}don-vi/{unit.slug}/#{unit.slug}-can-bo-{self.pk}"

    # -- site search (docs/search.md) -----------------------------------------------------------
    search_section_label = _("Danh bạ cán bộ")

    def get_search_url(self, request=None):
        return self.get_absolute_url()

    @classmethod
    def search_public_queryset(cls):
        """People the directory shows: active, holding a current post, directory published."""
        from contacts.models.directory import DirectoryPage

        if not DirectoryPage.public_url():
            return cls.objects.none()
        current = Appointment.objects.current().values("person_id")
        return cls.objects.filter(is_active=True, pk__in=current)

    def current_posts(self):
        """ "Trưởng phòng – Phòng Công chức – Viên chức; …" for the search excerpt and index."""
        return "; ".join(f"{a.position.name} – {a.unit.name}" for a in self.current_appointments())

    search_snippet_fields = ["current_posts"]


class AppointmentQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(start_date__lte=on) | Q(start_date__isnull=True)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=on)
        )


class Appointment(Orderable):
    """Who held which post in which unit, from when to when (no end date: still in post)."""

    person = ParentalKey(Person, related_name="appointments", on_delete=models.CASCADE)
    unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị"),
        on_delete=models.PROTECT,
        related_name="appointments",
    )
    position = models.ForeignKey(
        Position, verbose_name=_("Chức vụ"), on_delete=models.PROTECT, related_name="appointments"
    )
    start_date = models.DateField(_("Từ ngày"), null=True, blank=True)
    end_date = models.DateField(_("Đến ngày"), null=True, blank=True)
    responsibilities = models.TextField(_("Lĩnh vực phụ trách"), blank=True)
    responsibilities_en = models.TextField(_("Lĩnh vực phụ trách (tiếng Anh)"), blank=True)

    objects = AppointmentQuerySet.as_manager()

    panels = [
        FieldPanel("unit"),
        FieldPanel("position"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("responsibilities"),
        FieldPanel("responsibilities_en"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Chức vụ đảm nhiệm")
        verbose_name_plural = _("Quá trình giữ chức vụ")
        indexes = [models.Index(fields=["unit", "end_date"])]

    def __str__(self):
        return f"{self.position} – {self.unit}"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})

    def is_current(self, on=None):
        on = on or timezone.localdate()
        if isinstance(on, datetime.datetime):
            on = on.date()
        started = self.start_date is None or self.start_date <= on
        return started and (self.end_date is None or self.end_date >= on)
