#!/usr/bin/env python3
"""Stance figures per language: the bundled stance model's grouped cross-validation, split by the
language of the quotes (the training data holds Dutch and English quotes, one model for both).

Runs the same out-of-fold procedure as ``training/train_stance.py`` (features, near-duplicate
groups, grouped 5-fold, thresholds chosen on the other folds' quotes cut from articles) on the
bundled data, then scores the quotes of each language on their own. Saves nothing.

    python training/stance_by_language.py
"""
from __future__ import annotations

import argparse
import json

import numpy as np

from quotes.stance import LABELS
from quotes.stance.card import bundled_data
from quotes.stance.features import feature_matrix
from quotes.stance.labeled import read_many
from quotes.stance.pipeline import DEFAULT_C, fields_in
from quotes.stance.training import (cross_validated_scores, label_matrix, near_duplicate_groups, out_of_fold_probs,
                                    threshold_rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    paths = bundled_data()
    examples = read_many([], detected=paths).examples
    labels = tuple(lab for lab in LABELS if any(lab in ex.labels for ex in examples))
    X = feature_matrix([ex.stance_input() for ex in examples])
    y = label_matrix(examples, labels)
    groups = near_duplicate_groups([ex.text for ex in examples], 0.5, docs=[ex.doc_id for ex in examples])
    probs, folds = out_of_fold_probs(X, y, groups, n_splits=5, seed=args.seed, classifier="linearsvc",
                                     C=DEFAULT_C["linearsvc"], fields=fields_in(X))
    tune = threshold_rows(examples, y)
    langs = np.array([ex.lang or "?" for ex in examples])
    rows = {"all": np.ones(len(examples), dtype=bool)}
    rows.update({code: langs == code for code in sorted(set(langs))})
    table = {}
    for name, mask in rows.items():
        for where, subset in (("all quotes", mask), ("quotes cut from articles", mask & tune)):
            if not subset.any():
                continue
            scores = cross_validated_scores(y, probs, folds, labels, tune, rows=subset)
            table[f"{name}, {where}"] = {"n": int(subset.sum()), "macro_f1": round(scores.macro_f1, 3),
                                         **{lab: round(s.f1, 3) for lab, s in scores.per_label.items()}}
    print(json.dumps(table, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
