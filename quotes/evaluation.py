"""Scoring of quote attribution against a gold set (format and readers: :mod:`quotes.gold`).

Predictions are records in the output format of ``quotes extract`` (dicts with
at least ``doc_id``, ``start`` and ``end``; ``speaker``, ``kind`` and
``labels``/``stances`` are used when present).

Matching is one-to-one and greedy: candidate (gold, prediction) pairs are
sorted best first and accepted while neither side is taken yet.  Required gold
quotes are matched first; predictions left over that match an ``optional``
gold quote are absorbed (neither true nor false positives).

* lenient: the prediction covers at least 30% of the gold span;
  pairs are ranked by overlap (characters).
* strict: after trimming whitespace, punctuation and quote marks from both
  spans (and one leading complementizer "dat"/"of", also capitalised, so that
  "dat X" and "X" count as the same indirect span), start and end each differ
  by at most 2 characters.

Speaker accuracy, stance scores and the kind breakdown use the lenient
matching. "direct only" matches the direct gold quotes with the predictions of
kind direct alone (lenient).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Optional

from quotes.errors import QuotesError
from quotes.gold import (
    KINDS,
    GoldDoc,
    GoldFormatError,
    GoldQuote,
    PredictionFormatError,
    load_gold,
    load_predictions,
)

__all__ = ["GoldDoc", "GoldFormatError", "GoldQuote", "PredictionFormatError", "load_gold", "load_predictions",
           "score", "format_report", "predict", "EvalReport"]

STANCE_LABELS = ("supportive_of_ukraine", "pro_nato", "mediation_offer")
LENIENT_MIN_COVERAGE = 0.3
STRICT_TOLERANCE = 2
ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "'t"})
QUOTE_CHARS = "\"'“”„‟‘’‚‛«»‹›`´"
# Indirect spans start at the complementizer in the gold set; systems that start
# after it are not penalised by strict matching.
STRICT_LEADING_WORDS = frozenset({"dat", "of"})


# --------------------------------------------------------------------------
# data model


@dataclass(frozen=True)
class PRF:
    """True positive, false positive and false negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        # Nothing predicted: perfect only if nothing was to be found.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class KindStats:
    """Per gold kind: counts over required gold quotes of that kind."""

    gold: int = 0
    matched: int = 0
    strict_matched: int = 0
    speaker_correct: int = 0
    kind_correct: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "matched": self.matched,
            "strict_matched": self.strict_matched,
            "speaker_correct": self.speaker_correct,
            "kind_correct": self.kind_correct,
            "recall": round(_ratio(self.matched, self.gold), 4),
            "strict_recall": round(_ratio(self.strict_matched, self.gold), 4),
            "speaker_accuracy": round(_ratio(self.speaker_correct, self.gold), 4),
        }


@dataclass(frozen=True)
class Finding:
    """One error for ``explain``: a miss, false alarm, wrong speaker or boundary."""

    category: str  # miss | false_alarm | wrong_speaker | boundary
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    pred_start: int | None = None
    pred_end: int | None = None
    gold_names: tuple[str, ...] = ()
    predicted: Mapping[str, Any] | None = None
    """for a wrong speaker: the predicted record's speaker, method and cue, to class the error"""

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None and v != ()}


