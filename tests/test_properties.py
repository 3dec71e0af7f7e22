"""Generated text thrown at the readers, at attribution and at the JSON-lines writer: no exception
escapes, every offset slices to the record's text, records round-trip. Bounded to run in seconds."""
from __future__ import annotations

import json

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

MARKS = ["„", "”", "“", "‘", "’", '"', "'", ",,", "''", "«", "»"]
WORDS = ["zei", "aldus", "volgens", "de", "minister", "Jan", "Smit", "dat", "hij", "ze", "De", "Wever", "\n\n",
         ".", ",", ":", "(34)", "Dat", "wordt", "door", "ontkend", "naar", "eigen", "zeggen", "\u2028", "\u200d"]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.text(min_size=1, max_size=6)),
                min_size=1, max_size=40).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_readers_never_raise_and_keep_the_text(text):
    from quotes.documents import Document, csv_items, jsonl_items, txt_document

    line = (json.dumps({"id": "g", "text": text}, ensure_ascii=False) + "\n").encode("utf-8")
    for item in jsonl_items(line, "g.jsonl"):
        assert not isinstance(item, Document) or item.text == text
    list(csv_items(("text\n" + json.dumps(text)).encode("utf-8"), "g.csv"))
    try:
        txt_document(text.encode("utf-8"), "g.txt")
    except Exception as exc:  # a document error is a reported bad document, nothing else may escape
        from quotes.errors import DocumentError

        assert isinstance(exc, DocumentError), exc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(TEXT)
def test_attribution_of_generated_text_keeps_its_offsets(attributor, text):
    from quotes.writers import json_line

    if not text.strip():
        return
    for quote in attributor.attribute(text):
        assert text[quote.start:quote.end] == quote.text
        assert text[quote.speaker.start:quote.speaker.end] == quote.speaker.mention
        if quote.cue:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
        record = quote.to_record()
        line = json_line(record)
        assert line.count("\n") == 1 and json.loads(line) == json.loads(json.dumps(record))
