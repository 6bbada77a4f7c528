"""The leadership work schedule (Art. 7.9): entries as workflow snippets, and ``SchedulePage``.

An entry is a draft until it is approved and published (``DraftStateMixin``, ``RevisionMixin``,
``WorkflowMixin``, ``LockableMixin``): the public page, the feeds and the print view read only
published entries, and an edit of a published entry stays in a revision until it is published.
The entry's ``state`` tells readers what changed during the week (see docs/contacts-schedule.md).
"""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.signals import published

from .mixins import ResponsibleUnitMixin

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


class EntryState(models.TextChoices):
    """What happened to an entry since the week's schedule was first published."""

    NORMAL = "normal", _("Bình thường")
    CHANGED = "changed", _("Điều chỉnh")
    POSTPONED = "postponed", _("Hoãn")
    ADDED = "added", _("Bổ sung")


class ScheduleEntryQuerySet(models.QuerySet):
    def public(self):
        """Published entries only: drafts and entries waiting for approval are never public."""
        return self.filter(live=True)

    def in_week(self, week):
        return self.filter(date__range=(week.monday, week.sunday))

    def for_display(self):
        return (
            self.select_related("preparing_unit")
            .prefetch_related("leaders")
            .order_by("date", "start_time", "pk")
        )


class ScheduleEntry(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ResponsibleUnitMixin,
    index.Indexed,
    ClusterableModel,
):
    """Mục lịch công tác: one engagement of the department's leaders on a given day.

    Offices enter the week's engagements (or import them from a spreadsheet), then send them for
    approval; once published they appear on /lich-cong-tac/, in the iCalendar feeds and in the RSS
    feed of changes. When plans change during the week, editors set the state (điều chỉnh, hoãn,
    bổ sung) and say what changed, so readers see it highlighted.
    """

    date = models.DateField(_("Ngày"), db_index=True)
    start_time = models.TimeField(_("Giờ bắt đầu"))
    end_time = models.TimeField(_("Giờ kết thúc"), null=True, blank=True)
    content = models.TextField(_("Nội dung công việc"))
    leaders = ParentalManyToManyField(
        "contacts.Person",
        verbose_name=_("Lãnh đạo dự"),
        related_name="schedule_entries",
        blank=True,
    )
    participants = models.TextField(
        _("Thành phần tham dự"),
        blank=True,
        help_text=_("Các thành phần khác, ví dụ: Chánh Văn phòng, lãnh đạo Phòng TCBC."),
    )
    location = models.CharField(_("Địa điểm"), max_length=255, blank=True)
    preparing_unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị chuẩn bị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="prepared_schedule_entries",
    )
    notes = models.TextField(_("Ghi chú"), blank=True)
    state = models.CharField(
        _("Tình trạng"),
        max_length=16,
        choices=EntryState.choices,
        default=EntryState.NORMAL,
        help_text=_(
            "Điều chỉnh: đổi giờ, địa điểm hoặc nội dung; Hoãn: không diễn ra như dự kiến; "
            "Bổ sung: thêm vào sau khi lịch tuần đã công bố."
        ),
    )
    change_note = models.CharField(
        _("Nội dung thay đổi"),
        max_length=255,
        blank=True,
        help_text=_("Nói rõ điều gì thay đổi hoặc lý do hoãn; hiển thị cạnh mục lịch."),
    )
    uid = models.UUIDField(_("Mã lịch (UID)"), default=uuid.uuid4, editable=False, unique=True)
    sequence = models.PositiveIntegerField(
        _("Số lần công bố"), default=0, editable=False, help_text=_("SEQUENCE trong iCalendar.")
    )

    objects = ScheduleEntryQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldPanel("content"),
                FieldPanel("location"),
            ],
            heading=_("Thời gian, nội dung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("leaders"),
                FieldPanel("participants"),
                FieldPanel("preparing_unit"),
                FieldPanel("notes"),
            ],
            heading=_("Thành phần"),
        ),
        MultiFieldPanel(
            [FieldPanel("state"), FieldPanel("change_note")], heading=_("Thay đổi trong tuần")
        ),
        FieldPanel("responsible_unit"),
    ]
    search_fields = [
        index.SearchField("content", boost=2),
        index.SearchField("location"),
        index.SearchField("participants"),
        index.AutocompleteField("content"),
        index.FilterField("date"),
        index.FilterField("live"),
        index.FilterField("state"),
    ]

    class Meta:
        verbose_name = _("Mục lịch công tác")
        verbose_name_plural = _("Lịch công tác")
        ordering = ["date", "start_time", "pk"]
        indexes = [models.Index(fields=["live", "date"])]

    def __str__(self):
        content = self.content if len(self.content) <= 60 else self.content[:57] + "…"
        return f"{self.weekday} {self.date:%d/%m/%Y} {self.start_time:%H:%M} – {content}"

    @property
    def weekday(self):
        return WEEKDAYS[self.date.weekday()] if self.date else ""

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("Giờ kết thúc phải sau giờ bắt đầu.")})
        if self.state in (EntryState.CHANGED, EntryState.POSTPONED) and not self.change_note:
            raise ValidationError(
                {"change_note": _("Hãy nói rõ nội dung điều chỉnh hoặc lý do hoãn.")}
            )

    # -- times ----------------------------------------------------------------------------------
    def starts_at(self):
        """Aware start in Asia/Ho_Chi_Minh."""
        from django.utils import timezone

        naive = datetime.datetime.combine(self.date, self.start_time)
        return timezone.make_aware(naive, timezone.get_current_timezone())

    def ends_at(self):
        if not self.end_time:
            return None
        from django.utils import timezone

        naive = datetime.datetime.combine(self.date, self.end_time)
        return timezone.make_aware(naive, timezone.get_current_timezone())

    @property
    def week(self):
        from contacts.schedule.weeks import IsoWeek

        return IsoWeek.containing(self.date)

    @property
    def is_highlighted(self):
        return self.state != EntryState.NORMAL

    # -- revisions ------------------------------------------------------------------------------
    def with_content_json(self, content):
        """Keep the calendar identity (UID, SEQUENCE) of the stored row when a revision is
        restored, so publishing an old revision never reuses a UID or lowers the SEQUENCE."""
        obj = super().with_content_json(content)
        obj.uid = self.uid
        obj.sequence = self.sequence
        return obj


