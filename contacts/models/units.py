"""Units of the department: Ban Giám đốc, phòng, ban, chi cục, trung tâm… as a tree of any depth."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from portal.text import fold


class UnitKind(models.TextChoices):
    LEADERSHIP = "leadership", _("Ban Giám đốc")
    OFFICE = "office", _("Văn phòng")
    INSPECTORATE = "inspectorate", _("Thanh tra")
    DIVISION = "division", _("Phòng")
    BOARD = "board", _("Ban")
    SUB_DEPARTMENT = "sub_department", _("Chi cục")
    CENTRE = "centre", _("Trung tâm")
    PUBLIC_SERVICE = "public_service", _("Đơn vị sự nghiệp")


class Unit(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    """Đơn vị: an office, division, board, sub-department or centre of the department.

    Editors keep each unit's functions and official contacts here (Art. 7.7); every page and
    public snippet names the unit responsible for it (``ResponsibleUnitMixin``).
    """

    name = models.CharField(_("Tên đơn vị"), max_length=255)
    short_name = models.CharField(_("Tên viết tắt"), max_length=64, blank=True)
    name_en = models.CharField(
        _("Tên tiếng Anh"), max_length=255, blank=True, help_text=_("Cho trang tiếng Anh.")
    )
    slug = models.SlugField(_("Đường dẫn"), max_length=100, unique=True, allow_unicode=False)
    kind = models.CharField(_("Loại đơn vị"), max_length=32, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    functions = RichTextField(_("Chức năng, nhiệm vụ"), blank=True)
    functions_en = RichTextField(_("Chức năng, nhiệm vụ (tiếng Anh)"), blank=True)
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=64, blank=True)
    fax = models.CharField(_("Fax"), max_length=64, blank=True)
    email = models.EmailField(_("Hòm thư công vụ"), blank=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự hiển thị"), default=100)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("short_name"),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("parent"),
                FieldPanel("sort_order"),
            ],
            heading=_("Đơn vị"),
        ),
        FieldPanel("functions"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Liên hệ"),
        ),
        MultiFieldPanel(
            [FieldPanel("name_en"), FieldPanel("functions_en")], heading=_("Tiếng Anh")
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.SearchField("functions"),
        index.FilterField("live"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("Đơn vị")
        verbose_name_plural = _("Đơn vị")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(fold(self.short_name or self.name))[:100] or "don-vi"
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        ancestor = self.parent
        seen = set()
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("Đơn vị không thể trực thuộc chính nó.")})
            if ancestor.pk in seen:
                break
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    # -- public address and site search (docs/search.md) ---------------------------------------
    search_section_label = _("Danh bạ đơn vị")

    def get_absolute_url(self):
        """The unit's page in the directory, or "" while the directory is not published."""
        from contacts.models.directory import DirectoryPage

        directory_url = DirectoryPage.public_url()
        return f"{directory_url}don-vi/{self.slug}/" if directory_url and self.live else ""

    def get_search_url(self, request=None):
        return self.get_absolute_url()

    @classmethod
    def search_public_queryset(cls):
        """Units have a public address only while the directory is published."""
        from contacts.models.directory import DirectoryPage

        return cls.objects.all() if DirectoryPage.public_url() else cls.objects.none()

    def ancestors(self):
        """From the top unit down to the parent of this unit."""
        chain = []
        unit = self.parent
        while unit is not None and unit not in chain:
            chain.insert(0, unit)
            unit = unit.parent
        return chain
