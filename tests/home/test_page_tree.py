"""The page tree: each page type only under its allowed parents, and each renders in Vietnamese."""

import pytest

from home.models import HomePage, SitemapPage, StandardPage
from search.models import SearchPage

pytestmark = pytest.mark.django_db


def test_migrations_make_a_vietnamese_home_page_the_site_root(site):
    root = site.root_page.specific
    assert isinstance(root, HomePage)
    assert root.locale.language_code == "vi"


def test_only_one_home_page_and_only_under_the_tree_root(home_page, root_page):
    assert not HomePage.can_create_at(root_page)  # one already exists
    assert not HomePage.can_create_at(home_page)


@pytest.mark.parametrize(
    ("page_class", "allowed", "refused"),
    [
        (StandardPage, ["home", "standard"], ["root", "sitemap", "search"]),
        (SitemapPage, ["home"], ["root", "standard", "search"]),
        (SearchPage, ["home"], ["root", "standard", "sitemap"]),
    ],
)
def test_page_types_are_created_only_under_their_parents(
    home_page, root_page, make_page, page_class, allowed, refused
):
    parents = {
        "root": root_page,
        "home": home_page,
        "standard": make_page(home_page, StandardPage, title="Giới thiệu"),
        "sitemap": make_page(home_page, SitemapPage, title="Sơ đồ trang"),
        "search": make_page(home_page, SearchPage, title="Tìm kiếm"),
    }
    for name in allowed:
        target = parents[name]
        if page_class.max_count_per_parent and target.get_children().type(page_class).exists():
            target.get_children().type(page_class).first().delete()
        assert page_class.can_create_at(target), (
            f"{page_class.__name__} should be allowed under {name}"
        )
    for name in refused:
        assert not page_class.can_create_at(parents[name]), (
            f"{page_class.__name__} must not be allowed under {name}"
        )


def test_sitemap_and_search_pages_have_no_children():
    assert SitemapPage.allowed_subpage_models() == []
    assert SearchPage.allowed_subpage_models() == []


def test_every_page_type_renders_its_vietnamese_content(client, home_page, make_page):
    home_page.intro = "Chào mừng đến với Trang thông tin điện tử Sở Nội vụ"
    home_page.save_revision().publish()
    about = make_page(
        home_page,
        StandardPage,
        title="Giới thiệu",
        show_in_menus=True,
        intro="Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
        body=[{"type": "paragraph", "value": "<p>Lịch sử hình thành và phát triển</p>"}],
    )
    sitemap = make_page(home_page, SitemapPage, title="Sơ đồ trang", intro="Toàn bộ các trang")
    search = make_page(home_page, SearchPage, title="Tìm kiếm", intro="Gõ từ khóa cần tìm")

    expectations = [
        (home_page, ["Chào mừng đến với Trang thông tin điện tử Sở Nội vụ", "Giới thiệu"]),
        (about, ["Sở Nội vụ là cơ quan chuyên môn", "Lịch sử hình thành và phát triển"]),
        (sitemap, ["Toàn bộ các trang", "Giới thiệu"]),
        (search, ["Gõ từ khóa cần tìm"]),
    ]
    for page, texts in expectations:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert '<html lang="vi"' in html
        for text in texts:
            assert text in html, (page.url, text)


def test_drafts_are_not_served(client, home_page, make_page):
    draft = make_page(home_page, StandardPage, title="Bản nháp chưa duyệt", live=False)
    assert client.get(f"/{draft.slug}/").status_code == 404


def test_menu_lists_live_pages_marked_for_menus_only(client, home_page, make_page):
    make_page(home_page, StandardPage, title="Giới thiệu", show_in_menus=True)
    make_page(home_page, StandardPage, title="Trang ẩn khỏi menu", show_in_menus=False)
    make_page(home_page, StandardPage, title="Bản nháp trong menu", show_in_menus=True, live=False)
    html = client.get("/").content.decode()
    menu = html.split('aria-label="Menu chính"', 1)[1].split("</nav>", 1)[0]
    assert "Trang chủ" in menu
    assert "Giới thiệu" in menu
    assert "Trang ẩn khỏi menu" not in menu
    assert "Bản nháp trong menu" not in menu


def test_breadcrumbs_show_the_path_from_home(client, home_page, make_page):
    about = make_page(home_page, StandardPage, title="Giới thiệu")
    history = make_page(about, StandardPage, title="Lịch sử hình thành")
    html = client.get(history.url).content.decode()
    crumbs = html.split('aria-label="Đường dẫn"', 1)[1].split("</nav>", 1)[0]
    assert (
        crumbs.index("Trang chủ") < crumbs.index("Giới thiệu") < crumbs.index("Lịch sử hình thành")
    )


def test_unknown_address_gives_the_vietnamese_404(client, home_page):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_english_version_is_served_under_en(client, home_page):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    home_en = home_page.copy_for_translation(english)
    home_en.title = "Home"
    home_en.intro = "Department of Home Affairs of Hưng Yên Province"
    home_en.save_revision().publish()
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Department of Home Affairs of Hưng Yên Province" in html
    # the Vietnamese home page stays at the root, without prefix
    assert '<html lang="vi"' in client.get("/").content.decode()


def test_vietnamese_parts_of_an_english_page_are_marked_as_vietnamese(client, home_page):
    """WCAG 3.1.2: the header, footer and site title stay Vietnamese on /en/, so they carry
    lang="vi" and a screen reader pronounces them as Vietnamese, not as English."""
    import re

    from wagtail.models import Locale

    home_en = home_page.copy_for_translation(Locale.objects.get(language_code="en"))
    home_en.title = "Home"
    home_en.save_revision().publish()
    english = client.get("/en/").content.decode()
    for tag in (r'<a class="skip-link"', r"<header", r"<footer", r'<h1 id="home-title"'):
        element = re.search(tag + r"[^>]*>", english).group(0)
        assert 'lang="vi"' in element, element
    # on the Vietnamese pages the html element already says so: no repetition
    vietnamese = client.get("/").content.decode()
    assert not re.search(r'<header[^>]*lang="vi"', vietnamese)
