from .comments import Comment, DeletionRequest
from .lifecycle import DeletionState, Moderation, Phase, ResponseKind
from .pages import ConsultationIndexPage, DraftConsultationPage, DraftKind
from .settings import ConsultationSettings

__all__ = [
    "Comment",
    "DeletionRequest",
    "DeletionState",
    "Moderation",
    "Phase",
    "ResponseKind",
    "ConsultationIndexPage",
    "DraftConsultationPage",
    "DraftKind",
    "ConsultationSettings",
]
