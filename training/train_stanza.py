#!/usr/bin/env python3
"""Rebuild the Stanza models of a language (``--lang nl``, default, or ``en``) in
``models/stanza/<lang>/`` from Universal Dependencies data.

Source data is only *read* from ``../shared/`` (beside the repository):

* Dutch: ``../shared/ud-dutch/`` (UD_Dutch-Alpino dev, UD_Dutch-LassySmall dev and test, CC BY-SA
  4.0) and ``../shared/dutch-text/openboek/*.txt`` (public-domain Dutch prose) for word vectors;
* English: ``../shared/ud-english/`` (UD_English-EWT dev and test, CC BY-SA 4.0; multi-word
  tokens flattened, see ``stanza_recipe/languages.py``) and the PolNeAR *train* article texts
  (``../shared/polnear/train/text/``) for word vectors: the vectors are shipped, never the texts.

Stages (``--stages``, default all, in this order):

``data``      split the pooled UD files by document (fixed seed), write it as ``UD_<Lang>-Plain``
              (for the tokenizer) and, with our quote-mark augmentation of the training
              documents, as ``UD_<Lang>-Mix`` (for tagger, lemmatizer and parser) in the work dir;
``vectors``   gensim word2vec on OpenBoek + the training split's text -> Stanza pretrain;
``tokenize``, ``pos``, ``lemma``, ``depparse``
              Stanza's own ``prepare_*_treebank`` and ``run_*`` modules (Stanza adds its
              punctuation augmentation); the parser is trained on the tagger's predicted tags;
``export``    write the models to ``--out`` under the package's file names, the tokenizer, tagger,
              lemmatizer and parser weights in float16 (half the bytes; ``--full-precision`` keeps
              float32; ``training/halve_stanza.py`` measures what the rounding changes);
``evaluate``  score them (and, with ``--starter-dir``, the starter models) on the held-out
              test documents and write ``training_metadata.json`` beside them.

``--quick`` runs every stage with a few steps on a few sentences into a temporary output
folder, to prove the recipe works end to end. GPU is used automatically when available.

Example::

    python training/train_stanza.py --work-dir /tmp/stanza-nl --out models/stanza/nl
    python training/train_stanza.py --lang en --work-dir /tmp/stanza-en
"""
from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stanza_recipe import metadata  # noqa: E402
from stanza_recipe.conllu import group_documents, read_conllu  # noqa: E402
from stanza_recipe.quote_augment import augment_quotes, text_mismatches  # noqa: E402
from stanza_recipe.languages import RECIPES  # noqa: E402
from stanza_recipe.split import describe, load_documents, shrink, split_documents, treebank_dir, write_treebank  # noqa: E402
from stanza_recipe.stages import (CONFIGS, STAGES, StageConfig, model_path,  # noqa: E402
                                  named_configs, quick_configs, run_stage, stanza_env)

