"""The approval chain through the admin and Wagtail's real workflow engine (Art. 9.4, 10.3, 11, 14)."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from home.models import StandardPage
from portal.workflows import BOARD_TASK, LEADERSHIP_TASK, UNIT_HEAD_TASK
from tests.portal.admin_helpers import (
    create_page,
    current_step,
    edit_page,
    page_action,
    page_data,
)

pytestmark = pytest.mark.django_db


def submit_article(client, org, title="Hội nghị tổng kết công tác nội vụ năm 2026", parent=None):
    client.force_login(org.users.staff_vp)
    response = create_page(
        client,
        parent or org.news,
        title,
        intro="Sáng nay, Sở Nội vụ tổ chức hội nghị tổng kết.",
        paragraphs=["<p>Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2026.</p>"],
    )
    assert response.status_code == 302, response.content[:2000]
    return StandardPage.objects.get(title=title)


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def recipients():
    return {address for message in mail.outbox for address in message.to}


def test_article_goes_staff_then_unit_head_then_board_then_live(client, org):
    users = org.users
    page = submit_article(client, org)
    # the author's unit was filled in; the page waits for the head of that unit
    assert page.responsible_unit == org.units.vp
    assert not page.live
    assert current_step(page) == UNIT_HEAD_TASK
    assert users.head_vp.email in recipients()
    assert users.head_cc.email not in recipients()

    mail.outbox.clear()
    client.force_login(users.head_vp)
    assert page_action(client, page, "approve").status_code == 302
    assert current_step(page) == BOARD_TASK
    assert not Page.objects.get(pk=page.pk).live
    assert {users.board1.email, users.board2.email, users.board_head.email} <= recipients()

    client.force_login(users.board1)
    page_action(client, page, "approve", comment="Đồng ý đăng.")
    page = Page.objects.get(pk=page.pk)
    assert page.live
    assert page.current_workflow_state is None
    assert users.staff_vp.email in {a for m in mail.outbox for a in m.to}
    assert client.get(page.url).status_code == 200


def test_introduction_page_also_needs_leadership(client, org):
    users = org.users
    page = submit_article(client, org, title="Thành tích nổi bật", parent=org.about)
    client.force_login(users.head_vp)
    page_action(client, page, "approve")
    client.force_login(users.board1)
    page_action(client, page, "approve")
    assert current_step(page) == LEADERSHIP_TASK
    assert not Page.objects.get(pk=page.pk).live
    # the board cannot take the leadership's step
    assert refused(page_action(client, page, "approve"))
    client.force_login(users.leader)
    page_action(client, page, "approve")
    assert Page.objects.get(pk=page.pk).live


def test_head_of_another_unit_cannot_approve(client, org):
    page = submit_article(client, org)
    client.force_login(org.users.head_cc)
    assert refused(page_action(client, page, "approve"))
    assert current_step(page) == UNIT_HEAD_TASK
    # the editor shows no approval buttons to them either
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b'data-workflow-action-name="approve"' not in response.content


def test_author_cannot_approve_their_own_article(client, org):
    users = org.users
    client.force_login(users.board1)
    create_page(client, org.news, "Tập huấn nghiệp vụ văn thư", paragraphs=["<p>Nội dung.</p>"])
    page = StandardPage.objects.get(title="Tập huấn nghiệp vụ văn thư")
    client.force_login(users.head_vp)
    page_action(client, page, "approve")
    assert current_step(page) == BOARD_TASK
    client.force_login(users.board1)
    assert refused(page_action(client, page, "approve"))
    assert current_step(page) == BOARD_TASK
    client.force_login(users.board2)
    page_action(client, page, "approve")
    assert Page.objects.get(pk=page.pk).live


def test_board_member_who_edited_cannot_approve_the_edit(client, org):
    users = org.users
    page = submit_article(client, org)
    client.force_login(users.head_vp)
    page_action(client, page, "approve")
    client.force_login(users.board1)
    response = edit_page(
        client,
        page,
        "Hội nghị tổng kết công tác nội vụ năm 2026 (đã biên tập)",
        action=None,
        paragraphs=["<p>Bản đã biên tập.</p>"],
    )
    assert response.status_code == 302
    assert refused(page_action(client, page, "approve"))
    client.force_login(users.board2)
    page_action(client, page, "approve")
    page = Page.objects.get(pk=page.pk)
    assert page.live and page.title.endswith("(đã biên tập)")


def test_staff_cannot_publish(client, org):
    users = org.users
    client.force_login(users.staff_vp)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", org.news.pk])
    client.post(url, {**page_data("Bản tin tháng 11"), "action-publish": "1"})
    page = StandardPage.objects.get(title="Bản tin tháng 11")
    assert not page.live
    edit_page(client, page, "Bản tin tháng 11", action="action-publish")
    assert not Page.objects.get(pk=page.pk).live
    # the editor offers submission, never publication
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b'name="action-submit"' in response.content
    assert b'name="action-publish"' not in response.content


def test_request_changes_needs_a_comment(client, org):
    page = submit_article(client, org)
    client.force_login(org.users.head_vp)
    page_action(client, page, "reject")
    assert current_step(page) == UNIT_HEAD_TASK
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"
    response = page_action(client, page, "reject", comment="   ", ajax=True)
    assert "Cần ghi rõ nội dung cần chỉnh sửa" in response.json()["html"]
    assert Page.objects.get(pk=page.pk).current_workflow_state.status == "in_progress"
    # and the engine refuses it even when called without the form (edit view's extra data)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, org.users.head_vp, "reject", comment="")


def test_rejected_page_shows_comment_and_restarts_from_first_step(client, org):
    users = org.users
    page = submit_article(client, org)
    client.force_login(users.head_vp)
    page_action(client, page, "approve")
    mail.outbox.clear()
    client.force_login(users.board1)
    comment = "Đề nghị bổ sung số liệu kết quả tuyển dụng công chức."
    page_action(client, page, "reject", comment=comment)
    state = WorkflowState.objects.get(pk=Page.objects.get(pk=page.pk).current_workflow_state.pk)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # the author is told by email, sees the comment in the editor and on the dashboard
    assert any(users.staff_vp.email in m.to and comment in m.body for m in mail.outbox)
    client.force_login(users.staff_vp)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert comment in editor.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert comment in dashboard.content.decode()

    response = edit_page(
        client,
        page,
        "Hội nghị tổng kết công tác nội vụ năm 2026",
        paragraphs=["<p>Năm 2026 tuyển dụng 120 công chức.</p>"],
    )
    assert response.status_code == 302
    # the chain starts again from the unit head, not from the board that rejected
    assert current_step(page) == UNIT_HEAD_TASK
    client.force_login(users.board1)
    assert refused(page_action(client, page, "approve"))
    client.force_login(users.head_vp)
    page_action(client, page, "approve")
    assert current_step(page) == BOARD_TASK
    client.force_login(users.board2)
    page_action(client, page, "approve")
    page = Page.objects.get(pk=page.pk).specific
    assert page.live
    assert "120 công chức" in str(page.body)
    approved = TaskState.objects.filter(
        workflow_state=state, status=TaskState.STATUS_APPROVED
    ).values_list("task__name", flat=True)
    assert sorted(approved) == sorted([UNIT_HEAD_TASK, BOARD_TASK])


def test_unit_head_who_wrote_the_content_skips_their_own_step(client, org):
    users = org.users
    users.head_vp.groups.add(users.staff_vp.groups.get())
    client.force_login(users.head_vp)
    create_page(client, org.news, "Thông báo lịch tiếp dân", paragraphs=["<p>Nội dung.</p>"])
    page = StandardPage.objects.get(title="Thông báo lịch tiếp dân")
    assert current_step(page) == BOARD_TASK
    skipped = TaskState.objects.get(task__name=UNIT_HEAD_TASK)
    assert skipped.status == TaskState.STATUS_SKIPPED
