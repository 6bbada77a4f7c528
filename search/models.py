"""The site search page at /tim-kiem/."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.pagination import paginate
from portal.text import nfc, squash_spaces

MAX_QUERY_LENGTH = 200


class SearchPage(ResponsibleUnitMixin, Page):
    """Tìm kiếm: the full-text search over the whole portal (Decree 43/2011 Art. 15).

    Editors only set the title and help text; results come from every public page type.
    """

    intro = models.TextField(_("Hướng dẫn tìm kiếm"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("responsible_unit")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Trang tìm kiếm")
        verbose_name_plural = _("Trang tìm kiếm")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        raw = squash_spaces(nfc(request.GET.get("q", "").replace("\x00", "")))
        truncated = len(raw) > MAX_QUERY_LENGTH
        query = raw[:MAX_QUERY_LENGTH]
        results = None
        if query:
            site_root = self.get_site().root_page.localized
            pages = Page.objects.live().public().descendant_of(site_root).specific()
            results = paginate(request, pages.search(query), per_page=10)
        context.update({"query": query, "truncated": truncated, "results": results})
        return context
