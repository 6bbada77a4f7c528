"""Import one week of the leadership schedule from an XLSX or CSV file, all or nothing.

The office prepares the week in a spreadsheet; the admin view (``admin_views``) uploads it with the
week it belongs to. Every row is checked (date inside the week, times, known leaders and units,
state) and reported one by one; entries are saved only when every row is valid, in one
transaction. Imported entries are drafts: they go through approval like any edit.

A row whose date, start time and content (without diacritics) match an existing entry updates
that entry with a new draft revision instead of adding a copy, so the calendar UID stays the same
when the office re-imports a corrected spreadsheet.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django.db import transaction

from contacts.models import Unit
from contacts.models.schedule import EntryState, ScheduleEntry
from contacts.schedule.weeks import IsoWeek
from portal.text import fold, nfc, squash_spaces

MAX_ROWS = 500


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool
    help: str
    aliases: tuple = ()

    def names(self):
        return {fold(self.header)} | {fold(alias) for alias in self.aliases}


COLUMNS = [
    Column("date", "Ngày", True, "dd/mm/yyyy, hoặc ô kiểu ngày của Excel", ("ngay thang",)),
    Column("start_time", "Bắt đầu", True, "giờ:phút, ví dụ 08:00 hoặc 8h30", ("gio", "thoi gian")),
    Column("end_time", "Kết thúc", False, "giờ:phút, để trống nếu không rõ", ("gio ket thuc",)),
    Column("content", "Nội dung", True, "nội dung công việc", ("noi dung cong viec",)),
    Column(
        "leaders",
        "Lãnh đạo",
        False,
        "họ tên lãnh đạo dự, cách nhau bởi dấu ; (phải có trong danh bạ)",
        ("lanh dao du", "lanh dao chu tri"),
    ),
    Column("participants", "Thành phần", False, "các thành phần khác", ("thanh phan tham du",)),
    Column("location", "Địa điểm", False, "nơi diễn ra", ()),
    Column(
        "preparing_unit",
        "Đơn vị chuẩn bị",
        False,
        "tên hoặc tên viết tắt của đơn vị (phải có trong danh bạ)",
        ("don vi", "chuan bi"),
    ),
    Column("notes", "Ghi chú", False, "", ()),
    Column(
        "state",
        "Tình trạng",
        False,
        "bình thường (mặc định), điều chỉnh, hoãn, bổ sung",
        ("trang thai",),
    ),
    Column(
        "change_note",
        "Nội dung thay đổi",
        False,
        "bắt buộc khi tình trạng là điều chỉnh hoặc hoãn",
        ("ly do", "thay doi"),
    ),
]

STATE_NAMES = {fold(str(label)): value for value, label in EntryState.choices}
STATE_NAMES.update({value: value for value in EntryState.values})

TIME_PATTERN = re.compile(r"^(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?)?\s*(?:phut|p)?$")
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, missing columns)."""


@dataclass
class RowResult:
    number: int  # spreadsheet row number (the header is row 1)
    raw: dict
    errors: list = field(default_factory=list)
    values: dict = field(default_factory=dict)
    existing: ScheduleEntry | None = None

    @property
    def ok(self):
        return not self.errors

    @property
    def action(self):
        return "Cập nhật" if self.existing else "Tạo mới"


@dataclass
class ImportReport:
    week: object
    rows: list

    @property
    def ok(self):
        return bool(self.rows) and all(row.ok for row in self.rows)

    @property
    def error_count(self):
        return sum(1 for row in self.rows if not row.ok)


# -- reading ------------------------------------------------------------------------------------
def read_table(uploaded):
    """Rows of the first sheet (XLSX) or of the CSV as lists of cell values, header first."""
    name = (getattr(uploaded, "name", "") or "").lower()
    data = uploaded.read()
    if name.endswith(".xlsx") or data[:2] == b"PK":
        return _read_xlsx(data)
    if name.endswith(".csv") or name.endswith(".txt"):
        return _read_csv(data)
    raise ImportFileError("Chỉ nhận tệp .xlsx (Excel) hoặc .csv.")


