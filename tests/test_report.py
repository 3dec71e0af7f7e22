"""``quotes report``: the summary it computes, the timeline, and the file the command writes."""
from __future__ import annotations

import json

from click.testing import CliRunner

from quotes.cli import main
from quotes.report import Summary, render, timeline_svg


def _record(doc: str, speaker: str, labels: list[str], date: str | None = None, text: str = "Wij steunen hen.") -> dict:
    record = {"doc_id": doc, "quote_id": "q1", "kind": "direct", "text": text, "start": 0, "end": len(text),
              "speaker": {"mention": speaker, "name": speaker, "type": "person"}, "cue": None,
              "stances": {}, "labels": labels}
    return {**record, "date": date} if date else record


RECORDS = [_record("a", "Jan Smit", ["supportive_of_ukraine"], "2025-03-02"),
           _record("a", "Jan Smit", [], "2025-03-02"),
           _record("b", "Els Bakker", ["pro_nato", "supportive_of_ukraine"], "2025-05"),
           _record("c", "Els Bakker", ["mediation_offer"])]


def test_summary_counts_speakers_labels_and_months():
    summary = Summary.of(RECORDS)
    assert (summary.quotes, summary.documents) == (4, 3)
    assert summary.top_speakers()[0][0] in {"Jan Smit", "Els Bakker"}
    assert summary.speakers["Jan Smit"] == {"quotes": 2, "supportive_of_ukraine": 1}
    assert summary.months["2025-03"] == {"quotes": 2, "supportive_of_ukraine": 1}
    assert summary.months["2025-05"]["pro_nato"] == 1 and len(summary.months) == 2  # the undated record has none


def test_timeline_is_inline_svg_with_one_line_per_label_or_says_why_not():
    svg = timeline_svg(Summary.of(RECORDS))
    assert svg.startswith("<svg") and svg.count("<polyline") == 3 and "2025-05" in svg
    assert "no timeline" in timeline_svg(Summary.of([_record("a", "X", [])]))


def test_report_is_self_contained_and_its_data_cannot_close_the_script():
    page = render(RECORDS + [_record("d", "Piet", [], text="</script><script>alert(1)</script>")], {"a": "Wij."})
    assert "src=" not in page and "href=" not in page  # nothing fetched from anywhere
    assert "</script><script>alert(1)" not in page and "<\\/script>" in page
    assert "function quotesRender" in page and '"a": "Wij."' in page


def test_report_command_writes_one_file(tmp_path):
    results = tmp_path / "results.jsonl"
    results.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(results), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stderr and "report of 4 quotes" in result.stderr
    assert "<strong>4</strong> quotes in <strong>3</strong> documents" in out.read_text(encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert CliRunner().invoke(main, ["report", str(empty), "-o", str(tmp_path / "x.html")]).exit_code == 2
