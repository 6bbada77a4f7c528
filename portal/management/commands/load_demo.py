"""``manage.py load_demo [--with-users]``: build the whole demo portal, idempotently.

Steps come from each app's ``demo.py`` (see ``portal.demo``). Run it twice and nothing changes.
"""

import os

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo import DemoContext, discover_steps

DEFAULT_DEMO_PASSWORD = "SoNoiVu@2026"


class Command(BaseCommand):
    help = (
        "Tạo nội dung mẫu tiếng Việt cho toàn bộ cổng thông tin (chạy lại nhiều lần không đổi gì)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Tạo tài khoản mẫu (admin và một người dùng cho mỗi vai trò).",
        )

    def handle(self, *args, with_users=False, **options):
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        ctx = DemoContext(stdout=self.stdout, with_users=with_users, password=password)
        for order, app_label, step in discover_steps():
            with transaction.atomic():
                label = (step.__doc__ or step.__name__).strip().splitlines()[0]
                self.stdout.write(f"[{order:>3}] {app_label}: {label}")
                step(ctx)
        if with_users:
            source = "DEMO_PASSWORD" if os.environ.get("DEMO_PASSWORD") else "mặc định"
            self.stdout.write(
                self.style.SUCCESS(
                    f"Tài khoản quản trị: admin / {password} (mật khẩu {source}; "
                    "đặt biến môi trường DEMO_PASSWORD để đổi)."
                )
            )
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
