"""Citizens' comments on a draft and their requests to delete the personal data they left.

Personal data (Law 91/2025/QH15): ``full_name``, ``email``, ``phone`` and ``address`` are kept for
the drafting unit and the moderators only. Public pages show ``public_author`` — the organisation
when one was given, else the name — and never the contact fields; ``anonymise()`` clears them
(``purge_commenter_data``, deletion requests) and keeps the text of the comment.
"""

import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.models.lifecycle import DeletionState, Moderation, ResponseKind

MAX_COMMENT_LENGTH = 5000
RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone
RECEIPT_PREFIX = "GY"
ANONYMOUS_AUTHOR = "Người góp ý (đã ẩn danh)"


def new_receipt_code(rng=None):
    """``GY-7KQM-2XPD``: 8 random characters (32^8 ≈ 10^12 codes), grouped for reading."""
    choice = rng.choice if rng is not None else secrets.choice
    body = "".join(choice(RECEIPT_ALPHABET) for _ in range(8))
    return f"{RECEIPT_PREFIX}-{body[:4]}-{body[4:]}"


def normalise_receipt_code(value):
    """What a citizen typed (``gy 7kqm2xpd``) → the stored form (``GY-7KQM-2XPD``)."""
    letters = re.sub(r"[^0-9A-Za-z]", "", value or "").upper()
    if letters.startswith(RECEIPT_PREFIX):
        letters = letters[len(RECEIPT_PREFIX) :]
    if len(letters) != 8:
        return ""
    return f"{RECEIPT_PREFIX}-{letters[:4]}-{letters[4:]}"


def normalise_phone(value):
    """Digits only, ``+84``/``84`` → ``0``: ``+84 912.345.678`` → ``0912345678``."""
    digits = re.sub(r"\D", "", value or "")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


class CommentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status=Moderation.APPROVED)

    def for_article(self, number):
        return self.filter(article_number=number)


