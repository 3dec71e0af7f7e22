"""The gold sets through `quotes evaluate`: floors within 0.02 of what the code reaches, so that a
regression fails; and parsing only the sentences that matter gives exactly the quotes of parsing
everything.

- written: ``gold_nl.jsonl``, 27 articles written for the project (development);
- discourse: ``gold_discourse_nl.jsonl``, 16 discourse-dense articles written for the project
  (development);
- news_dev / news_val: real newspaper articles annotated by someone who never saw the project
  (``NEWS_NL.md``); the rules were changed reading news_dev only, news_val is the figure on news
  they were not fitted to.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.evaluation import load_gold, predict, score

DATA = Path(__file__).resolve().parent.parent / "training" / "data"
GOLD = {"written": DATA / "gold_nl.jsonl", "discourse": DATA / "gold_discourse_nl.jsonl",
        "news_dev": DATA / "news_nl_dev.jsonl", "news_val": DATA / "news_nl_val.jsonl",
        "stance_heldout": DATA / "gold_stance_nl.jsonl"}
FLOORS = {  # (lenient F1, speaker accuracy over all required gold quotes); today's figures in comments
    "written": (0.98, 0.975),     # 1.000, 0.995
    "discourse": (0.975, 0.97),   # 0.993, 0.981
    "news_dev": (0.97, 0.965),    # 0.986, 0.986
    "news_val": (0.86, 0.72),     # 0.877, 0.750 (21/28: one quote is 0.036)
    "stance_heldout": (0.98, 0.87),  # 0.990, 0.881: written apart from everything the rules were fitted to
}
HELDOUT_STANCE_FLOOR = 0.83
"""Stance micro-F1 on the held-out stance set's matched quotes (0.855 today)."""
FALSE_ALARMS_CEILING = {"discourse": 0.5, "news_dev": 1.0}
"""Stance labels per 50 found quotes on articles without a stance topic (0.23 and 0.68 today)."""
STANCE_FLOOR = 0.69
"""Stance micro-F1 on the written set's matched quotes (0.709 today)."""


@pytest.fixture(scope="session")
def gold_docs():
    return {name: load_gold(path) for name, path in GOLD.items()}


@pytest.fixture(scope="session")
def predictions(gold_docs, stance_attributor):
    return {name: predict(docs, attributor=stance_attributor) for name, docs in gold_docs.items()}


@pytest.mark.parametrize("name", list(GOLD))
def test_gold_set_meets_its_floor(name, gold_docs, predictions):
    report = score(gold_docs[name], predictions[name])
    f1_floor, speaker_floor = FLOORS[name]
    assert report.lenient.f1 >= f1_floor, (name, report.lenient.f1)
    assert report.speaker_accuracy >= speaker_floor, (name, report.speaker_accuracy)


def test_evaluate_cli_on_written_gold(predictions, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for rs in predictions["written"].values()
                            for r in rs), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(GOLD["written"]), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["lenient"]["f1"] >= FLOORS["written"][0]
    assert report["speaker"]["accuracy"] >= FLOORS["written"][1]
    assert report["stance"]["micro"]["f1"] >= STANCE_FLOOR


def test_stance_on_the_held_out_set_and_false_alarms_elsewhere(gold_docs, predictions):
    heldout = score(gold_docs["stance_heldout"], predictions["stance_heldout"])
    assert heldout.stance_micro.f1 >= HELDOUT_STANCE_FLOOR, heldout.stance_micro
    for name, ceiling in FALSE_ALARMS_CEILING.items():
        assert score(gold_docs[name], predictions[name]).labels_per_50_quotes <= ceiling, name


@pytest.mark.slow
def test_parsing_less_gives_the_same_quotes(gold_docs, predictions):
    from quotes import Attributor

    full = Attributor(stance=True, parse_all=True)
    for name in ("written", "news_dev", "discourse", "stance_heldout"):
        assert predict(gold_docs[name], attributor=full) == predictions[name], name


def test_evaluate_runs_attribution_itself(tmp_path):
    seed_only = tmp_path / "seed.jsonl"
    seed_only.write_text(GOLD["written"].read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(seed_only), "--explain"])
    assert result.exit_code == 0, result.output
    assert "lenient" in result.stdout and "speaker accuracy" in result.stdout
