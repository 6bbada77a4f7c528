"""PostgreSQL: the ``vi_unaccent`` text search configuration used as the search backend's
SEARCH_CONFIG (docs/search.md). A no-op on every other database.

``unaccent`` removes diacritics and maps đ/Đ to d/D; ``simple`` then lower-cases without
stemming or stop words (neither suits Vietnamese). Every word token type is mapped, including
the ones with digits (``nđ43``), so nothing accented slips past ``unaccent``.
"""

from django.db import migrations

TOKEN_TYPES = (
    "asciiword, asciihword, hword_asciipart, word, hword, hword_part, "
    "numword, numhword, hword_numpart"
)

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vi_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION vi_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION vi_unaccent
            ALTER MAPPING FOR {TOKEN_TYPES} WITH unaccent, simple;
    END IF;
END
$$;
"""

DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS vi_unaccent;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facetentry")]

    operations = [migrations.RunPython(create, drop)]
