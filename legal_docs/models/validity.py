"""The validity lifecycle of a legal document (tình trạng hiệu lực), as a small state object.

The status is *derived*, never typed in: from the document's own dates and from the relations other
(live) documents have to it. State diagram and rules: ``docs/legal_docs_validity.md``.

Precedence, evaluated on the local date (Asia/Ho_Chi_Minh):

1. **Hết hiệu lực toàn bộ** — the expiry date (ngày hết hiệu lực) has come, or a document that
   replaces or abolishes it entirely has taken effect;
2. **Chưa có hiệu lực** — before the effective date (ngày có hiệu lực);
3. **Ngưng hiệu lực** — a suspending document (đình chỉ) is in force;
4. **Hết hiệu lực một phần** — an amending document, or a partial replacement or abolition, has
   taken effect, or the editor recorded a partial expiry date that has come;
5. **Còn hiệu lực** — otherwise.

A date "has come" on that very day: a document expiring on 15/8/2022 is in force on 14/8/2022 and
no longer in force on 15/8/2022 (the national database records the first day without force).
"""

import datetime
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ValidityStatus(models.TextChoices):
    NOT_YET_EFFECTIVE = "chua-co-hieu-luc", _("Chưa có hiệu lực")
    IN_FORCE = "con-hieu-luc", _("Còn hiệu lực")
    PARTIALLY_EXPIRED = "het-hieu-luc-mot-phan", _("Hết hiệu lực một phần")
    EXPIRED = "het-hieu-luc-toan-bo", _("Hết hiệu lực toàn bộ")
    SUSPENDED = "ngung-hieu-luc", _("Ngưng hiệu lực")


class RelationType(models.TextChoices):
    """How a document (the source) acts on another (the target), with both reading directions."""

    BASIS = "can-cu", _("Căn cứ")
    GUIDES = "huong-dan", _("Hướng dẫn")
    AMENDS = "sua-doi-bo-sung", _("Sửa đổi, bổ sung")
    REPLACES = "thay-the", _("Thay thế")
    ABOLISHES = "bai-bo", _("Bãi bỏ")
    SUSPENDS = "dinh-chi", _("Đình chỉ")
    CORRECTS = "dinh-chinh", _("Đính chính")
    CONSOLIDATES = "hop-nhat", _("Hợp nhất")


# How the target reads the relation ("Được thay thế bởi…").
INCOMING_LABELS = {
    RelationType.BASIS: _("Là căn cứ ban hành của"),
    RelationType.GUIDES: _("Được hướng dẫn bởi"),
    RelationType.AMENDS: _("Được sửa đổi, bổ sung bởi"),
    RelationType.REPLACES: _("Được thay thế bởi"),
    RelationType.ABOLISHES: _("Bị bãi bỏ bởi"),
    RelationType.SUSPENDS: _("Bị đình chỉ bởi"),
    RelationType.CORRECTS: _("Được đính chính bởi"),
    RelationType.CONSOLIDATES: _("Được hợp nhất bởi"),
}
OUTGOING_LABELS = dict(RelationType.choices)

# Relation types that end (entirely unless marked partial) the target's force.
ENDING_TYPES = {RelationType.REPLACES, RelationType.ABOLISHES}


@dataclass(frozen=True)
class Effect:
    """One incoming relation as the state object needs it: what, whether partial, and the dates
    between which the source document is in force (its effective and expiry dates)."""

    relation_type: str
    partial: bool = False
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    source_id: int | None = None

    def active_on(self, day):
        started = self.starts_on is not None and self.starts_on <= day
        return started and (self.ends_on is None or day < self.ends_on)


@dataclass
class Validity:
    """The facts that decide a document's status; ``status_on(day)`` applies the rules."""

    effective_on: datetime.date | None
    expires_on: datetime.date | None = None
    partially_expired_on: datetime.date | None = None
    effects: list[Effect] = field(default_factory=list)

    @staticmethod
    def today():
        """Today in Asia/Ho_Chi_Minh (the project's TIME_ZONE), not in UTC."""
        return timezone.localdate()

    def full_end_on(self):
        """The first day the document has no force at all (None if no end is known)."""
        candidates = [self.expires_on] if self.expires_on else []
        candidates += [
            effect.starts_on
            for effect in self.effects
            if effect.relation_type in ENDING_TYPES and not effect.partial and effect.starts_on
        ]
        return min(candidates) if candidates else None

    def partial_end_on(self):
        candidates = [self.partially_expired_on] if self.partially_expired_on else []
        candidates += [
            effect.starts_on
            for effect in self.effects
            if effect.starts_on
            and (
                effect.relation_type == RelationType.AMENDS
                or (effect.relation_type in ENDING_TYPES and effect.partial)
            )
        ]
        return min(candidates) if candidates else None

    def is_suspended_on(self, day):
        return any(
            effect.relation_type == RelationType.SUSPENDS and effect.active_on(day)
            for effect in self.effects
        )

    def status_on(self, day=None):
        day = day or self.today()
        full_end = self.full_end_on()
        if full_end is not None and full_end <= day:
            return ValidityStatus.EXPIRED
        if self.effective_on is None or day < self.effective_on:
            return ValidityStatus.NOT_YET_EFFECTIVE
        if self.is_suspended_on(day):
            return ValidityStatus.SUSPENDED
        partial_end = self.partial_end_on()
        if partial_end is not None and partial_end <= day:
            return ValidityStatus.PARTIALLY_EXPIRED
        return ValidityStatus.IN_FORCE


class ValidityMixin(models.Model):
    """Adds the stored, indexed ``status`` (filterable in the register) and its recomputation.

    ``status`` is recomputed on every full save (creation, publication) from the live incoming
    relations, and daily by ``manage.py refresh_legal_status`` for date changes; drafts never
    change it (``save_revision`` saves with ``update_fields``).
    """

    status = models.CharField(
        _("Tình trạng hiệu lực"),
        max_length=32,
        choices=ValidityStatus.choices,
        default=ValidityStatus.NOT_YET_EFFECTIVE,
        editable=False,
        db_index=True,
    )

    class Meta:
        abstract = True

    def incoming_effects(self):
        """Effects of the live documents that relate to this one (one query)."""
        if self.pk is None:
            return []
        from .relations import DocumentRelation

        rows = DocumentRelation.objects.filter(target_id=self.pk, page__live=True).values_list(
            "relation_type", "partial", "page__effective_on", "page__expires_on", "page_id"
        )
        return [Effect(*row) for row in rows]

    def validity(self, effects=None):
        return Validity(
            effective_on=self.effective_on,
            expires_on=self.expires_on,
            partially_expired_on=self.partially_expired_on,
            effects=self.incoming_effects() if effects is None else effects,
        )

    def compute_status(self, day=None, effects=None):
        return self.validity(effects).status_on(day)

    @property
    def is_in_force(self):
        return self.status in (ValidityStatus.IN_FORCE, ValidityStatus.PARTIALLY_EXPIRED)

    @property
    def shows_warning_banner(self):
        return self.status in (ValidityStatus.EXPIRED, ValidityStatus.SUSPENDED)
