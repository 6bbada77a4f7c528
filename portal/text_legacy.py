"""Recognise and repair Vietnamese text typed in a legacy encoding (Art. 10.2: TCVN 6909:2001 only).

Documents copied from old office files still arrive as:

* **TCVN3 (ABC)**, the ``.VnTime`` fonts: one byte per letter, read as Windows-1252/Latin-1
  characters — ``Së Néi vô tØnh H­ng Yªn`` (the "ư" is U+00AD, a soft hyphen);
* **VNI**, the ``VNI-Times`` fonts: a base letter followed by a mark character —
  ``Sôû Noäi vuï tænh Höng Yeân``;
* **UTF-8 read as Windows-1252** ("mojibake") — ``Sá»Ÿ Ná»™i vá»¥ tá»‰nh HÆ°ng YÃªn``.

``detect(text)`` says whether a text looks like one of these and returns the converted text;
``convert(text, encoding)`` converts explicitly. Detection never flags clean Vietnamese Unicode:
it only considers texts with words that are *not* Vietnamese syllables, and only when a conversion
turns them into Vietnamese syllables.
"""

import re
import unicodedata
from dataclasses import dataclass

TCVN3 = "tcvn3"
VNI = "vni"
MOJIBAKE = "cp1252"

ENCODING_LABELS = {
    TCVN3: "TCVN3 (ABC)",
    VNI: "VNI",
    MOJIBAKE: "UTF-8 bị đọc nhầm thành Windows-1252",
}

# --- TCVN3 -------------------------------------------------------------------------------------
# TCVN 5712:1993 (VN3, the ".VnTime" fonts), bytes 0xA1–0xFF. Checked against glibc's iconv
# TCVN5712-1 table. Bytes 0x80–0x9F are left alone: once read as Windows-1252 they are ordinary
# punctuation (“ ” – … ‘ ’) in clean text. 0xB0–0xB4 (combining marks in VN1) are left alone too:
# "°" and "±" are common in clean text.
_TCVN3_BYTES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ", 0xAF: "Ằ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ", 0xBA: "Ẳ", 0xBB: "ằ", 0xBC: "ẳ",
    0xBD: "ẵ", 0xBE: "ắ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ", 0xCC: "è",
    0xCD: "Ể", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ",
    0xD5: "ế", 0xD6: "ệ", 0xD7: "ì", 0xD8: "ỉ", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xDC: "ĩ",
    0xDD: "í", 0xDE: "ị", 0xDF: "ò", 0xE0: "Ổ", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ", 0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ",
    0xED: "ớ", 0xEE: "ợ", 0xEF: "ù", 0xF0: "Ỗ", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự", 0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ",
    0xFD: "ý", 0xFE: "ỵ", 0xFF: "Ố",
}  # fmt: skip
TCVN3_TABLE = str.maketrans({chr(byte): char for byte, char in _TCVN3_BYTES.items()})

# --- VNI ---------------------------------------------------------------------------------------
# VNI Windows: letters that stand alone, and mark characters that follow a vowel.
_VNI_LETTERS = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "æ": "ỉ", "Æ": "Ỉ", "ì": "ì", "Ì": "Ì", "í": "í", "Í": "Í", "ó": "ĩ", "Ó": "Ĩ",
    "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
_VNI_VOWELS = set("aeiouyAEIOUYơưƠƯ")
_CIRCUMFLEX_BASES = set("aeoAEO")
_BREVE_BASES = set("aA")

# --- Vietnamese syllables ----------------------------------------------------------------------
_TONES = {_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT}
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(uyê|uya|iêu|yêu|ươi|ươu|uôi|oai|oay|oao|oeo|uây|uầy|"
    r"iê|yê|ươ|uô|ưa|ưi|ưu|ua|uơ|ui|uy|ia|iu|oa|oă|oe|oi|ôi|ơi|ai|ao|au|âu|ay|ây|eo|êu|uâ|uê|"
    r"[aăâeêioôơuưy])"
    r"(ch|ng|nh|[cmnpt])?$"
)
_TOKEN_STRIP = "\"'“”‘’()[]{}<>.,;:!?…–—-/\\«»*_#%+=|~`^&@$0123456789"
_TAG = re.compile(r"<[^>]*>")
_LATIN1_SUSPECT = re.compile(r"[\u0080-\u00ff]")


