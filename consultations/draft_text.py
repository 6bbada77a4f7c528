"""Split the plain text of a Vietnamese draft into Chương / Điều / Khoản.

Editors paste the draft as plain text (from Word, a PDF or an e-mail); ``parse_draft`` turns it into
a ``ParsedDraft`` and ``to_stream_data`` into the raw data of the page's ``draft_text`` StreamField,
which editors can still correct block by block afterwards. Both are pure functions: no database,
no Django, so they are tested on their own.

What real drafts look like (and what the parser accepts):

* ``Chương II QUẢN LÝ VẬN HÀNH`` — the chapter title on the same line as the number,
  ``Chương III`` and the title on the next non-empty line, ``Chương V **KHEN THƯỞNG**`` — the title
  wrapped in Markdown bold; Roman or Arabic numbers; any case (``CHƯƠNG I``).
* ``Điều 5. Quản lý Trang thông tin`` — an article starts a line with its number followed by ``.``
  or ``:`` (or nothing else on the line). A reference inside a sentence (``theo Điều 7 Nghị định``)
  never starts an article, nor does a line whose number does not follow the previous article's.
* ``1. …`` — a numbered clause (khoản) inside an article; lettered points (``a) …``) and bullets
  (``- …``) stay inside the clause they belong to; text before the first clause is the article's
  lead-in.
* Text before the first chapter or article is the preamble (title of the document); trailing lines
  in capitals after the last article (``SỞ NỘI VỤ``, ``TM. ỦY BAN NHÂN DÂN``) are the closing.
* Decomposed (NFD) input and the look-alike ``Ð`` (U+00D0, Icelandic eth) that legacy fonts put in
  place of ``Đ`` are normalised first; stored text is NFC.
"""

import re
import unicodedata
from dataclasses import dataclass, field

ROMAN = re.compile(r"^[IVXLCDM]+$", re.IGNORECASE)

_CHAPTER = re.compile(
    r"^chương\s+(?P<number>(?-i:[IVXLCDM]+)|\d+)(?![\w])\s*[.:\-–—]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^điều\s+(?P<number>\d+)\s*(?:[.:]\s*(?P<title>.*)|$)", re.IGNORECASE)
_CLAUSE = re.compile(r"^(?P<number>\d{1,3})\s*[.)]\s+(?P<text>\S.*)$")
_BOLD = re.compile(r"^\*\*(.*?)\*\*$")


@dataclass
class Clause:
    number: str
    text: str


@dataclass
class Article:
    number: int
    title: str = ""
    lead: list = field(default_factory=list)
    clauses: list = field(default_factory=list)

    @property
    def anchor(self):
        return article_anchor(self.number)

    @property
    def lead_text(self):
        return "\n".join(self.lead)


@dataclass
class Chapter:
    number: str
    title: str = ""
    articles: list = field(default_factory=list)

    @property
    def anchor(self):
        return chapter_anchor(self.number)


@dataclass
class ParsedDraft:
    preamble: str = ""
    chapters: list = field(default_factory=list)
    # articles of a draft without chapters (short decisions often have none)
    loose_articles: list = field(default_factory=list)
    closing: str = ""

    @property
    def articles(self):
        found = list(self.loose_articles)
        for chapter in self.chapters:
            found.extend(chapter.articles)
        return sorted(found, key=lambda article: article.number)


def article_anchor(number):
    """``#dieu-5`` without the hash: the stable anchor of Điều ``number``."""
    return f"dieu-{int(number)}"


def chapter_anchor(number):
    return f"chuong-{str(number).strip().lower()}"


def normalise(text):
    """NFC, unified line endings, no BOM or non-breaking spaces, ``Ð`` → ``Đ``."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return text


def _unbold(text):
    """``**TITLE**`` → ``TITLE`` (also a lone pair of stars around part of a line)."""
    text = text.strip()
    match = _BOLD.match(text)
    if match:
        text = match.group(1)
    return text.replace("**", "").strip()


def _is_closing_line(line):
    """A signature line: letters present and none of them lower case (``SỞ NỘI VỤ``)."""
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def parse_draft(text):
    """Parse the pasted plain text of a draft into a ``ParsedDraft``."""
    lines = [_unbold(line) for line in normalise(text).split("\n")]
    draft = ParsedDraft()
    preamble = []
    chapter = None
    article = None
    awaiting_chapter_title = False
    last_number = 0

    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue

        chapter_match = _CHAPTER.match(line)
        if chapter_match:
            chapter = Chapter(number=chapter_match.group("number").upper())
            chapter.title = _unbold(chapter_match.group("title"))
            draft.chapters.append(chapter)
            article = None
            awaiting_chapter_title = not chapter.title
            continue

        article_match = _ARTICLE.match(line)
        if article_match and int(article_match.group("number")) > last_number:
            last_number = int(article_match.group("number"))
            article = Article(
                number=last_number, title=_unbold(article_match.group("title") or "").rstrip(".")
            )
            (chapter.articles if chapter else draft.loose_articles).append(article)
            awaiting_chapter_title = False
            continue

        if awaiting_chapter_title:
            chapter.title = line
            awaiting_chapter_title = False
            continue

        if article is None:
            if chapter is None:
                preamble.append(line)
            else:  # a chapter title wrapped over two lines
                chapter.title = f"{chapter.title} {line}".strip()
            continue

        clause_match = _CLAUSE.match(line)
        if clause_match:
            article.clauses.append(Clause(clause_match.group("number"), clause_match.group("text")))
        elif article.clauses:
            last = article.clauses[-1]
            last.text = f"{last.text}\n{line}"
        else:
            article.lead.append(line)

    draft.preamble = "\n".join(preamble)
    _split_closing(draft)
    return draft


def _split_closing(draft):
    """Move trailing capitalised signature lines of the last article into ``draft.closing``."""
    articles = draft.articles
    if not articles:
        return
    last = articles[-1]
    holder_lines = last.clauses[-1].text.split("\n") if last.clauses else list(last.lead)
    closing = []
    while len(holder_lines) > 1 and _is_closing_line(holder_lines[-1]):
        closing.insert(0, holder_lines.pop())
    if not closing:
        return
    if last.clauses:
        last.clauses[-1].text = "\n".join(holder_lines)
    else:
        last.lead = holder_lines
    draft.closing = "\n".join(closing)


def to_stream_data(draft):
    """Raw StreamField data (``[{"type": …, "value": …}]``) for ``DraftConsultationPage.draft_text``."""
    data = []
    if draft.preamble:
        data.append({"type": "preamble", "value": draft.preamble})

    def article_block(article):
        return {
            "type": "article",
            "value": {
                "number": article.number,
                "title": article.title,
                "lead": article.lead_text,
                "clauses": [
                    {"number": clause.number, "text": clause.text} for clause in article.clauses
                ],
            },
        }

    for article in draft.loose_articles:
        data.append(article_block(article))
    for chapter in draft.chapters:
        data.append(
            {"type": "chapter", "value": {"number": chapter.number, "title": chapter.title}}
        )
        for article in chapter.articles:
            data.append(article_block(article))
    if draft.closing:
        data.append({"type": "closing", "value": draft.closing})
    return data
