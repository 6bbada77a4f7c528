"""Demo content for the services section (step 60): fields and their units, the 2026–2027
holidays, the procedures of the department with their forms, the questions page with 30 questions
in every state, satisfaction ratings, and (with --with-users) unit staff and heads who answer them.

Idempotent: fields by slug, holidays by date, pages by slug, questions by receipt code, ratings
only for items without any; nothing is created twice.
"""

import datetime
import hashlib

from django.contrib.auth import get_user_model
from django.utils import timezone

from contacts.models import Appointment, Person, Position, Unit
from portal.roles import BOARD, EDITOR, UNIT_HEAD, role_group
from services.demo_data import FIELDS, PROCEDURES, QUESTIONS
from services.models import (
    ProcedureForm,
    ProcedureIndexPage,
    ProcedurePage,
    Question,
    QuestionEvent,
    QuestionIndexPage,
    QuestionStatus,
    Rating,
    ServiceField,
)
from services.models.questions import RECEIPT_ALPHABET
from services.ratings import voter_hash

# unit slug, head position, head name, staff name, username prefix
UNIT_PEOPLE = [
    ("ban-thi-dua-khen-thuong", "Trưởng ban", "Nguyễn Thị Thu Hà", "Trần Văn Tuấn", "tdkt"),
    ("ban-ton-giao", "Trưởng ban", "Phạm Văn Hưng", "Lê Thị Ngọc Anh", "btg"),
    ("phong-to-chuc-bien-che", "Trưởng phòng", "Đỗ Mạnh Cường", "Nguyễn Thị Hương", "tcbc"),
    ("phong-cong-chuc-vien-chuc", "Trưởng phòng", "Vũ Đức Thắng", "Hoàng Thị Lan Phương", "ccvc"),
    ("chi-cuc-van-thu-luu-tru", "Chi cục trưởng", "Bùi Thị Hải Yến", "Đào Văn Khánh", "vtlt"),
    ("phong-xay-dung-chinh-quyen", "Trưởng phòng", "Lưu Quang Huy", "Phạm Thị Thanh Tâm", "xdcq"),
]

PLACEHOLDER_INTRO = "Chuyên mục đang được xây dựng."


def build_services(ctx):
    """Thủ tục hành chính, hỏi đáp, ngày nghỉ lễ"""
    units = {unit.slug: unit for unit in Unit.objects.all()}
    fields = build_fields(units)
    people = build_people(ctx, units) if ctx.with_users else {}
    build_procedures(ctx, units, fields)
    index = build_question_page(ctx, units)
    build_questions(ctx, units, fields, people)
    build_ratings(ctx)
    ctx.data["question_index"] = index


# -- reference data ---------------------------------------------------------------------------------
def build_fields(units):
    fields = {}
    for order, (slug, name, unit_slug) in enumerate(FIELDS, start=1):
        field = ServiceField.objects.filter(slug=slug).first()
        if field is None:
            field = ServiceField.objects.create(
                slug=slug, name=name, sort_order=order * 10, responsible_unit=units.get(unit_slug)
            )
        fields[slug] = field
    return fields


# -- people and accounts (only with --with-users) -------------------------------------------------------
def _person_in(unit, head, today):
    """An active person currently in ``unit``: its head, or for staff preferably a Chuyên viên."""
    appointments = (
        Appointment.objects.current(today)
        .filter(unit=unit, position__is_head=head, person__is_active=True)
        .select_related("person", "person__user")
        .order_by("position__rank", "pk")
    )
    if not head:
        officers = appointments.filter(position__name__startswith="Chuyên viên")
        appointments = officers if officers.exists() else appointments
    appointment = appointments.first()
    return appointment.person if appointment else None


def _user(ctx, username, person, groups):
    user_model = get_user_model()
    user = person.user or user_model.objects.filter(username=username).first()
    if user is None:
        # Django shows "first last": keep the Vietnamese order (family name first).
        family, _sep, given = person.full_name.rpartition(" ")
        user = user_model.objects.create_user(
            username,
            person.email,
            ctx.password,
            first_name=family,
            last_name=given,
        )
        user.groups.add(*groups)
        ctx.log(f"  tạo tài khoản {username}")
    if person.user_id is None:
        person.user = user
        person.save(update_fields=["user"])
    return user


