"""``manage.py notify_units``: each unit head gets the questions received that day and the unit's
overdue questions (Art. 11.3), without the askers' contact details."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from services.models import Question
from tests.services import factories

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("notify_units", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_each_head_gets_new_and_overdue_questions(tdkt, btg, tdkt_field, btg_field):
    tdkt_head = factories.person_in(tdkt, head=True, email="truongban.tdkt@hungyen.gov.vn")
    factories.person_in(tdkt)  # staff: gets nothing
    btg_head = factories.person_in(btg, head=True, email="truongban.btg@hungyen.gov.vn")
    today = timezone.localdate()
    new = factories.received_question(
        tdkt_field, title="Câu hỏi mới hôm nay", email="nguoidan@example.com", phone="0911222333"
    )
    overdue = factories.processing_question(
        tdkt_field,
        title="Câu hỏi đã quá hạn",
        received_at=timezone.now() - datetime.timedelta(days=40),
        due_date=today - datetime.timedelta(days=5),
        reported_at=timezone.now() - datetime.timedelta(days=40),
    )
    factories.answered_question(
        tdkt_field, title="Câu đã trả lời", due_date=today - datetime.timedelta(days=5)
    )
    religious = factories.received_question(btg_field, title="Câu hỏi tôn giáo")

    out, _err = run()
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {(tdkt_head.email,), (btg_head.email,)}
    body = by_recipient[(tdkt_head.email,)].body
    assert new.receipt_code in body and "Câu hỏi mới hôm nay" in body
    assert overdue.receipt_code in body and "Câu hỏi đã quá hạn" in body
    assert "Câu đã trả lời" not in body and religious.receipt_code not in body
    assert "nguoidan@example.com" not in body and "0911222333" not in body
    assert "1 câu hỏi mới, 1 quá hạn" in by_recipient[(tdkt_head.email,)].subject
    assert f"/admin/hoi-dap/edit/{new.pk}/" in body
    assert "Đã gửi 2 thư" in out

    # the next run does not report the same new question again, but overdue ones every day
    mail.outbox.clear()
    run()
    assert [m.to for m in mail.outbox] == [[tdkt_head.email]]
    assert new.receipt_code not in mail.outbox[0].body
    assert overdue.receipt_code in mail.outbox[0].body
    assert Question.objects.get(pk=new.pk).reported_at is not None


def test_a_unit_without_a_head_is_reported_to_its_mailbox(tdkt, tdkt_field):
    factories.received_question(tdkt_field)
    run()
    assert [m.to for m in mail.outbox] == [[tdkt.email]]


def test_a_unit_with_no_address_at_all_keeps_its_questions_unreported(tdkt, tdkt_field):
    tdkt.email = ""
    tdkt.save()
    question = factories.received_question(tdkt_field)
    _out, err = run()
    assert mail.outbox == []
    assert "chưa gửi" in err
    assert Question.objects.get(pk=question.pk).reported_at is None


def test_the_giam_doc_heads_ban_giam_doc(db):
    board = factories.unit("ban-giam-doc", "Ban Giám đốc")
    director = factories.person_in(
        board, name="Giám đốc Sở", email="giamdoc@hungyen.gov.vn", account=False
    )
    director.appointments.update(
        position=factories.position("Giám đốc", is_head=True, is_leadership=True)
    )
    field = factories.field("chung", "Những vấn đề chung", board)
    factories.received_question(field)
    run()
    assert [m.to for m in mail.outbox] == [["giamdoc@hungyen.gov.vn"]]


def test_dry_run_sends_and_marks_nothing(tdkt, tdkt_field):
    factories.person_in(tdkt, head=True)
    question = factories.received_question(tdkt_field)
    out, _err = run("--dry-run")
    assert mail.outbox == []
    assert "1 mới, 0 quá hạn (thử)" in out
    assert Question.objects.get(pk=question.pk).reported_at is None
