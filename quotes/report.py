"""``quotes report``: one self-contained HTML file for a corpus run.

Counts, the top speakers with their quote counts and label shares, stance over time by the
records' ``date`` (inline SVG, drawn here so it shows without scripts), filters by speaker and
label over the list of quotes, and, when the input documents are given, each article with its
quotes highlighted by the same script as the page of ``quotes serve``. Everything (data, script,
style) is inside the file: it opens without a network.
"""
from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Mapping, Sequence

LABELS = ("supportive_of_ukraine", "pro_nato", "mediation_offer")
COLOURS = {"supportive_of_ukraine": "#2563eb", "pro_nato": "#16a34a", "mediation_offer": "#d97706"}
TOP_SPEAKERS = 25


def speaker_key(record: Mapping[str, Any]) -> str:
    speaker = record.get("speaker") or {}
    return str(speaker.get("name") or speaker.get("mention") or "(unknown)")


def period(record: Mapping[str, Any]) -> str | None:
    """The record's month (``YYYY-MM``) from its ``date`` field, if it has one."""
    date = record.get("date")
    return date[:7] if isinstance(date, str) and len(date) >= 7 and date[4] == "-" else None


@dataclass
class Summary:
    """What the report shows, computed from the records alone."""

    labels: tuple[str, ...]
    quotes: int = 0
    documents: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_label: Counter = field(default_factory=Counter)
    speakers: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    months: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @classmethod
    def of(cls, records: Sequence[Mapping[str, Any]], labels: Sequence[str] = LABELS) -> Summary:
        extra = sorted({lab for r in records for lab in r.get("labels") or () if lab not in labels})
        summary = cls(tuple(labels) + tuple(extra))
        summary.quotes = len(records)
        summary.documents = len({r.get("doc_id") for r in records})
        for r in records:
            summary.by_kind[str(r.get("kind"))] += 1
            row = summary.speakers[speaker_key(r)]
            row["quotes"] += 1
            month = period(r)
            if month:
                summary.months[month]["quotes"] += 1
            for lab in r.get("labels") or ():
                summary.by_label[lab] += 1
                row[lab] += 1
                if month:
                    summary.months[month][lab] += 1
        return summary

    def top_speakers(self, n: int = TOP_SPEAKERS) -> list[tuple[str, Counter]]:
        return sorted(self.speakers.items(), key=lambda kv: (-kv[1]["quotes"], kv[0]))[:n]


