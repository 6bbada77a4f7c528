"""The admin form of a legal document: relation checks across the inline formset.

Model ``clean()`` checks the document's own fields (number, dates, files); relations live in an
inline formset that is validated after the form, so self-relations, duplicates and replacement
cycles are checked here and reported on the offending row, in Vietnamese, before anything is saved.
"""

from wagtail.admin.forms import WagtailAdminPageForm


class LegalDocumentPageForm(WagtailAdminPageForm):
    def clean(self):
        from .models.pages import type_refused_message

        cleaned_data = super().clean()
        document_type = cleaned_data.get("document_type")
        parent = getattr(self, "parent_page", None)
        if document_type is not None and parent is not None:
            message = type_refused_message(parent.specific, document_type)
            if message:
                self.add_error("document_type", message)
        return cleaned_data

    def is_valid(self):
        from .models.relations import relation_errors

        valid = super().is_valid()
        relations = self.formsets.get("relations")
        if relations is None or not relations.is_valid():
            return valid
        if not getattr(self, "_relations_checked", False):
            self._relations_checked = True
            rows = []
            for index, form in enumerate(relations.forms):
                data = getattr(form, "cleaned_data", None) or {}
                if not data or data.get("DELETE"):
                    continue
                target = data.get("target")
                rows.append((index, data.get("relation_type"), target.pk if target else None))
            for index, message in relation_errors(self.instance.pk, rows).items():
                relations.forms[index].add_error("target", message)
        return valid and relations.is_valid() and not any(form.errors for form in relations.forms)
