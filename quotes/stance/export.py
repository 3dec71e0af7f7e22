"""Active learning: pick the quotes of a corpus run that the stance model is least sure about and
export them, with their context, for annotation in Label Studio, Prodigy, doccano or our JSONL.

``quotes label RESULTS.jsonl --docs CORPUS -n 200`` reads the records of ``quotes extract``, cuts
each quote's context from its document (as the classifier sees it at run time), scores every quote
with the current model and exports the ``n`` most uncertain ones plus a random share (so that the
annotated sample also shows how often the model is confidently wrong). The annotated export goes
back into ``quotes train``; the readers of :mod:`quotes.stance.labeled` carry the context fields
through each tool's ``meta`` (Prodigy, doccano) or ``data`` (Label Studio).
"""
from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quotes.documents import Document
from quotes.stance.features import StanceInput, body_paragraphs, stance_input
from quotes.stance.model import StanceModel

logger = logging.getLogger(__name__)

EXPORT_FORMATS = ("jsonl", "labelstudio", "prodigy", "doccano")


@dataclass(frozen=True)
class LabelTask:
    """One quote to annotate: where it comes from, what the classifier sees, what it predicts."""

    doc_id: str
    quote_id: str
    lang: str
    input: StanceInput
    probabilities: Mapping[str, float]
    suggested: tuple[str, ...]
    uncertainty: float
    picked: str
    """``uncertain`` or ``random``"""


def uncertainty(probabilities: Mapping[str, float], thresholds: Mapping[str, float]) -> float:
    """1 when some label's probability sits at its threshold, 0 when every label is certain (0 or 1);
    the distance to the threshold is measured on the side the probability falls."""
    best = 0.0
    for label, p in probabilities.items():
        t = thresholds.get(label, 0.5)
        room = t if p < t else 1.0 - t
        best = max(best, 1.0 - abs(p - t) / room if room > 0 else 0.0)
    return best


def record_inputs(records: Sequence[Mapping[str, Any]], docs: Mapping[str, Document]
                  ) -> tuple[list[StanceInput], int]:
    """Each record's :class:`StanceInput`, cut from its document when ``docs`` has it (else the
    quote alone); also the number of records whose document was missing."""
    spans: dict[str, list[tuple[int, int]]] = {}
    inputs, missing = [], 0
    for rec in records:
        cue = (rec.get("cue") or {}).get("lemma")
        speaker = (rec.get("speaker") or {}).get("type")
        doc = docs.get(str(rec.get("doc_id")))
        start, end = rec.get("start"), rec.get("end")
        if doc is None or not isinstance(start, int) or not isinstance(end, int) \
                or doc.text[start:end] != rec.get("text"):
            missing += 1
            inputs.append(StanceInput(str(rec.get("text", "")), cue=(cue or "-").lower(), speaker=speaker or ""))
            continue
        if doc.id not in spans:
            spans[doc.id] = body_paragraphs(doc.text, doc.body_start)
        inputs.append(stance_input(doc.text, start, end, cue=cue, speaker=speaker, spans=spans[doc.id]))
    return inputs, missing


def select_tasks(records: Sequence[Mapping[str, Any]], inputs: Sequence[StanceInput], model: StanceModel,
                 n: int, *, random_share: float = 0.2, seed: int = 13) -> list[LabelTask]:
    """The ``n`` quotes to annotate: ``n * (1 - random_share)`` most uncertain, the rest drawn at
    random from the others; one quote per distinct text. In corpus order."""
    probs = model.predict(inputs)
    seen: set[str] = set()
    unique = []
    for i, inp in enumerate(inputs):
        key = " ".join(inp.text.split()).lower()
        if key and key not in seen:
            seen.add(key)
            unique.append(i)
    scores = {i: uncertainty(probs[i], model.thresholds) for i in unique}
    n_uncertain = min(len(unique), round(n * (1.0 - random_share)))
    ranked = sorted(unique, key=lambda i: (-scores[i], i))
    picked = {i: "uncertain" for i in ranked[:n_uncertain]}
    rest = ranked[n_uncertain:]
    for i in random.Random(seed).sample(rest, min(len(rest), n - n_uncertain)):
        picked[i] = "random"
    return [LabelTask(str(records[i].get("doc_id")), str(records[i].get("quote_id", "")),
                      str(records[i].get("lang") or "nl"), inputs[i], probs[i], tuple(model.assign(probs[i])),
                      round(scores[i], 4), picked[i]) for i in sorted(picked)]


def _meta(task: LabelTask) -> dict[str, Any]:
    inp = task.input
    return {"doc_id": task.doc_id, "quote_id": task.quote_id, "lang": task.lang, "context": inp.context,
            "cue": inp.cue, "speaker": inp.speaker, "topic": inp.topic,
            "model_suggests": list(task.suggested), "uncertainty": task.uncertainty, "picked": task.picked}


def _labelstudio(task: LabelTask) -> dict[str, Any]:
    return {"data": {"text": task.input.text, **_meta(task)},
            "predictions": [{"model_version": "quotes-stance", "score": round(1 - task.uncertainty, 4),
                             "result": [{"from_name": "stance", "to_name": "text", "type": "choices",
                                         "value": {"choices": list(task.suggested)}}]}]}


def export_tasks(tasks: Iterable[LabelTask], fmt: str, labels: Sequence[str]) -> str:
    """The tasks as the annotation tool imports them: JSON lines, or one JSON list (Label Studio).

    The model's suggestion goes in ``model_suggests`` (Prodigy: pre-selected choices, Label Studio: a
    prediction), never in the field that carries labels: ``quotes train`` skips a row until someone
    has annotated it (our JSONL: ``labels``, ``[]`` for none; doccano: ``label``), so an unreviewed
    suggestion never becomes training data."""
    tasks = list(tasks)
    if fmt == "labelstudio":
        return json.dumps([_labelstudio(t) for t in tasks], ensure_ascii=False, indent=1) + "\n"
    if fmt == "prodigy":
        rows = [{"text": t.input.text, "options": [{"id": lab, "text": lab} for lab in labels],
                 "accept": list(t.suggested), "meta": _meta(t)} for t in tasks]
    elif fmt == "doccano":
        rows = [{"text": t.input.text, **_meta(t)} for t in tasks]  # no "label" until annotated
    elif fmt == "jsonl":
        rows = [{"id": t.quote_id, "text": t.input.text, **_meta(t)} for t in tasks]
    else:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


LABEL_STUDIO_CONFIG = """<View>
  <Text name="topic" value="$topic"/>
  <Text name="context" value="$context"/>
  <Header value="Quote ($speaker, cue: $cue)"/>
  <Text name="text" value="$text"/>
  <Choices name="stance" toName="text" choice="multiple">
{choices}
  </Choices>
</View>
"""


def labelstudio_config(labels: Sequence[str]) -> str:
    """A Label Studio labeling interface for the export: context above, the quote, one choice per label."""
    return LABEL_STUDIO_CONFIG.format(choices="\n".join(f'    <Choice value="{lab}"/>' for lab in labels))
