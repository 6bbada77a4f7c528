"""Benchmark of the legal documents register (not a test; numbers go to bench/legal_docs.md).

Usage, on a database that has the demo and N generated documents:

    DATABASE_URL=... python manage.py generate_legal_docs 100000
    DATABASE_URL=... python bench/legal_docs_register.py [--repeat 5]

For each filter combination it prints the number of SQL queries and the median wall time of
rendering the register page through the Django test client (no network), then the same for the
RSS feed and the CSV export.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from legal_docs.models import LegalDocumentIndexPage, LegalDocumentPage  # noqa: E402

QUERIES = [
    "",
    "?page=50",
    "?q=nghi+dinh",
    "?q=cong+chuc+vien+chuc",
    "?q=43%2F2011",
    "?loai=nghi-dinh",
    "?loai=quyet-dinh&coquan=ubnd-tinh-hung-yen&nam=2020",
    "?linhvuc=van-thu-luu-tru&hieuluc=con-hieu-luc",
    "?nhom=qppl&hieuluc=het-hieu-luc-toan-bo&sapxep=so",
    "?nguoiky=Tr%E1%BA%A7n+Th%E1%BB%8B+B%C3%ACnh&sapxep=-ngay-dang",
    "?q=thi+dua&loai=quyet-dinh&coquan=so-noi-vu-hung-yen&linhvuc=thi-dua-khen-thuong&nam=2015&hieuluc=con-hieu-luc",
]


def measure(client, url, repeat):
    times, counts = [], set()
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        times.append(elapsed)
        counts.add(len(captured))
    return statistics.median(times), counts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    register = LegalDocumentIndexPage.objects.order_by("path").first()
    client = Client(HTTP_HOST="localhost")
    client.get(register.url)  # warm caches
    total = LegalDocumentPage.objects.count()
    print(f"{connection.vendor}, {total} documents, register {register.url}")
    print(f"{'median ms':>10} {'queries':>8}  url")
    for query in QUERIES:
        median, counts = measure(client, register.url + query, args.repeat)
        print(f"{median * 1000:10.0f} {','.join(map(str, sorted(counts))):>8}  {query or '(none)'}")
    for extra in ("rss/", "rss/?loai=nghi-dinh"):
        median, counts = measure(client, register.url + extra, args.repeat)
        print(f"{median * 1000:10.0f} {','.join(map(str, sorted(counts))):>8}  {extra}")
    median, counts = measure(client, register.url + "csv/?loai=nghi-dinh", 1)
    print(f"{median * 1000:10.0f} {','.join(map(str, sorted(counts))):>8}  csv/?loai=nghi-dinh")


if __name__ == "__main__":
    main()