class Comment(models.Model):
    """Góp ý: one citizen's comment on a draft, on the whole draft or on one Điều."""

    consultation = models.ForeignKey(
        "consultations.DraftConsultationPage",
        verbose_name=_("Dự thảo"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    article_number = models.PositiveSmallIntegerField(
        _("Điều"), null=True, blank=True, help_text=_("Để trống: góp ý chung cho toàn bộ dự thảo.")
    )
    receipt_code = models.CharField(_("Mã góp ý"), max_length=16, unique=True, editable=False)
    full_name = models.CharField(_("Họ và tên"), max_length=255, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=32, blank=True)
    organisation = models.CharField(_("Cơ quan, tổ chức"), max_length=255, blank=True)
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    text = models.TextField(
        _("Nội dung góp ý"), validators=[MaxLengthValidator(MAX_COMMENT_LENGTH)]
    )
    submitted_at = models.DateTimeField(_("Thời điểm gửi"), default=timezone.now, db_index=True)
    consent_text = models.TextField(_("Nội dung đồng ý xử lý dữ liệu"), blank=True)

    status = models.CharField(
        _("Trạng thái"),
        max_length=16,
        choices=Moderation.choices,
        default=Moderation.PENDING,
        db_index=True,
    )
    rejection_reason = models.TextField(_("Lý do từ chối"), blank=True)
    held_reason = models.CharField(
        _("Lý do tự động giữ lại"),
        max_length=255,
        blank=True,
        help_text=_("Từ ngữ bị cấm (Điều 8) mà góp ý chứa, khi hệ thống giữ lại là spam."),
    )
    moderated_at = models.DateTimeField(_("Thời điểm kiểm duyệt"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người kiểm duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    response_kind = models.CharField(
        _("Hình thức tiếp thu"), max_length=16, choices=ResponseKind.choices, blank=True
    )
    response_text = models.TextField(_("Nội dung tiếp thu, giải trình"), blank=True)
    responded_at = models.DateTimeField(_("Thời điểm trả lời"), null=True, blank=True)

    anonymised_at = models.DateTimeField(_("Đã ẩn danh lúc"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("Góp ý dự thảo")
        verbose_name_plural = _("Góp ý dự thảo")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["consultation", "status"]),
            models.Index(fields=["consultation", "article_number"]),
        ]

    def __str__(self):
        return f"{self.receipt_code} – {self.target_label}"

    # -- display --------------------------------------------------------------------------------
    @property
    def target_label(self):
        return f"Điều {self.article_number}" if self.article_number else "Toàn bộ dự thảo"

    @property
    def public_author(self):
        """What public pages show: the organisation, else the name; never contacts."""
        if self.organisation:
            return self.organisation
        return self.full_name or ANONYMOUS_AUTHOR

    # -- moderation -----------------------------------------------------------------------------
    def clean(self):
        super().clean()
        if self.status == Moderation.REJECTED and not self.rejection_reason.strip():
            raise ValidationError({"rejection_reason": _("Cần ghi lý do từ chối góp ý.")})
        if self.response_kind and self.status != Moderation.APPROVED:
            raise ValidationError(
                {"response_kind": _("Chỉ trả lời (tiếp thu, giải trình) góp ý đã được duyệt.")}
            )
        if self.response_kind and not self.response_text.strip():
            raise ValidationError({"response_text": _("Cần ghi nội dung tiếp thu, giải trình.")})

    def moderate(self, target, user=None, reason="", save=True):
        """Move to ``target`` (approve, reject with ``reason``, spam) if the diagram allows it."""
        if self.status == target:
            return False
        if not Moderation.can_move(self.status, target):
            raise ValueError(f"{self.status} → {target} is not allowed")
        if target == Moderation.REJECTED and not (reason or "").strip():
            raise ValueError("a rejection needs a reason")
        self.status = target
        self.rejection_reason = reason.strip() if target == Moderation.REJECTED else ""
        self.moderated_at = timezone.now()
        self.moderated_by = user
        if save:
            self.save(update_fields=["status", "rejection_reason", "moderated_at", "moderated_by"])
        return True

    # -- personal data --------------------------------------------------------------------------
    def anonymise(self, save=True):
        """Clear name, email, phone and address; keep the text, the target and the organisation."""
        self.full_name = ""
        self.email = ""
        self.phone = ""
        self.address = ""
        self.anonymised_at = timezone.now()
        if save:
            self.save(update_fields=["full_name", "email", "phone", "address", "anonymised_at"])

    def matches_contact(self, contact):
        """Whether ``contact`` (an email or a phone number) is the one given with this comment."""
        contact = (contact or "").strip()
        if not contact or self.anonymised_at:
            return False
        if "@" in contact:
            return bool(self.email) and self.email.casefold() == contact.casefold()
        digits = normalise_phone(contact)
        return bool(digits) and bool(self.phone) and normalise_phone(self.phone) == digits

    def save(self, *args, **kwargs):
        if self.receipt_code:
            return super().save(*args, **kwargs)
        # a fresh receipt code; on the (astronomically rare) collision, draw again
        for _attempt in range(5):
            self.receipt_code = new_receipt_code()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if Comment.objects.filter(receipt_code=self.receipt_code).exists():
                    self.pk = None
                    continue
                raise
        raise IntegrityError("could not draw a free receipt code")


class DeletionRequest(models.Model):
    """Yêu cầu xoá dữ liệu: a citizen asked, with the receipt code and the contact they gave, for
    their personal data to be deleted; a moderator carries it out (``Comment.anonymise``)."""

    comment = models.ForeignKey(
        Comment,
        verbose_name=_("Góp ý"),
        on_delete=models.CASCADE,
        related_name="deletion_requests",
    )
    requested_at = models.DateTimeField(_("Thời điểm yêu cầu"), default=timezone.now)
    status = models.CharField(
        _("Trạng thái"),
        max_length=16,
        choices=DeletionState.choices,
        default=DeletionState.PENDING,
        db_index=True,
    )
    handled_at = models.DateTimeField(_("Thời điểm xử lý"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("Ghi chú xử lý"), blank=True)

    class Meta:
        verbose_name = _("Yêu cầu xoá dữ liệu cá nhân")
        verbose_name_plural = _("Yêu cầu xoá dữ liệu cá nhân")
        ordering = ["-requested_at"]

    def __str__(self):
        return f"{self.comment.receipt_code} ({self.get_status_display()})"

    def carry_out(self, user=None, note=""):
        with transaction.atomic():
            self.comment.anonymise()
            self.status = DeletionState.DONE
            self.handled_at = timezone.now()
            self.handled_by = user
            self.note = note or self.note
            self.save()

    def decline(self, user=None, note=""):
        self.status = DeletionState.DECLINED
        self.handled_at = timezone.now()
        self.handled_by = user
        self.note = note or self.note
        self.save()
