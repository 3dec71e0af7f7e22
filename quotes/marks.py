"""Quotation-mark pairing across sentences and paragraphs.

Works on the original text, before and independently of tokenization, so a quote that the tokenizer
splits over several sentences is still one span. Each mark is classified as opening or closing by
its neighbours (left- and right-flanking, as CommonMark does for emphasis), apostrophes inside words
and elisions (’s, ’t, ’90) are not marks, and openers are matched to closers of the same family with
a stack, which gives nesting for free. A quote still open at the end of a paragraph is closed there:
as a continuation when the next paragraph opens a quote again (the press convention for quotes over
several paragraphs), otherwise as unbalanced. Unbalanced marks are recovered from, never raised on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

Family = Literal["double", "single"]
Role = Literal["open", "close", "either"]

_ALWAYS_OPEN = {"„": "double", ",,": "double", "«": "double", "‹": "single", "‚": "single"}
_ALWAYS_CLOSE = {"»": "double", "''": "double", "›": "single"}
_FLANKED = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single"}
_MARK = re.compile(r",,|'''|''|[„«‹‚»›“”\"‘’']")
_ELISION = re.compile(r"(?:[’'](?:s|t|n|k|m|r|em|er|ie|S|T)(?![^\W\d_]))|(?:[’']\d\d(?!\d))")
_OPENING_CONTEXT = set(" \t\n([{—–-/") | {""}
_CLOSING_FOLLOW = set(" \t\n.,;:!?)]}—–-/…") | {""}
CLOSING_MARKS = "”’»'\""
"""Characters that close a quotation (of every family), for readers of words beside a quotation."""


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    family: Family
    role: Role


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch of text. ``start``/``end`` are the content inside the marks, trimmed.

    ``open_start`` and ``close_end`` include the marks; ``balanced`` is False when no closing mark
    was found; ``continues`` is True when the quote goes on in the next paragraph and
    ``continued_from`` holds the index of the quote it continues. ``depth`` is 0 for outer quotes.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    family: Family
    depth: int
    balanced: bool = True
    continues: bool = False
    continued_from: Optional[int] = None


def classify(text: str, start: int, token: str) -> Optional[Mark]:
    """The role of a candidate mark from its neighbours, or None for apostrophes in words."""
    end = start + len(token)
    if token == "''" and _opens_word(text, start, end):
        return Mark(start, end, "double", "open")  # New York Times: ''We will,'' he said
    if token in _ALWAYS_OPEN:
        return Mark(start, end, _ALWAYS_OPEN[token], "open")  # type: ignore[arg-type]
    if token in _ALWAYS_CLOSE:
        return Mark(start, end, _ALWAYS_CLOSE[token], "close")  # type: ignore[arg-type]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    family = _FLANKED[token]
    if family == "single":
        if before.isalnum() and after.isalnum():
            return None  # zo'n, auto's
        if _ELISION.match(text, start) and not before.isalnum():
            return None  # 's avonds, 't, '90
    left = before in _OPENING_CONTEXT or before in "“„\"‘'«"
    right = after in _CLOSING_FOLLOW or after in CLOSING_MARKS
    if left and not right:
        return Mark(start, end, family, "open")  # type: ignore[arg-type]
    if right and not left:
        return Mark(start, end, family, "close")  # type: ignore[arg-type]
    if family == "single" and before.isalpha():
        return None  # an apostrophe after a word: Kiev' or possessive
    return Mark(start, end, family, "either")  # type: ignore[arg-type]


def _opens_word(text: str, start: int, end: int) -> bool:
    """A ``''`` at the start of a word: it opens (the New York Times convention, ''We will,'' he
    said). Anywhere else it closes, as in the Dutch ,,…''."""
    before = text[start - 1] if start > 0 else ""
    return before in _OPENING_CONTEXT and end < len(text) and text[end].isalnum()


def find_marks(text: str) -> list[Mark]:
    marks = []
    for match in _MARK.finditer(text):
        start, token = match.start(), match.group()
        if token == "'''":  # a single and a double mark together: "''… 'old-school,''' said" closes both
            if start > 0 and not text[start - 1].isspace():
                single = classify(text, start, "'")
                marks.extend(m for m in (single, Mark(start + 1, start + 3, "double", "close")) if m is not None)
            else:  # and opens both: "said: '''Yes' is the word,''"
                marks.extend((Mark(start, start + 2, "double", "open"), Mark(start + 2, start + 3, "single", "open")))
            continue
        mark = classify(text, start, token)
        if mark is not None:
            marks.append(mark)
    return marks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_end(text: str, pos: int, paragraph_ends: list[int]) -> int:
    return next((e for e in paragraph_ends if e > pos), len(text))


def pair_quotes(text: str) -> list[QuoteSpan]:
    """All quoted spans of ``text``, in order of their opening marks."""
    paragraph_ends = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)] + [len(text)]
    stack: list[Mark] = []
    found: list[tuple[Mark, Optional[Mark], int]] = []  # opener, closer, depth
    for mark in find_marks(text):
        _close_at_paragraph_end(stack, found, mark.start, paragraph_ends, text)
        same = [m for m in stack if m.family == mark.family]
        if mark.role == "close" or (mark.role == "either" and same):
            if same:
                opener = same[-1]
                depth = stack.index(opener)
                del stack[depth:]
                found.append((opener, mark, depth))
        elif mark.role in ("open", "either"):
            stack.append(mark)
    _close_at_paragraph_end(stack, found, len(text) + 1, paragraph_ends, text)
    return _to_spans(text, found, paragraph_ends)


def _close_at_paragraph_end(stack: list[Mark], found: list, pos: int, paragraph_ends: list[int], text: str) -> None:
    """Openers left open when a paragraph ends before ``pos`` get no closer."""
    while stack and _paragraph_end(text, stack[0].start, paragraph_ends) < pos:
        opener = stack.pop(0)
        found.append((opener, None, 0))
        for inner in stack:
            if _paragraph_end(text, inner.start, paragraph_ends) < pos:
                found.append((inner, None, 1))
        stack[:] = [m for m in stack if _paragraph_end(text, m.start, paragraph_ends) >= pos]


def _to_spans(text: str, found: list, paragraph_ends: list[int]) -> list[QuoteSpan]:
    found.sort(key=lambda item: item[0].start)
    spans: list[QuoteSpan] = []
    for opener, closer, depth in found:
        if closer is not None:
            start, end = _trim(text, opener.end, closer.start)
            close_end, balanced = closer.end, True
        else:
            para_end = _paragraph_end(text, opener.start, paragraph_ends)
            start, end = _trim(text, opener.end, para_end)
            close_end, balanced = end, False
        if end > start:
            spans.append(QuoteSpan(start, end, opener.start, close_end, opener.family, depth, balanced))
    return _link_continuations(text, spans)


def _link_continuations(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """An unclosed quote followed, in the next paragraph, by a quote opening it again continues there."""
    linked = list(spans)
    for i, span in enumerate(spans):
        if span.balanced or span.depth:
            continue
        nxt = next((j for j in range(i + 1, len(spans)) if spans[j].depth == 0), None)
        if nxt is None:
            continue
        gap = text[span.end:spans[nxt].open_start]
        if re.fullmatch(r"[\s.,;:!?…]*\n\s*", gap):
            linked[i] = _replace(linked[i], continues=True)
            linked[nxt] = _replace(linked[nxt], continued_from=i)
    return linked


def _replace(span: QuoteSpan, **changes) -> QuoteSpan:
    from dataclasses import replace

    return replace(span, **changes)


def merge_continuations(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """One span for each quote that runs over several paragraphs (the continuation convention):
    from the first paragraph's opening mark to the last one's closing mark."""
    merged: list[QuoteSpan] = []
    chain: Optional[QuoteSpan] = None
    for span in spans:
        if chain is not None and span.continued_from is not None and span.depth == 0:
            chain = _replace(span, start=chain.start, open_start=chain.open_start, continued_from=None)
        elif chain is not None and span.depth > 0:
            merged.append(span)
            continue
        else:
            if chain is not None:
                merged.append(chain)
            chain = span
        if not chain.continues:
            merged.append(chain)
            chain = None
    if chain is not None:
        merged.append(chain)
    return sorted(merged, key=lambda s: s.open_start)


def body_quotes(text: str, body_start: int = 0) -> list[QuoteSpan]:
    """The quotes of a document's body, those over several paragraphs merged into one."""
    return merge_continuations([s for s in pair_quotes(text) if s.open_start >= body_start])
