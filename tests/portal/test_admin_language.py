"""The admin speaks Vietnamese: the project's override of Wagtail's incomplete vi catalogue.

``locale/vi/LC_MESSAGES/django.po`` fills the gaps in Wagtail's own translation and corrects its
mistakes; Django gives ``LOCALE_PATHS`` precedence over the apps' catalogues.
"""

import gettext
import shutil
import subprocess
import unicodedata

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.models import StandardPage

PO = settings.BASE_DIR / "locale" / "vi" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def vi(message, **values):
    with translation.override("vi"):
        text = translation.gettext(message)
    return text % values if values else text


def test_approve_and_publish_label_has_a_space():
    # Wagtail's own msgstr is "%(label)svà Xuất bản", which showed "Duyệtvà Xuất bản"
    assert vi("%(label)s and Publish", label="Duyệt") == "Duyệt và Xuất bản"


def test_project_catalogue_wins_over_wagtails():
    assert vi("Add child page") == "Thêm trang con"
    assert vi("Save draft") == "Lưu bản nháp"
    assert vi("Approve") == "Duyệt"
    assert vi("Request changes") == "Yêu cầu chỉnh sửa"
    assert vi("Submit to %(workflow_name)s", workflow_name="Quy trình duyệt tin bài") == (
        "Gửi duyệt theo Quy trình duyệt tin bài"
    )
    assert vi("Page '%(page_title)s' has been published.", page_title="Hội nghị") == (
        "Đã xuất bản trang 'Hội nghị'."
    )


@pytest.mark.django_db
def test_page_explorer_offers_add_child_page_in_vietnamese(admin_client, home_page, make_page):
    make_page(home_page, StandardPage, title="Tin tức")
    response = admin_client.get(reverse("wagtailadmin_explore", args=[home_page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thêm trang con" in html
    assert "Add child page" not in html
    assert "Thao tác khác" in html


@pytest.mark.django_db
def test_edit_view_action_menu_is_vietnamese(admin_client, home_page):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Lưu bản nháp", "Thao tác khác", "Xuất bản", "Xem trước"):
        assert label in html, label
    for english in ("Save draft", "More actions"):
        assert english not in html, english


def test_po_file_is_nfc_and_declares_vietnamese_plural_forms():
    text = PO.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert '"Plural-Forms: nplurals=1; plural=0;\\n"' in text


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_committed_mo_matches_the_po(tmp_path):
    """The committed .mo is what ``make messages`` would build from the .po (not stale)."""
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(PO)], check=True)
    with fresh.open("rb") as built, MO.open("rb") as committed:
        expected = gettext.GNUTranslations(built)._catalog
        actual = gettext.GNUTranslations(committed)._catalog
    assert actual == expected
