"""``manage.py setup_roles``: the roles (groups and permissions) and the approval workflows.

Idempotent: run it after every deployment; it creates what is missing and resets each role's
permissions to the matrix in ``portal.roles.ROLES`` (docs/permissions.md).
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal.roles import ensure_roles
from portal.workflows import ensure_workflows


class Command(BaseCommand):
    help = "Tạo các nhóm vai trò, phân quyền và quy trình duyệt (chạy lại nhiều lần không đổi gì)."

    def handle(self, *args, **options):
        with transaction.atomic():
            ensure_roles(stdout=self.stdout)
            ensure_workflows(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Đã thiết lập vai trò và quy trình duyệt."))
