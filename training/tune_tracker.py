#!/usr/bin/env python3
"""Grid search over the speaker tracker's salience weights on the development gold sets.

The speaker tracker's discourse model (``quotes/discourse.py``) weighs each mention by its surface role, each quote by
``SPEAKER_WEIGHT``, halves salience per sentence (``DECAY``) and adds a small prior per earlier quote
(``TOPIC_WEIGHT``). This script parses the development sets once, then re-runs attribution for
every combination in the grid and prints the best settings with their speaker accuracy per set.
It reads only development data: ``news_nl_dev.jsonl`` (real news), ``gold_nl.jsonl`` and
``gold_discourse_nl.jsonl`` (written for the project); never ``news_nl_val.jsonl``.

    python training/tune_tracker.py [--top 25]

Pick the middle of a broad plateau of good settings, not a lone best point: with 70 + 210 + 206
quotes, one quote is worth 0.5 to 1.4 points of accuracy on a set.
"""
from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from quotes import Attributor, discourse
from quotes.attribution import attribute_parsed
from quotes.documents import Document
from quotes.evaluation import load_gold, score

DATA = Path(__file__).resolve().parent / "data"
SETS = ("news_nl_dev.jsonl", "gold_nl.jsonl", "gold_discourse_nl.jsonl")
GRID = {
    "other": [0.4, 0.45, 0.5],
    "oblique": [0.2, 0.3],
    "inverted": [0.8, 0.9],
    "speaker": [0.5, 0.6, 0.8, 1.0],
    "decay": [0.4, 0.45, 0.5, 0.55],
    "topic": [0.0, 0.05, 0.1],
}


def apply(setting: dict[str, float]) -> None:
    discourse.ROLE_WEIGHT.update(subject=1.0, inverted=setting["inverted"], other=setting["other"],
                                 oblique=setting["oblique"])
    discourse.SPEAKER_WEIGHT = setting["speaker"]
    discourse.DECAY = setting["decay"]
    discourse.TOPIC_WEIGHT = setting["topic"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    attributor = Attributor(stance=False)
    sets = {}
    for name in SETS:
        golds = load_gold(DATA / name)
        parsed = attributor.parser.parse_many([(g.text, 0) for g in golds])
        sets[name] = (golds, parsed)
    results = []
    for values in itertools.product(*GRID.values()):
        setting = dict(zip(GRID, values))
        apply(setting)
        accuracy = {}
        for name, (golds, parsed) in sets.items():
            predictions = {g.id: [q.to_record() for q in attribute_parsed(Document(g.id, g.text, {}), p)]
                           for g, p in zip(golds, parsed)}
            accuracy[name] = round(score(golds, predictions).speaker_accuracy, 3)
        results.append((round(sum(accuracy.values()), 3), accuracy, setting))
    for total, accuracy, setting in sorted(results, key=lambda r: -r[0])[:args.top]:
        print(f"{total:.3f}  {accuracy}  {setting}")


if __name__ == "__main__":
    main()
