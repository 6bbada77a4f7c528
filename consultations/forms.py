"""Citizens' forms of the section: a comment on a draft, and a request to delete one's data.

Both use ``portal.forms.CitizenFormMixin`` (honeypot, unticked consent box, NFC); rate limits and
the clock are checked in ``consultations.views`` because they depend on the request.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from consultations.models import Comment
from consultations.models.comments import MAX_COMMENT_LENGTH, normalise_receipt_code
from consultations.models.lifecycle import Moderation
from portal.forms import CitizenFormMixin
from portal.text import nfc

PHONE_RE = re.compile(r"^\+?[0-9][0-9 .\-()]{6,18}[0-9]$")

CONSENT_PURPOSE = _(
    "Tôi đồng ý để Sở Nội vụ tỉnh Hưng Yên thu thập và xử lý họ tên, thư điện tử, số điện thoại, "
    "địa chỉ tôi cung cấp chỉ để tiếp nhận, tổng hợp, phản hồi góp ý cho dự thảo này. Thư điện "
    "tử, số điện thoại và địa chỉ không được công khai; tôi có thể yêu cầu xoá dữ liệu bằng mã "
    "góp ý."
)


class NFCCharField(forms.CharField):
    """A CharField that normalises to NFC before its length is checked."""

    def to_python(self, value):
        return nfc(super().to_python(value))


class CommentForm(CitizenFormMixin, forms.ModelForm):
    """Góp ý dự thảo: name, email or phone, optional organisation and address, target, text."""

    consent_purpose = CONSENT_PURPOSE

    full_name = NFCCharField(label=_("Họ và tên"), max_length=255)
    organisation = NFCCharField(
        label=_("Cơ quan, tổ chức"),
        max_length=255,
        required=False,
        help_text=_("Nếu góp ý thay mặt một cơ quan, tổ chức; được hiển thị cùng góp ý."),
    )
    address = NFCCharField(
        label=_("Địa chỉ"), max_length=255, required=False, help_text=_("Không công khai.")
    )
    phone = NFCCharField(
        label=_("Điện thoại"), max_length=32, required=False, help_text=_("Không công khai.")
    )
    target = forms.ChoiceField(label=_("Góp ý cho"))
    text = NFCCharField(
        label=_("Nội dung góp ý"),
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Tối đa %(n)s ký tự.") % {"n": f"{MAX_COMMENT_LENGTH:,}".replace(",", ".")},
        error_messages={
            "max_length": _(
                "Nội dung góp ý tối đa %(limit_value)d ký tự (hiện có %(show_value)d ký tự)."
            )
        },
    )

    class Meta:
        model = Comment
        fields = ["full_name", "email", "phone", "organisation", "address", "text"]
        labels = {"email": _("Thư điện tử")}
        help_texts = {"email": _("Không công khai; dùng để gửi xác nhận đã nhận góp ý.")}

    field_order = [
        "full_name",
        "email",
        "phone",
        "organisation",
        "address",
        "target",
        "text",
    ]

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.fields["target"].choices = [("", "Toàn bộ dự thảo")] + [
            (str(number), label) for number, label, _value in page.articles
        ]
        self.fields["target"].required = False
        self.fields["full_name"].error_messages["required"] = _("Vui lòng nhập họ và tên.")
        self.fields["text"].error_messages["required"] = _("Vui lòng nhập nội dung góp ý.")
        self.fields["email"].error_messages["invalid"] = _("Địa chỉ thư điện tử không hợp lệ.")
        self.fields["target"].error_messages["invalid_choice"] = _(
            "Điều được chọn không có trong dự thảo."
        )
        self.order_fields(self.field_order)

    def clean_phone(self):
        phone = self.cleaned_data.get("phone", "").strip()
        if phone and not PHONE_RE.match(phone):
            raise forms.ValidationError(_("Số điện thoại không hợp lệ (chỉ gồm chữ số, 8–15 số)."))
        return phone

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("email") or cleaned.get("phone")):
            self.add_error("email", _("Vui lòng nhập thư điện tử hoặc số điện thoại để liên hệ."))
        return cleaned

    def save(self, commit=True, **extra):
        comment = super().save(commit=False)
        target = self.cleaned_data.get("target") or ""
        comment.article_number = int(target) if target else None
        comment.consent_text = str(self.consent_purpose)
        if self.is_spam:
            # Art. 8: a comment with prohibited terms waits as spam for a moderator.
            comment.status = Moderation.SPAM
            comment.held_reason = ", ".join(self.spam_reasons)[:255]
        for name, value in extra.items():
            setattr(comment, name, value)
        if commit:
            comment.save()
        return comment


class DeletionRequestForm(CitizenFormMixin, forms.Form):
    """Yêu cầu xoá dữ liệu cá nhân: the receipt code and the email or phone given with it."""

    consent_purpose = _(
        "Tôi đồng ý để Sở Nội vụ tỉnh Hưng Yên dùng mã góp ý và thông tin liên hệ này chỉ để xác "
        "minh và xử lý yêu cầu xoá dữ liệu của tôi."
    )

    receipt_code = forms.CharField(
        label=_("Mã góp ý"), max_length=32, help_text=_("Ví dụ: GY-7KQM-2XPD")
    )
    contact = NFCCharField(
        label=_("Thư điện tử hoặc số điện thoại đã dùng khi góp ý"), max_length=255
    )

    def clean_receipt_code(self):
        code = normalise_receipt_code(self.cleaned_data.get("receipt_code"))
        if not code:
            raise forms.ValidationError(_("Mã góp ý gồm chữ GY và 8 ký tự, ví dụ GY-7KQM-2XPD."))
        return code
