"""What every backend adds when it indexes an object: the facet row and the number tokens."""

import logging

from modelsearch.utils import get_content_type_pk

from search import protocols
from search.analysis import number_index_tokens

logger = logging.getLogger(__name__)


def _safely(function, obj, default):
    try:
        return function(obj)
    except Exception:  # a section's protocol method must never stop indexing
        logger.exception("search protocol %s failed for %r", function.__name__, obj)
        return default


def number_tokens(obj):
    return number_index_tokens(_safely(protocols.search_numbers, obj, []))


def write_facet_entries(model, objs):
    """Create or update the ``FacetEntry`` row of each object (year, document type)."""
    from search.models import FacetEntry

    content_type_id = get_content_type_pk(model)
    rows = {}
    for obj in objs:
        date = _safely(protocols.search_date, obj, None)
        facets = _safely(protocols.search_facets, obj, {})
        rows[str(obj.pk)] = FacetEntry(
            content_type_id=content_type_id,
            object_id=str(obj.pk),
            year=date.year if date else None,
            document_type=facets.get("document_type", "")[:100],
        )
    if rows:
        FacetEntry.objects.bulk_create(
            list(rows.values()),
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=["year", "document_type"],
        )


def delete_facet_entry(obj):
    from search.models import FacetEntry

    FacetEntry.objects.filter(
        content_type_id=get_content_type_pk(obj._meta.model), object_id=str(obj.pk)
    ).delete()
