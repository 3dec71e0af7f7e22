"""Reading labeled quotes for the stance classifier: our JSONL and CSV, and the exports people
already have (Prodigy JSONL, doccano JSONL, Label Studio JSON).

Bad rows are skipped and reported as :class:`ReadWarning` (file and line number); they do not stop
a run. The format is detected per file, or named.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError
from quotes.stance.features import StanceInput

logger = logging.getLogger(__name__)

FORMATS = ("quotes", "csv", "prodigy", "doccano", "labelstudio")


class StanceDataError(QuotesError):
    """Training data could not be used."""


# --------------------------------------------------------------------------
# Data records


@dataclass(frozen=True)
class Example:
    """One labeled quote."""

    text: str
    labels: tuple[str, ...]
    lang: str | None = None
    id: str | None = None
    source: str | None = None
    context: str = ""
    cue: str = ""
    speaker: str = ""
    topic: str = ""
    doc_id: str | None = None
    """the article the quote comes from: quotes of one article never straddle CV folds"""

    def stance_input(self) -> StanceInput:
        return StanceInput(self.text, self.context, self.cue, self.speaker, self.topic)


@dataclass(frozen=True)
class ReadWarning:
    """A row that was skipped (or partly used) while reading training data."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class ReadResult:
    examples: tuple[Example, ...]
    warnings: tuple[ReadWarning, ...]


class _RowError(ValueError):
    """A row is unusable; the message explains why."""


# --------------------------------------------------------------------------
# Format detection


