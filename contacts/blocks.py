"""StreamField blocks that show directory data inside ordinary pages (home.StandardPage).

* ``CurrentLeadersBlock`` — the "Lãnh đạo Sở" introduction: today's leaders with photo, post,
  areas of responsibility, contacts and biography (Decree 43/2011 Art. 10, Decree 42/2022), then
  the former leaders from the appointment history under their own heading.
* ``OrganisationChartBlock`` — the unit tree with each unit's head and contacts.

Both read the data when the page is rendered, so the introduction never goes stale, and both
render English names on the English site. Each runs a fixed number of queries.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from contacts.labels import labels_for, language_of


def _page_language(parent_context):
    page = (parent_context or {}).get("page")
    return language_of(page)


def _directory_url(page, lang):
    """The URL of the published directory page in the page's language (or ``None``)."""
    from contacts.models import DirectoryPage

    pages = DirectoryPage.objects.live().public()
    if page is not None and getattr(page, "locale_id", None):
        pages = pages.filter(locale_id=page.locale_id)
    directory = pages.first()
    return directory.url if directory else None


class CurrentLeadersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Tiêu đề"),
        required=False,
        help_text=_("Để trống: «Lãnh đạo đương nhiệm» (tiếng Anh: «Current leadership»)."),
    )
    show_biography = blocks.BooleanBlock(
        label=_("Hiện tóm tắt tiểu sử"), required=False, default=True
    )
    show_former = blocks.BooleanBlock(
        label=_("Hiện lãnh đạo qua các thời kỳ"), required=False, default=True
    )
    former_heading = blocks.CharBlock(
        label=_("Tiêu đề phần lãnh đạo qua các thời kỳ"),
        required=False,
        help_text=_("Để trống: «Lãnh đạo Sở qua các thời kỳ»."),
    )

    class Meta:
        icon = "group"
        label = _("Lãnh đạo Sở (lấy từ danh bạ)")
        template = "contacts/blocks/current_leaders.html"
        help_text = _(
            "Hiển thị Giám đốc, các Phó Giám đốc đương nhiệm và lãnh đạo qua các thời kỳ từ "
            "danh bạ (Danh bạ › Cán bộ). Sửa thông tin tại danh bạ, không sửa ở đây."
        )

    def get_context(self, value, parent_context=None):
        from contacts.directory import current_leaders, former_leaders

        context = super().get_context(value, parent_context=parent_context)
        lang = _page_language(parent_context)
        labels = labels_for(lang)
        context["lang"] = lang
        context["labels"] = labels
        context["heading"] = value.get("heading") or labels["current_leaders"]
        context["former_heading"] = value.get("former_heading") or labels["former_leaders"]
        context["leaders"] = current_leaders()
        context["former"] = former_leaders() if value.get("show_former") else []
        return context


class OrganisationChartBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Tiêu đề"), required=False, help_text=_("Để trống: «Sơ đồ tổ chức».")
    )

    class Meta:
        icon = "list-ul"
        label = _("Sơ đồ tổ chức (lấy từ danh bạ)")
        template = "contacts/blocks/organisation_chart.html"

    def get_context(self, value, parent_context=None):
        from contacts.directory import directory_tree

        context = super().get_context(value, parent_context=parent_context)
        lang = _page_language(parent_context)
        labels = labels_for(lang)
        context["lang"] = lang
        context["labels"] = labels
        context["heading"] = value.get("heading") or labels["org_chart"]
        context["tree"] = directory_tree()
        context["directory_url"] = _directory_url((parent_context or {}).get("page"), lang)
        return context


def directory_blocks():
    """The ``(name, block)`` pairs home.StandardPage adds to its body."""
    return [
        ("current_leaders", CurrentLeadersBlock()),
        ("organisation_chart", OrganisationChartBlock()),
    ]
