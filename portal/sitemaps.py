"""sitemap.xml over every language tree of the site (Vietnamese and English)."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Wagtail's sitemap lists the default-language tree only; this one adds its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        pages = Page.objects.none()
        for tree_root in roots:
            pages = pages | Page.objects.descendant_of(tree_root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()