def timeline_svg(summary: Summary, width: int = 720, height: int = 220) -> str:
    """Share of each month's quotes carrying each label, one line per label; empty without dates."""
    months = sorted(summary.months)
    if not months:
        return '<p class="muted">No record has a <code>date</code>: no timeline.</p>'
    left, bottom, top, right = 40, 30, 10, 10
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(months) - 1)
    x = [left + (i * step if len(months) > 1 else plot_w / 2) for i in range(len(months))]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="share of quotes per label per month">']
    for frac in (0, 0.25, 0.5, 0.75, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{int(frac * 100)}%</text>')
    every = max(1, len(months) // 12)
    for i, month in enumerate(months):
        if i % every == 0:
            parts.append(f'<text x="{x[i]:.1f}" y="{height - 10}" font-size="10" text-anchor="middle">{month}</text>')
    for label in summary.labels:
        points = [(x[i], top + plot_h * (1 - summary.months[m][label] / summary.months[m]["quotes"]))
                  for i, m in enumerate(months)]
        colour = COLOURS.get(label, "#6b7280")
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
                     + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + '"/>')
        parts.extend(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"><title>{html.escape(m)} '
                     f'{label}: {summary.months[m][label]} of {summary.months[m]["quotes"]}</title></circle>'
                     for (px, py), m in zip(points, months))
    parts.append("</svg>")
    legend = " ".join(f'<span class="key" style="border-color:{COLOURS.get(lab, "#6b7280")}">{lab}</span>'
                      for lab in summary.labels)
    return "".join(parts) + f"<p>{legend}</p>"


def _speaker_rows(summary: Summary) -> str:
    rows = []
    for name, row in summary.top_speakers():
        shares = "".join(f"<td>{row[lab]} ({100 * row[lab] / row['quotes']:.0f}%)</td>" for lab in summary.labels)
        rows.append(f"<tr><td>{html.escape(name)}</td><td>{row['quotes']}</td>{shares}</tr>")
    head = "".join(f"<th>{lab}</th>" for lab in summary.labels)
    return (f'<table class="counts"><thead><tr><th>speaker</th><th>quotes</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>")


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def render(records: Sequence[Mapping[str, Any]], texts: Mapping[str, str] | None = None, *,
           title: str = "quotes report", labels: Sequence[str] = LABELS) -> str:
    """The report as one HTML string; ``texts`` (document id -> text) enables the article views."""
    summary = Summary.of(records, labels)
    static = resources.files("quotes") / "static"
    script = (static / "highlight.js").read_text(encoding="utf-8")
    style = (static / "style.css").read_text(encoding="utf-8")
    texts = {k: v for k, v in (texts or {}).items() if any(r.get("doc_id") == k for r in records)}
    counts = ", ".join(f"{n} {kind}" for kind, n in summary.by_kind.most_common())
    label_counts = ", ".join(f"{summary.by_label[lab]} {lab}" for lab in summary.labels)
    speakers = sorted(summary.speakers, key=lambda s: -summary.speakers[s]["quotes"])
    options = "".join(f'<option value="{html.escape(s)}">{html.escape(s)} ({summary.speakers[s]["quotes"]})</option>'
                      for s in speakers)
    label_options = "".join(f'<option value="{lab}">{lab}</option>' for lab in summary.labels)
    articles = ("<h2>Articles</h2><p><select id=\"article-pick\"><option value=\"\">choose an article…</option>"
                + "".join(f'<option value="{html.escape(k)}">{html.escape(k)}</option>' for k in sorted(texts))
                + '</select></p><div id="article" class="article"></div><div id="article-speakers"></div>'
                if texts else '<p class="muted">Give the input documents (<code>--docs</code>) to see each article '
                              'with its quotes highlighted.</p>')
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>{style}
.muted {{ color: #6b7280; }} .key {{ border-bottom: 3px solid; margin-right: 1rem; }}</style>
<script>{script}</script></head>
<body>
<h1>{html.escape(title)}</h1>
<p id="counts"><strong>{summary.quotes}</strong> quotes in <strong>{summary.documents}</strong> documents
({counts}); labels: {label_counts}.</p>
<h2>Top speakers</h2>{_speaker_rows(summary)}
<h2>Stance over time</h2><div class="timeline">{timeline_svg(summary)}</div>
<h2>Quotes</h2>
<p><label>speaker <select id="f-speaker"><option value="">all</option>{options}</select></label>
<label>label <select id="f-label"><option value="">all</option><option value="-">none</option>{label_options}</select></label>
<span id="shown"></span></p>
<table id="quotes"><thead><tr><th>document</th><th>speaker</th><th>kind</th><th>quote</th><th>labels</th></tr></thead>
<tbody></tbody></table>
{articles}
<script type="application/json" id="records">{_script_json(list(records))}</script>
<script type="application/json" id="texts">{_script_json(texts)}</script>
<script type="application/json" id="labels">{_script_json(list(summary.labels))}</script>
<script>
"use strict";
const records = JSON.parse(document.getElementById("records").textContent);
const texts = JSON.parse(document.getElementById("texts").textContent);
const labels = JSON.parse(document.getElementById("labels").textContent);
function filterQuotes() {{
  const speaker = document.getElementById("f-speaker").value, label = document.getElementById("f-label").value;
  const body = document.querySelector("#quotes tbody");
  body.textContent = "";
  let shown = 0;
  for (const r of records) {{
    const labs = r.labels || [];
    if (speaker && quotesSpeakerKey(r) !== speaker) continue;
    if (label === "-" ? labs.length : label && !labs.includes(label)) continue;
    shown += 1;
    if (shown > 500) continue;
    const tr = body.insertRow();
    for (const value of [r.doc_id, quotesSpeakerKey(r), r.kind, r.text, labs.join(", ")]) tr.insertCell().textContent = value;
  }}
  document.getElementById("shown").textContent = `${{shown}} quotes` + (shown > 500 ? " (first 500 listed)" : "");
}}
document.getElementById("f-speaker").addEventListener("change", filterQuotes);
document.getElementById("f-label").addEventListener("change", filterQuotes);
filterQuotes();
const pick = document.getElementById("article-pick");
if (pick) pick.addEventListener("change", () => {{
  const own = records.filter(r => r.doc_id === pick.value);
  quotesRender(document.getElementById("article"), texts[pick.value] || "", own);
  quotesSpeakerTable(document.getElementById("article-speakers"), own, labels);
}});
</script>
</body></html>
"""
