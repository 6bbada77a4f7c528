"""The admin for questions: each unit sees its own questions, moves are enforced on the server,
per-unit overdue and due-soon lists, and the satisfaction report with export."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from services.models import QuestionStatus, Rating
from tests.services import factories

pytestmark = pytest.mark.django_db

S = QuestionStatus


def edit_url(question):
    return reverse("services_question:edit", args=[question.pk])


INDEX = "/admin/hoi-dap/"


def denied(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


@pytest.fixture
def logged(client, tdkt_staff, tdkt_head, btg_staff, btg_head, editor):
    factories.give_admin_access(tdkt_staff, tdkt_head, btg_staff, btg_head)

    def login(user):
        client.force_login(user)
        return client

    return login


def test_staff_see_only_their_units_questions(logged, tdkt_field, btg_field, tdkt_staff):
    mine = factories.received_question(tdkt_field, title="Câu của Ban Thi đua")
    theirs = factories.received_question(btg_field, title="Câu của Ban Tôn giáo")
    client = logged(tdkt_staff)
    html = client.get(INDEX).content.decode()
    assert "Câu của Ban Thi đua" in html and "Câu của Ban Tôn giáo" not in html
    assert client.get(edit_url(mine)).status_code == 200
    assert denied(client.get(edit_url(theirs)))
    assert denied(client.post(edit_url(theirs), {"action": "start"}))
    theirs.refresh_from_db()
    assert theirs.status == S.RECEIVED


def test_editors_see_every_question(logged, tdkt_field, btg_field, editor):
    factories.received_question(tdkt_field, title="Câu của Ban Thi đua")
    factories.received_question(btg_field, title="Câu của Ban Tôn giáo")
    html = logged(editor).get(INDEX).content.decode()
    assert "Câu của Ban Thi đua" in html and "Câu của Ban Tôn giáo" in html


def test_people_outside_every_unit_have_no_access(client, tdkt_field):
    outsider = factories.user()
    factories.give_admin_access(outsider)
    question = factories.received_question(tdkt_field)
    client.force_login(outsider)
    assert denied(client.get(INDEX))
    assert denied(client.get(edit_url(question)))


def test_there_is_no_add_view(logged, editor):
    assert logged(editor).get("/admin/hoi-dap/new/").status_code == 404


def test_the_full_chain_through_the_admin(logged, tdkt_field, tdkt_staff, tdkt_head, client):
    question = factories.received_question(tdkt_field)
    staff = logged(tdkt_staff)
    page = staff.get(edit_url(question)).content.decode()
    assert 'value="submit"' in page and 'value="approve"' not in page
    # staff save a draft, then submit
    response = staff.post(edit_url(question), {"action": "save_draft", "answer": "Dự thảo"})
    assert response.status_code == 302
    staff.post(edit_url(question), {"action": "submit", "answer": "Trả lời hoàn chỉnh"})
    question.refresh_from_db()
    assert question.status == S.AWAITING_APPROVAL
    # staff forging an approval is refused on the server
    forged = staff.post(edit_url(question), {"action": "approve", "answer": "X", "publish": "on"})
    assert forged.status_code == 403
    assert "Bạn không có quyền" in forged.content.decode()
    question.refresh_from_db()
    assert question.status == S.AWAITING_APPROVAL and question.answer == "Trả lời hoàn chỉnh"
    # the head approves
    head = logged(tdkt_head)
    assert 'value="approve"' in head.get(edit_url(question)).content.decode()
    response = head.post(
        edit_url(question),
        {
            "action": "approve",
            "answer": "Trả lời hoàn chỉnh",
            "public_title": "Tiêu đề công bố",
            "public_body": "Nội dung công bố",
            "publish": "on",
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == S.ANSWERED and question.is_public
    assert question.public_title == "Tiêu đề công bố"


def test_missing_note_or_answer_is_a_400_with_a_message(logged, tdkt_field, tdkt_head):
    question = factories.awaiting_question(tdkt_field)
    head = logged(tdkt_head)
    response = head.post(edit_url(question), {"action": "send_back", "send_back-note": ""})
    assert response.status_code == 400
    assert "Cần ghi rõ nội dung yêu cầu sửa" in response.content.decode()
    response = head.post(edit_url(question), {"action": "no-such-move"})
    assert response.status_code == 400
    question.refresh_from_db()
    assert question.status == S.AWAITING_APPROVAL


def test_an_editor_reassigns_from_the_admin(logged, tdkt_field, btg, editor):
    question = factories.processing_question(tdkt_field)
    response = logged(editor).post(
        edit_url(question),
        {"action": "reassign", "reassign-unit": btg.pk, "reassign-note": "Sai lĩnh vực"},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.unit == btg and question.status == S.RECEIVED


def test_deadline_lists_per_unit(logged, tdkt_field, btg_field, tdkt_staff, editor):
    today = timezone.localdate()
    late = factories.received_question(
        tdkt_field, title="Câu quá hạn", due_date=today - datetime.timedelta(days=3)
    )
    soon = factories.processing_question(tdkt_field, title="Câu sắp đến hạn", due_date=today)
    factories.received_question(
        tdkt_field, title="Câu còn lâu", due_date=today + datetime.timedelta(days=30)
    )
    factories.answered_question(
        tdkt_field, title="Câu đã trả lời", due_date=today - datetime.timedelta(days=9)
    )
    factories.received_question(
        btg_field, title="Câu tôn giáo quá hạn", due_date=today - datetime.timedelta(days=1)
    )
    url = reverse("services_deadlines:index")

    html = logged(editor).get(url).content.decode()
    for text in ["Ban Thi đua – Khen thưởng", "Ban Tôn giáo", late.receipt_code, soon.receipt_code]:
        assert text in html
    assert "Câu còn lâu" not in html and "Câu đã trả lời" not in html
    assert html.index("Quá hạn (1)") < html.index("Câu quá hạn") < html.index("Sắp đến hạn (1)")

    staff_html = logged(tdkt_staff).get(url).content.decode()
    assert "Câu quá hạn" in staff_html and "Câu tôn giáo quá hạn" not in staff_html

    overdue_only = logged(editor).get(url, {"deadline": "overdue"}).content.decode()
    assert "Câu quá hạn" in overdue_only and "Câu sắp đến hạn" not in overdue_only

    export = logged(editor).get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(
        io.BytesIO(b"".join(export.streaming_content) if export.streaming else export.content)
    ).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Đơn vị", "Mã tiếp nhận", "Tiêu đề"]
    assert {row[1] for row in rows[1:]} == {
        late.receipt_code,
        soon.receipt_code,
        *[r[1] for r in rows[1:] if r[0] == "Ban Tôn giáo"],
    }
    assert len(rows) == 4


def test_the_question_list_filters_overdue(logged, tdkt_field, editor):
    today = timezone.localdate()
    factories.received_question(
        tdkt_field, title="Câu quá hạn", due_date=today - datetime.timedelta(days=2)
    )
    factories.received_question(
        tdkt_field, title="Câu trong hạn", due_date=today + datetime.timedelta(days=10)
    )
    html = logged(editor).get(INDEX, {"deadline": "overdue"}).content.decode()
    assert "Câu quá hạn" in html and "Câu trong hạn" not in html


def test_satisfaction_report_aggregates_and_exports(client, procedure_page_index, tdkt_field):
    procedure = factories.procedure(procedure_page_index, tdkt_field)
    answered = factories.answered_question(tdkt_field, public_title="Câu được đánh giá")
    for n, score in enumerate([5, 4, 3]):
        Rating.objects.create(procedure=procedure, score=score, voter=f"p{n}")
    for n, score in enumerate([2, 4]):
        Rating.objects.create(question=answered, score=score, voter=f"q{n}")
    admin = factories.user(is_superuser=True, is_staff=True)
    client.force_login(admin)
    html = client.get(reverse("services_ratings_report")).content.decode()
    assert "1.000775 – Thủ tục tặng Bằng khen" in html and "4,00" in html
    assert "Câu được đánh giá" in html and "3,00" in html
    assert "Tổng hợp" in html and "3,60" in html  # all five ratings together
    csv = b"".join(
        client.get(reverse("services_ratings_report"), {"export": "csv"}).streaming_content
    ).decode()
    lines = csv.strip().splitlines()
    assert lines[0].startswith("Loại,Nội dung được đánh giá,Đơn vị,Số lượt,Điểm trung bình")
    assert any("1.000775" in line and ",3,4.0," in line for line in lines)
    only_questions = client.get(
        reverse("services_ratings_report"), {"kind": "question"}
    ).content.decode()
    assert "Câu được đánh giá" in only_questions and "1.000775 –" not in only_questions


def test_the_satisfaction_report_is_not_for_everyone(client, tdkt_staff):
    factories.give_admin_access(tdkt_staff)
    client.force_login(tdkt_staff)
    assert denied(client.get(reverse("services_ratings_report")))


def test_the_dashboard_shows_a_head_what_awaits_approval(logged, tdkt_field, tdkt_head, tdkt_staff):
    today = timezone.localdate()
    waiting = factories.awaiting_question(tdkt_field, title="Chờ trưởng ban duyệt")
    late = factories.processing_question(
        tdkt_field, title="Đã quá hạn", due_date=today - datetime.timedelta(days=2)
    )
    head_html = logged(tdkt_head).get("/admin/").content.decode()
    assert "Trả lời chờ đồng chí duyệt (1)" in head_html and waiting.receipt_code in head_html
    assert late.receipt_code in head_html
    staff_html = logged(tdkt_staff).get("/admin/").content.decode()
    assert "Trả lời chờ đồng chí duyệt" not in staff_html and late.receipt_code in staff_html
