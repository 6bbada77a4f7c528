#!/usr/bin/env python
"""Search latency benchmark (issue 8): the portal's search page vs Wagtail's default search.

    createdb -h 127.0.0.1 -U postgres portal_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python bench/search_bench.py --legal 100000 --news 20000

Steps, all in one run on the same database:

1. ``migrate`` and ``load_demo`` (the site tree), then the project's own generators
   ``generate_legal_docs N`` and ``generate_news N`` (skipped with ``--skip-generate`` when the
   data is already there). The script stops with a clear message if a generator is missing.
2. Wagtail's default configuration: ``WAGTAILSEARCH_BACKENDS`` set to
   ``wagtail.search.backends.database`` with no options, ``update_index``, then the 20 queries
   below through the search view of Wagtail's project template (``Page.objects.live().search(q)``,
   10 per page, a hit recorded, results rendered in the portal's ``base.html``).
3. The portal's configuration (``search.backends.database`` + ``vi_unaccent``), ``update_index``,
   then the same 20 queries through ``GET /tim-kiem/?q=…`` (facets, excerpts, promotions…).

Each query runs once to warm up, then ``--repeat`` times; p50 and p95 are over all timed requests
of a configuration. For the document-number queries it also reports whether the first result
carries that number (``search_numbers()``). Results are printed as a Markdown table for
bench/README.md and written as JSON (``--output``).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command, get_commands  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.urls import path  # noqa: E402

GENERATORS = ("generate_legal_docs", "generate_news")

# (query, kind); kinds: diacritics, folded (no diacritics), number, common, rare
QUERIES = [
    ("nội vụ", "diacritics"),
    ("noi vu", "folded"),
    ("thủ tục hành chính", "diacritics"),
    ("thu tuc hanh chinh", "folded"),
    ("thi đua khen thưởng", "diacritics"),
    ("thi dua khen thuong", "folded"),
    ("cán bộ công chức viên chức", "diacritics"),
    ("can bo cong chuc vien chuc", "folded"),
    ("43/2011/NĐ-CP", "number"),
    ("43/2011/ND-CP", "number"),
    ("43/2011", "number"),
    ("nd-cp 43/2011", "number"),
    ("42/2022/NĐ-CP", "number"),
    ("quyết định", "common"),
    ("ủy ban nhân dân tỉnh", "common"),
    ("Đảng", "diacritics"),
    ("duong", "folded"),
    ("địa giới hành chính", "rare"),
    ("tín ngưỡng tôn giáo", "rare"),
    ("xyzzy không tồn tại", "rare"),
]

# Same site chrome as the portal's page (base.html), so the ratio measures search, not layout.
DEFAULT_TEMPLATE = engines["django"].from_string(
    '{% extends "base.html" %}{% load wagtailcore_tags %}{% block content %}<h1>Search</h1><ul>'
    "{% for r in results %}<li><a href='{% pageurl r %}'>{{ r.title }}</a>"
    "{% if r.search_description %}<p>{{ r.search_description }}</p>{% endif %}</li>"
    "{% endfor %}</ul>{% if results.has_next %}<a href='?q={{ q|urlencode }}&page="
    "{{ results.next_page_number }}'>next</a>{% endif %}{% endblock %}"
)


def default_search_view(request):
    """The search view of Wagtail's project template (``wagtail start``), unchanged in spirit."""
    from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.models import Page

    search_query = request.GET.get("query") or request.GET.get("q")
    page = request.GET.get("page", 1)
    if search_query:
        search_results = Page.objects.live().search(search_query)
        Query.get(search_query).add_hit()
    else:
        search_results = Page.objects.none()
    paginator = Paginator(search_results, 10)
    try:
        search_results = paginator.page(page)
    except PageNotAnInteger:
        search_results = paginator.page(1)
    except EmptyPage:
        search_results = paginator.page(paginator.num_pages)
    return HttpResponse(
        DEFAULT_TEMPLATE.render({"results": search_results, "q": search_query}, request)
    )


# This module is its own URLconf while benchmarking: the default view, then the whole site.
def _urlpatterns():
    from portal import urls

    return [path("bench-default-search/", default_search_view), *urls.urlpatterns]


urlpatterns = _urlpatterns()

WAGTAIL_DEFAULT = {"default": {"BACKEND": "wagtail.search.backends.database"}}


def fail(message):
    print(f"search_bench: {message}", file=sys.stderr)
    sys.exit(2)


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def check_environment(args):
    if connection.vendor != "postgresql" and not args.allow_sqlite:
        fail("run it on PostgreSQL: set DATABASE_URL=postgres://…/portal_bench.")
    name = str(settings.DATABASES["default"]["NAME"])
    if "bench" not in name and not args.force:
        fail(f"database {name!r} does not look like a benchmark database (add --force).")
    if not args.skip_generate:
        missing = [name for name in GENERATORS if name not in get_commands()]
        if missing:
            fail(
                "the data generators are missing: "
                + ", ".join(f"manage.py {name}" for name in missing)
                + ". They belong to the legal_docs and news sections; merge them first, or pass "
                "--skip-generate to measure the data already in the database."
            )


