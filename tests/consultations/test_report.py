"""The summary report: counts per Điều, exports, print view, and the public result page."""

import csv
import io
import random

import openpyxl
import pytest
from django.urls import reverse

from consultations.models import Comment, Moderation, ResponseKind
from consultations.report import build_report
from tests.consultations.factories import consultation_with_result, make_comment, open_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", "qt@example.net", "mat-khau-12")
    client.force_login(user)
    return client


@pytest.fixture
def draft(home_page):
    page = consultation_with_result(home_page)
    rng = random.Random(5)
    for n in range(40):
        status = rng.choice(Moderation.values)
        article = rng.choice([None, 1, 2, 3])
        fields = {}
        if status == Moderation.APPROVED and n % 2:
            kind = rng.choice(ResponseKind.values)
            fields = {"response_kind": kind, "response_text": f"Trả lời {n}"}
        make_comment(page, status, article_number=article, **fields)
    # a comment on an Điều that editors later removed from the structure
    make_comment(page, Moderation.APPROVED, article_number=9, text="Góp ý điều đã bỏ")
    # noise on another draft must not leak into this report
    make_comment(open_consultation(home_page), Moderation.APPROVED, article_number=1)
    return page


def stored_counts(page):
    counts = {}
    for comment in Comment.objects.filter(consultation=page):
        key = (comment.article_number, comment.status)
        counts[key] = counts.get(key, 0) + 1
    return counts


def test_counts_per_article_match_the_stored_comments(draft):
    report = build_report(draft)
    from_report = {
        (row.number, state): n for row in report.rows for state, n in row.counts.items() if n
    }
    assert from_report == stored_counts(draft)
    assert report.total == Comment.objects.filter(consultation=draft).count() == 41
    # rows follow the draft: whole draft, Điều 1..3, then the removed Điều 9
    assert [row.number for row in report.rows] == [None, 1, 2, 3, 9]
    assert report.rows[-1].in_draft is False
    # grouped comments are exactly the approved ones
    grouped = sorted(c.pk for row in report.rows for c in row.comments)
    approved = sorted(
        Comment.objects.filter(consultation=draft, status=Moderation.APPROVED).values_list(
            "pk", flat=True
        )
    )
    assert grouped == approved


def test_report_page_shows_the_counts(admin_client, draft):
    response = admin_client.get(reverse("consultations_report", args=[draft.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for row in build_report(draft).rows:
        marker = f'data-article="{row.number or ""}"'
        assert marker in html
        cells = html.split(marker, 1)[1].split("</tr>", 1)[0]
        assert f"<td>{row.total}</td><td>{row.pending}</td><td>{row.approved}</td>" in cells
    assert "Góp ý điều đã bỏ" in html


def test_xlsx_export_matches_the_stored_comments_with_personal_data(admin_client, draft):
    response = admin_client.get(reverse("consultations_report", args=[draft.pk]) + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[0] == "Mã góp ý" and "Thư điện tử" in header and "Điện thoại" in header
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    stored = Comment.objects.filter(consultation=draft)
    assert set(by_code) == set(stored.values_list("receipt_code", flat=True))
    for comment in stored:
        row = by_code[comment.receipt_code]
        assert row["Thư điện tử"] == comment.email
        assert row["Điện thoại"] == comment.phone
        assert row["Địa chỉ"] == comment.address
        assert row["Nội dung góp ý"] == comment.text
        assert row["Trạng thái"] == comment.get_status_display()
        assert row["Góp ý cho"] == comment.target_label


def test_csv_export_matches_and_neutralises_formulas(admin_client, draft):
    formula = make_comment(draft, Moderation.PENDING, text='=HYPERLINK("http://x","bấm")')
    response = admin_client.get(reverse("consultations_report", args=[draft.pk]) + "?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    stored = Comment.objects.filter(consultation=draft)
    assert len(rows) == stored.count() == 42
    by_code = {row["Mã góp ý"]: row for row in rows}
    for comment in stored.exclude(pk=formula.pk):
        assert by_code[comment.receipt_code]["Nội dung góp ý"] == comment.text
        assert by_code[comment.receipt_code]["Thư điện tử"] == comment.email
    assert by_code[formula.receipt_code]["Nội dung góp ý"].startswith("'=HYPERLINK")


def test_report_and_exports_are_for_moderators_only(client, draft, django_user_model):
    url = reverse("consultations_report", args=[draft.pk])
    assert client.get(url + "?export=csv").status_code == 302  # anonymous → login
    editor = django_user_model.objects.create_user("bientap", password="mat-khau-12")
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
    )
    client.force_login(editor)
    for suffix in ("", "?export=csv", "?export=xlsx", "print/"):
        target = url + suffix if not suffix.endswith("/") else url + suffix
        response = client.get(target)
        assert response.status_code in (302, 403), suffix
        assert (
            Comment.objects.filter(consultation=draft).first().email
            not in response.content.decode()
        )


def test_print_view(admin_client, draft):
    response = admin_client.get(reverse("consultations_report_print", args=[draft.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý" in html
    assert draft.title in html
    assert 'class="sidebar' not in html  # no admin chrome
    answered = Comment.objects.filter(consultation=draft).exclude(response_kind="").first()
    assert answered.response_text in html


def test_public_result_page_shows_responses_without_personal_data(client, draft):
    answered = list(
        Comment.objects.filter(consultation=draft, status=Moderation.APPROVED).exclude(
            response_kind=""
        )
    )
    assert answered
    for url in (draft.url, draft.url + "ket-qua/"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        for comment in answered:
            assert comment.response_text in html
            assert comment.get_response_kind_display() in html
        for comment in Comment.objects.filter(consultation=draft):
            assert comment.email not in html
            assert comment.phone not in html
            assert comment.address not in html
        assert "Đã tiếp thu phần lớn ý kiến" in html or url.endswith("ket-qua/")


def test_result_route_is_404_before_the_result_is_published(client, home_page):
    page = open_consultation(home_page)
    assert client.get(page.url + "ket-qua/").status_code == 404
