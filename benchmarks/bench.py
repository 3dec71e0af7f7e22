#!/usr/bin/env python
"""Throughput benchmark: full-parse baseline against the optimized path, one and two workers.

    python benchmarks/bench.py [--docs 500] [--seed 7] [--keep corpus.jsonl]

Builds a corpus of ``--docs`` articles from the project's own Dutch text (the seed article and the
development gold set, their paragraphs shuffled and recombined with a fixed seed; no network), then
runs, each in a fresh process so that memory is measured per run:

  full     one worker, every sentence tagged and parsed (the baseline)
  fast     one worker, only the sentences that can hold or attribute a quote
  fast-2w  ``--workers 2`` through the same runner as ``quotes extract``

and prints documents/s, tokens/s, peak memory per worker and the ratios, and checks that ``full``
and ``fast`` produce identical records. Stance labelling is off: it costs the same in every mode.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = [REPO / "training" / "data" / "gold_nl.jsonl"]
SEEDS = REPO / "seeds"
MODES = {"full": (1, True), "fast": (1, False), "fast-2w": (2, False)}


def paragraphs() -> list[str]:
    texts = [json.loads(line)["text"] for src in SOURCES for line in src.read_text(encoding="utf-8").splitlines()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    found = []
    for text in texts:
        found += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]
    return found


def build_corpus(n_docs: int, seed: int, path: Path) -> int:
    """Write ``n_docs`` recombined articles as JSON lines; return their number of words."""
    rng = random.Random(seed)
    pool = paragraphs()
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            text = "\n\n".join(rng.sample(pool, rng.randint(4, 8)))
            words += len(re.findall(r"\w+|[^\w\s]", text))
            out.write(json.dumps({"id": f"bench-{i:04}", "text": text}, ensure_ascii=False) + "\n")
    return words


def run_mode(corpus: Path, mode: str, out: Path) -> dict:
    """Child process: attribute the corpus in one mode, write records, report time and memory."""
    from quotes import documents, runner
    from quotes.attribution import Attributor

    workers, parse_all = MODES[mode]
    items = list(documents.read_corpus([str(corpus)]))
    options = {"stance": False, "parse_all": parse_all}
    attributor = Attributor(**options) if workers == 1 else None
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for result in runner.run(iter(items), options, workers=workers, attributor=attributor):
            for record in result.records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"mode": mode, "docs": len(items), "seconds": elapsed,
            "peak_mb_per_worker": children if workers > 1 else own, "parent_mb": own,
            "parse_stats": attributor.parser.stats if attributor else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--modes", default="full,fast,fast-2w")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "MODE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, mode, out = args.child
        print(json.dumps(run_mode(Path(corpus), mode, Path(out))))
        return 0
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    corpus = work / "corpus.jsonl"
    tokens = build_corpus(args.docs, args.seed, corpus)
    print(f"corpus: {args.docs} documents, {tokens:,} tokens ({corpus})")
    results = {}
    for mode in args.modes.split(","):
        out = work / f"{mode}.jsonl"
        proc = subprocess.run([sys.executable, __file__, "--child", str(corpus), mode, str(out)],
                              capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["records"] = out.read_text(encoding="utf-8")
        results[mode] = result
        print(f"{mode:8} {result['seconds']:7.1f} s  {result['docs'] / result['seconds']:6.2f} docs/s  "
              f"{tokens / result['seconds']:8.0f} tokens/s  peak {result['peak_mb_per_worker']:6.0f} MB per worker")
    stats = results.get("fast", {}).get("parse_stats")
    if stats and stats["sentences"]:
        share = stats["parsed_tokens"] / stats["tokens"]
        print(f"fast parses {stats['parsed'] / stats['sentences']:.1%} of the sentences and {share:.1%} of the tokens: "
              f"parsing less can at best divide the tag-and-parse time by {1 / share:.2f}")
    if "full" in results and "fast" in results:
        same = results["full"]["records"] == results["fast"]["records"]
        print(f"fast vs full: {results['full']['seconds'] / results['fast']['seconds']:.2f}x, "
              f"identical records: {same} ({results['fast']['records'].count(chr(10))} quotes)")
    if "fast" in results and "fast-2w" in results:
        same = results["fast"]["records"] == results["fast-2w"]["records"]
        print(f"2 workers vs 1: {results['fast']['seconds'] / results['fast-2w']['seconds']:.2f}x, "
              f"identical records: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
