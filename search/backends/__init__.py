"""Search backends that understand Vietnamese (docs/search.md).

``search.backends.database``       SQLite FTS5 or PostgreSQL, chosen by the connection's vendor
``search.backends.elasticsearch``  OpenSearch / Elasticsearch when ``SEARCH_URL`` is set
"""
