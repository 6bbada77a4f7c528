"""Demo content for search: the /tim-kiem/ page."""

from search.models import SearchPage


def build_search_page(ctx):
    """Trang tìm kiếm"""
    ctx.page(
        ctx.home,
        SearchPage,
        "tim-kiem",
        title="Tìm kiếm",
        show_in_menus=False,
        intro="Gõ từ khóa có dấu hoặc không dấu, số ký hiệu văn bản (ví dụ 43/2011/NĐ-CP) hoặc tên "
        "thủ tục hành chính.",
    )


STEPS = [(70, build_search_page)]
