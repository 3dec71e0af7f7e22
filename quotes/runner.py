"""Corpus runs: documents in, records out in input order, in one process or in N worker processes.

Each worker builds its own :class:`~quotes.attribution.Attributor` (models load once per process)
and receives documents in chunks; ``imap`` keeps the input order, so records stream out in the order
the documents came in, and a bad document yields its error without stopping the others.
"""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Sequence

from quotes.documents import BadDocument, Document, Item
from quotes.errors import QuotesError


@dataclass(frozen=True)
class Result:
    """The outcome for one document: its records, or the error that stopped it."""

    doc_id: str
    records: tuple[dict[str, Any], ...] = ()
    error: Optional[str] = None
    chars: int = 0


_WORKER = None


def _attributor(options: dict[str, Any]):
    from quotes.attribution import Attributor

    return Attributor(**options)


def _init_worker(options: dict[str, Any], threads: int) -> None:
    global _WORKER
    import torch

    torch.set_num_threads(threads)
    try:
        _WORKER = _attributor(options)
        _WORKER.load()
    except QuotesError as exc:  # raised again with the first chunk, so the parent stops with it
        _WORKER = exc


def _process(attributor, chunk: Sequence[Item]) -> list[Result]:
    results: list[Result] = []
    docs = [item for item in chunk if isinstance(item, Document)]
    outcome = {id(doc): value for doc, value in attributor.attribute_many(docs)} if docs else {}
    for item in chunk:
        if isinstance(item, BadDocument):
            results.append(Result(item.id, error=item.error))
            continue
        value = outcome[id(item)]
        if isinstance(value, QuotesError):
            results.append(Result(item.id, error=f"{item.id}: {value}", chars=len(item.text)))
        else:
            results.append(Result(item.id, tuple(q.to_record() for q in value), chars=len(item.text)))
    return results


def _work(chunk: Sequence[Item]) -> list[Result]:
    if isinstance(_WORKER, QuotesError):
        raise _WORKER  # a model this worker could not load: the whole run stops, as with one worker
    return _process(_WORKER, chunk)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(items: Iterable[Item], options: dict[str, Any], *, workers: int = 1, chunk_size: int = 8,
        attributor=None) -> Iterator[Result]:
    """Attribute every document, yielding one Result per input item, in input order.

    With one worker, ``attributor`` (made from ``options`` if not given) does the work in this
    process; its parser's ``stats`` then count the sentences and tokens parsed.
    """
    attributor = attributor or _attributor(options)
    if workers <= 1:
        attributor.load()  # a missing model stops the run here, before any document
        for chunk in _chunks(items, chunk_size):
            yield from _process(attributor, chunk)
        return
    attributor.check()  # the same, without loading Stanza in the parent
    threads = max(1, (os.cpu_count() or 1) // workers)
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(options, threads)) as pool:
        for results in pool.imap(_work, _chunks(items, chunk_size)):
            yield from results
