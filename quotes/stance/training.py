"""Training the stance classifier on labeled quotes (read by :mod:`quotes.stance.labeled`).

:func:`train_stance` fits the pipeline of :mod:`quotes.stance.pipeline` (the quote and, where the
data gives them, its context, cue, speaker type and topic), picks a decision threshold per label on
grouped cross-validated probabilities, scores the model with grouped cross-validation and on a
grouped held-out split, and writes ``stance.joblib``, ``metadata.json`` and ``MODEL_CARD.md``
(:mod:`quotes.stance.card`).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from quotes.stance.card import BUNDLED_DIR, bundled_data, default_command, metadata, save
from quotes.stance.features import feature_matrix
from quotes.stance.labeled import Example, ReadWarning, StanceDataError, read_many
from quotes.stance.model import LABELS
from quotes.stance.pipeline import DEFAULT_C, build_model, fields_in, slim

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Near-duplicate groups


def normalize_words(text: str) -> list[str]:
    """Lowercase, strip accents and punctuation, split into words."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.findall(r"\w+", text)


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    words = normalize_words(text)
    if len(words) < n:
        return frozenset([tuple(words)])
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def near_duplicate_groups(texts: Sequence[str], threshold: float = 0.5,
                          docs: Sequence[str | None] | None = None) -> np.ndarray:
    """Group ids such that texts with word-3-gram Jaccard >= threshold share a group, and so do
    texts of the same document (``docs``: a document id or None per text), whose contexts overlap."""
    sets = [shingles(t) for t in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[tuple[str, ...], list[int]] = {}
    for i, s in enumerate(sets):
        candidates: set[int] = set()
        for sh in s:
            candidates.update(index.setdefault(sh, []))
        for j in candidates:
            inter = len(s & sets[j])
            if inter and inter / len(s | sets[j]) >= threshold:
                parent[find(i)] = find(j)
        for sh in s:
            index[sh].append(i)
    first_of_doc: dict[str, int] = {}
    for i, doc in enumerate(docs or ()):
        if doc is not None:
            parent[find(i)] = find(first_of_doc.setdefault(doc, i))
    roots = [find(i) for i in range(len(texts))]
    _, groups = np.unique(roots, return_inverse=True)
    return groups


# --------------------------------------------------------------------------
# Model


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Scores:
    per_label: Mapping[str, LabelScore]
    macro_f1: float
    n_examples: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "macro_f1": round(self.macro_f1, 4),
            "n_examples": self.n_examples,
            "per_label": {
                lab: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for lab, s in self.per_label.items()
            },
        }


@dataclass(frozen=True)
class TrainReport:
    labels: tuple[str, ...]
    thresholds: Mapping[str, float]
    cv: Scores
    heldout: Scores
    n_examples: int
    n_per_label: Mapping[str, int]
    n_no_label: int
    n_groups: int
    data_sha256: str
    warnings: tuple[ReadWarning, ...]
    out_dir: Path
    model_path: Path
    metadata_path: Path
    model_card_path: Path
    metadata: Mapping[str, Any] = field(default_factory=dict)


def label_matrix(examples: Sequence[Example], labels: Sequence[str]) -> np.ndarray:
    y = np.zeros((len(examples), len(labels)), dtype=int)
    pos = {lab: j for j, lab in enumerate(labels)}
    for i, ex in enumerate(examples):
        for lab in ex.labels:
            if lab in pos:
                y[i, pos[lab]] = 1
    return y


def best_threshold(y_true: np.ndarray, prob: np.ndarray) -> float:
    """Threshold that maximizes F1 of ``prob >= t`` (ties: the middle of the best run)."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    f1s = np.array([_f1(y_true, prob >= t) for t in grid])
    best = np.flatnonzero(np.isclose(f1s, f1s.max()))
    return float(grid[best[len(best) // 2]])


def _f1(y_true: np.ndarray, y_pred: np.ndarray) -> float:
    tp = float(np.sum(y_true & y_pred))
    denom = float(np.sum(y_true) + np.sum(y_pred))
    return 2 * tp / denom if denom else 0.0


def score(y_true: np.ndarray, y_pred: np.ndarray, labels: Sequence[str]) -> Scores:
    per_label: dict[str, LabelScore] = {}
    for j, lab in enumerate(labels):
        t, p = y_true[:, j].astype(bool), y_pred[:, j].astype(bool)
        tp = float(np.sum(t & p))
        precision = tp / p.sum() if p.sum() else 0.0
        recall = tp / t.sum() if t.sum() else 0.0
        per_label[lab] = LabelScore(precision, recall, _f1(t, p), int(t.sum()))
    macro = float(np.mean([s.f1 for s in per_label.values()]))
    return Scores(per_label, macro, int(len(y_true)))


def out_of_fold_probs(
    X: np.ndarray, y: np.ndarray, groups: np.ndarray, *, n_splits: int, seed: int,
    classifier: str, C: float | None, calibration_cv: int = 5, fields: Sequence[str] = ("text",),
) -> tuple[np.ndarray, np.ndarray]:
    """Grouped K-fold probabilities for every row of the feature matrix ``X``; also returns each
    row's fold."""
    from sklearn.model_selection import GroupKFold

    n_splits = min(n_splits, len(np.unique(groups)))
    if n_splits < 2:
        raise StanceDataError("Need at least two distinct (non-duplicate) texts to cross-validate")
    probs = np.zeros(y.shape, dtype=float)
    folds = np.zeros(len(X), dtype=int)
    cv = GroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for k, (train, test) in enumerate(cv.split(X, y, groups)):
        model = build_model(classifier, C=C, calibration_cv=calibration_cv, seed=seed, fields=fields)
        model.fit(X[train], y[train])
        probs[test] = model.predict_proba(X[test])
        folds[test] = k
    return probs, folds


