"""``manage.py generate_legal_docs N``: N plausible synthetic documents for benchmarks.

Documents go under the register at ``/van-ban/`` (or ``--parent ID``), created in bulk with
correct tree paths and without revisions (see ``legal_docs.bulk``). Numbers are unique per issuing
body, dates spread over 20 years, all five statuses appear. Timing: ``bench/legal_docs.md``.
"""

import datetime
import random
import time

from django.core.management.base import BaseCommand, CommandError

from legal_docs.bulk import create_documents, published_at
from legal_docs.models import (
    DocumentType,
    IssuingBody,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
)

SUBJECTS = [
    "tuyển dụng, sử dụng và quản lý công chức",
    "vị trí việc làm và biên chế công chức",
    "công tác văn thư, lưu trữ",
    "thi đua, khen thưởng",
    "quản lý nhà nước về tín ngưỡng, tôn giáo",
    "tổ chức bộ máy các cơ quan chuyên môn",
    "đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức",
    "sắp xếp đơn vị hành chính cấp xã",
    "công tác thanh niên",
    "cải cách hành chính",
    "chế độ, chính sách đối với cán bộ, công chức cấp xã",
    "đào tạo, bồi dưỡng cán bộ, công chức",
]
VERBS = [
    "Quy định về",
    "Hướng dẫn",
    "Ban hành Quy chế",
    "Về việc triển khai",
    "Sửa đổi quy định về",
]
SIGNERS = [
    ("Nguyễn Văn An", "Giám đốc"),
    ("Trần Thị Bình", "Phó Giám đốc"),
    ("Lê Văn Cường", "Chủ tịch"),
    ("Phạm Thị Dung", "Phó Chủ tịch"),
    ("Hoàng Văn Em", "Bộ trưởng"),
    ("Vũ Thị Giang", "Thứ trưởng"),
]


class Command(BaseCommand):
    help = "Tạo N văn bản giả lập (số liệu để đo hiệu năng sổ văn bản)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--parent", type=int, help="ID của sổ văn bản (mặc định: sổ đầu tiên).")
        parser.add_argument("--seed", type=int, default=43)

    def handle(self, *args, count, parent=None, seed=43, **options):
        if count < 1:
            raise CommandError("N phải là số nguyên dương.")
        registers = LegalDocumentIndexPage.objects.order_by("path")
        register = registers.filter(pk=parent).first() if parent else registers.first()
        if register is None:
            raise CommandError(
                "Chưa có sổ văn bản; chạy load_demo hoặc tạo trang Sổ văn bản trước."
            )
        types = list(DocumentType.objects.all())
        bodies = list(IssuingBody.objects.all())
        fields = list(LegalField.objects.all())
        if not (types and bodies and fields):
            raise CommandError("Chưa có danh mục loại văn bản, cơ quan ban hành, lĩnh vực.")
        allowed = register.allowed_type_ids()
        if allowed:
            types = [t for t in types if t.pk in allowed]
        started = time.monotonic()
        specs = make_specs(count, types, bodies, fields, random.Random(seed), start=_offset())
        created = create_documents(register, specs)
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Đã tạo {created} văn bản dưới “{register.title}” trong {elapsed:.1f} giây."
        )


def _offset():
    """Run counter so repeated runs never reuse a number or a slug."""
    return LegalDocumentPage.objects.count() + 1


def make_specs(count, types, bodies, fields, rng, start=1, today=None):
    today = today or datetime.date.today()
    for serial in range(start, start + count):
        document_type = rng.choice(types)
        body = rng.choice(bodies)
        issued_on = today - datetime.timedelta(days=rng.randint(0, 365 * 20))
        effective_on = issued_on + datetime.timedelta(days=rng.choice([0, 0, 10, 15, 45]))
        roll = rng.random()
        expires_on = None
        if roll < 0.2:
            expires_on = effective_on + datetime.timedelta(days=rng.randint(30, 3650))
        abbreviation = document_type.abbreviation or "VB"
        body_code = body.short_name or "CQ"
        if document_type.default_group == "qppl":
            number = f"{serial}/{issued_on.year}/{abbreviation}-{body_code}"
        else:
            number = f"{serial}/{abbreviation}-{body_code}"
        signer, title = rng.choice(SIGNERS)
        subject = rng.choice(SUBJECTS)
        yield {
            "title": f"{rng.choice(VERBS)} {subject} (văn bản mẫu số {serial})",
            "slug": f"vb-{serial}",
            "number": number,
            "document_type": document_type,
            "issuing_body": body,
            "signer_name": signer,
            "signer_title": title,
            "issued_on": issued_on,
            "effective_on": effective_on,
            "expires_on": expires_on,
            "published_on": min(today, issued_on + datetime.timedelta(days=rng.randint(0, 6))),
            "first_published_at": published_at(issued_on),
            "legal_fields": rng.sample(fields, k=min(len(fields), rng.randint(1, 2))),
        }
