#!/usr/bin/env python
"""Score stance models on the gold sets' articles: the contextual model next to a span-only one.

    python training/eval_stance.py [--model models/stance] [--span-only DIR] [--card]

For every gold set it runs attribution once (no stance), then labels the found quotes with each
model, reading each quote in its article as at run time, and reports stance micro-F1 and per label
on the matched quotes (as `quotes evaluate`), on the gold spans, and the labels per 50 found quotes
(on sets without stance topics every label is a false alarm). ``--span-only DIR`` names a span-only
model; by default one is trained on the bundled data into a temporary folder. ``--card`` writes the
table into the model's MODEL_CARD.md (between markers, replacing an earlier table).

Sets: gold_nl (development: its stance labels were seen while building the model),
gold_stance_nl (held out: written apart from the training data, never trained or tuned on),
news_nl_dev / news_nl_val and gold_discourse_nl (no stance topics: only false alarms count).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
SETS = {  # name: (file, role)
    "gold_nl": ("gold_nl.jsonl", "development"),
    "gold_stance_nl": ("gold_stance_nl.jsonl", "held out"),
    "news_nl_dev": ("news_nl_dev.jsonl", "no topic, real news"),
    "news_nl_val": ("news_nl_val.jsonl", "no topic, real news"),
    "gold_discourse_nl": ("gold_discourse_nl.jsonl", "no topic"),
}
BEGIN, END = "<!-- eval_stance: begin -->", "<!-- eval_stance: end -->"


def labelled(records_by_doc, docs, model):
    """The records with the model's stances, each quote read in its article."""
    from quotes.documents import Document
    from quotes.stance.export import record_inputs

    documents = {d.id: Document(d.id, d.text, {}) for d in docs}
    out = {}
    for doc_id, records in records_by_doc.items():
        inputs, _ = record_inputs(records, documents)
        probs = model.predict(inputs) if records else []
        out[doc_id] = [{**r, "stances": p, "labels": model.assign(p)} for r, p in zip(records, probs)]
    return out


def rows_for(name, docs, predictions, models):
    from quotes.evaluation import PRF, score
    from quotes.stance.articles import gold_span_stance

    rows = []
    for model_name, model in models.items():
        records = labelled(predictions, docs, model)
        report = score(docs, records)
        spans = gold_span_stance(docs, records, model)
        span_micro = sum(spans.values(), PRF())
        per_label = " / ".join(f"{report.stance_per_label.get(lab, PRF()).f1:.2f}" for lab in model.labels)
        has_labels = any(q.stances for d in docs for q in d.quotes)
        rows.append(f"| {name} | {SETS[name][1]} | {model_name} | "
                    + (f"{report.stance_micro.f1:.3f} | {per_label} | {span_micro.f1:.3f} | " if has_labels
                       else "– | – | – | ")
                    + f"{report.labels_per_50_quotes:.2f} |")
    return rows


def table(models) -> str:
    from quotes.evaluation import load_gold, predict
    from quotes import Attributor

    attributor = Attributor(stance=False)
    lines = ["| set | role | model | stance micro-F1 (matched) | F1 supportive / pro_nato / mediation "
             "| micro-F1 (gold spans) | labels per 50 quotes |", "|---|---|---|---|---|---|---|"]
    for name, (file, _) in SETS.items():
        docs = load_gold(DATA / file)
        predictions = predict(docs, attributor=attributor)
        lines += rows_for(name, docs, predictions, models)
        print(lines[-1], file=sys.stderr)
    return "\n".join(lines)


def write_card(card: Path, text: str) -> None:
    content = card.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in content:
        content = content[:content.index(BEGIN)] + block + content[content.index(END) + len(END):]
    else:
        content = content.rstrip("\n") + "\n\n" + block + "\n"
    card.write_text(content, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "stance")
    parser.add_argument("--span-only", type=Path, default=None)
    parser.add_argument("--card", action="store_true", help="write the table into the model's card")
    args = parser.parse_args(argv)
    from quotes.stance import load_stance_model
    from quotes.stance.card import bundled_data
    from quotes.stance.training import train_stance

    model = load_stance_model(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        span_dir = args.span_only
        if span_dir is None:
            span_dir = Path(tmp) / "span_only"
            train_stance(bundled_data(), span_dir, use_context=False, command="span-only baseline")
        models = {f"contextual ({', '.join(model.fields)})": model, "span only": load_stance_model(span_dir)}
        text = table(models)
    command = "python training/eval_stance.py" + (" --card" if args.card else "")
    text = (f"## On articles\n\nMeasured with `{command}`: attribution finds the quotes, then each model "
            "labels them read in their article.\n\n" + text)
    print(text)
    if args.card:
        write_card(args.model / "MODEL_CARD.md", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
