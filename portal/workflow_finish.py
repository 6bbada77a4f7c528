"""What happens when the last step of an approval workflow approves: publication.

Wired by ``WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.workflow_finish.publish_approved"`` in
``portal/settings/base.py``. Wagtail's default publishes with the final approver's own publish
permission; in this portal nobody holds that permission (nothing is published outside the chain,
Art. 9–14), so the finished workflow itself is the authority to publish. This module must import
nothing at load time: Wagtail imports it while ``wagtail.models`` is being built.
"""


def publish_approved(workflow_state, user=None):
    """Publish the content's latest revision on behalf of the approver who finished the chain."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
