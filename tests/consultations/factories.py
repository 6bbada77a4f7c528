"""Consultations in each phase, and comments, for tests. Dates are relative to now."""

import datetime
import itertools

from django.utils import timezone

from consultations.models import Comment, ConsultationIndexPage, DraftConsultationPage, Moderation
from tests.utils import add_page

SMALL_DRAFT = """DỰ THẢO QUY ĐỊNH THỬ

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi
1. Khoản một của điều một.
2. Khoản hai của điều một.

Điều 2. Đối tượng
Áp dụng cho mọi người.

Chương II **THI HÀNH**

Điều 3. Hiệu lực
Có hiệu lực từ ngày ký.
"""

_slugs = itertools.count(1)


def drafting_unit():
    from contacts.models import Unit

    unit, _created = Unit.objects.get_or_create(
        slug="van-phong",
        defaults={
            "name": "Văn phòng Sở",
            "kind": "office",
            "address": "Số 8 đường Chùa Chuông, Hưng Yên",
            "email": "vanphong@sonv.example.gov.vn",
            "phone": "0221 3000 000",
        },
    )
    return unit


def index_page(home_page):
    existing = ConsultationIndexPage.objects.child_of(home_page).first()
    if existing:
        return existing
    return add_page(home_page, ConsultationIndexPage, title="Lấy ý kiến dự thảo", slug="lay-y-kien")


def consultation(home_page, opens_at, closes_at, title=None, **fields):
    parent = index_page(home_page)
    number = next(_slugs)
    fields.setdefault("summary", "Tóm tắt dự thảo thử nghiệm.")
    fields.setdefault("draft_text_paste", SMALL_DRAFT)
    fields.setdefault("drafting_unit", drafting_unit())
    return add_page(
        parent,
        DraftConsultationPage,
        title=title or f"Dự thảo thử nghiệm {number}",
        slug=f"du-thao-{number}",
        opens_at=opens_at,
        closes_at=closes_at,
        **fields,
    )


def open_consultation(home_page, **fields):
    now = timezone.now()
    return consultation(
        home_page, now - datetime.timedelta(days=5), now + datetime.timedelta(days=25), **fields
    )


def upcoming_consultation(home_page, **fields):
    now = timezone.now()
    return consultation(
        home_page, now + datetime.timedelta(days=3), now + datetime.timedelta(days=33), **fields
    )


def closed_consultation(home_page, days_ago=2, **fields):
    now = timezone.now()
    closes = now - datetime.timedelta(days=days_ago)
    return consultation(home_page, closes - datetime.timedelta(days=30), closes, **fields)


def consultation_with_result(home_page, **fields):
    now = timezone.now()
    closes = now - datetime.timedelta(days=20)
    fields.setdefault("result_summary", "<p>Đã tiếp thu phần lớn ý kiến.</p>")
    fields.setdefault("result_published_at", now - datetime.timedelta(days=5))
    return consultation(home_page, closes - datetime.timedelta(days=30), closes, **fields)


_people = itertools.count(1)


def make_comment(page, status=Moderation.PENDING, article_number=None, **fields):
    n = next(_people)
    defaults = {
        "full_name": f"Người Góp Ý {n}",
        "email": f"nguoigopy{n}@example.net",
        "phone": f"0987 65{n:04d}",
        "address": f"Số {n} ngõ Thử Nghiệm, xã Kiểm Tra",
        "text": f"Nội dung góp ý số {n}.",
    }
    defaults.update(fields)
    return Comment.objects.create(
        consultation=page, status=status, article_number=article_number, **defaults
    )
