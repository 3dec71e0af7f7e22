#!/usr/bin/env python3
"""Store the Dutch Stanza models in half precision, after checking that nothing they predict changes.

Reads float32 models (default ``models/stanza/nl/``), writes float16 copies of the tokenizer,
tagger, lemmatizer and parser to a temporary folder (``pretrain.pt`` stays float32: Stanza uses
it as a tensor directly), and compares both sets on

* the held-out test documents of the training recipe's split (UD Dutch, read from
  ``../shared/ud-dutch/``): the full pipeline on raw text and tagger/lemmatizer/parser on gold
  tokens, every CoNLL-U line compared and both scored;
* the records ``quotes`` writes for the five gold sets in ``training/data/`` (stance on).

Only when the records are identical on every gold set (``--strict``: and every CoNLL-U line of
the test documents; ``--force``: whatever changed) are the float16 files moved into
``--out`` (default: the models folder itself); the report is printed and, when written, kept in
``training_metadata.json`` under ``"halved"``. ``--check-only`` compares without writing.

Example::

    python training/halve_stanza.py              # models/stanza/nl in place
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stanza_recipe.conllu import format_documents  # noqa: E402
from stanza_recipe.evaluate import (GOLD_TOKEN_METRICS, RAW_METRICS, ModelSet, build_pipeline, raw_text,  # noqa: E402
                                    score_conllu)
from stanza_recipe.half import HALVED, halve_checkpoint  # noqa: E402
from stanza_recipe.split import load_documents, split_documents  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_MODELS = REPO / "models" / "stanza" / "nl"
GOLD_SETS = [REPO / "training" / "data" / name for name in
             ("gold_nl.jsonl", "gold_discourse_nl.jsonl", "news_nl_dev.jsonl", "news_nl_val.jsonl",
              "gold_stance_nl.jsonl")]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--models", type=Path, default=DEFAULT_MODELS, help="float32 models (package file names)")
    p.add_argument("--out", type=Path, default=None, help="where the float16 models go (default: --models)")
    p.add_argument("--ud-dir", type=Path, default=SHARED / "ud-dutch", help="UD Dutch CoNLL-U files (read only)")
    p.add_argument("--seed", type=int, default=13, help="the recipe's split seed (train_stanza.py --seed)")
    p.add_argument("--dev-frac", type=float, default=0.08)
    p.add_argument("--test-frac", type=float, default=0.12)
    p.add_argument("--check-only", action="store_true", help="compare, write nothing")
    p.add_argument("--strict", action="store_true",
                   help="also refuse when any tag, lemma or arc of the test documents changes")
    p.add_argument("--force", action="store_true", help="write even if something changed")
    return p.parse_args(argv)


def conllu_diff(a: str, b: str) -> dict:
    """Lines (tokens and comments) that differ between two CoNLL-U outputs of the same input."""
    la, lb = a.splitlines(), b.splitlines()
    differing = sum(x != y for x, y in zip(la, lb)) + abs(len(la) - len(lb))
    tokens = sum(1 for line in la if line and not line.startswith("#"))
    return {"lines": len(la), "tokens": tokens, "differing_lines": differing}


def compare_parses(full: ModelSet, half: ModelSet, docs, tmp: Path) -> dict:
    """The two model sets on raw text and on gold tokens of ``docs``: CoNLL-U line by line, and
    both scored against the gold annotation."""
    text = raw_text(docs)
    tokens = [[row[1] for row in s.words()] for d in docs for s in d.sentences]
    gold = tmp / "gold.conllu"
    gold.write_text(format_documents(docs), encoding="utf-8")
    out = {}
    for name, pretokenized, data, metrics in (("raw_text", False, text, RAW_METRICS),
                                               ("gold_tokens", True, tokens, GOLD_TOKEN_METRICS)):
        outputs = []
        for models in (full, half):
            nlp = build_pipeline(models, tmp / "resources", pretokenized=pretokenized, device="cpu")
            outputs.append("{:C}".format(nlp(data)))
        out[name] = {**conllu_diff(*outputs), "float32": score_conllu(gold, outputs[0], metrics, tmp),
                     "float16": score_conllu(gold, outputs[1], metrics, tmp)}
    return out


def compare_records(full_dir: Path, half_dir: Path) -> dict:
    """Records of ``quotes`` with each model set on every gold set: documents whose records differ."""
    from quotes import Attributor
    from quotes.evaluation import predict
    from quotes.gold import load_gold

    gold = {path.name: load_gold(path) for path in GOLD_SETS}
    records = []
    for folder in (full_dir, half_dir):
        attributor = Attributor(stance=True, stanza_dir=folder)
        records.append({name: predict(docs, attributor=attributor) for name, docs in gold.items()})
    out = {}
    for name in gold:
        a, b = records[0][name], records[1][name]
        out[name] = {"documents": len(a), "quotes": sum(map(len, a.values())),
                     "differing_documents": sum(a[k] != b.get(k) for k in a)}
    return out


def changed(report: dict, strict: bool) -> int:
    """Documents whose records differ, plus (``strict``) CoNLL-U lines that differ."""
    return (sum(v["differing_documents"] for v in report["records"].values())
            + (sum(v["differing_lines"] for v in report["parses"].values()) if strict else 0))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    models = args.models.resolve()
    out = (args.out or args.models).resolve()
    split = split_documents(load_documents(args.ud_dir), args.seed, args.dev_frac, args.test_frac)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="stanza-half-") as tmp:
        half_dir = Path(tmp) / "half"
        half_dir.mkdir()
        sizes = {name: halve_checkpoint(models / name, half_dir / name) for name in HALVED}
        for name in ("pretrain.pt", "resources.json"):
            shutil.copyfile(models / name, half_dir / name)
        report = {"source": str(models.relative_to(REPO)) if models.is_relative_to(REPO) else str(models),
                  "files": sizes,
                  "test_documents": len(split.test),
                  "parses": compare_parses(ModelSet.in_dir(models), ModelSet.in_dir(half_dir), split.test,
                                           Path(tmp)),
                  "records": compare_records(models, half_dir)}
        report["changed"] = changed(report, args.strict)
        report["wall_s"] = round(time.monotonic() - start, 1)
        print(json.dumps(report, indent=2))
        if args.check_only:
            return 0
        if report["changed"] and not args.force:
            print(f"not written: {report['changed']} differences (use --force to write anyway)", file=sys.stderr)
            return 1
        out.mkdir(parents=True, exist_ok=True)
        for name in HALVED:
            shutil.copyfile(half_dir / name, out / name)
        if out != models:
            for name in ("pretrain.pt", "resources.json"):
                shutil.copyfile(models / name, out / name)
    meta_path = out / "training_metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta["halved"] = {"recipe": "training/halve_stanza.py", "argv": sys.argv[1:], **report}
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"float16 models in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
