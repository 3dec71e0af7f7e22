"""Minimal CoNLL-U reading and writing, grouped into documents and paragraphs.

The UD Dutch files carry no ``# newdoc`` comments, so documents and paragraphs are
recovered from ``# sent_id``: Alpino ids look like ``WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.5.s.4``
and LassySmall ids like ``wiki-1181.p.10.s.1``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_PARA_RE = re.compile(r"^(?P<doc>.+?)\.p\.(?P<par>\d+)\.s\.\d+$")


@dataclass
class Sentence:
    """One CoNLL-U sentence: comment lines (without ``newdoc``/``newpar``) and token rows."""

    comments: list[str]
    rows: list[list[str]]
    source: str = ""

    @property
    def sent_id(self) -> str:
        return self.comment("sent_id") or ""

    def comment(self, key: str) -> str | None:
        """Value of ``# key = value``, or None."""
        prefix = f"# {key} = "
        for line in self.comments:
            if line.startswith(prefix):
                return line[len(prefix):]
        return None

    def set_comment(self, key: str, value: str) -> None:
        prefix = f"# {key} = "
        for i, line in enumerate(self.comments):
            if line.startswith(prefix):
                self.comments[i] = prefix + value
                return
        self.comments.append(prefix + value)

    def words(self) -> list[list[str]]:
        """Token rows with an integer id (no multi-word ranges, no empty nodes)."""
        return [r for r in self.rows if r[0].isdigit()]

    def rebuilt_text(self) -> str:
        """The sentence text from FORM and ``SpaceAfter=No``."""
        parts: list[str] = []
        for row in self.words():
            parts.append(row[1])
            if "SpaceAfter=No" not in row[9].split("|"):
                parts.append(" ")
        return "".join(parts).rstrip(" ")


@dataclass
class Document:
    """Sentences of one source document, in running-text order."""

    doc_id: str
    source: str
    sentences: list[Sentence] = field(default_factory=list)


def doc_and_paragraph(sent_id: str) -> tuple[str, str]:
    """Document id and paragraph id for a UD Dutch ``sent_id``."""
    tail = sent_id.split("\\")[-1]
    match = _PARA_RE.match(tail)
    if match is None:
        return tail, tail
    return match["doc"], f"{match['doc']}.p.{match['par']}"


def read_conllu(path: Path) -> list[Sentence]:
    """Read all sentences of a CoNLL-U file, dropping ``newdoc``/``newpar`` comments."""
    sentences: list[Sentence] = []
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(Sentence(comments, rows, path.name))
            comments, rows = [], []
        elif line.startswith("#"):
            if not line.startswith(("# newdoc", "# newpar")):
                comments.append(line)
        else:
            rows.append(line.split("\t"))
    if rows:
        sentences.append(Sentence(comments, rows, path.name))
    return sentences


def group_documents(sentences: list[Sentence]) -> list[Document]:
    """Group sentences by document id, keeping first-seen document order and sentence order."""
    docs: dict[str, Document] = {}
    for sent in sentences:
        doc_id, _ = doc_and_paragraph(sent.sent_id)
        doc = docs.setdefault(doc_id, Document(doc_id, sent.source))
        doc.sentences.append(sent)
    return list(docs.values())


def format_documents(docs: list[Document]) -> str:
    """CoNLL-U text with ``# newdoc id`` and ``# newpar id`` comments so Stanza sees paragraphs."""
    out: list[str] = []
    for doc in docs:
        last_par = None
        for i, sent in enumerate(doc.sentences):
            _, par = doc_and_paragraph(sent.sent_id)
            if i == 0:
                out.append(f"# newdoc id = {doc.doc_id}")
            if par != last_par:
                out.append(f"# newpar id = {par}")
                last_par = par
            out.extend(sent.comments)
            out.extend("\t".join(row) for row in sent.rows)
            out.append("")
    return "\n".join(out) + "\n"
