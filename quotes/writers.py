"""Record writers: JSON lines (one object per quote) and CSV (flattened), flushed per document.

Also reads back a JSON-lines output for ``--resume``: which documents are done, with the last
document's records dropped, since a run killed while writing it may have left it incomplete.
"""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from pathlib import Path
from typing import IO, Any, Iterable, Mapping

from quotes.errors import UsageError

CSV_COLUMNS: tuple[str, ...] = (
    "doc_id", "quote_id", "kind", "text", "start", "end", "speaker_mention", "speaker_name", "speaker_start",
    "speaker_end", "speaker_type", "speaker_resolved_from", "cue_text", "cue_lemma", "cue_start", "cue_end",
    "method", "confidence", "labels", "stances", "parts", "date", "extra",
)
"""The CSV columns; ``extra`` holds the other fields of the input document as one JSON object."""


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """A quote record as one CSV row: nested speaker/cue fields get a prefix, lists are joined."""
    row = {k: v for k, v in record.items() if k not in ("speaker", "cue", "labels", "stances", "parts")}
    for prefix in ("speaker", "cue"):
        for key, value in (record.get(prefix) or {}).items():
            row[f"{prefix}_{key}"] = value
    row["labels"] = ";".join(record.get("labels", []))
    row["stances"] = json.dumps(record.get("stances", {}), ensure_ascii=False)
    row["parts"] = ";".join(f"{p['start']}-{p['end']}" for p in record.get("parts", []))
    extra = {k: v for k, v in row.items() if k not in CSV_COLUMNS}
    if extra:  # the input's own fields, which no fixed column holds
        row["extra"] = json.dumps(extra, ensure_ascii=False)
    return row


_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"})


def json_line(record: Mapping[str, Any]) -> str:
    """One record as a JSON line, with the characters that some readers take for line breaks
    (U+2028, U+2029, U+0085) escaped, so every reader sees one line per record."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_BREAKS) + "\n"


class RecordWriter:
    """Writes the records of one document at a time and flushes, so a killed run loses no document
    that was reported done."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl", *, write_header: bool = True) -> None:
        if fmt not in ("jsonl", "csv"):
            raise UsageError(f"unknown output format {fmt!r}; expected jsonl or csv")
        self.stream, self.fmt = stream, fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS), extrasaction="ignore")
            if write_header:
                self._csv.writeheader()

    def write_document(self, records: Iterable[Mapping[str, Any]]) -> int:
        """Write and flush one document's records. If writing fails (a full disk), the file is cut
        back to where the document began, so that it holds complete lines only, and the error is
        raised."""
        start = self.stream.tell() if self.stream.seekable() else None
        try:
            if self._csv is not None:
                rows = [flatten(r) for r in records]
                self._csv.writerows(rows)
                count = len(rows)
            else:
                lines = [json_line(r) for r in records]
                self.stream.write("".join(lines))
                count = len(lines)
            self.stream.flush()
        except OSError:
            if start is not None:
                try:
                    os.ftruncate(self.stream.fileno(), start)
                except OSError:
                    pass
            raise
        return count


def open_output(path: Path, *, append: bool) -> IO[str]:
    """Open an output file for one run: locked against a second run on the same file (which is
    refused with a UsageError), emptied unless ``append``. Nothing is truncated before the lock is
    held."""
    handle = open(path, "a", encoding="utf-8", newline="")
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform
        fcntl = None  # type: ignore[assignment]
    if fcntl is not None:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise UsageError(f"{path}: another quotes run is writing it; wait for it or choose another file") from None
    if not append and Path(path).is_file():  # not a device such as /dev/null
        handle.truncate(0)
    return handle


def done_documents(path: Path) -> Counter:
    """Documents already in a JSON-lines output, as how many documents of each id are complete
    (documents sharing an id are told apart by their quote numbers starting again at 1). The file
    is cut back to the end of the last complete document (dropping a half-written line and the last
    document's records), so that resuming writes every record exactly once."""
    if not path.exists():
        return Counter()
    data = path.read_bytes()
    lines = [line + b"\n" for line in data.split(b"\n")[:-1]]  # a last line without its line feed was cut
    complete: list[tuple[str, str, bool]] = []  # (doc_id, line, first record of a document)
    for line in lines:
        try:
            text = line.decode("utf-8")
            record = json.loads(text)
            doc_id = record["doc_id"]
        except (ValueError, KeyError, TypeError):
            raise UsageError(f"{path}: cannot resume, line {len(complete) + 1} is not a quote record") from None
        first = not complete or complete[-1][0] != doc_id or str(record.get("quote_id", "")).endswith("#1")
        complete.append((doc_id, text, first))
    last_start = max((k for k, (_, _, first) in enumerate(complete) if first), default=0)
    kept = complete[:last_start]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("".join(line for _, line, _ in kept))
        handle.flush()
        os.fsync(handle.fileno())
    return Counter(doc_id for doc_id, _, first in kept if first)
