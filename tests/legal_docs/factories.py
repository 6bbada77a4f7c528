"""Builders for legal documents in every state (``expired_document``, ``suspended_document``…)."""

import datetime
import itertools

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from legal_docs.models import (
    DocumentGroup,
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
    RelationType,
)
from portal.demo import make_pdf

TYPES = [
    ("Luật", "luat", DocumentGroup.NORMATIVE),
    ("Nghị định", "nghi-dinh", DocumentGroup.NORMATIVE),
    ("Thông tư", "thong-tu", DocumentGroup.NORMATIVE),
    ("Quyết định", "quyet-dinh", DocumentGroup.DIRECTIVE),
    ("Kế hoạch", "ke-hoach", DocumentGroup.DIRECTIVE),
    ("Báo cáo", "bao-cao", DocumentGroup.DIRECTIVE),
]
BODIES = [
    ("Quốc hội", "quoc-hoi"),
    ("Chính phủ", "chinh-phu"),
    ("Bộ Nội vụ", "bo-noi-vu"),
    ("UBND tỉnh Hưng Yên", "ubnd-tinh"),
    ("Sở Nội vụ", "so-noi-vu"),
]
FIELDS = [
    ("Công chức – viên chức", "cong-chuc-vien-chuc"),
    ("Văn thư – lưu trữ", "van-thu-luu-tru"),
    ("Tôn giáo", "ton-giao"),
]

_serial = itertools.count(1)


def taxonomy():
    types = {
        slug: DocumentType.objects.get_or_create(
            slug=slug, defaults={"name": name, "default_group": group}
        )[0]
        for name, slug, group in TYPES
    }
    bodies = {
        slug: IssuingBody.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for name, slug in BODIES
    }
    fields = {
        slug: LegalField.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for name, slug in FIELDS
    }
    return {"types": types, "bodies": bodies, "fields": fields}


def pdf_file(title="Tệp văn bản", filename=None):
    document = get_document_model()(title=title)
    document.file.save(filename or f"van-ban-{next(_serial)}.pdf", ContentFile(make_pdf(title)))
    return document


def make_register(parent, title="Văn bản", slug="van-ban", types=()):
    register = LegalDocumentIndexPage(title=title, slug=slug, show_in_menus=True)
    parent.add_child(instance=register)
    if types:
        register.document_types.set(types)
    register.save_revision().publish()
    return register


def make_document(
    register,
    number=None,
    title="Quy định về công tác văn thư",
    type_slug="nghi-dinh",
    body_slug="chinh-phu",
    issued_on=datetime.date(2020, 3, 5),
    effective_on=None,
    expires_on=None,
    relations=(),
    field_slugs=("van-thu-luu-tru",),
    live=True,
    **extra,
):
    """A published document; ``relations`` is ``[(RelationType, target, partial), ...]``."""
    tax = taxonomy()
    serial = next(_serial)
    number = number or f"{serial}/{issued_on.year}/NĐ-CP"
    page = LegalDocumentPage(
        title=title,
        slug=f"van-ban-{serial}",
        number=number,
        document_type=tax["types"][type_slug],
        issuing_body=tax["bodies"][body_slug],
        issued_on=issued_on,
        effective_on=effective_on,
        expires_on=expires_on,
        main_file=pdf_file(f"{number} {title}"),
        live=live,
        **extra,
    )
    for relation in relations:
        relation_type, target, *rest = relation
        page.relations.add(
            DocumentRelation(
                relation_type=relation_type, target=target, partial=bool(rest and rest[0])
            )
        )
    page.legal_fields = [tax["fields"][slug] for slug in field_slugs]
    register.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def in_force_document(register, **kwargs):
    return make_document(register, **kwargs)


def expired_document(register, expires_on=datetime.date(2022, 8, 15), **kwargs):
    return make_document(register, expires_on=expires_on, **kwargs)


def replacing_document(register, target, **kwargs):
    return make_document(register, relations=[(RelationType.REPLACES, target)], **kwargs)


def suspended_document(register, suspender_kwargs=None, **kwargs):
    target = make_document(register, **kwargs)
    suspender = make_document(
        register,
        type_slug="quyet-dinh",
        body_slug="ubnd-tinh",
        number=f"{next(_serial)}/QĐ-UBND",
        relations=[(RelationType.SUSPENDS, target)],
        **(suspender_kwargs or {}),
    )
    target.refresh_from_db()
    return target, suspender
