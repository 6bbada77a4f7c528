"""``refresh_legal_status`` changes exactly the documents whose status changed, logs each change
in Wagtail's audit log, and a second run changes nothing."""

import datetime
import io

import time_machine
from django.core.management import call_command
from wagtail.models import PageLogEntry

from legal_docs.models import LegalDocumentPage, RelationType, ValidityStatus
from legal_docs.status import STATUS_CHANGED_ACTION

from .factories import make_document

D = datetime.date


def at(day, hour=0, minute=30):
    """``day`` at ``hour:minute`` Asia/Ho_Chi_Minh (UTC+7)."""
    local = datetime.datetime.combine(day, datetime.time(hour, minute))
    return local.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


def test_refresh_changes_and_logs_exactly_what_changed(register):
    with time_machine.travel(at(D(2026, 11, 20), 9)):
        starts = make_document(
            register, number="1/2026/NĐ-CP", issued_on=D(2026, 11, 20), effective_on=D(2026, 11, 25)
        )
        ends = make_document(
            register, number="2/2020/NĐ-CP", issued_on=D(2020, 1, 2), expires_on=D(2026, 11, 25)
        )
        old = make_document(register, number="3/2015/NĐ-CP", issued_on=D(2015, 1, 2))
        make_document(
            register,
            number="4/2026/NĐ-CP",
            issued_on=D(2026, 11, 20),
            effective_on=D(2026, 11, 25),
            relations=[(RelationType.REPLACES, old)],
        )
        untouched = make_document(register, number="5/2019/NĐ-CP", issued_on=D(2019, 1, 2))
        later = make_document(
            register, number="6/2026/NĐ-CP", issued_on=D(2026, 11, 20), effective_on=D(2026, 12, 1)
        )
    PageLogEntry.objects.filter(action=STATUS_CHANGED_ACTION).delete()
    before = dict(LegalDocumentPage.objects.values_list("pk", "status"))

    with time_machine.travel(at(D(2026, 11, 24), 23, 59)):  # the day before, late evening
        out = io.StringIO()
        call_command("refresh_legal_status", stdout=out)
        assert "0 văn bản" in out.getvalue()

    with time_machine.travel(at(D(2026, 11, 25), 0, 1)):  # one minute into the day, local time
        out = io.StringIO()
        call_command("refresh_legal_status", stdout=out)
        assert "Đã cập nhật tình trạng hiệu lực của 4 văn bản." in out.getvalue()
        after = dict(LegalDocumentPage.objects.values_list("pk", "status"))
        changed = {pk for pk in after if after[pk] != before[pk]}
        new = LegalDocumentPage.objects.get(number="4/2026/NĐ-CP")
        assert changed == {starts.pk, ends.pk, old.pk, new.pk}
        assert after[starts.pk] == ValidityStatus.IN_FORCE
        assert after[ends.pk] == ValidityStatus.EXPIRED
        assert after[old.pk] == ValidityStatus.EXPIRED
        assert after[untouched.pk] == before[untouched.pk] == ValidityStatus.IN_FORCE
        assert after[later.pk] == ValidityStatus.NOT_YET_EFFECTIVE

        entries = PageLogEntry.objects.filter(action=STATUS_CHANGED_ACTION)
        assert sorted(entries.values_list("page_id", flat=True)) == sorted(changed)
        entry = entries.get(page_id=ends.pk)
        assert entry.data["old"] == ValidityStatus.IN_FORCE
        assert entry.data["new"] == ValidityStatus.EXPIRED
        assert entry.data["day"] == "25/11/2026"
        assert "Còn hiệu lực → Hết hiệu lực toàn bộ" in str(entry.message)

        # idempotent: a second run the same day changes and logs nothing
        out = io.StringIO()
        call_command("refresh_legal_status", stdout=out)
        assert "của 0 văn bản" in out.getvalue()
        assert entries.count() == 4


def test_refresh_for_another_date_and_bad_date(register):
    make_document(
        register, number="9/2020/NĐ-CP", issued_on=D(2020, 1, 2), expires_on=D(2030, 1, 1)
    )
    out = io.StringIO()
    call_command("refresh_legal_status", "--date", "2030-01-01", stdout=out)
    assert "của 1 văn bản" in out.getvalue()
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Ngày không hợp lệ"):
        call_command("refresh_legal_status", "--date", "01/01/2030")


def test_status_change_appears_in_the_page_history(register, client, django_user_model):
    from django.urls import reverse

    document = make_document(
        register, number="9/2020/NĐ-CP", issued_on=D(2020, 1, 2), expires_on=D(2030, 1, 1)
    )
    call_command("refresh_legal_status", "--date", "2030-01-02", stdout=io.StringIO())
    user = django_user_model.objects.create_superuser("ls", "l@example.com", "x-Pass-2026")
    client.force_login(user)
    content = client.get(reverse("wagtailadmin_pages:history", args=[document.pk])).content
    assert "Đổi tình trạng hiệu lực" in content.decode()
