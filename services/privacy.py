"""Keeping citizens' personal data off public pages.

Questions are published without the asker's name and contact details (Law 91/2025/QH15, Decree
356/2025/NĐ-CP: never publish contact details without a legal basis). Citizens sometimes write their
phone number or email into the question itself, so public texts pass through ``redact``, which
masks anything that looks like an email address or a phone number, and the asker's own name,
email and phone wherever they appear.
"""

import re

from portal.text import fold

MASK = "[đã ẩn]"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.UNICODE)
# 8 or more digits, possibly grouped by spaces, dots or dashes, optionally starting with +84.
PHONE_RE = re.compile(r"(?<!\w)(\+?\d[\d .\-]{6,}\d)(?!\w)")


def normalize_phone(value):
    """Digits only, with the +84 country code rewritten to a leading 0: ``+84 912.345.678`` →
    ``0912345678``."""
    digits = re.sub(r"\D", "", value or "")
    if digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits


def _mask_phone(match):
    digits = re.sub(r"\D", "", match.group(0))
    return MASK if len(digits) >= 8 else match.group(0)


def redact(text, *, name="", email="", phone=""):
    """``text`` without email addresses, phone numbers, and the given name, email and phone."""
    if not text:
        return ""
    result = EMAIL_RE.sub(MASK, text)
    result = PHONE_RE.sub(_mask_phone, result)
    for value in (email, name):
        value = (value or "").strip()
        if len(value) >= 3:
            result = re.sub(re.escape(value), MASK, result, flags=re.IGNORECASE)
    if phone:
        digits = normalize_phone(phone)
        if len(digits) >= 6:
            # the same digits written with any separators
            pattern = r"[ .\-]?".join(re.escape(d) for d in digits)
            result = re.sub(pattern, MASK, result)
    return result


def contains_personal_data(text, *, name="", email="", phone=""):
    """True when ``text`` shows any of the given personal data (diacritics ignored for the name)."""
    if not text:
        return False
    folded = fold(text)
    if email and email.lower() in text.lower():
        return True
    if phone:
        digits = normalize_phone(phone)
        if digits and digits in re.sub(r"\D", "", text):
            return True
    return bool(name and fold(name) in folded)