@receiver(published, sender=ScheduleEntry)
def bump_sequence(sender, instance, **kwargs):
    """Every publication is a new version for calendar apps (RFC 5545 SEQUENCE)."""
    ScheduleEntry.objects.filter(pk=instance.pk).update(sequence=F("sequence") + 1)
    instance.sequence += 1


class SchedulePage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Lịch công tác: the leaders' week (Monday–Sunday) from published schedule entries, with
    previous/next navigation, ``?week=2026-W48``, a filter by leader, iCalendar and RSS feeds and
    an A4 landscape print view. Editors write only the introduction; the entries are snippets
    ("Lịch công tác" in the admin menu) that go through approval."""

    intro = models.TextField(_("Lời dẫn"), blank=True)
    contact_note = models.CharField(
        _("Đầu mối liên hệ"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Văn phòng Sở, điện thoại 0221 3862 201."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("intro"), FieldPanel("contact_note")], heading=_("Lời dẫn")),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang lịch công tác")
        verbose_name_plural = _("Trang lịch công tác")

    @path("")
    def week_route(self, request):
        from contacts.schedule.views import week_view

        return week_view(self, request, template="contacts/schedule_page.html")

    @path("in/", name="print")
    def print_route(self, request):
        from contacts.schedule.views import week_view

        return week_view(self, request, template="contacts/schedule_print.html")

    @path("ical/", name="ical")
    def ical_route(self, request):
        from contacts.schedule.views import ical_view

        return ical_view(self, request)

    @path("ical/<int:person_id>/", name="ical_leader")
    def ical_leader_route(self, request, person_id):
        from contacts.schedule.views import ical_view

        return ical_view(self, request, person_id=person_id)

    @path("rss/", name="rss")
    def rss_route(self, request):
        from contacts.schedule.feeds import ScheduleChangesFeed

        return ScheduleChangesFeed(self)(request)
