"""Demo step 25: roles, workflows and (``--with-users``) one demo account per role.

Accounts (password: the demo password, ``DEMO_PASSWORD`` or ``SoNoiVu@2026``), each linked to a
``contacts.Person`` with a current appointment, so ``unit_of`` and the unit-head rules work:

=====================  =====================  ==========================  ======================
username               role                   unit                        post
=====================  =====================  ==========================  ======================
bientapvien.vp         Biên tập viên          Văn phòng Sở                Chuyên viên
truongdonvi.vp         Trưởng đơn vị          Văn phòng Sở                Chánh Văn phòng
bientapvien.ccvc       Biên tập viên          Phòng Công chức – Viên chức Chuyên viên
truongdonvi.ccvc       Trưởng đơn vị          Phòng Công chức – Viên chức Trưởng phòng
banbientap             Ban Biên tập           Văn phòng Sở                Phó Chánh Văn phòng
banbientap2            Ban Biên tập           Phòng Công chức – Viên chức Chuyên viên chính
truongbanbientap       Trưởng Ban Biên tập    Văn phòng Sở                Phó Chánh Văn phòng
lanhdao                Lãnh đạo Sở            Ban Giám đốc                Phó Giám đốc
kiemduyet              Kiểm duyệt góp ý       Văn phòng Sở                Chuyên viên
quantri                Quản trị hệ thống      Văn phòng Sở                Chuyên viên
=====================  =====================  ==========================  ======================

When the contacts demo (step 20) already has an official in that post, the account is linked to
that person instead of creating one, so the directory shows no duplicates.

With users, a draft introduction page written by ``bientapvien.vp`` waits at the unit-head step,
so the dashboards have something to show.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings

from portal.roles import (
    BOARD,
    BOARD_HEAD,
    EDITOR,
    LEADERSHIP,
    MODERATOR,
    ROLE_NAMES,
    SYSADMIN,
    UNIT_HEAD,
    ensure_roles,
)
from portal.workflows import ensure_workflows

VP, CCVC, BGD = "van-phong", "phong-cong-chuc-vien-chuc", "ban-giam-doc"

DEMO_USERS = [
    # username, role, first name, last name, unit slug, position
    ("bientapvien.vp", EDITOR, "Lan", "Nguyễn Thị", VP, "Chuyên viên"),
    ("truongdonvi.vp", UNIT_HEAD, "Hùng", "Trần Văn", VP, "Chánh Văn phòng"),
    ("bientapvien.ccvc", EDITOR, "Minh", "Lê Quang", CCVC, "Chuyên viên"),
    ("truongdonvi.ccvc", UNIT_HEAD, "Hà", "Phạm Thu", CCVC, "Trưởng phòng"),
    ("banbientap", BOARD, "Tuấn", "Vũ Anh", VP, "Phó Chánh Văn phòng"),
    ("banbientap2", BOARD, "Thảo", "Đỗ Phương", CCVC, "Chuyên viên chính"),
    ("truongbanbientap", BOARD_HEAD, "Dũng", "Hoàng Mạnh", VP, "Phó Chánh Văn phòng"),
    ("lanhdao", LEADERSHIP, "Quang", "Đào Văn", BGD, "Phó Giám đốc"),
    ("kiemduyet", MODERATOR, "Hương", "Bùi Thị", VP, "Chuyên viên"),
    ("quantri", SYSADMIN, "Long", "Ngô Đức", VP, "Chuyên viên"),
]

DEMO_DRAFT_SLUG = "thanh-tich-noi-bat"


def _official_without_account(unit, position_name):
    """A person of the contacts demo holding ``position_name`` in ``unit`` and no account yet."""
    from contacts.models import Appointment, Person

    current = Appointment.objects.current().filter(unit=unit, position__name=position_name)
    return (
        Person.objects.filter(user__isnull=True, is_active=True, appointments__in=current)
        .order_by("sort_order", "pk")
        .first()
    )


def _link(person, user):
    person.user = user
    if person.latest_revision_id:
        revision = person.save_revision(log_action=False)
        if person.live:
            revision.publish(log_action=False)
    else:
        person.save(update_fields=["user"])


def ensure_demo_user(ctx, username, role, first_name, last_name, unit_slug, position_name):
    """The account ``username`` in ``role``, linked to a person with a current post in the unit.

    When the contacts demo already has an official in that post, the account is theirs (and takes
    their name); otherwise a person is created.
    """
    from contacts.models import Appointment, Person, Position, Unit

    user_model = get_user_model()
    unit = Unit.objects.get(slug=unit_slug)
    user = user_model.objects.filter(username=username).first()
    person = Person.objects.filter(user=user).first() if user is not None else None
    if person is None:
        person = _official_without_account(unit, position_name)
        if person is not None:
            last_name, _sep, first_name = person.full_name.rpartition(" ")
    if user is None:
        user = user_model.objects.create_user(
            username,
            f"{username.replace('.', '-')}@sonv.hungyen.gov.vn",
            ctx.password,
            first_name=first_name,
            last_name=last_name,
        )
        user.groups.add(Group.objects.get(name=ROLE_NAMES[role]))
        ctx.log(f"  tạo tài khoản {username} ({ROLE_NAMES[role]})")
    if person is None:
        person = Person.objects.create(
            full_name=f"{last_name} {first_name}",
            email=user.email,
            office_phone="0221 3862 216",
            user=user,
            live=True,
        )
        Appointment.objects.create(
            person=person,
            unit=unit,
            position=Position.objects.get(name=position_name),
            start_date=ctx.today.replace(year=ctx.today.year - 3, day=1),
        )
    elif person.user_id != user.pk:
        _link(person, user)
    return user


def build_demo_draft(ctx, users):
    """A draft introduction page by a Văn phòng editor, waiting for the Chánh Văn phòng."""
    from home.models import StandardPage

    about = ctx.data.get("about_page") or ctx.child(ctx.home, "gioi-thieu")
    if about is None or ctx.child(about, DEMO_DRAFT_SLUG) is not None:
        return
    author = users["bientapvien.vp"]
    page = StandardPage(
        title="Thành tích nổi bật",
        slug=DEMO_DRAFT_SLUG,
        live=False,
        owner=author,
        intro="Những thành tích tiêu biểu của Sở Nội vụ tỉnh Hưng Yên qua các năm.",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Sở Nội vụ đã được tặng thưởng Huân chương Lao động hạng Nhì, hạng "
                "Ba; nhiều năm liền được tặng Cờ thi đua của Chính phủ và Bộ Nội vụ.</p>",
            }
        ],
    )
    about.add_child(instance=page)
    page.save_revision(user=author, log_action=False)
    # the approvers' notification emails are not sent while loading the demo
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        page.get_workflow().start(page, author)


def build_roles(ctx):
    ensure_roles(stdout=ctx.stdout)
    ensure_workflows()
    if not ctx.with_users:
        return
    users = {spec[0]: ensure_demo_user(ctx, *spec) for spec in DEMO_USERS}
    build_demo_draft(ctx, users)
