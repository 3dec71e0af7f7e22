"""Tests for the stance classifier: readers, training round trip, bundled model."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from quotes.errors import QuotesError
from quotes.stance import (
    DEFAULT_MODEL_DIR,
    ENV_VAR,
    LABELS,
    METADATA_FILENAME,
    MODEL_FILENAME,
    StanceModelError,
    load_stance_model,
)
from quotes.stance.labeled import StanceDataError, detect_format, read_examples, read_many
from quotes.stance.training import near_duplicate_groups, train_stance

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "training" / "data" / "stance.jsonl"

SEED_CASES = [
    (
        "“Onze samenwerking met gelijkgezinde NAVO-partners is vitaal voor de internationale "
        "veiligheid en om onze gezamenlijke inspanningen rond defensie te versterken”",
        ["pro_nato"],
    ),
    (
        "“We moeten samenwerken met onze partners in Europa, over de Atlantische Oceaan en nog "
        "verder om Oekraïne te steunen en te zorgen voor een rechtvaardige en duurzame vrede”",
        ["supportive_of_ukraine"],
    ),
    (
        "bood opnieuw aan als gastheer op te treden voor gesprekken tussen Moskou en Kiev",
        ["mediation_offer"],
    ),
]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def lines_of(result) -> list[int]:
    return [w.line for w in result.warnings]


# --------------------------------------------------------------------------
# Readers


def test_quotes_jsonl_skips_bad_rows_with_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "data.jsonl",
        '{"id": "a", "text": "We steunen Oekraïne.", "lang": "nl", "labels": ["supportive_of_ukraine"]}\n'
        "{not json\n"
        "\n"
        '{"id": "c", "text": "", "labels": []}\n'
        '{"id": "d", "text": "Het regent.", "labels": []}\n'
        '{"id": "e", "text": "Geen labels-veld."}\n'
        '{"id": "f", "text": "Rare labels.", "labels": [1, 2]}\n',
    )
    assert detect_format(path) == "quotes"
    result = read_examples(path)
    assert [e.id for e in result.examples] == ["a", "d"]
    assert result.examples[0].labels == ("supportive_of_ukraine",)
    assert result.examples[0].lang == "nl"
    assert result.examples[1].labels == ()
    assert lines_of(result) == [2, 4, 6, 7]
    assert str(result.warnings[0]).startswith(f"{path}:2: invalid JSON")


def test_unknown_labels_are_reported_and_dropped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "data.jsonl",
        '{"text": "NAVO is goed.", "labels": ["pro_nato", "pro_cats"]}\n',
    )
    result = read_examples(path, labels=LABELS)
    assert result.examples[0].labels == ("pro_nato",)
    assert "pro_cats" in result.warnings[0].message and result.warnings[0].line == 1


def test_csv_reader_labels_and_line_numbers(tmp_path: Path) -> None:
    path = write(
        tmp_path / "data.csv",
        "id,text,labels,lang\n"
        '1,"We bieden aan te bemiddelen.",mediation_offer,nl\n'
        '2,"NATO matters; and so does Ukraine.","[""pro_nato"", ""supportive_of_ukraine""]",en\n'
        '3,"A quote spanning\ntwo lines.",pro_nato;supportive_of_ukraine,en\n'
        "4,,pro_nato,en\n"
        '5,"Bad JSON labels.","[""pro_nato""",en\n'
        "6,Geen label.,,nl\n",
    )
    assert detect_format(path) == "csv"
    result = read_examples(path)
    assert [e.id for e in result.examples] == ["1", "2", "3", "6"]
    assert result.examples[1].labels == ("pro_nato", "supportive_of_ukraine")
    assert result.examples[2].labels == ("pro_nato", "supportive_of_ukraine")
    assert result.examples[3].labels == ()
    # the quoted field of row 3 spans two physical lines, so row 4 starts on line 6
    assert lines_of(result) == [6, 7]


def test_csv_without_text_column_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "data.csv", "quote,labels\nHallo,pro_nato\n")
    with pytest.raises(StanceDataError, match="No usable training examples"):
        read_many([path])


