"""RSS 2.0 and Atom feeds of the news lists (Django's syndication framework).

Each list of the news index (all, a category, a tag, a month) has both feeds with the same articles;
``NewsIndexPage.respond`` builds them here.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

AGENCY = "Sở Nội vụ tỉnh Hưng Yên"


class NewsFeed(Feed):
    """A feed over a given list of articles (the page decides which)."""

    feed_type = Rss201rev2Feed
    language = "vi"
    author_name = AGENCY
    feed_copyright = f"© {AGENCY}"

    def __init__(self, *, title, link, description, items, feed_url, request):
        super().__init__()
        self._title = title
        self._link = link
        self._description = description
        self._items = items
        self._feed_url = feed_url
        self._request = request

    def title(self):
        return self._title

    def link(self):
        return self._link

    def description(self):
        return self._description

    def subtitle(self):
        return self._description

    def feed_url(self):
        return self._feed_url

    def items(self):
        return self._items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self._request)

    def item_guid(self, item):
        return item.get_full_url(self._request)

    def item_pubdate(self, item):
        return item.display_date

    def item_updateddate(self, item):
        return item.last_published_at or item.display_date

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed


FEED_CLASSES = {"rss": NewsFeed, "atom": NewsAtomFeed}


def news_feed_response(request, *, kind, title, link, description, items):
    feed = FEED_CLASSES[kind](
        title=title,
        link=link,
        description=description,
        items=items,
        feed_url=request.build_absolute_uri(request.path),
        request=request,
    )
    return feed(request)