def is_vietnamese_syllable(word):
    """True for a Vietnamese syllable (any case, NFC or NFD): one vowel nucleus, at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return bool(_SYLLABLE.match(base))


def _tokens(text):
    plain = _TAG.sub(" ", text)
    for raw in re.split(r"[ \t\r\n]+", plain):
        token = raw.strip(_TOKEN_STRIP)
        if token:
            yield token


def _score(text):
    """(Vietnamese words with diacritics, suspicious words) — suspicious: non-ASCII, not Vietnamese."""
    good = bad = 0
    for token in _tokens(text):
        if token.isascii():
            continue
        if is_vietnamese_syllable(token):
            good += 1
        elif _LATIN1_SUSPECT.search(token):
            # "HĐND", "NĐ-CP" are not syllables but hold nothing a legacy encoding would produce
            bad += 1
    return good, bad


# --- converters --------------------------------------------------------------------------------
def _fix_all_caps(original, converted):
    """`.VnTimeH` (capitals font) text is typed as capitals plus lower-case codes: ``CéNG`` →
    ``CỘNG``. Upper-case a converted word whose ASCII letters (two or more) are all capitals."""
    words_in = re.split(r"(\s+)", original)
    words_out = re.split(r"(\s+)", converted)
    if len(words_in) != len(words_out):
        return converted
    letters = [[ch for ch in word if ch.isascii() and ch.isalpha()] for word in words_in]
    worded = [word for word in letters if word]
    capitals = [word for word in worded if all(ch.isupper() for ch in word)]
    all_caps_text = len(worded) >= 2 and len(capitals) * 5 >= len(worded) * 4
    fixed = []
    for before, after, ascii_letters in zip(words_in, words_out, letters, strict=True):
        capital = bool(ascii_letters) and all(ch.isupper() for ch in ascii_letters)
        if before != after and capital and (len(ascii_letters) >= 2 or all_caps_text):
            after = after.upper()
        fixed.append(after)
    return "".join(fixed)


def tcvn3_to_unicode(text):
    converted = text.translate(TCVN3_TABLE)
    return unicodedata.normalize("NFC", _fix_all_caps(text, converted))


def vni_to_unicode(text):
    out = []
    for ch in text:
        mark = _VNI_MARKS.get(ch)
        if mark is not None and out:
            previous = out[-1]
            base = unicodedata.normalize("NFD", previous)[0]
            can_take = base in _VNI_VOWELS or previous in _VNI_VOWELS
            if mark.startswith(_CIRC):
                can_take = base in _CIRCUMFLEX_BASES and previous == base
            elif mark.startswith(_BREVE):
                can_take = base in _BREVE_BASES and previous == base
            if can_take:
                out[-1] = unicodedata.normalize("NFC", previous + mark)
                continue
        out.append(_VNI_LETTERS.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def _cp1252_byte(ch):
    code = ord(ch)
    if 0x80 <= code <= 0x9F:
        # C1 controls: Latin-1 reading, or the five bytes Windows-1252 leaves undefined
        # (0x81, 0x8D, 0x8F, 0x90, 0x9D) which Windows passes through as U+0081… ("ề" is E1 BB 81).
        return bytes([code])
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return None


_SURROGATES = re.compile("[\udc80-\udcff]")


def _cp1252_char(byte):
    if 0x80 <= byte <= 0x9F:
        try:
            return bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            return chr(byte)
    return chr(byte)


def mojibake_to_unicode(text):
    """Undo UTF-8 read as Windows-1252, run by run (clean characters around stay as they are)."""
    out = []
    run = bytearray()

    def flush():
        if not run:
            return
        # A no-break space (the second byte of "à" = C3 A0) often became a plain space.
        data = bytes(run).replace(b"\xc3 ", b"\xc3\xa0")
        decoded = data.decode("utf-8", errors="surrogateescape")
        # bytes that were not UTF-8 (clean "à", "ê"… next to the broken text) go back as they were
        out.append(_SURROGATES.sub(lambda m: _cp1252_char(ord(m.group()) - 0xDC00), decoded))
        run.clear()

    for ch in text:
        encoded = _cp1252_byte(ch)
        if encoded is None:
            flush()
            out.append(ch)
        else:
            run.extend(encoded)
    flush()
    return unicodedata.normalize("NFC", "".join(out))


CONVERTERS = {TCVN3: tcvn3_to_unicode, VNI: vni_to_unicode, MOJIBAKE: mojibake_to_unicode}


def convert(text, encoding):
    """``text`` converted from ``encoding`` (``"tcvn3"``, ``"vni"`` or ``"cp1252"``) to NFC Unicode."""
    return CONVERTERS[encoding](text)


@dataclass(frozen=True)
class LegacyText:
    encoding: str
    original: str
    converted: str

    @property
    def label(self):
        return ENCODING_LABELS[self.encoding]


def detect(text):
    """A ``LegacyText`` if ``text`` looks like TCVN3, VNI or mojibake, otherwise None.

    Clean Vietnamese Unicode (NFC or NFD), English, numbers and markup are never flagged: the text
    must contain words that are not Vietnamese syllables, and a conversion must turn more of them
    into Vietnamese syllables than it spoils.
    """
    if not isinstance(text, str) or text.isascii() or not _LATIN1_SUSPECT.search(text):
        return None
    text_nfc = unicodedata.normalize("NFC", text)
    good, bad = _score(text_nfc)
    if bad == 0:
        return None
    best = None
    for encoding, converter in CONVERTERS.items():
        converted = converter(text_nfc)
        if converted == text_nfc:
            continue
        new_good, new_bad = _score(converted)
        gained = new_good - good
        if gained <= 0 or new_bad >= bad:
            continue
        # most of the suspicious words must become Vietnamese
        if (bad - new_bad) * 2 < bad:
            continue
        rank = (bad - new_bad, gained)
        if best is None or rank > best[0]:
            best = (rank, LegacyText(encoding, text, converted))
    return best[1] if best else None
