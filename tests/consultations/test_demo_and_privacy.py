"""Demo content of the section, and the promise that no public page shows any commenter's email,
phone or address: load the demo, crawl every public URL reachable from the site (sitemap.xml and
links, query-string tabs and pages included) and scan every response."""

import io
import re
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.core.management import call_command

from consultations.models import (
    Comment,
    ConsultationIndexPage,
    DraftConsultationPage,
    Moderation,
    Phase,
)

pytestmark = pytest.mark.django_db(transaction=False)

SKIP_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")
HREF = re.compile(r"""(?:href|src|action)=["']([^"'#][^"']*)["']""")
LOC = re.compile(r"<loc>([^<]+)</loc>")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo", stdout=io.StringIO())
            first = (Comment.objects.count(), DraftConsultationPage.objects.count())
            call_command("load_demo", stdout=io.StringIO())
            assert (Comment.objects.count(), DraftConsultationPage.objects.count()) == first
            yield
            transaction.set_rollback(True)


def test_demo_has_the_seed_regulation_open_split_into_chapters_and_articles(demo):
    page = DraftConsultationPage.objects.get(slug="du-thao-quy-che-trang-thong-tin-dien-tu")
    assert page.phase == Phase.OPEN
    blocks = [block.block_type for block in page.draft_text]
    assert blocks.count("chapter") == 6
    assert page.article_numbers == list(range(1, 18))
    phases = {p.phase for p in DraftConsultationPage.objects.all()}
    assert phases == {Phase.OPEN, Phase.UPCOMING, Phase.CLOSED, Phase.RESULT_PUBLISHED}
    assert (
        DraftConsultationPage.objects.filter(
            Phase.q(Phase.CLOSED) | Phase.q(Phase.RESULT_PUBLISHED)
        ).count()
        == 2
    )


def test_demo_has_at_least_forty_comments_in_every_state_on_several_articles(demo):
    for state in Moderation.values:
        assert Comment.objects.filter(status=state).count() >= 40, state
    articles = set(
        Comment.objects.filter(article_number__isnull=False).values_list(
            "article_number", flat=True
        )
    )
    assert len(articles) >= 5
    assert Comment.objects.exclude(response_kind="").exists()


def test_demo_index_tabs(demo, client):
    index = ConsultationIndexPage.objects.get()
    assert index.url == "/lay-y-kien/"
    html = re.sub(r"<[^>]+>", "", client.get("/lay-y-kien/").content.decode())
    assert (
        "Đang lấy ý kiến (1)" in html and "Sắp lấy ý kiến (1)" in html and "Đã kết thúc (2)" in html
    )


def crawl(client, start_urls, limit=3000):
    seen, queue, pages = set(), deque(start_urls), {}
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code < 500, url
        if response.status_code != 200:
            continue
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        pages[url] = text
        content_type = response.get("Content-Type", "")
        if "html" not in content_type and "xml" not in content_type:
            continue
        for link in HREF.findall(text) + LOC.findall(text):
            link = urldefrag(urljoin(url, link.replace("&amp;", "&")))[0]
            parts = urlsplit(link)
            if parts.netloc not in ("", "testserver", "localhost"):
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path.startswith(SKIP_PREFIXES) or not path.startswith("/"):
                continue
            if path not in seen:
                queue.append(path)
    return pages


def variants(value):
    """The stored value and the forms it could be shown in (digits only for phone numbers)."""
    found = {value, value.lower()}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 8 and "@" not in value:
        found.add(digits)
    return {v for v in found if v}


def test_no_public_page_shows_any_commenters_email_phone_or_address(demo, client):
    pages = crawl(client, ["/", "/sitemap.xml", "/robots.txt"])
    urls = set(pages)
    # the crawl reached every draft, the tabs, the result page and the deletion-request page
    for page in DraftConsultationPage.objects.all():
        assert page.url in urls
    assert "/lay-y-kien/?trang-thai=da-ket-thuc" in urls
    assert any(url.endswith("/ket-qua/") for url in urls)
    assert "/lay-y-kien/yeu-cau-xoa-du-lieu/" in urls
    # approved comments are visible, so the scan is looking at pages that show comments
    approved = Comment.objects.filter(status=Moderation.APPROVED).first()
    assert any(approved.text in html for html in pages.values())

    secrets = set()
    for email, phone, address in Comment.objects.values_list("email", "phone", "address"):
        for value in (email, phone, address):
            if value:
                secrets |= variants(value)
    assert len(secrets) > 100
    leaks = []
    for url, html in pages.items():
        flat = html.lower()
        digits = re.sub(r"\D", "", html)
        for secret in secrets:
            haystack = digits if secret.isdigit() else flat
            if secret.lower() in haystack:
                leaks.append((url, secret))
    assert leaks == []
