"""Fast creation of many published document pages, with correct treebeard paths and no revisions.

Used by ``manage.py generate_legal_docs`` (benchmarks, 100,000 documents) and by tests that need
thousands of documents. Pages are inserted with ``bulk_create`` for ``wagtailcore_page`` and one
multi-row INSERT per batch for ``legal_docs_legaldocumentpage`` (Django's ``bulk_create`` refuses
multi-table models); paths continue after the parent's last child, and the parent's ``numchild``
is updated, so the tree stays valid (``manage.py fixtree`` finds nothing to fix).

Pages made this way are not in the site search index until ``manage.py update_index`` runs.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from .models import LegalDocumentPage

BATCH = 1000


def _next_position(parent):
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def create_documents(parent, specs, batch_size=BATCH):
    """Create one live ``LegalDocumentPage`` under ``parent`` per dict in ``specs``.

    Each spec holds model fields (``title``, ``slug``, ``number``, ``document_type``,
    ``issuing_body``, ``issued_on``…) and optionally ``legal_fields`` (a list of LegalField).
    Derived fields (number key, search text, status…) are computed as a normal save would.
    Returns the number of pages created.
    """
    parent = Page.objects.get(pk=parent.pk)
    content_type = ContentType.objects.get_for_model(LegalDocumentPage)
    position = _next_position(parent)
    depth = parent.depth + 1
    now = timezone.now()
    child_fields = [
        f for f in LegalDocumentPage._meta.local_concrete_fields if f.model is LegalDocumentPage
    ]
    through = LegalDocumentPage.legal_fields.through
    created = 0
    batch = []

    def flush(batch):
        pages = []
        for _spec, document in batch:
            pages.append(
                Page(
                    content_type=content_type,
                    title=document.title,
                    draft_title=document.title,
                    slug=document.slug,
                    path=document.path,
                    depth=depth,
                    numchild=0,
                    url_path=f"{parent.url_path}{document.slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=document.first_published_at,
                    last_published_at=document.first_published_at,
                    locale_id=parent.locale_id,
                    translation_key=document.translation_key,
                )
            )
        Page.objects.bulk_create(pages, batch_size=500)
        for (_spec, document), page in zip(batch, pages, strict=True):
            document.page_ptr_id = document.pk = page.pk
        documents = [document for _spec, document in batch]
        size = max(1, connection.ops.bulk_batch_size(child_fields, documents))
        for start in range(0, len(documents), size):
            LegalDocumentPage._base_manager._insert(
                documents[start : start + size], fields=child_fields, raw=True
            )
        links = [
            through(legaldocumentpage_id=document.pk, legalfield_id=field.pk)
            for spec, document in batch
            for field in spec.get("legal_fields", [])
        ]
        through.objects.bulk_create(links, batch_size=1000)
        return len(batch)

    with transaction.atomic():
        for spec in specs:
            fields = {k: v for k, v in spec.items() if k != "legal_fields"}
            document = LegalDocumentPage(live=True, **fields)
            document.path = Page._get_path(parent.path, depth, position)
            document.depth = depth
            document.first_published_at = document.first_published_at or now
            document.refresh_derived_fields(effects=[])
            batch.append((spec, document))
            position += 1
            if len(batch) >= batch_size:
                created += flush(batch)
                batch = []
        if batch:
            created += flush(batch)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + created)
    return created


def published_at(day):
    """An aware datetime at 08:00 local time on ``day``."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))
