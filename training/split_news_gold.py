#!/usr/bin/env python3
"""Split the real-news gold set (``../shared/news-nl/alpino_dev_gold.jsonl``) by document into a
development part and a validation part of about a third.

The annotations were made by someone who never saw this project (CC BY-SA 4.0, from the UD Dutch
Alpino treebank; see ``training/data/NEWS_NL.md``). Rules are changed while reading the development
part only; the validation part is scored, never read, so its figure says how the rules do on news
they were not fitted to.

The split is deterministic: documents are ordered by their number of required quotes (most first,
ties by a hash of the id) and every third one, starting with the third, goes to validation; the
documents without quotes are split the same way. Run from the repository root:

    python training/split_news_gold.py [--source ../shared/news-nl/alpino_dev_gold.jsonl]

It writes ``training/data/news_nl_dev.jsonl`` and ``training/data/news_nl_val.jsonl`` and prints
the counts only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "news-nl" / "alpino_dev_gold.jsonl"
OUT = ROOT / "training" / "data"


def _required(doc: dict) -> int:
    return sum(not q.get("optional") for q in doc["quotes"])


def split(docs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(development, validation), each in the source order."""
    order = sorted(docs, key=lambda d: (-_required(d), hashlib.sha1(d["id"].encode()).hexdigest()))
    with_quotes = [d for d in order if d["quotes"]]
    without = [d for d in order if not d["quotes"]]
    val_ids = {d["id"] for part in (with_quotes, without) for k, d in enumerate(part) if k % 3 == 2}
    return [d for d in docs if d["id"] not in val_ids], [d for d in docs if d["id"] in val_ids]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    docs = [json.loads(line) for line in args.source.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name, part in zip(("dev", "val"), split(docs)):
        path = OUT / f"news_nl_{name}.jsonl"
        path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), encoding="utf-8")
        quotes = sum(len(d["quotes"]) for d in part)
        print(f"{path.relative_to(ROOT)}: {len(part)} documents, {quotes} quotes "
              f"({sum(_required(d) for d in part)} required)")


if __name__ == "__main__":
    main()
