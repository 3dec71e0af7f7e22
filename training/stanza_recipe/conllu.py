"""Minimal CoNLL-U reading and writing, grouped into documents and paragraphs.

Documents and paragraphs come from ``# newdoc id`` and ``# newpar id`` where a file has them
(UD English EWT). The UD Dutch files carry none, so there they are recovered from ``# sent_id``:
Alpino ids look like ``WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.5.s.4`` and LassySmall ids
like ``wiki-1181.p.10.s.1``.
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
    doc: str = ""
    """the ``# newdoc id`` in force, if the file has them"""
    par: str = ""
    """the ``# newpar id`` in force, if the file has them"""

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
            misc = row[9].split("|")
            spaces = next((m[len("SpacesAfter="):] for m in misc if m.startswith("SpacesAfter=")), None)
            if spaces is not None:  # UD's escaped spacing, e.g. a no-break space: SpacesAfter=\u00A0
                parts.append(_unescape_spaces(spaces))
            elif "SpaceAfter=No" not in misc:
                parts.append(" ")
        return "".join(parts).rstrip(" ")


@dataclass
class Document:
    """Sentences of one source document, in running-text order."""

    doc_id: str
    source: str
    sentences: list[Sentence] = field(default_factory=list)


def doc_and_paragraph(sent: Sentence) -> tuple[str, str]:
    """Document id and paragraph id of a sentence: its newdoc/newpar ids, else read from a UD
    Dutch ``sent_id``."""
    if sent.doc:
        return sent.doc, sent.par or sent.doc
    tail = sent.sent_id.split("\\")[-1]
    match = _PARA_RE.match(tail)
    if match is None:
        return tail, tail
    return match["doc"], f"{match['doc']}.p.{match['par']}"


def read_conllu(path: Path) -> list[Sentence]:
    """Read all sentences of a CoNLL-U file, dropping ``newdoc``/``newpar`` comments."""
    sentences: list[Sentence] = []
    comments: list[str] = []
    rows: list[list[str]] = []
    doc = par = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(Sentence(comments, rows, path.name, doc, par))
            comments, rows = [], []
        elif line.startswith("#"):
            if line.startswith("# newdoc"):
                doc, par = _id_of(line) or f"{path.stem}-{len(sentences)}", ""
            elif line.startswith("# newpar"):
                par = _id_of(line) or f"{doc}-p{len(sentences)}"
            else:
                comments.append(line)
        else:
            rows.append(line.split("\t"))
    if rows:
        sentences.append(Sentence(comments, rows, path.name, doc, par))
    return sentences


def _unescape_spaces(value: str) -> str:
    """UD's SpacesAfter escapes: \\s, \\t, \\n, \\p (|), \\\\ and \\uXXXX."""
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|[stnrp\\])", lambda m: {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|",
                                                            "\\": "\\"}.get(m[1]) or chr(int(m[1][1:], 16)), value)


def _id_of(comment: str) -> str:
    """The id of a ``# newdoc id = X`` / ``# newpar id = X`` comment ("" without one)."""
    return comment.split("=", 1)[1].strip() if "=" in comment else ""


def group_documents(sentences: list[Sentence]) -> list[Document]:
    """Group sentences by document id, keeping first-seen document order and sentence order."""
    docs: dict[str, Document] = {}
    for sent in sentences:
        doc_id, _ = doc_and_paragraph(sent)
        doc = docs.setdefault(doc_id, Document(doc_id, sent.source))
        doc.sentences.append(sent)
    return list(docs.values())


def format_documents(docs: list[Document]) -> str:
    """CoNLL-U text with ``# newdoc id`` and ``# newpar id`` comments so Stanza sees paragraphs."""
    out: list[str] = []
    for doc in docs:
        last_par = None
        for i, sent in enumerate(doc.sentences):
            _, par = doc_and_paragraph(sent)
            if i == 0:
                out.append(f"# newdoc id = {doc.doc_id}")
            if par != last_par:
                out.append(f"# newpar id = {par}")
                last_par = par
            out.extend(sent.comments)
            out.extend("\t".join(row) for row in sent.rows)
            out.append("")
    return "\n".join(out) + "\n"


def flatten_mwt(sent: Sentence) -> int:
    """Replace multi-word token ranges by their words as plain tokens ("didn't" → did, n't): each
    word but the last gets SpaceAfter=No, the last the range's spacing. Returns how many ranges
    were flattened; a range whose words do not spell its form is left as it is (and counted as 0)."""
    flattened = 0
    out: list[list[str]] = []
    i = 0
    while i < len(sent.rows):
        row = sent.rows[i]
        if "-" not in row[0]:
            out.append(row)
            i += 1
            continue
        first, last = (int(x) for x in row[0].split("-"))
        words = [list(r) for r in sent.rows[i + 1:i + 2 + last - first]]
        if "".join(w[1] for w in words) != row[1]:
            out.append(row)
            i += 1
            continue
        for w in words[:-1]:
            w[9] = _with_misc(w[9], "SpaceAfter=No", True)
        words[-1][9] = _with_misc(words[-1][9], "SpaceAfter=No", "SpaceAfter=No" in row[9].split("|"))
        out.extend(words)
        flattened += 1
        i += 1 + len(words)
    sent.rows = out
    return flattened


def _with_misc(misc: str, item: str, present: bool) -> str:
    items = [m for m in misc.split("|") if m and m != "_" and m != item]
    if present:
        items.append(item)
    return "|".join(sorted(items)) or "_"
