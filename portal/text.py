"""Vietnamese text helpers shared by every app.

* ``nfc`` — Unicode NFC, the form TCVN 6909:2001 requires for stored text (Art. 10.2 of the regulation).
* ``fold`` — diacritic-insensitive form for matching: strip combining marks after NFD and map
  đ/Đ explicitly (U+0111 has no decomposition, so generic "remove accents" code misses it).
"""

import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(value):
    """Return ``value`` in Unicode NFC; non-strings pass through unchanged."""
    if not isinstance(value, str):
        return value
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def fold(value, *, lower=True):
    """Vietnamese without diacritics: ``"Sở Nội vụ"`` → ``"so noi vu"`` (``lower=False`` keeps case)."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", str(value).translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped)
    return stripped.lower() if lower else stripped


def squash_spaces(value):
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(str(value or "").split())
