"""Drive the Wagtail admin like an editor: page forms, workflow actions, snippet forms."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.text import fold


def page_data(title, intro="", paragraphs=(), unit=None, slug=None, **extra):
    """POST data of the StandardPage form (title, intro, body paragraphs, responsible unit)."""
    data = nested_form_data(
        {
            "title": title,
            "slug": slug or slugify(fold(title)) or "trang",
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(p)) for p in paragraphs]),
            "comments": inline_formset([]),
            "responsible_unit": unit.pk if unit is not None else "",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    data.update(extra)
    return data


def create_page(client, parent, title, submit=True, **kwargs):
    """Create a StandardPage under ``parent`` through the admin; returns the response."""
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    data = page_data(title, **kwargs)
    if submit:
        data["action-submit"] = "1"
    return client.post(url, data)


def edit_page(client, page, title, action="action-submit", **kwargs):
    data = page_data(title, slug=page.slug, **kwargs)
    if action:
        data[action] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def page_action(client, page, action, comment=None, ajax=False):
    """Approve or reject the page's current step through the workflow-action view."""
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.pk])
    data = {} if comment is None else {"comment": comment}
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if ajax else {}
    return client.post(url, data, **headers)


def snippet_action(client, obj, action, comment=None):
    obj = type(obj).objects.get(pk=obj.pk)
    state = obj.current_workflow_task_state
    url = reverse(
        obj.snippet_viewset.get_url_name("workflow_action"), args=[quote(obj.pk), action, state.pk]
    )
    return client.post(url, {} if comment is None else {"comment": comment})


def current_step(obj):
    obj = type(obj).objects.get(pk=obj.pk)
    task = obj.current_workflow_task
    return task.name if task else None
