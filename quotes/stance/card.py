"""What a trained stance model records about itself: ``metadata.json`` (versions, data, scores,
thresholds, the fields it reads) and ``MODEL_CARD.md``, and the report ``quotes train`` prints."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import platform
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from quotes.stance.labeled import Example, ReadWarning
from quotes.stance.model import (BUNDLED_DIGEST_FILE, DEFAULT_MODEL_DIR, LEGACY_MODEL_FILENAME, METADATA_FILENAME,
                                 MODEL_CARD_FILENAME, MODEL_FILENAME, file_sha256)

if TYPE_CHECKING:
    from quotes.stance.training import Scores, TrainReport

logger = logging.getLogger(__name__)

BUNDLED_DIR = Path(__file__).resolve().parents[2] / "training" / "data"
BUNDLED_FILES = ("stance.jsonl", "stance_context.jsonl")
"""The bundled training data: quotes alone, and quotes cut with their context from articles."""
BUNDLED_LICENSE = (
    "the bundled training data (training/data/stance.jsonl, stance_context.jsonl) was written for "
    "the quotes project and contains no third-party text; its quotes and articles are invented and "
    "attributed to roles or fictional people. It is distributed under the license of the quotes project."
)


def bundled_data() -> list[Path]:
    """The bundled training files (in a checkout of the project; not installed with the package)."""
    return [BUNDLED_DIR / name for name in BUNDLED_FILES if (BUNDLED_DIR / name).is_file()]


def data_hash(paths: Sequence[str | Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def describe_features(fields: Sequence[str]) -> str:
    span = "quote: tfidf word 1-2 gram + char_wb 2-5 gram"
    if tuple(fields) == ("text",):
        return span
    return (f"{span}; the span model also scores the context and the topic, and a logistic regression "
            f"per label stacks the three scores, their products, the cue lemma and the speaker type "
            f"(fields: {', '.join(fields)})")


def _default_license(paths: Sequence[Path]) -> str:
    if all(p.resolve().parent == BUNDLED_DIR and p.name in BUNDLED_FILES for p in paths):
        return BUNDLED_LICENSE
    return "not recorded; the license of the training data applies to this model (pass data_license=)"


def default_command() -> str:
    argv = [Path(sys.argv[0]).name, *sys.argv[1:]] if sys.argv and sys.argv[0] else []
    return shlex.join(argv) if argv else "train_stance(...)"


def metadata(
    paths: Sequence[Path], examples: Sequence[Example], y: np.ndarray, labels: Sequence[str],
    thresholds: Mapping[str, float], cv: Scores, heldout: Scores, groups: np.ndarray,
    seed: int, opts: Mapping[str, Any], command: str, warnings: Sequence[ReadWarning],
    dedup_threshold: float, heldout_fraction: float, data_license: str | None,
    span_only: Scores | None = None, in_articles: Mapping[str, Scores] | None = None,
) -> dict[str, Any]:
    import sklearn

    langs: dict[str, int] = {}
    for ex in examples:
        langs[ex.lang or "unknown"] = langs.get(ex.lang or "unknown", 0) + 1
    return {
        "format_version": 2,
        "fields": list(opts["fields"]),
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
            "features": describe_features(opts["fields"]),
            "classifier": opts["classifier"],
            "C": opts["C"],
            "calibration": f"CalibratedClassifierCV(method='sigmoid', cv={opts['calibration_cv']}), "
            "one-vs-rest",
            "class_weight": "balanced",
        },
        "evaluation": {
            "seed": seed,
            "cv": f"GroupKFold(n_splits={opts['n_splits']}, shuffle=True), groups = word-3-gram "
            f"Jaccard >= {dedup_threshold} or the same article; thresholds per fold chosen on the other folds",
            "heldout": f"GroupShuffleSplit(test_size={heldout_fraction}); thresholds by inner grouped CV",
        },
        "cv_scores": cv.as_dict(),
        "heldout_scores": heldout.as_dict(),
        **({"cv_scores_span_only": span_only.as_dict()} if span_only is not None else {}),
        **({"cv_scores_in_articles": {k: v.as_dict() for k, v in in_articles.items()}} if in_articles else {}),
        "thresholds_chosen_on": "the quotes cut from articles" if in_articles else "all examples",
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": command,
    }


def save(model: Any, meta: dict[str, Any], out_dir: Path) -> tuple[Path, Path, Path]:
    """Write the model with skops (no code runs when it is loaded), its metadata with the model
    file's SHA-256, and the card. A legacy pickle left in ``out_dir`` is removed, so the folder holds
    one model, except in the bundled model's folder (:func:`save_bundled_copy`)."""
    import zipfile

    import skops.io

    model_path = out_dir / MODEL_FILENAME
    meta_path = out_dir / METADATA_FILENAME
    card_path = out_dir / MODEL_CARD_FILENAME
    skops.io.dump(model, model_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    meta["model_file"] = MODEL_FILENAME
    meta["model_sha256"] = file_sha256(model_path)
    if out_dir.resolve() == DEFAULT_MODEL_DIR.resolve():
        save_bundled_copy(model, out_dir)
    else:
        (out_dir / LEGACY_MODEL_FILENAME).unlink(missing_ok=True)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    card_path.write_text(model_card(meta), encoding="utf-8")
    logger.info("saved stance model to %s", model_path)
    return model_path, meta_path, card_path


def save_bundled_copy(model: Any, out_dir: Path) -> None:
    """The bundled model also as a joblib pickle, which loads in a fraction of a second where skops
    takes seconds, and its SHA-256 into the package (``quotes/data/stance_bundled.sha256``): the
    loader opens that pickle only when it matches the digest the package ships."""
    import joblib

    path = out_dir / LEGACY_MODEL_FILENAME
    joblib.dump(model, path, compress=3)
    BUNDLED_DIGEST_FILE.write_text(file_sha256(path) + "\n", encoding="ascii")


def _score_table(scores: Mapping[str, Any]) -> str:
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for lab, s in scores["per_label"].items():
        rows.append(f"| {lab} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    rows.append(f"| **macro-F1** | | | **{scores['macro_f1']:.3f}** | {scores['n_examples']} |")
    return "\n".join(rows)


def _span_only_section(meta: Mapping[str, Any]) -> str:
    text = ""
    if "cv_scores_span_only" in meta:
        text += ("\nThe same grouped cross-validation of a span-only model (the quote alone) on the same "
                 "data, for comparison:\n\n" + _score_table(meta["cv_scores_span_only"]) + "\n")
    for name, scores in meta.get("cv_scores_in_articles", {}).items():
        what = "this model" if name == "model" else "the span-only model"
        text += (f"\nThe same cross-validation, scored on the quotes cut from articles only (what the model "
                 f"meets at run time), {what}:\n\n" + _score_table(scores) + "\n")
    return text


def model_card(meta: Mapping[str, Any]) -> str:
    """Markdown model card for a trained stance model."""
    per_label = ", ".join(f"{lab}: {n}" for lab, n in meta["n_per_label"].items())
    thresholds = ", ".join(f"{lab}: {t}" for lab, t in meta["thresholds"].items())
    langs = ", ".join(f"{lang}: {n}" for lang, n in meta["n_per_lang"].items())
    return f"""# Stance model card

Multi-label stance classifier for quotes (Dutch and English). Labels:
{", ".join(f"`{lab}`" for lab in meta["labels"])}. A quote may carry several labels or none.

## Model file

`stance.skops` is saved with skops: loading it builds only scikit-learn and numpy types from a
trusted list and runs no code from the file; `metadata.json` records its SHA-256, checked on load.
The bundled model is also saved as `stance.joblib`, which loads in a fraction of a second; the
package ships that file's SHA-256 (`quotes/data/stance_bundled.sha256`) and opens the pickle only
when it matches.

## Training data

- Files: {", ".join(meta["data_files"])} (SHA-256 `{meta["data_sha256"]}`)
- {meta["n_examples"]} examples ({meta["n_groups"]} near-duplicate groups); per label: {per_label};
  no label: {meta["n_no_label"]}; languages: {langs}; skipped rows: {meta["n_skipped_rows"]}
- License: {meta["data_license"]}

## Model

{meta["model"]["features"]}. The span model: {meta["model"]["calibration"]} around
`{meta["model"]["classifier"]}` (C={meta["model"]["C"]}, class_weight=balanced).
Decision thresholds per label, chosen to maximize F1 on grouped out-of-fold
probabilities of {meta.get("thresholds_chosen_on", "all examples")}: {thresholds}.

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
{_span_only_section(meta)}
The bundled data set is small and was written by the project, so these scores
overstate accuracy on real news text.

## Intended use

Flagging the stance of quotes extracted from Dutch and English news about the
war in Ukraine, NATO and diplomacy, as a first pass for human analysts, and as
a baseline users retrain on their own labeled data.

## Limits

- Bag-of-n-grams scores: the context tells the model what an article is about, not whether
  the speaker agrees; it does not understand negation, irony, hedging or reported vs. endorsed
  speech, and it knows the speaker's type, not who the speaker is. Check borderline quotes by hand.
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
