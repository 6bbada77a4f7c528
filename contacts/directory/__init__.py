"""What the public directory shows: the unit tree with current office holders, diacritic-free
search, leaders past and present, and vCards. Every function here runs a fixed number of queries
whatever the number of units and people (the tree is built in Python from two queries)."""

from .data import (
    DirectoryNode,
    current_leaders,
    current_memberships,
    directory_tree,
    former_leaders,
    localized,
    search_memberships,
)
from .vcard import person_vcard

__all__ = [
    "DirectoryNode",
    "current_leaders",
    "current_memberships",
    "directory_tree",
    "former_leaders",
    "localized",
    "person_vcard",
    "search_memberships",
]
