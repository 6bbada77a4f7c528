"""Facet values stored beside the search index, one row per indexed object.

The search backends (``search.backends``) write a row whenever they index an object, from the
object's own protocol methods (``search_date``, ``search_facets()``; see docs/search.md). The
search page groups and filters on these rows in SQL, so a facet costs one ``GROUP BY`` however
many results there are, even when the values come from Python methods.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class FacetEntry(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # Text like modelsearch's IndexEntry.object_id: primary keys are not always integers.
    object_id = models.CharField(max_length=50)
    year = models.PositiveSmallIntegerField(_("Năm"), null=True, blank=True, db_index=True)
    document_type = models.CharField(_("Loại văn bản"), max_length=100, blank=True, db_index=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("Giá trị bộ lọc tìm kiếm")
        verbose_name_plural = _("Giá trị bộ lọc tìm kiếm")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_facetentry_unique_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.year or ''} {self.document_type}"

    @classmethod
    def add_generic_relations(cls):
        """Give every indexed model a ``search_facet_entries`` relation (like modelsearch's
        ``index_entries``), so facets are a JOIN rather than a query per result."""
        from django.apps import apps
        from modelsearch.abstract_models import TextIDGenericRelation
        from modelsearch.index import class_is_indexed

        for model in apps.get_models():
            if class_is_indexed(model) and not hasattr(model, "search_facet_entries"):
                TextIDGenericRelation(cls).contribute_to_class(model, "search_facet_entries")
