"""Roles of the regulation (Art. 11–14) as Django groups, and which unit a user belongs to.

Roles are groups created by ``manage.py setup_roles`` (``ensure_roles``) with exactly the
permissions listed in ``ROLES``; ``docs/permissions.md`` holds the same matrix for people and a
test checks the two against the database.

A user belongs to a unit through ``contacts.Person.user`` and the person's current appointment
(``unit_of``); the head of a unit holds a current appointment there in a post marked ``is_head``
(``is_head_of``). Pages and snippets name their unit in ``responsible_unit``
(``contacts.ResponsibleUnitMixin``); ``responsible_unit_of`` also knows units and people, which
answer for themselves. Other models without the field may define ``get_responsible_unit()``.

Sections grant their own models to a role through the ``portal_role_permissions`` hook:
``@hooks.register("portal_role_permissions") def perms(): return {"moderator": ["consultations.change_comment"]}``.
"""

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

# -- roles ----------------------------------------------------------------------------------------
EDITOR = "editor"
UNIT_HEAD = "unit_head"
BOARD = "board"
BOARD_HEAD = "board_head"
LEADERSHIP = "leadership"
MODERATOR = "moderator"
SYSADMIN = "sysadmin"

ROLE_NAMES = {
    EDITOR: "Biên tập viên",
    UNIT_HEAD: "Trưởng đơn vị",
    BOARD: "Ban Biên tập",
    BOARD_HEAD: "Trưởng Ban Biên tập",
    LEADERSHIP: "Lãnh đạo Sở",
    MODERATOR: "Kiểm duyệt góp ý",
    SYSADMIN: "Quản trị hệ thống",
}
ROLE_ORDER = [EDITOR, UNIT_HEAD, BOARD, BOARD_HEAD, LEADERSHIP, MODERATOR, SYSADMIN]
# Roles whose members edit only their own unit's content (Art. 11.3: staff write for their unit).
UNIT_SCOPED_ROLES = {EDITOR, UNIT_HEAD}

_MEDIA_ALL = ["add", "change", "choose", "delete"]
_CONTACTS_BOARD = {
    "contacts.unit": ["view", "add", "change", "lock", "unlock"],
    "contacts.person": ["view", "add", "change", "lock", "unlock"],
    "contacts.position": ["view", "add", "change"],
}

# Each role: page permissions on the tree root, image/document permissions on the root collection,
# model permissions ("app.model": [actions]) and whether it may enter the admin. Approval steps
# are granted by the workflow tasks' groups (portal.workflows), not by permissions.
ROLES = {
    EDITOR: {
        "page": ["add", "change"],
        "image": ["add", "choose"],
        "document": ["add", "choose"],
        "models": {
            "contacts.unit": ["view", "change"],
            "contacts.person": ["view", "add", "change"],
            "contacts.position": ["view"],
            "portal.prohibitedterm": ["view"],
        },
    },
    UNIT_HEAD: {"page": [], "image": [], "document": [], "models": {}},
    BOARD: {
        "page": ["add", "change", "lock", "unlock"],
        "image": _MEDIA_ALL,
        "document": _MEDIA_ALL,
        "models": {
            **_CONTACTS_BOARD,
            "portal.prohibitedterm": ["view", "add", "change", "delete"],
        },
    },
    BOARD_HEAD: {
        "page": ["add", "change", "lock", "unlock", "bulk_delete"],
        "image": _MEDIA_ALL,
        "document": _MEDIA_ALL,
        "models": {
            **_CONTACTS_BOARD,
            "contacts.unit": ["view", "add", "change", "delete", "lock", "unlock"],
            "contacts.person": ["view", "add", "change", "delete", "lock", "unlock"],
            "contacts.position": ["view", "add", "change", "delete"],
            "portal.prohibitedterm": ["view", "add", "change", "delete"],
            "wagtailcore.workflow": ["add", "change"],
            "wagtailredirects.redirect": ["add", "change", "delete"],
            "home.sitesettings": ["change"],
            "portal.holiday": ["view", "add", "change", "delete"],
        },
    },
    LEADERSHIP: {"page": [], "image": [], "document": [], "models": {}},
    MODERATOR: {
        "page": [],
        "image": [],
        "document": [],
        "models": {"portal.prohibitedterm": ["view", "add", "change"]},
    },
    SYSADMIN: {
        "page": [],
        "image": [],
        "document": [],
        "collection": ["add", "change", "delete"],
        "models": {
            "auth.user": ["add", "change", "delete"],
            "auth.group": ["add", "change", "delete"],
            "wagtailcore.site": ["add", "change", "delete"],
            "wagtailcore.workflow": ["add", "change", "delete"],
            "wagtailcore.task": ["add", "change", "delete"],
            "wagtailcore.locale": ["add", "change", "delete"],
            "wagtailredirects.redirect": ["add", "change", "delete"],
            "home.sitesettings": ["change"],
            "portal.holiday": ["view", "add", "change", "delete"],
        },
    },
}