def build_people(ctx, units):
    """For each unit that answers questions: its head and one staff member with an account.

    People the contacts demo already created are reused (an account is attached to them); only
    missing ones are created.
    """
    # The roles of the approval chain (portal.roles, created by the workflow demo step 25): unit
    # staff are Biên tập viên, heads Trưởng đơn vị, the question editor is in the Ban Biên tập.
    role_groups = {
        "head": role_group(UNIT_HEAD),
        "staff": role_group(EDITOR),
    }
    board_group = role_group(BOARD)
    staff_position = Position.objects.filter(name="Chuyên viên").first()
    start = ctx.today - datetime.timedelta(days=3 * 365)
    people = {}
    for slug, head_position_name, head_name, staff_name, prefix in UNIT_PEOPLE:
        unit = units.get(slug)
        head_position = Position.objects.filter(name=head_position_name).first()
        if unit is None or head_position is None or staff_position is None:
            continue
        pair = {}
        for role, name, position, suffix in (
            ("head", head_name, head_position, "truong"),
            ("staff", staff_name, staff_position, "chuyenvien"),
        ):
            person = _person_in(unit, role == "head", ctx.today)
            if person is None:
                person = Person.objects.create(
                    full_name=name,
                    email=f"{prefix}.{suffix}.snv@hungyen.gov.vn",
                    office_phone=unit.phone,
                )
                Appointment.objects.create(
                    person=person, unit=unit, position=position, start_date=start
                )
            pair[role] = _user(ctx, f"{prefix}.{suffix}", person, [role_groups[role]])
        people[slug] = pair
    editor = get_user_model().objects.filter(username="bientap.hoidap").first()
    if editor is None:
        editor = get_user_model().objects.create_user(
            "bientap.hoidap",
            "bientap.snv@hungyen.gov.vn",
            ctx.password,
            first_name="Biên tập",
            last_name="Ban",
        )
        editor.groups.add(board_group)
        ctx.log("  tạo tài khoản bientap.hoidap")
    people["editor"] = editor
    return people


# -- pages --------------------------------------------------------------------------------------------
def _section(ctx, slug, page_class, **fields):
    """The section page at ``slug``; a childless "under construction" placeholder made by an earlier
    demo run (before this section existed) is replaced."""
    existing = ctx.child(ctx.home, slug)
    if existing is not None and not isinstance(existing, page_class):
        placeholder = getattr(existing, "intro", "") == PLACEHOLDER_INTRO
        if placeholder and not existing.get_children().exists():
            existing.delete()
            ctx.log(f"  thay trang tạm /{slug}/")
    return ctx.page(ctx.home, page_class, slug, **fields)


def build_procedures(ctx, units, fields):
    index = _section(
        ctx,
        "thu-tuc-hanh-chinh",
        ProcedureIndexPage,
        title="Thủ tục hành chính",
        show_in_menus=True,
        intro="Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Hưng "
        "Yên: trình tự, hồ sơ, thời hạn, phí, căn cứ pháp lý và mẫu đơn, tờ khai. Hồ sơ nộp tại "
        "Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến trên Cổng dịch vụ công.",
        search_description="Danh mục thủ tục hành chính, biểu mẫu và dịch vụ công trực tuyến của "
        "Sở Nội vụ.",
        responsible_unit=units.get("van-phong"),
    )
    if not isinstance(index, ProcedureIndexPage):
        ctx.log("  /thu-tuc-hanh-chinh/ đã có trang khác loại; bỏ qua thủ tục hành chính")
        return
    ctx.data["procedure_index"] = index
    for spec in PROCEDURES:
        if ctx.child(index, spec["slug"]) is not None:
            continue
        field = fields[spec["field"]]
        forms = [
            ProcedureForm(
                document=ctx.document(
                    f"{title} ({spec['code']})",
                    f"SO NOI VU TINH HUNG YEN\n{spec['code']} - {spec['title']}\n\n{text}\n\n"
                    "(Bieu mau mau dung cho trang thong tin dien tu - ban demo)",
                ),
                title=title,
                sort_order=order,
            )
            for order, (title, text) in enumerate(spec["forms"])
        ]
        ctx.page(
            index,
            ProcedurePage,
            spec["slug"],
            title=spec["title"],
            code=spec["code"],
            field=field,
            online_level=spec["level"],
            applicants=spec["applicants"],
            submission=(
                "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Hưng Yên hoặc qua dịch "
                "vụ bưu chính công ích."
                if spec["level"] == "none"
                else "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Hưng Yên; qua dịch "
                "vụ bưu chính công ích; hoặc trực tuyến trên Cổng dịch vụ công."
            ),
            processing_time=spec["time"],
            fees=spec["fees"],
            steps=spec["steps"],
            dossier=spec["dossier"],
            result=spec["result"],
            legal_basis=[
                {
                    "type": "document",
                    "value": {
                        "number": number,
                        "title": title,
                        "page": _legal_document_id(number),
                        "url": "",
                    },
                }
                for number, title in spec["legal"]
            ],
            search_description=f"Mã {spec['code']} – lĩnh vực {field.name}. Thời hạn giải "
            f"quyết: {spec['time']}.",
            responsible_unit=field.responsible_unit,
            form_documents=forms,
        )


def _legal_document_id(number):
    """The id of the live legal document page with this number, if the register holds it."""
    from django.apps import apps

    model = apps.get_model("legal_docs", "LegalDocumentPage")
    return model.objects.live().filter(number=number).values_list("pk", flat=True).first()


