"""The admin forms of every page type and portal snippet: text hygiene and the Art. 8 warning.

Hook point: Wagtail builds every page and snippet edit form from the model's ``base_form_class``
(``Panel.get_form_class``; Wagtail itself sets ``Page.base_form_class`` in its admin app's
``ready``). ``install_admin_forms()``, called from ``PortalConfig.ready``, gives every page model
and every model of the portal's apps that has admin panels ``PortalPageForm`` or
``PortalModelForm``; a model that declares its own ``base_form_class`` (a section's, or Wagtail's
form builder's) gets that form with ``HygieneFormMixin`` in front (``with_hygiene``). Rows of an
``InlinePanel`` are checked by the parent form's ``is_valid`` (Wagtail builds them from its own
form class). The system check ``portal.E001`` fails on a page or portal snippet whose form still
skips hygiene (e.g. a form assigned after start-up).

What the forms do:

* refuse text that looks like TCVN3, VNI or mojibake, naming the encoding and showing the converted
  text; the checkbox "Chấp nhận chuyển đổi" (rendered at the end of the form only when needed)
  stores the converted text instead (``ACCEPT_FIELD``);
* store every text, rich text and StreamField string in NFC;
* pre-fill ``responsible_unit`` with the editor's unit (``portal.roles.unit_of``);
* find prohibited terms (``portal.models.ProhibitedTerm``): when the editor submits for approval
  the form asks for an explicit confirmation first (``CONFIRM_FIELD``); plain saves get a warning
  message from the ``after_*`` hooks in ``portal.wagtail_hooks``.
"""

from django import forms
from django.apps import apps
from django.core import checks
from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from portal.hygiene import (
    _shorten,
    _text_of,
    clean_value,
    is_hygiene_model,
    legacy_message,
    prohibited_matches,
)
from portal.text import fold

ACCEPT_FIELD = "accept_legacy_conversion"
CONFIRM_FIELD = "confirm_prohibited_terms"
SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow", "action-publish")


class LegacyConversionWidget(forms.CheckboxInput):
    """Renders nothing until the form found legacy text; then the conversions and the checkbox."""

    template_name = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = None

    def render(self, name, value, attrs=None, renderer=None):
        findings = self.form.all_legacy_findings() if self.form is not None else []
        if not findings:
            return ""
        items = format_html_join(
            "",
            "<li><strong>{}</strong> ({}): «{}»</li>",
            ((label, finding.label, _shorten(finding.converted)) for label, finding in findings),
        )
        return format_html(
            '<section class="help-block help-warning portal-legacy" role="alert" '
            'aria-labelledby="portal-legacy-title">'
            '<h2 id="portal-legacy-title">{}</h2><p>{}</p><ul>{}</ul>'
            '<label for="id_{}"><input type="checkbox" name="{}" id="id_{}" value="1"> {}</label>'
            "</section>",
            _("Văn bản dùng bảng mã cũ"),
            _(
                "Các trường sau có văn bản gõ bằng bảng mã cũ. Kiểm tra văn bản đã chuyển sang "
                "Unicode dưới đây:"
            ),
            items,
            name,
            name,
            name,
            _("Chấp nhận chuyển đổi"),
        )


