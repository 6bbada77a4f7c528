"""Dashboard panels: what awaits my approval, my drafts sent back, pending items per unit."""

import pytest
from django.urls import reverse

from tests.portal.admin_helpers import page_action
from tests.portal.test_workflow import submit_article

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def section(html, panel_id):
    start = html.index(f'id="{panel_id}')
    return html[start : start + 6000]


def test_awaiting_my_approval_lists_only_what_i_may_approve(client, org):
    page = submit_article(client, org)
    mine = section(dashboard(client, org.users.head_vp), "portal-awaiting-my-approval")
    assert page.title in mine and "Văn phòng Sở" in mine
    other = section(dashboard(client, org.users.head_cc), "portal-awaiting-my-approval")
    assert page.title not in other
    assert "Không có nội dung nào đang chờ bạn duyệt" in other
    client.force_login(org.users.head_vp)
    page_action(client, page, "approve")
    board = section(dashboard(client, org.users.board1), "portal-awaiting-my-approval")
    assert page.title in board


def test_sent_back_panel_shows_the_comment_to_the_author_only(client, org):
    page = submit_article(client, org)
    client.force_login(org.users.head_vp)
    page_action(client, page, "reject", comment="Ảnh minh họa chưa có chú thích.")
    html = section(dashboard(client, org.users.staff_vp), "portal-sent-back")
    assert page.title in html and "Ảnh minh họa chưa có chú thích." in html
    assert 'id="portal-sent-back' not in dashboard(client, org.users.staff_cc)


def test_pending_per_unit(client, org):
    submit_article(client, org)
    board = section(dashboard(client, org.users.board1), "portal-pending-per-unit")
    assert "Văn phòng Sở" in board and "Trưởng đơn vị duyệt: 1" in board
    # a unit's staff see their own unit only
    other = section(dashboard(client, org.users.staff_cc), "portal-pending-per-unit")
    assert "Văn phòng Sở" not in other
    assert "Đơn vị của bạn không có nội dung nào đang chờ duyệt" in other
