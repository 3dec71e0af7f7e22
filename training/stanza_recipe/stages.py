"""Run Stanza's own dataset-preparation and training modules for each model.

Every stage is a ``python -m stanza.utils...`` subprocess run in the work dir (the
folder holding ``extern_data/``), with Stanza's data folders under ``work_dir/data``.
A stage may have a wall-clock budget: Stanza saves the best dev checkpoint as it goes,
so stopping a long run at its budget keeps the best model so far.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from .languages import RECIPES, RecipeLanguage

logger = logging.getLogger(__name__)

STAGES = ("tokenize", "pos", "lemma", "depparse")
MODULE_STEMS = {"tokenize": "tokenizer", "pos": "pos", "lemma": "lemma", "depparse": "depparse"}
MODEL_NAMES = {"tokenize": "tokenizer.pt", "pos": "tagger.pt", "lemma": "lemmatizer.pt", "depparse": "parser.pt"}


@dataclass(frozen=True)
class StageConfig:
    """Hyper-parameters (extra trainer flags) and a wall-clock budget for one stage."""

    prepare: tuple[str, ...]
    train: tuple[str, ...]
    budget_s: float | None = None


@dataclass
class StageResult:
    """What happened in one stage: commands, seconds, whether the budget stopped training."""

    name: str
    commands: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stopped_at_budget: bool = False


CONFIGS = ("full", "compact", "cpu", "baseline")


def full_configs(pretrain: str) -> dict[str, StageConfig]:
    """Our larger models: word vectors for tagger and parser, Adam for the parser (fast to converge)."""
    vec = ("--wordvec_pretrain_file", pretrain)
    return {
        "tokenize": StageConfig((), ("--steps", "5000")),
        "pos": StageConfig((), vec + (
            "--max_steps", "6000", "--eval_interval", "200", "--fix_eval_interval", "--batch_size", "250",
            "--hidden_dim", "256", "--char_hidden_dim", "200", "--char_emb_dim", "100",
            "--deep_biaff_hidden_dim", "300", "--composite_deep_biaff_hidden_dim", "100")),
        "lemma": StageConfig(("--gold", "--no_lemma_classifier", "--no_charlm"), (
            "--num_epoch", "20", "--batch_size", "100", "--hidden_dim", "100")),
        "depparse": StageConfig(vec, vec + (
            "--max_steps", "20000", "--eval_interval", "200", "--batch_size", "5000",
            "--optim", "adam", "--lr", "0.002", "--beta2", "0.9", "--no_second_optim",
            "--hidden_dim", "256", "--deep_biaff_hidden_dim", "200", "--num_layers", "3",
            "--char_hidden_dim", "200", "--char_emb_dim", "100", "--no_checkpoint")),
    }


def compact_configs(pretrain: str) -> dict[str, StageConfig]:
    """The starter models' sizes (cheaper to run), with word vectors for the parser and longer training."""
    full = full_configs(pretrain)
    vec = ("--wordvec_pretrain_file", pretrain)
    small = ("--hidden_dim", "200", "--char_hidden_dim", "100", "--char_emb_dim", "50", "--deep_biaff_hidden_dim", "200")
    return {
        "tokenize": full["tokenize"],
        "pos": StageConfig((), vec + small + (
            "--max_steps", "6000", "--eval_interval", "200", "--fix_eval_interval", "--batch_size", "100",
            "--composite_deep_biaff_hidden_dim", "50")),
        "lemma": full["lemma"],
        "depparse": StageConfig(vec, vec + small + (
            "--max_steps", "20000", "--eval_interval", "200", "--batch_size", "5000",
            "--optim", "adam", "--lr", "0.002", "--beta2", "0.9", "--no_second_optim",
            "--num_layers", "2", "--no_checkpoint")),
    }


def cpu_configs(pretrain: str) -> dict[str, StageConfig]:
    """The compact sizes for a CPU: the parser on batches of 2,000 tokens (a step of 5,000 takes 12-14 s
    on one thread, so a budget of an hour or two gives few updates) and dev checks every 100 steps."""
    compact = compact_configs(pretrain)
    return {**compact, "pos": _with_flags(compact["pos"], eval_interval="100"),
            "depparse": _with_flags(compact["depparse"], batch_size="2000", eval_interval="100")}


def _with_flags(config: StageConfig, **values: str) -> StageConfig:
    """``config`` with the values of some of its training flags replaced (``batch_size="2000"``)."""
    train = list(config.train)
    for name, value in values.items():
        train[train.index(f"--{name}") + 1] = value
    return StageConfig(config.prepare, tuple(train), config.budget_s)


def baseline_configs(pretrain: str) -> dict[str, StageConfig]:
    """The starter models' recipe (../shared/stanza-nl/RECIPE.md) on our split: the baseline of the card.

    Same commands and hyper-parameters; the tagger uses our vectors (made the same way as the
    starter's, from OpenBoek and the training text); the parser has no vectors, as in the starter.
    """
    small = ("--hidden_dim", "200", "--char_hidden_dim", "100", "--char_emb_dim", "50", "--deep_biaff_hidden_dim", "200")
    return {
        "tokenize": StageConfig((), ("--steps", "5000")),
        "pos": StageConfig((), ("--wordvec_pretrain_file", pretrain) + small + (
            "--max_steps", "1000", "--eval_interval", "100", "--fix_eval_interval", "--batch_size", "100",
            "--composite_deep_biaff_hidden_dim", "50")),
        "lemma": full_configs(pretrain)["lemma"],
        "depparse": StageConfig((), ("--no_pretrain",) + small + (
            "--max_steps", "2500", "--eval_interval", "250", "--batch_size", "2000", "--num_layers", "2")),
    }