logger = logging.getLogger("train_stanza")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ALL_STAGES = ("data", "vectors", *STAGES, "export", "evaluate")
PRETRAIN = "pretrain/pretrain.pt"  # relative to the work dir
QUICK_SENTENCES = 12


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lang", choices=sorted(RECIPES), default="nl", help="whose models to build")
    p.add_argument("--ud-dir", type=Path, default=None, help="UD CoNLL-U files (read only; default per language)")
    p.add_argument("--text-dir", type=Path, default=None, help="prose for word vectors (default per language)")
    p.add_argument("--work-dir", type=Path, default=None, help="Stanza work dir (default: a temp dir)")
    p.add_argument("--out", type=Path, default=None,
                   help="where the models go (default: models/stanza/nl; with --quick a new temp dir)")
    p.add_argument("--stages", default=",".join(ALL_STAGES), help=f"comma-separated subset of {','.join(ALL_STAGES)}")
    p.add_argument("--quick", action="store_true", help="a few steps on a few sentences, for tests")
    p.add_argument("--seed", type=int, default=13, help="seed of the document split and augmentation")
    p.add_argument("--dev-frac", type=float, default=0.08, help="share of sentences (whole documents) for dev")
    p.add_argument("--test-frac", type=float, default=0.12, help="share of sentences (whole documents) for test")
    p.add_argument("--quote-aug", type=float, default=0.5, help="share of training documents with rewritten quotes")
    p.add_argument("--budget", action="append", default=[], metavar="STAGE=SECONDS",
                   help="stop a stage's training after this many seconds, keeping its best checkpoint")
    p.add_argument("--config", choices=CONFIGS, default="full",
                   help="hyper-parameters: full (ours, larger), compact (ours, the starter's sizes), cpu (compact "
                        "with smaller parser batches, for a CPU under a wall-clock budget) or baseline "
                        "(the starter's recipe on our split); models go to WORK/saved_models/CONFIG/STAGE")
    p.add_argument("--gold-tags", action="store_true", help="train the parser on gold instead of predicted tags")
    p.add_argument("--prepare-only", action="store_true", help="prepare the training stages' data, train nothing")
    p.add_argument("--skip-prepare", action="store_true",
                   help="train on data prepared earlier (several trainings at once share one prepared set)")
    p.add_argument("--eval-split", choices=("test", "dev"), default="test",
                   help="evaluate on the held-out test documents (default) or on dev (to choose between configs)")
    p.add_argument("--gold-tokens-only", action="store_true",
                   help="evaluate tagger, lemmatizer and parser on gold tokens only (skip raw text)")
    p.add_argument("--tokenizer-only", action="store_true", help="evaluate the tokenizer alone")
    p.add_argument("--eval-docs", default="", metavar="PREFIX",
                   help="evaluate only documents whose id starts with PREFIX (WR-P-P-H: the newspaper texts)")
    p.add_argument("--threads", type=int, default=None, help="OMP_NUM_THREADS for the training subprocesses")
    p.add_argument("--cpu", action="store_true", help="do not use a GPU even if one is available")
    p.add_argument("--starter-dir", type=Path, default=None, help="also evaluate the starter models in this folder")
    p.add_argument("--full-precision", action="store_true",
                   help="export float32 weights (default: float16, half the bytes)")
    args = p.parse_args(argv)
    args.stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    args.recipe = RECIPES[args.lang]
    args.ud_dir = args.ud_dir or args.recipe.ud_dir
    args.text_dir = args.text_dir or args.recipe.text_dir
    if args.out is None:
        args.out = Path(tempfile.mkdtemp(prefix=f"stanza-{args.lang}-quick-")) if args.quick \
            else REPO / "models" / "stanza" / args.lang
    unknown = set(args.stages) - set(ALL_STAGES)
    if unknown:
        p.error(f"unknown stages {sorted(unknown)}; expected some of {ALL_STAGES}")
    return args


def stage_data(args: argparse.Namespace, work: Path) -> dict:
    """Split by document, augment quotes in train, write the UD treebank layout."""
    lang = args.recipe
    split = split_documents(load_documents(args.ud_dir, lang), args.seed, args.dev_frac, args.test_frac)
    if args.quick:
        split = shrink(split, QUICK_SENTENCES)
    write_treebank(split, work, lang.plain_treebank, lang.plain_short_name)  # for the tokenizer, before augmentation
    counts = augment_quotes(split.train, args.quote_aug, args.seed)
    bad = text_mismatches(split.train + split.dev + split.test)
    if bad:
        raise RuntimeError(f"{bad} sentences have a # text that does not match their tokens")
    paths = write_treebank(split, work, lang.treebank, lang.short_name)
    return {"split": describe(split), "quote_augmentation": dict(counts), "seed": args.seed,
            "dev_frac": args.dev_frac, "test_frac": args.test_frac, "quote_aug_fraction": args.quote_aug,
            "files": {k: str(v.relative_to(work)) for k, v in paths.items()},
            "test_documents": [d.doc_id for d in split.test]}


