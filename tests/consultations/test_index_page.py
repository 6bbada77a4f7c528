"""The list of drafts: tabs, deadline, drafting unit, published comments, fixed query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import ConsultationIndexPage, Moderation
from tests.consultations.factories import (
    closed_consultation,
    consultation_with_result,
    index_page,
    make_comment,
    open_consultation,
    upcoming_consultation,
)

pytestmark = pytest.mark.django_db


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_tabs_list_drafts_with_deadline_unit_and_published_comment_count(client, home_page):
    draft = open_consultation(home_page, title="Dự thảo đang mở")
    for status in (Moderation.APPROVED, Moderation.APPROVED, Moderation.PENDING, Moderation.SPAM):
        make_comment(draft, status)
    upcoming_consultation(home_page, title="Dự thảo sắp mở")
    closed_consultation(home_page, title="Dự thảo đã đóng")
    consultation_with_result(home_page, title="Dự thảo có kết quả")
    url = index_page(home_page).url
    assert url == "/lay-y-kien/"

    page = text_of(client.get(url))
    assert "Dự thảo đang mở" in page and "Dự thảo sắp mở" not in page
    assert f"Hạn góp ý {timezone.localtime(draft.closes_at):%d/%m/%Y %H:%M}" in page
    assert "Đơn vị soạn thảo Văn phòng Sở" in page
    assert "Góp ý đã công khai 2" in page

    upcoming = text_of(client.get(url + "?trang-thai=sap-lay-y-kien"))
    assert "Dự thảo sắp mở" in upcoming and "Dự thảo đang mở" not in upcoming
    ended = text_of(client.get(url + "?trang-thai=da-ket-thuc"))
    assert "Dự thảo đã đóng" in ended and "Dự thảo có kết quả" in ended
    assert "Đã công bố kết quả" in ended
    # garbage in the query string falls back to the first tab and page
    assert client.get(url + "?trang-thai=<x>&page=abc").status_code == 200
    assert client.get(url + "?page=99").status_code == 404


def _count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_queries_do_not_grow_with_drafts_or_comments(client, home_page):
    first = open_consultation(home_page)
    make_comment(first, Moderation.APPROVED)
    url = ConsultationIndexPage.objects.get().url
    with_one = _count_queries(client, url)
    for _n in range(8):
        draft = open_consultation(home_page)
        for _m in range(3):
            make_comment(draft, Moderation.APPROVED)
    assert _count_queries(client, url) <= with_one


def test_draft_page_queries_do_not_grow_with_comments(client, home_page):
    draft = open_consultation(home_page)
    make_comment(draft, Moderation.APPROVED, article_number=1)
    with_one = _count_queries(client, draft.url)
    for n in range(30):
        make_comment(draft, Moderation.APPROVED, article_number=(n % 3) + 1)
    assert _count_queries(client, draft.url) <= with_one


def test_draft_page_shows_the_receiving_unit_contacts_and_anchors(client, home_page):
    draft = open_consultation(home_page)
    html = client.get(draft.url).content.decode()
    assert "vanphong@sonv.example.gov.vn" in html  # falls back to the drafting unit
    for number in (1, 2, 3):
        assert f'id="dieu-{number}"' in html
        assert f'href="?dieu={number}#gop-y"' in html
    draft.contact_email = "nhan-gop-y@sonv.example.gov.vn"
    draft.save_revision().publish()
    assert "nhan-gop-y@sonv.example.gov.vn" in client.get(draft.url).content.decode()


def test_closed_draft_has_no_form_and_no_gop_y_buttons(client, home_page):
    draft = closed_consultation(home_page)
    html = client.get(draft.url).content.decode()
    assert "Đã hết thời gian lấy ý kiến" in html
    assert 'name="text"' not in html and '#gop-y"' not in html.replace('href="#gop-y"', "")
    assert "?dieu=1#gop-y" not in html


def test_home_page_lists_open_drafts(client, home_page):
    draft = open_consultation(home_page, title="Dự thảo hiện trên trang chủ")
    closed_consultation(home_page, title="Dự thảo đã đóng không hiện")
    html = client.get("/").content.decode()
    assert "Dự thảo đang lấy ý kiến" in html
    assert draft.title in html and "Dự thảo đã đóng không hiện" not in html
