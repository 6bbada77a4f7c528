"""docs/permissions.md is the truth about roles: parse its matrix and compare with the database."""

import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
)

from portal.roles import ROLE_NAMES
from portal.workflows import BOARD_TASK, LEADERSHIP_TASK, UNIT_HEAD_TASK

pytestmark = pytest.mark.django_db

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
TASKS = {
    "task:unit_head": UNIT_HEAD_TASK,
    "task:board": BOARD_TASK,
    "task:leadership": LEADERSHIP_TASK,
}
ROW = re.compile(r"^\|\s*`(?P<key>[a-z_]+:[^`]+)`\s*\|(?P<rest>.*)\|\s*$")


def parse_matrix():
    """``({role name: {keys with ✓}}, all keys)`` from the Matrix section of the doc."""
    text = DOC.read_text(encoding="utf-8").split("## Matrix", 1)[1].split("\n## ", 1)[0]
    header = next(line for line in text.splitlines() if line.startswith("| Quyền"))
    roles = [cell.strip() for cell in header.strip("|").split("|")][2:]
    granted = {role: set() for role in roles}
    keys = set()
    for line in text.splitlines():
        match = ROW.match(line)
        if not match:
            continue
        key = match["key"]
        cells = [cell.strip() for cell in match["rest"].split("|")]
        marks = cells[1:]
        assert len(marks) == len(roles), line
        assert set(marks) <= {"✓", "—"}, line
        keys.add(key)
        for role, mark in zip(roles, marks, strict=True):
            if mark == "✓":
                granted[role].add(key)
    return granted, keys


def database_keys(group):
    root = Page.get_first_root_node()
    collection = Collection.get_first_root_node()
    keys = set()
    for permission in group.permissions.select_related("content_type"):
        app = permission.content_type.app_label
        if (app, permission.codename) == ("wagtailadmin", "access_admin"):
            keys.add("admin:access")
            continue
        action, _, model = permission.codename.partition("_")
        keys.add(f"model:{app}.{model}.{action}")
    for gpp in GroupPagePermission.objects.filter(group=group).select_related("permission"):
        assert gpp.page_id == root.pk, "page permissions are granted on the tree root only"
        keys.add("page:" + gpp.permission.codename.removesuffix("_page"))
    for gcp in GroupCollectionPermission.objects.filter(group=group).select_related("permission"):
        assert gcp.collection_id == collection.pk
        action, _, kind = gcp.permission.codename.partition("_")
        keys.add(f"{kind}:{action}")
    for key, name in TASKS.items():
        if Task.objects.get(name=name).specific.groups.filter(pk=group.pk).exists():
            keys.add(key)
    return keys


def test_matrix_lists_every_role():
    granted, _keys = parse_matrix()
    assert list(granted) == list(ROLE_NAMES.values())


def test_permission_matrix_matches_the_database():
    call_command("setup_roles", stdout=io.StringIO())
    granted, keys = parse_matrix()
    assert {"page:publish", "task:unit_head", "admin:access"} <= keys
    for role, wanted in granted.items():
        have = database_keys(Group.objects.get(name=role))
        assert have == wanted, (
            f"{role}: in the database only {sorted(have - wanted)}, "
            f"in the doc only {sorted(wanted - have)}"
        )


def test_setup_roles_is_idempotent_and_repairs_drift():
    call_command("setup_roles", stdout=io.StringIO())
    editors = Group.objects.get(name=ROLE_NAMES["editor"])
    before = database_keys(editors)
    # someone granted publish by hand: the next run takes it back
    from django.contrib.auth.models import Permission

    GroupPagePermission.objects.create(
        group=editors,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    call_command("setup_roles", stdout=io.StringIO())
    call_command("setup_roles", stdout=io.StringIO())
    assert database_keys(editors) == before
    assert Group.objects.filter(name__in=ROLE_NAMES.values()).count() == len(ROLE_NAMES)


def test_wagtails_sample_groups_and_workflow_are_retired():
    call_command("setup_roles", stdout=io.StringIO())
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    from wagtail.models import Workflow

    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    # no group can publish pages directly
    assert not GroupPagePermission.objects.filter(permission__codename="publish_page").exists()
