"""Lifecycle rules of the section, as small named state objects (diagrams in
``docs/consultations_lifecycle.md``).

* ``Phase`` — where a consultation stands, derived from the clock and never stored:
  ``upcoming`` (sắp mở) → ``open`` (đang lấy ý kiến) → ``closed`` (đã kết thúc) →
  ``result_published`` (đã công bố kết quả). The window is half-open: open from ``opens_at``
  inclusive to ``closes_at`` exclusive, so at the closing instant the draft is already closed.
* ``Moderation`` — the states of a citizen's comment: every comment arrives ``pending``; a moderator
  approves it, rejects it with a reason, or marks it spam; a decision can be revised (an approved
  comment may later be rejected) but never goes back to ``pending``.
* ``ResponseKind`` — the drafting unit's answer to an approved comment in the summary report.
"""

from dataclasses import dataclass

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class PhaseInfo:
    key: str
    slug: str  # used in public URLs (?trang-thai=…)
    label: str
    accepts_comments: bool


class Phase:
    """The four phases of a consultation and how to compute or query them at an instant."""

    UPCOMING = PhaseInfo("upcoming", "sap-lay-y-kien", "Sắp lấy ý kiến", False)
    OPEN = PhaseInfo("open", "dang-lay-y-kien", "Đang lấy ý kiến", True)
    CLOSED = PhaseInfo("closed", "da-ket-thuc", "Đã kết thúc", False)
    RESULT_PUBLISHED = PhaseInfo(
        "result_published", "da-cong-bo-ket-qua", "Đã công bố kết quả", False
    )
    ALL = (UPCOMING, OPEN, CLOSED, RESULT_PUBLISHED)

    @classmethod
    def at(cls, opens_at, closes_at, result_published_at=None, now=None):
        """The phase at ``now`` (default: the current instant) of a window and its result."""
        now = now or timezone.now()
        if opens_at is None or now < opens_at:
            return cls.UPCOMING
        if closes_at is None or now < closes_at:
            return cls.OPEN
        if result_published_at is not None and now >= result_published_at:
            return cls.RESULT_PUBLISHED
        return cls.CLOSED

    @classmethod
    def q(cls, phase, now=None, prefix=""):
        """A ``Q`` selecting the consultations in ``phase`` at ``now`` (field names may be prefixed)."""
        now = now or timezone.now()
        f = lambda name: f"{prefix}{name}"  # noqa: E731
        ended = Q(**{f("closes_at__lte"): now})
        result_out = Q(**{f("result_published_at__isnull"): False}) & Q(
            **{f("result_published_at__lte"): now}
        )
        if phase == cls.UPCOMING:
            return Q(**{f("opens_at__gt"): now})
        if phase == cls.OPEN:
            return Q(**{f("opens_at__lte"): now}) & Q(**{f("closes_at__gt"): now})
        if phase == cls.CLOSED:
            return ended & ~result_out
        if phase == cls.RESULT_PUBLISHED:
            return ended & result_out
        raise ValueError(phase)


class Moderation(models.TextChoices):
    """States of a comment. ``TRANSITIONS`` lists the allowed moves (see the state diagram)."""

    PENDING = "pending", _("Chờ duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Từ chối")
    SPAM = "spam", _("Spam")

    @classmethod
    def can_move(cls, source, target):
        return target in TRANSITIONS.get(source, ())

    @classmethod
    def is_public(cls, state):
        return state == cls.APPROVED


TRANSITIONS = {
    Moderation.PENDING: (Moderation.APPROVED, Moderation.REJECTED, Moderation.SPAM),
    Moderation.APPROVED: (Moderation.REJECTED, Moderation.SPAM),
    Moderation.REJECTED: (Moderation.APPROVED, Moderation.SPAM),
    Moderation.SPAM: (Moderation.APPROVED, Moderation.REJECTED),
}


class ResponseKind(models.TextChoices):
    """The drafting unit's answer to a comment (báo cáo tổng hợp, tiếp thu, giải trình)."""

    ACCEPTED = "accepted", _("Tiếp thu")
    EXPLAINED = "explained", _("Giải trình")
    NOT_ACCEPTED = "not_accepted", _("Không tiếp thu")


class DeletionState(models.TextChoices):
    """A citizen's request to delete their personal data: a moderator carries it out or declines."""

    PENDING = "pending", _("Chờ xử lý")
    DONE = "done", _("Đã xoá dữ liệu")
    DECLINED = "declined", _("Từ chối")
