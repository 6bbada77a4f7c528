"""load_demo --with-users: one account per role, linked to a person with a post in a unit."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, WorkflowState

from portal.demo_roles import DEMO_USERS
from portal.management.commands.load_demo import DEFAULT_DEMO_PASSWORD
from portal.roles import ROLE_NAMES, is_head_of, unit_of
from portal.workflows import CORE_WORKFLOW, STANDARD_WORKFLOW

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            first = (get_user_model().objects.count(), WorkflowState.objects.count())
            call_command("load_demo", "--with-users", stdout=io.StringIO())
            second = (get_user_model().objects.count(), WorkflowState.objects.count())
            yield first, second
            transaction.set_rollback(True)


def test_one_demo_user_per_role_with_the_demo_password(demo):
    first, second = demo
    assert first == second
    users = get_user_model().objects
    roles_with_users = {
        name for name in ROLE_NAMES.values() if users.filter(groups__name=name).exists()
    }
    assert roles_with_users == set(ROLE_NAMES.values())
    for username, _role, *_rest, unit_slug, _post in DEMO_USERS:
        user = users.get(username=username)
        assert user.check_password(DEFAULT_DEMO_PASSWORD)
        assert unit_of(user).slug == unit_slug
    assert is_head_of(
        users.get(username="truongdonvi.ccvc"), unit_of(users.get(username="bientapvien.ccvc"))
    )


def test_demo_assigns_workflows_and_leaves_a_draft_waiting(demo):
    root = Page.get_first_root_node()
    assert root.get_workflow().name == STANDARD_WORKFLOW
    # the introduction is core information in every language
    about_pages = Page.objects.filter(slug="gioi-thieu", depth=3)
    assert about_pages.count() == 2
    assert {page.get_workflow().name for page in about_pages} == {CORE_WORKFLOW}
    assert Page.objects.get(slug="lich-su-hinh-thanh", depth=4).get_workflow().name == CORE_WORKFLOW
    draft = Page.objects.get(slug="thanh-tich-noi-bat")
    assert not draft.live
    assert draft.current_workflow_task.specific.can_act(
        draft.specific, get_user_model().objects.get(username="truongdonvi.vp")
    )