def detect_format(path: str | Path) -> str:
    """Guess the format of a training file from its suffix and first record."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    text = _read_text(path)
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "labelstudio"
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            return _detect_record_format(record)
    if suffix in (".jsonl", ".json", ".ndjson"):
        return "quotes"
    raise StanceDataError(f"{path}: cannot detect the data format; pass fmt= explicitly")


def _detect_record_format(record: Mapping[str, Any]) -> str:
    if "annotations" in record and "data" in record:
        return "labelstudio"
    if "answer" in record or "_input_hash" in record:
        return "prodigy"
    if "labels" in record:
        return "quotes"
    if "label" in record:
        return "doccano"
    return "quotes"


# --------------------------------------------------------------------------
# Readers


def read_examples(
    path: str | Path, fmt: str | None = None, labels: Sequence[str] | None = None
) -> ReadResult:
    """Read one training file; ``fmt`` is detected when not given.

    When ``labels`` is given, rows carrying other labels are reported and
    those labels are dropped from the row.
    """
    path = Path(path)
    if not path.is_file():
        raise StanceDataError(f"Training data file not found: {path}")
    fmt = fmt or detect_format(path)
    if fmt not in _READERS:
        raise StanceDataError(f"Unknown data format {fmt!r}; choose one of {', '.join(FORMATS)}")
    examples: list[Example] = []
    warnings: list[ReadWarning] = []
    for line, item in _READERS[fmt](path):
        if isinstance(item, _RowError):
            warnings.append(ReadWarning(str(path), line, str(item)))
            continue
        if item is None:
            continue
        item = _check_labels(item, labels, path, line, warnings)
        examples.append(item)
    for w in warnings:
        logger.warning("%s", w)
    return ReadResult(tuple(examples), tuple(warnings))


def read_many(
    paths: Iterable[str | Path], fmt: str | None = None, labels: Sequence[str] | None = None,
    detected: Iterable[str | Path] = (),
) -> ReadResult:
    """Read several files (``fmt`` for ``paths``; ``detected`` are read in the format each one's
    content shows, such as the bundled data merged with a user's export); raise StanceDataError if
    none yields a usable row."""
    examples: list[Example] = []
    warnings: list[ReadWarning] = []
    jobs = [(p, fmt) for p in paths] + [(p, None) for p in detected]
    paths = [p for p, _ in jobs]
    if not paths:
        raise StanceDataError("No training data files given")
    for path, path_fmt in jobs:
        result = read_examples(path, fmt=path_fmt, labels=labels)
        examples.extend(result.examples)
        warnings.extend(result.warnings)
    if not examples:
        names = ", ".join(str(p) for p in paths)
        raise StanceDataError(
            f"No usable training examples in {names} ({len(warnings)} rows skipped)"
        )
    return ReadResult(tuple(examples), tuple(warnings))


def _check_labels(
    ex: Example, labels: Sequence[str] | None, path: Path, line: int, warnings: list[ReadWarning]
) -> Example:
    if labels is None:
        return ex
    unknown = [lab for lab in ex.labels if lab not in labels]
    if not unknown:
        return ex
    warnings.append(ReadWarning(str(path), line, f"unknown label(s) {unknown} ignored"))
    kept = tuple(lab for lab in ex.labels if lab in labels)
    return replace(ex, labels=kept)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StanceDataError(f"{path}: not UTF-8 text ({exc})") from exc


def _jsonl_records(path: Path) -> Iterator[tuple[int, dict[str, Any] | _RowError]]:
    for lineno, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield lineno, _RowError(f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield lineno, _RowError("expected a JSON object")
            continue
        yield lineno, record


def _text_of(record: Mapping[str, Any]) -> str:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _RowError("missing or empty 'text'")
    return text.strip()


def _label_list(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise _RowError(f"{what} must be a list of strings")
    out: list[str] = []
    for item in value:
        # doccano span exports use [start, end, label]; only plain strings are classes
        if not isinstance(item, str) or not item.strip():
            raise _RowError(f"{what} must be a list of non-empty strings, got {item!r}")
        if item.strip() not in out:
            out.append(item.strip())
    return tuple(out)


CONTEXT_KEYS = ("context", "cue", "speaker", "topic", "doc_id")
"""Optional fields of an example, read from the record itself or from its ``meta`` (Prodigy,
doccano) or ``data`` (Label Studio) object, as :func:`quotes.stance.export` writes them."""


def _context_fields(*sources: Any) -> dict[str, str]:
    """The optional context fields found in the first of ``sources`` (mappings) that has them."""
    found: dict[str, str] = {}
    for source in sources:
        if not isinstance(source, Mapping):
            continue
        for key in CONTEXT_KEYS:
            value = source.get(key)
            if key not in found and isinstance(value, str) and value.strip():
                found[key] = value.strip()
    return found


def _opt_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def _jsonl_examples(path: Path, make: Callable[[dict[str, Any]], Example | None]
                    ) -> Iterator[tuple[int, Example | _RowError | None]]:
    """(line number, ``make(record)``) for each JSON line; a bad line or record yields its error."""
    for lineno, record in _jsonl_records(path):
        if isinstance(record, _RowError):
            yield lineno, record
            continue
        try:
            yield lineno, make(record)
        except _RowError as exc:
            yield lineno, exc


def _quotes_example(record: Mapping[str, Any]) -> Example:
    if "labels" not in record:
        raise _RowError("missing 'labels' (use [] for no label)")
    return Example(
        text=_text_of(record),
        labels=_label_list(record["labels"], "'labels'"),
        lang=_opt_str(record.get("lang")),
        id=_opt_str(record.get("id")),
        source=_opt_str(record.get("source")),
        **_context_fields(record, record.get("meta")),
    )


def _doccano_example(record: Mapping[str, Any]) -> Example:
    if "label" not in record and "labels" not in record:
        raise _RowError("no 'label' (not annotated yet? doccano exports [] for no label)")
    raw = record.get("label", record.get("labels"))
    return Example(
        text=_text_of(record),
        labels=_label_list(raw, "'label'"),
        lang=_opt_str(record.get("lang")),
        id=_opt_str(record.get("id")),
        **_context_fields(record, record.get("meta")),
    )


def _read_quotes_jsonl(path: Path) -> Iterator[tuple[int, Example | _RowError | None]]:
    return _jsonl_examples(path, _quotes_example)


def _read_doccano(path: Path) -> Iterator[tuple[int, Example | _RowError | None]]:
    return _jsonl_examples(path, _doccano_example)


def _read_prodigy(path: Path) -> Iterator[tuple[int, Example | _RowError | None]]:
    """Prodigy textcat: choice tasks (``accept`` list) and binary tasks (``label``).

    Binary tasks about the same text are merged: the text gets every label
    that was accepted; a text with only rejected labels gets no label.
    Ignored answers are skipped, as are rejected choice tasks.
    """
    merged: dict[str, tuple[int, Example]] = {}
    order: list[str] = []
    for lineno, ex in _jsonl_examples(path, _prodigy_example):
        if isinstance(ex, _RowError):
            yield lineno, ex
            continue
        if ex is None:
            continue
        key = ex.text
        if key in merged:
            first_line, old = merged[key]
            labels = old.labels + tuple(lab for lab in ex.labels if lab not in old.labels)
            merged[key] = (first_line, replace(old, labels=labels))
        else:
            merged[key] = (lineno, ex)
            order.append(key)
    for key in order:
        yield merged[key]


def _prodigy_example(record: Mapping[str, Any]) -> Example | None:
    answer = record.get("answer")
    if answer not in ("accept", "reject", "ignore"):
        raise _RowError(f"'answer' must be accept, reject or ignore, got {answer!r}")
    text = _text_of(record)
    if answer == "ignore":
        return None
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    lang = _opt_str(record.get("lang") or meta.get("lang"))
    rid = _opt_str(record.get("id") or meta.get("id") or record.get("_input_hash"))
    context = _context_fields(meta, record)
    if isinstance(record.get("accept"), list):
        if answer != "accept":
            return None
        return Example(text, _label_list(record.get("accept"), "'accept'"), lang, rid, **context)
    if "label" in record:
        label = _label_list(record["label"], "'label'")
        return Example(text, label if answer == "accept" else (), lang, rid, **context)
    raise _RowError("Prodigy row has neither 'accept' choices nor a 'label'")


def _read_csv(path: Path) -> Iterator[tuple[int, Example | _RowError | None]]:
    text = _read_text(path)
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        yield 1, _RowError(f"CSV header must have a 'text' column, got {reader.fieldnames}")
        return
    reader.fieldnames = fields
    start = 2
    for row in reader:
        lineno = start
        start = reader.line_num + 1
        if None in row:
            yield lineno, _RowError("more fields than header columns")
            continue
        try:
            yield lineno, Example(
                text=_text_of(row),
                labels=_csv_labels(row.get("labels")),
                lang=_opt_str((row.get("lang") or "").strip()),
                id=_opt_str((row.get("id") or "").strip()),
                **_context_fields(row),
            )
        except _RowError as exc:
            yield lineno, exc


def _csv_labels(value: str | None) -> tuple[str, ...]:
    value = (value or "").strip()
    if not value:
        return ()
    if value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError as exc:
            raise _RowError(f"'labels' looks like JSON but is invalid ({exc.msg})") from exc
        return _label_list(parsed, "'labels'")
    return _label_list([v for v in value.split(";") if v.strip()], "'labels'")


def _read_labelstudio(path: Path) -> Iterator[tuple[int, Example | _RowError | None]]:
    """Label Studio JSON export: a list of tasks with annotations.

    The most recent annotation that was not cancelled is used; tasks whose
    annotations were all cancelled are reported and skipped.
    """
    text = _read_text(path)
    try:
        tasks = list(_json_array_items(text))
    except ValueError as exc:
        yield 1, _RowError(f"not a Label Studio JSON export (a JSON list of tasks): {exc}")
        return
    for lineno, task in tasks:
        try:
            yield lineno, _labelstudio_example(task)
        except _RowError as exc:
            yield lineno, exc


def _json_array_items(text: str) -> Iterator[tuple[int, Any]]:
    """Yield (line number, value) for each element of a top-level JSON array."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"[\s,]*")
    idx = ws.match(text, 0).end()
    if not text.startswith("[", idx):
        raise ValueError("expected '['")
    idx = ws.match(text, idx + 1).end()
    while idx < len(text) and text[idx] != "]":
        value, end = decoder.raw_decode(text, idx)
        yield text.count("\n", 0, idx) + 1, value
        idx = ws.match(text, end).end()
    if idx >= len(text):
        raise ValueError("unterminated list")


def _labelstudio_example(task: Any) -> Example:
    if not isinstance(task, dict):
        raise _RowError("task is not a JSON object")
    data = task.get("data")
    if not isinstance(data, dict):
        raise _RowError("task has no 'data' object")
    text = data.get("text")
    if not isinstance(text, str):
        text = next((v for v in data.values() if isinstance(v, str) and v.strip()), None)
    if not isinstance(text, str) or not text.strip():
        raise _RowError("task has no text in 'data'")
    annotations = [
        a
        for a in task.get("annotations") or []
        if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if not annotations:
        raise _RowError("no annotation that was not cancelled")
    labels: list[str] = []
    for result in annotations[-1].get("result") or []:
        value = result.get("value") if isinstance(result, dict) else None
        if isinstance(value, dict) and "choices" in value:
            labels.extend(lab for lab in _label_list(value["choices"], "'choices'") if lab not in labels)
    return Example(
        text=text.strip(),
        labels=tuple(labels),
        lang=_opt_str(data.get("lang")),
        id=_opt_str(task.get("id")),
        **_context_fields(data, task.get("meta")),
    )


_READERS = {
    "quotes": _read_quotes_jsonl,
    "csv": _read_csv,
    "prodigy": _read_prodigy,
    "doccano": _read_doccano,
    "labelstudio": _read_labelstudio,
}
