"""The news section: the index at /tin-tuc/ with its archives and feeds, and the articles."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from contacts.models import ResponsibleUnitMixin
from news.forms import NewsPageForm
from portal.blocks import body_blocks
from portal.pagination import paginate
from portal.text import nfc, squash_spaces

from .mixins import PressStatementMixin, SourceAttributionMixin
from .taxonomy import NewsCategory, NewsTag

NEWS_PER_PAGE = 20
FEED_ITEMS = 20
AUTO_RELATED = 5


class NewsPageQuerySet(PageQuerySet):
    def listed(self, now=None):
        """Articles a reader may see in lists and feeds: live, public, display date not ahead."""
        return self.live().public().filter(display_date__lte=now or timezone.now())

    def newest_first(self):
        return self.order_by("-display_date", "-pk")

    def for_cards(self):
        """What a list of article cards needs, in a fixed number of queries (no body, images with
        their renditions, categories)."""
        images = get_image_model().objects.prefetch_renditions()
        return self.defer_streamfields().prefetch_related(
            Prefetch("featured_image", queryset=images), "categories"
        )

    def for_feeds(self):
        return self.defer_streamfields().prefetch_related(
            "categories", Prefetch("authors", queryset=NewsAuthor.objects.select_related("person"))
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(RoutablePageMixin, ResponsibleUnitMixin, Page):
    """Tin tức – Sự kiện: the news section at /tin-tuc/.

    Lists the articles under it, newest first, 20 per page; readers can narrow the list to a category
    (/tin-tuc/chuyen-muc/<slug>/), a tag (/tin-tuc/the/<slug>/) or a month (/tin-tuc/<năm>/<tháng>/).
    Every list has an RSS 2.0 feed (…/rss/) and an Atom feed (…/atom/) with the same articles.
    Editors only set the introduction; the lists build themselves.
    """

    intro = models.TextField(_("Lời dẫn"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Trang tin tức")
        verbose_name_plural = _("Trang tin tức")

    # -- querysets ------------------------------------------------------------------------------
    def articles(self):
        return NewsPage.objects.descendant_of(self).listed().newest_first()

    def month_archive(self):
        """``[{"month": date, "count": n}]`` newest first, in one query."""
        months = (
            NewsPage.objects.descendant_of(self)
            .listed()
            .annotate(month=TruncMonth("display_date"))
            .order_by()
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("-month")
        )
        return [{"month": row["month"], "count": row["count"]} for row in months if row["month"]]

    # -- routes ---------------------------------------------------------------------------------
    @path("", name="index")
    @re_path(r"^(?P<feed>rss|atom)/$", name="index_feed")
    def index_route(self, request, feed=None):
        return self.respond(request, self.articles(), feed=feed, base="")

    @path("chuyen-muc/<slug:slug>/", name="category")
    @re_path(r"^chuyen-muc/(?P<slug>[-\w]+)/(?P<feed>rss|atom)/$", name="category_feed")
    def category_route(self, request, slug, feed=None):
        category = get_object_or_404(NewsCategory, slug=slug)
        return self.respond(
            request,
            self.articles().filter(categories=category),
            feed=feed,
            base=f"chuyen-muc/{category.slug}/",
            heading=category.name,
            description=category.description,
            kind=_("Chuyên mục"),
            active_category=category,
        )

    @path("the/<slug:tag>/", name="tag")
    @re_path(r"^the/(?P<tag>[-\w]+)/(?P<feed>rss|atom)/$", name="tag_feed")
    def tag_route(self, request, tag, feed=None):
        tag_obj = get_object_or_404(NewsTag, slug=tag)
        return self.respond(
            request,
            self.articles().filter(tagged_items__tag=tag_obj),
            feed=feed,
            base=f"the/{tag_obj.slug}/",
            heading=tag_obj.name,
            kind=_("Thẻ"),
        )

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<feed>rss|atom)/$", name="month_feed")
    def month_route(self, request, year, month, feed=None):
        year, month = int(year), int(month)
        if not (1 <= month <= 12 and 1900 <= year <= 2999):
            raise Http404("Tháng không hợp lệ.")
        start = timezone.make_aware(datetime.datetime(year, month, 1))
        end = timezone.make_aware(
            datetime.datetime(year + (month == 12), month % 12 + 1, 1)
        )  # local-time month boundaries (Asia/Ho_Chi_Minh)
        return self.respond(
            request,
            self.articles().filter(display_date__gte=start, display_date__lt=end),
            feed=feed,
            base=f"{year}/{month:02d}/",
            heading=f"Tháng {month:02d}/{year}",
            kind=_("Lưu trữ"),
            active_month=datetime.date(year, month, 1),
        )

    def respond(self, request, articles, *, feed, base, heading="", kind="", **extra):
        url = self.get_url(request) + base
        title = f"{self.title} – {heading}" if heading else self.title
        if feed:
            from news.feeds import news_feed_response

            return news_feed_response(
                request,
                kind=feed,
                title=title,
                link=url,
                description=extra.get("description") or self.intro or self.title,
                items=articles.for_feeds()[:FEED_ITEMS],
            )
        page_obj = paginate(request, articles.for_cards(), NEWS_PER_PAGE)
        crumbs = [(f"{kind}: {heading}", url)] if heading else None
        context = {
            "articles": page_obj,
            "page_obj": page_obj,
            "heading": heading,
            "kind": kind,
            "list_title": title,
            "rss_url": url + "rss/",
            "atom_url": url + "atom/",
            "extra_crumbs": crumbs,
            "categories": NewsCategory.objects.all(),
            "months": self.month_archive(),
            "index_url": self.get_url(request),
        }
        context.update(extra)
        return self.render(request, context_overrides=context)


class NewsPageTag(ItemBase):
    """The tags of one article (django-taggit through model, kept with the page's revisions)."""

    tag = models.ForeignKey(NewsTag, on_delete=models.CASCADE, related_name="tagged_news")
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(
    RoutablePageMixin,
    SourceAttributionMixin,
    PressStatementMixin,
    ResponsibleUnitMixin,
    Page,
):
    """Bài viết tin tức: one news article (Art. 7.3–7.6).

    Title, lead (sapo), featured image with caption and credit, body, one or more categories, tags,
    byline, display date, and the "featured on home page" flag. Republished articles name their
    source (Art. 9.3); articles in the press-statement category name the speaker and position
    (Art. 7.6). Each article has a print view without the site chrome at …/in/ and a download at
    …/tai-ve/ (Decree 43/2011 Art. 15: print and save every article).
    """

    lead = models.TextField(
        _("Sapo (tóm tắt)"), help_text=_("Một hai câu tóm tắt, hiển thị in đậm và trong danh sách.")
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_caption = models.CharField(_("Chú thích ảnh"), max_length=500, blank=True)
    featured_image_credit = models.CharField(_("Tác giả ảnh"), max_length=255, blank=True)
    featured_image_alt = models.CharField(
        _("Văn bản thay thế (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả ảnh cho người khiếm thị; để trống sẽ dùng chú thích hoặc tiêu đề."),
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Nội dung"))
    display_date = models.DateTimeField(
        _("Ngày hiển thị"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Để trống để dùng thời điểm xuất bản lần đầu."),
    )
    categories = ParentalManyToManyField(
        NewsCategory, verbose_name=_("Chuyên mục"), related_name="news_pages"
    )
    tags = ClusterTaggableManager(
        verbose_name=_("Thẻ"),
        through=NewsPageTag,
        blank=True,
        help_text=_("Cách nhau bởi dấu phẩy."),
    )
    featured_on_home = models.BooleanField(_("Tin nổi bật trên trang chủ"), default=False)

    objects = NewsPageManager()

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = NewsPageForm

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("featured_image"),
                FieldPanel("featured_image_caption"),
                FieldPanel("featured_image_credit"),
                FieldPanel("featured_image_alt"),
            ],
            heading=_("Ảnh đại diện"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("display_date"),
                FieldPanel("featured_on_home"),
            ],
            heading=_("Phân loại và hiển thị"),
        ),
        InlinePanel("authors", label=_("Tác giả (bút danh)"), heading=_("Tác giả")),
        PressStatementMixin.speaker_panel,
        SourceAttributionMixin.source_panel,
        InlinePanel("related_links", label=_("Tin liên quan"), heading=_("Tin liên quan chọn tay")),
        FieldPanel("responsible_unit"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("lead"),
        index.RelatedFields("authors", [index.SearchField("name")]),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.SearchField("source_name"),
        index.SearchField("speaker_name"),
        index.FilterField("display_date"),
        index.FilterField("featured_on_home"),
    ]

    class Meta:
        verbose_name = _("Bài viết tin tức")
        verbose_name_plural = _("Bài viết tin tức")

    def save(self, *args, **kwargs):
        self.title = nfc(self.title)
        self.draft_title = nfc(self.draft_title)
        self.lead = nfc(self.lead.strip())
        for name in (
            "featured_image_caption",
            "featured_image_credit",
            "featured_image_alt",
            "speaker_name",
            "speaker_position",
            "source_name",
            "source_author",
        ):
            setattr(self, name, nfc(squash_spaces(getattr(self, name))))
        if self.display_date is None and self.first_published_at is not None:
            self.display_date = self.first_published_at
        return super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        for check in (super().clean, self.clean_source_attribution):
            try:
                check()
            except ValidationError as exc:
                errors = exc.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    # -- what the templates show ----------------------------------------------------------------
    @property
    def date(self):
        return self.display_date or self.first_published_at

    @property
    def image_alt(self):
        return self.featured_image_alt or self.featured_image_caption or self.title

    @property
    def byline(self):
        return ", ".join(
            author.display_name for author in self.authors.all() if author.display_name
        )

    def shows_speaker(self, categories):
        return bool(self.speaker_name) and any(c.shows_speaker for c in categories)

    def related_articles(self):
        """Manual choices first (in the editor's order), then up to five newest articles sharing a
        category or a tag; never this article; a fixed number of queries."""
        manual_ids = [link.related_page_id for link in self.related_links.all()]
        listed = NewsPage.objects.listed().exclude(pk=self.pk)
        manual = {page.pk: page for page in listed.filter(pk__in=manual_ids).for_cards()}
        result = [manual[pk] for pk in manual_ids if pk in manual]
        through = NewsPage.categories.through
        same_category = through.objects.filter(
            newscategory_id__in=through.objects.filter(newspage_id=self.pk).values(
                "newscategory_id"
            )
        ).values("newspage_id")
        same_tag = NewsPageTag.objects.filter(
            tag_id__in=NewsPageTag.objects.filter(content_object_id=self.pk).values("tag_id")
        ).values("content_object_id")
        automatic = (
            listed.exclude(pk__in=manual_ids)
            .filter(Q(pk__in=same_category) | Q(pk__in=same_tag))
            .newest_first()
            .for_cards()[:AUTO_RELATED]
        )
        return result + list(automatic)

    def get_context(self, request, *args, print_view=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = list(self.categories.all())
        context.update(
            {
                "categories": categories,
                "tags": list(self.tags.all()),
                "authors": list(self.authors.select_related("person")),
                "show_speaker": self.shows_speaker(categories),
                "related_articles": [] if print_view else self.related_articles(),
                "index_page": self.get_parent(),
                "print_view": print_view,
            }
        )
        return context

    # -- print and save (Decree 43/2011 Art. 15) ------------------------------------------------
    def print_context(self, request):
        context = self.get_context(request, print_view=True)
        context["article_url"] = request.build_absolute_uri(self.get_url(request))
        return context

    @path("in/", name="print")
    def print_view(self, request):
        return TemplateResponse(request, "news/news_page_print.html", self.print_context(request))

    @path("tai-ve/", name="download")
    def download_view(self, request):
        context = self.print_context(request)
        context["base_href"] = context["article_url"]
        response = TemplateResponse(request, "news/news_page_print.html", context)
        response.render()
        download = HttpResponse(response.content, content_type="text/html; charset=utf-8")
        download["Content-Disposition"] = f'attachment; filename="{self.slug}.html"'
        return download


class NewsAuthor(Orderable):
    """One name in an article's byline, optionally linked to a person of the directory."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(
        _("Tên tác giả"),
        max_length=255,
        blank=True,
        help_text=_("Để trống nếu chọn cán bộ trong danh bạ."),
    )
    person = models.ForeignKey(
        "contacts.Person",
        verbose_name=_("Cán bộ trong danh bạ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tác giả")
        verbose_name_plural = _("Tác giả")

    def __str__(self):
        return self.display_name

    def clean(self):
        super().clean()
        self.name = nfc(squash_spaces(self.name))
        if not self.name and not self.person_id:
            raise ValidationError({"name": _("Ghi tên tác giả hoặc chọn cán bộ trong danh bạ.")})

    @property
    def display_name(self):
        if self.name:
            return self.name
        return self.person.full_name if self.person_id and self.person else ""

    @property
    def person_url(self):
        """The public page of the linked person, when the directory offers one."""
        person = self.person if self.person_id else None
        if person is None or not getattr(person, "live", True):
            return ""
        get_url = getattr(person, "get_absolute_url", None)
        return get_url() if callable(get_url) else ""


class NewsRelatedLink(Orderable):
    """An article the editor picked as related to another."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_links")
    related_page = models.ForeignKey(
        NewsPage, verbose_name=_("Bài viết"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("Tin liên quan")
        verbose_name_plural = _("Tin liên quan")
