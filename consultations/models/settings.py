"""Site settings of the consultation section (Settings → Lấy ý kiến dự thảo)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_MINIMUM_WINDOW_DAYS = 30


@register_setting(icon="comment")
class ConsultationSettings(BaseSiteSetting):
    """Rules editors are reminded of when they schedule a consultation."""

    minimum_window_days = models.PositiveSmallIntegerField(
        _("Thời gian lấy ý kiến tối thiểu (ngày)"),
        default=DEFAULT_MINIMUM_WINDOW_DAYS,
        help_text=_(
            "Khi thời gian từ lúc mở đến lúc đóng lấy ý kiến ngắn hơn số ngày này, trang quản trị "
            "hiển thị cảnh báo khi lưu dự thảo."
        ),
    )

    panels = [FieldPanel("minimum_window_days")]

    class Meta:
        verbose_name = _("Lấy ý kiến dự thảo")