class ProhibitedConfirmWidget(forms.CheckboxInput):
    """Renders the Art. 8 warning and its confirmation box only when terms were found."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form = None

    def render(self, name, value, attrs=None, renderer=None):
        matches = getattr(self.form, "prohibited", []) if self.form is not None else []
        if not matches:
            return ""
        return format_html(
            '<section class="help-block help-critical portal-prohibited" role="alert">'
            "<h2>{}</h2><p>{}</p>"
            '<label for="id_{}"><input type="checkbox" name="{}" id="id_{}" value="1"> {}</label>'
            "</section>",
            _("Nội dung có từ ngữ thuộc danh mục cấm (Điều 8)"),
            ", ".join(matches),
            name,
            name,
            name,
            _("Tôi đã kiểm tra, nội dung không vi phạm Điều 8; vẫn gửi duyệt"),
        )


class HygieneFormMixin:
    """Mix into a Wagtail admin model form: legacy-encoding refusal with one-click acceptance,
    NFC, default responsible unit from the editor's unit, and the Art. 8 warning before submission.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.legacy_findings = []
        self.prohibited = []
        self.is_top_level = not self.prefix
        if not self.is_top_level:
            return
        accept = forms.BooleanField(
            label=_("Chấp nhận chuyển đổi"), required=False, widget=LegacyConversionWidget()
        )
        accept.widget.form = self
        self.fields[ACCEPT_FIELD] = accept
        confirm = forms.BooleanField(
            label=_("Xác nhận không vi phạm Điều 8"),
            required=False,
            widget=ProhibitedConfirmWidget(),
        )
        confirm.widget.form = self
        self.fields[CONFIRM_FIELD] = confirm
        self._default_responsible_unit()

    # -- addresses --------------------------------------------------------------------------
    def clean_slug(self):
        """Addresses without diacritics: Wagtail's editor turns "Thử nghiệm" into the slug
        "thử-nghiệm", which shared links show percent-encoded (``th%E1%BB%AD-ngh…``); the portal
        stores "thu-nghiem", as the national portals do. Runs before Wagtail checks that the slug
        is free among the page's siblings, so the check sees the stored value."""
        parent = getattr(super(), "clean_slug", None)
        value = parent() if parent else self.cleaned_data.get("slug")
        return slugify(fold(value)) or value if value else value

    # -- responsible unit -------------------------------------------------------------------
    def _default_responsible_unit(self):
        if "responsible_unit" not in self.fields or self.for_user is None:
            return
        if getattr(self.instance, "responsible_unit_id", None) or self.initial.get(
            "responsible_unit"
        ):
            return
        from portal.roles import unit_of

        unit = unit_of(self.for_user)
        if unit is not None:
            self.initial["responsible_unit"] = unit.pk

    # -- accepting conversions --------------------------------------------------------------
    @property
    def conversion_accepted(self):
        return str(self.data.get(ACCEPT_FIELD, "")).lower() in {"1", "on", "true", "yes"}

    def all_legacy_findings(self):
        return list(self.legacy_findings)

    def _clean_texts(self, cleaned):
        accept = self.conversion_accepted
        for name in list(cleaned):
            if name in (ACCEPT_FIELD, CONFIRM_FIELD):
                continue
            field = self.fields.get(name)
            value, findings = clean_value(cleaned[name], field, accept=accept)
            if findings and not accept:
                label = field.label if field is not None and field.label else name
                self.legacy_findings.extend((label, finding) for finding in findings)
                self.add_error(name, legacy_message(findings[0]))
            else:
                cleaned[name] = value

    def is_valid(self):
        valid = super().is_valid()
        if self.is_top_level and self.is_bound:
            accept = self.conversion_accepted
            for formset in getattr(self, "formsets", {}).values():
                for child in formset.forms:
                    if not hasattr(child, "cleaned_data") or isinstance(child, HygieneFormMixin):
                        continue
                    valid = self._clean_child(child, accept) and valid
        return valid

    def _clean_child(self, child, accept):
        """Rows of InlinePanels (appointments, links…) are built by Wagtail from its own form
        class; clean their text here, after their own validation."""
        ok = True
        for name in list(child.cleaned_data):
            field = child.fields.get(name)
            value, findings = clean_value(child.cleaned_data[name], field, accept=accept)
            if findings and not accept:
                label = field.label if field is not None and field.label else name
                self.legacy_findings.extend((label, finding) for finding in findings)
                child.add_error(name, legacy_message(findings[0]))
                ok = False
            elif value is not child.cleaned_data[name]:
                child.cleaned_data[name] = value
                if hasattr(child.instance, name) and name in {
                    f.name for f in child.instance._meta.concrete_fields
                }:
                    setattr(child.instance, name, value)
        return ok

    def clean(self):
        cleaned = super().clean()
        self._clean_texts(cleaned)
        if self.is_top_level:
            self._check_prohibited(cleaned)
            self._check_edit_and_approve()
        return cleaned

    def _check_edit_and_approve(self):
        """Editing and approving in one click would approve one's own edit: refuse it before
        anything is saved (the task refuses it too, after the fact)."""
        approving = (
            self.data.get("action-workflow-action")
            and self.data.get("workflow-action-name") == "approve"
        )
        if approving and self.has_changed():
            self.add_error(
                None,
                _(
                    "Bạn vừa sửa nội dung nên không thể đồng thời duyệt: người sửa không tự duyệt "
                    "nội dung mình sửa. Hãy lưu thay đổi để người duyệt khác xem xét, hoặc bỏ "
                    "thay đổi rồi duyệt."
                ),
            )

    # -- prohibited terms -------------------------------------------------------------------
    @property
    def is_submitting(self):
        return any(self.data.get(action) for action in SUBMIT_ACTIONS)

    def _check_prohibited(self, cleaned):
        texts = []
        for name, value in cleaned.items():
            if name not in (ACCEPT_FIELD, CONFIRM_FIELD):
                texts.extend(_text_of(value))
        self.prohibited = prohibited_matches(texts)
        if self.prohibited and self.is_submitting and not cleaned.get(CONFIRM_FIELD):
            self.add_error(
                None,
                _(
                    "Nội dung có từ ngữ thuộc danh mục cấm (Điều 8 Quy chế): %(terms)s. Hãy sửa "
                    "lại, hoặc đánh dấu ô xác nhận cuối biểu mẫu nếu chắc chắn nội dung không vi "
                    "phạm, rồi gửi duyệt lại."
                )
                % {"terms": ", ".join(self.prohibited)},
            )


