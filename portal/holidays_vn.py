"""Vietnam's official days off and make-up working days, for the working-day calendar
(``portal.workdays.Holiday``).

``OFFICIAL_DAYS`` holds the years whose swaps and extra days off the Government has announced
(checked by hand: editors must compare them with each year's notice of the Ministry of Home
Affairs). Other years are filled from the ``holidays`` package (the fixed and lunar public holidays
of the Labour Code, without swaps), so older deadlines — documents issued years ago — are counted
sensibly too. ``manage.py seed_holidays`` loads both; existing rows are never changed.
"""

import datetime

OFFICIAL_DAYS = [
    # 2026
    ("2026-01-01", "Tết Dương lịch", "off"),
    ("2026-01-02", "Nghỉ liền Tết Dương lịch (hoán đổi)", "off"),
    ("2026-01-10", "Làm bù ngày 02/01/2026", "work"),
    ("2026-02-16", "Tết Nguyên đán Bính Ngọ", "off"),
    ("2026-02-17", "Tết Nguyên đán Bính Ngọ (mùng 1)", "off"),
    ("2026-02-18", "Tết Nguyên đán Bính Ngọ (mùng 2)", "off"),
    ("2026-02-19", "Tết Nguyên đán Bính Ngọ (mùng 3)", "off"),
    ("2026-02-20", "Tết Nguyên đán Bính Ngọ (mùng 4)", "off"),
    ("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật 26/4)", "off"),
    ("2026-04-30", "Ngày Chiến thắng 30/4", "off"),
    ("2026-05-01", "Ngày Quốc tế Lao động 1/5", "off"),
    ("2026-09-02", "Quốc khánh 2/9", "off"),
    ("2026-09-03", "Nghỉ liền Quốc khánh", "off"),
    # 2027
    ("2027-01-01", "Tết Dương lịch", "off"),
    ("2027-02-05", "Tết Nguyên đán Đinh Mùi (30 Tết)", "off"),
    ("2027-02-08", "Tết Nguyên đán Đinh Mùi (mùng 3)", "off"),
    ("2027-02-09", "Tết Nguyên đán Đinh Mùi (mùng 4)", "off"),
    ("2027-02-10", "Nghỉ bù Tết Nguyên đán (mùng 1 là thứ Bảy)", "off"),
    ("2027-02-11", "Nghỉ bù Tết Nguyên đán (mùng 2 là Chủ nhật)", "off"),
    ("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", "off"),
    ("2027-04-30", "Ngày Chiến thắng 30/4", "off"),
    ("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)", "off"),
    ("2027-09-02", "Quốc khánh 2/9", "off"),
    ("2027-09-03", "Nghỉ liền Quốc khánh", "off"),
]

FIRST_YEAR = 2010


def official_years():
    return {datetime.date.fromisoformat(day).year for day, _name, _kind in OFFICIAL_DAYS}


def calendar_rows(last_year):
    """``[(date, name, kind)]`` for FIRST_YEAR..last_year: announced years as announced, the
    others from the ``holidays`` package."""
    import holidays

    rows = [(datetime.date.fromisoformat(day), name, kind) for day, name, kind in OFFICIAL_DAYS]
    announced = official_years()
    years = [year for year in range(FIRST_YEAR, last_year + 1) if year not in announced]
    for day, name in sorted(holidays.country_holidays("VN", years=years, language="vi").items()):
        rows.append((day, name, "off"))
    return sorted(rows)


def seed_holidays(last_year=None):
    """Add the missing days (idempotent); returns how many were added."""
    from django.utils import timezone

    from portal.text import nfc
    from portal.workdays import Holiday

    last_year = last_year or timezone.localdate().year + 1
    existing = set(Holiday.objects.values_list("date", flat=True))
    new = [
        Holiday(date=day, name=nfc(name)[:160], kind=kind)
        for day, name, kind in calendar_rows(last_year)
        if day not in existing
    ]
    Holiday.objects.bulk_create(new)
    return len(new)
