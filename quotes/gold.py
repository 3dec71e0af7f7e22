"""The gold format and the readers of gold files and prediction files.

Gold format (JSONL, one document per line)::

    {"id": ..., "lang": "nl", "text": ..., "quotes": [
        {"start": int, "end": int, "text": str, "kind": "direct|indirect|mixed",
         "speaker": str, "speaker_aliases": [str], "cue": str|null,
         "stances": [str], "optional": bool}]}

Predictions are records in the output format of ``quotes extract`` (dicts with at least
``doc_id``, ``start`` and ``end``). Malformed lines raise errors that name file and line.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError

KINDS = ("direct", "indirect", "mixed")


class GoldFormatError(QuotesError):
    """A gold file is malformed (message carries file and line number)."""


class PredictionFormatError(QuotesError):
    """A prediction file is malformed (message carries file and line number)."""


# --------------------------------------------------------------------------
# data model


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str
    speaker_aliases: tuple[str, ...] = ()
    cue: str | None = None
    stances: tuple[str, ...] = ()
    optional: bool = False
    speaker_span: tuple[int, int] | None = None
    """where the source stands in the text, for gold that marks sources as spans (brat, PolNeAR):
    a predicted speaker mention inside it is right ("Geoff Garin" in "Geoff Garin, a Democratic
    pollster")"""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.speaker, *self.speaker_aliases)


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    lang: str = "nl"

    @property
    def required(self) -> tuple[GoldQuote, ...]:
        return tuple(q for q in self.quotes if not q.optional)


# --------------------------------------------------------------------------
# loading


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file; raise GoldFormatError with the line number."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read gold file: {exc}") from exc
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        doc = _parse_gold_doc(_parse_json(line, where, GoldFormatError), where)
        if doc.id in seen:
            raise GoldFormatError(f"{where}: duplicate document id {doc.id!r}")
        seen.add(doc.id)
        docs.append(doc)
    return docs


def _parse_json(line: str, where: str, error: type[QuotesError]) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise error(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise error(f"{where}: expected a JSON object, got {type(obj).__name__}")
    return obj


def _require(obj: Mapping[str, Any], key: str, typ: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise GoldFormatError(f"{where}: missing field {key!r}")
    value = obj[key]
    if not isinstance(value, typ) or isinstance(value, bool) and typ is int:
        raise GoldFormatError(f"{where}: field {key!r} has wrong type {type(value).__name__}")
    return value


def _parse_gold_doc(obj: Mapping[str, Any], where: str) -> GoldDoc:
    doc_id = _require(obj, "id", str, where)
    text = _require(obj, "text", str, where)
    raw_quotes = _require(obj, "quotes", list, where)
    quotes = tuple(
        _parse_gold_quote(q, text, f"{where}: document {doc_id!r} quote {i}")
        for i, q in enumerate(raw_quotes)
    )
    return GoldDoc(id=doc_id, text=text, quotes=quotes, lang=str(obj.get("lang", "nl")))


def _parse_gold_quote(obj: Any, text: str, where: str) -> GoldQuote:
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: expected an object")
    start = _require(obj, "start", int, where)
    end = _require(obj, "end", int, where)
    if not 0 <= start < end <= len(text):
        raise GoldFormatError(f"{where}: bad span [{start}, {end}) for text of length {len(text)}")
    quote_text = _require(obj, "text", str, where)
    if text[start:end] != quote_text:
        raise GoldFormatError(
            f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {quote_text!r}"
        )
    kind = _require(obj, "kind", str, where)
    if kind not in KINDS:
        raise GoldFormatError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    aliases = _string_list(obj, "speaker_aliases", where)
    stances = _string_list(obj, "stances", where)
    cue = obj.get("cue")
    return GoldQuote(
        start=start, end=end, text=quote_text, kind=kind,
        speaker=_require(obj, "speaker", str, where),
        speaker_aliases=tuple(aliases), cue=cue if isinstance(cue, str) else None,
        stances=tuple(stances), optional=bool(obj.get("optional", False)),
    )


def _string_list(obj: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldFormatError(f"{where}: {key} must be a list of strings")
    return value


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read ``quotes extract`` JSONL output, grouped by ``doc_id``."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise PredictionFormatError(f"{path}: cannot read predictions: {exc}") from exc
    grouped: dict[str, list[dict[str, Any]]] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        record = _parse_json(line, where, PredictionFormatError)
        _check_record(record, where)
        grouped.setdefault(str(record["doc_id"]), []).append(record)
    return grouped


def _check_record(record: Mapping[str, Any], where: str) -> None:
    if "doc_id" not in record:
        raise PredictionFormatError(f"{where}: missing field 'doc_id'")
    for key in ("start", "end"):
        value = record.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise PredictionFormatError(f"{where}: field {key!r} must be an integer")
