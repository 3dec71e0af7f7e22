"""Corpus readers: .txt (with header lines such as ``date 2025-03``), .jsonl, .csv, folders and stdin.

A reader yields :class:`Document` objects, or :class:`BadDocument` for an input that cannot be
turned into text (binary, undecodable, empty, too large), so that a corpus run reports the bad one
and goes on with the others.
"""
from __future__ import annotations

import csv
import glob
import io
import json
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

from quotes.errors import DocumentError

logger = logging.getLogger(__name__)

MAX_CHARS = 2_000_000
"""Documents longer than this are refused: a news article is far shorter, and Stanza's memory grows with it."""

SUFFIXES: frozenset[str] = frozenset({".txt", ".jsonl", ".csv"})
HEADER_KEYS: frozenset[str] = frozenset({"date", "source", "title", "url", "author", "section", "lang", "id"})
TEXT_COLUMNS: tuple[str, ...] = ("text", "body", "content", "article")
# a header line: "date 2025-03" or "title: Het nieuws", alone on a line; "date" may also run into the text
_HEADER_LINE = re.compile(r"(?P<key>(?!date\b)[a-z_]+):?[ \t]+(?P<value>[^\n]*?)[ \t]*(?=\n|$)")
_DATE_PREFIX = re.compile(r"date:?[ \t]+(?P<value>\d{4}(?:-\d{2}){0,2})(?=\s|$)")


@dataclass(frozen=True)
class Document:
    """A text to attribute. ``body_start`` is where the article proper begins (after header lines)."""

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    body_start: int = 0


@dataclass(frozen=True)
class BadDocument:
    """An input that could not be read, with the reason."""

    id: str
    error: str


Item = Union[Document, BadDocument]


def read_header(text: str) -> tuple[dict[str, str], int]:
    """Split leading header lines (``date 2025-03``, ``title: …``) off a .txt document.

    Returns the metadata and the offset where the body starts; offsets stay offsets into the whole
    text. ``date YYYY-MM`` may run into the article on the same line, as in the seed article.
    """
    meta: dict[str, str] = {}
    pos = len(text) - len(text.lstrip())
    while pos < len(text):
        match = _DATE_PREFIX.match(text, pos) if "date" not in meta else None
        if match is None:
            match = _HEADER_LINE.match(text, pos)
            if not match or match.group("key") not in HEADER_KEYS or match.group("key") in meta:
                break
        meta[match.groupdict().get("key") or "date"] = match.group("value")
        pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return meta, pos


