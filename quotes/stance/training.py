"""Training the stance classifier on labeled quotes (read by :mod:`quotes.stance.labeled`).

:func:`train_stance` fits word and character TF-IDF features into calibrated
one-vs-rest linear models, picks a decision threshold per label on grouped
cross-validated probabilities, scores the model with grouped cross-validation
and on a grouped held-out split, and writes ``stance.joblib``,
``metadata.json`` and ``MODEL_CARD.md``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import platform
import re
import shlex
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from quotes.stance.labeled import Example, ReadWarning, StanceDataError, read_many
from quotes.stance.model import (
    LABELS,
    METADATA_FILENAME,
    MODEL_CARD_FILENAME,
    MODEL_FILENAME,
)

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


def near_duplicate_groups(texts: Sequence[str], threshold: float = 0.5) -> np.ndarray:
    """Group ids such that texts with word-3-gram Jaccard >= threshold share a group."""
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


DEFAULT_C = {"linearsvc": 2.0, "logreg": 4.0}


def build_pipeline(
    classifier: str = "linearsvc", *, C: float | None = None, calibration_cv: int = 5,
    seed: int = 13,
) -> Any:
    """Word 1-2 gram + char_wb 2-5 gram TF-IDF into calibrated one-vs-rest linear models.

    ``classifier`` is ``"linearsvc"`` (default) or ``"logreg"``; ``C`` defaults
    to :data:`DEFAULT_C` for that classifier.
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word", ngram_range=(1, 2), strip_accents="unicode",
                    sublinear_tf=True, min_df=1, max_features=60000, dtype=np.float32,
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), strip_accents="unicode",
                    sublinear_tf=True, min_df=2, max_features=60000, dtype=np.float32,
                ),
            ),
        ]
    )
    if classifier not in DEFAULT_C:
        raise ValueError(f"classifier must be 'linearsvc' or 'logreg', got {classifier!r}")
    C = DEFAULT_C[classifier] if C is None else C
    if classifier == "logreg":
        base = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=seed)
    else:
        base = LinearSVC(C=C, class_weight="balanced", random_state=seed)
    calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=calibration_cv)
    return Pipeline([("features", features), ("clf", OneVsRestClassifier(calibrated))])


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
    texts: Sequence[str], y: np.ndarray, groups: np.ndarray, *, n_splits: int, seed: int,
    classifier: str, C: float | None, calibration_cv: int = 5,
) -> tuple[np.ndarray, np.ndarray]:
    """Grouped K-fold probabilities for every text; also returns each text's fold."""
    from sklearn.model_selection import GroupKFold

    n_splits = min(n_splits, len(np.unique(groups)))
    if n_splits < 2:
        raise StanceDataError("Need at least two distinct (non-duplicate) texts to cross-validate")
    probs = np.zeros(y.shape, dtype=float)
    folds = np.zeros(len(texts), dtype=int)
    cv = GroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    texts_arr = np.asarray(texts, dtype=object)
    for k, (train, test) in enumerate(cv.split(texts_arr, y, groups)):
        model = build_pipeline(classifier, C=C, calibration_cv=calibration_cv, seed=seed)
        model.fit(list(texts_arr[train]), y[train])
        probs[test] = model.predict_proba(list(texts_arr[test]))
        folds[test] = k
    return probs, folds


def cross_validated_scores(
    y: np.ndarray, probs: np.ndarray, folds: np.ndarray, labels: Sequence[str]
) -> Scores:
    """Score each fold with thresholds chosen on the other folds' probabilities."""
    pred = np.zeros_like(y)
    for k in np.unique(folds):
        test = folds == k
        for j in range(len(labels)):
            t = best_threshold(y[~test, j].astype(bool), probs[~test, j])
            pred[test, j] = probs[test, j] >= t
    return score(y, pred, labels)


def _check_label_counts(y: np.ndarray, labels: Sequence[str], minimum: int) -> None:
    for j, lab in enumerate(labels):
        pos = int(y[:, j].sum())
        if pos < minimum or len(y) - pos < minimum:
            raise StanceDataError(
                f"Label {lab!r} has {pos} positive and {len(y) - pos} negative examples; "
                f"need at least {minimum} of each to train and cross-validate"
            )


