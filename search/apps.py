from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from search.models import FacetEntry

        FacetEntry.add_generic_relations()
