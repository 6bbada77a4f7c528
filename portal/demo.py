"""The demo-content framework behind ``manage.py load_demo``.

Each app contributes a ``demo.py`` module with ``STEPS = [(order, function), ...]``; the command
discovers them in INSTALLED_APPS and runs every step in ``order`` (home's tree first at 10, contacts
20, news 30, legal documents 40, consultations 50, services 60, search 70, home's final touches 90).
Each step receives a ``DemoContext`` and must be idempotent: find what exists by a natural key
(slug, title, number) and create only what is missing, so a second run changes nothing.

Everything is generated locally (Pillow images, tiny PDFs): nothing is downloaded.
"""

import datetime
import io
import random
import textwrap
from importlib import import_module

from django.apps import apps
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from portal.text import fold

PALETTE = ["#a4161a", "#1d4e89", "#2a6f4e", "#7a4b94", "#b3541e", "#305f72", "#6b705c"]


def discover_steps():
    """``[(order, app_label, function), ...]`` from every installed app's ``demo`` module."""
    steps = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.demo")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.demo":
                raise
            continue
        for order, function in getattr(module, "STEPS", []):
            steps.append((order, config.label, function))
    steps.sort(key=lambda item: (item[0], item[1]))
    return steps


class DemoContext:
    """What every demo step shares: the output, today's date, the site, and creation helpers."""

    def __init__(self, stdout=None, with_users=False, password="", seed=2026):
        self.stdout = stdout
        self.with_users = with_users
        self.password = password
        self.now = timezone.localtime()
        self.today = self.now.date()
        self.random = random.Random(seed)
        self.data = {}  # steps may leave objects for later steps (e.g. "units")

    # -- output ---------------------------------------------------------------------------------
    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # -- time -----------------------------------------------------------------------------------
    def days_ago(self, days, hour=8, minute=0):
        """An aware datetime ``days`` before today at ``hour:minute`` local time."""
        day = self.today - datetime.timedelta(days=days)
        naive = datetime.datetime.combine(day, datetime.time(hour, minute))
        return timezone.make_aware(naive)

    # -- site and pages -------------------------------------------------------------------------
    @property
    def site(self):
        from wagtail.models import Site

        return Site.objects.select_related("root_page").get(is_default_site=True)

    @property
    def home(self):
        return self.site.root_page.specific

    def child(self, parent, slug):
        """The child of ``parent`` with ``slug`` (specific), or None."""
        page = parent.get_children().filter(slug=slug).first()
        return page.specific if page else None

    def page(self, parent, page_class, slug, publish=True, **fields):
        """Get the child ``slug`` of ``parent`` or create it as ``page_class(**fields)``.

        An existing page is returned unchanged (idempotency). If it exists with another page type
        (for instance a StandardPage placeholder made before the section existed), it is returned
        as is; the section's step decides whether to replace it.
        """
        existing = self.child(parent, slug)
        if existing is not None:
            return existing
        page = page_class(slug=slug, live=publish, **fields)
        parent.add_child(instance=page)
        revision = page.save_revision(log_action=False)
        if publish:
            revision.publish(log_action=False)
        return page

    # -- media ----------------------------------------------------------------------------------
    def image(self, title, caption=None, width=1200, height=675, color=None):
        """A locally drawn JPEG image titled ``title`` (reused if it already exists)."""
        from wagtail.images import get_image_model

        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        content = draw_picture(caption or title, width, height, color or self._color(title))
        return save_image(title, content, f"{slug_for_file(title)}.jpg")

    def document(self, title, text=None, filename=None):
        """A small real PDF document titled ``title`` (reused if it already exists)."""
        from wagtail.documents import get_document_model

        document_model = get_document_model()
        existing = document_model.objects.filter(title=title).first()
        if existing:
            return existing
        document = document_model(title=title)
        name = filename or f"{slug_for_file(title)}.pdf"
        document.file.save(name, ContentFile(make_pdf(text or title)), save=False)
        document.save()
        return document

    def _color(self, key):
        return PALETTE[sum(map(ord, key)) % len(PALETTE)]


def save_image(title, content, filename):
    """Store image bytes as a Wagtail image (width and height read from the file)."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model()(title=title, file=ImageFile(io.BytesIO(content), name=filename))
    image.save()
    return image


def slug_for_file(title, limit=60):
    text = "".join(ch if ch.isalnum() else "-" for ch in fold(title))
    return "-".join(part for part in text.split("-") if part)[:limit] or "tep"


def _font(size):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # pragma: no cover - very old Pillow
        return ImageFont.load_default()


def draw_picture(caption, width=1200, height=675, color="#a4161a"):
    """JPEG bytes of a plain coloured picture with ``caption`` written on it."""
    picture = PILImage.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(picture)
    # a light band and a star-like emblem so pictures are not flat colour blocks
    draw.rectangle([0, height * 3 // 4, width, height], fill="#f5f0e6")
    cx, cy, r = width // 2, height // 3, min(width, height) // 8
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline="#ffd54a", width=max(4, r // 10))
    font = _font(max(18, width // 28))
    lines = textwrap.wrap(caption, width=40)[:3]
    y = height * 3 // 4 + 12
    for line in lines:
        draw.text((40, y), line, fill="#222222", font=font)
        y += font.size + 8 if hasattr(font, "size") else 24
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def make_pdf(text):
    """Bytes of a minimal valid one-page PDF showing ``text`` (diacritics folded: base-14 fonts)."""
    lines = []
    for paragraph in fold(text, lower=False).splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, 90) or [""])
    lines = lines[:60]

    def escape(line):
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 10 Tf", "14 TL", "50 800 Td"]
    for line in lines:
        stream_lines.append(f"({escape(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def build_roles_and_workflows(ctx):
    """Vai trò, quy trình duyệt và tài khoản mẫu"""
    from portal.demo_roles import build_roles

    build_roles(ctx)


def build_holidays(ctx):
    """Lịch ngày nghỉ lễ, Tết, ngày làm bù"""
    from portal.holidays_vn import seed_holidays

    added = seed_holidays(ctx.today.year + 1)
    if added:
        ctx.log(f"  {added} ngày nghỉ lễ, làm bù")


STEPS = [(15, build_holidays), (25, build_roles_and_workflows)]
