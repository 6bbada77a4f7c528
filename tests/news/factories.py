"""Factories for the news tests: an index, categories, and articles in each state."""

import datetime
import itertools

from django.utils import timezone
from django.utils.text import slugify

from news.models import NewsAuthor, NewsCategory, NewsIndexPage, NewsPage
from portal.text import fold

_counter = itertools.count(1)


def news_index(home_page, **fields):
    existing = NewsIndexPage.objects.child_of(home_page).first()
    if existing:
        return existing
    index = NewsIndexPage(title="Tin tức – Sự kiện", slug="tin-tuc", **fields)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def category(name, slug=None, **fields):
    slug = slug or slugify(fold(name))
    return NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name, **fields})[0]


def press_category():
    return category("Thông cáo báo chí – Phát ngôn", shows_speaker=True)


def article(
    index,
    title=None,
    *,
    categories=None,
    tags=(),
    date=None,
    days_ago=None,
    live=True,
    authors=(),
    **fields,
):
    """A published article (``live=False``: a draft) dated ``date`` or ``days_ago`` days ago."""
    number = next(_counter)
    title = title or f"Bài viết thử nghiệm số {number}"
    if date is None and days_ago is not None:
        date = timezone.now() - datetime.timedelta(days=days_ago)
    page = NewsPage(
        title=title,
        slug=fields.pop("slug", None) or f"{slugify(fold(title))[:60]}-{number}",
        lead=fields.pop("lead", f"Tóm tắt của {title}."),
        display_date=date,
        categories=list(categories or [category("Tin hoạt động")]),
        authors=[
            _in_order(NewsAuthor(name=name) if isinstance(name, str) else name, position)
            for position, name in enumerate(authors)
        ],
        live=live,
        **fields,
    )
    if tags:
        page.tags.add(*tags)
    index.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def future_article(index, title=None, **kwargs):
    """Live, but its display date is tomorrow: not listed yet."""
    return article(index, title, date=timezone.now() + datetime.timedelta(days=1), **kwargs)


def scheduled_article(index, title=None, **kwargs):
    """Approved for publication tomorrow (go_live_at): not live yet."""
    page = article(index, title, live=False, **kwargs)
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def draft_article(index, title=None, **kwargs):
    return article(index, title, live=False, **kwargs)


def _in_order(author, position):
    """Bylines keep the order given, as the editor's drag-and-drop order does in the admin."""
    author.sort_order = position
    return author
