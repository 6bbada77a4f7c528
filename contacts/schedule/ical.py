"""The leadership schedule as an iCalendar feed (RFC 5545), built with the ``icalendar`` library.

* one VEVENT per published entry; ``UID`` is the entry's own UUID (``…@sonv.hungyen.gov.vn``),
  stored on the row and kept across edits and revisions, so calendar apps update an event instead
  of adding a copy; ``SEQUENCE`` counts publications;
* times carry ``TZID=Asia/Ho_Chi_Minh`` and the calendar includes the matching VTIMEZONE;
* a postponed entry is ``STATUS:CANCELLED`` (it will not take place at that time), the others
  ``CONFIRMED``; the state is also written in the summary, e.g. ``[Điều chỉnh]``.
"""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event

from contacts.models.schedule import EntryState

UID_DOMAIN = "sonv.hungyen.gov.vn"
PRODID = "-//So Noi vu tinh Hung Yen//Lich cong tac lanh dao//VI"


def entry_uid(entry):
    return f"{entry.uid}@{UID_DOMAIN}"


def entry_summary(entry):
    prefix = "" if entry.state == EntryState.NORMAL else f"[{entry.get_state_display()}] "
    return prefix + entry.content


def entry_description(entry):
    parts = []
    leaders = [person.full_name for person in entry.leaders.all()]
    if leaders:
        parts.append("Lãnh đạo dự: " + ", ".join(leaders))
    if entry.participants:
        parts.append("Thành phần: " + entry.participants)
    if entry.preparing_unit_id:
        parts.append("Đơn vị chuẩn bị: " + entry.preparing_unit.name)
    if entry.change_note:
        parts.append(f"{entry.get_state_display()}: {entry.change_note}")
    if entry.notes:
        parts.append("Ghi chú: " + entry.notes)
    return "\n".join(parts)


def build_calendar(entries, name, url=None):
    """``bytes`` of a VCALENDAR holding ``entries`` (published entries with leaders prefetched)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    if url:
        calendar.add("url", url)
    now = timezone.now()
    for entry in entries:
        event = Event()
        event.add("uid", entry_uid(entry))
        stamp = entry.last_published_at or now
        event.add("dtstamp", stamp.astimezone(datetime.UTC))
        event.add("last-modified", stamp.astimezone(datetime.UTC))
        event.add("sequence", entry.sequence)
        event.add("dtstart", entry.starts_at())
        ends = entry.ends_at()
        if ends:
            event.add("dtend", ends)
        event.add("summary", entry_summary(entry))
        description = entry_description(entry)
        if description:
            event.add("description", description)
        if entry.location:
            event.add("location", entry.location)
        event.add("status", "CANCELLED" if entry.state == EntryState.POSTPONED else "CONFIRMED")
        event.add("categories", [entry.get_state_display()])
        if url:
            event.add("url", f"{url}?week={entry.week.param}#entry-{entry.pk}")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
