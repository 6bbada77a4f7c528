"""PostgreSQL only: a trigram GIN index so the register's diacritic-free keyword search
(``search_text LIKE '%token%'`` on the folded column) stays fast with 100,000 documents.

SQLite has no such index type; there the search scans the (small) table.
"""

from django.db import migrations

INDEX = "legaldoc_search_text_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON legal_docs_legaldocumentpage "
        "USING gin (search_text gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("legal_docs", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
