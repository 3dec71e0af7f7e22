#!/usr/bin/env python
"""Cut stance training examples, each with its context, from annotated articles.

    python training/stance_examples.py                       # training/data/stance_context_nl.jsonl
    python training/stance_examples.py ARTICLES.jsonl... -o OUT.jsonl [--check]

The articles are in the gold format (training/data/GOLD_GUIDE.md; written by
``training/stance_context.py``). Every gold quote becomes one example in the format of
``training/data/stance.jsonl`` with the optional fields ``context``, ``topic``, ``cue``,
``speaker`` and ``doc_id``, cut by :mod:`quotes.stance.articles` exactly as the classifier sees a
quote at run time. Cue lemmas and speaker types come from running the attribution pipeline
(without stance) on the articles, so this needs the bundled Stanza models and takes a few
seconds per article. Never run it on a test set (``gold_stance_nl.jsonl``, ``news_nl_val.jsonl``).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_IN = [ROOT / "training" / "data" / name
              for name in ("stance_context_nl.jsonl", "stance_context_b_nl.jsonl", "stance_context_c_nl.jsonl")]
DEFAULT_OUT = ROOT / "training" / "data" / "stance_context.jsonl"
SOURCE = "written for quotes project, 2026-11; style: {kind} quote in an article ({script})"
HELD_OUT = ("gold_stance_nl", "news_nl_val")
SCRIPTS = {"stance_context_nl.jsonl": "stance_context.py", "stance_context_b_nl.jsonl": "stance_context_b.py",
           "stance_context_c_nl.jsonl": "stance_context_c.py"}


def examples(paths: list[Path]) -> list[dict[str, object]]:
    from quotes.evaluation import load_gold, predict
    from quotes.stance.articles import gold_inputs

    path_of = {doc.id: path.name for path in paths for doc in load_gold(path)}
    docs = [doc for path in paths for doc in load_gold(path)]
    predictions = predict(docs, stance=False)
    rows = []
    for doc in docs:
        for item in gold_inputs(doc, predictions.get(doc.id, [])):
            inp, quote = item.input, item.quote
            rows.append({
                "id": f"{doc.id}#{item.index + 1}", "doc_id": doc.id, "text": inp.text, "lang": doc.lang,
                "labels": list(quote.stances), "context": inp.context, "cue": inp.cue,
                "speaker": inp.speaker, "topic": inp.topic,
                "source": SOURCE.format(script=f"training/{SCRIPTS.get(path_of[doc.id], 'stance_context.py')}",
                                        kind=quote.kind),
            })
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_IN)
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="fail if OUT is out of date")
    args = parser.parse_args(argv)
    held_out = [p for p in args.articles if p.stem in HELD_OUT]
    if held_out:
        print(f"error: {', '.join(map(str, held_out))} is a test set; never train on it", file=sys.stderr)
        return 2
    rows = examples(args.articles)
    content = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        if not args.out.is_file() or args.out.read_text(encoding="utf-8") != content:
            print(f"{args.out} is out of date; run python training/stance_examples.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(content, encoding="utf-8")
    labeled = sum(1 for r in rows if r["labels"])
    print(f"{len(rows)} examples ({labeled} with a label) from {len(args.articles)} file(s) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
