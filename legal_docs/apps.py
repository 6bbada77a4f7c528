from django.apps import AppConfig


class LegalDocsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "legal_docs"
    verbose_name = "Văn bản"

    def ready(self):
        from . import signals  # noqa: F401
