"""Demo content for contacts: the units of Sở Nội vụ tỉnh Hưng Yên, positions, about 40 officials
with appointments (and former leaders), the directory and schedule pages (Vietnamese and English),
the leaders' and organisation-chart blocks on the introduction pages, and the leaders' schedule
for last week, this week and next week.

Other demo steps look units up by these slugs (``ctx.data["units"]``). Every function finds what
exists by a natural key and creates only what is missing.
"""

import datetime

from wagtail.models import Locale

from contacts import demo_people as data
from contacts.models import (
    Appointment,
    DirectoryPage,
    EntryState,
    Person,
    Position,
    ScheduleEntry,
    SchedulePage,
    Unit,
    UnitKind,
)
from contacts.schedule.weeks import IsoWeek
from portal.text import fold

UNITS = [
    # slug, name, short name, kind, English name
    ("ban-giam-doc", "Ban Giám đốc", "BGĐ", UnitKind.LEADERSHIP, "Board of Directors"),
    ("van-phong", "Văn phòng Sở", "VP", UnitKind.OFFICE, "Office of the Department"),
    ("thanh-tra", "Thanh tra Sở", "TTr", UnitKind.INSPECTORATE, "Inspectorate"),
    (
        "phong-to-chuc-bien-che",
        "Phòng Tổ chức – Biên chế",
        "TCBC",
        UnitKind.DIVISION,
        "Division of Organisation and Staffing",
    ),
    (
        "phong-xay-dung-chinh-quyen",
        "Phòng Xây dựng chính quyền và Công tác thanh niên",
        "XDCQ",
        UnitKind.DIVISION,
        "Division of Local Government and Youth Affairs",
    ),
    (
        "phong-cong-chuc-vien-chuc",
        "Phòng Công chức – Viên chức",
        "CCVC",
        UnitKind.DIVISION,
        "Division of Civil Servants and Public Employees",
    ),
    (
        "ban-thi-dua-khen-thuong",
        "Ban Thi đua – Khen thưởng",
        "TĐKT",
        UnitKind.BOARD,
        "Board of Emulation and Commendation",
    ),
    ("ban-ton-giao", "Ban Tôn giáo", "BTG", UnitKind.BOARD, "Board of Religious Affairs"),
    (
        "chi-cuc-van-thu-luu-tru",
        "Chi cục Văn thư – Lưu trữ",
        "CCVTLT",
        UnitKind.SUB_DEPARTMENT,
        "Sub-Department of Records and Archives",
    ),
]

POSITIONS = [
    # name, English, rank, leadership, head
    ("Giám đốc", "Director", 10, True, True),
    ("Phó Giám đốc", "Deputy Director", 20, True, False),
    ("Chánh Văn phòng", "Chief of Office", 30, False, True),
    ("Chánh Thanh tra", "Chief Inspector", 30, False, True),
    ("Trưởng phòng", "Head of Division", 30, False, True),
    ("Trưởng ban", "Head of Board", 30, False, True),
    ("Chi cục trưởng", "Head of Sub-Department", 30, False, True),
    ("Phó Chánh Văn phòng", "Deputy Chief of Office", 40, False, False),
    ("Phó Chánh Thanh tra", "Deputy Chief Inspector", 40, False, False),
    ("Phó Trưởng phòng", "Deputy Head of Division", 40, False, False),
    ("Phó Trưởng ban", "Deputy Head of Board", 40, False, False),
    ("Phó Chi cục trưởng", "Deputy Head of Sub-Department", 40, False, False),
    ("Thanh tra viên", "Inspector", 50, False, False),
    ("Chuyên viên chính", "Principal Officer", 60, False, False),
    ("Chuyên viên", "Officer", 70, False, False),
    ("Văn thư", "Clerk", 80, False, False),
]

ADDRESS = "Số 8, đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên"
LEADER_KEYS = {
    "GD": "Nguyễn Văn Thành",
    "PGD1": "Trần Thị Thu Hằng",
    "PGD2": "Lê Minh Tuấn",
    "PGD3": "Phạm Quang Huy",
}


