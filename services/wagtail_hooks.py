"""Admin registration: the "Hỏi đáp" menu (questions, deadlines), the fields and holidays
snippets, the satisfaction report, and the home page panel."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from services import units
from services.admin_views import (
    DeadlineReportView,
    ProcessQuestionView,
    QuestionIndexView,
    RatingReportView,
    policy,
)
from services.models import (
    Question,
    QuestionIndexPage,
    QuestionStatus,
    ServiceField,
    WorkingCalendar,
)
from services.models.questions import DUE_SOON_WORKING_DAYS

# Registered first, before any view asks the registry for Question's policy.
register_permission_policy(Question, policy)


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Câu hỏi")
    url_prefix = "hoi-dap"
    url_namespace = "services_question"
    index_view_class = QuestionIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 30

    @property
    def edit_view(self):
        return ProcessQuestionView.as_view(
            index_url_name=self.get_url_name("index"),
            edit_url_name=self.get_url_name("edit"),
        )

    def get_form_class(self, for_update=False):
        return None  # questions are never created or edited through a generic form

    def get_urlpatterns(self):
        # no "new/" and no generic edit form: questions come from citizens, and change only
        # through the moves of the processing screen
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name not in ("add", "copy")
        ]


class QuestionMenuItem(MenuItem):
    def is_shown(self, request):
        return policy.user_has_permission(request.user, "view")


class DeadlineViewSet(ViewSet):
    icon = "time"
    menu_label = _("Quá hạn, sắp đến hạn")
    url_prefix = "hoi-dap-thoi-han"
    url_namespace = "services_deadlines"

    @cached_property
    def menu_item_class(self):
        return QuestionMenuItem

    def get_urlpatterns(self):
        kwargs = {
            "index_url_name": self.get_url_name("index"),
            "index_results_url_name": self.get_url_name("index_results"),
        }
        return [
            path("", DeadlineReportView.as_view(**kwargs), name="index"),
            path(
                "results/",
                DeadlineReportView.as_view(results_only=True, **kwargs),
                name="index_results",
            ),
        ]


class QuestionsGroup(ViewSetGroup):
    menu_label = _("Hỏi đáp")
    menu_icon = "help"
    menu_order = 220
    items = (QuestionViewSet, DeadlineViewSet)


@hooks.register("register_admin_viewset")
def register_questions():
    return QuestionsGroup()


class ServiceFieldViewSet(SnippetViewSet):
    model = ServiceField
    icon = "folder-open-inverse"
    menu_label = _("Lĩnh vực")
    list_display = ["name", "responsible_unit", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ServicesGroup(SnippetViewSetGroup):
    menu_label = _("Dịch vụ công")
    menu_icon = "folder-open-inverse"
    menu_order = 230
    items = (ServiceFieldViewSet,)


register_snippet(ServicesGroup)


# -- satisfaction report (Reports menu) ---------------------------------------------------------------
class RatingReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm("services.view_rating")


@hooks.register("register_admin_urls")
def register_rating_report_urls():
    kwargs = {
        "index_url_name": "services_ratings_report",
        "index_results_url_name": "services_ratings_report_results",
    }
    return [
        path(
            "reports/muc-do-hai-long/",
            RatingReportView.as_view(**kwargs),
            name="services_ratings_report",
        ),
        path(
            "reports/muc-do-hai-long/results/",
            RatingReportView.as_view(results_only=True, **kwargs),
            name="services_ratings_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_rating_report_menu_item():
    return RatingReportMenuItem(
        _("Mức độ hài lòng"),
        reverse("services_ratings_report"),
        name="services-ratings",
        icon_name="pick",
        order=1500,
    )


@hooks.register("register_permissions")
def register_rating_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="services",
        codename__in=["view_rating", "view_question", "reassign_question", "delete_question"],
    )


# -- admin dashboard: what awaits me -------------------------------------------------------------
class QuestionsDashboardPanel(Component):
    """On the admin dashboard: answers awaiting my approval (unit heads) and my units' open
    questions that are overdue or due soon."""

    name = "services_questions"
    order = 150
    template_name = "services/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        my_units = units.unit_ids_of(user)
        headed = units.headed_unit_ids(user)
        today = timezone.localdate()
        soon = WorkingCalendar().add_working_days(today, DUE_SOON_WORKING_DAYS)
        base = Question.objects.select_related("unit").order_by("due_date")
        return {
            "awaiting": list(
                base.filter(unit_id__in=headed, status=QuestionStatus.AWAITING_APPROVAL)[:20]
            ),
            "urgent": list(base.open().filter(unit_id__in=my_units, due_date__lte=soon)[:20]),
            "today": today,
            "index_url": reverse("services_question:index"),
        }


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    if units.unit_ids_of(request.user):
        panels.append(QuestionsDashboardPanel(request))


# -- home page panel ---------------------------------------------------------------------------------
@hooks.register("portal_home_panels")
def latest_answers_panel(request, home_page):
    """Newest published answers on the home page (two queries whatever the data)."""
    index = QuestionIndexPage.objects.live().public().first()
    if index is None:
        return None
    questions = list(
        Question.objects.published().select_related("answering_unit").order_by("-answered_at")[:5]
    )
    if not questions:
        return None
    return {
        "order": 60,
        "template": "services/includes/home_panel.html",
        "index": index,
        "questions": [(q, index.url_for("detail", q.pk, request=request)) for q in questions],
    }


@hooks.register("portal_role_permissions")
def role_permissions():
    """Questions: unit staff and heads work on their unit's questions through their appointments
    (services.permissions); moderators and the board see all of them and reassign; the board
    manages fields and reads ratings."""
    from portal.roles import model_perms

    oversight = model_perms("services.question", "view", "reassign")
    return {
        "moderator": oversight,
        "board": oversight
        + model_perms("services.rating", "view")
        + model_perms("services.servicefield", "view", "add", "change"),
        "board_head": oversight
        + model_perms("services.rating", "view")
        + model_perms("services.servicefield", "view", "add", "change", "delete"),
    }
