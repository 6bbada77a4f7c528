"""Dashboard panels of the approval chain (Wagtail ``construct_homepage_panels``).

* **Chờ tôi duyệt** — content at a step the user may act on now (the task's own rules decide:
  group, unit head, separation of duties);
* **Bị trả lại để chỉnh sửa** — the user's content sent back with the approver's comment;
* **Đang chờ duyệt theo đơn vị** — content in the chain per responsible unit and step (staff and
  unit heads see their own unit; the board, leadership and administrators see every unit).
"""

from collections import defaultdict

from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from portal.roles import is_unit_scoped, responsible_unit_of, unit_of

NO_UNIT = "Chưa xác định đơn vị"


def edit_url(obj):
    """The admin edit address of a page or snippet."""
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    viewset = getattr(obj, "snippet_viewset", None)
    if viewset is None:
        return ""
    try:
        return reverse(viewset.get_url_name("edit"), args=[quote(obj.pk)])
    except NoReverseMatch:
        return ""


def _specific(obj):
    return obj.specific if isinstance(obj, Page) else obj


def _latest(obj):
    from portal.models import latest_object

    return latest_object(_specific(obj))


def _title(obj):
    if isinstance(obj, Page):
        return obj.get_admin_display_title()
    return str(obj)


def _kind(obj):
    return str(obj._meta.verbose_name)


class AwaitingMyApprovalPanel(Component):
    name = "portal_awaiting_my_approval"
    template_name = "portal/dashboard/awaiting_my_approval.html"
    order = 100

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        items = []
        states = (
            TaskState.objects.reviewable_by(request.user)
            .select_related("task", "workflow_state", "workflow_state__requested_by")
            .order_by("started_at")
        )
        for state in states:
            obj = state.workflow_state.content_object
            if obj is None:
                continue
            obj = _specific(obj)
            unit = responsible_unit_of(_latest(obj))
            items.append(
                {
                    "title": _title(obj),
                    "kind": _kind(obj),
                    "unit": unit.name if unit else NO_UNIT,
                    "step": state.task.name,
                    "workflow": state.workflow_state.workflow.name,
                    "requested_by": state.workflow_state.requested_by,
                    "since": state.started_at,
                    "url": edit_url(obj),
                }
            )
        return {"items": items, "request": request}


class SentBackPanel(Component):
    name = "portal_sent_back"
    template_name = "portal/dashboard/sent_back.html"
    order = 110

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        states = (
            WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
            .select_related(
                "current_task_state", "current_task_state__task", "current_task_state__finished_by"
            )
            .order_by("-current_task_state__finished_at")
        )
        items = []
        for state in states:
            obj = state.content_object
            task_state = state.current_task_state
            if obj is None or task_state is None:
                continue
            mine = state.requested_by_id == user.pk or getattr(obj, "owner_id", None) == user.pk
            if not mine:
                continue
            obj = _specific(obj)
            items.append(
                {
                    "title": _title(obj),
                    "kind": _kind(obj),
                    "step": task_state.task.name,
                    "comment": task_state.comment,
                    "by": task_state.finished_by,
                    "at": task_state.finished_at,
                    "url": edit_url(obj),
                }
            )
        return {"items": items, "request": request}


class PendingPerUnitPanel(Component):
    name = "portal_pending_per_unit"
    template_name = "portal/dashboard/pending_per_unit.html"
    order = 120

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        only_unit = unit_of(request.user) if is_unit_scoped(request.user) else None
        scoped = is_unit_scoped(request.user)
        counts = defaultdict(lambda: {"steps": defaultdict(int), "sent_back": 0, "total": 0})
        states = WorkflowState.objects.active().select_related(
            "current_task_state", "current_task_state__task"
        )
        for state in states:
            obj = state.content_object
            if obj is None:
                continue
            unit = responsible_unit_of(_latest(obj))
            if scoped and (only_unit is None or unit is None or unit.pk != only_unit.pk):
                continue
            row = counts[unit.name if unit else NO_UNIT]
            row["total"] += 1
            if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                row["sent_back"] += 1
            elif state.current_task_state is not None:
                row["steps"][state.current_task_state.task.name] += 1
        rows = [
            {
                "unit": name,
                "steps": sorted(data["steps"].items()),
                "sent_back": data["sent_back"],
                "total": data["total"],
            }
            for name, data in sorted(counts.items())
        ]
        return {"rows": rows, "scoped_unit": only_unit, "scoped": scoped, "request": request}
