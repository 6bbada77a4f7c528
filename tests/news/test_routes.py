"""The index, category, tag and month lists show exactly the right articles."""

import datetime

import pytest
from django.utils import timezone

from tests.news import factories as f

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return [article.title for article in response.context["articles"]]


@pytest.fixture
def world(index):
    """Two categories, two tags, articles in two months, plus a draft, a future-dated and a
    scheduled article that must never be listed."""
    activity = f.category("Tin hoạt động")
    digital = f.category("Chuyển đổi số")
    now = timezone.localtime()
    this_month = now.replace(day=1, hour=0, minute=0, second=1, microsecond=0)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=10)
    return {
        "activity": activity,
        "digital": digital,
        "this_month": this_month,
        "last_month": last_month,
        "a": f.article(
            index,
            "Hội nghị cán bộ",
            categories=[activity],
            tags=["hội nghị"],
            date=this_month,
        ),
        "b": f.article(
            index,
            "Số hóa tài liệu lưu trữ",
            categories=[digital],
            tags=["lưu trữ", "số hóa"],
            date=last_month,
        ),
        "c": f.article(
            index,
            "Tập huấn chữ ký số",
            categories=[activity, digital],
            tags=["số hóa"],
            date=last_month + datetime.timedelta(days=2),
        ),
        "draft": f.draft_article(
            index, "Bản nháp chưa duyệt", categories=[activity, digital], tags=["số hóa"]
        ),
        "future": f.future_article(
            index, title="Tin đặt lịch ngày mai", categories=[activity, digital], tags=["số hóa"]
        ),
        "scheduled": f.scheduled_article(
            index, title="Tin hẹn giờ đăng", categories=[activity, digital], tags=["số hóa"]
        ),
    }


HIDDEN = {"Bản nháp chưa duyệt", "Tin đặt lịch ngày mai", "Tin hẹn giờ đăng"}


def test_index_lists_live_articles_newest_first(client, world):
    assert titles(client.get("/tin-tuc/")) == [
        "Hội nghị cán bộ",
        "Tập huấn chữ ký số",
        "Số hóa tài liệu lưu trữ",
    ]


def test_category_route_lists_only_that_category(client, world):
    assert titles(client.get("/tin-tuc/chuyen-muc/chuyen-doi-so/")) == [
        "Tập huấn chữ ký số",
        "Số hóa tài liệu lưu trữ",
    ]
    assert titles(client.get("/tin-tuc/chuyen-muc/tin-hoat-dong/")) == [
        "Hội nghị cán bộ",
        "Tập huấn chữ ký số",
    ]


def test_tag_route_uses_diacritic_free_slugs(client, world):
    response = client.get("/tin-tuc/the/so-hoa/")
    assert titles(response) == ["Tập huấn chữ ký số", "Số hóa tài liệu lưu trữ"]
    assert "số hóa" in response.content.decode()
    assert titles(client.get("/tin-tuc/the/hoi-nghi/")) == ["Hội nghị cán bộ"]


def test_month_route_uses_local_month_boundaries(client, world):
    last = world["last_month"]
    assert titles(client.get(f"/tin-tuc/{last.year}/{last.month:02d}/")) == [
        "Tập huấn chữ ký số",
        "Số hóa tài liệu lưu trữ",
    ]
    # single-digit months work too
    this = world["this_month"]
    assert titles(client.get(f"/tin-tuc/{this.year}/{this.month}/")) == ["Hội nghị cán bộ"]


def test_article_at_local_midnight_belongs_to_its_local_month(client, index):
    # 00:30 on the 1st in Hà Nội is still the previous month in UTC
    first = timezone.make_aware(datetime.datetime(2026, 3, 1, 0, 30))
    f.article(index, "Tin đầu tháng ba", date=first)
    assert titles(client.get("/tin-tuc/2026/03/")) == ["Tin đầu tháng ba"]
    assert titles(client.get("/tin-tuc/2026/02/")) == []


def test_hidden_articles_never_listed_anywhere(client, world):
    paths = [
        "/tin-tuc/",
        "/tin-tuc/chuyen-muc/chuyen-doi-so/",
        "/tin-tuc/chuyen-muc/tin-hoat-dong/",
        "/tin-tuc/the/so-hoa/",
        f"/tin-tuc/{world['this_month'].year}/{world['this_month'].month:02d}/",
    ]
    for path in paths:
        content = client.get(path).content.decode()
        for title in HIDDEN:
            assert title not in content, (path, title)


def test_sidebar_links_every_category_and_month(client, world):
    content = client.get("/tin-tuc/").content.decode()
    assert 'href="/tin-tuc/chuyen-muc/chuyen-doi-so/"' in content
    last = world["last_month"]
    assert f'href="/tin-tuc/{last.year}/{last.month:02d}/"' in content
    assert 'type="application/rss+xml"' in content and 'href="/tin-tuc/rss/"' in content


@pytest.mark.parametrize(
    "path",
    [
        "/tin-tuc/chuyen-muc/khong-ton-tai/",
        "/tin-tuc/the/khong-ton-tai/",
        "/tin-tuc/2026/13/",
        "/tin-tuc/2026/0/",
        "/tin-tuc/0999/05/",
        "/tin-tuc/chuyen-muc/khong-ton-tai/rss/",
    ],
)
def test_unknown_filters_are_404(client, world, path):
    assert client.get(path).status_code == 404


def test_empty_month_is_an_empty_list_not_an_error(client, world):
    response = client.get("/tin-tuc/2020/01/")
    assert titles(response) == []
    assert "Chưa có bài viết nào" in response.content.decode()
