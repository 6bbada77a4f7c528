"""OpenSearch/Elasticsearch: the settings and documents the backend produces (no server needed)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page

from home.models import StandardPage
from search.backends import elasticsearch
from search.backends.query import VietnameseQuery

ROOT = Path(__file__).resolve().parents[2]


class RecordingClient:
    """Stands in for the network client: records how the backend would connect."""

    def __init__(self, **options):
        self.options = options


class BaseEngine(ElasticsearchBaseSearchBackend):
    client_class = RecordingClient


@pytest.fixture
def backend():
    cls = elasticsearch.vietnamese_backend_class(BaseEngine)
    return cls({"URLS": ["https://search.example:9200"], "INDEX_PREFIX": "sonv_"})


def test_index_settings_fold_vietnamese(backend):
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["char_filter"]["vi_d_stroke"] == {
        "type": "mapping",
        "mappings": ["đ => d", "Đ => D"],
    }
    assert analysis["filter"]["vi_folding"] == {"type": "asciifolding", "preserve_original": True}
    default = analysis["analyzer"]["default"]
    assert default["char_filter"] == ["vi_d_stroke"]
    assert default["filter"] == ["lowercase", "vi_folding"]
    for name in ["edgengram_analyzer", "ngram_analyzer", "vi_autocomplete_search"]:
        assert analysis["analyzer"][name]["char_filter"] == ["vi_d_stroke"]
        assert "asciifolding" in analysis["analyzer"][name]["filter"]
    # modelsearch's own pieces are kept
    assert analysis["filter"]["edgengram"]["type"] == "edge_ngram"
    assert backend.settings["settings"]["index"]["max_ngram_diff"] == 12
    assert backend.hosts[0]["host"] == "search.example" and backend.hosts[0]["use_ssl"]
    assert backend.get_index_for_model(StandardPage).name == "sonv_wagtailcore_page"


def test_autocomplete_is_folded_at_search_time_too(backend):
    mapping = backend.mapping_class(StandardPage).get_mapping()["properties"]
    assert mapping["_edgengrams"]["search_analyzer"] == "vi_autocomplete_search"
    assert mapping["_vn_numbers"] == {"type": "keyword"}


@pytest.mark.django_db
def test_documents_carry_number_tokens(backend, home_page, make_page, monkeypatch):
    monkeypatch.setattr(
        StandardPage, "search_numbers", lambda self: ["43/2011/NĐ-CP"], raising=False
    )
    page = make_page(home_page, StandardPage, title="Nghị định 43/2011/NĐ-CP")
    document = backend.mapping_class(StandardPage).get_document(page)
    assert document["_vn_numbers"] == ["zso43y2011kndcp", "zso43y2011", "zso43kndcp"]
    assert document["title"] == "Nghị định 43/2011/NĐ-CP"


@pytest.mark.django_db
def test_query_matches_all_words_or_a_boosted_number(backend):
    query = VietnameseQuery.parse("Nghị định 43/2011/NĐ-CP")
    compiler = backend.query_compiler_class(Page.objects.live(), query)
    compiled = compiler.get_query()
    inner = compiled["bool"]["must"]["bool"]
    words, number = inner["should"]
    assert inner["minimum_should_match"] == 1
    assert words["multi_match"]["query"] == "nghị định 43 2011 nđ cp"
    assert words["multi_match"]["operator"] == "and"
    assert number["constant_score"]["filter"] == {"terms": {"_vn_numbers": ["zso43y2011kndcp"]}}
    assert number["constant_score"]["boost"] == elasticsearch.NUMBER_BOOST
    assert {"term": {"live_filter": True}} in compiled["bool"]["filter"]


def test_unknown_engine_and_missing_client_fail_clearly():
    with pytest.raises(ImproperlyConfigured, match="not one of"):
        elasticsearch.SearchBackend({"ENGINE": "solr"})
    try:
        import opensearchpy  # noqa: F401
    except ImportError:
        with pytest.raises(ImproperlyConfigured, match="pip install 'opensearch-py"):
            elasticsearch.SearchBackend({"ENGINE": "opensearch2", "URLS": ["http://x:9200"]})


def _settings_with(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SEARCH_URL", "DATABASE_URL"}}
    environment.update(env)
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps(s.WAGTAILSEARCH_BACKENDS['default']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout.strip().splitlines()[-1])


def test_search_url_selects_opensearch_with_vietnamese_backend():
    config = _settings_with(
        SEARCH_URL="https://opensearch.internal:9200", SEARCH_ENGINE="opensearch3"
    )
    assert config == {
        "BACKEND": "search.backends.elasticsearch",
        "URLS": ["https://opensearch.internal:9200"],
        "ENGINE": "opensearch3",
        "INDEX_PREFIX": "sonv_",
        "TIMEOUT": 5,
    }


def test_without_search_url_the_database_backend_uses_vi_unaccent():
    assert _settings_with() == {
        "BACKEND": "search.backends.database",
        "SEARCH_CONFIG": "vi_unaccent",
    }
