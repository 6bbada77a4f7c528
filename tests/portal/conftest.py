"""Fixtures for the approval chain: roles, units, people with posts, and the page tree."""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from contacts.models import Appointment, Person, Position, Unit
from home.models import StandardPage
from portal.roles import ROLE_NAMES
from tests.utils import add_page

PASSWORD = "mat-khau-thu-nghiem"


def make_user(username, role, unit, position, first_name=""):
    user = get_user_model().objects.create_user(
        username, f"{username}@sonv.hungyen.gov.vn", PASSWORD, first_name=first_name or username
    )
    if role:
        user.groups.add(Group.objects.get(name=ROLE_NAMES[role]))
    if unit is not None:
        person = Person.objects.create(full_name=username, user=user, live=True)
        Appointment.objects.create(person=person, unit=unit, position=position)
    return user


@pytest.fixture
def org(db, home_page):
    """Two units with staff and heads, the board, leadership; roles and workflows set up."""
    positions = {
        name: Position.objects.create(name=name, rank=rank, is_head=head, is_leadership=lead)
        for name, rank, head, lead in [
            ("Phó Giám đốc", 20, False, True),
            ("Chánh Văn phòng", 30, True, False),
            ("Trưởng phòng", 30, True, False),
            ("Chuyên viên", 70, False, False),
        ]
    }
    units = SimpleNamespace(
        bgd=Unit.objects.create(name="Ban Giám đốc", slug="ban-giam-doc", kind="leadership"),
        vp=Unit.objects.create(name="Văn phòng Sở", slug="van-phong", kind="office"),
        cc=Unit.objects.create(
            name="Phòng Công chức – Viên chức", slug="phong-cong-chuc-vien-chuc", kind="division"
        ),
    )
    about = add_page(home_page, StandardPage, title="Giới thiệu", slug="gioi-thieu")
    news = add_page(home_page, StandardPage, title="Tin tức", slug="tin-tuc")
    call_command("setup_roles", stdout=io.StringIO())
    staff = positions["Chuyên viên"]
    users = SimpleNamespace(
        staff_vp=make_user("bientap_vp", "editor", units.vp, staff),
        head_vp=make_user("truong_vp", "unit_head", units.vp, positions["Chánh Văn phòng"]),
        staff_cc=make_user("bientap_cc", "editor", units.cc, staff),
        head_cc=make_user("truong_cc", "unit_head", units.cc, positions["Trưởng phòng"]),
        board1=make_user("bbt1", "board", units.vp, staff),
        board2=make_user("bbt2", "board", units.cc, staff),
        board_head=make_user("truong_bbt", "board_head", units.vp, staff),
        leader=make_user("lanhdao", "leadership", units.bgd, positions["Phó Giám đốc"]),
        moderator=make_user("kiemduyet", "moderator", units.vp, staff),
    )
    return SimpleNamespace(units=units, users=users, about=about, news=news, positions=positions)