def _read_xlsx(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError("Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng.") from exc
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            "Tệp CSV phải được lưu với bảng mã UTF-8 (Excel: «CSV UTF-8»)."
        ) from exc
    # Excel writes "," or ";" (by regional settings) or tabs: the header line tells which.
    header_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def map_header(header_row):
    """``{column key: index}`` from the header row; raises when a required column is missing."""
    positions = {}
    for index, cell in enumerate(header_row):
        name = squash_spaces(fold(cell if cell is not None else ""))
        name = name.rstrip("*").strip()
        for column in COLUMNS:
            if column.key not in positions and name in column.names():
                positions[column.key] = index
                break
    missing = [c.header for c in COLUMNS if c.required and c.key not in positions]
    if missing:
        raise ImportFileError(
            "Thiếu cột bắt buộc: " + ", ".join(missing) + ". Dòng đầu tiên phải là tên cột."
        )
    return positions


# -- parsing cells ------------------------------------------------------------------------------
def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(squash_spaces(str(value)))


def parse_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_time(value):
    if isinstance(value, datetime.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, datetime.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:  # an Excel time stored as a day fraction
        minutes = round(value * 24 * 60)
        return datetime.time(minutes // 60, minutes % 60)
    text = fold(_text(value)).replace(" ", "")
    match = TIME_PATTERN.match(text)
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return datetime.time(hour, minute)  # raises ValueError for 25:00 or 8:75


def split_names(value):
    return [name for name in (squash_spaces(p) for p in re.split(r"[;\n]", value)) if name]


# -- validation ---------------------------------------------------------------------------------
class Lookups:
    """Leaders in post during the week and units, indexed by folded name (a few queries for the
    whole file, however many rows)."""

    def __init__(self, week):
        from contacts.directory import current_leaders

        self.leaders = {}
        for appointment in current_leaders(on=week.monday) + current_leaders(on=week.sunday):
            self.leaders.setdefault(fold(appointment.person.full_name), appointment.person)
        self.units = {}
        for unit in Unit.objects.filter(live=True):
            for name in (unit.name, unit.short_name, unit.slug):
                if name:
                    self.units.setdefault(fold(name), unit)

    def leader(self, name):
        key = squash_spaces(fold(name))
        return self.leaders.get(key)


def validate_rows(table, week):
    """Check every data row of ``table`` (header first) for ``week``; returns an ImportReport."""
    if not table:
        raise ImportFileError("Tệp không có dữ liệu.")
    positions = map_header(table[0])
    data_rows = [
        (number, row)
        for number, row in enumerate(table[1:], start=2)
        if any(_text(cell) for cell in row)
    ]
    if not data_rows:
        raise ImportFileError("Tệp chỉ có dòng tên cột, chưa có mục lịch nào.")
    if len(data_rows) > MAX_ROWS:
        raise ImportFileError(f"Tệp có quá {MAX_ROWS} dòng; hãy nhập từng tuần.")
    lookups = Lookups(week)
    existing = {
        (entry.date, entry.start_time, squash_spaces(fold(entry.content))): entry
        for entry in ScheduleEntry.objects.in_week(week)
    }
    rows = []
    seen = set()
    for number, row in data_rows:
        raw = {key: (row[index] if index < len(row) else None) for key, index in positions.items()}
        result = RowResult(number=number, raw={k: _text(v) for k, v in raw.items()})
        _validate_row(result, raw, week, lookups)
        if result.ok:
            key = (
                result.values["date"],
                result.values["start_time"],
                squash_spaces(fold(result.values["content"])),
            )
            if key in seen:
                result.errors.append("Trùng với một dòng phía trên (cùng ngày, giờ và nội dung).")
            seen.add(key)
            result.existing = existing.get(key)
        rows.append(result)
    return ImportReport(week=week, rows=rows)


def _validate_row(result, raw, week, lookups):
    errors, values = result.errors, result.values
    try:
        values["date"] = parse_date(raw.get("date"))
    except ValueError:
        errors.append(f"Ngày «{_text(raw.get('date'))}» không hợp lệ (cần dd/mm/yyyy).")
    else:
        if values["date"] not in week:
            errors.append(
                f"Ngày {values['date']:%d/%m/%Y} nằm ngoài tuần đã chọn "
                f"({week.monday:%d/%m/%Y} – {week.sunday:%d/%m/%Y})."
            )
    for key, label, required in (("start_time", "bắt đầu", True), ("end_time", "kết thúc", False)):
        cell = raw.get(key)
        if not _text(cell) and not isinstance(cell, datetime.time):
            if required:
                errors.append("Thiếu giờ bắt đầu.")
            values[key] = None
            continue
        try:
            values[key] = parse_time(cell)
        except ValueError:
            errors.append(f"Giờ {label} «{_text(cell)}» không hợp lệ (cần dạng 08:00).")
            values[key] = None
    start, end = values.get("start_time"), values.get("end_time")
    if start and end and end <= start:
        errors.append("Giờ kết thúc phải sau giờ bắt đầu.")
    values["content"] = _text(raw.get("content"))
    if not values["content"]:
        errors.append("Thiếu nội dung công việc.")
    leaders = []
    for name in split_names(_text(raw.get("leaders"))):
        person = lookups.leader(name)
        if person is None:
            errors.append(f"Không có lãnh đạo «{name}» trong danh bạ (Lãnh đạo Sở trong tuần).")
        elif person not in leaders:
            leaders.append(person)
    values["leaders"] = leaders
    unit_name = _text(raw.get("preparing_unit"))
    values["preparing_unit"] = None
    if unit_name:
        unit = lookups.units.get(fold(unit_name))
        if unit is None:
            errors.append(f"Không có đơn vị «{unit_name}» trong danh bạ.")
        values["preparing_unit"] = unit
    state_name = squash_spaces(fold(_text(raw.get("state"))))
    values["state"] = EntryState.NORMAL
    if state_name:
        state = STATE_NAMES.get(state_name)
        if state is None:
            errors.append(
                f"Tình trạng «{_text(raw.get('state'))}» không hợp lệ "
                "(bình thường, điều chỉnh, hoãn, bổ sung)."
            )
        else:
            values["state"] = state
    values["change_note"] = _text(raw.get("change_note"))[:255]
    if values["state"] in (EntryState.CHANGED, EntryState.POSTPONED) and not values["change_note"]:
        errors.append("Tình trạng điều chỉnh hoặc hoãn cần ghi rõ ở cột «Nội dung thay đổi».")
    for key in ("participants", "notes"):
        values[key] = _text(raw.get(key))
    values["location"] = _text(raw.get("location"))[:255]
    if len(_text(raw.get("location"))) > 255:
        errors.append("Địa điểm dài quá 255 ký tự.")


# -- saving -------------------------------------------------------------------------------------
FIELDS = (
    "date",
    "start_time",
    "end_time",
    "content",
    "participants",
    "location",
    "preparing_unit",
    "notes",
    "state",
    "change_note",
)


@transaction.atomic
def save_report(report, user=None, responsible_unit=None):
    """Save every row of a valid report as draft entries (new revisions); returns the entries."""
    if not report.ok:
        raise ValueError("Only a report without errors can be saved.")
    saved = []
    for row in report.rows:
        values = row.values
        if row.existing is not None:
            entry = row.existing.get_latest_revision_as_object()
        else:
            entry = ScheduleEntry(live=False, responsible_unit=responsible_unit)
        for name in FIELDS:
            setattr(entry, name, values[name])
        entry.leaders.set(values["leaders"])
        if row.existing is None or not row.existing.live:
            entry.live = False
            entry.save()
        entry.save_revision(user=user, log_action=True)
        saved.append(entry)
    return saved


def import_file(uploaded, week, user=None, responsible_unit=None):
    """Read, validate and (only when every row is valid) save; returns ``(report, entries)``."""
    table = read_table(uploaded)
    report = validate_rows(table, week)
    if not report.ok:
        return report, []
    return report, save_report(report, user=user, responsible_unit=responsible_unit)


def template_workbook(week=None):
    """An XLSX template with the documented header and one example row (bytes)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    week = week or IsoWeek.current()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Lich tuan"
    sheet.append([c.header + (" *" if c.required else "") for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(
        [
            week.monday.strftime("%d/%m/%Y"),
            "08:00",
            "10:00",
            "Giao ban Lãnh đạo Sở đầu tuần",
            "",
            "Chánh Văn phòng, trưởng các phòng",
            "Phòng họp tầng 3",
            "Văn phòng Sở",
            "",
            "bình thường",
            "",
        ]
    )
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[chr(64 + index)].width = max(14, len(column.header) + 6)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
