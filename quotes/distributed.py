"""Corpora beyond one machine: ``quotes extract --engine dask`` and a library entry point.

A corpus is cut into *partitions*: one ``.txt`` file, or up to ``partition_size`` documents of a
``.jsonl`` or ``.csv`` file, named from their source (``<stem>-<hash of the path>-<k>``), so the
same inputs always give the same partitions. Each partition is a Dask task that reads its source
(a local path or any fsspec URL, ``s3://…`` when the user has the backend), attributes it with the
worker process's own models (loaded once per process, never shipped with a task) and writes, into
the output folder:

* ``<name>.jsonl``: its records, in input order (what ``quotes extract`` writes for them);
* ``<name>.errors.jsonl``: ``{"doc_id", "error"}`` for each document that failed;
* ``<name>.done.json``: its counts, written last: a partition is complete when this file exists.

Files appear only complete (written under a temporary name, then renamed), and a task that runs
twice (a lost worker, a retry) writes the same bytes, so nothing is duplicated. ``manifest.json``,
with the counts of every partition, is written when all are complete. Running again on the same
folder skips the complete partitions.

:func:`attribute_bag` maps a Dask bag of :class:`~quotes.documents.Document` to a bag of records.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from quotes.documents import MAX_CHARS, SUFFIXES, BadDocument, Document, Item, bytes_items
from quotes.errors import QuotesError, UsageError
from quotes.writers import json_line

MANIFEST = "manifest.json"
PARTITION_SIZE = 200


@dataclass(frozen=True)
class Partition:
    """Documents ``start`` to ``stop`` (in reading order) of one source file."""

    name: str
    source: str
    label: str
    """the file as the user named it: document ids are made from it, as ``quotes extract`` makes them"""
    start: int
    stop: int


@dataclass(frozen=True)
class PartitionDone:
    """What one partition produced; the content of its ``.done.json``."""

    name: str
    documents: int
    quotes: int
    failed: int
    seconds: float


# --- inputs -----------------------------------------------------------------------------------

def _fs(url: str):
    import fsspec

    return fsspec.core.url_to_fs(url)


def expand_inputs(inputs: Iterable[str]) -> list[tuple[str, str]]:
    """(where to read, name for document ids) of every input file, in a stable order: local files,
    folders (recursive, known suffixes) and globs as ``quotes extract`` expands them, named as the
    user wrote them and read by absolute path (workers may run elsewhere); fsspec URLs as such."""
    from quotes.documents import expand_paths

    found: list[tuple[str, str]] = []
    for raw in inputs:
        if "://" not in raw:
            found += [(str(p.resolve()), str(p)) for p in expand_paths([raw]) if str(p) != "-"]
            continue
        fs, path = _fs(raw)
        protocol = raw.split("://", 1)[0] + "://"
        matches = sorted(fs.glob(path)) if any(c in path for c in "*?[") else [path]
        if not matches:
            raise UsageError(f"{raw}: no file matches this pattern")
        for match in matches:
            if fs.isdir(match):
                found += [(protocol + p, protocol + p) for p in sorted(fs.find(match))
                          if PurePosixPath(p).suffix.lower() in SUFFIXES]
            elif fs.exists(match):
                found.append((protocol + match, protocol + match))
            else:
                raise UsageError(f"{raw}: no such file or folder")
    return found


def _read(source: str) -> bytes:
    fs, path = _fs(source)
    with fs.open(path, "rb") as handle:
        return handle.read()


def source_items(source: str, label: str, *, max_chars: int = MAX_CHARS) -> list[Item]:
    """Every document of one source file, good and bad, in reading order, with the ids ``quotes
    extract`` gives them (``label`` is the file's name as the user wrote it)."""
    try:
        data = _read(source)
    except OSError as exc:
        return [BadDocument(label, f"{label}: cannot read ({exc})")]
    return list(bytes_items(data, label, PurePosixPath(source).suffix.lower(), max_chars=max_chars))


def partition_name(source: str, k: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", PurePosixPath(source).stem)[:40] or "input"
    digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}-{k:05d}"


def plan(sources: Sequence[tuple[str, str]], partition_size: int = PARTITION_SIZE, *,
         max_chars: int = MAX_CHARS) -> list[Partition]:
    """The partitions of a corpus: one per ``.txt`` file; a ``.jsonl`` or ``.csv`` file is read
    once here to count its documents and cut into runs of ``partition_size``."""
    if partition_size < 1:
        raise UsageError(f"partition size must be at least 1; got {partition_size}")
    parts: list[Partition] = []
    for source, label in sources:
        if PurePosixPath(source).suffix.lower() in (".jsonl", ".csv"):
            n = len(source_items(source, label, max_chars=max_chars))
        else:
            n = 1
        for k, start in enumerate(range(0, max(n, 1), partition_size)):
            parts.append(Partition(partition_name(source, k), source, label, start, min(n, start + partition_size)))
    return parts


# --- workers ----------------------------------------------------------------------------------

_ATTRIBUTORS: dict[str, Any] = {}
"""One Attributor per worker process and options: models load once, with the first task."""


def worker_attributor(options: dict[str, Any]):
    key = json.dumps(options, sort_keys=True, default=str)
    if key not in _ATTRIBUTORS:
        from quotes.attribution import Attributor

        threads = options.get("torch_threads")
        if threads:
            import torch

            torch.set_num_threads(int(threads))
        attributor = Attributor(**{k: v for k, v in options.items() if k != "torch_threads"})
        attributor.load()
        _ATTRIBUTORS[key] = attributor
    return _ATTRIBUTORS[key]


def attribute_items(items: Sequence[Item], options: dict[str, Any]) -> Iterator[tuple[str, Optional[list], str]]:
    """(doc_id, records or None, error) for each item, in order."""
    from quotes.runner import _process

    for result in _process(worker_attributor(options), list(items)):
        yield result.doc_id, (list(result.records) if result.error is None else None), result.error or ""


def _put(fs, path: str, content: str) -> None:
    """Write ``content`` to ``path`` under a temporary name, then rename: the file appears whole."""
    tmp = f"{path}.tmp-{uuid.uuid4().hex[:8]}"
    with fs.open(tmp, "w", encoding="utf-8") as handle:
        handle.write(content)
    fs.mv(tmp, path)


def run_partition(part: Partition, out_dir: str, options: dict[str, Any], max_chars: int = MAX_CHARS) -> dict:
    """Attribute one partition and write its three files; returns its counts."""
    start = time.monotonic()
    items = source_items(part.source, part.label, max_chars=max_chars)[part.start:part.stop]
    records: list[str] = []
    errors: list[str] = []
    quotes = 0
    for doc_id, recs, error in attribute_items(items, options):
        if recs is None:
            errors.append(json.dumps({"doc_id": doc_id, "error": error}, ensure_ascii=False) + "\n")
        else:
            records += [json_line(r) for r in recs]
            quotes += len(recs)
    fs, root = _fs(out_dir)
    _put(fs, f"{root}/{part.name}.errors.jsonl", "".join(errors))
    _put(fs, f"{root}/{part.name}.jsonl", "".join(records))
    done = PartitionDone(part.name, len(items), quotes, len(errors), round(time.monotonic() - start, 2))
    _put(fs, f"{root}/{part.name}.done.json", json.dumps(asdict(done)))
    return asdict(done)


def complete(out_dir: str) -> dict[str, dict]:
    """The partitions already complete in ``out_dir``: name -> counts."""
    fs, root = _fs(out_dir)
    if not fs.exists(root):
        return {}
    done = {}
    for path in fs.glob(f"{root}/*.done.json"):
        with fs.open(path, "r", encoding="utf-8") as handle:
            counts = json.load(handle)
        done[counts["name"]] = counts
    return done


# --- clients ----------------------------------------------------------------------------------

def client_for(scheduler: str):
    """A distributed Client: ``local:N`` starts a LocalCluster of N single-threaded worker
    processes; otherwise ``scheduler`` is the address of a running scheduler (tcp://HOST:8786)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        n = scheduler.partition(":")[2] or str(os.cpu_count() or 1)
        if not n.isdigit() or int(n) < 1:
            raise UsageError(f"--scheduler local:N needs a number of workers; got {scheduler!r}")
        # Two Dask defaults cost a parse-heavy worker time: the statistical profiler samples every
        # thread's stack 100 times a second (about 14% of a partition's time here), and the nannies
        # set MALLOC_TRIM_THRESHOLD_=65536, which has glibc hand memory back after every large free
        # (about 12% more). Remote workers: see the README.
        environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ").items()
                   if k != "MALLOC_TRIM_THRESHOLD_"}
        with dask.config.set({"distributed.worker.profile.enabled": False,
                              "distributed.nanny.pre-spawn-environ": environ}):
            cluster = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True, dashboard_address=":0")
        return Client(cluster), int(n)
    return Client(scheduler), None


def run_corpus(inputs: Sequence[str], out_dir: str, *, scheduler: str = "local", options: Optional[dict] = None,
               partition_size: int = PARTITION_SIZE, max_chars: int = MAX_CHARS, client=None,
               progress: Optional[Callable[[dict], None]] = None, say: Callable[[str], None] = lambda _: None) -> dict:
    """Attribute a whole corpus into ``out_dir`` on a Dask cluster; returns the manifest.

    Complete partitions in ``out_dir`` are skipped. ``progress`` is called with each partition's
    counts as it completes; ``say`` gets the dashboard link and other one-line notes.
    """
    options = dict(options or {})
    sources = expand_inputs(inputs)
    if not sources:
        raise UsageError(f"no documents found in {' '.join(inputs)} (looked for {', '.join(sorted(SUFFIXES))})")
    parts = plan(sources, partition_size, max_chars=max_chars)
    fs, root = _fs(out_dir)
    fs.makedirs(root, exist_ok=True)
    done = complete(out_dir)
    todo = [p for p in parts if p.name not in done]
    if done:
        say(f"{len(parts) - len(todo)} of {len(parts)} partitions already complete in {out_dir}")
    own_client = client is None
    if own_client:
        client, local_workers = client_for(scheduler)
        if local_workers and "torch_threads" not in options:
            options["torch_threads"] = max(1, (os.cpu_count() or 1) // local_workers)
    try:
        say(f"dashboard: {client.dashboard_link}")
        if todo:
            from distributed import as_completed

            futures = client.map(run_partition, todo, out_dir=out_dir, options=options, max_chars=max_chars,
                                 key=[f"quotes-{p.name}" for p in todo], retries=2, pure=False)
            for future in as_completed(futures):
                counts = future.result()
                done[counts["name"]] = counts
                if progress:
                    progress(counts)
    finally:
        if own_client:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    manifest = {"inputs": list(inputs), "partition_size": partition_size, "options": options,
                "partitions": [{**asdict(p), **done[p.name]} for p in parts],
                "documents": sum(done[p.name]["documents"] for p in parts),
                "quotes": sum(done[p.name]["quotes"] for p in parts),
                "failed": sum(done[p.name]["failed"] for p in parts)}
    _put(fs, f"{root}/{MANIFEST}", json.dumps(manifest, indent=2, ensure_ascii=False, default=str))
    return manifest


def read_records(out_dir: str, manifest: Optional[dict] = None) -> Iterator[dict]:
    """The records of a finished run, partition by partition in input order."""
    fs, root = _fs(out_dir)
    if manifest is None:
        with fs.open(f"{root}/{MANIFEST}", "r", encoding="utf-8") as handle:
            manifest = json.load(handle)
    for part in manifest["partitions"]:
        with fs.open(f"{root}/{part['name']}.jsonl", "r", encoding="utf-8") as handle:
            for line in handle.read().split("\n"):
                if line:
                    yield json.loads(line)


def _bag_partition(docs: Iterable[Any], options: dict[str, Any]) -> list[dict]:
    out = []
    for doc_id, records, error in attribute_items(list(docs), options):
        out.extend(records if records is not None else [{"doc_id": doc_id, "error": error}])
    return out


def attribute_bag(bag, **options):
    """A Dask bag of :class:`Document` (or :class:`BadDocument`) -> a bag of records, partition by
    partition, with each worker's own models; a document that fails gives one ``{"doc_id",
    "error"}`` item instead of records. ``options`` are those of :class:`Attributor`."""
    return bag.map_partitions(_bag_partition, options)


__all__ = ["Partition", "plan", "run_corpus", "run_partition", "attribute_bag", "read_records", "complete",
           "expand_inputs", "client_for", "Document", "QuotesError"]
