"""The demo: at least 60 real documents, every status and relation type, 43/2011 replaced by
42/2022, the department's regulation with its full text, and a second run changes nothing."""

import pytest
from wagtail.models import Page, Revision

from contacts.demo import build_units
from home.demo import build_site
from legal_docs.demo import build_legal_documents
from legal_docs.demo_data import DOCUMENTS
from legal_docs.models import (
    DocumentRelation,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    RelationType,
    ValidityStatus,
)
from portal.demo import DemoContext


def run_steps():
    ctx = DemoContext()
    for step in (build_site, build_units, build_legal_documents):
        step(ctx)


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        DocumentRelation.objects.count(),
        tuple(LegalDocumentPage.objects.order_by("pk").values_list("pk", "status")),
    )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            run_steps()
            first = snapshot()
            run_steps()
            yield first, snapshot()
            transaction.set_rollback(True)


def test_second_run_changes_nothing(demo, db):
    first, second = demo
    assert first == second


def test_real_documents_and_coverage(demo, db):
    real = [spec for spec in DOCUMENTS if not spec.get("illustrative")]
    assert len(real) >= 60
    assert LegalDocumentPage.objects.live().count() == len(DOCUMENTS)
    statuses = set(LegalDocumentPage.objects.values_list("status", flat=True))
    assert statuses == set(ValidityStatus.values)
    relation_types = set(DocumentRelation.objects.values_list("relation_type", flat=True))
    assert relation_types == set(RelationType.values)
    assert all(
        page.main_file.file.name.endswith(".pdf") for page in LegalDocumentPage.objects.all()
    )


def test_decree_43_replaced_by_42(demo, db, client):
    old = LegalDocumentPage.objects.get(number="43/2011/NĐ-CP")
    new = LegalDocumentPage.objects.get(number="42/2022/NĐ-CP")
    assert old.status == ValidityStatus.EXPIRED
    assert DocumentRelation.objects.filter(
        page=new, target=old, relation_type=RelationType.REPLACES
    ).exists()
    content = client.get(old.url).content.decode()
    assert "Được thay thế bởi" in content and new.url in content


def test_department_regulation_with_full_text(demo, db, client):
    regulation = LegalDocumentPage.objects.get(number="1234/QĐ-SNV")
    assert regulation.issuing_body.name == "Sở Nội vụ tỉnh Hưng Yên"
    assert "Điều 17. Trách nhiệm thi hành và sửa đổi, bổ sung" in regulation.full_text
    assert "Chương II. QUẢN LÝ VẬN HÀNH VÀ KINH PHÍ HOẠT ĐỘNG" in regulation.full_text
    content = client.get(regulation.url).content.decode()
    assert "Toàn văn" in content and "Điều 1. Phạm vi điều chỉnh" in content


def test_registers(demo, db, client):
    top = LegalDocumentIndexPage.objects.get(slug="van-ban")
    assert top.url == "/van-ban/" and top.show_in_menus
    for slug in ("ke-hoach-chien-luoc", "bao-cao", "dau-thau-mua-sam"):
        register = LegalDocumentIndexPage.objects.get(slug=slug)
        assert register.get_parent().pk == top.pk
        assert register.document_types.exists()
        assert client.get(register.url).status_code == 200
    assert client.get("/van-ban/?q=nghi+dinh+43").status_code == 200
