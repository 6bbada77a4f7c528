"""Marking pages as core (Art. 7, 9.4) with Wagtail's own workflow assignment."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowPage

from portal.workflows import CORE_WORKFLOW, LEADERSHIP_TASK, STANDARD_WORKFLOW
from tests.portal.admin_helpers import current_step, page_action
from tests.portal.test_workflow import submit_article

pytestmark = pytest.mark.django_db


def test_board_head_manages_workflow_assignment_staff_do_not(client, org):
    core = Workflow.objects.get(name=CORE_WORKFLOW)
    url = reverse("wagtailadmin_workflows:edit", args=[core.pk])
    client.force_login(org.users.board_head)
    assert client.get(url).status_code == 200
    client.force_login(org.users.staff_vp)
    response = client.get(url)
    assert response.status_code in (302, 403)


def test_a_page_marked_core_needs_the_leadership(client, org):
    # what Wagtail's "add pages to this workflow" does
    WorkflowPage.objects.create(page=org.news, workflow=Workflow.objects.get(name=CORE_WORKFLOW))
    page = submit_article(client, org)
    client.force_login(org.users.head_vp)
    page_action(client, page, "approve")
    client.force_login(org.users.board1)
    page_action(client, page, "approve")
    assert current_step(page) == LEADERSHIP_TASK
    assert not Page.objects.get(pk=page.pk).live


def test_setup_roles_keeps_assignments_editors_changed(org):
    standard = Workflow.objects.get(name=STANDARD_WORKFLOW)
    assignment = WorkflowPage.objects.get(page=org.about)
    assignment.workflow = standard
    assignment.save()
    call_command("setup_roles", stdout=io.StringIO())
    assert WorkflowPage.objects.get(page=org.about).workflow == standard