def stage_vectors(args: argparse.Namespace, work: Path) -> dict:
    """Word2vec on the prose and the training split's text, saved as a Stanza pretrain."""
    from stanza_recipe.vectors import VectorParams, build_corpus, train_pretrain

    lang = args.recipe
    train_docs = group_documents(read_conllu(treebank_dir(work, lang.treebank) / f"{lang.short_name}-ud-train.conllu"))
    params = VectorParams(epochs=1, min_count=1, vector_size=16) if args.quick else VectorParams()
    corpus = build_corpus(args.text_dir, train_docs, max_lines=300 if args.quick else None)
    info = train_pretrain(corpus, params, work / PRETRAIN)
    return {"params": params.as_dict(), **info, "text_dir": args.text_dir.name,
            "tokenization": "lowercased, regex \\w+(?:[-']\\w+)*|[^\\w\\s]"}


def stage_config(args: argparse.Namespace, stage: str) -> StageConfig:
    configs = quick_configs(PRETRAIN) if args.quick else named_configs(args.config, PRETRAIN)
    budgets = dict(b.split("=", 1) for b in args.budget)
    config = configs[stage]
    if stage in budgets:
        config = StageConfig(config.prepare, config.train, float(budgets[stage]))
    return config


def stage_train(args: argparse.Namespace, work: Path, stage: str) -> dict:
    """One Stanza model: prepare its data and train it."""
    env = stanza_env(work, args.threads)
    if args.cpu:
        env["CUDA_VISIBLE_DEVICES"] = ""
    tagger = None
    if stage == "depparse" and not args.gold_tags and not args.skip_prepare:
        tagger = model_path(work, "pos", args.config).relative_to(work)
        if not (work / tagger).exists():
            raise FileNotFoundError(f"the parser is trained on predicted tags but {work / tagger} is missing; "
                                    "run the pos stage first or pass --gold-tags")
    config = stage_config(args, stage)
    log = work / "logs" / f"{record_name(args, stage)}.log"
    result = run_stage(stage, config, work, log, env, tagger, args.config, lang=args.recipe,
                       prepare=not args.skip_prepare, train=not args.prepare_only)
    if args.prepare_only:
        return {"commands": result.commands, "seconds": round(result.seconds, 1), "prepared_only": True}
    if not model_path(work, stage, args.config).exists():
        raise RuntimeError(f"{stage} produced no model; see {log}")
    return {"config": args.config, "commands": result.commands, "seconds": round(result.seconds, 1),
            "stopped_at_budget": result.stopped_at_budget, "budget_s": config.budget_s,
            "tags_for_parser": ("gold" if args.gold_tags else "predicted") if stage == "depparse" else None}


def record_name(args: argparse.Namespace, stage: str) -> str:
    """Name of a stage's log and record: ``pos`` for the full config, ``pos.baseline`` for another."""
    name = stage if args.config == "full" else f"{stage}.{args.config}"
    if stage == "evaluate" and args.eval_split != "test":
        name += f".{args.eval_split}"
    if stage == "evaluate" and args.tokenizer_only:
        name += ".tokenizer"
    if stage == "evaluate" and args.eval_docs:
        name += f".{args.eval_docs}"
    return name


def model_set(work: Path, config: str):
    """The models of ``config`` in the work dir; a stage it did not train comes from the full config."""
    from stanza_recipe.evaluate import ModelSet

    def pick(stage: str) -> Path:
        own = model_path(work, stage, config)
        return own if own.exists() else model_path(work, stage, "full")

    parser = pick("depparse")
    vectors = not parser.exists() or parser_uses_vectors(parser)  # export copes with a partial run
    return ModelSet(pick("tokenize"), pick("pos"), pick("lemma"), parser, work / PRETRAIN,
                    work / PRETRAIN if vectors else None)


def parser_uses_vectors(parser: Path) -> bool:
    """Whether a trained parser was given word vectors (the baseline's is not); read from its saved config."""
    import torch

    return bool(torch.load(parser, map_location="cpu", weights_only=False)["config"].get("pretrain"))


