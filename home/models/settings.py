"""Per-site settings shown in the header and footer (Circular 32/2017: agency, person responsible,
address, phone, email, copyright; Decree 43/2011 Art. 15: links to other state portals)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Thông tin cơ quan: agency identity, contacts, responsibility line and the site-wide notice."""

    site_title = models.CharField(
        _("Tên trang"), max_length=255, default="Trang thông tin điện tử Sở Nội vụ tỉnh Hưng Yên"
    )
    agency_name = models.CharField(
        _("Tên đầy đủ của cơ quan"), max_length=255, default="Sở Nội vụ tỉnh Hưng Yên"
    )
    parent_agency = models.CharField(
        _("Cơ quan chủ quản"), max_length=255, default="Ủy ban nhân dân tỉnh Hưng Yên"
    )
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Quốc huy / biểu trưng"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=64, blank=True)
    fax = models.CharField(_("Fax"), max_length=64, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("Người chịu trách nhiệm nội dung"),
        max_length=255,
        blank=True,
        help_text=_("Họ tên và chức vụ, ví dụ: Trưởng Ban Biên tập – Phó Giám đốc Sở …"),
    )
    licence = models.CharField(_("Giấy phép"), max_length=255, blank=True)
    copyright = models.CharField(
        _("Bản quyền"), max_length=255, default="© Sở Nội vụ tỉnh Hưng Yên"
    )
    public_services_url = models.URLField(
        _("Cổng dịch vụ công"),
        blank=True,
        default="https://dichvucong.hungyen.gov.vn",
        help_text=_("Địa chỉ Cổng dịch vụ công trực tuyến của tỉnh."),
    )

    notice_text = models.CharField(
        _("Thông báo toàn trang"),
        max_length=500,
        blank=True,
        help_text=_(
            "Ví dụ lịch bảo trì hệ thống. Lịch tạm ngừng có kế hoạch phải thông báo trước ít nhất "
            "7 ngày làm việc."
        ),
    )
    notice_starts_at = models.DateTimeField(_("Hiển thị từ"), null=True, blank=True)
    notice_ends_at = models.DateTimeField(_("Hiển thị đến"), null=True, blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_title"),
                FieldPanel("agency_name"),
                FieldPanel("parent_agency"),
                FieldPanel("emblem"),
            ],
            heading=_("Cơ quan"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("fax"),
                FieldPanel("email"),
                FieldPanel("public_services_url"),
            ],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("responsible_person"), FieldPanel("licence"), FieldPanel("copyright")],
            heading=_("Chân trang"),
        ),
    ]
    link_panels = [InlinePanel("portal_links", label=_("Liên kết cổng thông tin khác"))]
    notice_panels = [
        MultiFieldPanel(
            [
                FieldPanel("notice_text"),
                FieldPanel("notice_starts_at"),
                FieldPanel("notice_ends_at"),
            ],
            heading=_("Thông báo toàn trang"),
        )
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(panels, heading=_("Thông tin cơ quan")),
            ObjectList(link_panels, heading=_("Liên kết")),
            ObjectList(notice_panels, heading=_("Thông báo")),
        ]
    )

    class Meta:
        verbose_name = _("Thông tin cơ quan")

    def clean(self):
        super().clean()
        if self.notice_text:
            errors = {}
            if not self.notice_starts_at:
                errors["notice_starts_at"] = _("Cần thời điểm bắt đầu hiển thị thông báo.")
            if not self.notice_ends_at:
                errors["notice_ends_at"] = _("Cần thời điểm kết thúc hiển thị thông báo.")
            if (
                self.notice_starts_at
                and self.notice_ends_at
                and self.notice_ends_at <= self.notice_starts_at
            ):
                errors["notice_ends_at"] = _("Thời điểm kết thúc phải sau thời điểm bắt đầu.")
            if errors:
                raise ValidationError(errors)

    def active_notice(self, now=None):
        """The notice text while ``now`` is inside its window, else an empty string."""
        if not (self.notice_text and self.notice_starts_at and self.notice_ends_at):
            return ""
        now = now or timezone.now()
        return self.notice_text if self.notice_starts_at <= now < self.notice_ends_at else ""

    @property
    def current_notice(self):
        return self.active_notice()


class PortalLink(Orderable):
    """A link to another state portal, shown in the footer (Decree 43/2011 Art. 15)."""

    settings = ParentalKey(SiteSettings, related_name="portal_links", on_delete=models.CASCADE)
    title = models.CharField(_("Tên"), max_length=255)
    url = models.URLField(_("Địa chỉ"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("Liên kết")
        verbose_name_plural = _("Liên kết")

    def __str__(self):
        return self.title
