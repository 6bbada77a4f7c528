"""One search over every public page and public snippet, with facets (docs/search.md).

``SiteSearch(request, site_root).run(q, filters)`` returns a ``SearchOutcome``. Nothing here names
a section: pages are every live, public, unexpired page under the site root; snippets are every
registered snippet model that is indexed and has ``get_search_url``.

Counting and faceting happen in SQL on the backend's *matching* queryset; the results page is
ordered by tier (document number, exact diacritics, folded) and relevance. For each facet the
counts are computed with the *other* selected facets applied, so every count equals the number of
results its link leads to.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, Value, When
from django.db.models.functions import Substr
from django.utils import timezone
from modelsearch.index import class_is_indexed
from wagtail.models import DraftStateMixin, Page, get_page_models
from wagtail.search.backends import get_search_backend

from portal.text import fold
from search import protocols
from search.analysis import analyse_query
from search.backends.database import constant
from search.backends.query import VietnameseQuery
from search.highlight import excerpt, highlight

# Backends that do not understand VietnameseQuery (OpenSearch/Elasticsearch, a plain Wagtail
# backend) return their best matches as a ranked list of ids; counts and facets cover those.
FALLBACK_RESULT_LIMIT = 1000
PER_PAGE = 10
YEAR_MIN, YEAR_MAX = 1900, 2100


@dataclass
class Source:
    """Objects of one kind that may appear in results."""

    key: str  # "pages", or "app_label.model_name" for a snippet model
    model: type
    queryset: object  # the visible objects
    label: str = ""

    @property
    def is_pages(self):
        return self.key == "pages"


@dataclass
class Filters:
    section: str = ""
    year: int | None = None
    document_type: str = ""

    @classmethod
    def from_request(cls, request):
        section = request.GET.get("section", "").strip()[:100]
        year_raw = request.GET.get("year", "").strip()
        year = int(year_raw) if year_raw.isdigit() and len(year_raw) == 4 else None
        if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
            year = None
        document_type = " ".join(request.GET.get("type", "").replace("\x00", "").split())[:100]
        return cls(section=section, year=year, document_type=document_type)

    def without(self, name):
        return Filters(**{**self.__dict__, name: Filters().__dict__[name]})

    def __bool__(self):
        return bool(self.section or self.year or self.document_type)


@dataclass
class Hit:
    obj: object
    title: str
    url: str
    section: str = ""
    kind: str = ""
    date: datetime.date | None = None
    excerpt: str = ""
    document_type: str = ""
    numbers: list = field(default_factory=list)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    name: str  # GET parameter
    label: str
    options: list


@dataclass
class SearchOutcome:
    query: object  # AnalysedQuery
    filters: Filters
    total: int = 0
    results: object = None  # MergedResults (paginate it)
    facets: list = field(default_factory=list)


def visible_pages(site_root):
    now = timezone.now()
    excluded = [m for m in get_page_models() if getattr(m, "search_exclude", False)]
    queryset = (
        Page.objects.live()
        .public()
        .descendant_of(site_root, inclusive=True)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )
    if excluded:
        queryset = queryset.not_type(*excluded)
    return queryset


def visible_snippets(model):
    custom = getattr(model, "search_public_queryset", None)
    queryset = custom() if callable(custom) else model._default_manager.all()
    if issubclass(model, DraftStateMixin):
        now = timezone.now()
        queryset = queryset.filter(live=True).filter(
            Q(expire_at__isnull=True) | Q(expire_at__gt=now)
        )
    return queryset


def public_models():
    """Indexed models other than pages that have a public address (``get_search_url``): the
    public snippets (people, units…) and other public records (published answers…)."""
    return sorted(
        (
            model
            for model in apps.get_models()
            if not issubclass(model, Page)
            and class_is_indexed(model)
            and protocols.has_public_url(model)
        ),
        key=lambda m: m._meta.label_lower,
    )


def sources_for(site_root):
    sources = [Source("pages", Page, visible_pages(site_root))]
    for model in public_models():
        label = getattr(model, "search_section_label", None) or model._meta.verbose_name_plural
        sources.append(Source(model._meta.label_lower, model, visible_snippets(model), str(label)))
    return sources


class SourceMatch:
    """The matches of one source: ``matching`` (unordered) and ``ranked`` (annotated)."""

    def __init__(self, source, backend, query, autocomplete=False):
        self.source = source
        search = backend.autocomplete if autocomplete else backend.search
        if getattr(backend, "supports_vietnamese", False):
            results = search(query, source.queryset)
            self.matching = results.matching()
            self.ranked = results.ranked()
        else:
            understood = getattr(backend, "supports_vietnamese_query", False)
            backend_query = query if understood else query.as_plain_text()
            base = source.queryset.model._default_manager.all()
            if source.is_pages:
                base = Page.objects.live()
            ids = [obj.pk for obj in search(backend_query, base)[:FALLBACK_RESULT_LIMIT]]
            self.matching = source.queryset.filter(pk__in=ids)
            ranks = [When(pk=pk, then=Value(float(len(ids) - i))) for i, pk in enumerate(ids)]
            self.ranked = self.matching.annotate(
                _search_tier=constant(0, IntegerField()),
                _search_rank=Case(*ranks, default=Value(0.0), output_field=FloatField())
                if ranks
                else constant(0.0, FloatField()),
            )


class MergedResults:
    """Ranked results of every source, sliceable by Django's Paginator."""

    def __init__(self, search, matches, filters, total):
        self.search = search
        self.matches = matches
        self.filters = filters
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("MergedResults only supports slicing")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.total
        rows = []
        for order, match in enumerate(self.matches):
            ranked = self.search.narrow(match.ranked, match.source, self.filters)
            ranked = ranked.order_by("-_search_tier", "-_search_rank", "-pk")
            if len(self.matches) == 1:
                values = ranked.values_list("pk", "_search_tier", "_search_rank")[start:stop]
                rows = [(tier, rank, order, pk) for pk, tier, rank in values]
                break
            for pk, tier, rank in ranked.values_list("pk", "_search_tier", "_search_rank")[:stop]:
                rows.append((tier, rank, order, pk))
        else:
            rows.sort(key=lambda row: (-row[0], -(row[1] or 0.0), row[2], -_sortable(row[3])))
            rows = rows[start:stop]
        return self.search.hits([(self.matches[order].source, pk) for _t, _r, order, pk in rows])


