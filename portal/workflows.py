"""The two approval chains on Wagtail's workflow engine, and who is told when content moves.

* **Standard** ("Quy trình duyệt tin bài"): Trưởng đơn vị → Ban Biên tập (approves and publishes).
  Assigned to the root of the page tree (every site, every language) and to every workflow-enabled
  snippet of the portal's apps (``WorkflowMixin``: units, people, and the sections' snippets).
* **Core Art. 7 information** ("Quy trình duyệt thông tin cốt lõi"): Trưởng đơn vị → Ban Biên tập
  → Lãnh đạo Sở (Art. 9.4). Assigned to the introduction subtree (``/gioi-thieu/`` and its
  translations). Editors mark other pages as core by adding them to this workflow in Wagtail's
  own admin (Cài đặt → Quy trình duyệt), which Trưởng Ban Biên tập may do.

``ensure_workflows()`` is idempotent and never overrides an assignment an editor changed.

Notifications (email; console backend in development): Wagtail's own notifiers tell the submitter
when changes are requested (with the comment) and when the content is approved and published;
``notify_reviewers`` tells the approvers of each step when content reaches it — for the unit-head
step only the head of the content's unit, never the people who wrote it.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.admin.mail import BaseGroupApprovalTaskStateEmailNotifier
from wagtail.models import (
    Page,
    TaskState,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)

from portal.roles import BOARD, BOARD_HEAD, LEADERSHIP, ROLE_NAMES, UNIT_HEAD

STANDARD_WORKFLOW = "Quy trình duyệt tin bài"
CORE_WORKFLOW = "Quy trình duyệt thông tin cốt lõi (Điều 7)"
UNIT_HEAD_TASK = "Trưởng đơn vị duyệt"
BOARD_TASK = "Ban Biên tập duyệt"
LEADERSHIP_TASK = "Lãnh đạo Sở phê duyệt"
CORE_SLUG = "gioi-thieu"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def _task(model, name, roles, reviewers_can_edit=False):
    task = model.objects.filter(name=name).first()
    if task is None:
        task = model.objects.create(name=name, reviewers_can_edit=reviewers_can_edit)
    groups = list(Group.objects.filter(name__in=[ROLE_NAMES[r] for r in roles]))
    if set(task.groups.all()) != set(groups):
        task.groups.set(groups)
    return task


def _workflow(name, tasks):
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def workflow_snippet_models():
    """Non-page models of the portal's apps that use Wagtail workflows."""
    from django.conf import settings

    return [
        model
        for model in apps.get_models()
        if issubclass(model, WorkflowMixin)
        and not issubclass(model, Page)
        and model._meta.app_label in settings.PORTAL_APPS
    ]


def core_pages():
    """The introduction page (``/gioi-thieu/``) of every home page, in every language."""
    pages = []
    for site_root in Page.objects.filter(depth=2):
        about = site_root.get_children().filter(slug=CORE_SLUG).first()
        if about is not None:
            pages.append(about)
            pages.extend(about.get_translations())
    return {page.pk: page for page in pages}.values()


def ensure_workflows(stdout=None):
    from portal.models import ReviewTask, UnitHeadApprovalTask

    unit_head = _task(UnitHeadApprovalTask, UNIT_HEAD_TASK, [UNIT_HEAD])
    board = _task(ReviewTask, BOARD_TASK, [BOARD, BOARD_HEAD], reviewers_can_edit=True)
    leadership = _task(ReviewTask, LEADERSHIP_TASK, [LEADERSHIP])
    standard = _workflow(STANDARD_WORKFLOW, [unit_head, board])
    core = _workflow(CORE_WORKFLOW, [unit_head, board, leadership])

    root = Page.get_first_root_node()
    current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if current is None:
        WorkflowPage.objects.create(page=root, workflow=standard)
    elif current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        current.workflow = standard
        current.save()

    for model in workflow_snippet_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": standard}
        )

    for page in core_pages():
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": core})
    # Wagtail's sample workflow, once nothing uses it, is switched off (hidden from editors)
    for sample in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
        if not (
            sample.workflow_pages.exists()
            or sample.workflow_content_types.exists()
            or sample.workflow_states.filter(status__in=["in_progress", "needs_changes"]).exists()
        ):
            sample.active = False
            sample.save(update_fields=["active"])
    if stdout is not None:
        stdout.write(f"  quy trình: {standard.name}; {core.name}")
    return standard, core


# --- notifications -----------------------------------------------------------------------------
class ReviewerNotifier(BaseGroupApprovalTaskStateEmailNotifier):
    """Email the approvers of a portal task when content reaches it (Wagtail's template)."""

    notification = "submitted"
    template_directory = "portal/notifications/"

    def can_handle(self, instance, **kwargs):
        from portal.models import PortalApprovalTask

        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, PortalApprovalTask
        )

    def get_recipient_users(self, task_state, **kwargs):
        triggering = kwargs.get("user")
        if task_state.status != TaskState.STATUS_IN_PROGRESS:
            return set()
        return {
            user
            for user in task_state.task.specific.reviewers(task_state)
            if triggering is None or user.pk != triggering.pk
        }


notify_reviewers = ReviewerNotifier()


def connect_signals():
    from wagtail.signals import task_submitted

    task_submitted.connect(
        notify_reviewers, sender=TaskState, dispatch_uid="portal_task_submitted_notification"
    )
