"""Template filters of the directory and schedule: English names, phone links, heading levels."""

from django import template

from contacts.directory.data import localized
from contacts.directory.vcard import tel_uri

register = template.Library()


@register.filter
def name_in(obj, lang):
    """``{{ unit|name_in:lang }}``: the English name on the English site when there is one."""
    return localized(obj, "name", lang)


@register.filter
def functions_in(unit, lang):
    return localized(unit, "functions", lang)


@register.filter
def biography_in(person, lang):
    return localized(person, "biography", lang)


@register.filter
def responsibilities_in(appointment, lang):
    return localized(appointment, "responsibilities", lang)


@register.filter
def tel_href(number):
    """``0221 3862 204`` → ``tel:+842213862204`` (empty when there is no number)."""
    return tel_uri(number) or ""


@register.filter
def heading_level(depth, start=2):
    """h2 for top units, h3 for their sub-units… never beyond h6."""
    return min(6, int(start) + int(depth or 0))


@register.filter
def term(appointment, labels):
    """``2016 – 2021`` or ``03/2021 – nay``: the years an appointment covered."""
    start = appointment.start_date.strftime("%m/%Y") if appointment.start_date else "…"
    end = appointment.end_date.strftime("%m/%Y") if appointment.end_date else labels["until_now"]
    return f"{start} – {end}"
