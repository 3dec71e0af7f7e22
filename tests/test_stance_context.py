"""Stance in context: what the classifier reads around a quote, training on it, and the active
learning export (`quotes label`) whose annotations come back through `quotes train`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main
from quotes.stance import LABELS, load_stance_model
from quotes.stance.export import export_tasks, record_inputs, select_tasks, uncertainty
from quotes.stance.features import (
    NO_CUE,
    StanceInput,
    feature_matrix,
    paragraph_spans,
    quote_context,
    stance_input,
)
from quotes.stance.labeled import read_examples
from quotes.stance.training import near_duplicate_groups, train_stance

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Kabinet stuurt meer F-16's naar Oekraïne\n\n"
    "Nederland levert volgend jaar nog twaalf F-16's aan Oekraïne, maakte de minister bekend.\n\n"
    "\u201cWe leveren, en we blijven leveren\u201d, zei ze. Ze ging er niet verder op in.\n\n"
    "De oppositie reageerde verdeeld.\n"
)


# --------------------------------------------------------------------------
# features


def test_paragraphs_are_blank_line_blocks_or_else_lines() -> None:
    assert [ARTICLE[s:e] for s, e in paragraph_spans(ARTICLE)][0] == "Kabinet stuurt meer F-16's naar Oekraïne"
    assert len(paragraph_spans(ARTICLE)) == 4
    one_per_line = "Titel\nEerste alinea.\nTweede alinea.\n"
    assert [one_per_line[s:e] for s, e in paragraph_spans(one_per_line)] == \
        ["Titel", "Eerste alinea.", "Tweede alinea."]


def test_context_is_the_paragraph_before_and_the_quotes_own_without_the_quote() -> None:
    start = ARTICLE.index("We leveren")
    end = ARTICLE.index("\u201d, zei")
    context, topic = quote_context(ARTICLE, start, end)
    assert context.startswith("Nederland levert volgend jaar nog twaalf F-16's")
    assert "\u201c … \u201d, zei ze." in context and "We leveren" not in context
    assert "oppositie" not in context
    assert topic.startswith("Kabinet stuurt meer F-16's naar Oekraïne Nederland levert")


def test_stance_input_fields_and_matrix() -> None:
    start = ARTICLE.index("We leveren")
    inp = stance_input(ARTICLE, start, start + 32, cue="Zeggen", speaker="person")
    assert inp.text == ARTICLE[start:start + 32] and inp.cue == "zeggen" and inp.speaker == "person"
    assert stance_input(ARTICLE, start, start + 10, cue=None, speaker=None).cue == NO_CUE
    matrix = feature_matrix([inp, "Een quote zonder context."])
    assert matrix.shape == (2, 5) and matrix[1, 0] == "Een quote zonder context." and matrix[1, 1] == ""


def test_quotes_of_one_article_share_a_cv_group() -> None:
    groups = near_duplicate_groups(["Eerste uitspraak hier.", "Iets heel anders gezegd.", "Derde zin."],
                                   docs=["a", "a", None])
    assert groups[0] == groups[1] != groups[2]


# --------------------------------------------------------------------------
# uncertainty and the export


def test_uncertainty_is_closeness_to_the_threshold() -> None:
    thresholds = {"a": 0.3, "b": 0.5}
    assert uncertainty({"a": 0.3, "b": 0.0}, thresholds) == pytest.approx(1.0)
    assert uncertainty({"a": 0.0, "b": 1.0}, thresholds) == pytest.approx(0.0)
    assert uncertainty({"a": 0.65, "b": 0.0}, thresholds) == pytest.approx(0.5)


class FixedModel:
    """A stance model whose probabilities are given per quote text."""

    labels = LABELS
    thresholds = dict.fromkeys(LABELS, 0.5)

    def __init__(self, probs: dict[str, float]) -> None:
        self.probs = probs

    def predict(self, inputs):
        return [{"supportive_of_ukraine": self.probs[i.text], "pro_nato": 0.0, "mediation_offer": 0.0}
                for i in inputs]

    def assign(self, p):
        return [lab for lab in LABELS if p[lab] >= 0.5]


def test_select_takes_the_most_uncertain_then_random_and_skips_repeated_texts() -> None:
    probs = {"a": 0.5, "b": 0.45, "c": 0.99, "d": 0.01, "e": 0.6}
    texts = ["a", "b", "c", "d", "e", "a"]
    records = [{"doc_id": "x", "quote_id": f"x#{i}", "text": t} for i, t in enumerate(texts)]
    tasks = select_tasks(records, [StanceInput(t) for t in texts], FixedModel(probs), 3, random_share=1 / 3)
    picked = {t.input.text: t.picked for t in tasks}
    assert len(tasks) == 3 and picked["a"] == "uncertain" and picked["b"] == "uncertain"
    assert list(picked.values()).count("random") == 1 and "e" not in picked
    assert [t.quote_id for t in tasks] == sorted(t.quote_id for t in tasks)


@pytest.mark.parametrize("fmt", ["jsonl", "prodigy", "doccano", "labelstudio"])
def test_an_annotated_export_reads_back_with_its_context(tmp_path: Path, fmt: str) -> None:
    start = ARTICLE.index("We leveren")
    inp = stance_input(ARTICLE, start, start + 32, cue="zeggen", speaker="person")
    [task] = select_tasks([{"doc_id": "d", "quote_id": "d#1", "text": inp.text}], [inp],
                          FixedModel({inp.text: 0.4}), 1)
    content = export_tasks([task], fmt, LABELS)
    path = tmp_path / ("export.json" if fmt == "labelstudio" else "export.jsonl")
    path.write_text(content, encoding="utf-8")
    assert not read_examples(path).examples, "an export nobody annotated must not become training data"
    path.write_text(annotate(content, fmt, ["supportive_of_ukraine"]), encoding="utf-8")
    [example] = read_examples(path).examples
    assert example.labels == ("supportive_of_ukraine",)
    assert example.stance_input() == inp
    assert example.doc_id == "d"


def annotate(content: str, fmt: str, labels: list[str]) -> str:
    """What the annotation tool gives back once someone chose ``labels``."""
    if fmt == "labelstudio":
        tasks = json.loads(content)
        for task in tasks:
            task["annotations"] = [{"result": [{"from_name": "stance", "to_name": "text", "type": "choices",
                                                "value": {"choices": labels}}]}]
        return json.dumps(tasks)
    rows = [json.loads(line) for line in content.splitlines()]
    for row in rows:
        if fmt == "prodigy":
            row.update(answer="accept", accept=labels)
        elif fmt == "doccano":
            row["label"] = labels
        else:
            row["labels"] = labels
    return "".join(json.dumps(r) + "\n" for r in rows)


# --------------------------------------------------------------------------
# training with context


EXPLICIT = {
    "supportive_of_ukraine": ["We steunen Oekraïne met wapens", "Oekraïne verdient onze hulp en munitie",
                              "Wij staan achter Kyiv en zijn verdediging", "Meer luchtafweer voor Oekraïne"],
    "pro_nato": ["De NAVO is de hoeksteen van onze veiligheid", "Het bondgenootschap maakt ons sterk",
                 "Artikel 5 van de NAVO beschermt ons", "We halen de NAVO-norm voor onze bondgenoten"],
    "mediation_offer": ["Wij bieden aan de gesprekken te organiseren", "Istanbul staat klaar als gastheer",
                        "We willen bemiddelen tussen de partijen", "Onze diensten als bemiddelaar staan open"],
    "": ["De gemeente bouwt een nieuw zwembad", "Het regent morgen in het hele land",
         "De bus rijdt vanaf maandag vaker", "De winkel opent om negen uur"],
}
CONTEXTS = {
    "supportive_of_ukraine": "Het kabinet stuurt extra luchtafweer en munitie naar Oekraïne.",
    "pro_nato": "De bondgenoten spraken op de NAVO-top af de defensienorm te halen.",
    "mediation_offer": "Turkije wil de onderhandelaars opnieuw ontvangen als bemiddelaar in Istanbul.",
    "": "De gemeenteraad besprak de begroting voor het nieuwe zwembad.",
}
VAGUE = ["Dat is een belangrijke stap", "We gaan hiermee door", "Dit had niemand verwacht",
         "Daar staan we achter", "We doen wat nodig is", "Het is een kwestie van tijd",
         "Zo hoort het te gaan", "We hebben er lang over gesproken", "Iedereen weet wat dit betekent",
         "Het moment is gekomen"]


def context_data(tmp_path: Path) -> Path:
    """Quotes that say what they mean, without context (as most of the bundled data), and quotes that
    say nothing by themselves in articles whose context decides."""
    rows = []
    for label, texts in EXPLICIT.items():
        for i in range(24):
            rows.append({"text": f"{texts[i % 4]}, zegt woordvoerder {i}.", "labels": [label] if label else []})
        for i, text in enumerate(VAGUE * 3):
            rows.append({"id": f"{label}-{i}", "doc_id": f"{label}-{i}", "text": f"{text} ({i})",
                         "labels": [label] if label else [], "context": CONTEXTS[label], "cue": "zeggen",
                         "speaker": "person", "topic": CONTEXTS[label]})
    path = tmp_path / "context.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_model_trained_with_context_reads_it(tmp_path: Path) -> None:
    report = train_stance([context_data(tmp_path)], tmp_path / "m", n_splits=2, calibration_cv=2,
                          command="pytest", compare_span_only=True)
    meta = report.metadata
    assert meta["fields"] == ["text", "context", "cue", "speaker", "topic"]
    in_articles = {name: scores["macro_f1"] for name, scores in meta["cv_scores_in_articles"].items()}
    assert in_articles["model"] > 0.8  # 0.875 today
    assert in_articles["model"] > in_articles["span_only"] + 0.3  # the span-only model: 0.40
    assert meta["thresholds_chosen_on"] == "the quotes cut from articles"
    model = load_stance_model(tmp_path / "m")
    assert model.fields == ("text", "context", "cue", "speaker", "topic")
    nato = StanceInput("Dat verandert alles", context="Afspraken op de NAVO-top over de defensienorm.",
                       cue="zeggen", speaker="person", topic="NAVO-top")
    assert model.classify([nato]) == [["pro_nato"]]
    assert "context" in (tmp_path / "m" / "MODEL_CARD.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------
# the commands


def test_quotes_label_exports_uncertain_quotes_with_context(tmp_path: Path, seed_quotes, seed_doc,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    results = tmp_path / "results.jsonl"
    results.write_text("".join(json.dumps(q.to_record(), ensure_ascii=False) + "\n" for q in seed_quotes)
                       + "not json\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / seed_doc.id).write_text(seed_doc.text, encoding="utf-8")
    monkeypatch.chdir(docs)  # the records' doc_id is the path quotes extract was given
    out = tmp_path / "tasks.json"
    result = CliRunner().invoke(main, ["label", str(results), "--docs", seed_doc.id, "-n", "4",
                                       "--format", "labelstudio", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stderr and "exported 4 quotes" in result.stderr
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 4 and all(t["data"]["context"] and t["data"]["topic"] for t in tasks)
    assert '<Choice value="mediation_offer"/>' in out.with_suffix(".config.xml").read_text(encoding="utf-8")
    refused = CliRunner().invoke(main, ["label", str(results), "-o", str(results)])
    assert refused.exit_code == 2 and "is an input" in refused.stderr


def test_records_without_their_documents_export_the_quote_alone(seed_quotes) -> None:
    records = [q.to_record() for q in seed_quotes[:2]]
    inputs, missing = record_inputs(records, {})
    assert missing == 2 and inputs[0].text == records[0]["text"] and inputs[0].context == ""


def test_train_with_bundled_merges_the_bundled_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes.stance import card

    bundled = tmp_path / "bundled"
    bundled.mkdir()
    context_data(bundled).rename(bundled / "stance.jsonl")  # a small stand-in keeps the test fast
    monkeypatch.setattr(card, "BUNDLED_DIR", bundled)
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"text": "Wij bieden Genève aan voor de gesprekken.", "labels": ["mediation_offer"]}\n',
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["train", str(extra), "--with-bundled", "-o", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    meta = json.loads((tmp_path / "m" / "metadata.json").read_text(encoding="utf-8"))
    assert meta["data_files"] == ["mine.jsonl", "stance.jsonl"] and meta["n_examples"] == 217
