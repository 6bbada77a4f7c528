"""Wagtail's database search backends, taught Vietnamese.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database",
"SEARCH_CONFIG": "vi_unaccent"}}`` picks, like ``wagtail.search.backends.database``:

* **PostgreSQL**: modelsearch's backend with ``SEARCH_CONFIG`` (the ``vi_unaccent`` text search
  configuration created by ``search/migrations``: ``unaccent`` then ``simple``), used for the
  autocomplete vectors too. Python only splits the text into words (so ``43/2011/NĐ-CP`` is
  ``43 2011 NĐ CP`` for the parser too) and adds the exact markers and number tokens.
* **SQLite**: modelsearch's FTS5 backend; Python folds the words (the FTS5 ``unicode61``
  tokenizer neither folds ``ộ`` nor ``đ``) and adds the same markers and tokens.

On both, a ``VietnameseQuery`` matches ``(all words) OR (any document number)`` and ranks by
tier (number match 2, exact diacritics 1, folded only 0), then by the backend's relevance score.
Any other query (the admin's searches) is split into words and folded the same way.
"""

from functools import lru_cache

from django.db import connection
from django.db.models import (
    Case,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce
from django.db.models.lookups import Lookup
from django.utils.functional import cached_property
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from portal.text import fold
from search.analysis import autocomplete_text, index_text, words_of
from search.backends.indexing import delete_facet_entry, number_tokens, write_facet_entries
from search.backends.query import VietnameseQuery

TIER_NUMBER = 2
TIER_EXACT = 1
TIER_FOLDED = 0


def constant(value, output_field):
    """A constant that can be ordered by (a bare literal in ORDER BY is a column position)."""
    return Cast(Value(value), output_field=output_field)


def tier_expression(whens):
    if not whens:
        return constant(TIER_FOLDED, IntegerField())
    return Case(*whens, default=Value(TIER_FOLDED), output_field=IntegerField())


def _sanitised(query, fold_words):
    """``PlainText``/``Phrase`` reduced to plain words, so no syntax reaches the database."""
    if isinstance(query, PlainText):
        words = words_of(query.query_string)
        words = [fold(w) for w in words] if fold_words else words
        return PlainText(" ".join(words), operator=query.operator)
    if isinstance(query, Phrase):
        words = words_of(query.query_string)
        return Phrase(" ".join(fold(w) for w in words) if fold_words else " ".join(words))
    return query


class VietnameseCompilerMixin:
    """Shared by the SQLite and PostgreSQL compilers: unpack a ``VietnameseQuery``."""

    fold_query_words = True

    def __init__(self, queryset, query, **kwargs):
        self.vn = query if isinstance(query, VietnameseQuery) else None
        if isinstance(query, str):
            query = PlainText(query, operator=kwargs.get("operator") or self.DEFAULT_OPERATOR)
        if self.vn is not None:
            words = self.vn.analysed.folded_words if self.fold_query_words else self.vn.words
            query = PlainText(" ".join(words), operator="and")
        else:
            query = _sanitised(query, self.fold_query_words)
        super().__init__(queryset, query, **kwargs)

    def check(self):
        # The database backends apply the queryset's own filters in SQL, so the search page may
        # filter on anything (view restrictions, expiry…); only ``fields`` needs checking.
        if self.fields:
            allowed = {f.field_name for f in self.queryset.model.get_searchable_search_fields()}
            unknown = [name for name in self.fields if name not in allowed]
            if unknown:
                from modelsearch.backends.base import SearchFieldError

                raise SearchFieldError(f"Cannot search with field {unknown[0]!r}.")

    def vietnamese_results(self, config, start, stop, score_field=None):
        """Rows ``start:stop`` of ``ranked_queryset``: exact matches above folded ones, then rank;
        newest first when the caller asked for its own order but gave none."""
        queryset = self.ranked_queryset(config)
        if score_field:
            queryset = queryset.annotate(**{score_field: F("_search_rank")})
        if self.order_by_relevance:
            queryset = queryset.order_by("-_search_tier", "-_search_rank", "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]

    @property
    def has_words(self):
        return bool(self.query.query_string.strip()) if isinstance(self.query, PlainText) else True


class VietnameseResultsMixin:
    """``matching()``: the unordered queryset of matches (for counts and facets);
    ``ranked()``: the same annotated with ``_search_tier`` and ``_search_rank`` (higher first)."""

    def matching(self):
        return self.query_compiler.matching_queryset(self.query_compiler.get_config(self.backend))

    def ranked(self):
        return self.query_compiler.ranked_queryset(self.query_compiler.get_config(self.backend))


# -- SQLite ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _sqlite_classes():
    from modelsearch.backends.database.sqlite import sqlite as base

    IndexEntry = base.IndexEntry
    FTSEntry = base.SQLiteFTSIndexEntry

    class FTSMatch(Lookup):
        """``<fts table> MATCH '{columns} : (query)'`` with a query string built here from
        double-quoted ASCII words only."""

        lookup_name = "portal_fts_match"

        def __init__(self, columns, query_string):
            self.columns = columns
            self.query_string = query_string
            super().__init__(None, None)

        def as_sql(self, compiler, connection):
            columns = " ".join(self.columns)
            return (
                f"{FTSEntry._meta.db_table} MATCH %s",
                [f"{{{columns}}} : ({self.query_string})"],
            )

    class WeightedBM25(Func):
        """``bm25()`` with column weights, in the FTS table's column order (autocomplete, body,
        title): modelsearch's unweighted call ranks a word in the body like one in the title."""

        output_field = FloatField()

        def __init__(self, weights):
            self.weights = weights
            super().__init__()

        def as_sql(self, compiler, connection, **extra_context):
            weights = ", ".join(str(float(w)) for w in self.weights)
            return f"bm25({FTSEntry._meta.db_table}, {weights})", []

    def quoted(terms, operator, prefix_last=False):
        parts = ['"' + t.replace('"', "") + '"' for t in terms]
        if prefix_last and parts:
            parts[-1] += "*"
        return f" {operator} ".join(parts)

    class Indexer(base.ObjectIndexer):
        def prepare_field(self, obj, field):
            if isinstance(field, RelatedFields):
                yield from super().prepare_field(obj, field)
                return
            for current, value in super().prepare_field(obj, field):
                if isinstance(current, AutocompleteField):
                    yield current, autocomplete_text(value, fold_words=True)
                else:
                    yield current, index_text(value, fold_words=True)

        @cached_property
        def body(self):
            return " ".join(filter(None, [super().body, " ".join(number_tokens(self.obj))]))

    class Index(base.SQLiteIndex):
        def add_items(self, model, objs):
            # modelsearch's SQLiteIndex.add_items with our indexer, plus the facet rows.
            if not model.get_search_fields():
                return
            indexers = [Indexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = get_content_type_pk(model)
            data = {i.id: (i.title, i.autocomplete, i.body) for i in indexers}
            entries = self.entries.filter(content_type_id=content_type_pk)
            existing = frozenset(
                entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True)
            )
            for object_id in existing:
                title, autocomplete, body = data[object_id]
                entries.filter(object_id=object_id).update(
                    title=title, autocomplete=autocomplete, body=body
                )
            self.entries.bulk_create(
                [
                    IndexEntry(
                        content_type_id=content_type_pk,
                        object_id=object_id,
                        title=title,
                        autocomplete=autocomplete,
                        body=body,
                    )
                    for object_id, (title, autocomplete, body) in data.items()
                    if object_id not in existing
                ]
            )
            self._refresh_title_norms()
            write_facet_entries(model, objs)

        def delete_item(self, item):
            super().delete_item(item)
            delete_facet_entry(item)

    class Compiler(VietnameseCompilerMixin, base.SQLiteSearchQueryCompiler):
        fold_query_words = True
        BM25_WEIGHTS = (0.0, 1.0, 5.0)  # autocomplete, body, title

        def build_search_query_content(self, query, config=None):
            return super().build_search_query_content(_sanitised(query, True), config)

        def _ids(self, query_string, columns=None):
            return (
                FTSEntry.objects.filter(FTSMatch(columns or self.FTS_TABLE_FIELDS, query_string))
                .filter(
                    index_entry__content_type__in=get_descendants_content_types_pks(
                        self.queryset.model
                    )
                )
                .values("index_entry__object_id")
            )

        def _words_string(self):
            terms = self.query.query_string.split()
            return quoted(terms, "AND", prefix_last=self.LAST_TERM_IS_PREFIX) if terms else ""

        def _match_string(self):
            parts = []
            words = self._words_string()
            if words:
                parts.append(f"({words})")
            numbers = self.vn.analysed.number_tokens if self.vn else []
            if numbers:
                parts.append(f"({quoted(numbers, 'OR')})")
            return " OR ".join(parts)

        def matching_queryset(self, config=None):
            match = self._match_string()
            if not match:
                return self.queryset.none()
            return self.queryset.filter(pk__in=self._ids(match))

        def ranked_queryset(self, config=None):
            queryset = self.matching_queryset(config)
            words = self._words_string()
            if words:
                score = (
                    FTSEntry.objects.filter(
                        FTSMatch(self.FTS_TABLE_FIELDS, words),
                        index_entry__object_id=OuterRef("pk"),
                        index_entry__content_type__in=get_descendants_content_types_pks(
                            self.queryset.model
                        ),
                    )
                    .annotate(score=WeightedBM25(self.BM25_WEIGHTS))
                    .values("score")[:1]
                )
                # bm25() is lower for better matches: negate it so higher is better everywhere.
                rank = Coalesce(-Subquery(score, output_field=FloatField()), Value(0.0))
            else:
                rank = constant(0.0, FloatField())
            whens = []
            analysed = self.vn.analysed if self.vn else None
            if analysed and analysed.number_tokens:
                numbers = quoted(analysed.number_tokens, "OR")
                whens.append(When(pk__in=self._ids(numbers), then=Value(TIER_NUMBER)))
            if analysed and analysed.exact_markers and not self.LAST_TERM_IS_PREFIX:
                exact = quoted(analysed.exact_markers, "AND")
                whens.append(When(pk__in=self._ids(exact), then=Value(TIER_EXACT)))
            tier = tier_expression(whens)
            return queryset.annotate(_search_tier=tier, _search_rank=rank)

        def search(self, config, start, stop, score_field=None):
            # The FTS5 table only has title/body/autocomplete columns; a ``fields`` restriction
            # (the admin's snippet listings) would name columns that do not exist there.
            self.fields = None
            if self.vn is None:
                if not self.has_words:
                    return self.queryset.none()
                return super().search(config, start, stop, score_field=score_field)
            return self.vietnamese_results(config, start, stop, score_field)

    class AutocompleteCompiler(Compiler):
        LAST_TERM_IS_PREFIX = True
        TARGET_SEARCH_FIELD_TYPE = AutocompleteField
        FTS_TABLE_FIELDS = ["autocomplete"]
        BM25_WEIGHTS = (1.0, 0.0, 0.0)

        def get_config(self, backend):
            return backend.autocomplete_config

        def get_search_fields_for_model(self):
            return self.queryset.model.get_autocomplete_search_fields()

        def get_index_vectors(self):
            return [(F("index_entry__autocomplete"), 1.0)]

        def check(self):
            pass

    class Results(VietnameseResultsMixin, base.SQLiteSearchResults):
        pass

    class Backend(base.SQLiteSearchBackend):
        query_compiler_class = Compiler
        autocomplete_query_compiler_class = AutocompleteCompiler
        index_class = Index
        results_class = Results
        supports_vietnamese = True

    return Backend


# -- PostgreSQL --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _postgres_classes():
    from modelsearch.backends.database.postgres import postgres as base

    class Indexer(base.ObjectIndexer):
        def prepare_field(self, obj, field):
            if isinstance(field, RelatedFields):
                yield from super().prepare_field(obj, field)
                return
            for current, weight, value in super().prepare_field(obj, field):
                if isinstance(current, AutocompleteField):
                    yield current, weight, autocomplete_text(value, fold_words=False)
                else:
                    yield current, weight, index_text(value, fold_words=False)

        @cached_property
        def body(self):
            texts = []
            for field in self.search_fields:
                for current, weight, value in self.prepare_field(self.obj, field):
                    if isinstance(current, SearchField) and current.field_name != "title":
                        texts.append((value, weight))
            tokens = number_tokens(self.obj)
            if tokens:
                texts.append((" ".join(tokens), "A"))
            return self.as_vector(texts)

    class Index(base.PostgresIndex):
        def add_items(self, model, objs):
            # modelsearch's PostgresIndex.add_items with our indexer, plus the facet rows.
            from django.db.models.sql.subqueries import InsertQuery

            IndexEntry = base.IndexEntry
            if not model.get_search_fields():
                return
            indexers = [Indexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = get_content_type_pk(model)
            compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
            rows_sql, params = [], []
            for indexer in indexers:
                params.extend((content_type_pk, indexer.id))
                vectors_sql = []
                for name in ("title", "autocomplete", "body"):
                    value = compiler.prepare_value(
                        IndexEntry._meta.get_field(name), getattr(indexer, name)
                    )
                    sql, value_params = value.as_sql(compiler, self.write_connection)
                    vectors_sql.append(sql)
                    params.extend(value_params)
                params.extend((indexer.title_text, indexer.body_text))
                rows_sql.append(f"(%s, %s, {', '.join(vectors_sql)}, 1.0, %s, %s)")
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"""
                    INSERT INTO {IndexEntry._meta.db_table}
                        (content_type_id, object_id, title, autocomplete, body, title_norm,
                         title_text, body_text)
                    (VALUES {", ".join(rows_sql)})
                    ON CONFLICT (content_type_id, object_id)
                    DO UPDATE SET title = EXCLUDED.title,
                                  title_norm = 1.0,
                                  autocomplete = EXCLUDED.autocomplete,
                                  body = EXCLUDED.body,
                                  title_text = EXCLUDED.title_text,
                                  body_text = EXCLUDED.body_text
                    """,
                    params,
                )
            self._refresh_title_norms()
            write_facet_entries(model, objs)

        def delete_item(self, item):
            super().delete_item(item)
            delete_facet_entry(item)

    class Compiler(VietnameseCompilerMixin, base.PostgresSearchQueryCompiler):
        fold_query_words = False  # the text search configuration folds

        def build_tsquery_content(self, query, config=None, invert=False):
            return super().build_tsquery_content(_sanitised(query, False), config, invert)

        def _vector(self):
            vectors = [vector for vector, _boost in self.get_index_vectors(None)]
            combined = vectors[0]
            for vector in vectors[1:]:
                combined = combined._combine(vector, "||", False)
            return combined

        def _tsquery(self, words, config=None, operator="and", prefix_last=False):
            terms = words.split()
            saved = self.LAST_TERM_IS_PREFIX
            self.LAST_TERM_IS_PREFIX = prefix_last
            try:
                return self.build_tsquery(PlainText(" ".join(terms), operator=operator), config)
            finally:
                self.LAST_TERM_IS_PREFIX = saved

        def _match_query(self, config):
            query = None
            if self.query.query_string.strip():
                query = self._tsquery(
                    self.query.query_string, config, prefix_last=self.LAST_TERM_IS_PREFIX
                )
            numbers = self.vn.analysed.number_tokens if self.vn else []
            if numbers:
                number_query = self._tsquery(" ".join(numbers), config, operator="or")
                query = number_query if query is None else query | number_query
            return query

        def matching_queryset(self, config=None):
            match = self._match_query(config)
            if match is None:
                return self.queryset.none()
            return self.queryset.alias(_vn_vector=self._vector()).filter(_vn_vector=match)

        def ranked_queryset(self, config=None):
            queryset = self.matching_queryset(config)
            if self.query.query_string.strip():
                vectors = self.get_search_vectors(None)
                rank = self._build_rank_expression(vectors, config)
            else:
                rank = constant(0.0, FloatField())
            whens = []
            analysed = self.vn.analysed if self.vn else None
            if analysed and analysed.number_tokens:
                numbers = self._tsquery(" ".join(analysed.number_tokens), config, operator="or")
                whens.append(When(_vn_vector=numbers, then=Value(TIER_NUMBER)))
            if analysed and analysed.exact_markers and not self.LAST_TERM_IS_PREFIX:
                exact = self._tsquery(" ".join(analysed.exact_markers), config)
                whens.append(When(_vn_vector=exact, then=Value(TIER_EXACT)))
            tier = tier_expression(whens)
            return queryset.annotate(
                _search_tier=tier,
                _search_rank=Coalesce(rank, Value(0.0), output_field=FloatField()),
            )

        def search(self, config, start, stop, score_field=None, backend=None):
            if self.vn is None:
                if isinstance(self.query, PlainText) and not self.has_words:
                    return self.queryset.none()
                return super().search(config, start, stop, score_field=score_field, backend=backend)
            return self.vietnamese_results(config, start, stop, score_field)

    class AutocompleteCompiler(Compiler):
        LAST_TERM_IS_PREFIX = True
        TARGET_SEARCH_FIELD_TYPE = AutocompleteField

        def get_config(self, backend):
            return backend.autocomplete_config

        def get_search_fields_for_model(self):
            return self.queryset.model.get_autocomplete_search_fields()

        def get_index_vectors(self, search_query):
            return [(F("index_entries__autocomplete"), 1.0)]

        def get_fields_vectors(self, search_query):
            return base.PostgresAutocompleteQueryCompiler.get_fields_vectors(self, search_query)

        def check(self):
            pass

    class Results(VietnameseResultsMixin, base.PostgresSearchResults):
        pass

    class Backend(base.PostgresSearchBackend):
        query_compiler_class = Compiler
        autocomplete_query_compiler_class = AutocompleteCompiler
        index_class = Index
        results_class = Results
        supports_vietnamese = True

        def __init__(self, params):
            super().__init__(params)
            # modelsearch hard-codes "simple" for autocomplete; fold there too.
            self.autocomplete_config = self.config or "simple"

    return Backend


@lru_cache(maxsize=1)
def _sqlite_fts_ready():
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    return fts5_available() and fts_table_exists()


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The Vietnamese backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        return _postgres_classes()(params)
    if connection.vendor == "sqlite" and _sqlite_fts_ready():
        params = {key: value for key, value in params.items() if key != "SEARCH_CONFIG"}
        return _sqlite_classes()(params)
    from modelsearch.backends.database import SearchBackend as DefaultBackend

    return DefaultBackend(params)
