"""Admin registration for units, positions and people (snippets with revisions and workflows)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from contacts.models import Person, Position, Unit


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


register_snippet(ContactsGroup)