@dataclass(frozen=True)
class EvalReport:
    n_docs: int
    n_gold: int
    n_optional: int
    n_pred: int
    lenient: PRF
    strict: PRF
    speaker_correct: int
    stance_micro: PRF
    stance_per_label: Mapping[str, PRF]
    by_kind: Mapping[str, KindStats]
    predicted_by_kind: Mapping[str, PRF]
    findings: tuple[Finding, ...] = ()
    unknown_doc_ids: tuple[str, ...] = ()
    absorbed: int = 0
    n_pred_labels: int = 0
    """stance labels over all predicted quotes, matched or not"""
    stance_gold_spans: Optional[Mapping[str, PRF]] = None
    """the stance model on the gold spans read in context (:mod:`quotes.stance.articles`), per label"""
    direct: PRF = PRF()
    """lenient matching of the direct gold quotes with the predictions of kind direct only"""

    @property
    def labels_per_50_quotes(self) -> float:
        """How often the classifier flags a quote: on articles without a stance topic, false alarms."""
        return 50 * _ratio(self.n_pred_labels, self.n_pred)

    @property
    def speaker_accuracy(self) -> float:
        """Correct speakers over all required gold quotes."""
        return _ratio(self.speaker_correct, self.n_gold)

    @property
    def speaker_accuracy_matched(self) -> float:
        """Correct speakers over (leniently) matched required gold quotes."""
        return _ratio(self.speaker_correct, self.lenient.tp)

    def by_category(self, category: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.category == category)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.n_docs,
            "gold_quotes": self.n_gold,
            "optional_quotes": self.n_optional,
            "predicted_quotes": self.n_pred,
            "absorbed_by_optional": self.absorbed,
            "lenient": self.lenient.to_dict(),
            "strict": self.strict.to_dict(),
            "direct_only": self.direct.to_dict(),
            "speaker": {
                "correct": self.speaker_correct,
                "accuracy": round(self.speaker_accuracy, 4),
                "accuracy_matched": round(self.speaker_accuracy_matched, 4),
            },
            "stance": {
                "micro": self.stance_micro.to_dict(),
                "per_label": {k: v.to_dict() for k, v in self.stance_per_label.items()},
                "labels_per_50_quotes": round(self.labels_per_50_quotes, 3),
                **({"gold_spans": _stance_dict(self.stance_gold_spans)} if self.stance_gold_spans is not None
                   else {}),
            },
            "by_kind": {k: v.to_dict() for k, v in self.by_kind.items()},
            "predicted_by_kind": {k: v.to_dict() for k, v in self.predicted_by_kind.items()},
            "unknown_doc_ids": list(self.unknown_doc_ids),
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


# --------------------------------------------------------------------------
# name normalisation


