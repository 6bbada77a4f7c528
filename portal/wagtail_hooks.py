"""Admin integration of the approval chain: prohibited-terms snippet, per-unit editing, Art. 8
warnings after saving, and the dashboard panels.

Everything here works on any page type or snippet, so sections join without code of their own.
"""

from django.contrib import messages as django_messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.dashboard import AwaitingMyApprovalPanel, PendingPerUnitPanel, SentBackPanel
from portal.hygiene import instance_texts, prohibited_matches
from portal.models import Holiday, ProhibitedTerm
from portal.roles import is_unit_scoped, responsible_unit_of, unit_of


class ProhibitedTermViewSet(SnippetViewSet):
    model = ProhibitedTerm
    icon = "warning"
    menu_label = "Từ ngữ bị cấm"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["term", "kind", "category", "ignore_diacritics", "is_active", "updated_at"]
    list_filter = ["kind", "category", "is_active"]
    search_fields = ["term", "note"]


register_snippet(ProhibitedTermViewSet)


class HolidayViewSet(SnippetViewSet):
    """The working-day calendar every deadline counts on (``portal.workdays``)."""

    model = Holiday
    icon = "date"
    menu_label = "Ngày nghỉ lễ, làm bù"
    menu_order = 291
    add_to_settings_menu = True
    list_display = ["date", "name", "kind"]
    list_filter = ["kind"]
    ordering = ["-date"]


register_snippet(HolidayViewSet)


# --- per-unit editing (Art. 11.3) ----------------------------------------------------------------
def _other_unit(request, obj):
    """The unit of ``obj`` when the user may only edit their own unit's content and it differs."""
    user = request.user
    if not is_unit_scoped(user):
        return None
    from portal.models import latest_object

    unit = responsible_unit_of(latest_object(obj))
    mine = unit_of(user)
    if unit is None or (mine is not None and unit.pk == mine.pk):
        return None
    return unit


def _refuse_other_unit(request, obj):
    unit = _other_unit(request, obj)
    if unit is None:
        return None
    return TemplateResponse(
        request,
        "portal/admin/other_unit.html",
        {"object": obj, "unit": unit, "my_unit": unit_of(request.user)},
        status=403,
    )


@hooks.register("before_edit_page")
def restrict_page_edit_to_unit(request, page):
    return _refuse_other_unit(request, page)


@hooks.register("before_delete_page")
def restrict_page_delete_to_unit(request, page):
    return _refuse_other_unit(request, page)


@hooks.register("before_edit_snippet")
def restrict_snippet_edit_to_unit(request, instance):
    return _refuse_other_unit(request, instance)


@hooks.register("before_delete_snippet")
def restrict_snippet_delete_to_unit(request, instances):
    for instance in instances:
        response = _refuse_other_unit(request, instance)
        if response is not None:
            return response
    return None


# --- Art. 8 warnings after saving ----------------------------------------------------------------
def _warn_prohibited(request, obj):
    if request.method != "POST" or obj is None:
        return None
    matches = prohibited_matches(instance_texts(obj))
    if matches:
        django_messages.warning(
            request,
            _(
                "Cảnh báo (Điều 8 Quy chế): nội dung có từ ngữ thuộc danh mục cấm: %(terms)s. "
                "Hãy kiểm tra và sửa trước khi gửi duyệt."
            )
            % {"terms": ", ".join(matches)},
        )
    return None


@hooks.register("after_create_page")
def warn_prohibited_new_page(request, page):
    return _warn_prohibited(request, page)


@hooks.register("after_edit_page")
def warn_prohibited_page(request, page):
    return _warn_prohibited(request, page)


@hooks.register("after_create_snippet")
def warn_prohibited_new_snippet(request, instance):
    return _warn_prohibited(request, instance)


@hooks.register("after_edit_snippet")
def warn_prohibited_snippet(request, instance):
    return _warn_prohibited(request, instance)


# --- after a workflow action in the page editor -------------------------------------------------
# The page explorer opens for accounts holding any of these page permissions (Wagtail's IndexView).
EXPLORER_PERMISSIONS = {"add", "change", "publish", "bulk_delete", "lock", "unlock"}


@hooks.register("after_edit_page", order=100)  # last: the other hooks' warnings still run
def approver_returns_to_dashboard(request, page):
    """After approving (or requesting changes) in the editor, Wagtail sends the approver to the
    parent page in the explorer. Approvers who hold no page permission (Trưởng đơn vị, Lãnh đạo
    Sở) may not open it and would land on "Bạn không có quyền truy cập" right after a successful
    approval; they go back to the dashboard, where the next items waiting for them are."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if get_valid_next_url_from_request(request):
        return None
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if PagePermissionPolicy().user_has_any_permission(request.user, EXPLORER_PERMISSIONS):
        return None
    return redirect("wagtailadmin_home")


# --- dashboard ---------------------------------------------------------------------------------
@hooks.register("construct_homepage_panels")
def approval_panels(request, panels):
    # our "awaiting my approval" panel replaces Wagtail's (same task states, with unit and step)
    panels[:] = [p for p in panels if not isinstance(p, WorkflowObjectsToModeratePanel)]
    panels.append(AwaitingMyApprovalPanel())
    panels.append(SentBackPanel())
    panels.append(PendingPerUnitPanel())
