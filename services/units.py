"""Who works in which unit, and who heads it (Art. 11.3–11.4: staff of a unit receive and draft
answers to citizens' questions, the head of the unit approves them).

The lookups are the portal's shared ones (``portal.roles``); this module names them the way the
services code reads them and adds where the daily report to a unit head is mailed.
"""

from portal.roles import forget_units as forget
from portal.roles import head_people as heads_of
from portal.roles import headed_unit_ids, unit_ids_of
from portal.roles import is_head_of as is_head
from portal.roles import is_member_of as is_member

__all__ = [
    "forget",
    "heads_of",
    "headed_unit_ids",
    "unit_ids_of",
    "is_head",
    "is_member",
    "head_emails",
]


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