def data_hash(paths: Sequence[str | Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


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
) -> TrainReport:
    """Train, evaluate and save a stance model; see the module docstring.

    ``labels`` defaults to the labels seen in the data (sorted in the order of
    :data:`quotes.stance.LABELS` first).  Unusable rows are skipped and returned
    in ``TrainReport.warnings``.  ``command`` and ``data_license`` are recorded
    in the metadata and model card (defaults: ``sys.argv``; the bundled data's
    license when training on it, otherwise "not recorded").
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    data = read_many(paths, fmt=fmt, labels=labels)
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
    texts = [ex.text for ex in examples]
    y = label_matrix(examples, labels)
    _check_label_counts(y, labels, minimum=max(n_splits, calibration_cv))
    groups = near_duplicate_groups(texts, dedup_threshold)
    if classifier not in DEFAULT_C:
        raise ValueError(f"classifier must be 'linearsvc' or 'logreg', got {classifier!r}")
    C = DEFAULT_C[classifier] if C is None else C
    opts = dict(n_splits=n_splits, seed=seed, classifier=classifier, C=C,
                calibration_cv=calibration_cv)
    logger.info("%d examples, %d near-duplicate groups", len(texts), len(np.unique(groups)))

    probs, folds = out_of_fold_probs(texts, y, groups, **opts)
    cv_scores = cross_validated_scores(y, probs, folds, labels)
    thresholds = {lab: best_threshold(y[:, j].astype(bool), probs[:, j]) for j, lab in enumerate(labels)}
    heldout = _heldout_scores(texts, y, groups, labels, heldout_fraction, opts)

    model = build_pipeline(classifier, C=C, calibration_cv=calibration_cv, seed=seed)
    model.fit(texts, y)
    _slim(model)
    model.quotes_labels_ = tuple(labels)  # the column order, checked against metadata.json on load

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    meta = _metadata(
        paths, examples, y, labels, thresholds, cv_scores, heldout, groups, seed, opts,
        command or _default_command(), data.warnings, dedup_threshold, heldout_fraction,
        data_license,
    )
    model_path, meta_path, card_path = _save(model, meta, out_dir)
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
    texts: Sequence[str], y: np.ndarray, groups: np.ndarray, labels: Sequence[str],
    fraction: float, opts: Mapping[str, Any],
) -> Scores:
    """Fit on a grouped 1-fraction split (thresholds by inner CV) and score the rest."""
    from sklearn.model_selection import GroupShuffleSplit

    split = GroupShuffleSplit(n_splits=1, test_size=fraction, random_state=opts["seed"])
    train, test = next(split.split(np.zeros(len(texts)), y, groups))
    texts_arr = np.asarray(texts, dtype=object)
    tr_texts, tr_y = list(texts_arr[train]), y[train]
    inner_probs, _ = out_of_fold_probs(tr_texts, tr_y, groups[train], **opts)
    thresholds = [best_threshold(tr_y[:, j].astype(bool), inner_probs[:, j]) for j in range(len(labels))]
    model = build_pipeline(
        opts["classifier"], C=opts["C"], calibration_cv=opts["calibration_cv"], seed=opts["seed"]
    )
    model.fit(tr_texts, tr_y)
    probs = model.predict_proba(list(texts_arr[test]))
    pred = (probs >= np.asarray(thresholds)).astype(int)
    return score(y[test], pred, labels)


def _slim(model: Any) -> None:
    """Drop attributes only needed for introspection (they bloat the pickle)."""
    for _, vec in model.named_steps["features"].transformer_list:
        if hasattr(vec, "stop_words_"):
            delattr(vec, "stop_words_")


BUNDLED_DATA = Path(__file__).resolve().parents[2] / "training" / "data" / "stance.jsonl"
BUNDLED_LICENSE = (
    "the bundled training data (training/data/stance.jsonl) was written for the quotes "
    "project and contains no third-party text; its quotes are invented and attributed to "
    "roles or fictional people. It is distributed under the license of the quotes project."
)


def _default_license(paths: Sequence[Path]) -> str:
    if all(p.resolve() == BUNDLED_DATA for p in paths):
        return BUNDLED_LICENSE
    return "not recorded; the license of the training data applies to this model (pass data_license=)"


def _default_command() -> str:
    argv = [Path(sys.argv[0]).name, *sys.argv[1:]] if sys.argv and sys.argv[0] else []
    return shlex.join(argv) if argv else "train_stance(...)"


def _metadata(
    paths: Sequence[Path], examples: Sequence[Example], y: np.ndarray, labels: Sequence[str],
    thresholds: Mapping[str, float], cv: Scores, heldout: Scores, groups: np.ndarray,
    seed: int, opts: Mapping[str, Any], command: str, warnings: Sequence[ReadWarning],
    dedup_threshold: float, heldout_fraction: float, data_license: str | None,
) -> dict[str, Any]:
    import sklearn

    langs: dict[str, int] = {}
    for ex in examples:
        langs[ex.lang or "unknown"] = langs.get(ex.lang or "unknown", 0) + 1
    return {
        "format_version": 1,
        "labels": list(labels),
        "thresholds": {lab: round(float(t), 4) for lab, t in thresholds.items()},
        "sklearn_version": sklearn.__version__,
        "python_version": platform.python_version(),
        "numpy_version": np.__version__,
        "data_files": [p.name for p in paths],
        "data_sha256": data_hash(paths),
        "n_examples": len(examples),
        "n_per_label": {lab: int(y[:, j].sum()) for j, lab in enumerate(labels)},
        "n_no_label": int((y.sum(axis=1) == 0).sum()),
        "n_per_lang": dict(sorted(langs.items())),
        "n_groups": int(len(np.unique(groups))),
        "n_skipped_rows": len(warnings),
        "data_license": data_license or _default_license(paths),
        "model": {
            "features": "tfidf word 1-2 gram + char_wb 2-5 gram",
            "classifier": opts["classifier"],
            "C": opts["C"],
            "calibration": f"CalibratedClassifierCV(method='sigmoid', cv={opts['calibration_cv']}), "
            "one-vs-rest",
            "class_weight": "balanced",
        },
        "evaluation": {
            "seed": seed,
            "cv": f"GroupKFold(n_splits={opts['n_splits']}, shuffle=True), groups = word-3-gram "
            f"Jaccard >= {dedup_threshold}; thresholds per fold chosen on the other folds",
            "heldout": f"GroupShuffleSplit(test_size={heldout_fraction}); thresholds by inner grouped CV",
        },
        "cv_scores": cv.as_dict(),
        "heldout_scores": heldout.as_dict(),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
    }


def _save(model: Any, meta: Mapping[str, Any], out_dir: Path) -> tuple[Path, Path, Path]:
    import joblib

    model_path = out_dir / MODEL_FILENAME
    meta_path = out_dir / METADATA_FILENAME
    card_path = out_dir / MODEL_CARD_FILENAME
    joblib.dump(model, model_path, compress=3)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    logger.info("saved stance model to %s", model_path)
    return model_path, meta_path, card_path


def _score_table(scores: Mapping[str, Any]) -> str:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab, s in scores["per_label"].items():
        rows.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    rows.append(f"| **macro-F1** | | | **{scores['macro_f1']:.3f}** | {scores['n_examples']} |")
    return "\n".join(rows)


def model_card(meta: Mapping[str, Any]) -> str:
    """Markdown model card for a trained stance model."""
    per_label = ", ".join(f"{lab}: {n}" for lab, n in meta["n_per_label"].items())
    thresholds = ", ".join(f"{lab}: {t}" for lab, t in meta["thresholds"].items())
    langs = ", ".join(f"{lang}: {n}" for lang, n in meta["n_per_lang"].items())
    return f"""# Stance model card

Multi-label stance classifier for quotes (Dutch and English). Labels:
{", ".join(f"`{lab}`" for lab in meta["labels"])}. A quote may carry several labels or none.

## Warning: model files are pickles

`stance.joblib` is a pickle; loading it runs code. Load model files only from
sources you trust, and never load one downloaded from an unknown place.

## Training data

- Files: {", ".join(meta["data_files"])} (SHA-256 `{meta["data_sha256"]}`)
- {meta["n_examples"]} examples ({meta["n_groups"]} near-duplicate groups); per label: {per_label};
  no label: {meta["n_no_label"]}; languages: {langs}; skipped rows: {meta["n_skipped_rows"]}
- License: {meta["data_license"]}

## Model

{meta["model"]["features"]}, {meta["model"]["calibration"]} around
`{meta["model"]["classifier"]}` (C={meta["model"]["C"]}, class_weight=balanced).
Decision thresholds per label, chosen to maximize F1 on grouped out-of-fold
probabilities: {thresholds}.

## Command and versions

- Command: `{meta["command"]}`
- Trained: {meta["date"]}
- Python {meta["python_version"]}, scikit-learn {meta["sklearn_version"]}, numpy {meta["numpy_version"]}.
  Loading requires the same scikit-learn feature release (major.minor); otherwise retrain.

## Scores

Grouped cross-validation ({meta["evaluation"]["cv"]}):

{_score_table(meta["cv_scores"])}

Held-out split ({meta["evaluation"]["heldout"]}):

{_score_table(meta["heldout_scores"])}

The bundled data set is small and was written by the project, so these scores
overstate accuracy on real news text.

## Intended use

Flagging the stance of quotes extracted from Dutch and English news about the
war in Ukraine, NATO and diplomacy, as a first pass for human analysts, and as
a baseline users retrain on their own labeled data.

## Limits

- Bag-of-n-grams model: it does not understand negation, irony, reported vs.
  endorsed speech or who the speaker is; check borderline quotes by hand.
- Trained on a few hundred invented quotes per label; expect lower accuracy on
  other topics, registers, time periods and languages than Dutch and English.
- Probabilities are calibrated on the training distribution only.
- Not for decisions about individuals; a label is not a judgement of a person.
"""


def format_scores(name: str, scores: Scores) -> list[str]:
    lines = [f"{name}: macro-F1 {scores.macro_f1:.3f} (n={scores.n_examples})"]
    for label, s in scores.per_label.items():
        lines.append(f"  {label:<24} P {s.precision:.3f}  R {s.recall:.3f}  "
                     f"F1 {s.f1:.3f}  support {s.support}")
    return lines


def format_report(report: TrainReport) -> str:
    lines = [f"examples: {report.n_examples} ({report.n_groups} near-duplicate groups), "
             f"no label: {report.n_no_label}, per label: "
             + ", ".join(f"{k} {v}" for k, v in report.n_per_label.items())]
    if report.warnings:
        lines.append(f"skipped rows: {len(report.warnings)}")
        lines += [f"  {w}" for w in report.warnings[:20]]
    lines += format_scores("grouped CV", report.cv)
    lines += format_scores("held-out", report.heldout)
    lines.append("thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in report.thresholds.items()))
    lines.append(f"saved: {report.model_path} ({report.model_path.stat().st_size / 1e6:.1f} MB), "
                 f"{report.metadata_path.name}, {report.model_card_path.name}")
    return "\n".join(lines)