def test_prodigy_choice_and_binary(tmp_path: Path) -> None:
    rows = [
        {"text": "Turkey offers to host talks.", "options": [], "accept": ["mediation_offer"], "answer": "accept"},
        {"text": "Skipped choice.", "accept": ["pro_nato"], "answer": "reject"},
        {"text": "NATO is vital.", "label": "pro_nato", "answer": "accept"},
        {"text": "NATO is vital.", "label": "supportive_of_ukraine", "answer": "reject"},
        {"text": "It rained.", "label": "pro_nato", "answer": "reject"},
        {"text": "Ignored.", "label": "pro_nato", "answer": "ignore"},
        {"text": "Broken answer.", "label": "pro_nato", "answer": "maybe"},
    ]
    path = write(tmp_path / "prodigy.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    assert detect_format(path) == "prodigy"
    result = read_examples(path)
    got = {e.text: e.labels for e in result.examples}
    assert got == {
        "Turkey offers to host talks.": ("mediation_offer",),
        "NATO is vital.": ("pro_nato",),
        "It rained.": (),
    }
    assert lines_of(result) == [7]


def test_doccano_reader(tmp_path: Path) -> None:
    path = write(
        tmp_path / "doccano.jsonl",
        '{"id": 7, "text": "Wij steunen Kiev.", "label": ["supportive_of_ukraine"]}\n'
        '{"id": 8, "text": "Niets.", "label": []}\n'
        '{"id": 9, "text": "Span export.", "label": [[0, 4, "pro_nato"]]}\n',
    )
    assert detect_format(path) == "doccano"
    result = read_examples(path)
    assert [(e.id, e.labels) for e in result.examples] == [("7", ("supportive_of_ukraine",)), ("8", ())]
    assert lines_of(result) == [3]


def test_label_studio_drops_cancelled_annotations(tmp_path: Path) -> None:
    def ann(choices, cancelled=False):
        return {
            "was_cancelled": cancelled,
            "result": [{"type": "choices", "from_name": "stance", "value": {"choices": choices}}],
        }

    tasks = [
        {"id": 1, "data": {"text": "NAVO is vitaal."}, "annotations": [ann(["pro_nato"])]},
        {"id": 2, "data": {"text": "Wij bemiddelen."},
         "annotations": [ann(["mediation_offer"]), ann(["pro_nato"], cancelled=True)]},
        {"id": 3, "data": {"text": "Alleen geannuleerd."}, "annotations": [ann(["pro_nato"], True)]},
        {"id": 4, "data": {"text": "Geen keuze."}, "annotations": [{"result": []}]},
        {"id": 5, "data": {}, "annotations": [ann(["pro_nato"])]},
    ]
    path = write(tmp_path / "export.json", json.dumps(tasks, indent=2))
    assert detect_format(path) == "labelstudio"
    result = read_examples(path)
    assert [(e.id, e.labels) for e in result.examples] == [
        ("1", ("pro_nato",)),
        ("2", ("mediation_offer",)),
        ("4", ()),
    ]
    text = path.read_text(encoding="utf-8").splitlines()
    for warning, task_id in zip(result.warnings, (3, 5)):
        # the reported line is where the task object starts; its id follows it
        assert text[warning.line - 1].strip() == "{"
        assert f'"id": {task_id}' in text[warning.line]
    assert "cancelled" in result.warnings[0].message


def test_no_usable_rows_raises(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", "{oops\n[1, 2]\n")
    with pytest.raises(StanceDataError, match="No usable training examples"):
        read_many([path])
    assert isinstance(StanceDataError("x"), QuotesError)


def test_near_duplicates_share_a_group() -> None:
    texts = [
        "Nederland blijft Oekraïne steunen zo lang als dat nodig is, zei de minister.",
        "Nederland blijft Oekraïne steunen zo lang als dat nodig is, zei de premier.",
        "Het regent vandaag in Utrecht en morgen ook.",
    ]
    groups = near_duplicate_groups(texts)
    assert groups[0] == groups[1] != groups[2]


# --------------------------------------------------------------------------
# Training round trip


def small_subset(tmp_path: Path, per_label: int = 25, n_none: int = 40) -> Path:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    chosen, counts = [], dict.fromkeys(LABELS, 0)
    none = 0
    for row in rows:
        if not row["labels"] and none < n_none:
            chosen.append(row)
            none += 1
        elif len(row["labels"]) == 1 and counts[row["labels"][0]] < per_label:
            chosen.append(row)
            counts[row["labels"][0]] += 1
    lines = [json.dumps(r, ensure_ascii=False) for r in chosen]
    lines.insert(3, '{"text": "missing labels"}')
    return write(tmp_path / "subset.jsonl", "\n".join(lines) + "\n")


def test_train_round_trip(tmp_path: Path) -> None:
    data = small_subset(tmp_path)
    out = tmp_path / "model"
    report = train_stance([data], out, n_splits=2, calibration_cv=2, command="pytest")
    assert report.labels == LABELS
    assert report.n_examples == 115
    assert [w.line for w in report.warnings] == [4]
    assert 0.0 <= report.cv.macro_f1 <= 1.0 and 0.0 <= report.heldout.macro_f1 <= 1.0
    assert set(report.cv.per_label) == set(LABELS)
    for name in (MODEL_FILENAME, METADATA_FILENAME, "MODEL_CARD.md"):
        assert (out / name).is_file()
    meta = json.loads((out / METADATA_FILENAME).read_text(encoding="utf-8"))
    assert meta["labels"] == list(LABELS)
    assert meta["n_per_label"] == {lab: 25 for lab in LABELS}
    assert meta["command"] == "pytest" and len(meta["data_sha256"]) == 64
    assert "skops" in (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert meta["model_sha256"] and meta["model_file"] == MODEL_FILENAME

    model = load_stance_model(out)
    assert model.labels == LABELS
    assert model.thresholds == pytest.approx(report.thresholds)
    probs = model.predict(["Wij blijven Oekraïne steunen.", "Het regent."])
    assert len(probs) == 2 and set(probs[0]) == set(LABELS)
    assert all(0.0 <= p <= 1.0 for row in probs for p in row.values())
    assert all(lab in LABELS for lab in model.assign(probs[0]))


def test_training_needs_enough_examples_per_label(tmp_path: Path) -> None:
    path = write(
        tmp_path / "tiny.jsonl",
        '{"text": "NAVO is goed.", "labels": ["pro_nato"]}\n{"text": "Regen.", "labels": []}\n',
    )
    with pytest.raises(StanceDataError, match="pro_nato"):
        train_stance([path], tmp_path / "out")


# --------------------------------------------------------------------------
# Bundled model


@pytest.fixture(scope="module")
def bundled():
    return load_stance_model()


@pytest.mark.parametrize(("text", "expected"), SEED_CASES)
def test_bundled_model_seed_article(bundled, text: str, expected: list[str]) -> None:
    [probs] = bundled.predict([text])
    assert bundled.assign(probs) == expected


def test_bundled_metadata(bundled) -> None:
    assert bundled.labels == LABELS
    assert set(bundled.thresholds) == set(LABELS)
    assert bundled.metadata["cv_scores"]["macro_f1"] > 0
    assert (DEFAULT_MODEL_DIR / MODEL_FILENAME).stat().st_size < 15_000_000  # skops: 12.2 MB today


def test_env_var_overrides_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(StanceModelError, match="nowhere"):
        load_stance_model()


def test_missing_model_file(tmp_path: Path) -> None:
    with pytest.raises(StanceModelError, match="No stance model file") as info:
        load_stance_model(tmp_path)
    assert "quotes train" in str(info.value)
    assert isinstance(info.value, QuotesError)


def test_sklearn_version_mismatch(tmp_path: Path) -> None:
    copy = tmp_path / "stance"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    meta_path = copy / METADATA_FILENAME
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["sklearn_version"] = "0.99.0"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StanceModelError) as info:
        load_stance_model(copy)
    message = str(info.value)
    assert "0.99.0" in message
    assert "quotes train" in message
    assert "pip install scikit-learn==0.99.0" in message
    # the escape hatch still loads it
    assert load_stance_model(copy, check_version=False).labels == LABELS


def test_quotes_train_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    data = small_subset(tmp_path, per_label=40, n_none=60)
    out = tmp_path / "cli-model"
    result = CliRunner().invoke(main, ["train", str(data), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "grouped CV: macro-F1" in result.stdout and "held-out: macro-F1" in result.stdout
    assert "subset.jsonl:4:" in result.stderr  # the bad row of the subset is reported with its line
    assert load_stance_model(out).labels == LABELS
    bad = CliRunner().invoke(main, ["train", str(write(tmp_path / "empty.jsonl", "\n")), "-o", str(out)])
    assert bad.exit_code == 2 and "error" in bad.stderr


@pytest.mark.parametrize("change, problem", [
    (lambda meta: meta.update(labels=meta["labels"][:2]), "2 labels for 3 output columns"),
    (lambda meta: meta["thresholds"].pop("pro_nato"), "no threshold in [0, 1] for pro_nato"),
    (lambda meta: meta["thresholds"].update(pro_nato=1.7), "no threshold in [0, 1] for pro_nato"),
])
def test_metadata_that_does_not_fit_the_model_is_refused(tmp_path: Path, change, problem) -> None:
    copy = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    meta_path = copy / METADATA_FILENAME
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    change(meta)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StanceModelError, match=re.escape(problem)):
        load_stance_model(copy)


def test_training_records_its_label_order_and_refuses_one_label(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    data = small_subset(tmp_path, per_label=40, n_none=60)
    out = tmp_path / "model"
    assert CliRunner().invoke(main, ["train", str(data), "-o", str(out)]).exit_code == 0
    meta_path = out / METADATA_FILENAME
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["labels"] = [meta["labels"][1], meta["labels"][0], meta["labels"][2]]  # swapped columns
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StanceModelError, match="trained as"):
        load_stance_model(out)
    rows = [{"text": f"De NAVO moet sterker, zegt politicus {i}.", "labels": ["pro_nato"] if i % 2 else []}
            for i in range(40)]
    one = write(tmp_path / "one.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    single = CliRunner().invoke(main, ["train", str(one), "-o", str(tmp_path / "single")])
    assert single.exit_code == 2 and "one label only" in single.stderr
    assert CliRunner().invoke(main, ["train", str(one)]).exit_code == 2  # no -o: the bundled model stays


# --------------------------------------------------------------------------
# Loading runs no code from the model file


def test_a_legacy_pickle_loads_only_when_trusted(tmp_path: Path) -> None:
    import joblib

    copy = tmp_path / "legacy"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    model = load_stance_model(copy)
    (copy / MODEL_FILENAME).unlink()
    joblib.dump(model.pipeline, copy / "stance.joblib")
    meta = json.loads((copy / METADATA_FILENAME).read_text(encoding="utf-8"))
    del meta["model_sha256"]  # as legacy metadata was written
    (copy / METADATA_FILENAME).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StanceModelError, match="pickle, which runs code.*--trust-model"):
        load_stance_model(copy)
    assert load_stance_model(copy, trust_model=True).labels == LABELS


def test_a_model_needing_untrusted_types_is_refused_and_runs_nothing(tmp_path: Path) -> None:
    import os

    import skops.io
    from sklearn.preprocessing import FunctionTransformer

    from sklearn.pipeline import Pipeline

    copy = tmp_path / "evil"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    skops.io.dump(Pipeline([("hook", FunctionTransformer(os.system))]), copy / MODEL_FILENAME)
    meta = json.loads((copy / METADATA_FILENAME).read_text(encoding="utf-8"))
    del meta["model_sha256"]
    (copy / METADATA_FILENAME).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(StanceModelError, match="not on the trusted list.*system"):
        load_stance_model(copy)


def test_a_model_file_that_does_not_match_its_digest_is_refused(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from quotes.cli import main

    copy = tmp_path / "swapped"
    shutil.copytree(DEFAULT_MODEL_DIR, copy)
    with open(copy / MODEL_FILENAME, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(StanceModelError, match="SHA-256"):
        load_stance_model(copy)
    doc = write(tmp_path / "a.txt", "Hallo.")
    result = CliRunner().invoke(main, ["extract", str(doc), "--stance-model", str(copy)])
    assert result.exit_code == 2 and "SHA-256" in result.stderr and "Traceback" not in result.stderr


def test_the_bundled_model_loads_its_pickle_only_when_it_matches_the_shipped_digest(tmp_path, monkeypatch) -> None:
    import joblib

    from quotes.stance import model as stance_model

    assert type(load_stance_model().pipeline).__name__ == "ContextStacker"
    assert stance_model._is_verified_bundle(DEFAULT_MODEL_DIR), "retrain or rerun save_bundled_copy"
    fake = tmp_path / "stance"
    shutil.copytree(DEFAULT_MODEL_DIR, fake)
    marker = tmp_path / "payload-ran"
    joblib.dump(_Payload(marker), fake / "stance.joblib")  # a replaced pickle in the bundled folder
    monkeypatch.setattr(stance_model, "DEFAULT_MODEL_DIR", fake)
    model = load_stance_model(fake)  # falls back on the skops file, never unpickles
    assert model.labels == LABELS and not marker.exists()


class _Payload:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))