class PortalModelForm(HygieneFormMixin, WagtailAdminModelForm):
    """Admin form of every portal snippet and setting."""


class PortalPageForm(HygieneFormMixin, WagtailAdminPageForm):
    """Admin form of every page type."""


_WRAPPED = {}


def with_hygiene(form_class):
    """``form_class`` with ``HygieneFormMixin`` in front (a section's or Wagtail's own form, such
    as the form builder's ``WagtailAdminFormPageForm``, keeps its behaviour)."""
    if issubclass(form_class, HygieneFormMixin):
        return form_class
    if form_class not in _WRAPPED:
        _WRAPPED[form_class] = type(
            f"Portal{form_class.__name__}",
            (HygieneFormMixin, form_class),
            {"__module__": form_class.__module__},
        )
    return _WRAPPED[form_class]


def install_admin_forms():
    """Give every page type and every portal model with admin panels the hygiene form.

    A model without its own ``base_form_class`` gets ``PortalPageForm``/``PortalModelForm``; a
    model with its own form gets that form with the hygiene mixin in front.
    """
    from wagtail.models import Page

    for model in apps.get_models():
        if model._meta.abstract or model._meta.proxy or model is Page:
            continue
        form = getattr(model, "base_form_class", None)
        if issubclass(model, Page):
            if form is None or form is WagtailAdminPageForm:
                model.base_form_class = PortalPageForm
            else:
                model.base_form_class = with_hygiene(form)
        elif is_hygiene_model(model) and _has_panels(model):
            if form is None or form is WagtailAdminModelForm:
                model.base_form_class = PortalModelForm
            else:
                model.base_form_class = with_hygiene(form)


def _has_panels(model):
    return any(hasattr(model, attr) for attr in ("panels", "edit_handler", "content_panels"))


@checks.register()
def check_admin_forms(app_configs=None, **kwargs):
    """portal.E001: a page or portal snippet whose admin form skips text hygiene."""
    from wagtail.models import Page

    errors = []
    for model in apps.get_models():
        if model is Page or model._meta.abstract:
            continue
        wanted = None
        if issubclass(model, Page):
            wanted = PortalPageForm
        elif is_hygiene_model(model) and _has_panels(model):
            wanted = PortalModelForm
        if wanted is None:
            continue
        form = getattr(model, "base_form_class", None)
        if form is None or not issubclass(form, HygieneFormMixin):
            errors.append(
                checks.Error(
                    f"{model._meta.label}.base_form_class does not include text hygiene.",
                    hint=f"Subclass portal.hygiene.{wanted.__name__}.",
                    obj=model,
                    id="portal.E001",
                )
            )
    return errors
