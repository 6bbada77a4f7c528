"""Lĩnh vực: the fields of the department's work that procedures and questions belong to.

Each field names the unit that answers citizens' questions about it (``responsible_unit``): this is
the field → unit routing table editors manage (Art. 11.3–11.4: each unit answers within its field).
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.text import fold, nfc


class ServiceField(ResponsibleUnitMixin, index.Indexed, models.Model):
    """Lĩnh vực (thi đua – khen thưởng, tôn giáo, văn thư – lưu trữ…).

    Editors use it to group administrative procedures and to route citizens' questions: a question
    in this field goes to ``responsible_unit``; editors can still reassign a single question.
    """

    name = models.CharField(_("Tên lĩnh vực"), max_length=160, unique=True)
    slug = models.SlugField(
        _("Đường dẫn"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("Dùng trong bộ lọc, ví dụ: thi-dua-khen-thuong. Để trống để tự tạo."),
    )
    description = models.TextField(_("Mô tả ngắn"), blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự hiển thị"), default=100)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")],
            heading=_("Lĩnh vực"),
        ),
        FieldPanel("description"),
        FieldPanel(
            "responsible_unit",
            heading=_("Đơn vị trả lời câu hỏi thuộc lĩnh vực này"),
            help_text=_(
                "Câu hỏi của người dân thuộc lĩnh vực này được chuyển tới đơn vị được chọn."
            ),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("Lĩnh vực")
        verbose_name_plural = _("Lĩnh vực")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        self.description = nfc(self.description)
        if not self.slug:
            self.slug = slugify(fold(self.name))[:80] or "linh-vuc"
        super().save(*args, **kwargs)
