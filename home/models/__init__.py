from .pages import HomePage, SitemapPage, StandardPage
from .settings import PortalLink, SiteSettings

__all__ = ["HomePage", "StandardPage", "SitemapPage", "SiteSettings", "PortalLink"]
