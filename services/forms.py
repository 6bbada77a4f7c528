"""Forms: the citizen's question, the status lookup, the rating, the procedure filter, and the
admin forms for each move of a question."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.models import Unit
from portal.forms import CitizenFormMixin
from portal.text import nfc
from services.models import (
    SCORE_LABELS,
    OnlineLevel,
    Question,
    ServiceField,
    normalize_receipt_code,
)
from services.privacy import normalize_phone

NAME_MAX = 120
TITLE_MAX = 200
BODY_MAX = 5000
PHONE_RE = re.compile(r"^0\d{9,10}$")


class QuestionForm(CitizenFormMixin, forms.ModelForm):
    """Gửi câu hỏi: name, email or phone, field, title, question (no login)."""

    consent_purpose = _(
        "Tôi đồng ý để Sở Nội vụ tỉnh Hưng Yên thu thập và xử lý họ tên, thư điện tử, số điện "
        "thoại tôi cung cấp chỉ để tiếp nhận, trả lời câu hỏi này và thông báo kết quả cho tôi. "
        "Thông tin liên hệ không được công bố; tôi có thể đề nghị xóa bằng cách liên hệ Văn phòng Sở."
    )

    class Meta:
        model = Question
        fields = ["asker_name", "email", "phone", "field", "title", "body"]
        labels = {
            "asker_name": _("Họ và tên"),
            "email": _("Thư điện tử"),
            "phone": _("Số điện thoại"),
            "field": _("Lĩnh vực"),
            "title": _("Tiêu đề câu hỏi"),
            "body": _("Nội dung câu hỏi"),
        }
        help_texts = {
            "email": _("Nhập thư điện tử hoặc số điện thoại (ít nhất một) để tra cứu kết quả."),
            "phone": _("Ví dụ: 0912 345 678."),
            "body": _("Tối đa 5.000 ký tự. Không ghi thông tin cá nhân không cần thiết."),
        }
        widgets = {
            "asker_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(
                attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel"}
            ),
            "body": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].queryset = ServiceField.objects.all()
        self.fields["field"].empty_label = _("— Chọn lĩnh vực —")
        self.fields["field"].error_messages["required"] = _("Vui lòng chọn lĩnh vực.")
        self.fields["field"].error_messages["invalid_choice"] = _("Lĩnh vực không hợp lệ.")
        limits = {"asker_name": NAME_MAX, "title": TITLE_MAX, "body": BODY_MAX}
        for name, limit in limits.items():
            field = self.fields[name]
            field.max_length = None  # checked in clean_<name> with a clearer message
            field.widget.attrs["maxlength"] = str(limit)
            field.validators = [v for v in field.validators if not hasattr(v, "limit_value")]
        self.fields["asker_name"].error_messages["required"] = _("Vui lòng nhập họ và tên.")
        self.fields["title"].error_messages["required"] = _("Vui lòng nhập tiêu đề câu hỏi.")
        self.fields["body"].error_messages["required"] = _("Vui lòng nhập nội dung câu hỏi.")
        self.fields["email"].error_messages["invalid"] = _("Thư điện tử không hợp lệ.")
        self.fields["email"].max_length = 254

    def _limited(self, name, limit):
        value = nfc((self.cleaned_data.get(name) or "").strip())
        if len(value) > limit:
            raise forms.ValidationError(
                _("Tối đa %(limit)s ký tự (bạn đã nhập %(count)s ký tự).")
                % {
                    "limit": f"{limit:,}".replace(",", "."),
                    "count": f"{len(value):,}".replace(",", "."),
                },
                code="max_length",
            )
        return value

    def clean_asker_name(self):
        return self._limited("asker_name", NAME_MAX)

    def clean_title(self):
        return self._limited("title", TITLE_MAX)

    def clean_body(self):
        return self._limited("body", BODY_MAX)

    def clean_phone(self):
        raw = (self.cleaned_data.get("phone") or "").strip()
        if not raw:
            return ""
        phone = normalize_phone(raw)
        if not PHONE_RE.match(phone):
            raise forms.ValidationError(
                _("Số điện thoại không hợp lệ (10 hoặc 11 chữ số, ví dụ 0912 345 678).")
            )
        return phone

    def clean_email(self):
        return (self.cleaned_data.get("email") or "").strip().lower()

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("email")
            and not cleaned.get("phone")
            and not self.has_error("email")
            and not self.has_error("phone")
        ):
            raise forms.ValidationError(
                _("Vui lòng nhập thư điện tử hoặc số điện thoại để nhận và tra cứu kết quả."),
                code="no_contact",
            )
        return cleaned


class LookupForm(forms.Form):
    """Tra cứu: receipt code plus the email or phone given when asking."""

    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "placeholder": "HD-XXXXX-XXXXX"}),
        error_messages={"required": _("Vui lòng nhập mã tiếp nhận.")},
    )
    contact = forms.CharField(
        label=_("Thư điện tử hoặc số điện thoại đã khai khi gửi"),
        max_length=254,
        error_messages={"required": _("Vui lòng nhập thư điện tử hoặc số điện thoại.")},
    )

    def clean_code(self):
        return normalize_receipt_code(self.cleaned_data["code"])

    def clean_contact(self):
        return nfc(self.cleaned_data["contact"].strip())


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Mức độ hài lòng"),
        choices=[(score, f"{score} – {label}") for score, label in SCORE_LABELS.items()],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn mức độ hài lòng từ 1 đến 5."),
            "invalid_choice": _("Mức độ hài lòng phải từ 1 đến 5."),
        },
    )


class ProcedureFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=400)
    linh_vuc = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=ServiceField.objects.filter(procedures__isnull=False).distinct(),
        required=False,
        to_field_name="slug",
        empty_label=_("Tất cả lĩnh vực"),
    )
    muc_do = forms.ChoiceField(
        label=_("Mức độ trực tuyến"),
        choices=[("", _("Tất cả mức độ"))] + list(OnlineLevel.choices),
        required=False,
    )


class QuestionFilterForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=400)
    linh_vuc = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=ServiceField.objects.all(),
        required=False,
        to_field_name="slug",
        empty_label=_("Tất cả lĩnh vực"),
    )


# -- admin: one small form per move -----------------------------------------------------------------
class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
    )


class ApproveForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"), widget=forms.Textarea(attrs={"rows": 12}), required=False
    )
    public_title = forms.CharField(
        label=_("Tiêu đề công bố"),
        max_length=200,
        required=False,
        help_text=_("Để trống để dùng tiêu đề của người hỏi (thông tin cá nhân được tự động ẩn)."),
    )
    public_body = forms.CharField(
        label=_("Nội dung câu hỏi công bố"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_("Có thể lược bớt chi tiết riêng tư; thư điện tử, số điện thoại tự động bị ẩn."),
    )
    publish = forms.BooleanField(
        label=_("Công khai câu hỏi và trả lời trên cổng"), required=False, initial=True
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Ghi chú"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class ReassignForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Chuyển sang đơn vị"), queryset=Unit.objects.all(), required=False
    )
    note = forms.CharField(
        label=_("Ghi chú"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
