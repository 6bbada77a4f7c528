"""The small protocols a section implements to take part in site search (docs/search.md).

Everything here is optional and read with ``getattr``, so the search app never imports a section:

``search_date``            date or datetime (attribute, property or method) for the result's date
                           and the year facet; default ``first_published_at``.
``search_facets()``        ``{"document_type": "Nghị định"}``: facet values (only
                           ``document_type`` is used today).
``search_numbers()``       document numbers as written (``["43/2011/NĐ-CP"]``); a query naming one of
                           them in any spelling puts the object first.
``get_search_url(request=None)``  snippets only: the public address of the object; a snippet model
                           without it is not shown in results.
``search_section_label``   snippets only: the label of their "section" facet (default: the model's
                           plural verbose name).
``search_exclude = True``  a page type that never appears in results (the search page itself).
``search_snippet_fields``  names of the fields a result excerpt is taken from (default: the
                           model's non-title ``SearchField``s, without e-mail, phone or address
                           fields).
"""

import datetime

from django.db import models
from django.utils import timezone

from portal.text import nfc

SENSITIVE_NAME_PARTS = ("email", "phone", "mobile", "fax", "address", "dien_thoai", "dia_chi")


def _value(obj, name):
    value = getattr(obj, name, None)
    return value() if callable(value) else value


def search_date(obj):
    """The date shown with a result and used by the year facet."""
    value = _value(obj, "search_date")
    if value is None:
        value = getattr(obj, "first_published_at", None)
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def search_facets(obj):
    facets = _value(obj, "search_facets") or {}
    return {key: nfc(str(value)).strip() for key, value in facets.items() if value}


def search_numbers(obj):
    numbers = _value(obj, "search_numbers") or []
    if isinstance(numbers, str):
        numbers = [numbers]
    return [str(number) for number in numbers if number]


def search_title(obj):
    """The title shown for a result: ``search_title`` when the object defines it (a record whose
    ``str()`` or ``title`` is not public), else a page's title or ``str(obj)``."""
    value = _value(obj, "search_title")
    if value:
        return str(value)
    if isinstance(getattr(obj, "title", None), str) and hasattr(obj, "path"):
        return obj.title
    return str(obj)


def has_public_url(model):
    return callable(getattr(model, "get_search_url", None))


def snippet_fields(obj):
    """The values a result excerpt may quote, in order."""
    from modelsearch.index import SearchField

    names = getattr(obj, "search_snippet_fields", None)
    if names is None:
        names = []
        for field in obj.get_search_fields():
            if not isinstance(field, SearchField) or field.field_name == "title":
                continue
            if any(part in field.field_name.lower() for part in SENSITIVE_NAME_PARTS):
                continue
            try:
                model_field = obj._meta.get_field(field.field_name)
            except Exception:  # a method or property used as a SearchField
                model_field = None
            if isinstance(model_field, models.EmailField):
                continue
            names.append(field.field_name)
        if getattr(obj, "search_description", ""):
            names.insert(0, "search_description")
    values = []
    for name in names:
        value = getattr(obj, name, None)
        if callable(value):
            value = value()
        if value is None:
            continue
        if hasattr(value, "stream_block"):  # StreamField value
            value = " ".join(str(text) for text in value.stream_block.get_searchable_content(value))
        elif isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        values.append(str(value))
    return values
