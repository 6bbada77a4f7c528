"""Admin for news categories and tags, and the news panel of the home page."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from news.models import NewsCategory, NewsTag
from news.panels import build_news_panel


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    menu_label = "Chuyên mục tin"
    list_display = ["name", "slug", "sort_order", "shows_speaker", "responsible_unit"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class NewsTagViewSet(SnippetViewSet):
    model = NewsTag
    icon = "tag"
    menu_label = "Thẻ tin"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class NewsGroup(SnippetViewSetGroup):
    menu_label = "Tin tức"
    menu_icon = "doc-full"
    menu_order = 220
    items = (NewsCategoryViewSet, NewsTagViewSet)


register_snippet(NewsGroup)


@hooks.register("portal_home_panels")
def news_home_panel(request, home_page):
    return build_news_panel(request, home_page)


@hooks.register("portal_role_permissions")
def role_permissions():
    """News categories: writers pick them, the editorial board manages them."""
    from portal.roles import model_perms

    return {
        "editor": model_perms("news.newscategory", "view"),
        "board": model_perms("news.newscategory", "view", "add", "change"),
        "board_head": model_perms("news.newscategory", "view", "add", "change", "delete"),
    }
