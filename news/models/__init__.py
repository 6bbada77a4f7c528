from .mixins import PressStatementMixin, SourceAttributionMixin
from .pages import NewsAuthor, NewsIndexPage, NewsPage, NewsPageTag, NewsRelatedLink
from .taxonomy import NewsCategory, NewsTag

__all__ = [
    "NewsAuthor",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "NewsRelatedLink",
    "NewsTag",
    "PressStatementMixin",
    "SourceAttributionMixin",
]