def cross_validated_scores(
    y: np.ndarray, probs: np.ndarray, folds: np.ndarray, labels: Sequence[str],
    tune: np.ndarray | None = None, rows: np.ndarray | None = None,
) -> Scores:
    """Score each fold with thresholds chosen on the other folds' probabilities (of the ``tune``
    rows only, when given); score the ``rows`` only, when given."""
    pred = np.zeros_like(y)
    tune = np.ones(len(y), dtype=bool) if tune is None else tune
    for k in np.unique(folds):
        test = folds == k
        for j in range(len(labels)):
            t = best_threshold(y[~test & tune, j].astype(bool), probs[~test & tune, j])
            pred[test, j] = probs[test, j] >= t
    rows = np.ones(len(y), dtype=bool) if rows is None else rows
    return score(y[rows], pred[rows], labels)


MIN_ARTICLE_ROWS = 100
"""With at least this many training quotes cut from articles (and 10 of each label among them), the
thresholds are chosen on those: at run time every quote is read in its article."""


def threshold_rows(examples: Sequence[Example], y: np.ndarray) -> np.ndarray:
    """The rows the decision thresholds are chosen on: the quotes with context, if enough."""
    in_article = np.array([bool(ex.context) for ex in examples])
    if in_article.sum() >= MIN_ARTICLE_ROWS and (y[in_article].sum(axis=0) >= 10).all():
        return in_article
    return np.ones(len(examples), dtype=bool)


def _check_label_counts(y: np.ndarray, labels: Sequence[str], minimum: int) -> None:
    for j, lab in enumerate(labels):
        pos = int(y[:, j].sum())
        if pos < minimum or len(y) - pos < minimum:
            raise StanceDataError(
                f"Label {lab!r} has {pos} positive and {len(y) - pos} negative examples; "
                f"need at least {minimum} of each to train and cross-validate"
            )


