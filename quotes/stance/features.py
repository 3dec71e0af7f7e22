"""What the stance classifier reads about a quote: the quote itself and, as separate fields, its
context in the article.

Many quotes carry their stance only in context: "Nederland levert, en blijft leveren." (delivers
what? the sentence before says F-16s for Ukraine), "Dit is een kwantumsprong." (about the NATO
spending norm), an indirect quote whose cue is "bood aan". A :class:`StanceInput` therefore holds,
besides the quote's ``text``:

``context``
    the quote's paragraph with the quote itself left out, and the paragraph before it;
``cue``
    the cue lemma ("aanbieden", "zeggen", "volgens"), ``"-"`` for a quote without a cue;
``speaker``
    the speaker type (person, organization, anonymous, unknown);
``topic``
    the article's opening: its title and first paragraph.

The same function cuts the context at run time (:func:`stance_input`) and when training data is
made from annotated articles (``training/stance_examples.py``), so the classifier is trained on
what it will see. Fields a training file does not give are empty strings; a model only uses the
fields its training data filled (``StanceModel.fields``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields as dataclass_fields

import numpy as np

from quotes.types import Quote

FIELDS: tuple[str, ...] = ("text", "context", "cue", "speaker", "topic")
"""The columns of the feature matrix, in order."""

NO_CUE = "-"
CONTEXT_CHARS = 700
"""At most this many characters of each context paragraph (the end of the one before, the quote's
own around the quote) and of the topic: enough for the sentences a quote leans on."""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


@dataclass(frozen=True)
class StanceInput:
    """One quote as the stance classifier sees it (see the module docstring)."""

    text: str
    context: str = ""
    cue: str = ""
    speaker: str = ""
    topic: str = ""

    def row(self) -> list[str]:
        return [getattr(self, name) for name in FIELDS]


assert tuple(f.name for f in dataclass_fields(StanceInput)) == FIELDS


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks between blank lines, or lines when the text has no
    blank line (one paragraph per line, as many corpora store articles)."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    if breaks:
        bounds = [0] + [x for m in breaks for x in (m.start(), m.end())] + [len(text)]
    else:
        bounds = [0]
        for m in re.finditer(r"\n", text):
            bounds += [m.start(), m.end()]
        bounds.append(len(text))
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


def _paragraph_index(spans: Sequence[tuple[int, int]], offset: int) -> int:
    for i, (start, end) in enumerate(spans):
        if offset < end:
            return i if offset >= start or i == 0 else i - 1
    return len(spans) - 1


def _squash(text: str) -> str:
    return " ".join(text.split())


def quote_context(text: str, start: int, end: int, spans: Sequence[tuple[int, int]] | None = None
                  ) -> tuple[str, str]:
    """(context, topic) of the quote ``text[start:end]``: see the module docstring."""
    spans = spans if spans is not None else paragraph_spans(text)
    i = _paragraph_index(spans, start)
    p_start, p_end = spans[i]
    own = text[max(p_start, start - CONTEXT_CHARS):start] + " … " + text[end:min(p_end, end + CONTEXT_CHARS)] \
        if p_start <= start < p_end else ""
    before = text[max(spans[i - 1][0], spans[i - 1][1] - CONTEXT_CHARS):spans[i - 1][1]] if i > 0 else ""
    first = spans[0]
    topic = text[first[0]:first[1]]
    if len(spans) > 1 and len(topic) < 200:  # a title: add the first paragraph
        topic += "\n" + text[spans[1][0]:spans[1][1]]
    return _squash(before + " " + own), _squash(topic[:CONTEXT_CHARS])


def stance_input(text: str, start: int, end: int, *, cue: str | None, speaker: str | None,
                 spans: Sequence[tuple[int, int]] | None = None) -> StanceInput:
    """The classifier's view of the quote ``text[start:end]`` of a document ``text``; ``cue`` is the
    cue lemma (None: no cue), ``speaker`` the speaker type. Pass ``spans`` (from
    :func:`paragraph_spans`) when cutting many quotes from one document."""
    context, topic = quote_context(text, start, end, spans)
    return StanceInput(text=text[start:end], context=context, cue=(cue or NO_CUE).lower(),
                       speaker=speaker or "", topic=topic)


def body_paragraphs(text: str, body_start: int = 0) -> list[tuple[int, int]]:
    """:func:`paragraph_spans` of a document whose body (after a header such as `` date 2025-03 ``)
    starts at ``body_start``: the header is no paragraph."""
    return [(max(s, body_start), e) for s, e in paragraph_spans(text) if e > body_start] or [(0, len(text))]


def quote_inputs(text: str, quotes: Sequence[Quote], body_start: int = 0) -> list[StanceInput]:
    """The classifier's view of each quote found in a document ``text`` whose body starts at
    ``body_start``."""
    spans = body_paragraphs(text, body_start)
    return [stance_input(text, q.start, q.end, cue=q.cue.lemma if q.cue else None,
                         speaker=q.speaker.type, spans=spans) for q in quotes]


def as_inputs(items: Sequence[StanceInput | str]) -> list[StanceInput]:
    """StanceInputs for a mix of inputs and bare quote texts (a text alone has no context)."""
    out = []
    for item in items:
        if isinstance(item, StanceInput):
            out.append(item)
        elif isinstance(item, str):
            out.append(StanceInput(item))
        else:
            raise TypeError(f"expected a StanceInput or a quote text (str), got {type(item).__name__}")
    return out


def feature_matrix(items: Sequence[StanceInput | str]) -> np.ndarray:
    """The (n, len(FIELDS)) object array the contextual pipeline takes."""
    rows = [inp.row() for inp in as_inputs(items)]
    matrix = np.empty((len(rows), len(FIELDS)), dtype=object)
    for i, row in enumerate(rows):
        matrix[i, :] = row
    return matrix
