"""Stance on annotated articles: the classifier's view of each gold quote, for training examples
cut from articles (``training/stance_examples.py``) and for scoring the classifier on gold spans
(``quotes evaluate``).

A gold quote's context and topic come from the article by its gold offsets, exactly as
:func:`quotes.stance.features.quote_inputs` cuts them at run time; its cue lemma and speaker type
come from the system's record that matches it (the same lenient one-to-one match as the quote
scores), since the gold set names the cue's words but not its lemma, and no speaker type. A gold
quote that the system missed gets the gold cue's words and no speaker type.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.evaluation import PRF, Span, greedy_match, label_counts, lenient_score
from quotes.gold import GoldDoc, GoldQuote
from quotes.stance.features import StanceInput, paragraph_spans, stance_input


@dataclass(frozen=True)
class GoldStanceQuote:
    """A gold quote with the classifier's view of it."""

    doc_id: str
    index: int
    """the quote's position in the gold document's ``quotes``"""
    quote: GoldQuote
    input: StanceInput


def gold_inputs(doc: GoldDoc, records: Sequence[Mapping[str, Any]]) -> list[GoldStanceQuote]:
    """Every gold quote of ``doc`` (required and optional) with its :class:`StanceInput`;
    ``records`` are the system's records for the document (``quotes extract`` output)."""
    gold = [Span(q.start, q.end) for q in doc.quotes]
    preds = [Span(int(r.get("start", 0)), int(r.get("end", 0))) for r in records]
    matched = greedy_match(gold, preds, lenient_score)
    spans = paragraph_spans(doc.text)
    out = []
    for gi, quote in enumerate(doc.quotes):
        record = records[matched[gi]] if gi in matched else {}
        cue = (record.get("cue") or {}).get("lemma") if gi in matched else quote.cue
        speaker = (record.get("speaker") or {}).get("type") if gi in matched else None
        out.append(GoldStanceQuote(doc.id, gi, quote, stance_input(doc.text, quote.start, quote.end, cue=cue,
                                                                   speaker=speaker, spans=spans)))
    return out


def score_gold_spans(items: Sequence[GoldStanceQuote], predicted: Sequence[Sequence[str]],
                     labels: Sequence[str]) -> dict[str, PRF]:
    """Per-label counts of ``predicted`` label lists against the gold stances of ``items``
    (required quotes only, as the quote scores count them)."""
    return label_counts(((item.quote.stances, pred) for item, pred in zip(items, predicted)
                         if not item.quote.optional), {label: PRF() for label in labels})


def gold_span_stance(docs: Sequence[GoldDoc], predictions: Mapping[str, Sequence[Mapping[str, Any]]],
                     model: Any) -> dict[str, PRF]:
    """The stance model's per-label counts on the gold spans of ``docs`` read in context."""
    items = [item for doc in docs for item in gold_inputs(doc, predictions.get(doc.id, ()))]
    predicted = model.classify([item.input for item in items]) if items else []
    return score_gold_spans(items, predicted, model.labels)
