"""Admin registration: units, positions and people (Danh bạ), the schedule entries (Lịch công
tác) as snippets with revisions and workflows, and the schedule import view."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from contacts.models import Person, Position, ScheduleEntry, Unit

SCHEDULE_MENU_HOOK = "register_contacts_schedule_menu_item"


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = "Đơn vị"
    list_display = ["name", "short_name", "kind", "parent", "phone", "email"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    ordering = ["sort_order", "name"]


class PositionViewSet(SnippetViewSet):
    model = Position
    icon = "tag"
    menu_label = "Chức vụ"
    list_display = ["name", "rank", "is_leadership", "is_head"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "Cán bộ"
    list_display = ["full_name", "email", "office_phone", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["full_name", "email"]


class ContactsGroup(SnippetViewSetGroup):
    menu_label = "Danh bạ"
    menu_icon = "group"
    menu_order = 210
    items = (UnitViewSet, PersonViewSet, PositionViewSet)


class ScheduleEntryIndexView(IndexView):
    """The entry listing with an "import from a file" button next to "add"."""

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.user_has_permission("add"):
            buttons.append(
                HeaderButton(
                    "Nhập từ tệp Excel/CSV",
                    url=reverse("contacts_schedule_import"),
                    icon_name="upload",
                )
            )
        return buttons


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = "Mục lịch"
    index_view_class = ScheduleEntryIndexView
    list_display = ["date", "start_time", "content", "state", "location"]
    list_filter = ["state", "live", "date"]
    search_fields = ["content", "location", "participants"]
    ordering = ["-date", "start_time"]
    list_per_page = 50


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("contacts.add_scheduleentry")


class ScheduleGroup(SnippetViewSetGroup):
    menu_label = "Lịch công tác"
    menu_icon = "calendar-alt"
    menu_order = 211
    items = (ScheduleEntryViewSet,)
    submenu_hook = SCHEDULE_MENU_HOOK


register_snippet(ContactsGroup)
register_snippet(ScheduleGroup)


@hooks.register(SCHEDULE_MENU_HOOK)
def schedule_import_menu_item():
    return ImportMenuItem(
        "Nhập lịch từ tệp",
        reverse("contacts_schedule_import"),
        icon_name="upload",
        order=900,
    )


@hooks.register("register_admin_urls")
def schedule_import_urls():
    from contacts.schedule.admin_views import ScheduleImportView, template_download

    return [
        path(
            "lich-cong-tac/nhap/",
            ScheduleImportView.as_view(),
            name="contacts_schedule_import",
        ),
        path("lich-cong-tac/tep-mau.xlsx", template_download, name="contacts_schedule_template"),
    ]


@hooks.register("portal_role_permissions")
def role_permissions():
    """Schedule entries: staff draft them (the approval chain publishes); the board edits, locks
    and imports; its head may delete."""
    from portal.roles import model_perms

    label = "contacts.scheduleentry"
    return {
        "editor": model_perms(label, "view", "add", "change"),
        "board": model_perms(label, "view", "add", "change", "lock", "unlock"),
        "board_head": model_perms(label, "view", "add", "change", "delete", "lock", "unlock"),
    }
