#!/usr/bin/env python
"""Throughput benchmark on real newspaper text: the plain Stanza pipeline against quotes.

    python benchmarks/bench.py [--docs 500] [--seed 7] [--modes stanza,full,fast,fast-2w]
    python benchmarks/bench.py --lengths 10000,100000,1000000

Builds a corpus of ``--docs`` articles from real Dutch newspaper text
(``../shared/news-nl/alpino_dev_articles.jsonl``, the UD Alpino dev documents, their paragraphs
shuffled and recombined with a fixed seed, plus the seed article; without ``../shared/`` it falls
back on the project's own written articles and says so), prints its quote density, then runs each
mode in a fresh process, so that memory and model loading are measured per run:

  stanza   the plain Stanza pipeline (tokenize, pos, lemma, depparse) over every document, with
           the same models: what any Stanza-based quote tool pays (the baseline)
  full     quotes, one worker, every sentence tagged and parsed
  fast     quotes, one worker, only the sentences that can hold or attribute a quote
  fast-2w  ``--workers 2`` through the same runner as ``quotes extract``
  dask-2w  ``--engine dask --scheduler local:2`` (a LocalCluster of 2 single-threaded worker
           processes, 10 documents per partition; cluster start and model loading included)

and prints documents/s, tokens/s, model loading time, peak memory per worker, the ratios to the
baseline, a per-stage breakdown for ``fast`` (tokenize, select, tag+lemma+parse, rules, speakers,
stance, write) and whether ``full`` and ``fast`` wrote identical records. Stance labelling is on
(``--no-stance`` turns it off). ``--lengths`` times single documents of the given sizes (real text
concatenated) in one process and prints seconds per million characters: the cost should not grow
with a document's length.
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
NEWS = REPO.parent / "shared" / "news-nl" / "alpino_dev_articles.jsonl"
FALLBACK = REPO / "training" / "data" / "gold_nl.jsonl"
SEEDS = REPO / "seeds"
MODES = {"stanza": (1, True), "full": (1, True), "fast": (1, False), "fast-2w": (2, False), "dask-2w": (2, False)}


def sources() -> list[Path]:
    if NEWS.is_file():
        return [NEWS]
    print(f"note: {NEWS} not found; the corpus is built from the project's own articles ({FALLBACK.name})")
    return [FALLBACK]


def paragraphs() -> list[str]:
    texts = [json.loads(line)["text"] for src in sources() for line in src.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    found = []
    for text in texts:
        found += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]
    return found


def long_document(n_chars: int) -> str:
    """Real text paragraphs one after another (in a fixed order) up to ``n_chars`` characters."""
    pool, parts, size, i = paragraphs(), [], 0, 0
    while size < n_chars:
        parts.append(pool[i % len(pool)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:n_chars]


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


def run_mode(corpus: Path, mode: str, out: Path, stance: bool) -> dict:
    """Child process: run one mode over the corpus, write records, report time and memory."""
    from quotes import documents, runner
    from quotes.attribution import Attributor

    items = list(documents.read_corpus([str(corpus)]))
    if mode == "stanza":
        return run_stanza(items)
    if mode == "dask-2w":
        return run_dask(corpus, out, stance)
    workers, parse_all = MODES[mode]
    options = {"stance": stance, "parse_all": parse_all}
    started = time.perf_counter()
    attributor = Attributor(**options) if workers == 1 else None
    if attributor:
        attributor.load()
        _ = attributor.stance_model
        _time_processors(attributor)
    loading = time.perf_counter() - started
    started = time.perf_counter()
    writing = 0.0
    with out.open("w", encoding="utf-8") as handle:
        for result in runner.run(iter(items), options, workers=workers, attributor=attributor):
            began = time.perf_counter()
            for record in result.records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            writing += time.perf_counter() - began
    elapsed = time.perf_counter() - started
    times = {**attributor.times.as_dict(), "write": round(writing, 3)} if attributor else None
    return {"mode": mode, "docs": len(items), "seconds": elapsed, "loading": loading if attributor else None,
            "peak_mb_per_worker": _peak_mb(workers), "parse_stats": attributor.parser.stats if attributor else None,
            "times": times}


def run_dask(corpus: Path, out: Path, stance: bool) -> dict:
    """``quotes extract --engine dask --scheduler local:2`` on the corpus, 10 documents per
    partition; the time includes starting the cluster and loading the models in both workers."""
    from quotes import distributed

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as parts:
        manifest = distributed.run_corpus([str(corpus)], parts, scheduler="local:2", options={"stance": stance},
                                          partition_size=10)
        elapsed = time.perf_counter() - started
        with out.open("w", encoding="utf-8") as handle:
            for record in distributed.read_records(parts, manifest):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"mode": "dask-2w", "docs": manifest["documents"], "seconds": elapsed, "loading": None,
            "peak_mb_per_worker": float("nan"), "parse_stats": None, "times": None}


def _time_processors(attributor) -> None:
    """Split the tagger pipeline's time by Stanza processor (pos, lemma, depparse) in the breakdown."""
    for name, processor in attributor.parser._tagger.processors.items():
        if name == "tokenize":
            continue
        original = processor.process

        def timed(doc, _original=original, _name=name):
            with attributor.times.stage(f"  {_name}"):
                return _original(doc)

        processor.process = timed


