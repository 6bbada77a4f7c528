"""The generate_news benchmark command: many plausible live articles, fast, tree intact."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from news.models import NewsPage


@pytest.mark.django_db
def test_generate_news_creates_live_listed_articles(client, home_page):
    from tests.news.factories import article, news_index

    index = news_index(home_page)
    out = io.StringIO()
    call_command("generate_news", "120", "--seed", "3", stdout=out)
    assert "Đã tạo 120 bài viết" in out.getvalue()
    assert NewsPage.objects.child_of(index).live().count() == 120
    assert Page.find_problems() == ([], [], [], [], [])
    response = client.get("/tin-tuc/")
    assert response.context["articles"].paginator.count == 120
    generated = NewsPage.objects.first()
    assert client.get(generated.url).status_code == 200
    assert generated.categories.exists() and generated.tags.exists()
    # the tree stays usable: a normal article can still be added after the bulk ones
    later = article(index, "Tin viết sau khi sinh dữ liệu")
    assert client.get(later.url).status_code == 200
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_generate_news_can_fill_the_search_index(home_page):
    from tests.news.factories import news_index

    news_index(home_page)
    call_command("generate_news", "5", "--seed", "9", "--search-index", stdout=io.StringIO())
    word = NewsPage.objects.first().title.split()[0]
    assert NewsPage.objects.live().search(word).count() >= 1


@pytest.mark.django_db
def test_generate_news_without_news_section_explains_itself():
    with pytest.raises(CommandError, match="Chưa có trang Tin tức"):
        call_command("generate_news", "3", stdout=io.StringIO())
