"""RSS feed of schedule changes: every publication of an entry is an item (newest first).

The item's GUID is the entry UID plus its SEQUENCE, so a reader sees an adjusted or postponed
entry as a new item even though the entry itself keeps its identity.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from contacts.models.schedule import EntryState, ScheduleEntry

FEED_ITEMS = 50


class ScheduleChangesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def __init__(self, page):
        super().__init__()
        self.page = page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.page.title} – các thay đổi"

    def link(self):
        return self.page.get_url(request=self.request) or "/"

    def description(self):
        return (
            "Các mục lịch công tác của Lãnh đạo Sở Nội vụ tỉnh Hưng Yên vừa được công bố, điều "
            "chỉnh, hoãn hoặc bổ sung."
        )

    def items(self):
        return list(
            ScheduleEntry.objects.public()
            .exclude(last_published_at=None)
            .select_related("preparing_unit")
            .prefetch_related("leaders")
            .order_by("-last_published_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, entry):
        state = "" if entry.state == EntryState.NORMAL else f"[{entry.get_state_display()}] "
        return (
            f"{state}{entry.weekday} {entry.date:%d/%m/%Y} {entry.start_time:%H:%M}: "
            f"{entry.content}"
        )

    def item_description(self, entry):
        from contacts.schedule.ical import entry_description

        lines = [entry_description(entry)]
        if entry.location:
            lines.append("Địa điểm: " + entry.location)
        return "\n".join(line for line in lines if line)

    def item_link(self, entry):
        return f"{self.link()}?week={entry.week.param}#entry-{entry.pk}"

    def item_guid(self, entry):
        return f"urn:uuid:{entry.uid}#{entry.sequence}"

    def item_guid_is_permalink(self, entry):
        return False

    def item_pubdate(self, entry):
        return entry.last_published_at

    def item_updateddate(self, entry):
        return entry.last_published_at
