"""Editorial rules of an article, as small named mixins (see docs/news.md).

* ``SourceAttributionMixin`` — Art. 9.3: information reused from elsewhere cites its original
  author and source.
* ``PressStatementMixin`` — Art. 7.6: press releases and official statements name who speaks and in
  which capacity.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from portal.text import nfc, squash_spaces

SOURCE_NAME_REQUIRED = _("Bài đăng lại phải ghi rõ nguồn tin (Điều 9.3 Quy chế).")
SOURCE_AUTHOR_REQUIRED = _("Bài đăng lại phải ghi rõ tác giả bài gốc (Điều 9.3 Quy chế).")
SPEAKER_REQUIRED = _(
    "Bài thuộc chuyên mục Thông cáo báo chí – Phát ngôn phải ghi người phát ngôn (Điều 7.6 Quy chế)."
)
SPEAKER_POSITION_REQUIRED = _("Ghi chức vụ của người phát ngôn.")


class SourceAttributionMixin(models.Model):
    """An article marked as republished must name the original source and author; the URL of the
    original is optional. The page shows "Nguồn: …" with the link."""

    is_republished = models.BooleanField(
        _("Bài đăng lại từ nguồn khác"),
        default=False,
        help_text=_("Đánh dấu khi sử dụng lại tin, bài của cơ quan, báo chí khác."),
    )
    source_name = models.CharField(
        _("Nguồn tin"), max_length=255, blank=True, help_text=_("Ví dụ: Báo Hưng Yên, Bộ Nội vụ.")
    )
    source_author = models.CharField(_("Tác giả bài gốc"), max_length=255, blank=True)
    source_url = models.URLField(_("Địa chỉ bài gốc"), max_length=500, blank=True)

    source_panel = MultiFieldPanel(
        [
            FieldPanel("is_republished"),
            FieldPanel("source_name"),
            FieldPanel("source_author"),
            FieldPanel("source_url"),
        ],
        heading=_("Nguồn tin (bài đăng lại)"),
        classname="collapsed",
    )

    class Meta:
        abstract = True

    def clean_source_attribution(self):
        self.source_name = nfc(squash_spaces(self.source_name))
        self.source_author = nfc(squash_spaces(self.source_author))
        errors = {}
        if self.is_republished:
            if not self.source_name:
                errors["source_name"] = SOURCE_NAME_REQUIRED
            if not self.source_author:
                errors["source_author"] = SOURCE_AUTHOR_REQUIRED
        if errors:
            raise ValidationError(errors)

    @property
    def has_source(self):
        return bool(self.is_republished and self.source_name)


class PressStatementMixin(models.Model):
    """Speaker and position of a press release or official statement (Art. 7.6).

    The fields live on every article, folded away in the editor, and are required (and shown on the
    page) only when the article is in a category marked "shows speaker" — no separate page type, so
    moving an article in or out of the press-statement category never changes its type or address.
    """

    speaker_name = models.CharField(_("Người phát ngôn"), max_length=255, blank=True)
    speaker_position = models.CharField(
        _("Chức vụ người phát ngôn"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Phó Giám đốc Sở Nội vụ, người phát ngôn của Sở."),
    )

    speaker_panel = MultiFieldPanel(
        [FieldPanel("speaker_name"), FieldPanel("speaker_position")],
        heading=_("Người phát ngôn (chỉ cho Thông cáo báo chí – Phát ngôn)"),
        classname="collapsed",
    )

    class Meta:
        abstract = True

    @staticmethod
    def speaker_errors(categories, speaker_name, speaker_position):
        """Field errors for an article in ``categories``; empty when the rule is met."""
        if not any(category.shows_speaker for category in categories):
            return {}
        errors = {}
        if not squash_spaces(speaker_name):
            errors["speaker_name"] = SPEAKER_REQUIRED
        if not squash_spaces(speaker_position):
            errors["speaker_position"] = SPEAKER_POSITION_REQUIRED
        return errors