def build_question_page(ctx, units):
    return _section(
        ctx,
        "hoi-dap",
        QuestionIndexPage,
        title="Hỏi đáp",
        show_in_menus=True,
        intro="Người dân, tổ chức gửi câu hỏi về các lĩnh vực quản lý của Sở Nội vụ; đơn vị phụ "
        "trách trả lời trong 15 ngày làm việc. Câu hỏi được công bố cùng câu trả lời, không kèm "
        "thông tin liên hệ của người hỏi.",
        ask_intro="Vui lòng chọn đúng lĩnh vực để câu hỏi được chuyển ngay tới đơn vị phụ trách. "
        "Câu hỏi về khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo, không qua "
        "mục này.",
        search_description="Gửi câu hỏi, tra cứu tình trạng xử lý và xem câu trả lời của Sở Nội vụ.",
        responsible_unit=units.get("van-phong"),
    )


# -- questions ------------------------------------------------------------------------------------------
def demo_receipt_code(title):
    """A fixed code per demo question (idempotency); real questions get random codes."""
    digest = hashlib.sha256(f"demo-question:{title}".encode()).digest()
    chars = "".join(RECEIPT_ALPHABET[byte % 32] for byte in digest[:10])
    return f"HD-{chars[:5]}-{chars[5:]}"


def _at(ctx, base, days, hour, minute=0):
    moment = base + datetime.timedelta(days=days)
    local = timezone.localtime(moment).replace(hour=hour, minute=minute, second=0, microsecond=0)
    return min(local, ctx.now - datetime.timedelta(minutes=1))


def build_questions(ctx, units, fields, people):
    editor = people.get("editor")
    for number, spec in enumerate(QUESTIONS):
        code = demo_receipt_code(spec["title"])
        if Question.objects.filter(receipt_code=code).exists():
            continue
        field = fields[spec["field"]]
        unit = field.responsible_unit
        staff = people.get(unit.slug, {}).get("staff") if unit else None
        head = people.get(unit.slug, {}).get("head") if unit else None
        name, email, phone = spec["asker"]
        received = min(
            ctx.days_ago(spec["days"], hour=7 + number % 9, minute=(number * 7) % 60),
            ctx.now - datetime.timedelta(minutes=30 - number % 20),
        )
        question = Question(
            receipt_code=code,
            asker_name=name,
            email=email,
            phone=phone,
            consent_text="Đồng ý xử lý dữ liệu cá nhân để tiếp nhận, trả lời câu hỏi (dữ liệu mẫu).",
            consent_at=received,
            field=field,
            title=spec["title"],
            body=spec["body"],
            unit=unit,
            status=spec["status"],
            received_at=received,
        )
        if spec["days"] > 0:
            question.reported_at = _at(ctx, received, 0, 16, 30)
        events = [("receive", None, "", QuestionStatus.RECEIVED, received, "")]
        status = spec["status"]
        if status in ("processing", "awaiting_approval", "answered"):
            started = _at(ctx, received, 1, 9)
            events.append(("start", staff, "received", "processing", started, ""))
            if spec["answer"]:
                question.answer = spec["answer"]
                question.drafted_by = staff
                if status == "processing":
                    events.append(
                        (
                            "save_draft",
                            staff,
                            "processing",
                            "processing",
                            _at(ctx, started, 1, 10),
                            "",
                        )
                    )
        if status in ("awaiting_approval", "answered"):
            submitted = _at(ctx, received, min(3, spec.get("answered_after", 4) - 1), 14)
            question.submitted_at = submitted
            events.append(("submit", staff, "processing", "awaiting_approval", submitted, ""))
        if status == "answered":
            answered = _at(ctx, received, spec["answered_after"], 15)
            question.approved_by = head
            question.answered_at = answered
            question.answering_unit = unit
            question.is_public = spec.get("public", True)
            question.public_title = question.default_public_title()
            question.public_body = question.default_public_body()
            events.append(("approve", head, "awaiting_approval", "answered", answered, ""))
        if status == "declined":
            question.decline_reason = spec["reason"]
            actor = editor if spec.get("by_editor") else head
            declined = _at(ctx, received, 2, 10)
            events.append(("decline", actor, "received", "declined", declined, spec["reason"]))
        question.save()
        QuestionEvent.objects.bulk_create(
            [
                QuestionEvent(
                    question=question,
                    action=action,
                    actor=actor,
                    from_status=before,
                    to_status=after,
                    at=at,
                    unit=unit,
                    note=note,
                )
                for action, actor, before, after, at, note in events
            ]
        )


# -- ratings --------------------------------------------------------------------------------------------
def build_ratings(ctx):
    pattern = [5, 4, 5, 3, 4, 5, 2, 4, 5, 4]
    questions = Question.objects.published().order_by("pk")
    procedures = ProcedurePage.objects.live().order_by("path")[:12]
    new = []
    for kind, items in (("question", questions), ("procedure", procedures)):
        for index, item in enumerate(items):
            if Rating.objects.filter(**{kind: item}).exists():
                continue
            count = 2 + index % 5
            for n in range(count):
                new.append(
                    Rating(
                        score=pattern[(index + n) % len(pattern)],
                        voter=voter_hash(f"demo-{kind}-{item.pk}-{n}"),
                        created_at=ctx.now - datetime.timedelta(days=(index * 3 + n) % 40),
                        **{kind: item},
                    )
                )
    Rating.objects.bulk_create(new)


STEPS = [(60, build_services)]
