"""Speed targets for the services section (not a test; run by hand):

    DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/services_bench.py

Builds a throwaway test database, then measures:
* 15-working-day due dates for 1,000 questions (target: < 0.5 s, holidays loaded once per window);
* the procedure list with a diacritic-free query over 500 procedures (target: < 0.3 s per request);
* a status lookup with the right pair (target: < 50 ms per request).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_databases, setup_test_environment, teardown_databases  # noqa: E402


def timed(label, target, fn, repeat=1):
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    per = (time.perf_counter() - start) / repeat
    verdict = "OK" if per <= target else "SLOW"
    print(f"{label:<55} {per * 1000:8.1f} ms  (target {target * 1000:.0f} ms) {verdict}")


def main():
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        import datetime

        from wagtail.models import Site

        from services.demo_data import HOLIDAYS
        from services.models import Holiday, WorkingCalendar
        from tests.services import factories

        for day, name, kind in HOLIDAYS:
            Holiday.objects.create(date=datetime.date.fromisoformat(day), name=name, kind=kind)
        calendar = WorkingCalendar()
        start = datetime.date(2026, 1, 1)
        timed(
            "due dates for 1,000 questions",
            0.5,
            lambda: [
                calendar.add_working_days(start + datetime.timedelta(days=n % 700), 15)
                for n in range(1000)
            ],
        )

        home = Site.objects.get(is_default_site=True).root_page.specific
        unit = factories.unit()
        field = factories.field(unit_obj=unit)
        index = factories.procedure_index(home)
        for n in range(500):
            factories.procedure(index, field, f"Thủ tục thi đua số {n}", f"1.{n:06d}")
        client = Client()
        timed(
            "procedure list, q=thu tuc thi dua, 500 procedures",
            0.3,
            lambda: client.get(index.url, {"q": "thu tuc thi dua"}),
            repeat=5,
        )

        page = factories.question_index(home)
        question = factories.received_question(field, email="a@example.com")
        timed(
            "status lookup with the matching pair",
            0.05,
            lambda: client.post(
                page.url_for("lookup"), {"code": question.receipt_code, "contact": "a@example.com"}
            ),
            repeat=20,
        )
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
