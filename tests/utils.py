"""Helpers for building page trees in tests."""

from django.utils.text import slugify

from portal.text import fold


def add_page(parent, page_class, title="Trang thử nghiệm", live=True, slug=None, **fields):
    """Create ``page_class`` under ``parent``; published unless ``live=False`` (then a draft)."""
    page = page_class(
        title=title, slug=slug or slugify(fold(title)) or "trang", live=live, **fields
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page
