"""Editors' reports: expiring within 30/60/90 days, expired without replacement, posted late;
XLSX and CSV export with the responsible unit."""

import datetime
import io

import openpyxl
import pytest
import time_machine
from django.urls import reverse

from contacts.models import Unit, UnitKind
from legal_docs.models import RelationType

from .factories import make_document

D = datetime.date
TODAY = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin2", "a@example.com", "x-Pass-2026")
    client.force_login(user)
    return client


@pytest.fixture
def unit(db):
    return Unit.objects.create(
        name="Chi cục Văn thư – Lưu trữ", slug="cc-vtlt", kind=UnitKind.SUB_DEPARTMENT
    )


@pytest.fixture
def docs(register, unit):
    with time_machine.travel(TODAY):
        today = D(2026, 11, 25)
        made = {
            "in20": make_document(
                register,
                number="1/KH-SNV",
                type_slug="ke-hoach",
                body_slug="so-noi-vu",
                issued_on=D(2026, 1, 5),
                expires_on=today + datetime.timedelta(days=20),
                responsible_unit=unit,
            ),
            "in50": make_document(
                register,
                number="2/KH-SNV",
                type_slug="ke-hoach",
                body_slug="so-noi-vu",
                issued_on=D(2026, 1, 5),
                expires_on=today + datetime.timedelta(days=50),
            ),
            "in85": make_document(
                register,
                number="3/KH-SNV",
                type_slug="ke-hoach",
                body_slug="so-noi-vu",
                issued_on=D(2026, 1, 5),
                expires_on=today + datetime.timedelta(days=85),
            ),
            "old": make_document(
                register,
                number="38/2025/QĐ-UBND",
                type_slug="quyet-dinh",
                body_slug="ubnd-tinh",
                group="qppl",
                issued_on=D(2025, 3, 3),
            ),
            "expired_alone": make_document(
                register,
                number="4/KH-SNV",
                type_slug="ke-hoach",
                body_slug="so-noi-vu",
                issued_on=D(2025, 1, 5),
                expires_on=D(2026, 1, 1),
                responsible_unit=unit,
            ),
            "replaced": make_document(register, number="5/2015/NĐ-CP", issued_on=D(2015, 1, 5)),
            "late": make_document(
                register,
                number="6/QĐ-SNV",
                type_slug="quyet-dinh",
                body_slug="so-noi-vu",
                issued_on=D(2026, 11, 13),
                published_on=D(2026, 11, 19),
                responsible_unit=unit,
            ),
            "on_time": make_document(
                register,
                number="7/QĐ-SNV",
                type_slug="quyet-dinh",
                body_slug="so-noi-vu",
                issued_on=D(2026, 11, 13),
                published_on=D(2026, 11, 17),
            ),
        }
        # a replacement taking effect in 10 days puts the old decision in the 30-day window
        made["new"] = make_document(
            register,
            number="31/2026/QĐ-UBND",
            type_slug="quyet-dinh",
            body_slug="ubnd-tinh",
            group="qppl",
            issued_on=D(2026, 11, 20),
            effective_on=D(2026, 12, 5),
            published_on=D(2026, 11, 20),
            relations=[(RelationType.REPLACES, made["old"])],
        )
        made["replacer"] = make_document(
            register,
            number="8/2020/NĐ-CP",
            issued_on=D(2020, 1, 5),
            relations=[(RelationType.REPLACES, made["replaced"])],
        )
        yield made


def listed(response):
    return {
        row.split("</td>")[0].strip()
        for row in response.content.decode().split('<td class="">')[1:]
        if "/" in row.split("</td>")[0]
    }


def report(admin_client, name, **params):
    return admin_client.get(reverse(f"legal_docs_reports:{name}"), params)


def test_expiring_windows(admin_client, docs):
    with time_machine.travel(TODAY):
        content30 = report(admin_client, "expiring").content.decode()
        content60 = report(admin_client, "expiring", days="60").content.decode()
        content90 = report(admin_client, "expiring", days="90").content.decode()
    assert "1/KH-SNV" in content30 and "38/2025/QĐ-UBND" in content30
    assert "2/KH-SNV" not in content30
    assert "2/KH-SNV" in content60 and "3/KH-SNV" not in content60
    assert "3/KH-SNV" in content90
    assert "Chi cục Văn thư – Lưu trữ" in content30  # the responsible unit


def test_expired_without_replacement(admin_client, docs):
    with time_machine.travel(TODAY):
        content = report(admin_client, "expired").content.decode()
    assert "4/KH-SNV" in content
    assert "5/2015/NĐ-CP" not in content  # its replacement is recorded


def test_posted_late(admin_client, docs):
    with time_machine.travel(TODAY):
        content = report(admin_client, "late").content.decode()
    # issued Friday 13/11/2026, posted Thursday 19/11: 4 working days; Tuesday 17/11: 2
    assert "6/QĐ-SNV" in content
    assert "7/QĐ-SNV" not in content


def test_exports_have_the_responsible_unit(admin_client, docs):
    with time_machine.travel(TODAY):
        response = report(admin_client, "late", export="xlsx")
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        rows = list(workbook.active.values)
        csv_response = report(admin_client, "expired", export="csv")
        text = b"".join(csv_response.streaming_content).decode("utf-8")
    assert rows[0][0] == "Số ký hiệu" and "Đơn vị chịu trách nhiệm" in rows[0]
    unit_column = rows[0].index("Đơn vị chịu trách nhiệm")
    late = {row[0]: row for row in rows[1:]}
    assert late["6/QĐ-SNV"][unit_column] == "Chi cục Văn thư – Lưu trữ"
    assert "7/QĐ-SNV" not in late
    assert "Số ngày làm việc" in rows[0]
    assert "4/KH-SNV" in text and "Chi cục Văn thư – Lưu trữ" in text


def test_reports_need_an_editor(client, docs, django_user_model):
    user = django_user_model.objects.create_user("dan", "d@example.com", "x-Pass-2026")
    client.force_login(user)
    response = client.get(reverse("legal_docs_reports:expiring"))
    assert response.status_code in (302, 403)


def test_reports_are_in_the_reports_menu(admin_client, docs):
    content = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    for name in ("expiring", "expired", "late"):
        assert reverse(f"legal_docs_reports:{name}") in content
