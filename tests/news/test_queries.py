"""Lists, articles and the home panel cost a fixed number of queries, whatever the volume."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage, NewsRelatedLink
from news.synthetic import generate_articles
from tests.news import factories as f

pytestmark = pytest.mark.django_db


def count_queries(client, path):
    client.get(path)  # warm: renditions are generated on first view, caches filled
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response


def with_images(pages, ctx_image):
    for page in pages:
        page.featured_image = ctx_image
        page.save(update_fields=["featured_image"])


@pytest.fixture
def image():
    from portal.demo import DemoContext

    return DemoContext().image("Ảnh thử nghiệm tin tức", width=640, height=360)


def test_index_queries_same_for_5_20_and_500_articles(client, index, image):
    generate_articles(5, index=index, seed=1)
    NewsPage.objects.update(featured_image=image)
    five, response = count_queries(client, "/tin-tuc/")
    assert response.content.decode().count("<picture>") == 5

    generate_articles(15, index=index, seed=6)
    NewsPage.objects.update(featured_image=image)
    small, response = count_queries(client, "/tin-tuc/")
    assert len(response.context["articles"]) == 20
    assert small == five  # no query per article or per image

    generate_articles(480, index=index, seed=2)
    NewsPage.objects.update(featured_image=image)
    large, response = count_queries(client, "/tin-tuc/")
    assert response.context["articles"].paginator.count == 500
    assert large == small
    # filtered lists as well
    category, _ = count_queries(client, "/tin-tuc/chuyen-muc/chuyen-doi-so/")
    later_page, _ = count_queries(client, "/tin-tuc/?page=20")
    assert later_page == small
    assert category <= small + 1  # + looking the category up


def test_list_images_are_responsive_and_lazy(client, index, image):
    generate_articles(3, index=index, seed=3)
    NewsPage.objects.update(featured_image=image)
    html = client.get("/tin-tuc/").content.decode()
    assert html.count("<picture>") == 3
    assert 'type="image/webp"' in html and "srcset=" in html
    assert ".jpg" in html or ".jpeg" in html  # the JPEG fallback
    # the first card is above the fold, the others load lazily
    assert html.count('loading="lazy"') == 2


def test_article_queries_do_not_grow_with_related_articles(client, index, image):
    shared = f.category("Chuyển đổi số")
    page = f.article(index, "Bài chính", categories=[shared], tags=["số hóa"])
    page.featured_image = image
    page.save_revision().publish()
    few = [
        f.article(index, f"Liên quan {n}", categories=[shared], days_ago=n + 1) for n in range(2)
    ]
    with_images(few, image)
    NewsRelatedLink.objects.create(page=page, related_page=few[0], sort_order=0)
    small, response = count_queries(client, page.url)
    assert len(response.context["related_articles"]) == 2

    many = [
        f.article(index, f"Tin thêm {n}", categories=[shared], tags=["số hóa"], days_ago=n + 3)
        for n in range(12)
    ]
    with_images(many, image)
    for order, other in enumerate(many[:6], start=1):
        NewsRelatedLink.objects.create(page=page, related_page=other, sort_order=order)
    large, response = count_queries(client, page.url)
    assert len(response.context["related_articles"]) == 7 + 5  # manual + five automatic
    assert large == small


def test_home_panel_queries_do_not_grow_with_articles_or_categories(client, index, image):
    generate_articles(30, index=index, seed=4)
    NewsPage.objects.filter(pk__in=NewsPage.objects.values("pk")[:3]).update(featured_on_home=True)
    NewsPage.objects.update(featured_image=image)
    small, response = count_queries(client, "/")
    assert "Tin mới theo chuyên mục" in response.content.decode()

    for number in range(8):
        extra = f.category(f"Chuyên mục thêm {number}")
        f.article(index, f"Tin của chuyên mục {number}", categories=[extra], featured_on_home=True)
    generate_articles(400, index=index, seed=5)
    NewsPage.objects.update(featured_image=image)
    large, response = count_queries(client, "/")
    html = response.content.decode()
    assert "Chuyên mục thêm 7" in html
    assert large == small


def test_home_panel_shows_featured_and_newest_per_category(client, index):
    activity = f.category("Tin hoạt động", sort_order=1)
    digital = f.category("Chuyển đổi số", sort_order=2)
    f.article(index, "Tin hoạt động cũ", categories=[activity], days_ago=10)
    f.article(index, "Tin hoạt động mới", categories=[activity], days_ago=1)
    f.article(index, "Tin số hóa", categories=[digital], days_ago=5, featured_on_home=True)
    f.future_article(index, "Tin tương lai", categories=[digital], featured_on_home=True)
    f.draft_article(index, "Tin nháp nổi bật", categories=[activity], featured_on_home=True)
    response = client.get("/")
    panel = next(p for p in response.context["home_panels"] if p["template"].startswith("news/"))
    assert [a.title for a in panel["featured"]] == ["Tin số hóa"]
    assert [(i["category"].name, i["article"].title) for i in panel["per_category"]] == [
        ("Tin hoạt động", "Tin hoạt động mới"),
        ("Chuyển đổi số", "Tin số hóa"),
    ]
    html = response.content.decode()
    assert 'href="/tin-tuc/chuyen-muc/chuyen-doi-so/"' in html
    assert "Tin tương lai" not in html and "Tin nháp nổi bật" not in html


def test_home_has_no_news_panel_without_articles(client, index):
    response = client.get("/")
    assert response.status_code == 200
    assert not [p for p in response.context["home_panels"] if p["template"].startswith("news/")]
