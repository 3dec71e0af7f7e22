"""``quotes evaluate --explain``: every miss, false alarm, wrong speaker and boundary error of a
scored gold set."""
from __future__ import annotations

import re

from quotes.evaluation import EvalReport, Finding

_SECTIONS = (
    ("miss", "Misses (gold quotes not found)"),
    ("false_alarm", "False alarms (predictions matching no gold quote)"),
    ("wrong_speaker", "Wrong speakers"),
    ("boundary", "Boundary errors (found leniently, not strictly)"),
)


def explain(report: EvalReport) -> str:
    """Every miss, false alarm, wrong speaker and boundary error."""
    blocks = []
    for category, title in _SECTIONS:
        items = report.by_category(category)
        blocks.append(f"== {title}: {len(items)}")
        blocks.extend(_explain_line(f) for f in items)
        blocks.append("")
    return "\n".join(blocks).rstrip() + "\n"


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
