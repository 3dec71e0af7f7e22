"""Document-level train/dev/test split of a language's pooled UD files, written as a UD treebank."""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from .conllu import Document, flatten_mwt, format_documents, group_documents, read_conllu
from .languages import RECIPES, RecipeLanguage

DUTCH = RECIPES["nl"]
UD_VERSION_DIR = "ud-treebanks-v2.18"  # the folder name Stanza 1.15's default paths expect


@dataclass(frozen=True)
class Split:
    """Documents per shard."""

    train: list[Document]
    dev: list[Document]
    test: list[Document]

    def shards(self) -> dict[str, list[Document]]:
        return {"train": self.train, "dev": self.dev, "test": self.test}


def load_documents(ud_dir: Path, lang: RecipeLanguage = DUTCH) -> dict[str, list[Document]]:
    """Documents per source file (so the split can be stratified by genre); multi-word tokens
    flattened where the language asks for it."""
    by_source = {}
    for name in lang.source_files:
        sentences = read_conllu(ud_dir / name)
        if lang.flatten_mwt:
            for sent in sentences:
                flatten_mwt(sent)
        by_source[name] = group_documents(sentences)
    return by_source


def _take(docs: list[Document], n_sents: int, slack: float = 0.2) -> tuple[list[Document], list[Document]]:
    """Take whole documents, in order, until about ``n_sents`` sentences are taken.

    A document that would overshoot the target by more than ``slack`` is skipped (it stays
    in the remainder), so one very long document cannot swell a small shard.
    """
    taken: list[Document] = []
    rest: list[Document] = []
    count = 0
    for doc in docs:
        fits = count + len(doc.sentences) <= n_sents * (1 + slack)
        if count < n_sents and fits:
            taken.append(doc)
            count += len(doc.sentences)
        else:
            rest.append(doc)
    return taken, rest


def split_documents(by_source: dict[str, list[Document]], seed: int,
                    dev_frac: float, test_frac: float) -> Split:
    """Shuffle documents with ``seed`` inside each source file and cut whole documents.

    Each source file contributes about ``test_frac`` of its sentences to test and
    ``dev_frac`` to dev, so news (Alpino) and Wikipedia (LassySmall) are in every shard.
    Sentence order inside a document is never changed.
    """
    rng = random.Random(seed)
    train: list[Document] = []
    dev: list[Document] = []
    test: list[Document] = []
    for name in sorted(by_source):
        docs = list(by_source[name])
        rng.shuffle(docs)
        total = sum(len(d.sentences) for d in docs)
        part, docs = _take(docs, round(total * test_frac))
        test += part
        part, docs = _take(docs, round(total * dev_frac))
        dev += part
        train += docs
    return Split(train, dev, test)


def shrink(split: Split, max_sents: int) -> Split:
    """A tiny split for ``--quick``: the first ``max_sents`` sentences of each shard's documents."""
    def cut(docs: list[Document]) -> list[Document]:
        out: list[Document] = []
        left = max_sents
        for doc in docs:
            if left <= 0:
                break
            out.append(Document(doc.doc_id, doc.source, doc.sentences[:left]))
            left -= len(out[-1].sentences)
        return out
    return Split(cut(split.train), cut(split.dev), cut(split.test))


def treebank_dir(work_dir: Path, treebank: str = DUTCH.treebank) -> Path:
    return work_dir / "extern_data" / "ud2" / UD_VERSION_DIR / treebank


def write_treebank(split: Split, work_dir: Path, treebank: str = DUTCH.treebank,
                   short_name: str = DUTCH.short_name) -> dict[str, Path]:
    """Write ``nl_mix-ud-{train,dev,test}.conllu`` where Stanza's prepare scripts look for them."""
    out_dir = treebank_dir(work_dir, treebank)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for shard, docs in split.shards().items():
        path = out_dir / f"{short_name}-ud-{shard}.conllu"
        path.write_text(format_documents(docs), encoding="utf-8")
        paths[shard] = path
    return paths


def describe(split: Split) -> dict[str, dict[str, int]]:
    """Document, sentence and token counts per shard."""
    return {
        shard: {
            "documents": len(docs),
            "sentences": sum(len(d.sentences) for d in docs),
            "tokens": sum(len(s.words()) for d in docs for s in d.sentences),
        }
        for shard, docs in split.shards().items()
    }