def prepare(args):
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    if not args.skip_generate:
        for name, count in (("generate_legal_docs", args.legal), ("generate_news", args.news)):
            started = time.perf_counter()
            call_command(name, str(count))
            print(f"{name} {count}: {time.perf_counter() - started:.0f} s")


def rebuild_index(label):
    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh statistics, as autovacuum would give
            cursor.execute("ANALYZE")
    seconds = time.perf_counter() - started
    print(f"update_index ({label}): {seconds:.0f} s")
    return seconds


def first_result_numbers(response):
    """Numbers carried by the first result of a response (both configurations)."""
    from search import protocols

    context = response.context
    if context is None:
        return []
    results = context.get("results")
    if not results:
        return []
    first = results.object_list[0] if hasattr(results, "object_list") else results[0]
    obj = getattr(first, "obj", first)
    obj = getattr(obj, "specific", obj)
    return protocols.search_numbers(obj)


def measure(client, url, repeat):
    from search.analysis import analyse_query

    timings, per_query, number_hits = [], {}, {}
    for query, kind in QUERIES:
        response = client.get(url, {"q": query})  # warm-up
        if response.status_code != 200:
            fail(f"{url}?q={query} answered {response.status_code}")
        if kind == "number":
            keys = analyse_query(query).number_keys
            numbers = [str(n) for n in first_result_numbers(response)]
            from search.analysis import normalise_document_number

            normalised = [normalise_document_number(n) for n in numbers]
            number_hits[query] = any(
                any(n == key or n.startswith(key + "/") for n in normalised) for key in keys
            )
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url, {"q": query})
            samples.append((time.perf_counter() - started) * 1000)
        timings += samples
        per_query[query] = statistics.median(samples)
    return {
        "p50_ms": percentile(timings, 0.50),
        "p95_ms": percentile(timings, 0.95),
        "per_query_median_ms": per_query,
        "number_query_first_result_matches": number_hits,
        "samples": len(timings),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--legal", type=int, default=100_000, help="legal documents to generate")
    parser.add_argument("--news", type=int, default=20_000, help="news articles to generate")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--skip-generate", action="store_true", help="use the data already there")
    parser.add_argument("--allow-sqlite", action="store_true", help="dry run on SQLite")
    parser.add_argument("--force", action="store_true", help="any database name")
    parser.add_argument(
        "--reuse-default-index",
        action="store_true",
        help="the index was last built with Wagtail's default configuration: measure it as is",
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "search.json"))
    args = parser.parse_args()

    check_environment(args)
    prepare(args)
    # Lets the test client see each response's context (the first result of number queries).
    from django.test.utils import setup_test_environment

    setup_test_environment()

    from wagtail.models import Page

    pages = Page.objects.live().count()
    print(f"database: {connection.vendor}, live pages: {pages}")
    client = Client(raise_request_exception=True)
    report = {"vendor": connection.vendor, "live_pages": pages, "queries": QUERIES}

    with override_settings(ROOT_URLCONF=__name__, WAGTAILSEARCH_BACKENDS=WAGTAIL_DEFAULT):
        if not args.reuse_default_index:
            report["wagtail_default_index_s"] = rebuild_index("Wagtail default")
        report["wagtail_default"] = measure(client, "/bench-default-search/", args.repeat)
    with override_settings(ROOT_URLCONF=__name__):
        report["portal_index_s"] = rebuild_index("portal")
        report["portal"] = measure(client, "/tim-kiem/", args.repeat)

    ours, theirs = report["portal"], report["wagtail_default"]
    report["ratio_p50"] = ours["p50_ms"] / theirs["p50_ms"]
    report["ratio_p95"] = ours["p95_ms"] / theirs["p95_ms"]

    print()
    print("| configuration | p50 (ms) | p95 (ms) | number queries with the document first |")
    print("| --- | ---: | ---: | ---: |")
    for label, data in (("Wagtail default", theirs), ("portal /tim-kiem/", ours)):
        hits = data["number_query_first_result_matches"]
        print(
            f"| {label} | {data['p50_ms']:.1f} | {data['p95_ms']:.1f} | "
            f"{sum(hits.values())}/{len(hits)} |"
        )
    print(f"| ratio portal / default | {report['ratio_p50']:.2f} | {report['ratio_p95']:.2f} | |")
    print()
    print("| query | default median (ms) | portal median (ms) |")
    print("| --- | ---: | ---: |")
    for query, _kind in QUERIES:
        print(
            f"| {query} | {theirs['per_query_median_ms'][query]:.1f} | "
            f"{ours['per_query_median_ms'][query]:.1f} |"
        )
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, ensure_ascii=False, indent=2))
    print(f"\nwritten to {output}")
    # Leave the portal's index in place for the site.


if __name__ == "__main__":
    main()
