"""The news panel of the home page: featured articles and the newest article of each category.

Registered as a ``portal_home_panels`` hook (see docs/architecture.md); home never imports news.
The panel costs a fixed number of queries whatever the number of articles or categories.
"""

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from news.models import NewsCategory, NewsIndexPage, NewsPage

FEATURED_COUNT = 5
PANEL_ORDER = 10


def build_news_panel(request, home_page):
    now = timezone.now()
    listed = NewsPage.objects.listed(now).filter(locale_id=home_page.locale_id)
    featured = list(
        listed.filter(featured_on_home=True).newest_first().for_cards()[:FEATURED_COUNT]
    )
    newest_in_category = listed.filter(categories=OuterRef("pk")).newest_first().values("pk")[:1]
    categories = list(
        NewsCategory.objects.annotate(newest_id=Subquery(newest_in_category)).filter(
            newest_id__isnull=False
        )
    )
    newest = listed.filter(pk__in=[category.newest_id for category in categories]).for_cards()
    by_id = {page.pk: page for page in newest}
    per_category = [
        (category, by_id[category.newest_id])
        for category in categories
        if category.newest_id in by_id
    ]
    if not featured and not per_category:
        return None
    index = (
        NewsIndexPage.objects.live()
        .filter(locale_id=home_page.locale_id)
        .only("id", "title", "url_path", "path", "depth", "locale_id")
        .first()
    )
    index_url = index.get_url(request) if index else ""
    return {
        "order": PANEL_ORDER,
        "template": "news/home_panel.html",
        "featured": featured,
        "per_category": [
            {
                "category": category,
                "article": article,
                "url": f"{index_url}chuyen-muc/{category.slug}/" if index_url else "",
            }
            for category, article in per_category
        ],
        "index_url": index_url,
    }
