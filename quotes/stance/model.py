"""Runtime side of the stance classifier.

A stance model assigns zero or more of a fixed set of labels to a quote, by
default ``supportive_of_ukraine``, ``pro_nato`` and ``mediation_offer``.  The
model is a scikit-learn pipeline saved with joblib by
:func:`quotes.stance.training.train_stance`, next to a ``metadata.json`` that
records the labels, the per-label decision thresholds and the scikit-learn
version it was trained with.

Models are saved with ``skops.io`` (``stance.skops``), whose loader builds only the types it is
told to trust and runs no code from the file: scikit-learn's and numpy's own types, plus
:data:`TRUSTED_TYPES`. A file that needs any other type is refused unless the caller trusts the
model (``trust_model=True``, ``quotes extract --trust-model``). Models saved by earlier versions as
a joblib pickle (``stance.joblib``), which runs code when loaded, likewise load only when trusted.
``metadata.json`` records the model file's SHA-256; a file that does not match is refused.

The bundled model loads from a joblib copy instead (skops takes seconds to rebuild it, the pickle a
fraction of one), and only when that copy's SHA-256 equals the digest the package itself ships in
``quotes/data/stance_bundled.sha256``: a replaced file in ``models/stance/`` is never unpickled.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError
from quotes.stance.features import StanceInput, as_inputs, feature_matrix

logger = logging.getLogger(__name__)

LABELS: tuple[str, ...] = ("supportive_of_ukraine", "pro_nato", "mediation_offer")
MODEL_FILENAME = "stance.skops"
LEGACY_MODEL_FILENAME = "stance.joblib"
"""a joblib pickle, as models were saved before skops: loads only when trusted"""
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "quotes.stance.pipeline.ContextStacker",
)
"""Types of the stance models that skops does not trust by default: scikit-learn's private
calibration classes and our own contextual model; loading them only sets their attributes."""
BUNDLED_DIGEST_FILE = Path(__file__).resolve().parent.parent / "data" / "stance_bundled.sha256"
TRUST_HINT = "pass --trust-model (library: trust_model=True) only if you trust where the model comes from"
METADATA_FILENAME = "metadata.json"
MODEL_CARD_FILENAME = "MODEL_CARD.md"
ENV_VAR = "QUOTES_STANCE_MODEL"
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "stance"
RETRAIN_HINT = "quotes train training/data/stance.jsonl -o models/stance"


class StanceModelError(QuotesError):
    """The stance model is missing, unreadable or incompatible."""


@dataclass(frozen=True)
class StanceModel:
    """A loaded stance classifier.

    ``pipeline`` is a fitted scikit-learn estimator whose ``predict_proba``
    returns one column per label, in the order of ``labels``.
    """

    pipeline: Any
    labels: tuple[str, ...]
    thresholds: Mapping[str, float]
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def fields(self) -> tuple[str, ...]:
        """The :class:`~quotes.stance.features.StanceInput` fields the model reads: ``("text",)``
        for a span-only model (and models trained before context features existed)."""
        return tuple(getattr(self.pipeline, "quotes_fields_", ("text",)))

    def predict(self, inputs: Sequence[StanceInput | str]) -> list[dict[str, float]]:
        """Return, for each quote (a :class:`~quotes.stance.features.StanceInput`, or its text
        alone), the probability of every label."""
        if isinstance(inputs, (str, StanceInput)):
            raise TypeError("predict() takes a list of quotes, not a single one")
        inputs = as_inputs(list(inputs))
        if not inputs:
            return []
        if hasattr(self.pipeline, "quotes_fields_"):
            probs = self.pipeline.predict_proba(feature_matrix(inputs))
        else:  # a span-only pipeline of format 1 takes the texts
            probs = self.pipeline.predict_proba([inp.text for inp in inputs])
        return [
            {label: float(row[i]) for i, label in enumerate(self.labels)}
            for row in probs
        ]

    def assign(self, probs: Mapping[str, float]) -> list[str]:
        """Return the labels whose probability reaches the label's threshold."""
        return [
            label
            for label in self.labels
            if probs.get(label, 0.0) >= self.thresholds.get(label, 0.5)
        ]

    def classify(self, inputs: Sequence[StanceInput | str]) -> list[list[str]]:
        """Shorthand for ``assign`` applied to ``predict``."""
        return [self.assign(p) for p in self.predict(inputs)]


