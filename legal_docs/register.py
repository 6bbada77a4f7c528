"""The public register: filters, keyword search, sorting, counts, RSS and CSV, all over GET.

Every response uses a fixed number of queries whatever the number of documents: the choice lists
(types, issuing bodies, fields, signers, years) are one query each, the result count and the status
counts one each, the page of rows one, and the fields of those rows one (prefetch).

Unknown or malformed values (``?nam=abc``, ``?loai=khong-co``) are dropped with a notice; the rest
of the filters still apply.
"""

import csv
import datetime

import django_filters
from django import forms
from django.contrib.syndication.views import Feed
from django.db.models import Count, Max, Min, Prefetch
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import strip_tags

from portal.pagination import paginate
from portal.text import fold

from .models import (
    DocumentGroup,
    DocumentType,
    IssuingBody,
    LegalDocumentPage,
    LegalField,
    ValidityStatus,
)

MAX_QUERY_LENGTH = 200
FEED_ITEMS = 50

SORTS = {
    "-ngay-ban-hanh": ("Ngày ban hành (mới nhất)", ("-issued_on", "-number_seq", "-pk")),
    "ngay-ban-hanh": ("Ngày ban hành (cũ nhất)", ("issued_on", "number_seq", "pk")),
    "so": ("Số ký hiệu (tăng dần)", ("number_seq", "number_key", "pk")),
    "-so": ("Số ký hiệu (giảm dần)", ("-number_seq", "-number_key", "-pk")),
    "-ngay-dang": ("Ngày đăng (mới nhất)", ("-published_on", "-issued_on", "-pk")),
}
DEFAULT_SORT = "-ngay-ban-hanh"
FILTER_PARAMS = ("q", "loai", "nhom", "coquan", "linhvuc", "nguoiky", "nam", "hieuluc", "sapxep")


