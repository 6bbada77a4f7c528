"""Demo content for the news section (load_demo step 30): the index at /tin-tuc/, the categories,
and more than forty articles dated over the last 18 months (see ``news/demo_articles.py``)."""

from news.demo_articles import ARTICLES, CATEGORIES, SOURCES
from news.models import NewsAuthor, NewsCategory, NewsIndexPage, NewsPage

INDEX_SLUG = "tin-tuc"


def _units():
    from contacts.models import Unit

    return {unit.slug: unit for unit in Unit.objects.all()}


def build_categories(units):
    categories = {}
    for order, (slug, name, description, shows_speaker, unit_slug) in enumerate(CATEGORIES):
        category = NewsCategory.objects.filter(slug=slug).first()
        if category is None:
            category = NewsCategory.objects.create(
                slug=slug,
                name=name,
                description=description,
                shows_speaker=shows_speaker,
                sort_order=(order + 1) * 10,
                responsible_unit=units.get(unit_slug),
            )
        categories[slug] = category
    return categories


def news_index(ctx, units):
    home = ctx.home
    existing = ctx.child(home, INDEX_SLUG)
    if existing is not None and not isinstance(existing, NewsIndexPage):
        # a placeholder left by home's final step before the news section existed
        is_placeholder = type(existing)._meta.label_lower == "home.standardpage"
        if is_placeholder and not existing.get_children().exists():
            existing.delete()
        else:
            return existing
    return ctx.page(
        home,
        NewsIndexPage,
        INDEX_SLUG,
        title="Tin tức – Sự kiện",
        show_in_menus=True,
        intro="Tin hoạt động, hội nghị, tập huấn, thông cáo báo chí và các sự kiện nổi bật của Sở "
        "Nội vụ tỉnh Hưng Yên và các đơn vị trực thuộc.",
        search_description="Tin tức, sự kiện, thông cáo báo chí của Sở Nội vụ tỉnh Hưng Yên.",
        responsible_unit=units.get("van-phong"),
    )


def article_body(ctx, spec):
    body = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in spec["paragraphs"]]
    if spec.get("quote"):
        quote, who = spec["quote"]
        body.insert(1, {"type": "quote", "value": {"quote": quote, "attribution": who}})
    if spec.get("table"):
        rows = spec["table"]
        body.append(
            {
                "type": "table",
                "value": {
                    "caption": "Số liệu chính",
                    "table": {"data": rows, "first_row_is_table_header": True},
                },
            }
        )
    if spec.get("gallery"):
        images = [
            ctx.image(f"{spec['title']} – ảnh {number}", width=800, height=533)
            for number in (1, 2, 3)
        ]
        body.append(
            {
                "type": "gallery",
                "value": {
                    "title": "Một số hình ảnh",
                    "images": [
                        {
                            "image": image.pk,
                            "alt_text": f"Quang cảnh: {spec['title']} (ảnh {number})",
                            "caption": f"Ảnh {number}",
                            "credit": "Văn phòng Sở",
                        }
                        for number, image in enumerate(images, start=1)
                    ],
                },
            }
        )
    if spec.get("document"):
        title, text = spec["document"]
        document = ctx.document(title, text)
        body.append(
            {
                "type": "documents",
                "value": {
                    "heading": "Tài liệu đính kèm",
                    "documents": [{"document": document.pk, "title": title}],
                },
            }
        )
    return body


def build_article(ctx, index, spec, categories, units):
    date = ctx.days_ago(spec["days"], hour=7 + spec["days"] % 9, minute=(spec["days"] * 7) % 60)
    page = NewsPage(
        title=spec["title"],
        slug=spec["slug"],
        lead=spec["lead"],
        body=article_body(ctx, spec),
        featured_image=ctx.image(spec["title"]),
        featured_image_caption=spec["title"],
        featured_image_credit="Văn phòng Sở Nội vụ",
        featured_image_alt=f"Ảnh minh họa: {spec['title']}",
        display_date=date,
        first_published_at=date,
        featured_on_home=spec.get("featured", False),
        responsible_unit=units.get(spec["unit"]),
        search_description=spec["lead"][:250],
        categories=[categories[slug] for slug in spec["categories"]],
        authors=[NewsAuthor(name=spec.get("author") or "Văn phòng Sở Nội vụ")],
        live=True,
    )
    if spec.get("speaker"):
        page.speaker_name, page.speaker_position = spec["speaker"]
    if spec.get("source"):
        key, author = spec["source"]
        name, url = SOURCES[key]
        page.is_republished = True
        page.source_name, page.source_author, page.source_url = name, author, url
    page.tags.add(*spec["tags"])
    index.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
    return page


def build_news(ctx):
    """Tin tức: chuyên mục, trang tin và hơn 40 bài viết"""
    units = ctx.data.get("units") or _units()
    categories = build_categories(units)
    index = news_index(ctx, units)
    if not isinstance(index, NewsIndexPage):
        ctx.log("  /tin-tuc/ đã có trang khác, bỏ qua tin mẫu")
        return
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    created = 0
    for spec in ARTICLES:
        if spec["slug"] in existing:
            continue
        build_article(ctx, index, spec, categories, units)
        created += 1
    if created:
        ctx.log(f"  tạo {created} bài viết")
    ctx.data["news_index"] = index
    ctx.data["news_categories"] = categories


STEPS = [(30, build_news)]
