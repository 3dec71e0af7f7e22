"""Word2vec vectors (gensim) on OpenBoek prose plus the UD training text, saved as a Stanza Pretrain.

Only the ``# text`` lines of the *training* split are used, so dev and test text never
reach the vectors. Tokens are lowercased because Stanza looks pretrained vectors up
lowercased.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .conllu import Document

logger = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")


@dataclass(frozen=True)
class VectorParams:
    """gensim Word2Vec hyper-parameters."""

    vector_size: int = 100
    window: int = 5
    min_count: int = 2
    sg: int = 1
    epochs: int = 10
    workers: int = 2
    seed: int = 13

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def tokenize(line: str) -> list[str]:
    """Lowercased word and punctuation tokens."""
    return TOKEN_RE.findall(line.lower())


def book_lines(text_dir: Path, max_lines: int | None = None) -> Iterator[str]:
    """Non-empty lines of every ``*.txt`` in ``text_dir`` (sorted for reproducibility)."""
    n = 0
    for path in sorted(text_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield line
                n += 1
                if max_lines is not None and n >= max_lines:
                    return


def ud_text_lines(docs: Iterable[Document]) -> Iterator[str]:
    for doc in docs:
        for sent in doc.sentences:
            yield sent.comment("text") or sent.rebuilt_text()


def build_corpus(text_dir: Path, train_docs: list[Document], max_lines: int | None) -> list[list[str]]:
    lines = list(book_lines(text_dir, max_lines)) + list(ud_text_lines(train_docs))
    corpus = [toks for toks in map(tokenize, lines) if toks]
    logger.info("vector corpus: %d lines, %d tokens", len(corpus), sum(map(len, corpus)))
    return corpus


def train_pretrain(corpus: list[list[str]], params: VectorParams, out_pt: Path) -> dict[str, int]:
    """Train word2vec, write word2vec text beside ``out_pt`` and convert it to a Stanza Pretrain."""
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    model = Word2Vec(sentences=corpus, **params.as_dict())
    out_pt.parent.mkdir(parents=True, exist_ok=True)
    txt = out_pt.with_suffix(".w2v.txt")
    model.wv.save_word2vec_format(str(txt), binary=False)
    pretrain = Pretrain(str(out_pt), str(txt))
    pretrain.load()  # reads the text vectors and saves the .pt
    txt.unlink()
    return {"vocab": len(model.wv), "corpus_tokens": sum(map(len, corpus))}