def _sortable(pk):
    return pk if isinstance(pk, int) else 0


class SiteSearch:
    def __init__(self, request, site_root, backend=None):
        self.request = request
        self.site_root = site_root
        self.backend = backend or get_search_backend()
        self.sources = sources_for(site_root)
        self._section_cache = {}

    # -- matching and narrowing ----------------------------------------------------------------
    def match(self, analysed, autocomplete=False):
        query = VietnameseQuery(analysed, prefix=autocomplete)
        return [SourceMatch(source, self.backend, query, autocomplete) for source in self.sources]

    def section_page(self, value):
        if value not in self._section_cache:
            page = None
            if value.isdigit():
                page = (
                    Page.objects.filter(pk=int(value))
                    .filter(Q(pk=self.site_root.pk) | Q(depth=self.site_root.depth + 1))
                    .descendant_of(self.site_root, inclusive=True)
                    .only("id", "path", "depth", "title")
                    .first()
                )
            self._section_cache[value] = page
        return self._section_cache[value]

    def narrow(self, queryset, source, filters):
        if filters.section:
            if source.is_pages:
                page = self.section_page(filters.section)
                if page is None:
                    return queryset.none()
                if page.depth == self.site_root.depth:
                    queryset = queryset.filter(pk=page.pk)
                else:
                    queryset = queryset.filter(path__startswith=page.path)
            elif filters.section != source.key:
                return queryset.none()
        if filters.year:
            queryset = queryset.filter(search_facet_entries__year=filters.year)
        if filters.document_type:
            queryset = queryset.filter(search_facet_entries__document_type=filters.document_type)
        return queryset

    # -- the search ----------------------------------------------------------------------------
    def run(self, raw_query, filters=None):
        analysed = analyse_query(raw_query)
        self.current_query = analysed
        filters = filters or Filters()
        outcome = SearchOutcome(query=analysed, filters=filters)
        if not analysed:
            return outcome
        matches = self.match(analysed)
        counts = [self.narrow(m.matching, m.source, filters).count() for m in matches]
        outcome.total = sum(counts)
        live = [m for m, n in zip(matches, counts, strict=True) if n]
        outcome.results = MergedResults(self, live, filters, outcome.total)
        outcome.facets = self.facets(matches, filters)
        return outcome

    def count_words(self, words):
        """``[(word, count)]`` for each word alone (suggestions when nothing matched)."""
        counts = []
        for word in words:
            analysed = analyse_query(word)
            total = sum(m.matching.count() for m in self.match(analysed))
            counts.append((word, total))
        return counts

    # -- facets --------------------------------------------------------------------------------
    def facets(self, matches, filters):
        facets = [
            Facet("section", "Chuyên mục", self.section_options(matches, filters)),
            Facet("year", "Năm", self.value_options(matches, filters, "year")),
            Facet("type", "Loại văn bản", self.value_options(matches, filters, "document_type")),
        ]
        return [facet for facet in facets if facet.options]

    def section_options(self, matches, filters):
        others = filters.without("section")
        options = []
        root_len = len(self.site_root.path) + Page.steplen
        for match in matches:
            queryset = self.narrow(match.matching, match.source, others)
            if match.source.is_pages:
                rows = (
                    queryset.order_by()
                    .values(section_path=Substr("path", 1, root_len))
                    .annotate(n=Count("pk"))
                )
                counts = {row["section_path"]: row["n"] for row in rows}
                if not counts:
                    continue
                pages = Page.objects.filter(path__in=counts).only("id", "title", "path", "depth")
                for page in sorted(pages, key=lambda p: p.path):
                    label = "Trang chủ" if page.depth == self.site_root.depth else page.title
                    options.append(
                        FacetOption(
                            str(page.pk), label, counts[page.path], filters.section == str(page.pk)
                        )
                    )
            else:
                count = queryset.count()
                if count:
                    options.append(
                        FacetOption(
                            match.source.key,
                            match.source.label,
                            count,
                            filters.section == match.source.key,
                        )
                    )
        return options

    def value_options(self, matches, filters, column):
        param = "year" if column == "year" else "document_type"
        others = filters.without(param)
        totals = {}
        for match in matches:
            queryset = self.narrow(match.matching, match.source, others)
            rows = (
                queryset.order_by()
                .values(value=F(f"search_facet_entries__{column}"))
                .annotate(n=Count("pk"))
            )
            for row in rows:
                if row["value"] in (None, ""):
                    continue
                totals[row["value"]] = totals.get(row["value"], 0) + row["n"]
        selected = getattr(filters, param)
        if column == "year":
            ordered = sorted(totals.items(), key=lambda item: -item[0])
        else:
            ordered = sorted(totals.items(), key=lambda item: (-item[1], fold(item[0])))
        return [
            FacetOption(str(value), str(value), count, selected == value)
            for value, count in ordered
        ]

    # -- results -------------------------------------------------------------------------------
    def hits(self, keyed, excerpts=True):
        """``[(source, pk)]`` → ``[Hit]`` in the same order, with excerpts and sections."""
        by_source = {}
        for source, pk in keyed:
            by_source.setdefault(source.key, (source, []))[1].append(pk)
        objects = {}
        for key, (source, pks) in by_source.items():
            if source.is_pages:
                found = Page.objects.filter(pk__in=pks).specific()
            else:
                found = source.model._default_manager.filter(pk__in=pks)
            for obj in found:
                objects[(key, obj.pk)] = obj
        section_titles = self._section_titles(
            [obj for (key, _pk), obj in objects.items() if key == "pages"]
        )
        hits = []
        for source, pk in keyed:
            obj = objects.get((source.key, pk))
            if obj is not None:
                hits.append(self.hit(source, obj, section_titles, excerpts))
        return hits

    def _section_titles(self, pages):
        root_len = len(self.site_root.path) + Page.steplen
        paths = {page.path[:root_len] for page in pages}
        titles = {
            page.path: ("Trang chủ" if page.depth == self.site_root.depth else page.title)
            for page in Page.objects.filter(path__in=paths).only("id", "title", "path", "depth")
        }
        return {page.pk: titles.get(page.path[:root_len], "") for page in pages}

    def hit(self, source, obj, section_titles, excerpts=True):
        analysed = self.current_query
        if source.is_pages:
            url = obj.get_url(request=self.request) or obj.url
            section = section_titles.get(obj.pk, "")
            title = obj.title
        else:
            url = obj.get_search_url(request=self.request)
            section = source.label
            title = protocols.search_title(obj)
        return Hit(
            obj=obj,
            title=highlight(title, analysed),
            url=url or "",
            section=section,
            kind=str(obj._meta.verbose_name),
            date=protocols.search_date(obj),
            excerpt=excerpt(
                [text for text in protocols.snippet_fields(obj) if text.strip() != title],
                analysed,
            )
            if excerpts
            else "",
            document_type=protocols.search_facets(obj).get("document_type", ""),
            numbers=protocols.search_numbers(obj),
        )

    current_query = None

    # -- autocomplete --------------------------------------------------------------------------
    def suggest(self, raw_query, limit=8):
        analysed = analyse_query(raw_query)
        if not analysed.words or len(analysed.text) < 2:
            return []
        self.current_query = analysed
        rows = []
        for order, match in enumerate(self.match(analysed, autocomplete=True)):
            ranked = match.ranked.order_by("-_search_tier", "-_search_rank", "-pk")
            for pk, rank in ranked.values_list("pk", "_search_rank")[:limit]:
                rows.append((-(rank or 0.0), order, match.source, pk))
        rows.sort(key=lambda row: (row[0], row[1]))
        hits = self.hits([(source, pk) for _r, _o, source, pk in rows[:limit]], excerpts=False)
        return [
            {
                "title": protocols.search_title(hit.obj),
                "url": hit.url,
                "section": hit.section,
            }
            for hit in hits
            if hit.url
        ]