# Groups Wagtail's initial migration creates; they would grant publishing outside the matrix.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")


def role_group(role):
    return Group.objects.get(name=ROLE_NAMES[role])


def model_perms(label, *actions):
    """``["app.action_model", …]`` for the ``portal_role_permissions`` hook:
    ``model_perms("news.newscategory", "view", "add")``."""
    app_label, model_name = label.split(".")
    return [f"{app_label}.{action}_{model_name}" for action in actions]


def _hook_permissions():
    from wagtail import hooks

    extra = {}
    for fn in hooks.get_hooks("portal_role_permissions"):
        for role, perms in (fn() or {}).items():
            extra.setdefault(role, []).extend(perms)
    return extra


def _model_permission(label, action):
    app_label, model_name = label.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=f"{action}_{model_name}"
    ).first()


def expected_permissions(role):
    """The set of ``(kind, key)`` a role's group must hold, resolved against the database."""
    spec = ROLES[role]
    wanted = {("admin", "access")}
    wanted |= {("page", action) for action in spec["page"]}
    wanted |= {("image", action) for action in spec["image"]}
    wanted |= {("document", action) for action in spec["document"]}
    wanted |= {("collection", action) for action in spec.get("collection", [])}
    for label, actions in spec["models"].items():
        wanted |= {("model", f"{label}.{action}") for action in actions}
    return wanted


def ensure_roles(stdout=None):
    """Create or update the seven groups with exactly their permissions (idempotent)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    extra = _hook_permissions()
    groups = {}
    for role in ROLE_ORDER:
        spec = ROLES[role]
        group, created = Group.objects.get_or_create(name=ROLE_NAMES[role])
        groups[role] = group

        # model permissions (plus access_admin and whatever sections add through the hook)
        model_perms = {access_admin}
        for label, actions in spec["models"].items():
            for action in actions:
                permission = _model_permission(label, action)
                if permission is not None:
                    model_perms.add(permission)
        for codename in extra.get(role, []):
            app_label, name = codename.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=name
            ).first()
            if permission is not None:
                model_perms.add(permission)
        if set(group.permissions.all()) != model_perms:
            group.permissions.set(model_perms)

        # page permissions on the tree root (covers every site and language)
        page_ct = ContentType.objects.get_for_model(Page)
        wanted_pages = set(
            Permission.objects.filter(
                content_type=page_ct, codename__in=[f"{a}_page" for a in spec["page"]]
            )
        )
        existing = GroupPagePermission.objects.filter(group=group)
        for gpp in existing:
            if gpp.page_id != root_page.pk or gpp.permission not in wanted_pages:
                gpp.delete()
        have = {gpp.permission for gpp in existing.filter(page=root_page)}
        for permission in wanted_pages - have:
            GroupPagePermission.objects.create(group=group, page=root_page, permission=permission)

        # image, document and collection permissions on the root collection
        wanted_collection = set()
        for kind, app_label in (("image", "wagtailimages"), ("document", "wagtaildocs")):
            for action in spec[kind]:
                wanted_collection.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{kind}"
                    )
                )
        for action in spec.get("collection", []):
            wanted_collection.add(
                Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{action}_collection"
                )
            )
        existing = GroupCollectionPermission.objects.filter(group=group)
        for gcp in existing:
            if gcp.collection_id != root_collection.pk or gcp.permission not in wanted_collection:
                gcp.delete()
        have = {gcp.permission for gcp in existing.filter(collection=root_collection)}
        for permission in wanted_collection - have:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission
            )
        if stdout is not None and created:
            stdout.write(f"  tạo nhóm {group.name}")
    retire_wagtail_default_groups(stdout)
    return groups


def retire_wagtail_default_groups(stdout=None):
    """Delete Wagtail's sample groups (Moderators, Editors) while nobody belongs to them: they
    hold page and publish permissions that the matrix gives to no role."""
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True):
        group.delete()
        if stdout is not None:
            stdout.write(f"  xóa nhóm mẫu của Wagtail: {group.name}")


# -- users and units -------------------------------------------------------------------------------
# Membership comes from ``contacts``: ``Person.user`` → the person's current appointments → their
# units, and ``Position.is_head`` for the head of a unit. One query per user and day, cached on the
# user object (``forget_units`` drops it when appointments change within a request).
_UNIT_CACHE = "_portal_unit_cache"


def _current_appointments(user, on=None):
    from contacts.models import Appointment

    if user is None or not getattr(user, "pk", None):
        return Appointment.objects.none()
    return (
        Appointment.objects.current(on or timezone.localdate())
        .filter(person__user=user, person__is_active=True)
        .select_related("unit", "position")
        .order_by("-position__is_head", "position__rank", "sort_order", "pk")
    )


def _appointments_cached(user, on=None):
    """``user``'s current appointments, main post first (cached per day on the user object)."""
    if user is None or not getattr(user, "pk", None):
        return []
    on = on or timezone.localdate()
    cache = user.__dict__.setdefault(_UNIT_CACHE, {})
    if cache.get("on") != on:
        cache.clear()
        cache["on"] = on
        cache["appointments"] = list(_current_appointments(user, on))
    return cache["appointments"]


