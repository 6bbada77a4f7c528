"""StreamField blocks holding a draft's text as structure: Chương, Điều (with its khoản), preamble
and closing. The parser in ``consultations.draft_text`` fills them from pasted plain text; editors
correct them block by block afterwards. Each Điều renders with the anchor ``#dieu-N`` and its own
"Góp ý" action (see ``templates/consultations/draft_consultation_page.html``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from consultations.draft_text import article_anchor, chapter_anchor


class ChapterValue(blocks.StructValue):
    @property
    def anchor(self):
        return chapter_anchor(self.get("number") or "")


class ChapterBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Số chương"), max_length=16, help_text=_("Ví dụ: I, II, III"))
    title = blocks.CharBlock(label=_("Tên chương"), max_length=500, required=False)

    class Meta:
        icon = "title"
        label = _("Chương")
        value_class = ChapterValue


class ClauseBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Số khoản"), max_length=8)
    text = blocks.TextBlock(
        label=_("Nội dung khoản"), help_text=_("Các điểm a), b)… giữ trong khoản.")
    )

    class Meta:
        icon = "list-ol"
        label = _("Khoản")


class ArticleValue(blocks.StructValue):
    @property
    def anchor(self):
        return article_anchor(self.get("number") or 0)

    @property
    def label(self):
        title = self.get("title")
        return f"Điều {self.get('number')}. {title}" if title else f"Điều {self.get('number')}"


class ArticleBlock(blocks.StructBlock):
    number = blocks.IntegerBlock(label=_("Số điều"), min_value=1)
    title = blocks.CharBlock(label=_("Tên điều"), max_length=500, required=False)
    lead = blocks.TextBlock(
        label=_("Đoạn dẫn"), required=False, help_text=_("Phần nội dung trước khoản 1 (nếu có).")
    )
    clauses = blocks.ListBlock(ClauseBlock(), label=_("Các khoản"), default=[])

    class Meta:
        icon = "doc-full"
        label = _("Điều")
        value_class = ArticleValue


def draft_text_blocks():
    return [
        ("preamble", blocks.TextBlock(label=_("Phần mở đầu"), icon="pilcrow")),
        ("chapter", ChapterBlock()),
        ("article", ArticleBlock()),
        ("closing", blocks.TextBlock(label=_("Phần kết, chữ ký"), icon="pilcrow")),
    ]
