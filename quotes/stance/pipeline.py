"""The stance classifier's scikit-learn pipeline: one feature block per field of
:class:`~quotes.stance.features.StanceInput` (a ColumnTransformer over the columns of
:func:`~quotes.stance.features.feature_matrix`) into calibrated one-vs-rest linear models.

The quote gets word 1-2 gram and character 2-5 gram TF-IDF, as the span-only model had; the context
and the topic get word TF-IDF, the cue and the speaker type one feature per value. The blocks are
weighted (:data:`BLOCK_WEIGHTS`) so that the quote's own words count most: context decides only
where the quote itself says little.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from quotes.stance.features import FIELDS

DEFAULT_C = {"linearsvc": 2.0, "logreg": 4.0}
CLASSIFIERS = tuple(DEFAULT_C)

BLOCK_WEIGHTS: Mapping[str, float] = {
    "text_word": 1.0, "text_char": 1.0, "context": 0.6, "cue": 0.6, "speaker": 0.3, "topic": 0.4,
}
"""Chosen by grouped cross-validation on the bundled training data (``training/tune_stance.py``)."""

MIN_FILLED = 20
"""A field is used only when at least this many training examples fill it."""


def fields_in(matrix: np.ndarray, minimum: int = MIN_FILLED) -> tuple[str, ...]:
    """The fields of a feature matrix that enough rows fill (``text`` always)."""
    used = ["text"]
    for j, name in enumerate(FIELDS[1:], start=1):
        if sum(1 for value in matrix[:, j] if value) >= minimum:
            used.append(name)
    return tuple(used)


def _blocks(fields: Sequence[str]) -> list[tuple[str, Any, int]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    col = {name: j for j, name in enumerate(FIELDS)}
    blocks: list[tuple[str, Any, int]] = [
        ("text_word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), strip_accents="unicode",
                                      sublinear_tf=True, max_features=60000, dtype=np.float32), col["text"]),
        ("text_char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), strip_accents="unicode",
                                      sublinear_tf=True, min_df=2, max_features=60000, dtype=np.float32),
         col["text"]),
    ]
    for name in ("context", "topic"):
        if name in fields:
            blocks.append((name, TfidfVectorizer(analyzer="word", ngram_range=(1, 1), strip_accents="unicode",
                                                 sublinear_tf=True, min_df=2, max_features=20000,
                                                 dtype=np.float32), col[name]))
    for name in ("cue", "speaker"):
        if name in fields:
            blocks.append((name, TfidfVectorizer(analyzer="word", token_pattern=r"\S+", use_idf=False,
                                                 norm="l2", dtype=np.float32), col[name]))
    return blocks


def build_pipeline(classifier: str = "linearsvc", *, C: float | None = None, calibration_cv: int = 5,
                   seed: int = 13, fields: Sequence[str] = ("text",),
                   weights: Mapping[str, float] | None = None) -> Any:
    """The stance pipeline over the columns ``fields`` of a feature matrix.

    ``classifier`` is ``"linearsvc"`` (default) or ``"logreg"``; ``C`` defaults to
    :data:`DEFAULT_C` for that classifier; ``weights`` override :data:`BLOCK_WEIGHTS`.
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC

    if classifier not in DEFAULT_C:
        raise ValueError(f"classifier must be 'linearsvc' or 'logreg', got {classifier!r}")
    C = DEFAULT_C[classifier] if C is None else C
    blocks = _blocks(fields)
    weights = {**BLOCK_WEIGHTS, **(weights or {})}
    features = ColumnTransformer(blocks, transformer_weights={name: weights[name] for name, _, _ in blocks})
    if classifier == "logreg":
        base = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=seed)
    else:
        base = LinearSVC(C=C, class_weight="balanced", random_state=seed)
    calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=calibration_cv)
    return Pipeline([("features", features), ("clf", OneVsRestClassifier(calibrated))])


def slim(model: Any) -> None:
    """Drop attributes only needed for introspection (they bloat the pickle)."""
    for _, vec, _ in model.named_steps["features"].transformers_:
        if hasattr(vec, "stop_words_"):
            delattr(vec, "stop_words_")