def forget_units(user):
    """Drop the cached units and roles of ``user``."""
    if user is not None:
        user.__dict__.pop(_UNIT_CACHE, None)


def unit_roles(user, on=None):
    """``{unit_id: is_head}`` for ``user``'s current appointments."""
    roles = {}
    for appointment in _appointments_cached(user, on):
        roles[appointment.unit_id] = roles.get(appointment.unit_id, False) or bool(
            appointment.position.is_head
        )
    return roles


def unit_of(user):
    """The unit of ``user``'s current appointment (their main post first), or None."""
    appointments = _appointments_cached(user)
    return appointments[0].unit if appointments else None


def unit_ids_of(user, on=None):
    """Ids of the units ``user`` currently works in."""
    return set(unit_roles(user, on))


def headed_unit_ids(user, on=None):
    """Ids of the units ``user`` currently heads."""
    return {unit_id for unit_id, head in unit_roles(user, on).items() if head}


def units_headed_by(user):
    """Units where ``user`` currently holds a head post (Trưởng phòng, Chánh Văn phòng…)."""
    return [a.unit for a in _appointments_cached(user) if a.position.is_head]


def _unit_id(unit):
    return unit if isinstance(unit, int) else getattr(unit, "pk", None)


def is_member_of(user, unit, on=None):
    return unit is not None and _unit_id(unit) in unit_roles(user, on)


def is_head_of(user, unit, on=None):
    return unit is not None and bool(unit_roles(user, on).get(_unit_id(unit)))


def heads_of(unit):
    """Users who currently head ``unit``."""
    from django.contrib.auth import get_user_model

    from contacts.models import Appointment

    if unit is None:
        return get_user_model().objects.none()
    current = Appointment.objects.current().filter(
        unit=unit, position__is_head=True, person__is_active=True
    )
    return (
        get_user_model().objects.filter(is_active=True, person__appointments__in=current).distinct()
    )


def head_people(unit, on=None):
    """Active people currently heading ``unit`` (with their linked user, if any)."""
    from contacts.models import Appointment, Person

    if unit is None:
        return []
    person_ids = (
        Appointment.objects.current(on or timezone.localdate())
        .filter(unit=unit, position__is_head=True)
        .values_list("person_id", flat=True)
    )
    return list(Person.objects.filter(pk__in=person_ids, is_active=True).select_related("user"))


def roles_of(user):
    """The role keys of ``user``'s groups."""
    if user is None or not getattr(user, "pk", None):
        return set()
    cache = user.__dict__.setdefault("_portal_role_cache", {})
    if "roles" not in cache:
        names = set(user.groups.values_list("name", flat=True))
        cache["roles"] = {role for role, name in ROLE_NAMES.items() if name in names}
    return cache["roles"]


def is_unit_scoped(user):
    """True for users who may edit only their own unit's content (staff and unit heads)."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return False
    roles = roles_of(user)
    return bool(roles) and roles <= UNIT_SCOPED_ROLES


def responsible_unit_of(obj):
    """The unit that answers for ``obj`` (page, snippet, unit, person), or None."""
    if obj is None:
        return None
    getter = getattr(obj, "get_responsible_unit", None)
    if callable(getter):
        return getter()
    if hasattr(obj, "responsible_unit_id"):
        return obj.responsible_unit
    label = obj._meta.label_lower
    if label == "contacts.unit":
        return obj if obj.pk else None
    if label == "contacts.person":
        appointments = sorted(
            obj.current_appointments(),
            key=lambda a: (not a.position.is_head, a.position.rank, a.sort_order or 0),
        )
        return appointments[0].unit if appointments else None
    return None


def default_responsible_unit(sender, instance, raw=False, **kwargs):
    """``pre_save``: a page saved without a responsible unit gets its owner's unit.

    Admin forms pre-fill the field with the editor's unit (``portal.admin_forms``); this covers
    pages made in code (imports, demo) whose ``owner`` is set. Snippets have no owner: their admin
    form fills the field.
    """
    if raw or not hasattr(instance, "responsible_unit_id") or instance.responsible_unit_id:
        return
    owner_id = getattr(instance, "owner_id", None)
    if owner_id:
        from django.contrib.auth import get_user_model

        owner = get_user_model().objects.filter(pk=owner_id).first()
        unit = unit_of(owner)
        if unit is not None:
            instance.responsible_unit = unit
