"""Template tags for the site chrome: menu, breadcrumbs, Vietnamese dates, file sizes."""

import datetime

from django import template
from django.utils import timezone
from wagtail.models import Page, Site

register = template.Library()

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def _site_root(request):
    """The site root in the active language (cached on the request)."""
    cached = getattr(request, "_portal_site_root", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    root = site.root_page.localized if site else None
    if request is not None:
        request._portal_site_root = root
    return root


@register.simple_tag(takes_context=True)
def site_root(context):
    request = context.get("request")
    return _site_root(request) if request else None


@register.inclusion_tag("includes/nav.html", takes_context=True)
def main_menu(context):
    """Trang chủ, then the live public pages of the first level marked "show in menus"."""
    request = context.get("request")
    current = context.get("page") or context.get("self")
    root = _site_root(request) if request else None
    items = []
    if root is not None:
        items = list(
            root.get_children()
            .live()
            .public()
            .in_menu()
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        )
    current_path = getattr(current, "path", "") or ""
    entries = []
    if root is not None:
        entries.append(
            {
                "title": "Trang chủ",
                "url": root.get_url(request=request),
                "active": current_path == root.path,
            }
        )
    for item in items:
        entries.append(
            {
                "title": item.title,
                "url": item.get_url(request=request),
                "active": bool(current_path) and current_path.startswith(item.path),
            }
        )
    return {"entries": entries, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """Ancestors of ``page`` from the site root; ``extra`` is a final ``[(title, url)]`` trail."""
    request = context.get("request")
    page = page or context.get("page")
    crumbs = []
    if page is not None and getattr(page, "depth", 0) > 1:
        ancestors = (
            Page.objects.ancestor_of(page, inclusive=True)
            .filter(depth__gt=1)
            .only("id", "title", "url_path", "path", "depth", "locale_id")
            .order_by("depth")
        )
        for ancestor in ancestors:
            title = "Trang chủ" if ancestor.depth == 2 else ancestor.title
            crumbs.append({"title": title, "url": ancestor.get_url(request=request)})
    for title, url in extra or []:
        crumbs.append({"title": title, "url": url})
    if len(crumbs) < 2:
        return {"crumbs": []}
    return {"crumbs": crumbs}


@register.filter
def vn_date(value, with_time=False):
    """dd/mm/yyyy (and HH:MM in local time when ``with_time``)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")
    return value.strftime("%d/%m/%Y")


@register.filter
def vn_weekday(value):
    """Thứ Hai … Chủ nhật."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return WEEKDAYS[value.weekday()]


@register.filter
def filesize_vi(num_bytes):
    """Human file size with a Vietnamese decimal comma: 1,2 MB."""
    try:
        size = float(num_bytes)
    except (TypeError, ValueError):
        return ""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            text = f"{size:.0f}" if unit == "B" else f"{size:.1f}"
            return f"{text.replace('.', ',')} {unit}"
        size /= 1024
    return ""


@register.filter
def file_extension(filename):
    name = str(filename or "")
    return name.rsplit(".", 1)[-1].upper() if "." in name else ""
