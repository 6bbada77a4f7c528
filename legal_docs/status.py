"""Recompute stored validity statuses in bulk and record every change in Wagtail's audit log.

Used by ``manage.py refresh_legal_status`` (daily: dates pass) and by the signals that fire when a
document that acts on others is published, unpublished or loses a relation.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from .models import DocumentRelation, Effect, LegalDocumentPage, Validity, ValidityStatus

STATUS_CHANGED_ACTION = "legal_docs.status_changed"
CHUNK = 1000


class StatusChangedFormatter(LogFormatter):
    label = _("Đổi tình trạng hiệu lực")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Tình trạng hiệu lực: %(old)s → %(new)s (ngày %(day)s)") % {
            "old": data.get("old_label", data.get("old", "")),
            "new": data.get("new_label", data.get("new", "")),
            "day": data.get("day", ""),
        }


def effects_by_target(target_ids=None):
    """``{target_id: [Effect, ...]}`` from the relations of live documents (one query)."""
    relations = DocumentRelation.objects.filter(page__live=True)
    if target_ids is not None:
        relations = relations.filter(target_id__in=list(target_ids))
    effects = {}
    rows = relations.values_list(
        "target_id",
        "relation_type",
        "partial",
        "page__effective_on",
        "page__expires_on",
        "page_id",
    )
    for target_id, *fields in rows.iterator(chunk_size=CHUNK):
        effects.setdefault(target_id, []).append(Effect(*fields))
    return effects


def _chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def refresh_statuses(ids=None, today=None, user=None):
    """Recompute the status of every document (or of ``ids``) for ``today`` (local date).

    Returns ``[(page_id, old_status, new_status)]`` for the documents whose status changed; each
    change is saved and logged once. Running it again the same day changes nothing.
    """
    today = today or timezone.localdate()
    documents = LegalDocumentPage.objects.all()
    if ids is not None:
        ids = [pk for pk in ids if pk is not None]
        if not ids:
            return []
        documents = documents.filter(pk__in=ids)
    effects = effects_by_target(ids)
    changes = []
    rows = documents.values_list(
        "pk", "effective_on", "expires_on", "partially_expired_on", "status"
    ).order_by("pk")
    for pk, effective_on, expires_on, partially_expired_on, old in rows.iterator(chunk_size=CHUNK):
        validity = Validity(effective_on, expires_on, partially_expired_on, effects.get(pk, []))
        new = validity.status_on(today)
        if new != old:
            changes.append((pk, old, new))
    if not changes:
        return changes
    labels = dict(ValidityStatus.choices)
    with transaction.atomic():
        by_status = {}
        for pk, _old, new in changes:
            by_status.setdefault(new, []).append(pk)
        for new, pks in by_status.items():
            for chunk in _chunks(pks):
                LegalDocumentPage.objects.filter(pk__in=chunk).update(status=new)
        old_by_pk = {pk: old for pk, old, _new in changes}
        for chunk in _chunks(old_by_pk):
            pages = LegalDocumentPage.objects.filter(pk__in=chunk).only(
                "id", "title", "draft_title", "number", "status", "content_type_id"
            )
            for page in pages:
                old = old_by_pk[page.pk]
                log(
                    instance=page,
                    action=STATUS_CHANGED_ACTION,
                    user=user,
                    data={
                        "old": old,
                        "new": page.status,
                        "old_label": str(labels.get(old, old)),
                        "new_label": str(labels.get(page.status, page.status)),
                        "day": today.strftime("%d/%m/%Y"),
                    },
                    content_changed=False,
                )
    return changes


def rebuild_search_text(documents):
    """Refresh the folded search column (after a type or issuing body is renamed)."""
    from .models.pages import build_search_text

    changed = []
    rows = documents.select_related("document_type", "issuing_body").only(
        "id", "number", "title", "search_text", "document_type__name", "issuing_body__name"
    )
    for page in rows.iterator(chunk_size=CHUNK):
        text = build_search_text(
            page.number, page.title, page.document_type.name, page.issuing_body.name
        )
        if text != page.search_text:
            page.search_text = text
            changed.append(page)
    for chunk in _chunks(changed):
        LegalDocumentPage.objects.bulk_update(chunk, ["search_text"])
    return len(changed)
