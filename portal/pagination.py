"""Pagination that never turns a bad ``?page=`` into a 500.

Garbage (``abc``, ``-1``, ``0``, empty) falls back to the first page; a number past the last page
is a 404, as a page that does not exist should be.
"""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404


def page_number(request, param="page"):
    raw = request.GET.get(param, "")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else 1


def paginate(request, object_list, per_page=20, param="page"):
    """Return the requested ``Page`` of ``object_list``; raises ``Http404`` past the end."""
    paginator = Paginator(object_list, per_page)
    number = page_number(request, param)
    try:
        return paginator.page(number)
    except EmptyPage:
        if number == 1:
            return paginator.page(1)  # an empty list still renders its first (empty) page
        raise Http404("Trang không tồn tại.") from None


def querystring_without(request, *params):
    """The current query string without ``params`` (for pagination and filter links)."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