def named_configs(name: str, pretrain: str) -> dict[str, StageConfig]:
    """One of CONFIGS by name."""
    return {"full": full_configs, "compact": compact_configs, "cpu": cpu_configs,
            "baseline": baseline_configs}[name](pretrain)


def quick_configs(pretrain: str) -> dict[str, StageConfig]:
    """A few steps of tiny models: proves the recipe runs end to end."""
    vec = ("--wordvec_pretrain_file", pretrain)
    small = ("--hidden_dim", "16", "--char_hidden_dim", "16", "--char_emb_dim", "8", "--word_emb_dim", "8",
             "--tag_emb_dim", "8", "--transformed_dim", "8", "--deep_biaff_hidden_dim", "16")
    return {
        "tokenize": StageConfig((), ("--steps", "6", "--eval_steps", "3", "--hidden_dim", "16", "--emb_dim", "8")),
        "pos": StageConfig((), vec + small + (
            "--max_steps", "6", "--eval_interval", "3", "--fix_eval_interval", "--batch_size", "50",
            "--composite_deep_biaff_hidden_dim", "8")),
        "lemma": StageConfig(("--gold", "--no_lemma_classifier", "--no_charlm"), (
            "--num_epoch", "1", "--batch_size", "50", "--hidden_dim", "16", "--emb_dim", "8", "--pos_dim", "8")),
        "depparse": StageConfig(vec, vec + small + (
            "--max_steps", "6", "--eval_interval", "3", "--batch_size", "500", "--num_layers", "1",
            "--no_checkpoint")),
    }


def stanza_env(work_dir: Path, threads: int | None) -> dict[str, str]:
    """Environment for Stanza's scripts: data under ``work_dir/data``, no network model lookups."""
    env = dict(os.environ)
    env["DATA_ROOT"] = str(work_dir / "data")
    env["STANZA_RESOURCES_DIR"] = str(work_dir / "stanza_resources")
    env["HF_HUB_OFFLINE"] = "1"
    if threads:
        env["OMP_NUM_THREADS"] = env["MKL_NUM_THREADS"] = str(threads)
    return env


def run_module(module: str, args: list[str], work_dir: Path, log: Path, env: dict[str, str],
               budget_s: float | None = None) -> tuple[str, bool]:
    """Run ``python -m module args`` in ``work_dir``; returns the command line and whether it hit the budget."""
    cmd = [sys.executable, "-m", module, *args]
    log.parent.mkdir(parents=True, exist_ok=True)
    line = " ".join(cmd[1:])
    logger.info("running: %s", line)
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n$ {line}\n")
        out.flush()
        proc = subprocess.Popen(cmd, cwd=work_dir, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            rc = proc.wait(timeout=budget_s)
        except subprocess.TimeoutExpired:
            logger.info("budget of %.0f s reached; stopping %s", budget_s, module)
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()
            return line, True
        except BaseException:  # e.g. KeyboardInterrupt: do not leave the trainer running
            os.killpg(proc.pid, signal.SIGTERM)
            raise
    if rc != 0:
        raise RuntimeError(f"{module} failed with exit code {rc}; see {log}")
    return line, False


def prepare_module(stage: str) -> str:
    return f"stanza.utils.datasets.prepare_{MODULE_STEMS[stage]}_treebank"


def train_module(stage: str) -> str:
    return f"stanza.utils.training.run_{MODULE_STEMS[stage]}"


def run_stage(stage: str, config: StageConfig, work_dir: Path, log: Path, env: dict[str, str],
              tagger: Path | None = None, variant: str = "full", prepare: bool = True,
              train: bool = True, lang: RecipeLanguage = RECIPES["nl"]) -> StageResult:
    """Prepare the data for ``stage`` and train it with Stanza's runner (into ``saved_models/variant/stage``).

    Several trainings can share one prepared data set: prepare once (``train=False``), then
    start them with ``prepare=False``.
    """
    result = StageResult(stage)
    start = time.monotonic()
    treebank = lang.plain_treebank if stage == "tokenize" else lang.treebank
    if prepare:
        prep = [treebank, *config.prepare]
        if stage == "depparse":
            prep += ["--no_charlm"] + (["--predicted", "--tagger_model", str(tagger)] if tagger else ["--gold"])
        result.commands.append(run_module(prepare_module(stage), prep, work_dir, log, env)[0])
    if not train:
        result.seconds = time.monotonic() - start
        return result
    cmd = [treebank, "--no_charlm", "--force", "--save_dir", str(save_dir(variant, stage)),
           "--save_name", MODEL_NAMES[stage], *config.train]
    line, stopped = run_module(train_module(stage), cmd, work_dir, log, env, config.budget_s)
    result.commands.append(line)
    result.stopped_at_budget = stopped
    result.seconds = time.monotonic() - start
    return result


def save_dir(variant: str, stage: str) -> Path:
    """Where a stage's model goes, relative to the work dir."""
    return Path("saved_models") / variant / stage


def model_path(work_dir: Path, stage: str, variant: str = "full") -> Path:
    return work_dir / save_dir(variant, stage) / MODEL_NAMES[stage]