def build_units(ctx):
    """Đơn vị, chức vụ, cán bộ, lãnh đạo qua các thời kỳ"""
    for name, name_en, rank, leadership, head in POSITIONS:
        Position.objects.get_or_create(
            name=name,
            defaults={
                "name_en": name_en,
                "rank": rank,
                "is_leadership": leadership,
                "is_head": head,
            },
        )
    units = {}
    for order, (slug, name, short_name, kind, name_en) in enumerate(UNITS, start=1):
        unit = Unit.objects.filter(slug=slug).first()
        if unit is None:
            unit = Unit.objects.create(
                slug=slug,
                name=name,
                short_name=short_name,
                kind=kind,
                name_en=name_en,
                sort_order=order * 10,
                address=ADDRESS,
                phone=f"0221 3862 {200 + order:03d}",
                email=f"{short_name.lower().replace('đ', 'd')}.snv@hungyen.gov.vn",
            )
        functions = data.UNIT_FUNCTIONS.get(slug)
        if functions and not unit.functions:
            unit.functions = f"<p>{functions[0]}</p>"
            unit.functions_en = f"<p>{functions[1]}</p>"
            unit.save(update_fields=["functions", "functions_en"])
        units[slug] = unit
    ctx.data["units"] = units
    build_people(ctx, units)
    build_pages(ctx)
    build_schedule(ctx)


# -- people -------------------------------------------------------------------------------------
def official_email(full_name, taken):
    """``Nguyễn Văn Thành`` → ``thanhnv.snv@hungyen.gov.vn`` (a number added when taken)."""
    parts = fold(full_name).split()
    base = parts[-1] + "".join(part[0] for part in parts[:-1])
    email = f"{base}.snv@hungyen.gov.vn"
    number = 2
    while email in taken:
        email = f"{base}{number}.snv@hungyen.gov.vn"
        number += 1
    taken.add(email)
    return email


def years_ago(ctx, years, day_offset=0):
    return ctx.today - datetime.timedelta(days=round(365.25 * years) + day_offset)


def build_people(ctx, units):
    positions = {position.name: position for position in Position.objects.all()}
    taken = set(Person.objects.exclude(email="").values_list("email", flat=True))
    people = {}
    for index, (slug, position_name, full_name, mobile_public, duties) in enumerate(
        data.PEOPLE, start=1
    ):
        unit = units[slug]
        person = Person.objects.filter(full_name=full_name).first()
        if person is None:
            position = positions[position_name]
            leader = position.is_leadership
            if full_name in data.LEADER_STARTS:
                started = years_ago(ctx, data.LEADER_STARTS[full_name])
            else:
                started = years_ago(ctx, 2 + index % 6, day_offset=index * 17)
            biography = data.BIOGRAPHIES.get(full_name)
            person = Person.objects.create(
                full_name=full_name,
                email=official_email(full_name, taken),
                office_phone=f"0221 3862 {300 + index:03d}",
                mobile=f"09{(index * 7919) % 100:02d} {(index * 104729) % 1000:03d} "
                f"{(index * 1299709) % 1000:03d}",
                mobile_public=mobile_public,
                sort_order=index * 10,
                biography=biography[0].format(start=started.year) if biography else "",
                biography_en=biography[1].format(start=started.year) if biography else "",
                photo=ctx.image(
                    f"Ảnh chân dung {full_name}", caption=full_name, width=480, height=600
                )
                if leader
                else None,
            )
            Appointment.objects.create(
                person=person,
                unit=unit,
                position=position,
                start_date=started,
                responsibilities=duties,
                responsibilities_en=data.RESPONSIBILITIES_EN.get(full_name, ""),
            )
        people[full_name] = person
    leadership_unit = units["ban-giam-doc"]
    for full_name, position_name, started, ended in data.FORMER_LEADERS:
        if Person.objects.filter(full_name=full_name).exists():
            continue
        person = Person.objects.create(
            full_name=full_name,
            is_active=False,
            sort_order=900,
            biography=f"<p>{position_name} Sở Nội vụ tỉnh Hưng Yên giai đoạn "
            f"{years_ago(ctx, started).year}–{years_ago(ctx, ended).year}.</p>",
        )
        Appointment.objects.create(
            person=person,
            unit=leadership_unit,
            position=positions[position_name],
            start_date=years_ago(ctx, started),
            end_date=years_ago(ctx, ended),
        )
    for full_name, slug, position_name, started, ended in data.EARLIER_POSTS:
        person = people[full_name]
        if not person.appointments.filter(end_date__isnull=False).exists():
            Appointment.objects.create(
                person=person,
                unit=units[slug],
                position=positions[position_name],
                start_date=years_ago(ctx, started),
                end_date=years_ago(ctx, ended, day_offset=1),
                sort_order=1,
            )
    ctx.data["people"] = people
    ctx.log(f"  {Person.objects.count()} cán bộ, {Appointment.objects.count()} lượt bổ nhiệm")


