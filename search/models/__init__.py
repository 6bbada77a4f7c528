from .facets import FacetEntry
from .pages import SearchPage

__all__ = ["FacetEntry", "SearchPage"]
