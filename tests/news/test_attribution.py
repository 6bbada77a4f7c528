"""Art. 9.3 (republished articles name their source) and Art. 7.6 (press statements name their
speaker): enforced on the model and in the real Wagtail edit view, shown on the page."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsPage
from tests.news import factories as f

pytestmark = pytest.mark.django_db


def edit_data(page, categories, action="action-publish", **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết.</p>"))]),
        "tags": "khen thưởng",
        "authors": inline_formset([{"name": "Minh Châu", "person": ""}]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        action: action,
    }
    data.update(fields)
    data = nested_form_data(data)
    data["categories"] = [category.pk for category in categories]  # a multiple-choice field
    return data


def edit(client, page, data):
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


# -- model -----------------------------------------------------------------------------------


def test_model_clean_rejects_republished_without_source(index):
    page = f.article(index, "Tin đăng lại")
    page.is_republished = True
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["source_name"] == [
        "Bài đăng lại phải ghi rõ nguồn tin (Điều 9.3 Quy chế)."
    ]
    assert error.value.message_dict["source_author"] == [
        "Bài đăng lại phải ghi rõ tác giả bài gốc (Điều 9.3 Quy chế)."
    ]


def test_model_clean_accepts_source_without_url(index):
    page = f.article(index, "Tin đăng lại")
    page.is_republished = True
    page.source_name = "Báo Hưng Yên"
    page.source_author = "Hoàng Lan"
    page.full_clean()  # the URL is optional


def test_publishing_a_live_page_without_source_fails(index):
    page = f.article(index, "Tin đăng lại")
    page.is_republished = True
    with pytest.raises(ValidationError):
        page.save_revision().publish()
    assert NewsPage.objects.get(pk=page.pk).is_republished is False


# -- admin edit view -------------------------------------------------------------------------


def test_admin_publish_without_source_shows_vietnamese_errors_on_the_fields(admin_client, index):
    category = f.category("Tin hoạt động")
    page = f.article(index, "Tin gốc của Sở", categories=[category])
    response = edit(
        admin_client,
        page,
        edit_data(page, [category], is_republished="on", source_name="", source_author=""),
    )
    assert response.status_code == 200  # the form comes back, nothing saved
    form = response.context["form"]
    assert form.errors["source_name"] == ["Bài đăng lại phải ghi rõ nguồn tin (Điều 9.3 Quy chế)."]
    assert form.errors["source_author"] == [
        "Bài đăng lại phải ghi rõ tác giả bài gốc (Điều 9.3 Quy chế)."
    ]
    assert "Bài đăng lại phải ghi rõ nguồn tin" in response.content.decode()
    stored = NewsPage.objects.get(pk=page.pk)
    assert stored.is_republished is False
    assert stored.get_latest_revision().as_object().is_republished is False


def test_admin_save_draft_without_source_also_fails(admin_client, index):
    category = f.category("Tin hoạt động")
    page = f.article(index, "Tin gốc của Sở", categories=[category])
    revisions = page.revisions.count()
    response = edit(
        admin_client,
        page,
        edit_data(page, [category], action="action-save", is_republished="on"),
    )
    assert response.status_code == 200
    assert "source_name" in response.context["form"].errors
    assert page.revisions.count() == revisions


def test_admin_publish_with_source_shows_it_on_the_page(admin_client, client, index):
    category = f.category("Tin hoạt động")
    page = f.article(index, "Tin về khen thưởng", categories=[category])
    response = edit(
        admin_client,
        page,
        edit_data(
            page,
            [category],
            is_republished="on",
            source_name="Báo Hưng Yên",
            source_author="Hoàng Lan",
            source_url="https://baohungyen.vn/",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.is_republished and page.source_name == "Báo Hưng Yên"
    html = client.get(page.url).content.decode()
    assert 'Nguồn: <a href="https://baohungyen.vn/" rel="noopener">Báo Hưng Yên</a>' in html
    assert "tác giả: Hoàng Lan" in html
    # the print view keeps the source, with the address written out
    printed = client.get(page.url + "in/").content.decode()
    assert "Báo Hưng Yên" in printed and "(https://baohungyen.vn/)" in printed


def test_source_without_url_is_plain_text(client, index):
    page = f.article(
        index,
        "Tin trích đăng",
        is_republished=True,
        source_name="Cổng thông tin điện tử Bộ Nội vụ",
        source_author="Ban Biên tập",
    )
    html = client.get(page.url).content.decode()
    assert "Nguồn: Cổng thông tin điện tử Bộ Nội vụ; tác giả: Ban Biên tập" in html


def test_original_article_shows_no_source_line(client, index):
    html = client.get(f.article(index, "Tin của Sở").url).content.decode()
    assert "Nguồn:" not in html


# -- press statements (Art. 7.6) ---------------------------------------------------------------


def test_admin_press_statement_requires_speaker_and_position(admin_client, index):
    press = f.press_category()
    page = f.article(index, "Thông cáo báo chí", categories=[f.category("Tin hoạt động")])
    response = edit(admin_client, page, edit_data(page, [press]))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["speaker_name"] == [
        "Bài thuộc chuyên mục Thông cáo báo chí – Phát ngôn phải ghi người phát ngôn "
        "(Điều 7.6 Quy chế)."
    ]
    assert errors["speaker_position"] == ["Ghi chức vụ của người phát ngôn."]


def test_admin_press_statement_with_speaker_is_published_and_shown(admin_client, client, index):
    press = f.press_category()
    page = f.article(index, "Thông cáo báo chí", categories=[f.category("Tin hoạt động")])
    response = edit(
        admin_client,
        page,
        edit_data(
            page,
            [press],
            speaker_name="Trần Thị Thu Hà",
            speaker_position="Phó Giám đốc Sở Nội vụ",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    html = client.get(page.url).content.decode()
    assert "Người phát ngôn:</strong> Trần Thị Thu Hà, Phó Giám đốc Sở Nội vụ" in html


def test_speaker_is_not_required_or_shown_outside_press_category(admin_client, client, index):
    category = f.category("Tin hoạt động")
    page = f.article(index, "Tin thường", categories=[category], speaker_name="Ai đó")
    response = edit(admin_client, page, edit_data(page, [category]))
    assert response.status_code == 302
    assert "Người phát ngôn" not in client.get(page.url).content.decode()