def clean_text(value):
    """Drop control characters (NUL breaks PostgreSQL) and cap the length."""
    text = "".join(ch for ch in str(value or "") if ch.isprintable() or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def keyword_tokens(value):
    """``"Nghị định  43"`` → ``["nghi", "dinh", "43"]`` (folded, lower case)."""
    return [token for token in fold(clean_text(value)).split() if token]


class RegisterFilter(django_filters.FilterSet):
    """The register's filters; choices come from the register's own lists (no lookups per value)."""

    q = django_filters.CharFilter(
        label="Từ khóa (số ký hiệu, trích yếu)",
        method="filter_keyword",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": MAX_QUERY_LENGTH}),
    )
    loai = django_filters.ChoiceFilter(
        label="Loại văn bản", method="filter_type", empty_label="Tất cả"
    )
    nhom = django_filters.ChoiceFilter(
        label="Nhóm văn bản",
        choices=DocumentGroup.choices,
        field_name="group",
        empty_label="Tất cả",
    )
    coquan = django_filters.ChoiceFilter(
        label="Cơ quan ban hành", method="filter_body", empty_label="Tất cả"
    )
    linhvuc = django_filters.ChoiceFilter(
        label="Lĩnh vực", method="filter_field", empty_label="Tất cả"
    )
    nguoiky = django_filters.ChoiceFilter(
        label="Người ký", field_name="signer_name", empty_label="Tất cả"
    )
    nam = django_filters.ChoiceFilter(
        label="Năm ban hành", method="filter_year", empty_label="Tất cả"
    )
    hieuluc = django_filters.ChoiceFilter(
        label="Tình trạng hiệu lực",
        choices=ValidityStatus.choices,
        field_name="status",
        empty_label="Tất cả",
    )
    sapxep = django_filters.ChoiceFilter(
        label="Sắp xếp theo",
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
        method="filter_noop",
        empty_label=None,
    )

    def __init__(self, data, queryset, *, choices, **kwargs):
        cleaned = data.copy()
        for key in list(cleaned.keys()):
            cleaned.setlist(key, [clean_text(v) for v in cleaned.getlist(key)])
        super().__init__(cleaned, queryset, **kwargs)
        self.lookups = {}
        for name, items in choices.items():
            self.filters[name].extra["choices"] = [(key, label) for key, label, _pk in items]
            self.lookups[name] = {key: pk for key, _label, pk in items}

    def filter_noop(self, queryset, name, value):
        return queryset

    def filter_keyword(self, queryset, name, value):
        for token in keyword_tokens(value):
            queryset = queryset.filter(search_text__contains=token)
        return queryset

    def filter_type(self, queryset, name, value):
        return queryset.filter(document_type_id=self.lookups["loai"][value])

    def filter_body(self, queryset, name, value):
        return queryset.filter(issuing_body_id=self.lookups["coquan"][value])

    def filter_field(self, queryset, name, value):
        return queryset.filter(legal_fields__id=self.lookups["linhvuc"][value])

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(
            issued_on__gte=datetime.date(year, 1, 1), issued_on__lt=datetime.date(year + 1, 1, 1)
        )


class Register:
    """One request's view of a register: choices, filters, notices, the filtered queryset."""

    def __init__(self, index_page, request):
        self.page = index_page
        self.request = request
        self.base = index_page.documents()
        self.choices = self.load_choices()
        self.filterset = RegisterFilter(request.GET, self.base, choices=self.choices)
        self.notices = self.build_notices()
        self.sort = self.filterset.form.cleaned_data.get("sapxep") or DEFAULT_SORT

    def load_choices(self):
        """``{filter: [(slug, label, pk)]}`` — one query per list."""
        type_ids = self.page.allowed_type_ids()
        types = DocumentType.objects.all()
        if type_ids:
            types = types.filter(pk__in=type_ids)
        # From the document table alone (index-only scan on signer_name, no join with pages).
        signer_scope = LegalDocumentPage.objects.all()
        if type_ids:
            signer_scope = signer_scope.filter(document_type_id__in=type_ids)
        signers = (
            signer_scope.exclude(signer_name="")
            .order_by("signer_name")
            .values_list("signer_name", flat=True)
            .distinct()
        )
        # Years from the first to the last issue date of any document: two index lookups (a
        # DISTINCT over the dates would scan every row); a year without documents just finds none.
        bounds = LegalDocumentPage.objects.aggregate(first=Min("issued_on"), last=Max("issued_on"))
        years = range(bounds["last"].year, bounds["first"].year - 1, -1) if bounds["first"] else []
        return {
            "loai": [(t.slug, t.name, t.pk) for t in types.only("id", "slug", "name")],
            "coquan": [
                (b.slug, b.name, b.pk) for b in IssuingBody.objects.only("id", "slug", "name")
            ],
            "linhvuc": [
                (f.slug, f.name, f.pk) for f in LegalField.objects.only("id", "slug", "name")
            ],
            "nguoiky": [(name, name, name) for name in signers],
            "nam": [(str(year), str(year), year) for year in years],
        }

    def build_notices(self):
        form = self.filterset.form
        form.is_valid()
        notices = []
        for name in form.errors:
            field = form.fields.get(name)
            label = field.label if field is not None else name
            raw = clean_text(self.request.GET.get(name, ""))[:60]
            notices.append(f"Giá trị “{raw}” của bộ lọc “{label}” không hợp lệ nên đã được bỏ qua.")
        return notices

    @property
    def is_filtered(self):
        return any(self.request.GET.get(param, "").strip() for param in FILTER_PARAMS)

    def queryset(self):
        return self.filterset.qs.order_by(*SORTS[self.sort][1])

    def rows(self, queryset):
        return queryset.select_related(
            "document_type", "issuing_body", "main_file"
        ).prefetch_related(
            Prefetch("legal_fields", queryset=LegalField.objects.only("id", "name", "slug"))
        )

    def status_counts(self):
        """``{status: count}`` under every filter except the status one (one query)."""
        data = self.filterset.form.cleaned_data.copy()
        queryset = self.base
        for name, value in data.items():
            if name in ("hieuluc", "sapxep"):
                continue
            queryset = self.filterset.filters[name].filter(queryset, value)
        counts = queryset.order_by().values("status").annotate(total=Count("pk"))
        return {row["status"]: row["total"] for row in counts}


def query_without(request, *params):
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()


def render_register(index_page, request):
    register = Register(index_page, request)
    page_obj = paginate(request, register.rows(register.queryset()), index_page.per_page or 20)
    counts = register.status_counts()
    status_options = [
        (value, label, counts.get(value, 0)) for value, label in ValidityStatus.choices
    ]
    query = query_without(request, "page")
    base_url = index_page.get_url(request=request)
    context = index_page.get_context(request)
    context.update(
        {
            "register": register,
            "filter_form": register.filterset.form,
            "notices": register.notices,
            "page_obj": page_obj,
            "documents": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "status_options": status_options,
            "is_filtered": register.is_filtered,
            "feed_url": f"{base_url}rss/" + (f"?{query}" if query else ""),
            "csv_url": f"{base_url}csv/" + (f"?{query}" if query else ""),
            "ValidityStatus": ValidityStatus,
        }
    )
    return TemplateResponse(request, index_page.get_template(request), context)


class RegisterFeed(Feed):
    """RSS 2.0 of the newest documents of a register, honouring its filters."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, register):
        super().__init__()
        self.index_page = index_page
        self.register = register

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, obj):
        return f"{obj.title} – Sở Nội vụ tỉnh Hưng Yên"

    def link(self, obj):
        return obj.get_url(request=self.register.request)

    def description(self, obj):
        return strip_tags(obj.intro) or "Văn bản mới đăng trên Trang thông tin điện tử Sở Nội vụ."

    def items(self, obj):
        queryset = self.register.filterset.qs.order_by("-published_on", "-issued_on", "-pk")
        return self.register.rows(queryset)[:FEED_ITEMS]

    def item_title(self, item):
        return f"{item.display_name}: {item.title}"

    def item_description(self, item):
        return (
            f"{item.document_type.name} số {item.number} ngày "
            f"{item.issued_on:%d/%m/%Y} của {item.issuing_body.name}. "
            f"Tình trạng: {item.get_status_display()}."
        )

    def item_link(self, item):
        return item.get_url(request=self.register.request)

    def item_guid(self, item):
        return f"van-ban-{item.pk}"

    def item_pubdate(self, item):
        day = item.published_on or item.issued_on
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0)))

    def item_categories(self, item):
        return [item.document_type.name, item.get_status_display()]


def render_feed(index_page, request):
    register = Register(index_page, request)
    return RegisterFeed(index_page, register)(request)


CSV_COLUMNS = [
    ("Số ký hiệu", lambda d: d.number),
    ("Trích yếu", lambda d: d.title),
    ("Loại văn bản", lambda d: d.document_type.name),
    ("Nhóm văn bản", lambda d: d.get_group_display()),
    ("Cơ quan ban hành", lambda d: d.issuing_body.name),
    ("Lĩnh vực", lambda d: "; ".join(f.name for f in d.legal_fields.all())),
    ("Người ký", lambda d: d.signer_name),
    ("Chức danh", lambda d: d.signer_title),
    ("Ngày ban hành", lambda d: _date(d.issued_on)),
    ("Ngày có hiệu lực", lambda d: _date(d.effective_on)),
    ("Ngày hết hiệu lực", lambda d: _date(d.expires_on)),
    ("Tình trạng hiệu lực", lambda d: d.get_status_display()),
    ("Ngày đăng", lambda d: _date(d.published_on)),
]


def _date(value):
    return value.strftime("%d/%m/%Y") if value else ""


def _safe_cell(value):
    """Neutralise spreadsheet formulas (CSV injection)."""
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class _Echo:
    def write(self, value):
        return value


def render_csv(index_page, request):
    register = Register(index_page, request)
    queryset = register.rows(register.queryset())
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff" + writer.writerow([label for label, _get in CSV_COLUMNS] + ["Đường dẫn"])
        for document in queryset.iterator(chunk_size=500):
            cells = [_safe_cell(get(document)) for _label, get in CSV_COLUMNS]
            yield writer.writerow(cells + [document.get_full_url(request=request) or ""])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    filename = f"so-van-ban-{timezone.localdate():%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response
