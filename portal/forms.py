"""Building blocks for forms citizens fill in without logging in (comments, questions, ratings).

``CitizenFormMixin`` gives every such form the same protections:
* a honeypot field that people never see and bots fill in;
* an unticked consent box stating why personal data is collected (Law 91/2025/QH15: consent must be
  explicit — never a pre-ticked box, never silence);
* all text normalised to NFC (TCVN 6909:2001) before it is stored;
* text typed in a legacy encoding (TCVN3/ABC, VNI, UTF-8 read as Windows-1252) refused with a
  Vietnamese message that shows the converted text — the field is refilled with the conversion,
  so the citizen checks it and sends again;
* prohibited terms (Art. 8, ``portal.models.ProhibitedTerm``): the form stays valid, but
  ``form.is_spam`` is true and ``form.spam_reasons`` lists the terms. The section's view stores
  the item in its spam/held state for a moderator (Kiểm duyệt góp ý) instead of publishing or
  queueing it, and thanks the citizen as usual (do not tell spammers which word matched).
Rate limiting is per view (``portal.ratelimit``) because it depends on the request.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.hygiene import citizen_legacy_message, clean_value, prohibited_matches
from portal.text import nfc

HONEYPOT_FIELD = "website"


class CitizenFormMixin:
    """Mix into a ``forms.Form``/``ModelForm``; set ``consent_purpose`` to the text shown by the box."""

    consent_purpose = _(
        "Tôi đồng ý để Sở Nội vụ tỉnh Hưng Yên thu thập và xử lý họ tên, thư điện tử, số điện "
        "thoại tôi cung cấp chỉ để tiếp nhận, phản hồi nội dung này."
    )
    spam_flagged = False
    spam_reasons = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Để trống ô này"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields["consent"] = forms.BooleanField(
            label=self.consent_purpose,
            required=True,
            initial=False,
            error_messages={
                "required": _("Bạn cần đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi nội dung.")
            },
        )

    @property
    def honeypot_filled(self):
        return bool((self.data.get(HONEYPOT_FIELD) or "").strip())

    def clean(self):
        cleaned = super().clean()
        if self.honeypot_filled:
            raise forms.ValidationError(
                _("Không thể gửi nội dung này. Vui lòng tải lại trang và thử lại."),
                code="honeypot",
            )
        texts = []
        for name, value in list(cleaned.items()):
            if not isinstance(value, str):
                continue
            value = nfc(value.strip())
            _value, findings = clean_value(value)
            if findings:
                converted = findings[0].converted
                self.add_error(name, citizen_legacy_message(findings[0]))
                self._refill(name, converted)
                continue
            cleaned[name] = value
            texts.append(value)
        reasons = prohibited_matches(texts) if texts else []
        self.spam_reasons = tuple(reasons)
        self.spam_flagged = bool(reasons)
        return cleaned

    @property
    def is_spam(self):
        """True when the submission matched prohibited terms: hold it for a moderator."""
        return bool(self.spam_flagged)

    def _refill(self, name, converted):
        """Show the converted text in the field when the form is rendered again."""
        key = self.add_prefix(name)
        if hasattr(self.data, "_mutable") and not self.data._mutable:
            self.data = self.data.copy()
        try:
            self.data[key] = converted
        except TypeError:  # an immutable mapping
            self.data = {**self.data, key: converted}
