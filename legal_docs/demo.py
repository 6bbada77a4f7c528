"""Demo content for legal documents (load_demo step 40): the lists, the registers and 90 documents.

Idempotent: lists are found by slug, registers by slug, documents by (issuing body, number key);
only what is missing is created. See ``demo_data.py`` for what is real and what is illustrative.
"""

import datetime
import html
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify

from contacts.models import Unit
from portal.text import fold
from portal.workdays import WorkingCalendar

from .demo_data import BODIES, DOCUMENTS, FIELDS, REGISTERS, TYPES
from .models import (
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalField,
)
from .numbers import number_key
from .status import refresh_statuses

TEXTS = Path(__file__).resolve().parent / "demo_texts"


def seed_lists():
    types = {}
    for order, (name, slug, abbreviation, group) in enumerate(TYPES, start=1):
        types[slug] = DocumentType.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "abbreviation": abbreviation,
                "default_group": group,
                "sort_order": order * 10,
            },
        )[0]
    bodies = {}
    for order, (name, slug, short_name, level) in enumerate(BODIES, start=1):
        bodies[slug] = IssuingBody.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "short_name": short_name,
                "level": level,
                "sort_order": order * 10,
            },
        )[0]
    fields = {}
    for order, (name, slug) in enumerate(FIELDS, start=1):
        fields[slug] = LegalField.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order * 10}
        )[0]
    return types, bodies, fields


def build_registers(ctx, types, units):
    registers = {}
    for slug, parent_slug, title, type_slugs, unit_slug, intro in REGISTERS:
        parent = ctx.home if parent_slug is None else registers[parent_slug]
        existing = ctx.child(parent, slug)
        if existing is not None and not isinstance(existing, LegalDocumentIndexPage):
            if existing.get_children().exists():
                ctx.log(f"  /{slug}/ đã là trang khác có trang con; bỏ qua sổ văn bản")
                return None
            existing.delete()  # a placeholder made before this section existed
        register = ctx.page(
            parent,
            LegalDocumentIndexPage,
            slug,
            title=title,
            show_in_menus=parent_slug is None,
            intro=f"<p>{html.escape(intro)}</p>",
            search_description=intro[:250],
            responsible_unit=units.get(unit_slug),
        )
        wanted = {types[s].pk for s in type_slugs}
        if wanted and set(register.document_types.values_list("pk", flat=True)) != wanted:
            register.document_types.set([types[s] for s in type_slugs])
            register.save_revision(log_action=False).publish(log_action=False)
        registers[slug] = register
    return registers


def resolve_date(value, today):
    if value is None:
        return None
    if isinstance(value, tuple):
        return today + datetime.timedelta(days=value[1])
    return datetime.datetime.strptime(value, "%d/%m/%Y").date()


_CALENDAR = WorkingCalendar()


def add_working_days(day, count, today):
    return min(_CALENDAR.add_working_days(day, count), today)


def full_text_html(filename):
    """The seed's plain text as headings (Chương, Điều) and paragraphs."""
    lines = [line.strip() for line in (TEXTS / filename).read_text("utf-8").splitlines()]
    lines = [line for line in lines if line]
    parts = []
    index = 0
    while index < len(lines):
        line = lines[index].replace("**", "").strip()
        if line.startswith("Chương "):
            words = line.split(None, 2)
            if len(words) == 2 and index + 1 < len(lines):  # title on the next line
                index += 1
                line = f"{line}. {lines[index].replace('**', '').strip()}"
            elif len(words) == 3:
                line = f"{words[0]} {words[1]}. {words[2]}"
            parts.append(f"<h3>{html.escape(line)}</h3>")
        elif line.startswith("Điều ") and "." in line[:10]:
            parts.append(f"<h4>{html.escape(line)}</h4>")
        else:
            parts.append(f"<p>{html.escape(line)}</p>")
        index += 1
    return "".join(parts)


def pdf_text(spec, type_name, body_name, issued_on):
    lines = [
        body_name.upper(),
        f"{type_name} số {spec['number']} ngày {issued_on:%d/%m/%Y}",
        spec["title"],
        "",
        "Bản điện tử dùng cho trang thông tin (tài liệu minh họa của bản demo).",
    ]
    if spec.get("full_text"):
        lines += ["", (TEXTS / spec["full_text"]).read_text("utf-8")]
    return "\n".join(lines)


def create_document(ctx, spec, registers, types, bodies, fields, units, by_number):
    today = ctx.today
    document_type = types[spec["type"]]
    body = bodies[spec["body"]]
    issued_on = resolve_date(spec["issued"], today)
    effective_on = resolve_date(spec["effective"], today)
    published_on = add_working_days(issued_on, spec.get("published_delay", 1), today)
    signer, signer_title = spec.get("signer", ("", ""))
    register = registers[spec.get("register", "van-ban")]
    display = f"{document_type.name} {spec['number']}"
    main_file = ctx.document(
        f"{display} – {spec['title']}"[:250],
        pdf_text(spec, document_type.name, body.name, issued_on),
        filename=f"{slugify(fold(display.replace('/', '-')))}.pdf",
    )
    page = LegalDocumentPage(
        title=spec["title"],
        slug=slugify(fold(display.replace("/", "-")))[:200],
        number=spec["number"],
        document_type=document_type,
        group=spec.get("group", ""),
        issuing_body=body,
        signer_name=signer,
        signer_title=signer_title,
        issued_on=issued_on,
        effective_on=effective_on,
        expires_on=resolve_date(spec.get("expires"), today),
        expiry_reason=spec.get("expiry_reason", ""),
        published_on=published_on,
        main_file=main_file,
        full_text=full_text_html(spec["full_text"]) if spec.get("full_text") else "",
        responsible_unit=units.get(spec.get("unit", "van-phong")),
        search_description=f"{display}: {spec['title']}"[:250],
        first_published_at=timezone.make_aware(
            datetime.datetime.combine(published_on, datetime.time(8, 0))
        ),
        live=True,
    )
    page.legal_fields = [fields[slug] for slug in spec["fields"]]
    for relation in spec["relations"]:
        relation_type, target_number, *rest = relation
        page.relations.add(
            DocumentRelation(
                relation_type=relation_type,
                target=by_number[target_number],
                partial=bool(rest and rest[0]),
                note=rest[1] if len(rest) > 1 else "",
            )
        )
    register.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
    return page


def build_legal_documents(ctx):
    """Sổ văn bản: danh mục, văn bản pháp luật thật và văn bản minh họa"""
    types, bodies, fields = seed_lists()
    units = {unit.slug: unit for unit in Unit.objects.all()}
    registers = build_registers(ctx, types, units)
    if registers is None:
        return
    existing = {
        (body_id, key): page
        for body_id, key, page in (
            (p.issuing_body_id, p.number_key, p)
            for p in LegalDocumentPage.objects.only("id", "issuing_body_id", "number_key")
        )
    }
    by_number = {}
    created = 0
    for spec in DOCUMENTS:
        body = bodies[spec["body"]]
        page = existing.get((body.pk, number_key(spec["number"])))
        if page is None:
            page = create_document(ctx, spec, registers, types, bodies, fields, units, by_number)
            created += 1
        by_number[spec["number"]] = page
    changed = refresh_statuses()
    ctx.data["legal_registers"] = registers
    ctx.log(f"  {created} văn bản mới, {len(changed)} văn bản đổi tình trạng hiệu lực")


STEPS = [(40, build_legal_documents)]