def decode(data: bytes, name: str, *, max_chars: int = MAX_CHARS) -> str:
    """Decode bytes as UTF-8 text, refusing binary, undecodable, empty and enormous input."""
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: binary file (NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: not valid UTF-8 at byte {exc.start}, expected UTF-8 text") from None
    return check_text(text, name, max_chars=max_chars)


def check_text(text: str, name: str, *, max_chars: int = MAX_CHARS) -> str:
    """Refuse empty and enormous texts with a message that says which and why."""
    if not text.strip():
        raise DocumentError(f"{name}: empty document")
    if len(text) > max_chars:
        raise DocumentError(f"{name}: {len(text):,} characters, more than the limit of {max_chars:,}")
    return text


def txt_document(data: bytes, doc_id: str, *, max_chars: int = MAX_CHARS) -> Document:
    """A .txt document: header lines become metadata, offsets index the whole decoded file."""
    text = decode(data, doc_id, max_chars=max_chars)
    meta, body_start = read_header(text)
    if body_start >= len(text):
        raise DocumentError(f"{doc_id}: only header lines, no article text")
    return Document(doc_id, text, meta, body_start)


def _record_document(row: Mapping[str, Any], doc_id: str, max_chars: int) -> Document:
    column = next((c for c in TEXT_COLUMNS if isinstance(row.get(c), str)), None)
    if column is None:
        raise DocumentError(f"{doc_id}: no text field (expected one of {', '.join(TEXT_COLUMNS)})")
    text = check_text(row[column], doc_id, max_chars=max_chars)
    meta = {k: v for k, v in row.items() if k not in (column, "id") and v not in (None, "")}
    return Document(_id_of(row, doc_id), text, meta)


def _id_of(row: Mapping[str, Any], fallback: str) -> str:
    """The row's own id, also a falsy one such as 0; the file and line when it has none."""
    value = row.get("id")
    return fallback if value is None or value == "" else str(value)


def json_lines(content: str) -> list[str]:
    """The lines of a JSON-lines text, split at line feeds only: U+2028, U+2029 and U+0085, which
    ``str.splitlines`` also splits at, are valid inside a JSON string."""
    return [line.rstrip("\r") for line in content.split("\n")]


def jsonl_items(data: bytes, name: str, *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """One document per JSON line (``id``, ``text``, other fields kept as metadata)."""
    try:
        content = decode(data, name, max_chars=max(max_chars, len(data)))
    except DocumentError as exc:
        yield BadDocument(name, str(exc))
        return
    for number, line in enumerate(json_lines(content), 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise DocumentError(f"{where}: expected a JSON object, found {type(row).__name__}")
            yield _record_document(row, where, max_chars)
        except json.JSONDecodeError as exc:
            yield BadDocument(where, f"{where}: invalid JSON ({exc.msg})")
        except DocumentError as exc:
            yield BadDocument(_id_of(row, where) if isinstance(row, dict) else where, str(exc))


def csv_items(data: bytes, name: str, *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """One document per CSV row with a header naming a text column."""
    try:
        content = decode(data, name, max_chars=max(max_chars, len(data)))
    except DocumentError as exc:
        yield BadDocument(name, str(exc))
        return
    csv.field_size_limit(max(max_chars * 2, 1 << 20))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    if not reader.fieldnames or not any(c in reader.fieldnames for c in TEXT_COLUMNS):
        yield BadDocument(name, f"{name}: no text column in the CSV header (expected one of {', '.join(TEXT_COLUMNS)})")
        return
    for number, row in enumerate(reader, 2):
        where = f"{name}:{number}"
        try:
            if None in row:  # DictReader files the values beyond the header under None
                raise DocumentError(f"{where}: {len(row[None])} more fields than the header has columns")
            yield _record_document(row, where, max_chars)
        except DocumentError as exc:
            yield BadDocument(_id_of(row, where), str(exc))


INPUT_FORMATS = ("txt", "jsonl", "csv")


def file_items(path: Path, *, max_chars: int = MAX_CHARS, name: str | None = None,
               fmt: str | None = None) -> Iterator[Item]:
    """The documents of one file, read as ``fmt`` (one of :data:`INPUT_FORMATS`) or else chosen by
    its suffix (.txt for anything else, standard input among them)."""
    name = name or str(path)
    try:
        data = path.read_bytes() if name != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        yield BadDocument(name, f"{name}: cannot read ({exc.strerror})")
        return
    yield from bytes_items(data, name, f".{fmt}" if fmt else path.suffix.lower(), max_chars=max_chars)


def bytes_items(data: bytes, name: str, suffix: str, *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """The documents in the bytes of a file named ``name``, read by ``suffix`` (``.jsonl``,
    ``.csv``, anything else as ``.txt``)."""
    if suffix == ".jsonl":
        yield from jsonl_items(data, name, max_chars=max_chars)
    elif suffix == ".csv":
        yield from csv_items(data, name, max_chars=max_chars)
    else:
        try:
            yield txt_document(data, name, max_chars=max_chars)
        except DocumentError as exc:
            yield BadDocument(name, str(exc))


def expand_paths(inputs: Iterable[str]) -> list[Path]:
    """Files, folders (recursive, known suffixes only), globs and ``-`` (stdin), in a stable order."""
    paths: list[Path] = []
    for raw in inputs:
        if raw == "-":
            paths.append(Path("-"))
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            raise DocumentError(f"{raw}: no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                paths.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
            elif path.exists():
                paths.append(path)
            else:
                raise DocumentError(f"{raw}: no such file or folder")
    return paths


def read_corpus(inputs: Iterable[str], *, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """All documents under ``inputs``, good and bad, in input order."""
    for path in expand_paths(inputs):
        yield from file_items(path, max_chars=max_chars, name="-" if str(path) == "-" else None)
