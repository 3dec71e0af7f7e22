"""Result types: frozen dataclasses and the fixed label sets.

Character offsets index the document text exactly as read, so ``text[q.start:q.end] == q.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Optional

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "anonymous", "pronoun", "unknown"]
ResolvedFrom = Literal["pronoun", "title", "definite", "previous_quote", "introduced", "next_quote",
                       "next_sentence", "main_speaker"]
RESOLVED_FROM: frozenset[str] = frozenset({"pronoun", "title", "definite", "previous_quote", "introduced",
                                           "next_quote", "next_sentence", "main_speaker"})
StanceLabel = Literal["supportive_of_ukraine", "pro_nato", "mediation_offer"]

QUOTE_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})
SPEAKER_TYPES: frozenset[str] = frozenset({"person", "organization", "anonymous", "pronoun", "unknown"})
STANCE_LABELS: tuple[str, ...] = ("supportive_of_ukraine", "pro_nato", "mediation_offer")


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of a document and the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Speaker:
    """Who is quoted.

    ``mention`` is the words in the text (with title and apposition), ``name`` the canonical name
    across the article. ``resolved_from`` says how a speaker not named at the cue was found (see
    :mod:`quotes.tracking`): ``"pronoun"`` (mention is the pronoun, name its antecedent),
    ``"title"`` and ``"definite"`` ("de minister", "de topman" → the one named before), and for a
    quote without a cue of its own ``"previous_quote"``, ``"introduced"``, ``"next_quote"``,
    ``"next_sentence"`` or ``"main_speaker"``; otherwise None.
    """

    mention: str
    name: str
    start: int
    end: int
    type: SpeakerType
    resolved_from: Optional[ResolvedFrom] = None

    def to_record(self) -> dict[str, Any]:
        return {"mention": self.mention, "name": self.name, "start": self.start, "end": self.end,
                "type": self.type, "resolved_from": self.resolved_from}


@dataclass(frozen=True)
class Cue:
    """The words that mark speech: a verb with its particle, "aldus", "volgens", a colon."""

    text: str
    lemma: str
    start: int
    end: int

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    """One attributed quote: content span, speaker, cue and the rule that found it."""

    doc_id: str
    quote_id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: Speaker
    cue: Optional[Cue]
    method: str
    confidence: float
    stances: Mapping[str, float] = field(default_factory=dict)
    labels: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    parts: tuple[Span, ...] = ()
    """the passages of a quote continued after its cue ("A," she said. "B."), in a language whose
    rules join them (setting ``join_continued_quotes``); empty for a quote in one piece"""

    def to_record(self) -> dict[str, Any]:
        """The JSON object written by ``quotes extract``: one per quote (``parts`` only when the
        quote has several)."""
        record: dict[str, Any] = {
            "doc_id": self.doc_id, "quote_id": self.quote_id, "kind": self.kind,
            "text": self.text, "start": self.start, "end": self.end,
            "speaker": self.speaker.to_record(),
            "cue": self.cue.to_record() if self.cue else None,
            "method": self.method, "confidence": round(self.confidence, 3),
            "stances": {k: round(v, 4) for k, v in self.stances.items()},
            "labels": list(self.labels),
        }
        if self.parts:
            record["parts"] = [{"start": p.start, "end": p.end, "text": p.text} for p in self.parts]
        for key, value in self.meta.items():
            record.setdefault(key, value)
        return record
