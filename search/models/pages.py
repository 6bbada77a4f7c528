"""The site search page at /tim-kiem/ and its autocomplete endpoint /tim-kiem/goi-y/."""

from django.db import models
from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from portal.pagination import paginate
from search.analysis import MAX_QUERY_LENGTH, MAX_TERMS
from search.engine import PER_PAGE, Filters, SiteSearch
from search.suggestions import empty_result_help, promotions_for, record_hit


def _url_with(request, query_text, **changes):
    """This search's query string with ``changes`` (None removes a parameter), first page."""
    params = request.GET.copy()
    params.pop("page", None)
    params["q"] = query_text
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = value
    return "?" + params.urlencode()


def facet_links(request, outcome):
    """The facets with the address each option (and its "clear") leads to."""
    text = outcome.query.text
    facets = []
    for facet in outcome.facets:
        options = [
            {**option.__dict__, "url": _url_with(request, text, **{facet.name: option.value})}
            for option in facet.options
        ]
        facets.append(
            {
                "name": facet.name,
                "label": facet.label,
                "options": options,
                "clear_url": _url_with(request, text, **{facet.name: None}),
            }
        )
    return facets


class SearchPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Tìm kiếm: the full-text search over the whole portal (Decree 43/2011 Art. 15).

    Editors only set the title and help text; results come from every public page type and
    public snippet. Promoted results are managed under Cài đặt › Kết quả tìm kiếm đề xuất.
    """

    intro = models.TextField(_("Hướng dẫn tìm kiếm"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    search_exclude = True  # the search page is not a result

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("responsible_unit")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Trang tìm kiếm")
        verbose_name_plural = _("Trang tìm kiếm")

    def site_root(self, request=None):
        site = self.get_site()
        return site.root_page.localized.specific_deferred if site else self.get_parent()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        raw = request.GET.get("q", "")
        filters = Filters.from_request(request)
        root = self.site_root(request)
        search = SiteSearch(request, root)
        outcome = search.run(raw, filters)
        query = outcome.query
        results = None
        if query:
            results = paginate(request, outcome.results or [], per_page=PER_PAGE)
        context.update(
            {
                "query": query.text,
                "analysed": query,
                "truncated": query.truncated,
                "too_many_words": query.too_many_words,
                "max_query_length": MAX_QUERY_LENGTH,
                "max_terms": MAX_TERMS,
                "outcome": outcome,
                "filters": filters,
                "results": results,
                "searched": bool(raw.strip()),
                "facets": facet_links(request, outcome),
                "clear_filters_url": _url_with(
                    request, query.text, section=None, year=None, type=None
                ),
            }
        )
        if query and (results is None or results.number == 1):
            context["promotions"] = promotions_for(query.text, request, root)
            record_hit(query.text)
        if query and not outcome.total:
            context["help"] = empty_result_help(search, query, filters, request)
        elif not query:
            context["help"] = empty_result_help(search, None, filters, request)
        return context

    @path("goi-y/", name="suggest")
    def suggest(self, request):
        """Autocomplete for the header search box: ``{"query": …, "suggestions": [{title, url,
        section}]}``, folded like the search itself."""
        search = SiteSearch(request, self.site_root(request))
        raw = request.GET.get("q", "")
        suggestions = search.suggest(raw)
        response = JsonResponse(
            {
                "query": search.current_query.text if search.current_query else "",
                "suggestions": suggestions,
            }
        )
        response["Cache-Control"] = "public, max-age=60"
        response["X-Robots-Tag"] = "noindex"
        return response