def train_stance(
    paths: Sequence[str | Path] | str | Path,
    out_dir: str | Path,
    *,
    seed: int = 13,
    labels: Sequence[str] | None = None,
    fmt: str | None = None,
    classifier: str = "linearsvc",
    C: float | None = None,
    n_splits: int = 5,
    calibration_cv: int = 5,
    heldout_fraction: float = 0.2,
    dedup_threshold: float = 0.5,
    command: str | None = None,
    data_license: str | None = None,
    use_context: bool = True,
    compare_span_only: bool = False,
    with_bundled: bool = False,
) -> TrainReport:
    """Train, evaluate and save a stance model; see the module docstring.

    ``labels`` defaults to the labels seen in the data (sorted in the order of
    :data:`quotes.stance.LABELS` first).  Unusable rows are skipped and returned
    in ``TrainReport.warnings``.  ``command`` and ``data_license`` are recorded
    in the metadata and model card (defaults: ``sys.argv``; the bundled data's
    license when training on it, otherwise "not recorded"). The model reads the context fields
    that the data fills (see :mod:`quotes.stance.features`) unless ``use_context`` is False;
    ``compare_span_only`` also cross-validates a span-only model for the model card.
    ``with_bundled`` adds the bundled training data (:func:`quotes.stance.card.bundled_data`), read
    in its own format, to ``paths``: how a newsroom adapts the model to its corpus.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    bundled = bundled_data() if with_bundled else []
    if with_bundled and not bundled:
        raise StanceDataError(f"The bundled training data is not here ({BUNDLED_DIR}); it comes with a "
                              "checkout of the project, not with an installed package")
    data = read_many(paths, fmt=fmt, labels=labels, detected=bundled)
    paths = paths + bundled
    examples = data.examples
    labels = tuple(labels) if labels else _labels_in(examples)
    if not labels:
        raise StanceDataError("The training data contains no labels at all")
    if len(labels) < 2:
        raise StanceDataError(f"The training data has one label only ({labels[0]}); the classifier learns "
                              "two or more labels together: add examples of another label")
    unknown = [lab for lab in labels if lab not in LABELS]
    if unknown:
        logger.warning("labels outside %s: %s", ", ".join(LABELS), ", ".join(unknown))
    X = feature_matrix([ex.stance_input() for ex in examples])
    fields = fields_in(X) if use_context else ("text",)
    y = label_matrix(examples, labels)
    _check_label_counts(y, labels, minimum=max(n_splits, calibration_cv))
    groups = near_duplicate_groups([ex.text for ex in examples], dedup_threshold,
                                   docs=[ex.doc_id for ex in examples])
    if classifier not in DEFAULT_C:
        raise ValueError(f"classifier must be 'linearsvc' or 'logreg', got {classifier!r}")
    C = DEFAULT_C[classifier] if C is None else C
    opts = dict(n_splits=n_splits, seed=seed, classifier=classifier, C=C,
                calibration_cv=calibration_cv, fields=fields)
    logger.info("%d examples, %d groups, fields %s", len(X), len(np.unique(groups)), ", ".join(fields))

    tune = threshold_rows(examples, y)
    probs, folds = out_of_fold_probs(X, y, groups, **opts)
    cv_scores = cross_validated_scores(y, probs, folds, labels, tune)
    in_articles = {"model": cross_validated_scores(y, probs, folds, labels, tune, rows=tune)} \
        if not tune.all() else {}
    thresholds = {lab: best_threshold(y[tune, j].astype(bool), probs[tune, j]) for j, lab in enumerate(labels)}
    heldout = _heldout_scores(X, y, groups, labels, heldout_fraction, opts, tune)
    span_only = None
    if compare_span_only and fields != ("text",):
        span_probs, span_folds = out_of_fold_probs(X, y, groups, **{**opts, "fields": ("text",)})
        span_only = cross_validated_scores(y, span_probs, span_folds, labels, tune)
        if in_articles:
            in_articles["span_only"] = cross_validated_scores(y, span_probs, span_folds, labels, tune, rows=tune)

    model = build_model(classifier, C=C, calibration_cv=calibration_cv, seed=seed, fields=fields)
    model.fit(X, y)
    slim(model)
    model.quotes_labels_ = tuple(labels)  # the column order, checked against metadata.json on load
    model.quotes_fields_ = fields  # the StanceInput fields the model reads

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = metadata(
        paths, examples, y, labels, thresholds, cv_scores, heldout, groups, seed, opts,
        command or default_command(), data.warnings, dedup_threshold, heldout_fraction,
        data_license, span_only, in_articles,
    )
    model_path, meta_path, card_path = save(model, meta, out_dir)
    return TrainReport(
        labels=labels,
        thresholds=thresholds,
        cv=cv_scores,
        heldout=heldout,
        n_examples=len(examples),
        n_per_label=meta["n_per_label"],
        n_no_label=meta["n_no_label"],
        n_groups=meta["n_groups"],
        data_sha256=meta["data_sha256"],
        warnings=data.warnings,
        out_dir=out_dir,
        model_path=model_path,
        metadata_path=meta_path,
        model_card_path=card_path,
        metadata=meta,
    )


def _labels_in(examples: Sequence[Example]) -> tuple[str, ...]:
    seen = {lab for ex in examples for lab in ex.labels}
    known = [lab for lab in LABELS if lab in seen]
    return tuple(known + sorted(seen - set(known)))


def _heldout_scores(
    X: np.ndarray, y: np.ndarray, groups: np.ndarray, labels: Sequence[str],
    fraction: float, opts: Mapping[str, Any], tune: np.ndarray,
) -> Scores:
    """Fit on a grouped 1-fraction split (thresholds by inner CV) and score the rest."""
    from sklearn.model_selection import GroupShuffleSplit

    split = GroupShuffleSplit(n_splits=1, test_size=fraction, random_state=opts["seed"])
    train, test = next(split.split(np.zeros(len(X)), y, groups))
    tr_y = y[train]
    inner_probs, _ = out_of_fold_probs(X[train], tr_y, groups[train], **opts)
    inner = tune[train]
    thresholds = [best_threshold(tr_y[inner, j].astype(bool), inner_probs[inner, j]) for j in range(len(labels))]
    model = build_model(opts["classifier"], C=opts["C"], calibration_cv=opts["calibration_cv"],
                        seed=opts["seed"], fields=opts["fields"])
    model.fit(X[train], tr_y)
    probs = model.predict_proba(X[test])
    pred = (probs >= np.asarray(thresholds)).astype(int)
    return score(y[test], pred, labels)
