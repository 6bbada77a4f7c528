"""Typed relations between documents (căn cứ, hướng dẫn, sửa đổi bổ sung, thay thế, bãi bỏ, đình
chỉ, đính chính, hợp nhất) and the rules that keep them sane: no self-relation, no replacement cycle.

A relation is stored once, on the document that acts (the *source*, e.g. Nghị định 42/2022/NĐ-CP
"thay thế" Nghị định 43/2011/NĐ-CP); the target shows it the other way round ("Được thay thế bởi").
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from .validity import INCOMING_LABELS, OUTGOING_LABELS, RelationType

SELF_RELATION_MESSAGE = _("Văn bản không thể liên kết với chính nó.")
CYCLE_MESSAGE = _(
    "Không thể ghi nhận: “%(target)s” đã (trực tiếp hoặc gián tiếp) thay thế văn bản này, "
    "nên văn bản này không thể thay thế lại nó (vòng thay thế)."
)
DUPLICATE_MESSAGE = _("Liên kết này đã được khai báo.")


class DocumentRelation(Orderable):
    """One relation from the page's document (source) to another document (target)."""

    page = ParentalKey(
        "legal_docs.LegalDocumentPage", related_name="relations", on_delete=models.CASCADE
    )
    relation_type = models.CharField(
        _("Loại liên kết"), max_length=20, choices=RelationType.choices
    )
    target = models.ForeignKey(
        "legal_docs.LegalDocumentPage",
        verbose_name=_("Văn bản liên quan"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    partial = models.BooleanField(
        _("Chỉ một phần"),
        default=False,
        help_text=_(
            "Đánh dấu khi chỉ thay thế, bãi bỏ hoặc đình chỉ một số điều, khoản của văn bản "
            "liên quan."
        ),
    )
    note = models.CharField(
        _("Ghi chú"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: các điều, khoản bị sửa đổi."),
    )

    panels = [
        FieldPanel("relation_type"),
        FieldPanel("target"),
        FieldPanel("partial"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Liên kết văn bản")
        verbose_name_plural = _("Liên kết văn bản")
        indexes = [models.Index(fields=["target", "relation_type"])]

    def __str__(self):
        return f"{self.get_relation_type_display()} {self.target_id}"

    @property
    def outgoing_label(self):
        return OUTGOING_LABELS.get(self.relation_type, self.relation_type)

    @property
    def incoming_label(self):
        return INCOMING_LABELS.get(self.relation_type, self.relation_type)

    def clean(self):
        super().clean()
        if self.page_id and self.target_id and self.page_id == self.target_id:
            raise ValidationError({"target": SELF_RELATION_MESSAGE})


def replacement_graph(exclude_source_id=None):
    """``{source_id: {target_id, ...}}`` of the stored replacement relations (one query)."""
    graph = {}
    rows = DocumentRelation.objects.filter(relation_type=RelationType.REPLACES)
    if exclude_source_id is not None:
        rows = rows.exclude(page_id=exclude_source_id)
    for source_id, target_id in rows.values_list("page_id", "target_id"):
        graph.setdefault(source_id, set()).add(target_id)
    return graph


def reaches(graph, start, goal):
    """True when ``goal`` can be reached from ``start`` following the graph's edges."""
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(graph.get(node, ()))
    return False


def relation_errors(page_id, relations):
    """Check a document's outgoing relations before they are saved.

    ``relations`` is a list of ``(index, relation_type, target_id)``; returns ``{index: message}``
    for self-relations, duplicates and replacement cycles (using the stored relations of every
    other document plus the ones being saved).
    """
    errors = {}
    seen = set()
    for index, relation_type, target_id in relations:
        if target_id is None:
            continue
        if page_id is not None and target_id == page_id:
            errors[index] = SELF_RELATION_MESSAGE
            continue
        if (relation_type, target_id) in seen:
            errors[index] = DUPLICATE_MESSAGE
            continue
        seen.add((relation_type, target_id))
    replaced = [
        (index, target_id)
        for index, relation_type, target_id in relations
        if relation_type == RelationType.REPLACES and index not in errors and target_id
    ]
    if page_id is not None and replaced:
        graph = replacement_graph(exclude_source_id=page_id)
        graph[page_id] = {target_id for _index, target_id in replaced}
        cycles = [(i, t) for i, t in replaced if reaches(graph, t, page_id)]
        if cycles:
            document_model = DocumentRelation._meta.get_field("target").related_model
            names = {
                doc.pk: doc.display_name
                for doc in document_model.objects.filter(pk__in=[t for _i, t in cycles])
                .select_related("document_type")
                .only("id", "number", "title", "document_type__name")
            }
            for index, target_id in cycles:
                errors[index] = CYCLE_MESSAGE % {"target": names.get(target_id, target_id)}
    return errors
