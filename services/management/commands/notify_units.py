"""``manage.py notify_units``: email each unit head the questions received since the last report
(today's new questions) and the unit's overdue ones (Art. 11.3: report to the head the same day).

Run it once a day late in the afternoon (cron / systemd timer). A question is listed as new only
once; overdue questions are listed every day until answered.
"""

from collections import defaultdict

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from contacts.models import Unit
from services import notifications
from services.models import Question


class Command(BaseCommand):
    help = (
        "Gửi thư cho trưởng mỗi đơn vị: câu hỏi mới tiếp nhận trong ngày và câu hỏi quá hạn "
        "(Điều 11.3 Quy chế)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ in ra những gì sẽ gửi, không gửi thư và không đánh dấu đã báo cáo.",
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        now = timezone.now()
        new_by_unit = defaultdict(list)
        overdue_by_unit = defaultdict(list)
        new_questions = (
            Question.objects.open()
            .filter(reported_at__isnull=True, unit__isnull=False, received_at__lte=now)
            .select_related("field")
            .order_by("received_at")
        )
        for question in new_questions:
            new_by_unit[question.unit_id].append(question)
        for question in (
            Question.objects.overdue(today)
            .filter(unit__isnull=False)
            .select_related("field")
            .order_by("due_date")
        ):
            overdue_by_unit[question.unit_id].append(question)

        unit_ids = set(new_by_unit) | set(overdue_by_unit)
        sent = 0
        for unit in Unit.objects.filter(pk__in=unit_ids).order_by("sort_order", "name"):
            new, overdue = new_by_unit[unit.pk], overdue_by_unit[unit.pk]
            if dry_run:
                self.stdout.write(f"{unit}: {len(new)} mới, {len(overdue)} quá hạn (thử)")
                continue
            with transaction.atomic():
                recipients = notifications.unit_report(unit, new, overdue, today)
                if recipients:
                    Question.objects.filter(pk__in=[q.pk for q in new]).update(reported_at=now)
                    sent += 1
            if recipients:
                self.stdout.write(
                    f"{unit}: {len(new)} mới, {len(overdue)} quá hạn → {', '.join(recipients)}"
                )
            else:
                self.stderr.write(
                    f"{unit}: không có địa chỉ thư của trưởng đơn vị hay của đơn vị; chưa gửi."
                )
        self.stdout.write(self.style.SUCCESS(f"Đã gửi {sent} thư báo cáo."))
