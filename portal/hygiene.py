"""Text hygiene for everything editors and citizens store (Art. 10.2: Unicode TCVN 6909:2001).

Two layers:

* **Every save** of a page, a snippet or a revision normalises all text to NFC
  (``normalise_instance`` on ``pre_save``; revision content is walked as JSON), so NFD text pasted
  from a Mac or a web page is stored composed whatever wrote it (admin, import, demo, shell).
* **Every admin form** of a page or snippet refuses text that looks like TCVN3 (ABC), VNI or UTF-8
  read as Windows-1252, shows the converted text, and offers one checkbox, "Chấp nhận chuyển đổi",
  that stores the conversion instead. The same form warns about prohibited terms (Art. 8) and asks
  for a confirmation before the content is submitted for approval.

The admin forms live in ``portal.admin_forms``; this module has no admin imports so citizens'
forms (``portal.forms``) and models can use it.
"""

import json
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from portal.text_legacy import detect

_SNIPPET_LIMIT = 300


# --- walking values ----------------------------------------------------------------------------
def map_strings(value, function):
    """Apply ``function`` to every string inside ``value`` (str, list, dict, nested JSON)."""
    if isinstance(value, str):
        return function(value)
    if isinstance(value, list):
        return [map_strings(item, function) for item in value]
    if isinstance(value, tuple):
        return tuple(map_strings(item, function) for item in value)
    if isinstance(value, dict):
        return {key: map_strings(item, function) for key, item in value.items()}
    return value


def iter_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_strings(item)


def to_nfc(text):
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _stream_raw(value):
    """The JSON-able data of a StreamValue (list of blocks), or None for other values."""
    from wagtail.blocks import StreamValue

    if isinstance(value, StreamValue):
        return value.get_prep_value()
    return None


def _text_of(value):
    """Every human-readable string inside a form or model value."""
    raw = _stream_raw(value)
    if raw is not None:
        return list(iter_strings(raw))
    if isinstance(value, str):
        return [value]
    if hasattr(value, "source") and isinstance(value.source, str):  # wagtail.rich_text.RichText
        return [value.source]
    return []


# --- every save: NFC ---------------------------------------------------------------------------
def _text_fields(model):
    from wagtail.fields import StreamField

    cached = model.__dict__.get("_portal_text_fields")
    if cached is None:
        cached = [
            field
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | StreamField)
            and not field.choices
        ]
        model._portal_text_fields = cached
    return cached


def normalise_instance(instance):
    """Store every text, rich text and StreamField string of ``instance`` in NFC (in place)."""
    from wagtail.fields import StreamField

    for field in _text_fields(type(instance)):
        value = getattr(instance, field.attname, None)
        if isinstance(field, StreamField):
            raw = _stream_raw(value)
            if raw is None:
                continue
            if all(unicodedata.is_normalized("NFC", s) for s in iter_strings(raw)):
                continue
            setattr(instance, field.attname, map_strings(raw, to_nfc))
        elif isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
            setattr(instance, field.attname, unicodedata.normalize("NFC", value))


def normalise_revision(revision):
    content = revision.content
    if isinstance(content, str):
        try:
            content = json.loads(content)
        except ValueError:
            return
    if content and not all(unicodedata.is_normalized("NFC", s) for s in iter_strings(content)):
        revision.content = map_strings(content, to_nfc)


def is_hygiene_model(model):
    """Pages, and models of the portal's own apps (snippets, settings, their child rows)."""
    from wagtail.models import Page

    if issubclass(model, Page):
        return True
    return model._meta.app_label in getattr(settings, "PORTAL_APPS", [])


def pre_save_nfc(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from wagtail.models import Revision

    if sender is Revision:
        normalise_revision(instance)
    elif is_hygiene_model(sender):
        normalise_instance(instance)


# --- prohibited terms (Art. 8) -----------------------------------------------------------------
def prohibited_matches(texts):
    """Names of the active prohibited terms found in ``texts`` (strings; HTML is stripped)."""
    from portal.models import ProhibitedTerm

    plain = " \n ".join(strip_tags(text) for text in texts if text)
    if not plain.strip():
        return []
    return ProhibitedTerm.matches(plain)


def instance_texts(instance):
    texts = []
    for field in _text_fields(type(instance)):
        texts.extend(_text_of(getattr(instance, field.attname, None)))
    return texts


# --- admin forms -------------------------------------------------------------------------------
def _shorten(text):
    text = " ".join(strip_tags(text).split())
    return text if len(text) <= _SNIPPET_LIMIT else text[: _SNIPPET_LIMIT - 1] + "…"


def legacy_message(finding):
    return _(
        "Văn bản có vẻ được gõ bằng bảng mã cũ %(encoding)s, không phải Unicode TCVN 6909:2001. "
        "Sau khi chuyển đổi: «%(converted)s». Đánh dấu ô «Chấp nhận chuyển đổi» cuối biểu mẫu "
        "rồi lưu lại để dùng văn bản đã chuyển đổi, hoặc sửa lại văn bản."
    ) % {"encoding": finding.label, "converted": _shorten(finding.converted)}


def citizen_legacy_message(finding):
    return _(
        "Nội dung có vẻ được gõ bằng bảng mã cũ %(encoding)s nên hiển thị sai dấu. Chúng tôi đã "
        "chuyển sang chữ Việt Unicode: «%(converted)s». Vui lòng kiểm tra lại ô này rồi gửi lại."
    ) % {"encoding": finding.label, "converted": _shorten(finding.converted)}


def clean_value(value, field=None, accept=False):
    """``(new_value, findings)``: NFC, and legacy text converted when ``accept`` is true.

    ``findings`` lists the legacy-encoded strings found (``LegacyText``); when it is not empty and
    ``accept`` is false the caller refuses the value.
    """
    findings = []

    def fix(text):
        finding = detect(text)
        if finding is not None:
            findings.append(finding)
            if accept:
                return to_nfc(finding.converted)
        return to_nfc(text)

    raw = _stream_raw(value)
    if raw is not None:
        new_raw = map_strings(raw, fix)
        if new_raw == raw:
            return value, findings
        block = getattr(field, "block", None)
        return (block.to_python(new_raw) if block is not None else new_raw), findings
    if isinstance(value, str):
        return fix(value), findings
    return value, findings


def strip_markup(text):
    return re.sub(r"\s+", " ", strip_tags(text or "")).strip()
