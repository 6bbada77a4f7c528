"""Keep the stored statuses of related documents current when a document acting on them changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import DocumentRelation, DocumentType, IssuingBody, LegalDocumentPage


def _refresh(ids):
    ids = {pk for pk in ids if pk}
    if ids:
        from .status import refresh_statuses

        refresh_statuses(ids=ids)


@receiver(page_published, sender=LegalDocumentPage)
@receiver(page_unpublished, sender=LegalDocumentPage)
def refresh_targets(sender, instance, **kwargs):
    targets = DocumentRelation.objects.filter(page_id=instance.pk).values_list(
        "target_id", flat=True
    )
    _refresh(list(targets))


@receiver(post_delete, sender=DocumentRelation)
def refresh_removed_target(sender, instance, **kwargs):
    _refresh([instance.target_id])


@receiver(post_save, sender=DocumentType)
@receiver(post_save, sender=IssuingBody)
def refresh_search_text(sender, instance, created, **kwargs):
    if created:
        return
    from .status import rebuild_search_text

    field = "document_type" if sender is DocumentType else "issuing_body"
    rebuild_search_text(LegalDocumentPage.objects.filter(**{field: instance}))
