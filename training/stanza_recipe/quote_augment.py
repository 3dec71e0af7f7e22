"""Rewrite quotation-mark pairs in training documents into curly and guillemet variants.

The treebanks contain ``,, ''``, ``"`` and ``« »`` but no curly quotes, while Dutch news text
uses „…”, “…” and ‘…’ as well. Stanza's own ``augment_quotes`` only touches sentences with
exactly two marks from its list (which lacks ``,,`` and ``''``), so we add our own pass:
pairs are found across the whole document (a quote may span sentences), and the FORM and
LEMMA of both marks, the ``# text`` line and nothing else change (SpaceAfter stays as is).
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator

from .conllu import Document, Sentence

# (opening, closing) variants a pair may be rewritten to
STYLES: tuple[tuple[str, str], ...] = (
    ("“", "”"), ("„", "”"), ("„", "“"), ("‘", "’"), ("«", "»"), ('"', '"'), (",,", "''"),
)
OPENERS = {",,": "''", "«": "»"}
SYMMETRIC = {'"'}

Row = list[str]


def _marks(doc: Document) -> Iterator[Row]:
    for sent in doc.sentences:
        for row in sent.words():
            if row[1] in OPENERS or row[1] in OPENERS.values() or row[1] in SYMMETRIC:
                yield row


def _closes(opening: str, form: str) -> bool:
    """Whether ``form`` closes a quote opened by ``opening``."""
    return OPENERS.get(opening) == form or (opening in SYMMETRIC and form == opening)


def find_pairs(doc: Document) -> list[tuple[Row, Row]]:
    """Matched (opening, closing) token rows of a document, in order; unmatched marks are skipped."""
    pairs: list[tuple[Row, Row]] = []
    open_row: Row | None = None
    for row in _marks(doc):
        form = row[1]
        is_open = form in OPENERS or (form in SYMMETRIC and open_row is None)
        if is_open:
            open_row = row
        elif open_row is not None and _closes(open_row[1], form):
            pairs.append((open_row, row))
            open_row = None
        else:
            open_row = None
    return pairs


def _set_form(row: Row, form: str) -> None:
    row[1] = form
    row[2] = form


def _refresh_text(sent: Sentence) -> None:
    sent.set_comment("text", sent.rebuilt_text())


def augment_document(doc: Document, rng: random.Random) -> Counter[str]:
    """Rewrite every quote pair of ``doc`` to a random style; returns counts per style."""
    counts: Counter[str] = Counter()
    for open_row, close_row in find_pairs(doc):
        start, end = rng.choice(STYLES)
        _set_form(open_row, start)
        _set_form(close_row, end)
        counts[start + end] += 1
    if counts:
        for sent in doc.sentences:
            _refresh_text(sent)
    return counts


def augment_quotes(docs: list[Document], fraction: float, seed: int) -> Counter[str]:
    """Augment a ``fraction`` of the documents in place (chosen with ``seed``)."""
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for doc in docs:
        if rng.random() < fraction:
            counts += augment_document(doc, rng)
    return counts


def text_mismatches(docs: list[Document]) -> int:
    """Sentences whose ``# text`` differs from FORM + SpaceAfter (a consistency check)."""
    return sum(1 for d in docs for s in d.sentences if s.comment("text") != s.rebuilt_text())
