"""How news is classified: editor-managed categories (chuyên mục) and free tags (thẻ)."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.text import fold, nfc, squash_spaces


class NewsCategory(ResponsibleUnitMixin, index.Indexed, models.Model):
    """Chuyên mục tin: Tin hoạt động, Hội nghị – Hội thảo – Tập huấn, Thông cáo báo chí…

    Editors manage the list (name, address, description, order); every article belongs to one or
    more categories and each category has its own list and feeds at ``/tin-tuc/chuyen-muc/<slug>/``.
    Tick "shows speaker" for the press-statement category (Art. 7.6): its articles then require and
    show the speaker and their position.
    """

    name = models.CharField(_("Tên chuyên mục"), max_length=255, unique=True)
    slug = models.SlugField(
        _("Đường dẫn"),
        max_length=100,
        unique=True,
        help_text=_("Chữ không dấu, nối bằng gạch ngang; dùng trong địa chỉ /tin-tuc/chuyen-muc/…"),
    )
    description = models.TextField(_("Mô tả"), blank=True)
    sort_order = models.PositiveIntegerField(
        _("Thứ tự"), default=100, help_text=_("Số nhỏ đứng trước.")
    )
    shows_speaker = models.BooleanField(
        _("Chuyên mục phát ngôn"),
        default=False,
        help_text=_(
            "Đánh dấu cho chuyên mục Thông cáo báo chí – Phát ngôn: bài viết phải ghi người phát "
            "ngôn và chức vụ."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")],
            heading=_("Chuyên mục"),
        ),
        FieldPanel("description"),
        FieldPanel("shows_speaker"),
        FieldPanel("responsible_unit"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("Chuyên mục tin")
        verbose_name_plural = _("Chuyên mục tin")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(squash_spaces(self.name))
        self.description = nfc(self.description)
        if not self.slug:
            self.slug = slugify(fold(self.name))[:100] or "chuyen-muc"
        super().save(*args, **kwargs)


class NewsTag(TagBase):
    """Thẻ tin: free keywords editors type on an article (``/tin-tuc/the/<slug>/``).

    News keeps its own tag table so its tag addresses are diacritic-free ("chuyen-doi-so") and its
    tag lists never mix with other sections' keywords. Tags are plain keywords, not content, so they
    carry no responsible unit.
    """

    class Meta:
        verbose_name = _("Thẻ tin")
        verbose_name_plural = _("Thẻ tin")
        ordering = ["name"]

    def save(self, *args, **kwargs):
        self.name = nfc(squash_spaces(self.name))
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = slugify(fold(tag)) or "the"
        if i is not None:
            slug += f"-{i}"
        return slug