def resolve_model_dir(path: str | Path | None = None) -> Path:
    """Directory holding the model: ``path``, else $QUOTES_STANCE_MODEL, else bundled.

    ``path`` may name the directory or the model file in it.
    """
    if path is None:
        env = os.environ.get(ENV_VAR)
        path = Path(env) if env else DEFAULT_MODEL_DIR
    path = Path(path).expanduser()
    if path.suffix in (".joblib", ".skops") or path.is_file():
        return path.parent
    return path


def read_metadata(model_dir: Path) -> dict[str, Any]:
    """Read and minimally validate ``metadata.json`` in ``model_dir``."""
    meta_path = model_dir / METADATA_FILENAME
    if not meta_path.is_file():
        raise StanceModelError(
            f"No stance model metadata at {meta_path}. Train a model with "
            f"`{RETRAIN_HINT}` or point ${ENV_VAR} at a trained model directory."
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StanceModelError(f"Cannot read stance model metadata {meta_path}: {exc}") from exc
    missing = [k for k in ("labels", "thresholds", "sklearn_version") if k not in meta]
    if missing:
        raise StanceModelError(
            f"Stance model metadata {meta_path} lacks {', '.join(missing)}; "
            f"retrain with `{RETRAIN_HINT}`."
        )
    return meta


def check_sklearn_version(meta: Mapping[str, Any], model_dir: Path) -> None:
    """Raise StanceModelError unless the installed scikit-learn has the model's major.minor version
    (pickles are not portable across scikit-learn feature releases; patch releases keep them)."""
    import sklearn

    trained = str(meta["sklearn_version"])
    if trained.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise StanceModelError(
            f"The stance model in {model_dir} was trained with scikit-learn {trained}, "
            f"but scikit-learn {sklearn.__version__} is installed. Pickled models are "
            f"only reliable with the version they were saved with. Either "
            f"retrain it with `{RETRAIN_HINT}` (or `python training/train_stance.py`), "
            f"or install the matching version: pip install scikit-learn=={trained}"
        )


def load_stance_model(
    path: str | Path | None = None, *, check_version: bool = True, trust_model: bool = False
) -> StanceModel:
    """Load a stance model.

    ``path`` is a model directory (or its model file); by default ``$QUOTES_STANCE_MODEL`` or the
    bundled ``models/stance/``. ``trust_model`` allows types outside the trusted list and legacy
    pickles (see the module docstring): only for models from sources you trust.
    """
    model_dir = resolve_model_dir(path)
    bundle = _is_verified_bundle(model_dir)
    model_path = model_dir / (LEGACY_MODEL_FILENAME if bundle else MODEL_FILENAME)
    if not model_path.is_file() and (model_dir / LEGACY_MODEL_FILENAME).is_file():
        model_path = model_dir / LEGACY_MODEL_FILENAME
    if not model_path.is_file():
        raise StanceModelError(
            f"No stance model file at {model_dir / MODEL_FILENAME}. Train one with `{RETRAIN_HINT}` "
            f"or set ${ENV_VAR} to a directory containing {MODEL_FILENAME} "
            f"and {METADATA_FILENAME}."
        )
    meta = read_metadata(model_dir)
    if check_version:
        check_sklearn_version(meta, model_dir)
    if not bundle:  # the bundle was checked against the digest the package ships
        _check_digest(model_path, meta)
    pipeline = _load_pipeline(model_path, trust_model or bundle)
    labels, thresholds = _checked_labels(meta, pipeline, model_dir)
    logger.debug("loaded stance model %s with labels %s", model_path, labels)
    return StanceModel(pipeline=pipeline, labels=labels, thresholds=thresholds, metadata=meta)


def _checked_labels(meta: Mapping[str, Any], pipeline: Any,
                    model_dir: Path) -> tuple[tuple[str, ...], dict[str, float]]:
    """The labels and thresholds of ``metadata.json``, checked against the classifier: as many
    distinct labels as it has output columns, in the order it was trained with when it records
    that order (models trained since this check), and a threshold in [0, 1] for each."""
    labels = tuple(meta["labels"])
    thresholds = meta["thresholds"]
    columns = len(getattr(pipeline, "classes_", labels))
    trained = tuple(getattr(pipeline, "quotes_labels_", labels))
    problems = []
    if len(set(labels)) != len(labels) or len(labels) != columns:
        problems.append(f"{len(labels)} labels for {columns} output columns")
    if trained != labels:
        problems.append(f"labels in the order {', '.join(labels)} but trained as {', '.join(trained)}")
    missing = [lab for lab in labels if not isinstance(thresholds.get(lab), (int, float))
               or not 0.0 <= float(thresholds[lab]) <= 1.0]
    if missing:
        problems.append(f"no threshold in [0, 1] for {', '.join(missing)}")
    if problems:
        raise StanceModelError(f"{model_dir / METADATA_FILENAME} does not fit {MODEL_FILENAME}: {'; '.join(problems)}. "
                               f"Retrain it with `{RETRAIN_HINT}`.")
    return labels, {lab: float(thresholds[lab]) for lab in labels}


def _is_verified_bundle(model_dir: Path) -> bool:
    """Whether ``model_dir`` is the bundled folder and its pickle matches the digest the package ships."""
    pickle = model_dir / LEGACY_MODEL_FILENAME
    if model_dir.resolve() != DEFAULT_MODEL_DIR.resolve() or not pickle.is_file() or not BUNDLED_DIGEST_FILE.is_file():
        return False
    return file_sha256(pickle) == BUNDLED_DIGEST_FILE.read_text(encoding="ascii").strip()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_digest(model_path: Path, meta: Mapping[str, Any]) -> None:
    expected = meta.get("model_sha256")
    if expected is None:
        return  # saved before digests were recorded
    if file_sha256(model_path) != expected:
        raise StanceModelError(f"{model_path} does not match the SHA-256 in its {METADATA_FILENAME}: the file "
                               f"is damaged or was replaced. Retrain it with `{RETRAIN_HINT}`.")


def _load_pipeline(model_path: Path, trust_model: bool) -> Any:
    try:
        pipeline = _load_skops(model_path, trust_model) if model_path.suffix == ".skops" \
            else _load_pickle(model_path, trust_model)
    except StanceModelError:
        raise
    except Exception as exc:  # a damaged file can fail in many ways
        raise StanceModelError(
            f"Cannot load stance model {model_path}: {exc}. Retrain it with `{RETRAIN_HINT}`."
        ) from exc
    if not hasattr(pipeline, "predict_proba"):
        raise StanceModelError(f"{model_path} does not hold a probabilistic classifier")
    return pipeline


def _load_skops(model_path: Path, trust_model: bool) -> Any:
    import skops.io

    needed = [t for t in skops.io.get_untrusted_types(file=model_path) if t not in TRUSTED_TYPES]
    if needed and not trust_model:
        raise StanceModelError(f"{model_path} holds types that are not on the trusted list "
                               f"({', '.join(needed)}); loading them could run code: {TRUST_HINT}.")
    return skops.io.load(model_path, trusted=[*TRUSTED_TYPES, *needed])


def _load_pickle(model_path: Path, trust_model: bool) -> Any:
    if not trust_model:
        raise StanceModelError(f"{model_path} is a pickle, which runs code when it is loaded. Retrain the "
                               f"model with `{RETRAIN_HINT}` (models are now saved with skops, which runs "
                               f"no code), or {TRUST_HINT}.")
    import joblib

    return joblib.load(model_path)
