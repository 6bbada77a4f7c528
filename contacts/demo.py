"""Demo content for contacts: the units of Sở Nội vụ tỉnh Hưng Yên and the list of positions.

Other demo steps look units up by these slugs (``ctx.data["units"]``).
"""

from contacts.models import Position, Unit, UnitKind

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


def build_units(ctx):
    """Đơn vị và chức vụ"""
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
                address="Số 8, đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên",
                phone=f"0221 3862 {200 + order:03d}",
                email=f"{short_name.lower().replace('đ', 'd')}.snv@hungyen.gov.vn",
            )
        units[slug] = unit
    ctx.data["units"] = units


STEPS = [(20, build_units)]
