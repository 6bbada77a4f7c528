"""``manage.py generate_news N [--seed S] [--search-index]``: N synthetic published articles in bulk."""

import time

from django.core.management.base import BaseCommand, CommandError

from news.synthetic import generate_articles


class Command(BaseCommand):
    help = "Tạo nhanh N bài viết tin tức giả lập (đã xuất bản) để đo hiệu năng, ví dụ tìm kiếm."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="Số bài viết cần tạo.")
        parser.add_argument("--seed", type=int, default=None, help="Hạt giống ngẫu nhiên.")
        parser.add_argument(
            "--search-index",
            action="store_true",
            help="Đưa các bài mới vào chỉ mục tìm kiếm (chậm hơn).",
        )

    def handle(self, *args, count, seed=None, search_index=False, **options):
        if count < 1:
            raise CommandError("Số bài viết phải lớn hơn 0.")
        started = time.monotonic()
        try:
            created = generate_articles(count, seed=seed, index_in_search=search_index)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Đã tạo {created} bài viết trong {elapsed:.1f} giây.")
        )
