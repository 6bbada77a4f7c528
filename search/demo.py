"""Demo content for search: the /tim-kiem/ page and a few editors' promoted results."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchPage

# (query as editors type it, slug path of the promoted page under the home page, description)
PROMOTIONS = [
    (
        "chức năng nhiệm vụ",
        "gioi-thieu/chuc-nang-nhiem-vu",
        "Vị trí, chức năng, nhiệm vụ và quyền hạn của Sở Nội vụ.",
    ),
    ("cơ cấu tổ chức", "gioi-thieu/co-cau-to-chuc", "Các phòng, ban và đơn vị trực thuộc Sở."),
    ("lãnh đạo sở", "gioi-thieu/lanh-dao-so", "Giám đốc và các Phó Giám đốc Sở."),
    ("lịch sử", "gioi-thieu/lich-su-hinh-thanh", "Quá trình hình thành và phát triển của Sở."),
]


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


def find_page(ctx, slug_path):
    page = ctx.home
    for slug in slug_path.split("/"):
        page = ctx.child(page, slug)
        if page is None:
            return None
    return page


def build_promotions(ctx):
    """Kết quả tìm kiếm đề xuất"""
    for order, (query_string, slug_path, description) in enumerate(PROMOTIONS):
        page = find_page(ctx, slug_path)
        if page is None:
            continue
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"description": description, "sort_order": order}
        )


STEPS = [(70, build_search_page), (71, build_promotions)]
