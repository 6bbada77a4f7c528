"""load_demo's news content."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageTag

REQUIRED_CATEGORIES = [
    "Tin hoạt động",
    "Hội nghị – Hội thảo – Tập huấn",
    "Hoạt động Đảng, Công đoàn, Đoàn thanh niên",
    "Thông cáo báo chí – Phát ngôn",
    "Cải cách hành chính",
    "Chuyển đổi số",
]


def news_snapshot():
    return {
        "articles": NewsPage.objects.count(),
        "categories": NewsCategory.objects.count(),
        "tags": NewsPageTag.objects.count(),
        "revisions": sum(page.revisions.count() for page in NewsPage.objects.all()),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            first = news_snapshot()
            call_command("load_demo", stdout=io.StringIO())
            second = news_snapshot()
            yield first, second
            transaction.set_rollback(True)


@pytest.mark.django_db
def test_demo_news_is_idempotent(demo):
    first, second = demo
    assert first == second
    assert first["articles"] >= 40


@pytest.mark.django_db
def test_demo_news_covers_every_category_and_18_months(demo, client):
    index = NewsIndexPage.objects.get(slug="tin-tuc")
    assert index.show_in_menus and index.live
    articles = list(NewsPage.objects.child_of(index).live().prefetch_related("categories"))
    names = {category.name for page in articles for category in page.categories.all()}
    assert set(REQUIRED_CATEGORIES) <= names
    today = timezone.localdate()
    months = {timezone.localtime(page.display_date).strftime("%Y-%m") for page in articles}
    assert len(months) >= 12
    oldest = min(timezone.localtime(page.display_date).date() for page in articles)
    assert 365 < (today - oldest).days <= 18 * 31
    assert all(page.featured_image_id and page.responsible_unit_id for page in articles)
    assert all(page.tags.exists() for page in articles)
    republished = [page for page in articles if page.is_republished]
    assert len(republished) >= 3
    assert all(page.source_name and page.source_author for page in republished)
    press = [p for p in articles if any(c.shows_speaker for c in p.categories.all())]
    assert press and all(p.speaker_name and p.speaker_position for p in press)
    # the pages answer, and the home page shows the news panel
    assert client.get("/tin-tuc/").status_code == 200
    assert client.get(republished[0].url).status_code == 200
    assert "Tin mới theo chuyên mục" in client.get("/").content.decode()
