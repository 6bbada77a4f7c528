"""Public views of ``SchedulePage``: the week (screen and print) and the iCalendar feeds."""

import datetime
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from contacts.models import Person
from contacts.models.schedule import EntryState, ScheduleEntry
from contacts.schedule.weeks import InvalidWeek, IsoWeek

ICAL_PAST_DAYS = 120  # the feed carries four months of history and everything ahead


def leader_choices(entries=()):
    """People a reader can filter by: today's leaders, then anyone attending this week's entries."""
    from contacts.directory import current_leaders

    people = {}
    for appointment in current_leaders():
        people.setdefault(appointment.person.pk, appointment.person)
    for entry in entries:
        for person in entry.leaders.all():
            people.setdefault(person.pk, person)
    return list(people.values())


def selected_week(request):
    """``(week, notice)``: the week asked for, or this week with a notice when the value is bad."""
    raw = request.GET.get("week")
    if raw in (None, ""):
        return IsoWeek.current(), None
    try:
        return IsoWeek.parse(raw), None
    except InvalidWeek:
        shown = str(raw)[:20]
        return IsoWeek.current(), (
            f"Tuần «{shown}» không hợp lệ (cần dạng 2026-W48); đang hiển thị lịch tuần này."
        )


def week_view(page, request, template):
    week, notice = selected_week(request)
    notices = [notice] if notice else []
    entries = list(ScheduleEntry.objects.public().in_week(week).for_display())
    leaders = leader_choices(entries)
    leader = None
    raw_leader = request.GET.get("leader", "")
    if raw_leader:
        leader = next((p for p in leaders if str(p.pk) == raw_leader.strip()), None)
        if leader is None:
            notices.append(
                "Không tìm thấy lãnh đạo đã chọn; đang hiển thị lịch của tất cả lãnh đạo."
            )
    if leader is not None:
        entries = [e for e in entries if any(p.pk == leader.pk for p in e.leaders.all())]

    today = timezone.localdate()
    days = []
    for day in week.days:
        days.append(
            {
                "date": day,
                "entries": [e for e in entries if e.date == day],
                "is_today": day == today,
            }
        )
    base_url = page.get_url(request=request)

    def week_url(target):
        params = {"week": target.param}
        if leader is not None:
            params["leader"] = leader.pk
        return f"{base_url}?{urlencode(params)}"

    # the shown week as a file to download (the leader's own feed when one is selected)
    feed_url = f"{base_url}ical/{leader.pk}/" if leader is not None else f"{base_url}ical/"
    week_ical_url = f"{feed_url}?{urlencode({'week': week.param})}"
    filter_params = {"week": week.param}
    if leader is not None:
        filter_params["leader"] = leader.pk
    context = page.get_context(request)
    context.update(
        {
            "week": week,
            "days": days,
            "entries": entries,
            "notices": notices,
            "leaders": leaders,
            "leader": leader,
            "states": EntryState,
            "changed_count": sum(1 for e in entries if e.state != EntryState.NORMAL),
            "is_current_week": week == IsoWeek.current(),
            "previous_url": week_url(week.previous),
            "next_url": week_url(week.next),
            "current_url": base_url,
            "print_url": f"{base_url}in/?{urlencode(filter_params)}",
            "ical_url": f"{base_url}ical/",
            "leader_ical_url": f"{base_url}ical/{leader.pk}/" if leader else None,
            "week_ical_url": week_ical_url,
            "rss_url": f"{base_url}rss/",
            "base_url": base_url,
        }
    )
    return TemplateResponse(request, template, context)


def ical_view(page, request, person_id=None):
    """The subscription feed (four months back and everything ahead) or, with ``?week=``, a file of
    that one week to download; a malformed week is a 404, never the whole feed under a week name."""
    from contacts.schedule.ical import build_calendar

    week = None
    if request.GET.get("week"):
        try:
            week = IsoWeek.parse(request.GET["week"])
        except InvalidWeek as exc:
            raise Http404("Tuần không hợp lệ.") from exc
    entries = ScheduleEntry.objects.public().for_display()
    if week is None:
        since = timezone.localdate() - datetime.timedelta(days=ICAL_PAST_DAYS)
        entries = entries.filter(date__gte=since)
    else:
        entries = entries.in_week(week)
    name = "Lịch công tác Lãnh đạo Sở Nội vụ Hưng Yên"
    if person_id is not None:
        person = Person.objects.filter(pk=person_id, live=True).first()
        if person is None:
            raise Http404("Không có lãnh đạo này.")
        entries = entries.filter(leaders=person)
        name = f"Lịch công tác – {person.full_name}"
    url = request.build_absolute_uri(page.get_url(request=request))
    if week is not None:
        name = f"{name} – {week.label}"
        url = f"{url}?{urlencode({'week': week.param})}"
    body = build_calendar(entries, name=name, url=url)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if week is None:
        response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    else:
        suffix = f"-{person_id}" if person_id is not None else ""
        response["Content-Disposition"] = (
            f'attachment; filename="lich-cong-tac-{week.param}{suffix}.ics"'
        )
    return response
