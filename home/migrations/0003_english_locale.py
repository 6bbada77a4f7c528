"""English is available as a second content language (Decree 42/2022/NĐ-CP)."""

from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]
    operations = [migrations.RunPython(add_english, migrations.RunPython.noop)]
