"""The stance classifier: the model at run time (:mod:`.model`), the labeled data it is trained on
(:mod:`.labeled`) and its training (:mod:`.training`)."""
from __future__ import annotations

from quotes.stance.model import (
    DEFAULT_MODEL_DIR,
    ENV_VAR,
    LABELS,
    METADATA_FILENAME,
    MODEL_CARD_FILENAME,
    MODEL_FILENAME,
    RETRAIN_HINT,
    StanceModel,
    StanceModelError,
    check_sklearn_version,
    load_stance_model,
    read_metadata,
    resolve_model_dir,
)

__all__ = [
    "DEFAULT_MODEL_DIR", "ENV_VAR", "LABELS", "METADATA_FILENAME", "MODEL_CARD_FILENAME",
    "MODEL_FILENAME", "RETRAIN_HINT", "StanceModel", "StanceModelError", "check_sklearn_version",
    "load_stance_model", "read_metadata", "resolve_model_dir",
]
