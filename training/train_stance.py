#!/usr/bin/env python
"""Train the quotes stance classifier.

    python training/train_stance.py [DATA ...] [-o models/stance/] [--seed 13]

Thin wrapper around :func:`quotes.stance.training.train_stance`; the
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

from quotes.stance.labeled import FORMATS  # noqa: E402
from quotes.stance.card import BUNDLED_FILES, bundled_data, format_report  # noqa: E402
from quotes.stance.training import train_stance  # noqa: E402

DEFAULT_OUT = REPO_ROOT / "models" / "stance"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path, default=bundled_data(),
                        help=f"training files (default: training/data/{{{','.join(BUNDLED_FILES)}}})")
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
    parser.add_argument("--span-only", action="store_true",
                        help="read the quote only, not its context (the model of format 1)")
    parser.add_argument("--compare", action="store_true",
                        help="also cross-validate a span-only model, for the model card")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


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
                              command=command_line(argv), use_context=not args.span_only,
                              compare_span_only=args.compare)
    except QuotesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
