from .pages import LegalDocumentAttachment, LegalDocumentIndexPage, LegalDocumentPage
from .relations import DocumentRelation
from .taxonomy import DocumentGroup, DocumentType, IssuingBody, LegalField
from .validity import (
    INCOMING_LABELS,
    OUTGOING_LABELS,
    Effect,
    RelationType,
    Validity,
    ValidityMixin,
    ValidityStatus,
)

__all__ = [
    "DocumentGroup",
    "DocumentRelation",
    "DocumentType",
    "Effect",
    "INCOMING_LABELS",
    "IssuingBody",
    "LegalDocumentAttachment",
    "LegalDocumentIndexPage",
    "LegalDocumentPage",
    "LegalField",
    "OUTGOING_LABELS",
    "RelationType",
    "Validity",
    "ValidityMixin",
    "ValidityStatus",
]
