"""The only module that imports Stanza: builds the offline Dutch pipeline and parses documents.

The pipeline is built from the models shipped in ``models/stanza/nl/`` (see its MODEL_CARD.md) and
never touches the network. ``QUOTES_STANZA_DIR`` (or ``stanza_dir=``) points at another folder laid
out the same way; ``QUOTES_STANZA_RESOURCES`` (or ``stanza_resources=``) at a folder of official
Stanza models (the ``stanza_resources`` folder that ``stanza.download`` fills), used instead.

Before tokenizing, typographic quote marks are mapped one character for one character to ASCII
(“ ” „ « » to ", ‘ ’ to ') and ``,,``/``''`` to `` "``/``" ``: the models saw mostly ASCII marks,
and offsets do not move. Parses are turned into plain :class:`Word` and :class:`Sentence` tuples
whose offsets index the original text.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from quotes.errors import ModelError, ParseError

logger = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "stanza" / "nl"
MODEL_FILES: dict[str, str] = {
    "tokenize_model_path": "tokenizer.pt",
    "pos_model_path": "tagger.pt",
    "pos_pretrain_path": "pretrain.pt",
    "lemma_model_path": "lemmatizer.pt",
    "depparse_model_path": "parser.pt",
    "depparse_pretrain_path": "pretrain.pt",
}
PROCESSORS = "tokenize,pos,lemma,depparse"
MARK_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                          "‹": "'", "›": "'"})
_DOUBLE_COMMA = re.compile(r",,(?=\S)")
_DOUBLE_APOSTROPHE = re.compile(r"(?<=\S)''")


@dataclass(frozen=True)
class Word:
    """One syntactic word. ``i`` is its index in the sentence, ``head`` the head's index (-1: root)."""

    i: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int

    def feat(self, name: str) -> Optional[str]:
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Sentence:
    """A parsed sentence; ``index`` counts sentences in the document, ``paragraph`` paragraphs."""

    index: int
    start: int
    end: int
    paragraph: int
    words: tuple[Word, ...]

    def children(self, i: int) -> list[Word]:
        return [w for w in self.words if w.head == i]


@dataclass(frozen=True)
class ParsedDoc:
    text: str
    sentences: tuple[Sentence, ...]


def prepare_text(text: str, body_start: int = 0) -> str:
    """The text Stanza sees: header blanked, quote marks made ASCII; same length as ``text``."""
    prepared = " " * body_start + text[body_start:].translate(MARK_MAP)
    prepared = _DOUBLE_COMMA.sub(' "', prepared)
    prepared = _DOUBLE_APOSTROPHE.sub('" ', prepared)
    assert len(prepared) == len(text)
    return prepared


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: the text start and after every blank line (or a line break before a quote)."""
    starts = [0]
    for match in re.finditer(r"\n[ \t]*\n\s*|\n(?=[ \t]*[“„\"'‘«,])", text):
        starts.append(match.end())
    return starts


def model_paths(model_dir: Path) -> dict[str, str]:
    """The Stanza path arguments for a model folder, or a ModelError naming what is missing."""
    missing = sorted({name for name in MODEL_FILES.values() if not (model_dir / name).is_file()})
    if missing:
        raise ModelError(f"{model_dir}: missing Stanza model files {', '.join(missing)}; expected "
                         f"{', '.join(sorted(set(MODEL_FILES.values())))} (see models/stanza/nl/MODEL_CARD.md)")
    return {arg: str(model_dir / name) for arg, name in MODEL_FILES.items()}


def build_pipeline(stanza_dir: str | Path | None = None, stanza_resources: str | Path | None = None,
                   *, processors: str = PROCESSORS, use_gpu: bool = False):
    """A Stanza pipeline built offline: bundled/own models, or official models if given."""
    import stanza  # heavy import kept here, the only place in the package

    resources = stanza_resources or os.environ.get("QUOTES_STANZA_RESOURCES")
    common = dict(lang="nl", processors=processors, download_method=None, use_gpu=use_gpu,
                  logging_level="ERROR", tokenize_no_ssplit=False)
    if resources:
        if not (Path(resources) / "resources.json").is_file():
            raise ModelError(f"{resources}: not a Stanza resources folder (no resources.json); "
                             "pass the folder that stanza.download() filled, or leave the option out")
        return stanza.Pipeline(dir=str(resources), **common)
    model_dir = Path(stanza_dir or os.environ.get("QUOTES_STANZA_DIR") or DEFAULT_MODEL_DIR)
    paths = model_paths(model_dir)
    if not (model_dir / "resources.json").is_file():
        raise ModelError(f"{model_dir}: missing resources.json (a file containing {{}} is enough)")
    wanted = set(processors.split(","))
    paths = {k: v for k, v in paths.items() if k.split("_")[0] in wanted}
    return stanza.Pipeline(dir=str(model_dir), allow_unknown_language=True, **common, **paths)


def _sentences(doc, text: str) -> tuple[Sentence, ...]:
    """Plain Sentence tuples from a Stanza document, paragraph numbers from the original text."""
    paragraphs = paragraph_starts(text)
    result = []
    for index, sent in enumerate(doc.sentences):
        words = []
        for token in sent.tokens:
            for word in token.words:
                words.append(Word(word.id - 1, text[token.start_char:token.end_char] if len(token.words) == 1
                                  else word.text, word.lemma or word.text, word.upos or "X", word.feats or "",
                                  (word.head or 0) - 1, word.deprel or "dep", token.start_char, token.end_char))
        start, end = sent.tokens[0].start_char, sent.tokens[-1].end_char
        paragraph = sum(1 for p in paragraphs if p <= start) - 1
        result.append(Sentence(index, start, end, paragraph, tuple(words)))
    return tuple(result)


class Parser:
    """Loads the pipeline once and parses texts in batches."""

    def __init__(self, stanza_dir: str | Path | None = None, stanza_resources: str | Path | None = None,
                 *, batch_size: int = 16) -> None:
        self.stanza_dir = stanza_dir
        self.stanza_resources = stanza_resources
        self.batch_size = batch_size
        self._pipeline = None

    @property
    def pipeline(self):
        if self._pipeline is None:
            self._pipeline = build_pipeline(self.stanza_dir, self.stanza_resources)
        return self._pipeline

    def parse(self, text: str, body_start: int = 0) -> ParsedDoc:
        return self.parse_many([(text, body_start)])[0]

    def parse_many(self, items: Sequence[tuple[str, int]]) -> list[ParsedDoc]:
        """Parse (text, body_start) pairs; one Stanza call per batch."""
        import stanza

        out: list[ParsedDoc] = []
        for i in range(0, len(items), self.batch_size):
            batch = items[i:i + self.batch_size]
            docs = [stanza.Document([], text=prepare_text(t, b)) for t, b in batch]
            try:
                parsed = self.pipeline(docs)
            except (RuntimeError, ValueError, IndexError, KeyError) as exc:
                raise ParseError(f"Stanza failed on a batch of {len(batch)} documents: {exc}") from exc
            out.extend(ParsedDoc(t, _sentences(d, t)) for (t, _), d in zip(batch, parsed))
        return out


def iter_words(sentences: Iterable[Sentence]) -> Iterable[tuple[Sentence, Word]]:
    for sent in sentences:
        for word in sent.words:
            yield sent, word
