"""Đánh giá mức độ hài lòng: an anonymous 1–5 rating of an answered question or a procedure page
(Decree 224/2026: anonymous online satisfaction rating), one per browser."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SCORE_LABELS = {
    1: _("Rất không hài lòng"),
    2: _("Không hài lòng"),
    3: _("Bình thường"),
    4: _("Hài lòng"),
    5: _("Rất hài lòng"),
}


class Rating(models.Model):
    """One anonymous rating. ``voter`` is a keyed hash of a random browser token (never an IP or a
    name), so the same browser cannot rate the same thing twice."""

    procedure = models.ForeignKey(
        "services.ProcedurePage",
        verbose_name=_("Thủ tục"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    question = models.ForeignKey(
        "services.Question",
        verbose_name=_("Câu hỏi"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    score = models.PositiveSmallIntegerField(
        _("Điểm"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    voter = models.CharField(_("Mã trình duyệt (băm)"), max_length=64, editable=False)
    created_at = models.DateTimeField(_("Thời điểm"), default=timezone.now)

    class Meta:
        verbose_name = _("Đánh giá mức độ hài lòng")
        verbose_name_plural = _("Đánh giá mức độ hài lòng")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(procedure__isnull=False) & Q(question__isnull=True))
                | (Q(procedure__isnull=True) & Q(question__isnull=False)),
                name="services_rating_one_target",
            ),
            models.CheckConstraint(
                condition=Q(score__gte=1) & Q(score__lte=5), name="services_rating_score_1_5"
            ),
            models.UniqueConstraint(
                fields=["procedure", "voter"],
                condition=Q(procedure__isnull=False),
                name="services_rating_once_per_procedure",
            ),
            models.UniqueConstraint(
                fields=["question", "voter"],
                condition=Q(question__isnull=False),
                name="services_rating_once_per_question",
            ),
        ]

    def __str__(self):
        target = self.procedure or self.question
        return f"{self.score}/5 – {target}"

    @property
    def score_label(self):
        return SCORE_LABELS.get(self.score, "")
