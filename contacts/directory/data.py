"""Queries and tree building for the directory.

Only *current* office holders are listed: an appointment counts when it has started and has not
ended on the given day, its person is published and active, and its unit is published. Former
holders stay in the appointment history (``former_leaders``) and never appear as current.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from portal.text import fold, squash_spaces

from ..models import Appointment, Unit


def localized(obj, attribute, lang):
    """``obj.<attribute>_en`` on the English site when filled in, else the Vietnamese value."""
    if lang == "en":
        english = getattr(obj, f"{attribute}_en", "")
        if english:
            return english
    return getattr(obj, attribute, "")


@dataclass
class DirectoryNode:
    """One unit of the tree with its current office holders (appointments) and sub-units."""

    unit: Unit
    memberships: list = field(default_factory=list)
    children: list = field(default_factory=list)
    depth: int = 0

    @property
    def head(self):
        return next((m for m in self.memberships if m.position.is_head), None)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def current_memberships(on=None, unit=None):
    """Current appointments of published, active people in published units, in directory order.

    One query: person, unit and position come with ``select_related``.
    """
    on = on or timezone.localdate()
    appointments = (
        Appointment.objects.current(on)
        .filter(person__live=True, person__is_active=True, unit__live=True)
        .select_related("person", "unit", "position")
        .order_by("position__rank", "person__sort_order", "person__full_name", "pk")
    )
    if unit is not None:
        appointments = appointments.filter(unit=unit)
    return list(appointments)


def directory_tree(on=None):
    """The published units as a forest of ``DirectoryNode`` with their current people (2 queries).

    A unit whose parent is unpublished or missing is shown at the top level, so nobody disappears
    from the directory because of an unpublished parent.
    """
    units = list(Unit.objects.filter(live=True).order_by("sort_order", "name"))
    nodes = {unit.pk: DirectoryNode(unit=unit) for unit in units}
    for membership in current_memberships(on):
        node = nodes.get(membership.unit_id)
        if node is not None:
            node.memberships.append(membership)
    roots = []
    for unit in units:
        node = nodes[unit.pk]
        parent = nodes.get(unit.parent_id)
        if parent is not None and parent is not node:
            parent.children.append(node)
        else:
            roots.append(node)

    def set_depth(node, depth, seen):
        node.depth = depth
        seen.add(node.unit.pk)
        node.children = [child for child in node.children if child.unit.pk not in seen]
        for child in node.children:
            set_depth(child, depth + 1, seen)

    seen = set()
    for root in roots:
        set_depth(root, 0, seen)
    return roots


def _haystacks(membership, lang):
    person, unit, position = membership.person, membership.unit, membership.position
    return {
        "name": fold(person.full_name),
        "position": " ".join(fold(v) for v in (position.name, position.name_en) if v),
        "unit": " ".join(fold(v) for v in (unit.name, unit.short_name, unit.name_en) if v),
    }


def search_memberships(query, on=None, lang="vi"):
    """Current office holders matching ``query`` by name, unit or position, ignoring diacritics.

    ``nguyen van`` finds Nguyễn Văn…; ``pho giam doc`` finds the deputy directors. The folded query
    is first looked for as a phrase in one field (name matches first, then position, then unit);
    when no phrase matches, the query is split into consecutive phrases found in different
    fields ("chuyen vien van phong" = position "chuyên viên" + unit "Văn phòng"), keeping the
    people that need the fewest phrases. Folding runs in Python, so it is the same on SQLite and
    PostgreSQL and maps đ→d.
    """
    needle = squash_spaces(fold(query))
    if not needle:
        return []
    memberships = current_memberships(on)
    ranked = []
    for membership in memberships:
        fields = _haystacks(membership, lang)
        for rank, key in enumerate(("name", "position", "unit")):
            if _phrase_in(needle, fields[key]):
                ranked.append((rank, membership))
                break
    if not ranked:
        words = needle.split()
        counted = []
        for membership in memberships:
            pieces = _fewest_segments(words, _haystacks(membership, lang))
            if pieces is not None:
                counted.append((pieces, membership))
        best = min((pieces for pieces, _m in counted), default=None)
        ranked = [(3, membership) for pieces, membership in counted if pieces == best]
    ranked.sort(key=lambda item: item[0])  # stable: keeps directory order within a rank
    return [membership for _rank, membership in ranked]


def _fewest_segments(words, fields):
    """Split the words into consecutive phrases, each found in a different field, with as few
    phrases as possible ("chuyen vien | van phong" = position + unit → 2); None when impossible.
    Only the people needing the fewest phrases are kept, so "van" in a name does not make every
    Nguyễn Văn… a match for "chuyen vien van phong"."""
    if not words:
        return 0
    best = None
    for cut in range(len(words), 0, -1):
        phrase = " ".join(words[:cut])
        for key, text in fields.items():
            if _phrase_in(phrase, text):
                rest = _fewest_segments(words[cut:], {k: v for k, v in fields.items() if k != key})
                if rest is not None and (best is None or rest + 1 < best):
                    best = rest + 1
    return best


def _phrase_in(needle, haystack):
    """``needle`` occurs in ``haystack`` starting at a word boundary ("van" ≠ "nguyen")."""
    start = haystack.find(needle)
    while start != -1:
        if start == 0 or not haystack[start - 1].isalnum():
            return True
        start = haystack.find(needle, start + 1)
    return False


def _leadership_appointments():
    from wagtail.images import get_image_model

    images = get_image_model().objects.prefetch_renditions()
    return (
        Appointment.objects.filter(position__is_leadership=True, person__live=True)
        .select_related("person", "unit", "position")
        .prefetch_related(Prefetch("person__photo", queryset=images))
    )


def current_leaders(on=None):
    """The department's leaders in post today (Giám đốc first), with photos and renditions."""
    on = on or timezone.localdate()
    return list(
        _leadership_appointments()
        .current(on)
        .filter(person__is_active=True, unit__live=True)
        .order_by("position__rank", "person__sort_order", "start_date", "pk")
    )


def former_leaders(on=None):
    """Leadership appointments that have ended, most recent first (the introduction's history)."""
    on = on or timezone.localdate()
    return list(
        _leadership_appointments()
        .filter(end_date__lt=on)
        .order_by("-end_date", "position__rank", "person__full_name")
    )
