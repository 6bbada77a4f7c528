"""Builders for the services tests: units with a head and staff, fields, pages, and one question
per state (``received_question``, ``processing_question``, ``awaiting_question``,
``answered_question``, ``declined_question``)."""

import datetime
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from contacts.models import Appointment, Person, Position, Unit, UnitKind
from services.lifecycle import record_receipt
from services.models import (
    ProcedureIndexPage,
    ProcedurePage,
    Question,
    QuestionIndexPage,
    QuestionStatus,
    ServiceField,
)
from tests.utils import add_page

_counter = itertools.count(1)


def unit(slug="ban-thi-dua-khen-thuong", name="Ban Thi đua – Khen thưởng", **fields):
    fields.setdefault("kind", UnitKind.BOARD)
    fields.setdefault("email", f"{slug}@hungyen.gov.vn")
    obj, _created = Unit.objects.get_or_create(slug=slug, defaults={"name": name, **fields})
    return obj


def position(name, is_head=False, is_leadership=False):
    obj, _created = Position.objects.get_or_create(
        name=name, defaults={"is_head": is_head, "is_leadership": is_leadership}
    )
    return obj


def user(username=None, **fields):
    username = username or f"user{next(_counter)}"
    fields.setdefault("email", f"{username}@sonv.hungyen.gov.vn")
    return get_user_model().objects.create_user(username, password="matkhau-thu-nghiem", **fields)


def person_in(unit_obj, *, head=False, account=True, email=None, start=None, end=None, name=None):
    """A person with a current appointment in ``unit_obj`` (head or staff), with a user account."""
    number = next(_counter)
    person = Person.objects.create(
        full_name=name or f"Cán bộ {number}",
        email=email if email is not None else f"canbo{number}@hungyen.gov.vn",
        user=user(f"canbo{number}") if account else None,
    )
    Appointment.objects.create(
        person=person,
        unit=unit_obj,
        position=position("Trưởng ban", is_head=True) if head else position("Chuyên viên"),
        start_date=start or timezone.localdate() - datetime.timedelta(days=400),
        end_date=end,
    )
    return person


def staff_user(unit_obj):
    return person_in(unit_obj).user


def head_user(unit_obj):
    return person_in(unit_obj, head=True).user


def editor_user():
    editor = user()
    editor.user_permissions.add(
        Permission.objects.get(codename="reassign_question", content_type__app_label="services"),
        Permission.objects.get(codename="access_admin"),
    )
    return get_user_model().objects.get(pk=editor.pk)  # fresh permission cache


def give_admin_access(*users):
    access = Permission.objects.get(codename="access_admin")
    for u in users:
        u.user_permissions.add(access)


def field(slug="thi-dua-khen-thuong", name="Thi đua – khen thưởng", unit_obj=None):
    obj, _created = ServiceField.objects.get_or_create(
        slug=slug, defaults={"name": name, "responsible_unit": unit_obj}
    )
    return obj


def question_index(home_page, **fields):
    fields.setdefault("show_in_menus", True)
    return add_page(home_page, QuestionIndexPage, title="Hỏi đáp", slug="hoi-dap", **fields)


def procedure_index(home_page, **fields):
    return add_page(
        home_page,
        ProcedureIndexPage,
        title="Thủ tục hành chính",
        slug="thu-tuc-hanh-chinh",
        **fields,
    )


def procedure(index, field_obj, title="Thủ tục tặng Bằng khen", code="1.000775", **fields):
    fields.setdefault("online_level", "full")
    fields.setdefault("applicants", "Cá nhân, tập thể có thành tích xuất sắc.")
    fields.setdefault("processing_time", "20 ngày làm việc")
    fields.setdefault("steps", "<ol><li>Nộp hồ sơ.</li><li>Thẩm định.</li></ol>")
    fields.setdefault("dossier", "<ul><li>Tờ trình đề nghị khen thưởng.</li></ul>")
    fields.setdefault("result", "Quyết định khen thưởng.")
    return add_page(index, ProcedurePage, title=title, code=code, field=field_obj, **fields)


def question(field_obj, *, status=QuestionStatus.RECEIVED, received_at=None, **fields):
    """A question as a citizen would have sent it, then put directly in ``status``."""
    number = next(_counter)
    fields.setdefault("asker_name", "Nguyễn Văn An")
    fields.setdefault("email", f"nguoihoi{number}@example.com")
    fields.setdefault("phone", "0912345678")
    fields.setdefault("title", f"Câu hỏi số {number} về khen thưởng")
    fields.setdefault("body", "Xin hỏi điều kiện tặng Bằng khen của Chủ tịch UBND tỉnh?")
    fields.setdefault("unit", field_obj.responsible_unit)
    obj = Question.objects.create(
        field=field_obj,
        status=status,
        received_at=received_at or timezone.now(),
        consent_text="Đồng ý",
        consent_at=timezone.now(),
        **fields,
    )
    record_receipt(obj)
    return obj


def received_question(field_obj, **fields):
    return question(field_obj, **fields)


def processing_question(field_obj, **fields):
    fields.setdefault("answer", "")
    return question(field_obj, status=QuestionStatus.PROCESSING, **fields)


def awaiting_question(field_obj, **fields):
    fields.setdefault("answer", "Theo Nghị định số 98/2023/NĐ-CP, cá nhân cần…")
    fields.setdefault("submitted_at", timezone.now())
    return question(field_obj, status=QuestionStatus.AWAITING_APPROVAL, **fields)


def answered_question(field_obj, *, public=True, **fields):
    fields.setdefault("answer", "Theo Nghị định số 98/2023/NĐ-CP, cá nhân cần đạt…")
    obj = question(field_obj, status=QuestionStatus.ANSWERED, **fields)
    obj.answered_at = timezone.now()
    obj.answering_unit = obj.unit
    obj.is_public = public
    obj.public_title = obj.public_title or obj.default_public_title()
    obj.public_body = obj.public_body or obj.default_public_body()
    obj.save()
    return obj


def declined_question(field_obj, **fields):
    fields.setdefault("decline_reason", "Không thuộc thẩm quyền của Sở Nội vụ.")
    return question(field_obj, status=QuestionStatus.DECLINED, **fields)
