"""The article page: byline, dates, images, related articles, tags, print and save; page rules."""

import datetime
import unicodedata

import pytest
from django.utils import timezone

from contacts.models import Person
from news.models import NewsAuthor, NewsIndexPage, NewsPage, NewsRelatedLink, NewsTag
from tests.news import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    from portal.demo import DemoContext

    return DemoContext().image("Ảnh bài viết thử nghiệm", width=640, height=360)


def test_article_page_shows_its_parts(client, index, image):
    category = f.category("Hội nghị – Hội thảo – Tập huấn")
    page = f.article(
        index,
        "Tập huấn nghiệp vụ văn thư",
        categories=[category],
        tags=["văn thư lưu trữ", "tập huấn"],
        authors=["Minh Châu", "Hoàng Lan"],
        lead="Gần 300 công chức cấp xã được tập huấn.",
        featured_image=image,
        featured_image_caption="Quang cảnh lớp tập huấn",
        featured_image_credit="Văn phòng Sở",
        body=[{"type": "paragraph", "value": "<p>Nội dung chi tiết của lớp tập huấn.</p>"}],
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Tập huấn nghiệp vụ văn thư</h1>" in html
    assert "Gần 300 công chức cấp xã được tập huấn." in html
    assert "Nội dung chi tiết của lớp tập huấn." in html
    assert 'Quang cảnh lớp tập huấn <span class="credit">(Ảnh: Văn phòng Sở)</span>' in html
    assert 'alt="Quang cảnh lớp tập huấn"' in html  # caption stands in for missing alt text
    assert 'type="image/webp"' in html and "srcset=" in html
    assert "Minh Châu, Hoàng Lan" in html
    assert 'href="/tin-tuc/chuyen-muc/hoi-nghi-hoi-thao-tap-huan/"' in html
    assert 'href="/tin-tuc/the/van-thu-luu-tru/" rel="tag">văn thư lưu trữ</a>' in html
    assert 'href="/tin-tuc/tap-huan-nghiep-vu-van-thu' in html  # breadcrumbs end on the page


def test_display_date_defaults_to_first_publication_and_can_be_changed(client, index):
    page = f.article(index, "Tin không ghi ngày")
    assert page.display_date == page.first_published_at
    chosen = timezone.make_aware(datetime.datetime(2026, 1, 15, 8, 30))
    page.display_date = chosen
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.display_date == chosen
    assert page.first_published_at != chosen
    assert "15/01/2026 08:30" in client.get(page.url).content.decode()


def test_titles_and_text_are_stored_in_nfc(index):
    decomposed = unicodedata.normalize("NFD", "Hội nghị Công đoàn")
    page = f.article(
        index,
        decomposed,
        lead=unicodedata.normalize("NFD", "Tóm tắt tiếng Việt"),
        tags=[unicodedata.normalize("NFD", "Công đoàn")],
    )
    page.refresh_from_db()
    assert page.title == "Hội nghị Công đoàn"
    assert page.lead == "Tóm tắt tiếng Việt"
    assert NewsTag.objects.get(slug="cong-doan").name == "Công đoàn"


def test_byline_links_a_directory_person_when_the_directory_has_a_page(client, index, monkeypatch):
    person = Person.objects.create(full_name="Nguyễn Văn Bình", live=True)
    page = f.article(index, "Tin có tác giả", authors=[NewsAuthor(person=person), "Thu Trang"])
    html = client.get(page.url).content.decode()
    assert "Nguyễn Văn Bình, Thu Trang" in html
    monkeypatch.setattr(
        Person, "get_absolute_url", lambda self: f"/danh-ba/can-bo/{self.pk}/", raising=False
    )
    html = client.get(page.url).content.decode()
    assert f'<a href="/danh-ba/can-bo/{person.pk}/">Nguyễn Văn Bình</a>' in html


def test_author_needs_a_name_or_a_person():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        NewsAuthor(name=" ").clean()
    assert "name" in error.value.message_dict


def test_related_articles_manual_first_then_same_category_or_tag_newest_first(index):
    digital = f.category("Chuyển đổi số")
    other = f.category("Tin hoạt động")
    page = f.article(index, "Bài chính", categories=[digital], tags=["lưu trữ"], days_ago=3)
    old_same_category = f.article(index, "Cùng chuyên mục cũ", categories=[digital], days_ago=30)
    new_same_tag = f.article(
        index, "Cùng thẻ mới", categories=[other], tags=["lưu trữ"], days_ago=1
    )
    unrelated = f.article(index, "Không liên quan", categories=[other], days_ago=2)
    f.draft_article(index, "Nháp cùng chuyên mục", categories=[digital])
    f.future_article(index, "Tương lai cùng chuyên mục", categories=[digital])
    NewsRelatedLink.objects.create(page=page, related_page=unrelated, sort_order=0)
    titles = [a.title for a in NewsPage.objects.get(pk=page.pk).related_articles()]
    assert titles == ["Không liên quan", "Cùng thẻ mới", "Cùng chuyên mục cũ"]
    assert old_same_category.title in titles and new_same_tag.title in titles


def test_related_articles_are_capped_at_five_automatic(index):
    digital = f.category("Chuyển đổi số")
    page = f.article(index, "Bài chính", categories=[digital])
    for number in range(8):
        f.article(index, f"Bài {number}", categories=[digital], days_ago=number + 1)
    assert [a.title for a in page.related_articles()] == [f"Bài {n}" for n in range(5)]


def test_print_view_has_no_site_chrome(client, index):
    page = f.article(
        index,
        "Thông báo tuyển dụng",
        body=[{"type": "paragraph", "value": "<p>Chi tiết thông báo.</p>"}],
    )
    response = client.get(page.url + "in/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thông báo tuyển dụng" in html and "Chi tiết thông báo." in html
    assert "portal/css/print.css" in html
    assert 'name="robots" content="noindex"' in html
    for chrome in ('class="site-header"', 'class="main-nav', 'class="site-footer"', "skip-link"):
        assert chrome not in html
    assert f"Địa chỉ bài viết: http://testserver{page.url}" in html
    # the article page links to its print view
    assert f'href="{page.url}in/"' in client.get(page.url).content.decode()


def test_save_downloads_a_standalone_html_file(client, index):
    page = f.article(index, "Thông báo tuyển dụng")
    response = client.get(page.url + "tai-ve/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.html"'
    html = response.content.decode()
    assert f'<base href="http://testserver{page.url}">' in html
    assert "Thông báo tuyển dụng" in html


@pytest.mark.parametrize(
    "query", ["abc", "-1", "0", "", "1.5", "99999", "%00", "1e3", "9" * 40, "2&page=abc"]
)
@pytest.mark.parametrize("path", ["/tin-tuc/", "/tin-tuc/chuyen-muc/tin-hoat-dong/"])
def test_bad_page_numbers_never_give_a_500(client, index, path, query):
    for number in range(3):
        f.article(index, f"Tin {number}", days_ago=number + 1)
    response = client.get(f"{path}?page={query}")
    assert response.status_code in (200, 404)
    if response.status_code == 200:
        assert response.context["articles"].number == 1


def test_page_past_the_end_is_404_and_second_page_works(client, index):
    from news.synthetic import generate_articles

    generate_articles(25, index=index, seed=7)
    assert client.get("/tin-tuc/?page=3").status_code == 404
    response = client.get("/tin-tuc/?page=2")
    assert len(response.context["articles"]) == 5
    assert 'href="?page=1"' in response.content.decode()


def test_page_types_hang_where_they_belong(home_page, index):
    assert NewsIndexPage in home_page.specific_class.allowed_subpage_models()
    assert index.specific_class.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert not NewsIndexPage.can_create_at(home_page)  # one news section per site


def test_admin_lists_categories_and_tags(admin_client, index):
    f.category("Chuyển đổi số")
    f.article(index, "Tin có thẻ", tags=["số hóa"])
    assert (
        "Chuyển đổi số" in admin_client.get("/admin/snippets/news/newscategory/").content.decode()
    )
    assert "số hóa" in admin_client.get("/admin/snippets/news/newstag/").content.decode()
    response = admin_client.get(f"/admin/pages/add/news/newspage/{index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Sapo (tóm tắt)", "Bài đăng lại từ nguồn khác", "Người phát ngôn", "Chuyên mục"):
        assert label in html
