"""Who may see citizens' questions in the admin.

* Staff of a unit (a current appointment there, see ``services.units``) see that unit's questions.
* Users with ``services.view_question`` or ``services.reassign_question`` (editorial board,
  moderators) and superusers see all of them.
* Nobody adds a question in the admin: questions come only from citizens.
* Deleting needs ``services.delete_question`` (superusers: spam clean-up).

What a user may *do* with a question is decided by ``services.lifecycle.QuestionLifecycle``.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from wagtail.permission_policies import ModelPermissionPolicy

from services import units

GLOBAL_PERMS = ("services.view_question", "services.reassign_question")


def sees_all_questions(user):
    return bool(
        user.is_active and (user.is_superuser or any(user.has_perm(perm) for perm in GLOBAL_PERMS))
    )


class QuestionPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if not (user.is_authenticated and user.is_active):
            return False
        if action == "add":
            return False
        if action in ("view", "change"):
            return sees_all_questions(user) or bool(units.unit_ids_of(user))
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("view", "change"):
            if not (user.is_authenticated and user.is_active):
                return False
            return sees_all_questions(user) or instance.unit_id in units.unit_ids_of(user)
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if not (user.is_authenticated and user.is_active):
            return manager.none()
        if {"view", "change"} & set(actions):
            if sees_all_questions(user):
                return manager.all()
            return manager.filter(unit_id__in=units.unit_ids_of(user))
        if any(self.user_has_permission(user, action) for action in actions):
            return manager.all()
        return manager.none()

    def users_with_any_permission(self, actions):
        users = super().users_with_any_permission(actions)
        if {"view", "change"} & set(actions):
            members = get_user_model().objects.filter(
                Q(person__appointments__start_date__isnull=True)
                | Q(person__appointments__start_date__lte=timezone.localdate()),
                Q(person__appointments__end_date__isnull=True)
                | Q(person__appointments__end_date__gte=timezone.localdate()),
                person__is_active=True,
                is_active=True,
            )
            users = (users | members).distinct()
        return users
