"""Admin registration: comment moderation, deletion requests, the summary reports, the warning
about a short consultation window, and the home-page panel of open consultations.

Moderation uses snippet viewsets (see ``consultations.admin_views`` for why not modeladmin).
"""

from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from consultations import admin_views
from consultations.models import (
    Comment,
    ConsultationIndexPage,
    DeletionRequest,
    DraftConsultationPage,
    Moderation,
    Phase,
)

register_permission_policy(Comment, admin_views.NoAddPermissionPolicy(Comment))
register_permission_policy(DeletionRequest, admin_views.NoAddPermissionPolicy(DeletionRequest))


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    # comments point at their draft only; indexing them would cost six queries per citizen post
    add_to_reference_index = False
    menu_label = "Góp ý dự thảo"
    list_display = [
        TitleColumn(
            "receipt_code", label="Mã góp ý", url_name="wagtailsnippets_consultations_comment:edit"
        ),
        Column("consultation", label="Dự thảo"),
        Column("target_label", label="Góp ý cho"),
        Column("public_author", label="Người góp ý"),
        Column("get_status_display", label="Trạng thái", sort_key="status"),
        DateColumn("submitted_at", label="Gửi lúc"),
    ]
    list_filter = ["consultation", "status", "article_number", "response_kind"]
    search_fields = ["text", "receipt_code", "full_name", "organisation"]
    ordering = ["-submitted_at"]
    list_per_page = 50
    inspect_view_enabled = True
    copy_view_enabled = False
    list_export = admin_views.ConsultationReportView.list_export
    export_headings = admin_views.ConsultationReportView.export_headings
    export_filename = "gop-y-du-thao"
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("consultation", read_only=True),
                    FieldPanel("article_number", read_only=True),
                    FieldPanel("text", read_only=True),
                    FieldPanel("submitted_at", read_only=True),
                ],
                heading="Góp ý",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("full_name", read_only=True),
                    FieldPanel("organisation", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("phone", read_only=True),
                    FieldPanel("address", read_only=True),
                ],
                heading="Người góp ý (không công khai, trừ tên hoặc cơ quan)",
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("rejection_reason"),
                    FieldPanel("held_reason", read_only=True),
                ],
                heading="Kiểm duyệt",
            ),
            MultiFieldPanel(
                [FieldPanel("response_kind"), FieldPanel("response_text")],
                heading="Tiếp thu, giải trình của đơn vị soạn thảo",
            ),
        ],
        base_form_class=admin_views.CommentAdminForm,
    )


class DeletionRequestViewSet(SnippetViewSet):
    model = DeletionRequest
    icon = "bin"
    add_to_reference_index = False
    menu_label = "Yêu cầu xoá dữ liệu"
    list_display = [
        TitleColumn(
            "comment", label="Góp ý", url_name="wagtailsnippets_consultations_deletionrequest:edit"
        ),
        Column("get_status_display", label="Trạng thái", sort_key="status"),
        DateColumn("requested_at", label="Yêu cầu lúc"),
        DateColumn("handled_at", label="Xử lý lúc"),
    ]
    list_filter = ["status"]
    ordering = ["-requested_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList([FieldPanel("comment", read_only=True), FieldPanel("note")])


class ConsultationGroup(SnippetViewSetGroup):
    menu_label = "Lấy ý kiến dự thảo"
    menu_icon = "comment"
    menu_order = 250
    items = (CommentViewSet, DeletionRequestViewSet)


register_snippet(ConsultationGroup)

for action_class in admin_views.BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class)


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path(
            "consultations/reports/",
            admin_views.ReportIndexView.as_view(),
            name="consultations_reports",
        ),
        path(
            "consultations/reports/<int:page_id>/",
            admin_views.ConsultationReportView.as_view(),
            name="consultations_report",
        ),
        path(
            "consultations/reports/<int:page_id>/print/",
            admin_views.ConsultationReportPrintView.as_view(),
            name="consultations_report_print",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("consultations.change_comment")


@hooks.register("register_reports_menu_item")
def report_menu_item():
    return ReportMenuItem(
        "Báo cáo lấy ý kiến", reverse("consultations_reports"), icon_name="doc-full", order=700
    )


@hooks.register("register_page_header_buttons")
def report_header_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, DraftConsultationPage) and user.has_perm(
        "consultations.change_comment"
    ):
        yield Button(
            "Báo cáo tổng hợp góp ý",
            reverse("consultations_report", args=[page.pk]),
            icon_name="doc-full",
            priority=80,
        )


def _warn_short_window(request, page):
    page = page.specific_deferred
    if isinstance(page, DraftConsultationPage):
        warning = page.short_window_warning()
        if warning:
            messages.warning(request, warning)


hooks.register("after_create_page", _warn_short_window)
hooks.register("after_edit_page", _warn_short_window)


@hooks.register("portal_home_panels")
def open_consultations_panel(request, home_page):
    """Dự thảo đang lấy ý kiến on the home page (two queries, whatever the number of drafts)."""
    index = ConsultationIndexPage.objects.live().public().descendant_of(home_page).first()
    if index is None:
        return None
    now = timezone.now()
    drafts = list(index.drafts().filter(Phase.q(Phase.OPEN, now)).order_by("closes_at", "pk")[:5])
    if not drafts:
        return None
    return {
        "order": 40,
        "template": "consultations/includes/home_panel.html",
        "index": index,
        "drafts": drafts,
    }


__all__ = ["CommentViewSet", "DeletionRequestViewSet", "Moderation"]


@hooks.register("portal_role_permissions")
def role_permissions():
    """Moderators (Kiểm duyệt góp ý) moderate comments and carry out deletion requests; the
    editorial board reads them and the report; its head sets the minimum consultation window."""
    from portal.roles import model_perms

    moderation = model_perms("consultations.comment", "view", "change") + model_perms(
        "consultations.deletionrequest", "view", "change"
    )
    return {
        "moderator": moderation,
        "board": model_perms("consultations.comment", "view"),
        "board_head": model_perms("consultations.comment", "view")
        + model_perms("consultations.consultationsettings", "change"),
    }
