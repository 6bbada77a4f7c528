"""``manage.py refresh_legal_status``: recompute every document's validity status for today.

Meant to run daily (cron or a systemd timer, shortly after midnight Asia/Ho_Chi_Minh). Idempotent:
a second run the same day changes nothing. Each change is recorded in Wagtail's audit log (action
``legal_docs.status_changed``, visible in the page history and the Site history report).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from legal_docs.status import refresh_statuses


class Command(BaseCommand):
    help = "Tính lại tình trạng hiệu lực của mọi văn bản theo ngày hôm nay và ghi nhật ký thay đổi."

    def add_arguments(self, parser):
        parser.add_argument(
            "--date",
            help="Tính cho ngày khác hôm nay (YYYY-MM-DD), ví dụ để kiểm tra trước.",
        )

    def handle(self, *args, date=None, verbosity=1, **options):
        day = None
        if date:
            try:
                day = datetime.date.fromisoformat(date)
            except ValueError as exc:
                raise CommandError(f"Ngày không hợp lệ: {date} (dùng dạng YYYY-MM-DD).") from exc
        changes = refresh_statuses(today=day)
        if verbosity >= 2:
            for pk, old, new in changes:
                self.stdout.write(f"  văn bản #{pk}: {old} → {new}")
        self.stdout.write(f"Đã cập nhật tình trạng hiệu lực của {len(changes)} văn bản.")
