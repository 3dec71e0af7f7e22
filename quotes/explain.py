"""``quotes evaluate --explain``: every miss, false alarm, wrong speaker and boundary error of a
scored gold set, and the wrong speakers grouped by what went wrong, so that the next person sees
which kind of error is left.

Speaker error classes (from the predicted record's ``speaker.resolved_from``, ``method``, ``cue``
and the names; the first that applies):

* ``no speaker``: the quote was found but nobody was given;
* ``pronoun left unresolved``: the speaker is a pronoun with no antecedent;
* ``pronoun: wrong antecedent``;
* ``no cue: previous quote``, ``no cue: introduced``, ``no cue: next quote``, ``no cue: next
  sentence``, ``no cue: main speaker``: a quote without a cue took the wrong person by that evidence;
* ``title or description``: "de minister", "de diplomaat" stood for the wrong person or none;
* ``part of the name``: the right person, with a name cut short or run on ("Een woordvoerster van
  het ministerie" for "… van het ministerie van justitie");
* ``wrong mention at the cue``: the cue's subject was taken wrongly (a cue with a named subject).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Mapping

from quotes.evaluation import EvalReport, Finding, normalize_name

_FLOATING_EVIDENCE = {"previous_quote": "previous quote", "introduced": "introduced",
                      "next_quote": "next quote", "next_sentence": "next sentence", "main_speaker": "main speaker"}

_SECTIONS = (
    ("miss", "Misses (gold quotes not found)"),
    ("false_alarm", "False alarms (predictions matching no gold quote)"),
    ("wrong_speaker", "Wrong speakers"),
    ("boundary", "Boundary errors (found leniently, not strictly)"),
)


def explain(report: EvalReport) -> str:
    """Every miss, false alarm, wrong speaker and boundary error, and the speaker errors by class."""
    blocks = []
    for category, title in _SECTIONS:
        items = report.by_category(category)
        blocks.append(f"== {title}: {len(items)}")
        if category == "wrong_speaker":
            blocks.extend(_by_class(items))
        else:
            blocks.extend(_explain_line(f) for f in items)
        blocks.append("")
    return "\n".join(blocks).rstrip() + "\n"


def speaker_error_class(finding: Finding) -> str:
    """What went wrong with a wrong speaker (see the module doc)."""
    predicted: Mapping[str, Any] = finding.predicted or {}
    speaker = predicted.get("speaker") if isinstance(predicted.get("speaker"), Mapping) else {}
    name = str(speaker.get("name") or "")
    how = speaker.get("resolved_from")
    if not name or speaker.get("type") == "unknown" and not how:
        return "no speaker"
    if speaker.get("type") == "pronoun":
        return "pronoun left unresolved"
    if how == "pronoun":
        return "pronoun: wrong antecedent"
    if how in _FLOATING_EVIDENCE:
        return f"no cue: {_FLOATING_EVIDENCE[how]}"
    if how in ("title", "definite"):
        return "title or description"
    said = set(normalize_name(f"{name} {speaker.get('mention') or ''}").split())
    if any(said & set(normalize_name(gold).split()) for gold in finding.gold_names):
        return "part of the name"
    return "wrong mention at the cue"


def _by_class(findings: tuple[Finding, ...]) -> list[str]:
    classes = Counter(speaker_error_class(f) for f in findings)
    lines = []
    for label, count in classes.most_common():
        lines.append(f"-- {label}: {count}")
        lines.extend(_explain_line(f) for f in findings if speaker_error_class(f) == label)
    return lines


def _explain_line(f: Finding) -> str:
    snippet = _shorten(f.text)
    where = f"{f.doc_id} [{f.start}:{f.end}] {f.kind}"
    if f.category == "miss":
        return f"- {where} gold={f.gold_speaker!r}: {snippet}"
    if f.category == "false_alarm":
        return f"- {where} predicted={f.predicted_speaker!r}: {snippet}"
    pred = f"pred [{f.pred_start}:{f.pred_end}]"
    return f"- {where} gold={f.gold_speaker!r} predicted={f.predicted_speaker!r} {pred}: {snippet}"


def _shorten(text: str, limit: int = 160) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
