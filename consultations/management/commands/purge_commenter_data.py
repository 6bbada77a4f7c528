"""``manage.py purge_commenter_data --older-than-days N``

Anonymises the contact fields (name, email, phone, address) of every comment on a consultation that
closed more than N days ago; the comment text, its target, organisation and the drafting unit's
response stay, so the summary report keeps its content (Law 91/2025/QH15: keep personal data only as
long as needed). Run it from cron, e.g. daily with the retention period the department decides.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from consultations.models import Comment


class Command(BaseCommand):
    help = (
        "Ẩn danh họ tên, thư điện tử, điện thoại, địa chỉ của người góp ý trên các dự thảo đã kết "
        "thúc lấy ý kiến quá N ngày (giữ nguyên nội dung góp ý)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-days",
            type=int,
            required=True,
            help="Số ngày kể từ khi dự thảo hết hạn lấy ý kiến.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ đếm, không thay đổi dữ liệu."
        )

    def handle(self, *args, older_than_days, dry_run=False, **options):
        if older_than_days < 0:
            raise CommandError("--older-than-days phải là số không âm.")
        cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
        due = Comment.objects.filter(consultation__closes_at__lt=cutoff, anonymised_at__isnull=True)
        count = due.count()
        if not dry_run and count:
            with transaction.atomic():
                count = due.update(
                    full_name="", email="", phone="", address="", anonymised_at=timezone.now()
                )
        verb = "Sẽ ẩn danh" if dry_run else "Đã ẩn danh"
        self.stdout.write(
            f"{verb} thông tin liên hệ của {count} góp ý trên các dự thảo hết hạn trước "
            f"{timezone.localtime(cutoff):%d/%m/%Y %H:%M}."
        )
