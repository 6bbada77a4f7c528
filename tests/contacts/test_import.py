"""Importing a week of the schedule from CSV or XLSX: every row validated, all or nothing."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from contacts.models import EntryState, ScheduleEntry
from contacts.schedule.importer import import_file
from contacts.schedule.weeks import IsoWeek
from tests.contacts.factories import make_entry, make_unit

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
WEEK = IsoWeek(2026, 48)
HEADER = (
    "Ngày;Bắt đầu;Kết thúc;Nội dung;Lãnh đạo;Địa điểm;Đơn vị chuẩn bị;Tình trạng;Nội dung thay đổi"
)
GOOD_ROWS = [
    '23/11/2026;08:00;09:30;Giao ban đầu tuần;"Nguyễn Văn Thành; Trần Thị Thu Hằng";Phòng họp tầng 3;VP;;',
    "24/11/2026;14h00;;Làm việc với xã Nghĩa Trụ;tran thi thu hang;UBND xã;Văn phòng Sở;điều chỉnh;Chuyển từ sáng sang chiều",
    "29/11/2026;23:30;;Trực ban cuối tuần;;Trụ sở;;bổ sung;",
]


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def office(db):
    return make_unit("Văn phòng Sở", short_name="VP", slug="van-phong")


def csv_file(rows, header=HEADER, name="lich.csv", encoding="utf-8-sig"):
    text = "\n".join([header, *rows]) + "\n"
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_file(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Ngày", "Bắt đầu", "Kết thúc", "Nội dung", "Lãnh đạo", "Tình trạng"])
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("lich.xlsx", buffer.getvalue())


def test_good_csv_saves_every_row_as_drafts(leaders, office):
    report, saved = import_file(csv_file(GOOD_ROWS), WEEK)
    assert report.ok and len(saved) == 3
    entries = {e.content: e for e in ScheduleEntry.objects.all()}
    assert set(entries) == {"Giao ban đầu tuần", "Làm việc với xã Nghĩa Trụ", "Trực ban cuối tuần"}
    assert all(not e.live for e in entries.values())  # drafts until approved
    assert all(e.latest_revision_id for e in entries.values())
    first = entries["Giao ban đầu tuần"]
    assert {p.full_name for p in first.leaders.all()} == {"Nguyễn Văn Thành", "Trần Thị Thu Hằng"}
    assert first.preparing_unit == office
    assert (first.start_time, first.end_time) == (datetime.time(8), datetime.time(9, 30))
    second = entries["Làm việc với xã Nghĩa Trụ"]
    assert second.state == EntryState.CHANGED and second.start_time == datetime.time(14)
    assert entries["Trực ban cuối tuần"].state == EntryState.ADDED


def test_one_bad_row_saves_nothing_and_is_reported(leaders, office):
    rows = [
        *GOOD_ROWS,
        "25/11/2026;8:75;;Họp sai giờ;;;;;",
        "26/11/2026;08:00;;Họp lãnh đạo lạ;Nguyễn Văn Không Có;;;;",
        "30/11/2026;08:00;;Họp tuần sau;;;;;",
        "27/11/2026;10:00;09:00;Kết thúc trước bắt đầu;;;Phòng Không Tồn Tại;hủy;",
    ]
    report, saved = import_file(csv_file(rows), WEEK)
    assert not report.ok and saved == []
    assert ScheduleEntry.objects.count() == 0
    errors = {row.number: " ".join(row.errors) for row in report.rows if not row.ok}
    assert set(errors) == {5, 6, 7, 8}  # the header is row 1
    assert "Giờ bắt đầu «8:75» không hợp lệ" in errors[5]
    assert "Không có lãnh đạo «Nguyễn Văn Không Có»" in errors[6]
    assert "nằm ngoài tuần" in errors[7]
    assert "Giờ kết thúc phải sau giờ bắt đầu" in errors[8]
    assert "Không có đơn vị «Phòng Không Tồn Tại»" in errors[8]
    assert "Tình trạng «hủy» không hợp lệ" in errors[8]
    assert [row.ok for row in report.rows[:3]] == [True, True, True]


def test_xlsx_with_excel_dates_and_times(leaders):
    rows = [
        [
            datetime.datetime(2026, 11, 23),
            datetime.time(8, 0),
            "10:00",
            "Giao ban",
            "Nguyen Van Thanh",
            "",
        ],
        ["24/11/2026", "7h30", None, "Đi cơ sở", "", "Bổ sung"],
    ]
    report, saved = import_file(xlsx_file(rows), WEEK)
    assert report.ok, [row.errors for row in report.rows]
    assert len(saved) == 2
    assert ScheduleEntry.objects.get(content="Đi cơ sở").start_time == datetime.time(7, 30)


def test_reimport_updates_instead_of_duplicating(leaders, office):
    entry = make_entry(datetime.date(2026, 11, 23), "08:00", "Giao ban đầu tuần")
    report, saved = import_file(csv_file(GOOD_ROWS[:1]), WEEK)
    assert report.ok and report.rows[0].action == "Cập nhật"
    assert ScheduleEntry.objects.count() == 1
    entry.refresh_from_db()
    assert entry.live and entry.has_unpublished_changes  # the change waits for approval
    assert entry.get_latest_revision_as_object().end_time == datetime.time(9, 30)


def test_file_level_errors(leaders):
    from contacts.schedule.importer import ImportFileError

    with pytest.raises(ImportFileError, match="Thiếu cột bắt buộc: Bắt đầu"):
        import_file(csv_file(["23/11/2026;x"], header="Ngày;Nội dung"), WEEK)
    with pytest.raises(ImportFileError, match="UTF-8"):
        import_file(csv_file(GOOD_ROWS, encoding="utf-16"), WEEK)
    with pytest.raises(ImportFileError, match="Excel"):
        import_file(SimpleUploadedFile("lich.xlsx", b"PK not really a workbook"), WEEK)
    with pytest.raises(ImportFileError, match="chưa có mục"):
        import_file(csv_file([]), WEEK)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.com", "x")
    client.force_login(user)
    return client


def test_admin_import_view_reports_rows_and_saves_nothing_on_error(admin_client, leaders, office):
    url = "/admin/lich-cong-tac/nhap/"
    page = admin_client.get(url)
    assert page.status_code == 200
    text = page.content.decode()
    for header in ("Ngày", "Bắt đầu", "Nội dung", "Lãnh đạo", "Đơn vị chuẩn bị", "Tình trạng"):
        assert f"<strong>{header}</strong>" in text
    bad = csv_file([GOOD_ROWS[0], "25/11/2026;25:00;;Họp;;;;;"])
    response = admin_client.post(url, {"week": "2026-W48", "file": bad})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Chưa lưu mục nào" in text and "Giờ bắt đầu «25:00» không hợp lệ" in text
    assert ScheduleEntry.objects.count() == 0

    response = admin_client.post(url, {"week": "2026-W48", "file": csv_file(GOOD_ROWS)})
    assert response.status_code == 200
    assert "Tất cả 3 dòng hợp lệ" in response.content.decode()
    assert ScheduleEntry.objects.filter(live=False).count() == 3


def test_admin_import_is_reachable_and_offers_a_template(admin_client):
    listing = admin_client.get("/admin/snippets/contacts/scheduleentry/")
    assert listing.status_code == 200
    assert "/admin/lich-cong-tac/nhap/" in listing.content.decode()
    assert "/admin/lich-cong-tac/nhap/" in admin_client.get("/admin/").content.decode()
    template = admin_client.get("/admin/lich-cong-tac/tep-mau.xlsx")
    assert template.status_code == 200
    sheet = load_workbook(io.BytesIO(template.content)).active
    assert [c.value for c in sheet[1]][:4] == ["Ngày *", "Bắt đầu *", "Kết thúc", "Nội dung *"]


def test_import_requires_permission(client, django_user_model):
    user = django_user_model.objects.create_user("bandoc", "b@example.com", "x")
    client.force_login(user)
    assert client.get("/admin/lich-cong-tac/nhap/").status_code in (302, 403)
