"""``DirectoryPage`` (/danh-ba/): the public directory of units and staff (Art. 7.7)."""

from django.db import models
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from portal.text import fold, squash_spaces

from .mixins import ResponsibleUnitMixin
from .units import Unit

MAX_QUERY_LENGTH = 100


class DirectoryPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Danh bạ: the units as a tree with their current staff, a page per unit, search without
    diacritics, vCards and a print view. Editors only write the introduction: units and people
    are kept in the "Danh bạ" snippets. The English translation of this page shows the English
    names and functions of units and positions (Decree 42/2022)."""

    intro = models.TextField(
        _("Lời dẫn"),
        blank=True,
        help_text=_("Một hai câu hướng dẫn tra cứu, hiển thị đầu trang."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("intro")], heading=_("Lời dẫn")),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang danh bạ")
        verbose_name_plural = _("Trang danh bạ")

    # -- helpers --------------------------------------------------------------------------------
    @classmethod
    def public_url(cls):
        """The address of the live, public Vietnamese directory ("" when there is none)."""
        page = cls.objects.live().public().filter(locale__language_code="vi").first()
        return page.url if page else ""

    @property
    def lang(self):
        from contacts.labels import language_of

        return language_of(self)

    def base_context(self, request):
        from contacts.labels import labels_for

        context = self.get_context(request)
        context["lang"] = self.lang
        context["labels"] = labels_for(self.lang)
        context["directory_url"] = self.get_url(request=request)
        context["today"] = timezone.localdate()
        return context

    # -- routes ---------------------------------------------------------------------------------
    @path("")
    def index_route(self, request):
        from contacts.directory import directory_tree, search_memberships

        context = self.base_context(request)
        query = squash_spaces(request.GET.get("q", ""))[:MAX_QUERY_LENGTH]
        context["query"] = query
        if query and fold(query).strip():
            context["results"] = search_memberships(query, lang=self.lang)
        else:
            context["tree"] = directory_tree()
        return TemplateResponse(request, "contacts/directory_page.html", context)

    @path("don-vi/<slug:slug>/", name="unit")
    def unit_route(self, request, slug):
        from contacts.directory import current_memberships, localized

        unit = Unit.objects.filter(slug=slug, live=True).select_related("parent").first()
        if unit is None:
            raise Http404("Không có đơn vị này.")
        context = self.base_context(request)
        context["unit"] = unit
        context["memberships"] = current_memberships(unit=unit)
        context["children"] = list(unit.children.filter(live=True).order_by("sort_order", "name"))
        context["ancestors"] = [u for u in unit.ancestors() if u.live]
        context["crumbs_extra"] = [
            (localized(unit, "name", self.lang), f"{context['directory_url']}don-vi/{unit.slug}/")
        ]
        return TemplateResponse(request, "contacts/directory_unit.html", context)

    @path("can-bo/<int:person_id>/vcard/", name="vcard")
    def vcard_route(self, request, person_id):
        from contacts.directory import current_memberships, person_vcard
        from contacts.labels import labels_for

        memberships = [m for m in current_memberships() if m.person_id == person_id]
        if not memberships:
            raise Http404("Không có cán bộ này trong danh bạ.")
        person = memberships[0].person
        text = person_vcard(person, memberships, labels_for(self.lang), lang=self.lang)
        response = HttpResponse(text, content_type="text/vcard; charset=utf-8")
        filename = (fold(person.full_name).replace(" ", "-") or "can-bo") + ".vcf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @path("in/", name="print")
    def print_route(self, request):
        from contacts.directory import directory_tree

        context = self.base_context(request)
        context["tree"] = directory_tree()
        return TemplateResponse(request, "contacts/directory_print.html", context)