# -- pages --------------------------------------------------------------------------------------
def section_page(ctx, page_class, slug, **fields):
    """The section page at ``slug`` under home; a StandardPage placeholder left by an earlier
    run of home's final step (before this section existed) is replaced."""
    existing = ctx.child(ctx.home, slug)
    if existing is not None and not isinstance(existing, page_class):
        if type(existing).__name__ == "StandardPage" and not existing.get_children().exists():
            existing.delete()
        else:
            return existing
    return ctx.page(ctx.home, page_class, slug, show_in_menus=True, **fields)


def translate(page, locale, **fields):
    """The ``locale`` translation of ``page``, created and published with ``fields`` if missing."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision(log_action=False).publish(log_action=False)
    return translation


def has_block(page, block_type):
    return any(block.block_type == block_type for block in page.body)


def append_block(page, block_type, value):
    """Add a block at the end of the page body once, and publish."""
    if has_block(page, block_type):
        return
    body = list(page.body.raw_data)
    body.append({"type": block_type, "value": value})
    page.body = body
    page.save_revision(log_action=False).publish(log_action=False)


def build_pages(ctx):
    directory = section_page(
        ctx,
        DirectoryPage,
        "danh-ba",
        title="Danh bạ",
        intro="Điện thoại, hòm thư công vụ của Lãnh đạo Sở, các phòng, ban, chi cục và cán bộ, "
        "công chức Sở Nội vụ tỉnh Hưng Yên. Gõ họ tên, đơn vị hoặc chức vụ để tìm, có thể gõ "
        "không dấu.",
        search_description="Danh bạ điện thoại, hòm thư công vụ của Sở Nội vụ tỉnh Hưng Yên.",
        responsible_unit=ctx.data["units"]["van-phong"],
    )
    schedule = section_page(
        ctx,
        SchedulePage,
        "lich-cong-tac",
        title="Lịch công tác",
        intro="Lịch công tác tuần của Giám đốc và các Phó Giám đốc Sở. Các mục điều chỉnh, hoãn "
        "hoặc bổ sung trong tuần được đánh dấu.",
        contact_note="Đầu mối cập nhật lịch: Văn phòng Sở, điện thoại 0221 3862 202.",
        search_description="Lịch công tác tuần của Lãnh đạo Sở Nội vụ tỉnh Hưng Yên.",
        responsible_unit=ctx.data["units"]["van-phong"],
    )
    ctx.data["directory_page"] = directory
    ctx.data["schedule_page"] = schedule

    about = ctx.child(ctx.home, "gioi-thieu")
    leaders_page = ctx.child(about, "lanh-dao-so") if about else None
    structure_page = ctx.child(about, "co-cau-to-chuc") if about else None
    if leaders_page is not None:
        append_block(
            leaders_page,
            "current_leaders",
            {"heading": "", "show_biography": True, "show_former": True, "former_heading": ""},
        )
    if structure_page is not None:
        append_block(structure_page, "organisation_chart", {"heading": ""})

    english = Locale.objects.filter(language_code="en").first()
    if english is None or ctx.home.get_translation_or_none(english) is None:
        return
    translate(
        directory,
        english,
        title="Directory",
        slug="directory",
        intro="Telephone numbers and official email addresses of the Department's leadership, "
        "units and staff. Search by name, unit or position.",
        search_description="Directory of the Department of Home Affairs of Hưng Yên Province.",
    )
    if about is None or about.get_translation_or_none(english) is None:
        return
    if structure_page is not None:
        translate(
            structure_page,
            english,
            title="Organisation structure",
            slug="organisation-structure",
            intro="The leadership, divisions, boards and sub-department of the Department of "
            "Home Affairs of Hưng Yên Province.",
            search_description="Organisation chart of the Department of Home Affairs.",
            body=[
                {
                    "type": "paragraph",
                    "value": "<p>The Department is led by a Director and Deputy Directors. Its "
                    "units and their official contacts are listed below; staff contacts are in "
                    "the Directory.</p>",
                },
                {"type": "organisation_chart", "value": {"heading": "Organisation chart"}},
            ],
        )
    if leaders_page is not None:
        translate(
            leaders_page,
            english,
            title="Leadership",
            slug="leadership",
            intro="The Director and Deputy Directors of the Department of Home Affairs of Hưng "
            "Yên Province, their areas of responsibility and contacts.",
            search_description="Leaders of the Department of Home Affairs of Hưng Yên Province.",
            body=[
                {
                    "type": "current_leaders",
                    "value": {
                        "heading": "Current leadership",
                        "show_biography": True,
                        "show_former": True,
                        "former_heading": "Former leaders",
                    },
                }
            ],
        )


# -- schedule -----------------------------------------------------------------------------------
def _time(text):
    return datetime.datetime.strptime(text, "%H:%M").time() if text else None


def _entry(ctx, day, spec, state=EntryState.NORMAL, change_note="", live=True):
    weekday, start, end, content, leader_keys, participants, location, unit_slug, notes = spec
    existing = ScheduleEntry.objects.filter(date=day, content=content).first()
    if existing is not None:
        return existing
    people = ctx.data["people"]
    entry = ScheduleEntry(
        date=day,
        start_time=_time(start),
        end_time=_time(end),
        content=content,
        participants=participants,
        location=location,
        preparing_unit=ctx.data["units"].get(unit_slug),
        notes=notes,
        state=state,
        change_note=change_note,
        live=False,
        responsible_unit=ctx.data["units"]["van-phong"],
    )
    entry.leaders.set([people[LEADER_KEYS[key]] for key in leader_keys])
    entry.save()
    revision = entry.save_revision(log_action=False)
    if live:
        revision.publish(log_action=False)
    return entry


def _change(entry, state, note, start=None, location=None):
    """Publish a second version of ``entry`` with the week's change (a real revision history)."""
    if entry.state == state:
        return
    entry.state = state
    entry.change_note = note
    if start:
        entry.start_time = _time(start)
        if entry.end_time and entry.end_time <= entry.start_time:
            entry.end_time = None
    if location:
        entry.location = location
    entry.save_revision(log_action=False).publish(log_action=False)


def build_schedule(ctx):
    this_week = IsoWeek.containing(ctx.today)
    weeks = [this_week.previous, this_week, this_week.next]
    for number, week in enumerate(weeks):
        entries = {}
        for index, spec in enumerate(data.WEEK_ENTRIES):
            entries[index] = _entry(ctx, week.days[spec[0]], spec)
        if number < 2:  # last week and this week: plans changed during the week
            for index, (state, note, start, location) in data.WEEK_CHANGES.items():
                _change(entries[index], state, note, start, location)
            for spec in data.ADDED_ENTRIES:
                _entry(ctx, week.days[spec[0]], spec, state=EntryState.ADDED)
        if number >= 1:  # this week and next week: entries still waiting for approval
            for spec in data.DRAFT_ENTRIES[number - 1 :]:
                _entry(ctx, week.days[spec[0]], spec, live=False)
    ctx.log(
        f"  lịch công tác {weeks[0].param} – {weeks[-1].param}: "
        f"{ScheduleEntry.objects.count()} mục ({ScheduleEntry.objects.filter(live=False).count()} "
        "bản nháp)"
    )


STEPS = [(20, build_units)]
