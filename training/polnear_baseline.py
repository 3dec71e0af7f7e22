#!/usr/bin/env python3
"""PolNeAR (English political news, brat attributions) scored with what the engine can do in any
language today: quote-mark pairing alone (``quotes.marks``), every outer quoted stretch of four
words or more predicted as a direct quote without a speaker. It is the floor that English rules
(issue 16) must rise above, measured with the same scorer and matching as ``quotes evaluate
--format brat`` (content at >= 30% character overlap, one to one).

Reads ``../shared/polnear/{train,dev}`` (the article texts stay there: nothing of them is written
into the repository). The test split is held back by the team and is not read.

    python training/polnear_baseline.py                 # both splits, the report of each
    python training/polnear_baseline.py --split dev -o /tmp/polnear_dev_marks.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from quotes.brat import load_brat
from quotes.evaluation import format_report, score
from quotes.marks import body_quotes

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear"
MIN_WORDS = 4
"""Shorter quoted stretches are mostly scare quotes and titles, not speech."""


def marks_predictions(docs) -> dict[str, list[dict]]:
    """One direct quote, with no speaker, per outer quoted stretch of MIN_WORDS words or more."""
    return {doc.id: [{"doc_id": doc.id, "start": q.start, "end": q.end, "kind": "direct",
                      "text": doc.text[q.start:q.end], "speaker": None}
                     for q in body_quotes(doc.text) if q.depth == 0 and len(doc.text[q.start:q.end].split()) >= MIN_WORDS]
            for doc in docs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="the PolNeAR folder (read only)")
    parser.add_argument("--split", choices=("train", "dev"), action="append", help="default: train and dev")
    parser.add_argument("-o", "--output", type=Path, help="also write the predictions (one split only)")
    args = parser.parse_args(argv)
    splits = args.split or ["train", "dev"]
    if not args.polnear.is_dir():
        print(f"{args.polnear}: no PolNeAR folder here", file=sys.stderr)
        return 2
    for split in splits:
        docs = load_brat(args.polnear / split)
        predictions = marks_predictions(docs)
        print(f"== PolNeAR {split}: quote marks only\n{format_report(score(docs, predictions))}\n")
        if args.output and len(splits) == 1:
            with args.output.open("w", encoding="utf-8") as out:
                for records in predictions.values():
                    out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