def normalize_name(name: str | None) -> str:
    """Casefold, strip accents and punctuation, drop a leading article."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    chars = (
        " " if unicodedata.category(c).startswith(("P", "S")) else c
        for c in decomposed
        if not unicodedata.combining(c)
    )
    tokens = "".join(chars).split()
    if len(tokens) > 1 and tokens[0] in ARTICLES:
        tokens = tokens[1:]
    return " ".join(tokens)


def speaker_matches(predicted: Any, gold: GoldQuote) -> bool:
    """True if the predicted name or mention matches the canonical name or an alias.

    A mention also matches when it ends (word-wise) with a gold name, so
    "de Turkse president Erdogan" matches "Erdogan"; where the gold marks the source as a span
    (brat), a mention whose offsets lie inside it matches, and so does a name of two words or more
    that stands word for word in it ("Roberta Lange" for the source "Roberta Lange, the state party
    chairwoman," when the quote's cue had the pronoun "she").
    """
    name, mention = _speaker_strings(predicted)
    gold_names = {n for n in (normalize_name(g) for g in gold.names) if n}
    if gold.speaker_span is not None and isinstance(predicted, Mapping):
        start, end = predicted.get("start"), predicted.get("end")
        if isinstance(start, int) and isinstance(end, int) and gold.speaker_span[0] <= start < end <= gold.speaker_span[1]:
            return True
        said = normalize_name(name or "").split()
        if len(said) >= 2 and any(_contains(g.split(), said) for g in gold_names):
            return True
    candidates = {normalize_name(name), normalize_name(mention)} - {""}
    if candidates & gold_names:
        return True
    mention_tokens = normalize_name(mention).split()
    return any(
        mention_tokens[-len(g.split()):] == g.split() for g in gold_names if mention_tokens
    )


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


def _speaker_strings(predicted: Any) -> tuple[str | None, str | None]:
    if isinstance(predicted, Mapping):
        return _as_str(predicted.get("name")), _as_str(predicted.get("mention"))
    if isinstance(predicted, str):
        return predicted, None
    return None, None


def _as_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def speaker_label(predicted: Any) -> str | None:
    name, mention = _speaker_strings(predicted)
    if name and mention and normalize_name(name) != normalize_name(mention):
        return f"{name} ({mention})"
    return name or mention


# --------------------------------------------------------------------------
# matching


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def trim_span(text: str, start: int, end: int) -> Span:
    """Shrink a span past whitespace, punctuation and quote marks on both sides."""
    start, end = max(0, start), min(len(text), end)
    start = _skip_trimmable(text, start, end)
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    return Span(start, end)


def _skip_trimmable(text: str, start: int, end: int) -> int:
    while start < end and _is_trimmable(text[start]):
        start += 1
    return start


def _start_variants(text: str, span: Span) -> tuple[int, ...]:
    """The trimmed start, and the start after a leading complementizer if any."""
    word = re.match(r"(\w+)\s", text[span.start:span.end])
    if word and word.group(1).lower() in STRICT_LEADING_WORDS:  # "Dat X, wordt door Y ontkend" too
        return (span.start, _skip_trimmable(text, span.start + word.end(), span.end))
    return (span.start,)


def _is_trimmable(char: str) -> bool:
    return char.isspace() or char in QUOTE_CHARS or unicodedata.category(char).startswith("P")


def lenient_score(gold: Span, pred: Span) -> float | None:
    """Overlap in characters if the prediction covers >= 30% of the gold span."""
    shared = overlap(gold, pred)
    length = max(1, gold.end - gold.start)
    return float(shared) if shared and shared / length >= LENIENT_MIN_COVERAGE else None


def strict_scorer(text: str) -> Callable[[Span, Span], float | None]:
    def score_pair(gold: Span, pred: Span) -> float | None:
        g, p = trim_span(text, gold.start, gold.end), trim_span(text, pred.start, pred.end)
        start_gap = min(abs(a - b) for a in _start_variants(text, g) for b in _start_variants(text, p))
        end_gap = abs(g.end - p.end)
        ok = start_gap <= STRICT_TOLERANCE and end_gap <= STRICT_TOLERANCE
        return -float(start_gap + end_gap) if ok else None

    return score_pair


def greedy_match(
    gold: Sequence[Span],
    preds: Sequence[Span],
    pair_score: Callable[[Span, Span], float | None],
    taken_preds: Iterable[int] = (),
) -> dict[int, int]:
    """One-to-one greedy matching, best pair first. Returns {gold index: pred index}."""
    taken = set(taken_preds)
    pairs = [
        (score, gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(preds)
        if pi not in taken and (score := pair_score(g, p)) is not None
    ]
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    matched: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in matched and pi not in taken:
            matched[gi] = pi
            taken.add(pi)
    return matched


# --------------------------------------------------------------------------
# scoring


@dataclass(frozen=True)
class _DocResult:
    lenient: PRF
    strict: PRF
    absorbed: int
    speaker_correct: int
    stance: Mapping[str, PRF]
    by_kind: Mapping[str, KindStats]
    predicted_by_kind: Mapping[str, PRF]
    findings: tuple[Finding, ...]


def score(gold_docs: Sequence[GoldDoc], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> EvalReport:
    """Score predictions (records grouped by doc id) against gold documents."""
    results = [_score_doc(doc, list(predictions.get(doc.id, ()))) for doc in gold_docs]
    gold_ids = {doc.id for doc in gold_docs}
    labels = _all_labels(results)
    stance_per_label = {lab: _sum_prf(r.stance.get(lab, PRF()) for r in results) for lab in labels}
    return EvalReport(
        n_docs=len(gold_docs),
        n_gold=sum(len(d.required) for d in gold_docs),
        n_optional=sum(len(d.quotes) - len(d.required) for d in gold_docs),
        n_pred=sum(len(predictions.get(d.id, ())) for d in gold_docs),
        lenient=_sum_prf(r.lenient for r in results),
        strict=_sum_prf(r.strict for r in results),
        speaker_correct=sum(r.speaker_correct for r in results),
        stance_micro=_sum_prf(stance_per_label.values()),
        stance_per_label=stance_per_label,
        by_kind=_merge_kind_stats(results),
        predicted_by_kind=_merge_prf_maps(r.predicted_by_kind for r in results),
        findings=tuple(f for r in results for f in r.findings),
        unknown_doc_ids=tuple(sorted(set(predictions) - gold_ids)),
        absorbed=sum(r.absorbed for r in results),
        n_pred_labels=sum(len(predicted_labels(r)) for d in gold_docs for r in predictions.get(d.id, ())),
        direct=_sum_prf(_direct_only(d, predictions.get(d.id, ())) for d in gold_docs),
    )


def scorer(predictions: Mapping[str, Sequence[Mapping[str, Any]]], *, stance_model: Any = None
           ) -> Callable[[Sequence[GoldDoc]], EvalReport]:
    """A function scoring ``predictions`` against a list of gold documents; with ``stance_model``
    the report also scores that model on the gold spans read in context."""
    def score_docs(docs: Sequence[GoldDoc]) -> EvalReport:
        report = score(docs, predictions)
        if stance_model is None:
            return report
        from quotes.stance.articles import gold_span_stance

        return replace(report, stance_gold_spans=gold_span_stance(docs, predictions, stance_model))

    return score_docs


def _sum_prf(items: Iterable[PRF]) -> PRF:
    total = PRF()
    for item in items:
        total = total + item
    return total


def _all_labels(results: Sequence[_DocResult]) -> list[str]:
    extra = sorted({lab for r in results for lab in r.stance} - set(STANCE_LABELS))
    return [*STANCE_LABELS, *extra]


def _merge_kind_stats(results: Sequence[_DocResult]) -> dict[str, KindStats]:
    merged: dict[str, KindStats] = {}
    for r in results:
        for kind, s in r.by_kind.items():
            m = merged.get(kind, KindStats())
            merged[kind] = KindStats(
                m.gold + s.gold, m.matched + s.matched, m.strict_matched + s.strict_matched,
                m.speaker_correct + s.speaker_correct, m.kind_correct + s.kind_correct,
            )
    return {k: merged[k] for k in sorted(merged, key=_kind_order)}


def _merge_prf_maps(maps: Iterable[Mapping[str, PRF]]) -> dict[str, PRF]:
    merged: dict[str, PRF] = {}
    for m in maps:
        for key, value in m.items():
            merged[key] = merged.get(key, PRF()) + value
    return {k: merged[k] for k in sorted(merged, key=_kind_order)}


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def _pred_span(record: Mapping[str, Any], text_len: int) -> Span:
    start = max(0, min(int(record.get("start", 0)), text_len))
    end = max(start, min(int(record.get("end", start)), text_len))
    return Span(start, end)


def _match_doc(
    doc: GoldDoc, spans: Sequence[Span], pair_score: Callable[[Span, Span], float | None]
) -> tuple[dict[int, int], set[int]]:
    """Match required quotes first, then let optional quotes absorb leftovers."""
    required = [Span(q.start, q.end) for q in doc.required]
    optional = [Span(q.start, q.end) for q in doc.quotes if q.optional]
    matched = greedy_match(required, spans, pair_score)
    absorbed = greedy_match(optional, spans, lenient_score, taken_preds=matched.values())
    return matched, set(absorbed.values())


def _score_doc(doc: GoldDoc, records: list[Mapping[str, Any]]) -> _DocResult:
    spans = [_pred_span(r, len(doc.text)) for r in records]
    required = doc.required
    lenient, absorbed = _match_doc(doc, spans, lenient_score)
    strict, strict_absorbed = _match_doc(doc, spans, strict_scorer(doc.text))
    # A prediction excused by an optional gold quote is excused under both criteria.
    strict_absorbed |= absorbed - set(strict.values())
    speaker_ok = {gi for gi, pi in lenient.items() if speaker_matches(records[pi].get("speaker"), required[gi])}
    return _DocResult(
        lenient=_prf(len(required), len(records), len(lenient), len(absorbed)),
        strict=_prf(len(required), len(records), len(strict), len(strict_absorbed)),
        absorbed=len(absorbed),
        speaker_correct=len(speaker_ok),
        stance=_stance_counts(required, records, lenient),
        by_kind=_kind_stats(required, records, lenient, strict, speaker_ok),
        predicted_by_kind=_predicted_kind_counts(records, lenient, absorbed),
        findings=_findings(doc, records, spans, lenient, strict, absorbed, speaker_ok),
    )


def _direct_only(doc: GoldDoc, records: Iterable[Mapping[str, Any]]) -> PRF:
    """Lenient matching of the document's direct gold quotes with its predictions of kind direct."""
    direct = replace(doc, quotes=tuple(q for q in doc.quotes if q.kind == "direct"))
    spans = [_pred_span(r, len(doc.text)) for r in records if r.get("kind") == "direct"]
    matched, absorbed = _match_doc(direct, spans, lenient_score)
    return _prf(len(direct.required), len(spans), len(matched), len(absorbed))


def _prf(n_gold: int, n_pred: int, n_matched: int, n_absorbed: int) -> PRF:
    return PRF(tp=n_matched, fp=n_pred - n_matched - n_absorbed, fn=n_gold - n_matched)


def predicted_labels(record: Mapping[str, Any], threshold: float = 0.5) -> set[str]:
    """Stance labels of a record: ``labels`` if present, else stances >= threshold."""
    labels = record.get("labels")
    if isinstance(labels, list):
        return {str(lab) for lab in labels}
    stances = record.get("stances")
    if isinstance(stances, Mapping):
        return {str(k) for k, v in stances.items() if isinstance(v, (int, float)) and v >= threshold}
    return set()


def _stance_counts(
    required: Sequence[GoldQuote], records: Sequence[Mapping[str, Any]], matched: Mapping[int, int]
) -> dict[str, PRF]:
    return label_counts((required[gi].stances, predicted_labels(records[pi])) for gi, pi in matched.items())


def label_counts(pairs: Iterable[tuple[Iterable[str], Iterable[str]]],
                 counts: Optional[Mapping[str, PRF]] = None) -> dict[str, PRF]:
    """Per-label true/false positives and misses over (gold labels, predicted labels) pairs, added
    to ``counts`` when given."""
    out = dict(counts or {})
    for gold_labels, pred_labels in pairs:
        gold, pred = set(gold_labels), set(pred_labels)
        for label in gold | pred:
            hit = PRF(tp=int(label in gold and label in pred),
                      fp=int(label in pred and label not in gold),
                      fn=int(label in gold and label not in pred))
            out[label] = out.get(label, PRF()) + hit
    return out


def _kind_stats(
    required: Sequence[GoldQuote],
    records: Sequence[Mapping[str, Any]],
    lenient: Mapping[int, int],
    strict: Mapping[int, int],
    speaker_ok: set[int],
) -> dict[str, KindStats]:
    stats: dict[str, KindStats] = {}
    for gi, quote in enumerate(required):
        s = stats.get(quote.kind, KindStats())
        kind_ok = gi in lenient and records[lenient[gi]].get("kind") == quote.kind
        stats[quote.kind] = KindStats(
            s.gold + 1, s.matched + (gi in lenient), s.strict_matched + (gi in strict),
            s.speaker_correct + (gi in speaker_ok), s.kind_correct + kind_ok,
        )
    return stats


def _predicted_kind_counts(
    records: Sequence[Mapping[str, Any]], lenient: Mapping[int, int], absorbed: set[int]
) -> dict[str, PRF]:
    """Per predicted kind: tp = matched predictions, fp = false alarms."""
    matched_preds = set(lenient.values())
    counts: dict[str, PRF] = {}
    for pi, record in enumerate(records):
        if pi in absorbed:
            continue
        kind = str(record.get("kind") or "unknown")
        counts[kind] = counts.get(kind, PRF()) + PRF(tp=int(pi in matched_preds), fp=int(pi not in matched_preds))
    return counts


def _findings(
    doc: GoldDoc,
    records: Sequence[Mapping[str, Any]],
    spans: Sequence[Span],
    lenient: Mapping[int, int],
    strict: Mapping[int, int],
    absorbed: set[int],
    speaker_ok: set[int],
) -> tuple[Finding, ...]:
    out: list[Finding] = []
    for gi, q in enumerate(doc.required):
        base = dict(doc_id=doc.id, start=q.start, end=q.end, text=q.text, kind=q.kind, gold_speaker=q.speaker)
        if gi not in lenient:
            out.append(Finding("miss", **base))
            continue
        pi = lenient[gi]
        pred = dict(predicted_speaker=speaker_label(records[pi].get("speaker")),
                    pred_start=spans[pi].start, pred_end=spans[pi].end)
        if gi not in speaker_ok:
            evidence = {key: records[pi].get(key) for key in ("speaker", "method", "cue")}
            out.append(Finding("wrong_speaker", **base, **pred, gold_names=q.names, predicted=evidence))
        if gi not in strict:
            out.append(Finding("boundary", **base, **pred))
    matched_preds = set(lenient.values())
    for pi, (record, span) in enumerate(zip(records, spans)):
        if pi not in matched_preds and pi not in absorbed:
            out.append(Finding(
                "false_alarm", doc_id=doc.id, start=span.start, end=span.end,
                text=doc.text[span.start:span.end], kind=str(record.get("kind") or "unknown"),
                predicted_speaker=speaker_label(record.get("speaker")),
            ))
    return tuple(out)


# --------------------------------------------------------------------------
# formatting


def format_report(report: EvalReport) -> str:
    """Human-readable summary table."""
    lines = [
        f"documents: {report.n_docs}   gold quotes: {report.n_gold} "
        f"(+{report.n_optional} optional)   predicted: {report.n_pred}"
        f"   absorbed by optional: {report.absorbed}",
        "",
        f"{'quotes':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
        _prf_row("lenient (>=30%)", report.lenient),
        _prf_row(f"strict (+-{STRICT_TOLERANCE} chars)", report.strict),
        _prf_row("lenient, direct only", report.direct),
        "",
        f"speaker accuracy: {report.speaker_accuracy:.3f} of all gold quotes "
        f"({report.speaker_correct}/{report.n_gold}), "
        f"{report.speaker_accuracy_matched:.3f} of matched ({report.speaker_correct}/{report.lenient.tp})",
        "",
        *_stance_rows(report),
        *_gold_span_rows(report.stance_gold_spans),
        "",
        f"{'gold kind':<22}{'gold':>6}{'R':>8}{'R strict':>10}{'speaker':>9}{'kind ok':>9}",
        *(_kind_row(kind, s) for kind, s in report.by_kind.items()),
        "",
        f"{'predicted kind':<22}{'pred':>6}{'matched':>9}{'false':>7}",
        *(f"{kind:<22}{p.tp + p.fp:>6}{p.tp:>9}{p.fp:>7}" for kind, p in report.predicted_by_kind.items()),
    ]
    if report.unknown_doc_ids:
        lines += ["", f"predictions for unknown documents ignored: {', '.join(report.unknown_doc_ids)}"]
    return "\n".join(lines)


def _stance_rows(report: EvalReport) -> list[str]:
    micro = report.stance_micro
    if micro.tp + micro.fp + micro.fn == 0 and report.n_pred_labels == 0:
        # No stance label on either side (a gold set without stance, or a run without the
        # model): a table of 1.000 over zero counts would read as a perfect score.
        return ["stance: not scored (no stance labels in the gold set or the predictions)"]
    return [f"{'stance (matched)':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
            _prf_row("micro", micro),
            *(_prf_row(label, prf) for label, prf in report.stance_per_label.items()),
            f"labels per 50 predicted quotes: {report.labels_per_50_quotes:.2f}"]


def _gold_span_rows(counts: Optional[Mapping[str, PRF]]) -> list[str]:
    if counts is None:
        return []
    return ["", f"{'stance (gold spans)':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
            _prf_row("micro", _sum_prf(counts.values())),
            *(_prf_row(label, prf) for label, prf in counts.items())]


def _stance_dict(counts: Mapping[str, PRF]) -> dict[str, Any]:
    return {"micro": _sum_prf(counts.values()).to_dict(), "per_label": {k: v.to_dict() for k, v in counts.items()}}


def _prf_row(name: str, prf: PRF) -> str:
    return f"{name:<22}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}"


def _kind_row(kind: str, s: KindStats) -> str:
    return (f"{kind:<22}{s.gold:>6}{_ratio(s.matched, s.gold):>8.3f}{_ratio(s.strict_matched, s.gold):>10.3f}"
            f"{_ratio(s.speaker_correct, s.gold):>9.3f}{_ratio(s.kind_correct, s.gold):>9.3f}")


def predict(gold_docs: Sequence[GoldDoc], *, stance: bool = True, attributor: Any = None,
            **options: Any) -> dict[str, list[dict[str, Any]]]:
    """Run attribution on the gold documents' texts, each in its gold language: records grouped
    by document id. ``attributor`` reuses loaded models; otherwise one is made with ``stance`` and
    ``options`` that reads every supported language (``lang="auto"``, the gold field deciding)."""
    from quotes.attribution import Attributor
    from quotes.documents import Document

    attributor = attributor or Attributor(stance=stance, **{"lang": "auto", **options})
    docs = [Document(doc.id, doc.text, {"lang": doc.lang}) for doc in gold_docs]
    predictions: dict[str, list[dict[str, Any]]] = {}
    for doc, quotes in attributor.attribute_many(docs):
        if isinstance(quotes, QuotesError):
            raise quotes
        predictions[doc.id] = [q.to_record() for q in quotes]
    return predictions
