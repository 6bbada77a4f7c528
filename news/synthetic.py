"""Plausible synthetic news articles in bulk, for benchmarks (``manage.py generate_news N``).

Articles are written straight into the page tree in batches (treebeard paths computed here, one
multi-row INSERT per table and batch) instead of one ``add_child`` and revision each, so tens of
thousands of articles take seconds. They are live, dated over the last 18 months, categorised and
tagged, but have no revisions (like pages imported from an old site). ``index_in_search=True`` adds
them to the search index as well.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from news.demo_articles import CATEGORIES
from news.models import NewsAuthor, NewsCategory, NewsIndexPage, NewsPage, NewsPageTag, NewsTag
from portal.text import fold

BATCH = 500

ACTIONS = [
    "Hội nghị triển khai",
    "Tập huấn",
    "Sơ kết",
    "Tổng kết",
    "Kiểm tra",
    "Hướng dẫn",
    "Hội thảo về",
    "Đẩy mạnh",
    "Nâng cao hiệu quả",
    "Thông cáo báo chí về",
    "Giao ban",
    "Triển khai kế hoạch",
]
TOPICS = [
    ("công tác cải cách hành chính", "cải cách hành chính"),
    ("chuyển đổi số trong cơ quan nhà nước", "chuyển đổi số"),
    ("công tác văn thư, lưu trữ", "văn thư lưu trữ"),
    ("quản lý nhà nước về tín ngưỡng, tôn giáo", "tôn giáo"),
    ("công tác thi đua, khen thưởng", "thi đua khen thưởng"),
    ("công tác thanh niên", "công tác thanh niên"),
    ("tuyển dụng công chức, viên chức", "tuyển dụng"),
    ("sắp xếp tổ chức bộ máy", "tổ chức bộ máy"),
    ("vị trí việc làm và biên chế", "vị trí việc làm"),
    ("dịch vụ công trực tuyến", "dịch vụ công trực tuyến"),
    ("xây dựng chính quyền địa phương hai cấp", "chính quyền hai cấp"),
    ("lưu trữ hồ sơ điện tử", "lưu trữ điện tử"),
    ("đánh giá, xếp loại công chức", "đánh giá công chức"),
    ("văn hóa công vụ", "văn hóa công vụ"),
]
PLACES = [
    "tại các xã, phường",
    "năm nay",
    "quý này",
    "tại các sở, ngành",
    "cho công chức cấp xã",
    "trên địa bàn tỉnh",
    "giai đoạn mới",
    "tại Sở Nội vụ",
]
SENTENCES = [
    "Sở Nội vụ đề nghị các cơ quan, đơn vị tổ chức thực hiện nghiêm túc, báo cáo kết quả đúng hạn.",
    "Các đại biểu đã trao đổi nhiều kinh nghiệm thực tiễn và đề xuất giải pháp tháo gỡ vướng mắc.",
    "Kết quả được công khai trên Trang thông tin điện tử của Sở để người dân theo dõi, giám sát.",
    "Lãnh đạo Sở yêu cầu nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
    "Việc triển khai bảo đảm đúng quy định của pháp luật và hướng dẫn của Bộ Nội vụ.",
    "Các phòng chuyên môn được giao theo dõi, đôn đốc và tổng hợp kết quả thực hiện.",
    "Nhiều mô hình hay, cách làm hiệu quả đã được ghi nhận và nhân rộng.",
]
AUTHORS = ["Minh Châu", "Hoàng Lan", "Thu Trang", "Văn phòng Sở Nội vụ", "Quang Vinh", "Ngọc Mai"]


def ensure_categories():
    categories = list(NewsCategory.objects.all())
    if categories:
        return categories
    for order, (slug, name, description, shows_speaker, _unit) in enumerate(CATEGORIES):
        NewsCategory.objects.create(
            slug=slug,
            name=name,
            description=description,
            shows_speaker=shows_speaker,
            sort_order=(order + 1) * 10,
        )
    return list(NewsCategory.objects.all())


def ensure_tags():
    tags = []
    for _topic, name in TOPICS:
        slug = slugify(fold(name))
        tag = NewsTag.objects.filter(slug=slug).first() or NewsTag.objects.create(
            name=name, slug=slug
        )
        tags.append(tag)
    return tags


def _insert_rows(model, objs):
    """One multi-row INSERT of ``objs`` into ``model``'s own table (not its parents')."""
    fields = [f for f in model._meta.local_concrete_fields if not getattr(f, "generated", False)]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    rows = [[f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields] for obj in objs]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)


def generate_articles(count, *, index=None, seed=None, now=None, index_in_search=False):
    """Create ``count`` live articles under ``index`` (the first news index by default); returns
    the number created."""
    if count <= 0:
        return 0
    index = index or NewsIndexPage.objects.order_by("path").first()
    if index is None:
        raise ValueError("Chưa có trang Tin tức (NewsIndexPage); chạy load_demo trước.")
    rng = random.Random(seed)
    now = now or timezone.now()
    categories = ensure_categories()
    tags = ensure_tags()
    content_type = ContentType.objects.get_for_model(NewsPage)
    created = 0
    with transaction.atomic():
        index = Page.objects.select_for_update().get(pk=index.pk)
        last = index.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        taken = set(Page.objects.child_of(index).values_list("slug", flat=True))
        while created < count:
            size = min(BATCH, count - created)
            bases, details, pairs = [], [], []
            for _ in range(size):
                step += 1
                action = rng.choice(ACTIONS)
                topic, tag_name = rng.choice(TOPICS)
                title = f"{action} {topic} {rng.choice(PLACES)}"
                slug = f"{slugify(fold(title))[:70]}-{uuid.UUID(int=rng.getrandbits(128)).hex[:8]}"
                while slug in taken:
                    slug = f"{slug[:70]}-{rng.randrange(10**6)}"
                taken.add(slug)
                date = now - datetime.timedelta(minutes=rng.randrange(1, 18 * 30 * 24 * 60))
                bases.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(index.path, index.depth + 1, step),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=date,
                        last_published_at=date,
                        locale_id=index.locale_id,
                        search_description="",
                    )
                )
                paragraphs = rng.sample(SENTENCES, 3)
                details.append(
                    {
                        "lead": f"{title}: {paragraphs[0]}",
                        "body": [
                            {"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs
                        ],
                        "display_date": date,
                        "featured_on_home": rng.random() < 0.03,
                        "categories": rng.sample(categories, rng.choice((1, 1, 2))),
                        "tags": {tags[[t for _p, t in TOPICS].index(tag_name)], rng.choice(tags)},
                    }
                )
            Page.objects.bulk_create(bases)
            pages = []
            for base, detail in zip(bases, details, strict=True):
                page = NewsPage(
                    page_ptr_id=base.pk,
                    lead=detail["lead"],
                    body=detail["body"],
                    display_date=detail["display_date"],
                    featured_on_home=detail["featured_on_home"],
                )
                pages.append(page)
                pairs.append((base.pk, detail))
            _insert_rows(NewsPage, pages)
            through = NewsPage.categories.through
            through.objects.bulk_create(
                through(newspage_id=pk, newscategory_id=category.pk)
                for pk, detail in pairs
                for category in detail["categories"]
            )
            NewsPageTag.objects.bulk_create(
                NewsPageTag(content_object_id=pk, tag_id=tag.pk)
                for pk, detail in pairs
                for tag in detail["tags"]
            )
            NewsAuthor.objects.bulk_create(
                NewsAuthor(page_id=pk, name=rng.choice(AUTHORS), sort_order=0) for pk, _ in pairs
            )
            created += size
            if index_in_search:
                from wagtail.search.backends import get_search_backend

                get_search_backend().add_bulk(
                    NewsPage, NewsPage.objects.filter(pk__in=[pk for pk, _ in pairs])
                )
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + created)
    return created
