"""The public directory: current holders only, mobile numbers, diacritic-free search, unit pages,
English version, vCards, and a query count that does not grow with units and people."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from contacts.directory.vcard import fold_line, person_vcard, tel_uri
from contacts.labels import VI
from tests.contacts.factories import (
    english_translation,
    make_person,
    make_position,
    make_unit,
)

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def staffed(leaders):
    """Two divisions under the leadership with heads, staff, a former head and hidden people."""
    today = timezone.localdate()
    head = make_position("Trưởng phòng", 30, head=True, name_en="Head of Division")
    officer = make_position("Chuyên viên", 70, name_en="Officer")
    tcbc = make_unit(
        "Phòng Tổ chức – Biên chế",
        short_name="TCBC",
        slug="phong-to-chuc-bien-che",
        parent=leaders["unit"],
        name_en="Division of Organisation and Staffing",
        functions="<p>Tham mưu về tổ chức bộ máy.</p>",
        functions_en="<p>Advises on organisation.</p>",
        phone="0221 3862 204",
        email="tcbc.snv@hungyen.gov.vn",
    )
    vp = make_unit("Văn phòng Sở", short_name="VP", slug="van-phong")
    people = {
        "head": make_person(
            "Đặng Thị Hương",
            tcbc,
            head,
            office_phone="0221 3862 310",
            mobile="0912 345 678",
            mobile_public=True,
            email="huongdt.snv@hungyen.gov.vn",
        ),
        "officer": make_person(
            "Nguyễn Văn Hải", tcbc, officer, mobile="0987 654 321", mobile_public=False
        ),
        "clerk": make_person("Nguyễn Thị Mai", vp, officer, email="maint.snv@hungyen.gov.vn"),
        "former": make_person(
            "Bùi Văn Cũ",
            tcbc,
            head,
            start=today - datetime.timedelta(days=3000),
            end=today - datetime.timedelta(days=400),
        ),
        "future": make_person("Lý Văn Sắp", vp, officer, start=today + datetime.timedelta(days=10)),
        "draft": make_person("Hồ Văn Nháp", vp, officer, live=False),
        "retired": make_person("Tô Văn Nghỉ", vp, officer, is_active=False),
    }
    return {"tcbc": tcbc, "vp": vp, **people, **leaders}


def test_tree_lists_units_with_current_people_only(client, directory, staffed):
    page = html(client.get("/danh-ba/"))
    for name in ("Nguyễn Văn Thành", "Trần Thị Thu Hằng", "Đặng Thị Hương", "Nguyễn Văn Hải"):
        assert name in page
    for name in ("Bùi Văn Cũ", "Lý Văn Sắp", "Hồ Văn Nháp", "Tô Văn Nghỉ"):
        assert name not in page
    # the division is nested under the leadership, the office is a top-level unit
    assert page.index("Ban Giám đốc") < page.index("Phòng Tổ chức – Biên chế")
    assert '<h3 id="unit-phong-to-chuc-bien-che"' in page
    assert '<h2 id="unit-van-phong"' in page
    assert "/danh-ba/don-vi/phong-to-chuc-bien-che/" in page


def test_mobile_numbers_only_when_public(client, directory, staffed):
    page = html(client.get("/danh-ba/"))
    assert "0912 345 678" in page
    assert "0987 654 321" not in page
    assert "0987 654 321" not in html(client.get("/danh-ba/in/"))
    assert "0987 654 321" not in html(client.get("/danh-ba/don-vi/phong-to-chuc-bien-che/"))
    card = client.get(f"/danh-ba/can-bo/{staffed['officer'].pk}/vcard/").content.decode()
    assert "987654321" not in card and "TEL" not in card.replace('TEL;VALUE=uri;TYPE="work', "")


@pytest.mark.parametrize(
    "query, expected, not_expected",
    [
        ("nguyen van", {"Nguyễn Văn Thành", "Nguyễn Văn Hải"}, {"Nguyễn Thị Mai"}),
        ("NGUYỄN VĂN", {"Nguyễn Văn Thành", "Nguyễn Văn Hải"}, {"Nguyễn Thị Mai"}),
        ("dang thi huong", {"Đặng Thị Hương"}, {"Nguyễn Văn Hải"}),
        ("to chuc", {"Đặng Thị Hương", "Nguyễn Văn Hải"}, {"Nguyễn Thị Mai"}),
        ("pho giam doc", {"Trần Thị Thu Hằng"}, {"Nguyễn Văn Thành"}),
        ("chuyen vien van phong", {"Nguyễn Thị Mai"}, {"Nguyễn Văn Hải"}),
        ("bui van cu", set(), {"Bùi Văn Cũ"}),
    ],
)
def test_search_ignores_diacritics(client, directory, staffed, query, expected, not_expected):
    page = html(client.get("/danh-ba/", {"q": query}))
    found = set(re.findall(r'person-name"><strong>([^<]+)</strong>', page))
    assert found >= expected
    assert not (found & not_expected)
    if not expected:
        assert "Không tìm thấy" in page


def test_search_with_garbage_is_harmless(client, directory, staffed):
    assert "Không tìm thấy" in html(client.get("/danh-ba/", {"q": "%%%' OR 1=1 --" * 20}))
    assert "Ban Giám đốc" in html(client.get("/danh-ba/", {"q": "   "}))


def test_unit_page_shows_functions_contacts_and_staff(client, directory, staffed):
    page = html(client.get("/danh-ba/don-vi/phong-to-chuc-bien-che/"))
    assert "Tham mưu về tổ chức bộ máy." in page
    assert "0221 3862 204" in page and "tcbc.snv@hungyen.gov.vn" in page
    assert "Đặng Thị Hương" in page and "Nguyễn Văn Hải" in page
    assert "Nguyễn Thị Mai" not in page and "Bùi Văn Cũ" not in page
    assert client.get("/danh-ba/don-vi/khong-co/").status_code == 404
    staffed["tcbc"].live = False
    staffed["tcbc"].save()
    assert client.get("/danh-ba/don-vi/phong-to-chuc-bien-che/").status_code == 404


def test_english_directory_uses_english_names(client, home_page, directory, staffed):
    english_translation(directory, title="Directory", slug="directory")
    page = html(client.get("/en/directory/"))
    assert "Division of Organisation and Staffing" in page
    assert "Head of Division" in page and "Deputy Director" in page
    assert "Search by name, unit or position" in page
    assert 'lang="en"' in page
    unit = html(client.get("/en/directory/don-vi/phong-to-chuc-bien-che/"))
    assert "Advises on organisation." in unit and "Functions and duties" in unit
    assert "Tham mưu về tổ chức bộ máy." not in unit
    # a unit without an English name falls back to Vietnamese rather than disappearing
    assert "Văn phòng Sở" in page


def test_vcard_download(client, directory, staffed):
    response = client.get(f"/danh-ba/can-bo/{staffed['head'].pk}/vcard/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert response["Content-Disposition"] == 'attachment; filename="dang-thi-huong.vcf"'
    card = response.content.decode("utf-8")
    lines = card.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0"
    assert lines[-2] == "END:VCARD" and lines[-1] == ""
    assert "FN:Đặng Thị Hương" in lines
    assert "N:Đặng;Hương;Thị;;" in lines
    assert 'TEL;VALUE=uri;TYPE="work,voice":tel:+842213862310' in lines
    assert 'TEL;VALUE=uri;TYPE="cell,voice":tel:+84912345678' in lines
    assert "EMAIL;TYPE=work:huongdt.snv@hungyen.gov.vn" in lines
    unfolded = card.replace("\r\n ", "")
    assert "ORG:Sở Nội vụ tỉnh Hưng Yên;Phòng Tổ chức – Biên chế" in unfolded
    assert "TITLE:Trưởng phòng – Phòng Tổ chức – Biên chế" in unfolded
    assert all(len(line.encode()) <= 75 for line in lines)
    # former holders and unknown people have no card
    assert client.get(f"/danh-ba/can-bo/{staffed['former'].pk}/vcard/").status_code == 404
    assert client.get("/danh-ba/can-bo/999999/vcard/").status_code == 404


def test_vcard_escaping_and_folding(staffed):
    person = staffed["head"]
    person.full_name = "Đặng Thị Hương, Trưởng nhóm; kiêm nhiệm"
    membership = person.appointments.first()
    card = person_vcard(person, [membership], VI)
    assert "FN:Đặng Thị Hương\\, Trưởng nhóm\\; kiêm nhiệm" in card.replace("\r\n ", "")
    long_line = "NOTE:" + "Hưng Yên " * 30
    folded = fold_line(long_line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == long_line
    assert tel_uri("0221 3862 204") == "tel:+842213862204"
    assert tel_uri("+84 912 345 678") == "tel:+84912345678"
    assert tel_uri("") is None


def test_print_view_lists_everyone_current_in_a_table(client, directory, staffed):
    page = html(client.get("/danh-ba/in/"))
    assert "<table" in page and 'scope="col"' in page
    assert "Đặng Thị Hương" in page and "Bùi Văn Cũ" not in page


def _count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _grow(units, people_per_unit, parent=None):
    officer = make_position("Chuyên viên", 70)
    for number in range(units):
        unit = make_unit(f"Đơn vị mở rộng {number}", parent=parent)
        for person in range(people_per_unit):
            make_person(f"Cán bộ {number}-{person}", unit, officer)
        parent = unit if number % 3 == 0 else parent


def test_directory_query_count_does_not_grow(
    client, directory, staffed, django_assert_max_num_queries
):
    small = _count_queries(client, "/danh-ba/")
    small_search = _count_queries(client, "/danh-ba/?q=nguyen")
    small_print = _count_queries(client, "/danh-ba/in/")
    _grow(units=15, people_per_unit=4)
    with django_assert_max_num_queries(small):
        page = html(client.get("/danh-ba/"))
    assert "Cán bộ 14-3" in page
    with django_assert_max_num_queries(small_search):
        client.get("/danh-ba/?q=nguyen")
    with django_assert_max_num_queries(small_print):
        client.get("/danh-ba/in/")
