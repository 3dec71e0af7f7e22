"""The Dutch development gold set: `quotes evaluate` thresholds, and parsing only the sentences that
matter gives exactly the quotes of parsing everything."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.evaluation import load_gold, predict

GOLD = Path(__file__).resolve().parent.parent / "training" / "data" / "gold_nl.jsonl"


@pytest.fixture(scope="session")
def gold_docs():
    return load_gold(GOLD)


@pytest.fixture(scope="session")
def predictions(gold_docs):
    return predict(gold_docs, stance=True)


def test_evaluate_meets_the_bar(predictions, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for rs in predictions.values() for r in rs),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(GOLD), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["lenient"]["f1"] >= 0.90
    assert report["speaker"]["accuracy"] >= 0.90
    assert report["stance"]["micro"]["f1"] >= 0.5


def test_parsing_less_gives_the_same_quotes(gold_docs, predictions):
    full = predict(gold_docs, stance=True, parse_all=True)
    assert full == predictions


def test_evaluate_runs_attribution_itself(tmp_path):
    seed_only = tmp_path / "seed.jsonl"
    seed_only.write_text(GOLD.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(seed_only), "--explain"])
    assert result.exit_code == 0, result.output
    assert "lenient" in result.stdout and "speaker accuracy" in result.stdout
