"""StreamField blocks shared by every section.

Sections build their body from ``body_blocks()`` and add their own blocks where needed, so an editor
meets the same paragraph, image, table and document blocks everywhere. Alt text is required on
images (Circular 32/2017: accessibility), tables declare their header row.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
    "superscript",
    "subscript",
]

TABLE_OPTIONS = {
    "minSpareRows": 0,
    "startRows": 3,
    "startCols": 3,
    "colHeaders": False,
    "rowHeaders": False,
    "contextMenu": [
        "row_above",
        "row_below",
        "---------",
        "col_left",
        "col_right",
        "---------",
        "remove_row",
        "remove_col",
        "---------",
        "undo",
        "redo",
    ],
    "editor": "text",
    "stretchH": "all",
    "renderer": "text",
    "autoColumnSize": False,
}


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Cấp"),
        choices=[("h2", "Cấp 2"), ("h3", "Cấp 3"), ("h4", "Cấp 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"


class AccessibleImageBlock(blocks.StructBlock):
    """An image with required alternative text, optional caption and credit."""

    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Văn bản thay thế (alt)"),
        max_length=255,
        help_text=_("Mô tả nội dung ảnh cho người khiếm thị; bắt buộc."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=500)
    credit = blocks.CharBlock(label=_("Nguồn ảnh / tác giả"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "blocks/image.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên bộ ảnh"), required=False, max_length=255)
    images = blocks.ListBlock(AccessibleImageBlock(), label=_("Ảnh"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "blocks/gallery.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tệp"))
    title = blocks.CharBlock(
        label=_("Tên hiển thị"), required=False, help_text=_("Để trống để dùng tên tệp.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Tệp đính kèm")
        template = "blocks/document.html"


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Tiêu đề"), required=False, default="Tài liệu đính kèm")
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Tệp"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Danh sách tệp")
        template = "blocks/document_list.html"


class AccessibleTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Tên bảng"), required=False, help_text=_("Đọc cho người dùng trình đọc màn hình.")
    )
    table = TableBlock(label=_("Bảng"), table_options=TABLE_OPTIONS)

    class Meta:
        icon = "table"
        label = _("Bảng")
        template = "blocks/table.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Người phát biểu / nguồn"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Địa chỉ video (YouTube, Vimeo…)"))
    caption = blocks.CharBlock(label=_("Chú thích"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Loại"),
        choices=[("info", "Thông tin"), ("warning", "Lưu ý"), ("success", "Hướng dẫn")],
        default="info",
    )
    title = blocks.CharBlock(label=_("Tiêu đề"), required=False)
    text = blocks.RichTextBlock(label=_("Nội dung"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Khung thông báo")
        template = "blocks/callout.html"


def body_blocks(extra=None):
    """The standard body blocks; ``extra`` adds section-specific ``(name, block)`` pairs."""
    items = [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(label=_("Đoạn văn"), features=RICH_TEXT_FEATURES, icon="pilcrow"),
        ),
        ("image", AccessibleImageBlock()),
        ("gallery", GalleryBlock()),
        ("quote", QuoteBlock()),
        ("video", VideoBlock()),
        ("documents", DocumentListBlock()),
        ("table", AccessibleTableBlock()),
        ("callout", CalloutBlock()),
    ]
    return items + list(extra or [])
