"""OpenSearch / Elasticsearch for larger installations, with Vietnamese folding.

Selected by ``SEARCH_URL`` (see ``portal/settings/base.py`` and docs/search.md)::

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.elasticsearch",
        "URLS": [SEARCH_URL], "ENGINE": "opensearch2", "INDEX_PREFIX": "sonv_"}}

On top of modelsearch's backend for ``ENGINE`` this adds:

* index settings whose analysers fold Vietnamese: a ``mapping`` char filter for đ/Đ, then
  ``lowercase`` and ``asciifolding`` with ``preserve_original`` — a word is indexed both as written
  and folded, so ``noi vu`` finds "Nội vụ" and a query typed with diacritics scores the exact
  spelling higher (it matches both tokens);
* a ``_vn_numbers`` keyword field with the document-number tokens of ``search_numbers()``, and
  queries that give a matching number a large constant boost, so it comes first;
* the facet rows (``search.models.FacetEntry``) written whenever an object is indexed.

The client library is not a default requirement: install ``opensearch-py`` (or
``elasticsearch``) in the version your server needs.
"""

from copy import deepcopy
from functools import cache
from importlib import import_module

from django.core.exceptions import ImproperlyConfigured
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

from search.backends.indexing import delete_facet_entry, number_tokens, write_facet_entries
from search.backends.query import VietnameseQuery

ENGINES = {
    "opensearch2": ("modelsearch.backends.opensearch2", "opensearch-py>=2,<3"),
    "opensearch3": ("modelsearch.backends.opensearch3", "opensearch-py>=3"),
    "elasticsearch7": ("modelsearch.backends.elasticsearch7", "elasticsearch>=7,<8"),
    "elasticsearch8": ("modelsearch.backends.elasticsearch8", "elasticsearch>=8,<9"),
    "elasticsearch9": ("modelsearch.backends.elasticsearch9", "elasticsearch>=9,<10"),
}

NUMBERS_FIELD = "_vn_numbers"
NUMBER_BOOST = 1000


def vietnamese_index_settings():
    """The ``INDEX_SETTINGS`` merged into modelsearch's defaults."""
    fold = ["lowercase", "vi_folding"]
    return {
        "settings": {
            "analysis": {
                "char_filter": {
                    "vi_d_stroke": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}
                },
                "filter": {"vi_folding": {"type": "asciifolding", "preserve_original": True}},
                "analyzer": {
                    # Every text field without an explicit analyser (the search fields and
                    # _all_text) is analysed — and searched — with this one.
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": ["vi_d_stroke"],
                        "filter": fold,
                    },
                    "ngram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": ["vi_d_stroke"],
                        "filter": ["lowercase", "asciifolding", "ngram"],
                    },
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": ["vi_d_stroke"],
                        "filter": ["lowercase", "asciifolding", "edgengram"],
                    },
                    "vi_autocomplete_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "char_filter": ["vi_d_stroke"],
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
            }
        }
    }


class VietnameseMappingMixin:
    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "vi_autocomplete_search",
    }

    def get_mapping(self):
        mapping = super().get_mapping()
        mapping["properties"][NUMBERS_FIELD] = {"type": "keyword"}
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        document[NUMBERS_FIELD] = number_tokens(obj)
        return document


class VietnameseQueryCompilerMixin:
    """``VietnameseQuery`` → ``(all words) OR (a document number, boosted)``."""

    def get_inner_query(self):
        if not isinstance(self.query, VietnameseQuery):
            return super().get_inner_query()
        analysed = self.query.analysed
        should = []
        if analysed.words:
            words = PlainText(" ".join(analysed.words), operator="and")
            should.append(self._compile_plaintext_query(words, self.remapped_fields))
        if analysed.number_tokens:
            should.append(
                {
                    "constant_score": {
                        "filter": {"terms": {NUMBERS_FIELD: analysed.number_tokens}},
                        "boost": NUMBER_BOOST,
                    }
                }
            )
        if not should:
            return self._process_match_none()
        return {"bool": {"should": should, "minimum_should_match": 1}}


class VietnameseAutocompleteMixin:
    def __init__(self, queryset, query, **kwargs):
        if isinstance(query, VietnameseQuery):
            query = query.as_plain_text()
        super().__init__(queryset, query, **kwargs)


class VietnameseIndexMixin:
    def add_item(self, item):
        super().add_item(item)
        write_facet_entries(item._meta.model, [item])

    def add_items(self, model, items):
        super().add_items(model, items)
        write_facet_entries(model, items)

    def delete_item(self, item):
        super().delete_item(item)
        delete_facet_entry(item)


@cache
def vietnamese_backend_class(base):
    """``base`` (a modelsearch Elasticsearch/OpenSearch backend class) taught Vietnamese."""
    name = base.__name__

    def derive(mixin, cls, **attrs):
        return type(f"Vietnamese{cls.__name__}", (mixin, cls), attrs)

    mapping = derive(VietnameseMappingMixin, base.mapping_class)
    return type(
        f"Vietnamese{name}",
        (base,),
        {
            "mapping_class": mapping,
            "query_compiler_class": derive(
                VietnameseQueryCompilerMixin, base.query_compiler_class, mapping_class=mapping
            ),
            "autocomplete_query_compiler_class": derive(
                VietnameseAutocompleteMixin,
                base.autocomplete_query_compiler_class,
                mapping_class=mapping,
            ),
            "index_class": derive(VietnameseIndexMixin, base.index_class),
            "settings": deep_update(deepcopy(base.settings), vietnamese_index_settings()),
            "supports_vietnamese_query": True,
        },
    )


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    params = dict(params)
    engine = params.pop("ENGINE", "opensearch2")
    if engine not in ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not one of {', '.join(sorted(ENGINES))}."
        )
    module_path, requirement = ENGINES[engine]
    try:
        module = import_module(module_path)
    except ImportError as error:
        raise ImproperlyConfigured(
            f"SEARCH_URL is set but the {engine} client is not installed: "
            f"pip install '{requirement}' ({error})."
        ) from error
    return vietnamese_backend_class(module.SearchBackend)(params)
