#!/usr/bin/env python
"""Train the quotes stance classifier.

    python training/train_stance.py [DATA ...] [-o models/stance/] [--seed 13]

Thin wrapper around :func:`quotes.stance_training.train_stance`; the
``quotes train DATA... -o DIR`` command calls the same function.
"""
from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
try:
    from quotes.errors import QuotesError
except ImportError:  # running from a checkout without the package installed
    sys.path.insert(0, str(REPO_ROOT))
    from quotes.errors import QuotesError

from quotes.stance_training import FORMATS, Scores, TrainReport, train_stance  # noqa: E402

DEFAULT_DATA = REPO_ROOT / "training" / "data" / "stance.jsonl"
DEFAULT_OUT = REPO_ROOT / "models" / "stance"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path, default=[DEFAULT_DATA],
                        help=f"training files (default: {DEFAULT_DATA.relative_to(REPO_ROOT)})")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT,
                        help=f"output directory (default: {DEFAULT_OUT.relative_to(REPO_ROOT)}/)")
    parser.add_argument("--format", choices=FORMATS, default=None,
                        help="data format (default: detected per file)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--classifier", choices=("linearsvc", "logreg"), default="linearsvc")
    parser.add_argument("-C", type=float, default=None,
                        help="inverse regularization strength (default: 2.0 linearsvc, 4.0 logreg)")
    parser.add_argument("--label", action="append", dest="labels",
                        help="label to train (repeatable; default: all labels in the data)")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


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


def command_line(argv: list[str] | None) -> str:
    args = sys.argv[1:] if argv is None else argv
    return shlex.join(["python", "training/train_stance.py", *args])


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        report = train_stance(args.data, args.out, seed=args.seed, labels=args.labels,
                              fmt=args.format, classifier=args.classifier, C=args.C,
                              command=command_line(argv))
    except QuotesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
