"""Corpus readers: header lines, formats, and bad inputs reported without losing the others."""
from __future__ import annotations

import json

import pytest

from quotes.documents import BadDocument, Document, MAX_CHARS, read_corpus, read_header, txt_document
from quotes.errors import DocumentError


def test_seed_header_runs_into_the_text():
    meta, start = read_header("date 2025-03 De leiders van de Europese Unie")
    assert meta == {"date": "2025-03"} and start == len("date 2025-03 ")


def test_header_lines_and_offsets_index_the_whole_file():
    text = "title: Een dag\ndate 2024-05-01\n\n„Ja”, zei hij."
    doc = txt_document(text.encode(), "a.txt")
    assert doc.meta == {"title": "Een dag", "date": "2024-05-01"}
    assert doc.text == text and doc.text[doc.body_start:].startswith("„Ja”")


def test_text_without_header():
    assert read_header("Het nieuws van vandaag.") == ({}, 0)


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02PK binary", "binary"),
    ("Café".encode("latin-1"), "not valid UTF-8"),
    (b"date 2024-01\n", "only header"),
])
def test_bad_txt_documents_raise_clear_errors(data, message):
    with pytest.raises(DocumentError, match=message):
        txt_document(data, "bad.txt")


def test_enormous_document_is_refused():
    with pytest.raises(DocumentError, match="limit"):
        txt_document(b"a" * (MAX_CHARS + 1), "big.txt")


def test_corpus_reports_bad_ones_and_keeps_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("„Ja”, zei hij.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff")
    rows = [json.dumps({"id": "j1", "text": "Hallo.", "source": "x"}), "{not json", json.dumps({"id": "j3"})]
    (tmp_path / "docs.jsonl").write_text("\n".join(rows), encoding="utf-8")
    (tmp_path / "docs.csv").write_text("id,text\nc1,Goedemorgen.\n", encoding="utf-8")
    items = list(read_corpus([str(tmp_path)]))
    good = {i.id for i in items if isinstance(i, Document)}
    bad = {i.id: i.error for i in items if isinstance(i, BadDocument)}
    assert good == {str(tmp_path / "good.txt"), "j1", "c1"}
    assert len(bad) == 4
    assert any("invalid JSON" in e for e in bad.values()) and any("no text field" in e for e in bad.values())
    j1 = next(i for i in items if isinstance(i, Document) and i.id == "j1")
    assert j1.meta == {"source": "x"}


def test_missing_path_is_a_usage_error():
    with pytest.raises(DocumentError, match="no such file"):
        list(read_corpus(["/nonexistent/path.txt"]))


def test_a_falsy_id_keeps_its_value():
    from quotes.documents import jsonl_items

    [doc] = list(jsonl_items(b'{"id": 0, "text": "Een tekst."}\n', "x.jsonl"))
    assert doc.id == "0"


def test_a_ragged_csv_row_is_reported_not_filed_under_null():
    from quotes.documents import BadDocument, csv_items

    data = "id,text\na,Een tekst.\nb,Nog een tekst.,te veel\n".encode("utf-8")
    good, bad = list(csv_items(data, "x.csv"))
    assert good.id == "a" and None not in good.meta
    assert isinstance(bad, BadDocument) and "more fields than the header" in bad.error


def test_csv_output_keeps_the_input_fields():
    import csv
    import io
    import json

    from quotes.writers import RecordWriter

    stream = io.StringIO()
    record = {"doc_id": "a", "quote_id": "a#1", "kind": "direct", "text": "x", "start": 0, "end": 1,
              "speaker": {"name": "Jan"}, "cue": None, "labels": [], "stances": {}, "outlet": "NRC", "date": "2025"}
    RecordWriter(stream, "csv").write_document([record])
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert row["date"] == "2025" and json.loads(row["extra"]) == {"outlet": "NRC"}
