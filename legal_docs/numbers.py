"""Số ký hiệu (document numbers): validation and the normalised key used for matching.

A number is stored as the editor wrote it (NFC, surrounding spaces trimmed) and, next to it, a
*key*: diacritics folded (Đ → D), upper case, without spaces — ``43/2011/NĐ-CP`` → ``43/2011/ND-CP``.
The key is unique per issuing body, indexed, and is what keyword search and the site search match.

Formats (Decree 30/2020/NĐ-CP on official correspondence; national law database):

* normative documents carry the year: ``43/2011/NĐ-CP``, ``22/2023/TT-BTTTT``, ``91/2025/QH15``,
  ``05/2019/NQ-HĐND``, ``21/2004/PL-UBTVQH11``;
* administrative documents usually do not: ``680/QĐ-UBND``, ``1234/SNV-VP``, ``26/CT-TTg``.
"""

import re

from portal.text import fold, nfc

# number [letter] [/year] / issuer-code [-code ...]; checked on the key (folded, upper, no spaces)
NUMBER_KEY_RE = re.compile(
    r"^(?P<seq>\d{1,6})[A-Z]?(?:/(?P<year>(?:19|20)\d{2}))?/[A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*$"
)

NUMBER_EXAMPLES = "43/2011/NĐ-CP, 22/2023/TT-BTTTT, 91/2025/QH15, 680/QĐ-UBND"


def clean_number(value):
    """The number as written, in NFC, spaces collapsed and trimmed (``" 43/2011/NĐ-CP "``)."""
    return " ".join(nfc(str(value or "")).split())


def number_key(value):
    """``"43/2011/NĐ-CP"`` → ``"43/2011/ND-CP"``; ``"nđ-cp 43/2011"`` → ``"ND-CP43/2011"``."""
    return "".join(fold(clean_number(value), lower=False).upper().split())


def parse_number(value):
    """``(key, sequence, year)`` for a valid number, or None when the format is not recognised."""
    key = number_key(value)
    match = NUMBER_KEY_RE.match(key)
    if not match:
        return None
    year = match.group("year")
    return key, int(match.group("seq")), int(year) if year else None


def number_search_variants(value):
    """Forms under which the number should be found by a search engine that tokenises words.

    ``43/2011/NĐ-CP`` → ``"43/2011/NĐ-CP 43/2011/ND-CP 43/2011 ND-CP 43 2011 ND CP NĐ CP NDCP"``,
    so ``43/2011/ND-CP``, ``nd-cp 43/2011``, ``43/2011`` and ``nghị định 43`` all match.
    """
    written = clean_number(value)
    if not written:
        return ""
    key = number_key(written)
    # PostgreSQL's search splits queries on spaces and hyphens ("43/2011/ND-CP" → "43/2011/ND",
    # "CP"), so the hyphen-split forms are indexed too.
    parts = [written, key, key.replace("-", " "), written.replace("-", " ")]
    pieces = key.split("/")
    if len(pieces) >= 2:
        parts.append("/".join(pieces[:-1]))  # 43/2011
        parts.append(pieces[-1])  # ND-CP
    words = re.split(r"[/\-\s]+", key)
    parts.extend(words)
    parts.extend(re.split(r"[/\-\s]+", written))
    parts.append("".join(re.split(r"[/\-\s]+", pieces[-1])))  # NDCP
    seen = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return " ".join(seen)
