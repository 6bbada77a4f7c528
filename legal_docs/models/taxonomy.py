"""The lists editors manage as snippets: loại văn bản, cơ quan ban hành, lĩnh vực (and the groups).

Seeded by ``load_demo`` with the lists of the national law database; each item has a slug that the
public register uses in bookmarkable filter URLs (``?loai=nghi-dinh&coquan=chinh-phu``).
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.text import fold, nfc, squash_spaces


class DocumentGroup(models.TextChoices):
    """Nhóm văn bản: normative legal documents vs. directive and administrative documents."""

    NORMATIVE = "qppl", _("Văn bản quy phạm pháp luật")
    DIRECTIVE = "cddh", _("Văn bản chỉ đạo, điều hành")


class TaxonomyItem(ResponsibleUnitMixin, index.Indexed, models.Model):
    """Shared fields of the three lists: a name, a URL slug and an order."""

    name = models.CharField(_("Tên"), max_length=200, unique=True)
    slug = models.SlugField(
        _("Đường dẫn"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Dùng trong địa chỉ lọc sổ văn bản; để trống để tạo tự động từ tên."),
    )
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=100)

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("slug"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = squash_spaces(nfc(self.name))
        if not self.slug:
            self.slug = slugify(fold(self.name))[:100] or "muc"
        super().save(*args, **kwargs)


class DocumentType(TaxonomyItem):
    """Loại văn bản (Luật, Nghị định, Quyết định, Kế hoạch, Báo cáo…): what editors pick for each
    document and what a register may be limited to."""

    abbreviation = models.CharField(
        _("Chữ viết tắt"), max_length=20, blank=True, help_text=_("Ví dụ: NĐ, QĐ, TT, KH.")
    )
    default_group = models.CharField(
        _("Nhóm mặc định"),
        max_length=8,
        choices=DocumentGroup.choices,
        default=DocumentGroup.DIRECTIVE,
        help_text=_("Nhóm gán cho văn bản loại này khi người soạn không chọn."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("abbreviation"),
                FieldPanel("default_group"),
                FieldPanel("slug"),
                FieldPanel("sort_order"),
            ],
            heading=_("Loại văn bản"),
        ),
        FieldPanel("responsible_unit"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("Loại văn bản")
        verbose_name_plural = _("Loại văn bản")


class IssuingBody(TaxonomyItem):
    """Cơ quan ban hành (Quốc hội, Chính phủ, Thủ tướng Chính phủ, Bộ Nội vụ, HĐND tỉnh, UBND tỉnh,
    Sở Nội vụ…). A document number is unique per issuing body."""

    class Level(models.TextChoices):
        CENTRAL = "central", _("Trung ương")
        PROVINCE = "province", _("Tỉnh")
        DEPARTMENT = "department", _("Sở, ngành")
        LOCAL = "local", _("Cấp xã")

    short_name = models.CharField(_("Tên viết tắt"), max_length=50, blank=True)
    level = models.CharField(_("Cấp"), max_length=16, choices=Level.choices, default=Level.CENTRAL)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("short_name"),
                FieldPanel("level"),
                FieldPanel("slug"),
                FieldPanel("sort_order"),
            ],
            heading=_("Cơ quan ban hành"),
        ),
        FieldPanel("responsible_unit"),
    ]
    search_fields = TaxonomyItem.search_fields + [index.SearchField("short_name")]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("Cơ quan ban hành")
        verbose_name_plural = _("Cơ quan ban hành")


class LegalField(TaxonomyItem):
    """Lĩnh vực (Tổ chức bộ máy, Công chức – viên chức, Thi đua – khen thưởng, Tôn giáo…); a
    document belongs to one or more."""

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")],
            heading=_("Lĩnh vực"),
        ),
        FieldPanel("responsible_unit"),
    ]

    class Meta(TaxonomyItem.Meta):
        verbose_name = _("Lĩnh vực")
        verbose_name_plural = _("Lĩnh vực")
