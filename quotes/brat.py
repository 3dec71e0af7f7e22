"""Attributions in brat standoff files (PolNeAR's format) read as gold documents.

A folder holds ``text/NAME.txt`` with ``attributions/NAME_ANNOTATOR.ann`` (the PolNeAR layout),
or ``NAME.txt`` beside ``NAME.ann`` (brat's own). An ``.ann`` line is a text-bound span
``T<n>\\t<Type> <start> <end>[;<start> <end>…]\\t<text>`` or an event
``E<n>\\tAttribution:T<k> Content:T<i> Cue:T<j> Source:T<m>`` tying a content, a cue and a source
(``Attribution-no-source`` has none; a second content piece may come as ``Content2``).

Each attribution becomes a :class:`~quotes.gold.GoldQuote`: the content's span from its first
piece's start to its last piece's end (a content interrupted by its cue, "A," she said, "B.",
spans both parts), the source's text as the speaker ("" when there is none, so no prediction can
match it), the cue's text. PolNeAR does not mark direct and indirect speech; :func:`quote_kind`
reads it from the quote marks: direct when each piece of the content sits inside quote marks,
mixed when it holds a quoted stretch, indirect otherwise. An article with several annotation files (several
annotators) is read from the first in name order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from quotes.gold import GoldDoc, GoldFormatError, GoldQuote
from quotes.marks import body_quotes

_SPAN = re.compile(r"^(?P<type>\S+) (?P<pieces>\d+ \d+(?:;\d+ \d+)*)$")
ATTRIBUTION_EVENTS = frozenset({"Attribution", "Attribution-no-source"})


@dataclass(frozen=True, order=True)
class Piece:
    start: int
    end: int


@dataclass(frozen=True)
class TextBound:
    """A brat text-bound annotation: its type and its pieces in text order."""

    type: str
    pieces: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    def text(self, doc: str) -> str:
        return " ".join(doc[p.start:p.end] for p in self.pieces)


def parse_ann(ann: str, text: str, where: str) -> tuple[GoldQuote, ...]:
    """The attributions of one ``.ann`` file over ``text``, in text order."""
    spans: dict[str, TextBound] = {}
    events: list[tuple[dict[str, str], int]] = []
    for number, line in enumerate(ann.splitlines(), 1):
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            spans[fields[0]] = _text_bound(fields, text, f"{where}:{number}")
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append((roles, number))
    quotes = [_attribution(roles, spans, text, f"{where}:{number}") for roles, number in events
              if any(kind in roles for kind in ATTRIBUTION_EVENTS)]
    return tuple(sorted((q for q in quotes if q is not None), key=lambda q: (q.start, q.end)))


def _text_bound(fields: list[str], text: str, where: str) -> TextBound:
    match = _SPAN.match(fields[1])
    if match is None:
        raise GoldFormatError(f"{where}: cannot read the span {fields[1]!r}")
    pieces = tuple(sorted(Piece(int(a), int(b)) for a, b in (p.split() for p in match["pieces"].split(";"))))
    if any(not 0 <= p.start < p.end <= len(text) for p in pieces):
        raise GoldFormatError(f"{where}: span {fields[1]!r} lies outside the text ({len(text)} characters)")
    return TextBound(match["type"], pieces)


def _attribution(roles: dict[str, str], spans: dict[str, TextBound], text: str, where: str) -> GoldQuote | None:
    missing = [ref for ref in roles.values() if ref not in spans]
    if missing:
        raise GoldFormatError(f"{where}: the event names {', '.join(missing)}, which the file does not define")
    contents = [spans[ref] for role, ref in roles.items() if role.startswith("Content")]
    if not contents:
        return None  # an attribution without content says nothing to match
    start, end = min(c.start for c in contents), max(c.end for c in contents)
    source = spans.get(roles.get("Source", ""))
    cue = spans.get(roles.get("Cue", ""))
    kind = quote_kind(text, [(p.start, p.end) for c in contents for p in c.pieces])
    return GoldQuote(start=start, end=end, text=text[start:end], kind=kind,
                     speaker=source.text(text) if source else "", cue=cue.text(text) if cue else None,
                     speaker_span=(source.start, source.end) if source else None)


def quote_kind(text: str, pieces: Sequence[tuple[int, int]]) -> str:
    """direct, mixed or indirect, from the quote marks in and around a content's ``pieces`` (start,
    end): direct when nine tenths of the letters of every piece stand inside quote marks, indirect
    when no piece holds a quoted letter, mixed otherwise. The marks are paired over the paragraphs
    the pieces lie in, so that a piece the annotator cut off inside a quotation ('“A. B,”' as two
    pieces) is read inside its marks; the words between two pieces (the cue of '“A,” she said.
    “B.”') do not count."""
    first, last = min(a for a, _ in pieces), max(b for _, b in pieces)
    window_start = text.rfind("\n", 0, first) + 1
    window_end = text.find("\n", last)
    window_end = len(text) if window_end < 0 else window_end
    quoted = [(q.start + window_start, q.end + window_start)
              for q in body_quotes(text[window_start:window_end]) if q.depth == 0]
    kinds = set()
    for start, end in pieces:
        letters = sum(ch.isalnum() for ch in text[start:end])
        inside = sum(ch.isalnum() for a, b in quoted if a < end and b > start for ch in text[max(a, start):min(b, end)])
        kinds.add("indirect" if not inside else "direct" if inside >= 0.9 * letters else "mixed")
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) file pairs in either layout, by article name."""
    if (folder / "text").is_dir() and (folder / "attributions").is_dir():
        texts, anns = folder / "text", sorted((folder / "attributions").glob("*.ann"))
    else:
        texts, anns = folder, sorted(folder.glob("*.ann"))
    pairs: dict[str, tuple[Path, Path]] = {}
    for ann in anns:
        stem = ann.stem
        candidates = [stem, stem.rsplit("_", 1)[0]] if "_" in stem else [stem]
        txt = next((texts / f"{c}.txt" for c in candidates if (texts / f"{c}.txt").is_file()), None)
        if txt is None:
            raise GoldFormatError(f"{ann}: no text file {texts / (candidates[-1] + '.txt')} beside it")
        pairs.setdefault(txt.stem, (txt, ann))  # the first annotator in name order
    return [pairs[name] for name in sorted(pairs)]


def load_brat(folder: str | Path, *, lang: str = "en") -> list[GoldDoc]:
    """Every annotated article of a brat folder as a gold document (text as read, UTF-8)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldFormatError(f"{folder}: not a folder of brat files")
    docs = []
    for txt, ann in _pairs(folder):
        try:
            text = txt.read_text(encoding="utf-8")
            annotations = ann.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldFormatError(f"{ann}: cannot read ({exc})") from exc
        docs.append(GoldDoc(id=txt.stem, text=text, quotes=parse_ann(annotations, text, str(ann)), lang=lang))
    if not docs:
        raise GoldFormatError(f"{folder}: no .ann files (expected attributions/*.ann beside text/*.txt, "
                              "or *.ann beside *.txt)")
    return docs
