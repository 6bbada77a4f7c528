"""Working days in Vietnam: Monday–Friday except public holidays (Labour Code 2019, Art. 112).

Decree 43/2011/NĐ-CP Art. 17 (kept by Decree 42/2022/NĐ-CP) asks for legal documents to be posted
within 2 working days of issuance. Public holidays, including the lunar ones (Tết, Hùng Kings'
day), come from the ``holidays`` package, so no table needs yearly maintenance here.
"""

import datetime
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays_for(year):
    return frozenset(holidays.country_holidays("VN", years=year).keys())


def is_working_day(day):
    return day.weekday() < 5 and day not in _holidays_for(day.year)


def working_days_between(start, end):
    """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``).

    Issued on Friday and posted on Monday → 1; posted on Tuesday → 2.
    """
    if not start or not end or end <= start:
        return 0
    count = 0
    day = start + datetime.timedelta(days=1)
    while day <= end:
        if is_working_day(day):
            count += 1
        day += datetime.timedelta(days=1)
    return count