def stage_export(args: argparse.Namespace, work: Path, out: Path) -> dict:
    """Write the trained models under the package's names (weights in float16 unless
    ``--full-precision``; pretrain.pt as trained); resources.json is ``{}``."""
    from stanza_recipe.half import HALVED, halve_checkpoint

    out.mkdir(parents=True, exist_ok=True)
    sizes: dict[str, int] = {}
    models = model_set(work, args.config)
    sources = {"tokenizer.pt": models.tokenizer, "tagger.pt": models.tagger, "lemmatizer.pt": models.lemmatizer,
               "parser.pt": models.parser, "pretrain.pt": models.pretrain}
    for name, src in sources.items():
        if src.exists():
            if name in HALVED and not args.full_precision:
                halve_checkpoint(src, out / name)
            else:
                shutil.copyfile(src, out / name)
            sizes[name] = (out / name).stat().st_size
    if not (out / "resources.json").exists():
        (out / "resources.json").write_text("{}", encoding="utf-8")
    return {"config": args.config, "float16": not args.full_precision,
            "sources": {k: str(v.relative_to(work)) for k, v in sources.items()},
            "sizes_bytes": sizes, "total_mb": round(sum(sizes.values()) / 1e6, 1)}


def stage_evaluate(args: argparse.Namespace, work: Path) -> dict:
    """Scores of ``--config``'s models (and, optionally, the starter models) on the test (or dev) documents."""
    from stanza_recipe.evaluate import ModelSet, evaluate, tokenizer_on_curly_quotes, tokenizer_scores

    lang = args.recipe
    docs = group_documents(read_conllu(treebank_dir(work, lang.treebank) / f"{lang.short_name}-ud-{args.eval_split}.conllu"))
    docs = [d for d in docs if d.doc_id.startswith(args.eval_docs)]
    if not docs:
        raise ValueError(f"no {args.eval_split} document id starts with {args.eval_docs!r}")
    device = "cpu" if args.cpu else None
    resources = work / "stanza_resources"
    models = model_set(work, args.config)
    if args.tokenizer_only:
        return {"config": args.config, "split": args.eval_split, "tokenizer": str(models.tokenizer.relative_to(work)),
                "new": {"raw_text": tokenizer_scores(models, docs, resources, device, lang.code),
                        "raw_text_curly_quotes": tokenizer_on_curly_quotes(models, docs, resources, device,
                                                                           lang=lang.code)}}
    scores = {"config": args.config, "split": args.eval_split, "documents": args.eval_docs or "all",
              "files": {k: str(v.relative_to(work)) for k, v in vars(models).items() if v is not None},
              "new": evaluate(models, docs, resources, device, args.gold_tokens_only, lang.code)}
    if args.starter_dir:
        scores["starter"] = evaluate(ModelSet.starter(args.starter_dir), docs, work / "starter_resources", device,
                                     args.gold_tokens_only)
    return scores


def run(args: argparse.Namespace, work: Path, out: Path) -> dict:
    """Run the chosen stages in order; each stage's record goes to ``work/meta``."""
    meta_dir = work / "meta"
    for stage in [s for s in ALL_STAGES if s in args.stages]:
        start = time.monotonic()
        logger.info("stage %s", stage)
        if stage == "data":
            record = stage_data(args, work)
        elif stage == "vectors":
            record = stage_vectors(args, work)
        elif stage in STAGES:
            record = stage_train(args, work, stage)
        elif stage == "export":
            record = stage_export(args, work, out)
        else:
            record = stage_evaluate(args, work)
        record = {"wall_s": round(time.monotonic() - start, 1), "quick": args.quick, **record}
        name = record_name(args, stage) + (".prepare" if args.prepare_only and stage in STAGES else "")
        metadata.write_stage_record(meta_dir, name, record)
        logger.info("stage %s done in %.0f s", stage, record["wall_s"])
    combined = {"recipe": "training/train_stanza.py", "argv": sys.argv[1:], "stages": metadata.collect(meta_dir)}
    out.mkdir(parents=True, exist_ok=True)
    (out / "training_metadata.json").write_text(json.dumps(combined, indent=2, ensure_ascii=False), encoding="utf-8")
    return combined


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix=f"stanza-{args.lang}-") as tmp:
        work = (args.work_dir or Path(tmp)).resolve()
        work.mkdir(parents=True, exist_ok=True)
        combined = run(args, work, args.out.resolve())
    evaluated = record_name(args, "evaluate")
    if "evaluate" in args.stages and evaluated in combined["stages"]:
        print(json.dumps(combined["stages"][evaluated], indent=2))
    print(f"models in {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
