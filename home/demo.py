"""Demo content for the site skeleton: home page, introduction subtree, site settings, English tree,
the human sitemap, placeholders for sections not built yet, and the demo administrator."""

import io
import math

from django.contrib.auth import get_user_model
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.models import HomePage, PortalLink, SitemapPage, SiteSettings, StandardPage
from portal.demo import save_image

# The first-level sections, in menu order. A section whose app has not created its page by step 90
# gets a StandardPage placeholder so every address of the portal answers.
SECTIONS = [
    ("gioi-thieu", "Giới thiệu"),
    ("tin-tuc", "Tin tức – Sự kiện"),
    ("van-ban", "Văn bản"),
    ("lay-y-kien", "Lấy ý kiến dự thảo"),
    ("lich-cong-tac", "Lịch công tác"),
    ("danh-ba", "Danh bạ"),
    ("thu-tuc-hanh-chinh", "Thủ tục hành chính"),
    ("hoi-dap", "Hỏi đáp"),
    ("tim-kiem", "Tìm kiếm"),
    ("so-do-trang", "Sơ đồ trang"),
]


def paragraph(*texts):
    return [{"type": "paragraph", "value": "".join(f"<p>{t}</p>" for t in texts)}]


def bullet_list(items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


INTRO_PAGES = [
    {
        "slug": "chuc-nang-nhiem-vu",
        "title": "Chức năng, nhiệm vụ",
        "intro": "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hưng Yên, tham mưu, giúp "
        "Ủy ban nhân dân tỉnh quản lý nhà nước về công tác nội vụ.",
        "body": [
            {"type": "heading", "value": {"text": "Vị trí và chức năng", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Sở Nội vụ tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: tổ "
                "chức hành chính, sự nghiệp nhà nước; vị trí việc làm, biên chế công chức, số lượng "
                "người làm việc; cán bộ, công chức, viên chức; chính quyền địa phương, địa giới "
                "hành chính; hội, tổ chức phi chính phủ; văn thư, lưu trữ nhà nước; tín ngưỡng, "
                "tôn giáo; thi đua, khen thưởng; công tác thanh niên; lao động, tiền lương, việc "
                "làm, bảo hiểm xã hội và bình đẳng giới.</p><p>Sở Nội vụ có tư cách pháp nhân, có "
                "con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công "
                "tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về "
                "chuyên môn, nghiệp vụ của Bộ Nội vụ.</p>",
            },
            {"type": "heading", "value": {"text": "Nhiệm vụ và quyền hạn chủ yếu", "level": "h2"}},
            {
                "type": "paragraph",
                "value": bullet_list(
                    [
                        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch, chương trình "
                        "dài hạn, trung hạn và hằng năm về công tác nội vụ.",
                        "Hướng dẫn, kiểm tra việc thực hiện các văn bản quy phạm pháp luật, quy "
                        "hoạch, kế hoạch về tổ chức bộ máy, biên chế và cải cách hành chính.",
                        "Quản lý đội ngũ cán bộ, công chức, viên chức; tổ chức thi tuyển, xét "
                        "tuyển, nâng ngạch, thăng hạng theo phân cấp.",
                        "Tham mưu công tác xây dựng chính quyền địa phương hai cấp và sắp xếp đơn "
                        "vị hành chính.",
                        "Quản lý nhà nước về văn thư, lưu trữ; tín ngưỡng, tôn giáo; thi đua, "
                        "khen thưởng; công tác thanh niên.",
                        "Giải quyết thủ tục hành chính thuộc thẩm quyền; tiếp nhận, trả lời ý "
                        "kiến, kiến nghị của tổ chức, cá nhân.",
                    ]
                ),
            },
        ],
    },
    {
        "slug": "co-cau-to-chuc",
        "title": "Cơ cấu tổ chức",
        "intro": "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn, chi cục và đơn vị "
        "sự nghiệp trực thuộc.",
        "body": [
            {
                "type": "paragraph",
                "value": "<p>Cơ cấu tổ chức của Sở Nội vụ tỉnh Hưng Yên gồm:</p>"
                + bullet_list(
                    [
                        "Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.",
                        "Văn phòng Sở; Thanh tra Sở.",
                        "Phòng Tổ chức – Biên chế; Phòng Xây dựng chính quyền và Công tác thanh "
                        "niên; Phòng Công chức – Viên chức.",
                        "Ban Thi đua – Khen thưởng; Ban Tôn giáo.",
                        "Chi cục Văn thư – Lưu trữ.",
                    ]
                )
                + "<p>Danh sách cán bộ, số điện thoại và hòm thư công vụ của từng đơn vị có tại "
                '<a href="/danh-ba/">Danh bạ</a>.</p>',
            }
        ],
    },
    {
        "slug": "lich-su-hinh-thanh",
        "title": "Lịch sử hình thành và phát triển",
        "intro": "Từ Ban Tổ chức chính quyền tỉnh đến Sở Nội vụ hôm nay: hơn ba mươi năm xây dựng và "
        "trưởng thành.",
        "body": paragraph(
            "Sau khi tỉnh Hưng Yên được tái lập từ ngày 01/01/1997, Ban Tổ chức chính quyền tỉnh "
            "được kiện toàn để tham mưu về tổ chức bộ máy, biên chế và cán bộ, công chức. Năm 2004, "
            "Ban được đổi tên thành Sở Nội vụ theo Nghị định số 171/2004/NĐ-CP của Chính phủ.",
            "Qua các lần sắp xếp tổ chức bộ máy, Sở Nội vụ được giao thêm các lĩnh vực văn thư – "
            "lưu trữ, tôn giáo, thi đua – khen thưởng, công tác thanh niên; năm 2025, Sở tiếp nhận "
            "chức năng, nhiệm vụ về lao động, việc làm, bảo hiểm xã hội khi sắp xếp các cơ quan "
            "chuyên môn của tỉnh.",
            "Sở Nội vụ đã được tặng thưởng Huân chương Lao động hạng Nhì, hạng Ba và nhiều Bằng "
            "khen, Cờ thi đua của Chính phủ, Bộ Nội vụ và Ủy ban nhân dân tỉnh.",
        ),
    },
    {
        "slug": "lanh-dao-so",
        "title": "Lãnh đạo Sở",
        "intro": "Giám đốc và các Phó Giám đốc Sở Nội vụ tỉnh Hưng Yên, lĩnh vực phụ trách và thông tin "
        "liên hệ.",
        "body": paragraph(
            "Lãnh đạo Sở chịu trách nhiệm trước Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân "
            "tỉnh về toàn bộ hoạt động của Sở. Thông tin liên hệ của từng đồng chí có tại mục "
            "Danh bạ."
        ),
    },
]

PORTAL_LINKS = [
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Bộ Nội vụ", "https://moha.gov.vn"),
    ("Cổng thông tin điện tử tỉnh Hưng Yên", "https://hungyen.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
]


def draw_emblem(size=256):
    """A red disc with a gold five-pointed star: the demo stand-in for the agency's emblem."""
    picture = PILImage.new("RGB", (size, size), "#ffffff")
    draw = ImageDraw.Draw(picture)
    draw.ellipse([4, 4, size - 4, size - 4], fill="#c8102e", outline="#ffd54a", width=8)
    cx = cy = size / 2
    outer, inner = size * 0.32, size * 0.13
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    draw.polygon(points, fill="#ffd54a")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def emblem_image():
    image_model = get_image_model()
    title = "Biểu trưng Sở Nội vụ tỉnh Hưng Yên"
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = save_image(title, draw_emblem(), "bieu-trung-so-noi-vu.png")
    return image


def build_site(ctx):
    """Trang chủ, Giới thiệu, thông tin cơ quan"""
    home = ctx.home
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root is not a HomePage; run migrations first.")
    if home.title != "Trang chủ" or not home.intro:
        home.title = "Trang chủ"
        home.intro = (
            "Trang thông tin điện tử của Sở Nội vụ tỉnh Hưng Yên: thông tin về tổ chức bộ máy, "
            "cán bộ, công chức, viên chức, chính quyền địa phương, văn thư – lưu trữ, tôn giáo, "
            "thi đua – khen thưởng và công tác thanh niên; văn bản, thủ tục hành chính và kênh hỏi "
            "đáp, góp ý của người dân."
        )
        home.save_revision(log_action=False).publish(log_action=False)

    about = ctx.page(
        home,
        StandardPage,
        "gioi-thieu",
        title="Giới thiệu",
        show_in_menus=True,
        intro="Giới thiệu chung về Sở Nội vụ tỉnh Hưng Yên: chức năng, nhiệm vụ, cơ cấu tổ chức, "
        "lịch sử hình thành và lãnh đạo Sở.",
        search_description="Chức năng, nhiệm vụ, cơ cấu tổ chức, lịch sử và lãnh đạo Sở.",
        body=paragraph(
            "Sở Nội vụ tỉnh Hưng Yên là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện "
            "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác nội vụ "
            "trên địa bàn tỉnh.",
        ),
    )
    for spec in INTRO_PAGES:
        ctx.page(
            about,
            StandardPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            search_description=spec["intro"][:250],
            body=spec["body"],
        )
    ctx.data["about_page"] = about

    settings = SiteSettings.for_site(ctx.site)
    if not settings.address:
        settings.emblem = emblem_image()
        settings.address = "Số 8, đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên"
        settings.phone = "0221 3862 216"
        settings.fax = "0221 3862 217"
        settings.email = "sonv@hungyen.gov.vn"
        settings.responsible_person = (
            "Phó Giám đốc Sở – Trưởng Ban Biên tập Trang thông tin điện tử"
        )
        settings.licence = (
            "Giấy phép thiết lập trang thông tin điện tử tổng hợp trên Internet do Sở Thông tin và "
            "Truyền thông tỉnh Hưng Yên cấp"
        )
        settings.copyright = "© Bản quyền thuộc Sở Nội vụ tỉnh Hưng Yên"
        settings.save()
    if not settings.portal_links.exists():
        for order, (title, url) in enumerate(PORTAL_LINKS):
            PortalLink.objects.create(settings=settings, title=title, url=url, sort_order=order)

    build_english(ctx, home, about)
    if ctx.with_users:
        create_admin(ctx)


def build_english(ctx, home, about):
    """The English tree (Decree 42/2022: English organisation structure and contacts)."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    home_en = home.get_translation_or_none(english)
    if home_en is None:
        home_en = home.copy_for_translation(english)
        home_en.title = "Home"
        home_en.intro = (
            "Official website of the Department of Home Affairs of Hưng Yên Province: organisation, "
            "civil service, local government, archives, religious affairs, emulation and "
            "commendation, and youth affairs."
        )
        home_en.body = []
        home_en.save_revision(log_action=False).publish(log_action=False)
    about_en = about.get_translation_or_none(english)
    if about_en is None:
        about_en = about.copy_for_translation(english)
        about_en.title = "About us"
        about_en.intro = "The Department of Home Affairs of Hưng Yên Province at a glance."
        about_en.search_description = "Functions, organisation structure and leadership."
        about_en.body = paragraph(
            "The Department of Home Affairs is a specialised agency of the Hưng Yên Provincial "
            "People's Committee. It advises and assists the Committee in the state management of "
            "administrative organisation, staffing, civil servants and public employees, local "
            "government, administrative boundaries, associations, archives, religious affairs, "
            "emulation and commendation, youth affairs, labour, wages, employment and social "
            "insurance.",
        )
        about_en.save_revision(log_action=False).publish(log_action=False)


def create_admin(ctx):
    user_model = get_user_model()
    admin = user_model.objects.filter(username="admin").first()
    if admin is None:
        user_model.objects.create_superuser(
            "admin",
            "quantri@sonv.hungyen.gov.vn",
            ctx.password,
            first_name="Quản trị",
            last_name="",
        )
        ctx.log("  tạo tài khoản admin")


def finish_site(ctx):
    """Chỗ giữ chỗ cho chuyên mục còn thiếu, sơ đồ trang, thứ tự menu"""
    home = ctx.home
    for slug, title in SECTIONS:
        if ctx.child(home, slug) is not None:
            continue
        if slug == "so-do-trang":
            ctx.page(
                home,
                SitemapPage,
                slug,
                title=title,
                show_in_menus=True,
                intro="Toàn bộ các trang đang được công bố trên Trang thông tin điện tử.",
            )
        else:
            ctx.page(
                home,
                StandardPage,
                slug,
                title=title,
                show_in_menus=slug != "tim-kiem",
                intro="Chuyên mục đang được xây dựng.",
            )
    order_sections(home)


def order_sections(home):
    """Put the first-level sections in menu order (treebeard moves only what is out of place)."""
    wanted = [slug for slug, _title in SECTIONS]
    previous = None
    for slug in wanted:
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            continue
        if previous is None:
            first = home.get_first_child()
            if first.pk != page.pk:
                page.move(home, pos="first-child")
        else:
            next_sibling = previous.get_next_sibling()
            if next_sibling is None or next_sibling.pk != page.pk:
                page.move(previous, pos="right")
        previous = Page.objects.get(pk=page.pk)


STEPS = [(10, build_site), (90, finish_site)]
