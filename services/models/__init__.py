from .calendar import WorkingCalendar, answer_due_date
from .fields import ServiceField
from .procedures import (
    LegalBasisBlock,
    OnlineLevel,
    ProcedureForm,
    ProcedureIndexPage,
    ProcedurePage,
)
from .questions import (
    OPEN_STATUSES,
    Question,
    QuestionEvent,
    QuestionIndexPage,
    QuestionStatus,
    new_receipt_code,
    normalize_receipt_code,
)
from .ratings import SCORE_LABELS, Rating

__all__ = [
    "WorkingCalendar",
    "answer_due_date",
    "ServiceField",
    "LegalBasisBlock",
    "OnlineLevel",
    "ProcedureForm",
    "ProcedureIndexPage",
    "ProcedurePage",
    "OPEN_STATUSES",
    "Question",
    "QuestionEvent",
    "QuestionIndexPage",
    "QuestionStatus",
    "new_receipt_code",
    "normalize_receipt_code",
    "SCORE_LABELS",
    "Rating",
]
