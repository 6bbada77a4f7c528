"""``manage.py seed_holidays [--until YEAR]``: fill the working-day calendar (idempotent)."""

from django.core.management.base import BaseCommand

from portal.holidays_vn import seed_holidays


class Command(BaseCommand):
    help = "Nạp ngày nghỉ lễ, Tết và ngày làm bù vào lịch ngày làm việc (chạy lại không đổi gì)."

    def add_arguments(self, parser):
        parser.add_argument("--until", type=int, help="Năm cuối cùng (mặc định: năm sau).")

    def handle(self, *args, until=None, **options):
        added = seed_holidays(until)
        self.stdout.write(f"Đã thêm {added} ngày vào lịch ngày nghỉ.")