def run_stanza(items) -> dict:
    """The plain Stanza pipeline over every document, 16 documents a batch, as quotes batches them."""
    import stanza

    from quotes.parsing import PROCESSORS, build_pipeline

    started = time.perf_counter()
    nlp = build_pipeline(processors=PROCESSORS)
    loading = time.perf_counter() - started
    texts = [item.text for item in items if hasattr(item, "text")]
    started = time.perf_counter()
    for i in range(0, len(texts), 16):
        nlp.bulk_process([stanza.Document([], text=t) for t in texts[i:i + 16]])
    return {"mode": "stanza", "docs": len(items), "seconds": time.perf_counter() - started, "loading": loading,
            "peak_mb_per_worker": _peak_mb(1), "parse_stats": None, "times": None}


def _peak_mb(workers: int) -> float:
    who = resource.RUSAGE_CHILDREN if workers > 1 else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def run_lengths(lengths: list[int], stance: bool) -> None:
    """Single documents of growing length in one process: seconds per million characters."""
    from quotes.attribution import Attributor

    attributor = Attributor(stance=stance)
    attributor.attribute(long_document(2000))  # loads the models
    per_char = {}
    for n in lengths:
        text = long_document(n)
        started = time.perf_counter()
        quotes = attributor.attribute(text)
        elapsed = time.perf_counter() - started
        per_char[n] = elapsed / n * 1e6
        print(f"{n:>10,} characters {elapsed:8.1f} s  {per_char[n]:7.1f} s per million characters  "
              f"{len(quotes)} quotes", flush=True)
    if len(per_char) > 1:
        base = min(per_char)
        for n in sorted(per_char)[1:]:
            print(f"cost per character at {n:,} / at {base:,}: {per_char[n] / per_char[base]:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--modes", default="stanza,full,fast,fast-2w")
    parser.add_argument("--no-stance", action="store_true")
    parser.add_argument("--lengths", default=None, help="comma-separated document sizes in characters")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "MODE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, mode, out = args.child
        print(json.dumps(run_mode(Path(corpus), mode, Path(out), not args.no_stance)))
        return 0
    if args.lengths:
        run_lengths([int(n) for n in args.lengths.split(",")], not args.no_stance)
        return 0
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    corpus = work / "corpus.jsonl"
    tokens = build_corpus(args.docs, args.seed, corpus)
    print(f"corpus: {args.docs} documents, {tokens:,} tokens ({corpus})")
    results = {}
    for mode in args.modes.split(","):
        out = work / f"{mode}.jsonl"
        command = [sys.executable, __file__, "--child", str(corpus), mode, str(out)] + \
            (["--no-stance"] if args.no_stance else [])
        proc = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["records"] = out.read_text(encoding="utf-8") if out.exists() else None
        results[mode] = result
        loading = f"  loading {result['loading']:.1f} s" if result["loading"] is not None else ""
        print(f"{mode:8} {result['seconds']:7.1f} s  {result['docs'] / result['seconds']:6.2f} docs/s  "
              f"{tokens / result['seconds']:8.0f} tokens/s  peak {result['peak_mb_per_worker']:6.0f} MB per worker"
              + loading, flush=True)
    report(results, tokens)
    return 0


def report(results: dict, tokens: int) -> None:
    fast = results.get("fast", {})
    stats = fast.get("parse_stats")
    if stats and stats["sentences"]:
        share = stats["parsed_tokens"] / stats["tokens"]
        quotes = fast["records"].count("\n") if fast.get("records") else 0
        print(f"quote density: {quotes / tokens * 1000:.1f} quotes per 1,000 tokens; fast parses "
              f"{stats['parsed'] / stats['sentences']:.1%} of the sentences and {share:.1%} of the tokens")
    if fast.get("times"):
        total = fast["seconds"]
        stages = {k: v for k, v in fast["times"].items() if not k.startswith(" ")}
        parts = ", ".join(f"{name} {value:.1f} s ({value / total:.0%})" for name, value in stages.items())
        inner = ", ".join(f"{k.strip()} {v:.1f} s" for k, v in fast["times"].items() if k.startswith(" "))
        print(f"fast by stage: {parts}; other {total - sum(stages.values()):.1f} s"
              + (f"; tag_parse = {inner}" if inner else ""))
    if "stanza" in results:
        for mode in ("full", "fast", "fast-2w"):
            if mode in results:
                print(f"{mode} vs plain Stanza: {results['stanza']['seconds'] / results[mode]['seconds']:.2f}x")
    if "full" in results and "fast" in results:
        same = results["full"]["records"] == results["fast"]["records"]
        print(f"fast vs full: {results['full']['seconds'] / results['fast']['seconds']:.2f}x, "
              f"identical records: {same}")
    if "fast" in results and "fast-2w" in results:
        same = results["fast"]["records"] == results["fast-2w"]["records"]
        print(f"2 workers vs 1: {results['fast']['seconds'] / results['fast-2w']['seconds']:.2f}x, "
              f"identical records: {same}")
    if "fast-2w" in results and "dask-2w" in results:
        same = results["fast-2w"]["records"] == results["dask-2w"]["records"]
        print(f"Dask LocalCluster (2 workers) vs --workers 2: "
              f"{results['dask-2w']['seconds'] / results['fast-2w']['seconds'] - 1:+.1%} time, identical records: {same}")


if __name__ == "__main__":
    sys.exit(main())
