#!/usr/bin/env python3
"""PolNeAR (English political news) scored with the English rules: parse once, attribute many.

Parsing is the slow part and the rules change often while they are developed, so the parses of
a split are kept in a cache file (pickled ``ParsedDoc`` objects, outside the repository: they hold
the article texts, which stay out of it, see ``../shared/polnear/README.md``). Each run re-reads the
cache and re-runs only the rules, then prints the report of ``quotes evaluate --format brat``
(same scorer, content at >= 30% character overlap, one to one).

Develop on ``train`` (``--limit`` takes the first articles in name order), choose on ``dev``, and
report both; the test split is held back by the team.

    python training/polnear_rules.py --split train --limit 120 --cache /tmp/polnear_train120.pkl
    python training/polnear_rules.py --split dev --cache /tmp/polnear_dev.pkl [--explain]
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from quotes import Attributor
from quotes.attribution import attribute_parsed
from quotes.brat import load_brat
from quotes.documents import Document
from quotes.evaluation import format_report, score

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear"


def parses(attributor: Attributor, docs, cache: Path | None):
    """The parse of every document, from the cache when it holds the same documents."""
    ids = [d.id for d in docs]
    if cache is not None and cache.is_file():
        with cache.open("rb") as fh:
            stored = pickle.load(fh)
        if stored["ids"] == ids:
            return stored["parsed"]
    engine = attributor.engine("en")
    start = time.monotonic()
    parsed = engine.parser.parse_many([(d.text, 0) for d in docs])
    print(f"parsed {len(docs)} articles in {time.monotonic() - start:.0f} s", file=sys.stderr)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump({"ids": ids, "parsed": parsed}, fh)
    return parsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="the PolNeAR folder (read only)")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (name order)")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the parses (keep it outside the repo)")
    parser.add_argument("--explain", action="store_true", help="list misses, false alarms and wrong speakers")
    args = parser.parse_args(argv)
    folder = args.polnear / args.split
    if not folder.is_dir():
        parser.error(f"{folder} is missing: this script needs ../shared/polnear/")
    docs = load_brat(folder)[:args.limit]
    attributor = Attributor(lang="en", stance=False)
    lex = attributor.engine("en").lexicon
    predictions = {}
    for doc, parsed in zip(docs, parses(attributor, docs, args.cache)):
        quotes = attribute_parsed(Document(doc.id, doc.text, {"lang": "en"}), parsed, lex)
        predictions[doc.id] = [q.to_record() for q in quotes]
    report = score(docs, predictions)
    print(f"PolNeAR {args.split}: {len(docs)} articles")
    print(format_report(report))
    if args.explain:
        from quotes.explain import explain

        print(explain(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
