"""How Vietnamese text becomes search terms, for the index and for the query alike.

Everything that decides *what matches* lives here, so every search backend (SQLite FTS5,
PostgreSQL, OpenSearch/Elasticsearch) indexes and queries the same words:

* **Words** are runs of letters and digits (``[^\\W_]+``) after NFC normalisation. Search-syntax
  characters (``" * : ! & | ( ) -``), NUL bytes and replacement characters never reach a backend.
* **Folding** (``portal.text.fold``) removes diacritics and maps đ/Đ to d/D, so ``noi vu``,
  ``Nội vụ``, ``NỘI VỤ`` and decomposed (NFD) input are the same words. SQLite gets folded words
  from Python; PostgreSQL folds through the ``vi_unaccent`` text search configuration.
* **Exact markers**: a word written with diacritics is also indexed as one ASCII token that
  spells its marks out (Telex style: ``nội`` → ``zxnooij``, ``đường`` → ``zxdduwowngf``). A query
  with diacritics ranks the results that contain its accented words *exactly* above those that
  only match once folded.
* **Document numbers** (``43/2011/NĐ-CP``, ``680/QĐ-UBND``, ``91/2025/QH15``) are indexed as
  number tokens (``zso43y2011kndcp``, ``zso43y2011``, ``zso43kndcp``) from ``search_numbers()``;
  a query that contains a number in any usual spelling (``43/2011/ND-CP``, ``43/2011``,
  ``nd-cp 43/2011``) looks those tokens up and puts the document first.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import strip_tags

from portal.text import fold, nfc, squash_spaces

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16

WORD_RE = re.compile(r"[^\W_]+")
EXACT_PREFIX = "zx"
NUMBER_PREFIX = "zso"

# Telex spelling of Vietnamese marks: tones go to the end of the word, shapes follow the letter.
_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_CIRCUMFLEX = "\u0302"
_BREVE_OR_HORN = {"\u0306", "\u031b"}

_CODE = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
_NUMBER_FIRST = re.compile(rf"(?<![\w/])(\d{{1,5}})/(\d{{4}})(?:/({_CODE}))?(?![\w/])")
_NUMBER_CODE = re.compile(rf"(?<![\w/])(\d{{1,5}})/({_CODE})(?![\w/])")
# A code typed before the number must look like one (nd-cp, nq-hdnd, qh15), not like a word.
_CODE_FIRST = re.compile(
    r"(?<![\w/-])([a-z]+(?:-[a-z0-9]+)+|[a-z]+\d+)\s+(?:so\s+)?(\d{1,5})/(\d{4})(?![\w/])"
)
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_text(raw):
    """NFC, no control or unassigned characters (NUL bytes…), single spaces."""
    text = nfc(str(raw or ""))
    text = "".join(
        " " if unicodedata.category(ch) in _CONTROL or ch == "\ufffd" else ch for ch in text
    )
    return squash_spaces(text)


def words_of(text):
    """The words of ``text`` (NFC, original case)."""
    return WORD_RE.findall(nfc(text or ""))


def has_diacritics(word):
    return fold(word) != word.lower()


def exact_marker(word):
    """ASCII token spelling the diacritics of ``word`` (None for a word without any).

    ``nội`` → ``zxnooij``, ``Đảng`` → ``zxddangr``, ``thưởng`` → ``zxthuwowngr``.
    """
    lower = nfc(word).lower()
    if not has_diacritics(lower):
        return None
    letters, tone = [], ""
    for char in lower:
        if char == "đ":
            letters.append("dd")
            continue
        base, *marks = unicodedata.normalize("NFD", char)
        letters.append(base)
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark == _CIRCUMFLEX:
                letters.append(base)
            elif mark in _BREVE_OR_HORN:
                letters.append("w")
            else:  # a mark Vietnamese does not use (ü, ç…): spell its code point
                letters.append(f"q{ord(mark):x}")
    return EXACT_PREFIX + fold("".join(letters)) + tone


# -- document numbers --------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentNumber:
    """A document number split into its parts: ``43/2011/NĐ-CP`` → (43, 2011, "ndcp")."""

    number: str
    year: str = ""
    code: str = ""

    @property
    def key(self):
        """Normalised spelling: ``43/2011/ND-CP`` (no diacritics, upper case, no leading zeros)."""
        parts = [self.number] + ([self.year] if self.year else [])
        code = self.code_display
        return "/".join(parts + ([code] if code else []))

    code_display: str = field(default="", compare=False)

    def index_tokens(self):
        """Every token a document with this number is indexed under."""
        base = NUMBER_PREFIX + self.number
        tokens = []
        if self.year and self.code:
            tokens.append(f"{base}y{self.year}k{self.code}")
        if self.year:
            tokens.append(f"{base}y{self.year}")
        if self.code:
            tokens.append(f"{base}k{self.code}")
        return tokens

    def query_token(self):
        """The most specific token for this (possibly partial) number typed in a query."""
        return self.index_tokens()[0]


def _number(number, year="", code=""):
    code = (code or "").lower()
    display = code.upper()
    year = year if year and 1900 <= int(year) <= 2100 else ""
    if not year and not code:
        return None
    return DocumentNumber(str(int(number)), year, code.replace("-", ""), code_display=display)


def _prepare_number_text(text):
    text = fold(clean_text(text))
    return re.sub(r"\s*/\s*", "/", text)


def parse_document_number(value):
    """``DocumentNumber`` for a number as an editor stores it (``43/2011/NĐ-CP``), or None."""
    text = _prepare_number_text(value)
    match = _NUMBER_FIRST.search(text)
    if match:
        return _number(*match.groups(default=""))
    match = _NUMBER_CODE.search(text)
    if match:
        return _number(match.group(1), "", match.group(2))
    return None


def normalise_document_number(value):
    """``"43/2011/NĐ-CP"`` → ``"43/2011/ND-CP"``; text that is not a number comes back folded."""
    parsed = parse_document_number(value)
    return parsed.key if parsed else fold(clean_text(value), lower=False).upper()


def numbers_in_query(text):
    """Document numbers typed in a query, in any usual spelling."""
    text = _prepare_number_text(text)
    found = []
    for match in _CODE_FIRST.finditer(text):
        code, number, year = match.groups()
        found.append(_number(number, year, code))
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    for match in _NUMBER_FIRST.finditer(text):
        found.append(_number(*match.groups(default="")))
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    for match in _NUMBER_CODE.finditer(text):
        found.append(_number(match.group(1), "", match.group(2)))
    unique = []
    for number in found:
        if number is not None and number not in unique:
            unique.append(number)
    return unique


def number_index_tokens(numbers):
    tokens = []
    for value in numbers or []:
        parsed = parse_document_number(value)
        if parsed:
            tokens.extend(t for t in parsed.index_tokens() if t not in tokens)
    return tokens


# -- index side --------------------------------------------------------------------------------


def plain_text(value):
    """Text of an indexed value without HTML tags or entities."""
    text = str(value or "")
    if "<" in text or "&" in text:
        text = unescape(strip_tags(text.replace("<", " <")))
    return text


def index_text(value, *, fold_words):
    """Indexed form of one field value: its words (folded when ``fold_words``), then the exact
    markers of its accented words."""
    words = words_of(plain_text(value))
    if not words:
        return ""
    indexed = [fold(word) for word in words] if fold_words else words
    markers = []
    for word in words:
        marker = exact_marker(word)
        if marker:
            markers.append(marker)
    return " ".join(indexed + markers)


def autocomplete_text(value, *, fold_words):
    words = words_of(plain_text(value))
    return " ".join(fold(word) for word in words) if fold_words else " ".join(words)


# -- query side --------------------------------------------------------------------------------


@dataclass
class AnalysedQuery:
    """A cleaned query and the terms every backend searches for."""

    text: str = ""
    truncated: bool = False
    too_many_words: bool = False
    words: list = field(default_factory=list)  # NFC, lower case, unique, at most MAX_TERMS
    numbers: list = field(default_factory=list)  # DocumentNumber

    def __bool__(self):
        return bool(self.words or self.numbers)

    @property
    def folded_words(self):
        return [fold(word) for word in self.words]

    @property
    def exact_markers(self):
        return [m for m in (exact_marker(word) for word in self.words) if m]

    @property
    def has_diacritics(self):
        return bool(self.exact_markers)

    @property
    def number_tokens(self):
        return [number.query_token() for number in self.numbers]

    @property
    def number_keys(self):
        return [number.key for number in self.numbers]


def analyse_query(raw, max_length=MAX_QUERY_LENGTH):
    """Clean the visitor's ``q`` and split it into words and document numbers."""
    text = clean_text(raw)
    truncated = len(text) > max_length
    if truncated:
        text = text[:max_length].rstrip()
    words = []
    for word in words_of(text):
        lower = word.lower()
        if lower not in words:
            words.append(lower)
    too_many = len(words) > MAX_TERMS
    return AnalysedQuery(
        text=text,
        truncated=truncated,
        too_many_words=too_many,
        words=words[:MAX_TERMS],
        numbers=numbers_in_query(text),
    )
