"""The admin form of a news article: rules that depend on the categories chosen in the same form."""

from wagtail.admin.forms import WagtailAdminPageForm

from news.models.mixins import PressStatementMixin


class NewsPageForm(WagtailAdminPageForm):
    """Adds the press-statement rule (Art. 7.6) to Wagtail's page form.

    The model cannot check it in ``clean()``: the categories ticked in the form are saved after the
    model is validated. The source rule (Art. 9.3) lives in the model and reaches this form through
    Django's model validation, so both errors appear on their fields.
    """

    def clean(self):
        cleaned_data = super().clean()
        categories = cleaned_data.get("categories") or []
        errors = PressStatementMixin.speaker_errors(
            categories,
            cleaned_data.get("speaker_name", ""),
            cleaned_data.get("speaker_position", ""),
        )
        for field, message in errors.items():
            if field in self.fields:
                self.add_error(field, message)
        return cleaned_data
