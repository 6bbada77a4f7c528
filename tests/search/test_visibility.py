"""Only what a visitor may see: live, unexpired, unrestricted pages and live public snippets."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from contacts.models import Person, Unit, UnitKind
from home.models import StandardPage
from tests.search.conftest import all_titles

pytestmark = pytest.mark.django_db


def test_drafts_never_appear(search, sections, make_page):
    make_page(sections["news"], StandardPage, title="Kế hoạch bảo mật chưa đăng", live=False)
    make_page(sections["news"], StandardPage, title="Kế hoạch công khai đã đăng")
    assert all_titles(search, "ke hoach") == ["Kế hoạch công khai đã đăng"]


def test_unpublished_changes_of_a_live_page_never_appear(search, sections, make_page):
    page = make_page(sections["news"], StandardPage, title="Thông báo lịch tiếp dân")
    page.title = "Thông báo lịch tiếp dân (bản nháp có từ khóa ngoại lệ)"
    page.save_revision()
    assert all_titles(search, "ngoai le") == []
    assert all_titles(search, "tiep dan") == ["Thông báo lịch tiếp dân"]


def test_expired_pages_never_appear(search, sections, make_page):
    expired = make_page(sections["news"], StandardPage, title="Thông báo tuyển dụng đã hết hạn")
    current = make_page(sections["news"], StandardPage, title="Thông báo tuyển dụng còn hạn")
    now = timezone.now()
    # Wagtail only unpublishes an expired page when publish_scheduled runs; it is already gone
    # from search the moment expire_at passes.
    Page.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(minutes=1))
    Page.objects.filter(pk=current.pk).update(expire_at=now + datetime.timedelta(days=3))
    assert Page.objects.get(pk=expired.pk).live
    assert all_titles(search, "tuyen dung") == ["Thông báo tuyển dụng còn hạn"]


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "mat-khau"},
        {"restriction_type": PageViewRestriction.LOGIN},
    ],
)
def test_restricted_pages_and_their_children_never_appear(search, sections, make_page, restriction):
    internal = make_page(sections["intro"], StandardPage, title="Tài liệu nội bộ về biên chế")
    child = make_page(internal, StandardPage, title="Phụ lục biên chế nội bộ")
    PageViewRestriction.objects.create(page=internal, **restriction)
    make_page(sections["intro"], StandardPage, title="Công khai biên chế năm 2026")
    assert all_titles(search, "bien che") == ["Công khai biên chế năm 2026"]
    assert child.live


def test_the_search_page_itself_is_not_a_result(search, home_page):
    assert all_titles(search, "tim kiem") == []


@pytest.fixture
def units_have_public_pages(home_page):
    # contacts.Unit has a public address (its page in the directory) while the directory is live
    from tests.contacts.factories import directory_page

    return directory_page(home_page)


def test_live_public_snippets_appear_with_their_address(search, units_have_public_pages):
    Unit.objects.create(name="Phòng Tổ chức biên chế", kind=UnitKind.DIVISION, slug="tcbc")
    Unit.objects.create(
        name="Phòng Tổ chức biên chế (bản nháp)", kind=UnitKind.DIVISION, slug="nhap", live=False
    )
    response = search("to chuc bien che")
    hits = list(response.context["results"])
    assert [str(hit.obj) for hit in hits] == ["Phòng Tổ chức biên chế"]
    assert hits[0].url == "/danh-ba/don-vi/tcbc/"
    assert hits[0].section == "Danh bạ đơn vị"
    sections = {o["label"]: o["count"] for o in response.context["facets"][0]["options"]}
    assert sections == {"Danh bạ đơn vị": 1}
    assert 'href="/danh-ba/don-vi/tcbc/"' in response.content.decode()


def test_snippets_without_a_public_address_never_appear(search, units_have_public_pages):
    # a person holding no current post has no card in the directory, hence no public address
    Person.objects.create(full_name="Nguyễn Văn Bình", email="binh@hungyen.gov.vn")
    assert all_titles(search, "nguyen van binh") == []


def test_no_directory_no_people_or_units_in_results(search):
    from tests.contacts.factories import make_person, make_unit

    make_person("Nguyễn Văn Bình", unit=make_unit("Phòng Tổ chức biên chế", slug="tcbc"))
    assert all_titles(search, "nguyen van binh") == []
    assert all_titles(search, "to chuc bien che") == []


def test_pages_and_snippets_share_one_ranked_list(
    search, sections, make_page, units_have_public_pages
):
    Unit.objects.create(name="Ban Thi đua – Khen thưởng", kind=UnitKind.BOARD, slug="btdkt")
    make_page(
        sections["news"], StandardPage, title="Hội nghị tổng kết công tác thi đua khen thưởng"
    )
    response = search("thi dua khen thuong")
    assert response.context["outcome"].total == 2
    assert sorted(str(hit.obj) for hit in response.context["results"]) == [
        "Ban Thi đua – Khen thưởng",
        "Hội nghị tổng kết công tác thi đua khen thưởng",
    ]
    narrowed = search("thi dua khen thuong", section="contacts.unit")
    assert [str(hit.obj) for hit in narrowed.context["results"]] == ["Ban Thi đua – Khen thưởng"]
