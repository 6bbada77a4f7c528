"""Editors' promoted results, query statistics and the help shown when nothing is found."""

import logging

from django.db import DatabaseError
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from portal.text import fold

logger = logging.getLogger(__name__)

MAX_WORD_SUGGESTIONS = 4


def _key(text):
    return " ".join(fold(text).split())


def promotions_for(query_text, request, site_root):
    """Promoted results whose query equals ``query_text`` once folded (``thi dua`` finds the
    promotion an editor filed under ``thi đua``), visible pages and external links only."""
    key = _key(query_text)
    if not key:
        return []
    queries = [
        q.pk
        for q in Query.objects.filter(editors_picks__isnull=False).distinct().only("query_string")
        if _key(q.query_string) == key
    ]
    if not queries:
        return []
    now = timezone.now()
    visible = set(
        Page.objects.live()
        .public()
        .descendant_of(site_root, inclusive=True)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .filter(searchpromotion__query__in=queries)
        .values_list("pk", flat=True)
    )
    promotions, seen = [], set()
    for promotion in SearchPromotion.objects.filter(query__in=queries).select_related("page"):
        if promotion.page_id:
            if promotion.page_id not in visible or promotion.page_id in seen:
                continue
            seen.add(promotion.page_id)
            url = promotion.page.get_url(request=request)
            title = promotion.page.title
        elif promotion.external_link_url:
            url, title = promotion.external_link_url, promotion.external_link_text
        else:
            continue
        promotions.append({"title": title or url, "url": url, "description": promotion.description})
    return promotions


def record_hit(query_text):
    """Count the query for Wagtail's "Search terms" report; never fail the search for it."""
    try:
        Query.get(query_text).add_hit()
    except DatabaseError:  # e.g. a read-only replica
        logger.warning("could not record search hit for %r", query_text, exc_info=True)


def empty_result_help(search, analysed, filters, request):
    """What to offer when nothing (or nothing yet) was found: each word alone with its count,
    the way back without filters, editors' suggested searches and the sections of the site."""
    help_ = {"word_counts": [], "suggested_queries": [], "sections": []}
    if analysed is not None and len(analysed.words) > 1 and not filters:
        counts = search.count_words(analysed.words[:MAX_WORD_SUGGESTIONS])
        help_["word_counts"] = [(word, count) for word, count in counts if count]
    help_["suggested_queries"] = list(
        Query.objects.filter(editors_picks__isnull=False)
        .distinct()
        .order_by("query_string")
        .values_list("query_string", flat=True)[:8]
    )
    root = search.site_root
    children = (
        root.get_children()
        .live()
        .public()
        .only("id", "title", "url_path", "path", "depth", "locale_id", "show_in_menus")
    )
    in_menu = [page for page in children if page.show_in_menus]
    help_["sections"] = [
        (page.title, page.get_url(request=request)) for page in (in_menu or children)
    ]
    return help_
