"""Approving from the page editor (Wagtail's action menu posts the whole form)."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from portal.workflows import BOARD_TASK
from tests.portal.admin_helpers import current_step, page_data
from tests.portal.test_workflow import submit_article

pytestmark = pytest.mark.django_db


def editor_approve(client, page, next_url=None, **changes):
    page = Page.objects.get(pk=page.pk).specific
    draft = page.get_latest_revision_as_object()
    data = page_data(
        changes.get("title", draft.title),
        slug=draft.slug,
        intro=changes.get("intro", draft.intro),
        paragraphs=[block.value.source for block in draft.body],
        unit=draft.responsible_unit,
    )
    # the editor posts each block back with its id, as Draftail does
    for index, block in enumerate(draft.body):
        data[f"body-{index}-id"] = block.id
    data.update({"action-workflow-action": "1", "workflow-action-name": "approve"})
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(f"{url}?next={next_url}" if next_url else url, data)


def test_unit_head_approves_from_the_editor_without_changes(client, org):
    page = submit_article(client, org)
    revisions = page.revisions.count()
    client.force_login(org.users.head_vp)
    response = editor_approve(client, page)
    assert response.status_code == 302
    assert current_step(page) == BOARD_TASK
    assert page.revisions.count() == revisions


def test_approvers_land_where_they_may_go_after_approving_in_the_editor(client, org):
    page = submit_article(client, org)
    # the unit head holds no page permission: back to the dashboard, without a permission error
    client.force_login(org.users.head_vp)
    response = editor_approve(client, page)
    assert response["Location"] == reverse("wagtailadmin_home")
    dashboard = client.get(response["Location"])
    shown = [str(message) for message in dashboard.context["messages"]]
    assert any("Đã cập nhật trang" in message for message in shown), shown
    assert not any("không có quyền" in message for message in shown), shown
    assert "Chờ tôi duyệt" in dashboard.content.decode()
    # a board member may browse pages: Wagtail's own redirect to the section in the explorer
    client.force_login(org.users.board1)
    response = editor_approve(client, page)
    assert response["Location"] == reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    assert current_step(page) is None


def test_approver_redirect_keeps_a_given_next_address(client, org):
    page = submit_article(client, org)
    client.force_login(org.users.head_vp)
    history = reverse("wagtailadmin_reports:site_history")
    response = editor_approve(client, page, next_url=history)
    assert response["Location"] == history
    assert current_step(page) == BOARD_TASK


def test_approver_who_changes_the_text_in_the_editor_is_refused(client, org):
    page = submit_article(client, org)
    revisions = page.revisions.count()
    client.force_login(org.users.head_vp)
    response = editor_approve(client, page, intro="Một câu mở đầu khác.")
    # the head's own edit cannot be approved by the head: refused before anything is saved
    assert response.status_code == 200
    assert "không thể đồng thời duyệt" in response.content.decode()
    assert current_step(page) != BOARD_TASK
    assert page.revisions.count() == revisions
