"""vCard 4.0 (RFC 6350) contact cards for the directory.

Written by hand because a card is a dozen lines and the one maintained Python library (vobject) is
not otherwise needed; the rules that matter are implemented and tested: CRLF line ends, lines
folded at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2), TEXT values escaped
(``\\``, ``,``, ``;``, newline; §3.4), VERSION right after BEGIN (§6.7.9), telephone numbers as
``tel:`` URIs (§6.4.1). A mobile number is written only when the person made it public.
"""

import re

from django.utils import timezone

from portal.text import nfc

LINE_LIMIT = 75  # octets, excluding the CRLF


def escape_text(value):
    """Escape a TEXT value (RFC 6350 §3.4)."""
    value = nfc(str(value or ""))
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line):
    """Fold a content line into chunks of at most 75 octets, continuation lines start with a space."""
    chunks = []
    current = b""
    limit = LINE_LIMIT
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            chunks.append(current)
            current = b""
            limit = LINE_LIMIT - 1  # the leading space counts
        current += encoded
    chunks.append(current)
    return b"\r\n ".join(chunks).decode("utf-8")


def tel_uri(number):
    """``0221 3862 204`` → ``tel:+842213862204``; ``None`` when there are no digits."""
    digits = re.sub(r"\D", "", str(number or ""))
    if not digits:
        return None
    if str(number).strip().startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("84") and len(digits) > 10:
        return f"tel:+{digits}"
    if digits.startswith("0"):
        digits = digits[1:]
    return f"tel:+84{digits}"


def split_vietnamese_name(full_name):
    """``Nguyễn Văn Hùng`` → (family ``Nguyễn``, given ``Hùng``, middle ``Văn``)."""
    parts = nfc(full_name or "").split()
    if len(parts) < 2:
        return (parts[0] if parts else "", "", "")
    return parts[0], parts[-1], " ".join(parts[1:-1])


def person_vcard(person, memberships, labels, lang="vi"):
    """The vCard text of ``person`` holding ``memberships`` (current appointments)."""
    from .data import localized

    family, given, middle = split_vietnamese_name(person.full_name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:individual",
        f"FN:{escape_text(person.full_name)}",
        f"N:{escape_text(family)};{escape_text(given)};{escape_text(middle)};;",
        f"LANG:{'en' if lang == 'en' else 'vi'}",
    ]
    first = memberships[0] if memberships else None
    if first is not None:
        unit = first.unit
        lines.append(
            f"ORG:{escape_text(labels['agency'])};{escape_text(localized(unit, 'name', lang))}"
        )
        titles = ", ".join(
            f"{localized(m.position, 'name', lang)} – {localized(m.unit, 'name', lang)}"
            for m in memberships
        )
        lines.append(f"TITLE:{escape_text(titles)}")
        if unit.address:
            lines.append(
                "ADR;TYPE=work:;;"
                f"{escape_text(unit.address)};;{escape_text(labels['region'])};;"
                f"{escape_text(labels['country'])}"
            )
    office = tel_uri(person.office_phone) or (tel_uri(first.unit.phone) if first else None)
    if office:
        lines.append(f'TEL;VALUE=uri;TYPE="work,voice":{office}')
    mobile = tel_uri(person.public_mobile)
    if mobile:
        lines.append(f'TEL;VALUE=uri;TYPE="cell,voice":{mobile}')
    if person.email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(person.email)}")
    lines.append(f"REV:{timezone.now().strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)
