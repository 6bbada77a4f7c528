"""The site root, the introduction subtree and the human-readable sitemap (Art. 7.1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from contacts.blocks import directory_blocks
from contacts.models import ResponsibleUnitMixin
from portal.blocks import body_blocks

HOME_PANELS_HOOK = "portal_home_panels"


class HomePage(ResponsibleUnitMixin, Page):
    """Trang chủ: the root of the portal (one per site and language).

    Editors set the welcome text; the sections below it (news, documents, consultations…) fill the
    rest of the home page from their own content: each registers a ``portal_home_panels`` hook
    returning ``{"order": int, "template": str, ...}`` (or None), so home never imports a section.
    """

    intro = models.TextField(
        _("Lời giới thiệu"),
        blank=True,
        help_text=_("Một hai câu giới thiệu cơ quan, hiển thị đầu trang chủ."),
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Nội dung thêm"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.SitemapPage",
        "search.SearchPage",
        "contacts.DirectoryPage",
        "contacts.SchedulePage",
        "news.NewsIndexPage",
        "consultations.ConsultationIndexPage",
        "legal_docs.LegalDocumentIndexPage",
        "services.ProcedureIndexPage",
        "services.QuestionIndexPage",
    ]

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("body")], heading=_("Nội dung trang chủ")),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Trang chủ")
        verbose_name_plural = _("Trang chủ")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per site: only directly under the tree root, and only while none exists.
        # Translations (English) are copies made by Wagtail's translation action, not new pages.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        panels = []
        for build_panel in hooks.get_hooks(HOME_PANELS_HOOK):
            panel = build_panel(request, self)
            if panel:
                panels.append(panel)
        context["home_panels"] = sorted(panels, key=lambda panel: panel.get("order", 100))
        context["sections"] = (
            self.get_children()
            .live()
            .public()
            .in_menu()
            .only(
                "id",
                "title",
                "slug",
                "url_path",
                "seo_title",
                "search_description",
                "path",
                "depth",
                "locale_id",
            )
        )
        return context


class StandardPage(ResponsibleUnitMixin, Page):
    """A page of text for the introduction subtree (Giới thiệu, Chức năng nhiệm vụ, Cơ cấu tổ chức,
    Lịch sử hình thành, Lãnh đạo Sở…) and any other static information page."""

    intro = models.TextField(_("Tóm tắt"), blank=True, help_text=_("Đoạn mở đầu, in đậm."))
    body = StreamField(body_blocks(directory_blocks()), blank=True, verbose_name=_("Nội dung"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Trang nội dung")
        verbose_name_plural = _("Trang nội dung")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = (
            self.get_children()
            .live()
            .public()
            .only(
                "id",
                "title",
                "slug",
                "url_path",
                "search_description",
                "path",
                "depth",
                "locale_id",
            )
        )
        return context


class SitemapPage(ResponsibleUnitMixin, Page):
    """Sơ đồ trang: lists every live public page of the site as a nested outline (Circular 32/2017)."""

    intro = models.TextField(_("Lời dẫn"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("responsible_unit")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Sơ đồ trang")
        verbose_name_plural = _("Sơ đồ trang")

    def tree(self, max_depth=None):
        """Live public pages under the site root, in tree order, as ``(page, level)`` pairs."""
        root = self.get_site().root_page.localized if self.get_site() else self.get_parent()
        pages = (
            root.get_descendants()
            .live()
            .public()
            .order_by("path")
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        )
        if max_depth:
            pages = pages.filter(depth__lte=root.depth + max_depth)
        return [(page, page.depth - root.depth) for page in pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = self.tree()
        return context
