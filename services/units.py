"""Who works in which unit, and who heads it, from the contacts data.

A user is linked to a ``contacts.Person`` (``Person.user``); the person's current appointments give
the units they work in, and an appointment whose ``Position.is_head`` is true makes them the head
of that unit (the Giám đốc heads Ban Giám đốc). Art. 11.3–11.4: staff of a unit receive and draft
answers to citizens' questions, the head of the unit approves them.

This is the services app's own small helper until the roles issue provides a shared one; the lead
will unify them.
"""

from django.utils import timezone

from contacts.models import Appointment, Person

_CACHE_ATTR = "_services_unit_roles"


def unit_roles(user, on=None):
    """``{unit_id: is_head}`` for the user's current appointments (cached on the user object)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return {}
    on = on or timezone.localdate()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None and cached[0] == on:
        return cached[1]
    roles = {}
    rows = (
        Appointment.objects.current(on)
        .filter(person__user=user, person__is_active=True)
        .values_list("unit_id", "position__is_head")
    )
    for unit_id, is_head in rows:
        roles[unit_id] = roles.get(unit_id, False) or bool(is_head)
    setattr(user, _CACHE_ATTR, (on, roles))
    return roles


def unit_ids_of(user, on=None):
    """Units the user currently works in."""
    return set(unit_roles(user, on))


def headed_unit_ids(user, on=None):
    """Units the user currently heads."""
    return {unit_id for unit_id, is_head in unit_roles(user, on).items() if is_head}


def is_member(user, unit, on=None):
    return unit is not None and _unit_id(unit) in unit_roles(user, on)


def is_head(user, unit, on=None):
    return unit is not None and bool(unit_roles(user, on).get(_unit_id(unit)))


def heads_of(unit, on=None):
    """Active people currently heading ``unit`` (with their linked user, if any)."""
    on = on or timezone.localdate()
    person_ids = (
        Appointment.objects.current(on)
        .filter(unit=unit, position__is_head=True)
        .values_list("person_id", flat=True)
    )
    return list(Person.objects.filter(pk__in=person_ids, is_active=True).select_related("user"))


def head_emails(unit, on=None):
    """Where to send the head of ``unit`` their daily report: the person's official mailbox, else
    their account's email; the unit's mailbox when the unit has no head on record."""
    emails = []
    for person in heads_of(unit, on):
        email = person.email or (person.user.email if person.user else "")
        if email and email not in emails:
            emails.append(email)
    if not emails and unit.email:
        emails.append(unit.email)
    return emails


def forget(user):
    """Drop the cached roles (after appointments change within one request, e.g. in tests)."""
    if user is not None and hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def _unit_id(unit):
    return unit if isinstance(unit, int) else unit.pk
