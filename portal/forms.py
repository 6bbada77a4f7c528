"""Building blocks for forms citizens fill in without logging in (comments, questions, ratings).

``CitizenFormMixin`` gives every such form the same protections:
* a honeypot field that people never see and bots fill in;
* an unticked consent box stating why personal data is collected (Law 91/2025/QH15: consent must be
  explicit — never a pre-ticked box, never silence);
* all text normalised to NFC (TCVN 6909:2001) before it is stored.
Rate limiting is per view (``portal.ratelimit``) because it depends on the request.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.text import nfc

HONEYPOT_FIELD = "website"


class CitizenFormMixin:
    """Mix into a ``forms.Form``/``ModelForm``; set ``consent_purpose`` to the text shown by the box."""

    consent_purpose = _(
        "Tôi đồng ý để Sở Nội vụ tỉnh Hưng Yên thu thập và xử lý họ tên, thư điện tử, số điện "
        "thoại tôi cung cấp chỉ để tiếp nhận, phản hồi nội dung này."
    )
    spam_flagged = False

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
        for name, value in list(cleaned.items()):
            if isinstance(value, str):
                cleaned[name] = nfc(value.strip())
        return cleaned
