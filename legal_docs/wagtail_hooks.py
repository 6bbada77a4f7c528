"""Admin wiring: the lists as snippets, the editors' reports, and the status-change log action."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import reports
from .models import DocumentType, IssuingBody, LegalField
from .status import STATUS_CHANGED_ACTION, StatusChangedFormatter


class DocumentTypeViewSet(SnippetViewSet):
    model = DocumentType
    icon = "doc-full"
    list_display = ["name", "abbreviation", "default_group", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "site"
    list_display = ["name", "short_name", "level", "slug", "sort_order"]
    list_filter = ["level"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class LegalFieldViewSet(SnippetViewSet):
    model = LegalField
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class LegalListsGroup(SnippetViewSetGroup):
    menu_label = "Danh mục văn bản"
    menu_icon = "doc-full-inverse"
    menu_name = "legal-lists"
    menu_order = 310
    items = (DocumentTypeViewSet, IssuingBodyViewSet, LegalFieldViewSet)


register_snippet(LegalListsGroup)


@hooks.register("register_log_actions")
def register_legal_log_actions(actions):
    actions.register_action(STATUS_CHANGED_ACTION)(StatusChangedFormatter)


REPORTS = [
    ("expiring", "sap-het-hieu-luc/", reports.ExpiringDocumentsReport, "Văn bản sắp hết hiệu lực"),
    (
        "expired",
        "het-hieu-luc-chua-thay-the/",
        reports.ExpiredWithoutReplacementReport,
        "Văn bản hết hiệu lực chưa thay thế",
    ),
    ("late", "dang-cham/", reports.LatePostingReport, "Văn bản đăng chậm"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for name, route, view, _label in REPORTS:
        urls.append(path(route, view.as_view(), name=name))
        urls.append(
            path(f"{route}results/", view.as_view(results_only=True), name=f"{name}_results")
        )
    return [path("reports/van-ban/", include((urls, "legal_docs_reports")))]


class LegalReportMenuItem(MenuItem):
    def is_shown(self, request):
        from wagtail.models import Page
        from wagtail.permissions import policy_registry

        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


def _menu_item(name, label, order):
    return LegalReportMenuItem(
        label,
        reverse(f"legal_docs_reports:{name}"),
        name=f"legal-docs-{name}",
        icon_name="doc-full",
        order=order,
    )


@hooks.register("register_reports_menu_item")
def register_expiring_report():
    return _menu_item("expiring", REPORTS[0][3], 1200)


@hooks.register("register_reports_menu_item")
def register_expired_report():
    return _menu_item("expired", REPORTS[1][3], 1210)


@hooks.register("register_reports_menu_item")
def register_late_report():
    return _menu_item("late", REPORTS[2][3], 1220)


@hooks.register("portal_role_permissions")
def role_permissions():
    """Document types, issuing bodies and fields: writers pick them, the board manages them."""
    from portal.roles import model_perms

    labels = ["legal_docs.documenttype", "legal_docs.issuingbody", "legal_docs.legalfield"]
    grants = {"editor": [], "board": [], "board_head": []}
    for label in labels:
        grants["editor"] += model_perms(label, "view")
        grants["board"] += model_perms(label, "view", "add", "change")
        grants["board_head"] += model_perms(label, "view", "add", "change", "delete")
    return grants


@hooks.register("portal_home_panels")
def latest_documents_panel(request, home_page):
    """Văn bản mới on the home page: the five documents posted last (two queries)."""
    from .models import LegalDocumentIndexPage, LegalDocumentPage

    register = (
        LegalDocumentIndexPage.objects.live().public().child_of(home_page).order_by("path").first()
    )
    if register is None:
        return None
    documents = list(
        LegalDocumentPage.objects.live()
        .public()
        .descendant_of(home_page)
        .select_related("document_type")
        .order_by("-published_on", "-issued_on", "-pk")[:5]
    )
    if not documents:
        return None
    return {
        "order": 30,
        "template": "legal_docs/includes/home_panel.html",
        "register": register,
        "documents": documents,
    }
