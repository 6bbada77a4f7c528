"""Result excerpts with the matched words marked: escape first, then wrap whole words whose folded
form is one of the query's folded words (so ``noi vu`` marks "Nội vụ")."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.text import fold, nfc
from search.analysis import WORD_RE, plain_text

EXCERPT_WORDS = 40


def _terms(analysed):
    return {fold(word) for word in analysed.words}


def highlight(text, analysed):
    """``text`` escaped, with every matching word in ``<mark>``."""
    text = nfc(str(text or ""))
    terms = _terms(analysed)
    out, last = [], 0
    for match in WORD_RE.finditer(text):
        if fold(match.group()) in terms:
            out.append(escape(text[last : match.start()]))
            out.append(f"<mark>{escape(match.group())}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def excerpt(texts, analysed, words=EXCERPT_WORDS):
    """About ``words`` words around the first match in ``texts`` (or their beginning)."""
    terms = _terms(analysed)
    candidates = [" ".join(plain_text(text).split()) for text in texts if text]
    candidates = [text for text in candidates if text]
    if not candidates:
        return ""
    chosen, position = candidates[0], None
    for text in candidates:
        for index, match in enumerate(WORD_RE.finditer(text)):
            if fold(match.group()) in terms:
                chosen, position = text, index
                break
        if position is not None:
            break
    tokens = chosen.split(" ")
    if position is None:
        start = 0
    else:
        # ``position`` counts words; map it onto space-separated tokens approximately.
        seen, start = 0, 0
        for token_index, token in enumerate(tokens):
            seen += len(WORD_RE.findall(token))
            if seen > position:
                start = max(0, token_index - words // 4)
                break
    end = min(len(tokens), start + words)
    fragment = " ".join(tokens[start:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return mark_safe(escape(prefix) + highlight(fragment, analysed) + escape(suffix))
