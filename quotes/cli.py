"""The ``quotes`` command: a thin click layer over the library.

Each command parses its options, calls one library function and maps :class:`QuotesError` to a
one-line message. Exit codes: 0 success, 1 some documents failed (the others were written),
2 usage errors (bad option, missing input, unusable model, an output in use by another run),
3 an output could not be written during the run, 130 interrupted (Ctrl-C), 143 stopped (SIGTERM).
"""
from __future__ import annotations

import json
import os
import signal
from collections import Counter
import sys
import time
from pathlib import Path
from typing import Optional

import click

from quotes.errors import QuotesError, UsageError
from quotes.stance.labeled import FORMATS

EXIT_FAILED_DOCUMENTS = 1
EXIT_USAGE = 2
EXIT_WRITE = 3
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _fail(message: str) -> None:
    click.echo(f"quotes: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group()
@click.version_option(package_name="quotes")
def main() -> None:
    """Quote, speaker and stance attribution for Dutch and English news articles."""


def _progress(total: Optional[int]):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=None, dynamic_ncols=True)


_stanza_dir_option = click.option(
    "--stanza-dir", type=click.Path(file_okay=False, path_type=Path), default=None, envvar="QUOTES_STANZA_DIR",
    help="Folder of Stanza models laid out like models/stanza/nl/ (for the run's --lang), or one "
         "subfolder per language code like models/stanza/.")
_lang_option = click.option(
    "--lang", default="nl", show_default=True, envvar="QUOTES_LANG",
    type=click.Choice(["nl", "en", "auto"], case_sensitive=False),
    help="Language of documents without a lang field of their own; auto detects it per document "
         "(nl or en).")

_device_option = click.option(
    "--device", default="auto", show_default=True, envvar="QUOTES_DEVICE",
    help="Where the Stanza models run: auto (a CUDA GPU when torch sees one), cpu, or cuda[:N].")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output file (default: standard output); with --engine dask, a folder.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the failed documents and their errors here, as JSON lines.")
@click.option("--no-stance", is_flag=True, help="Skip the stance classifier.")
@click.option("--stance-model", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Stance model folder (default: the bundled models/stance/).")
@click.option("--trust-model", is_flag=True,
              help="Load a stance model that needs types outside the trusted list, or a legacy pickle "
                   "(these can run code): only for models from a source you trust.")
@_stanza_dir_option
@click.option("--stanza-resources", type=click.Path(file_okay=False, path_type=Path), default=None,
              envvar="QUOTES_STANZA_RESOURCES", help="Use official Stanza models from this stanza_resources folder.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes, each with its own models (default: number of cores, "
                   "at most one per .txt file).")
@click.option("--resume", is_flag=True, help="Skip documents already in the output file (JSON lines only).")
@click.option("--input-format", type=click.Choice(["txt", "jsonl", "csv"]), default="txt", show_default=True,
              help="How to read standard input (-); files are read by their suffix.")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="Refuse documents longer than this many characters (default 2,000,000).")
@_lang_option
@_device_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: run on a Dask cluster, -o names an output folder of partition files (see README).")
@click.option("--scheduler", default="local", show_default=True,
              help="With --engine dask: tcp://HOST:8786 of a running scheduler, or local:N for N local workers.")
@click.option("--partition-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="With --engine dask: documents per partition of a .jsonl/.csv file.")
def extract(inputs: tuple[str, ...], output: Optional[Path], fmt: str, errors_path: Optional[Path], no_stance: bool,
            stance_model: Optional[Path], trust_model: bool, stanza_dir: Optional[Path], stanza_resources: Optional[Path],
            workers: Optional[int], resume: bool, input_format: str, max_chars: Optional[int], lang: str,
            device: str, engine: str, scheduler: str, partition_size: int) -> None:
    """Extract quotes from INPUTS: files, folders, globs or - for standard input.

    .txt files (leading header lines such as "date 2025-03" become metadata), .jsonl (one document
    per line with "id" and "text") and .csv (a "text" column). One record per quote.
    """
    from quotes import documents, runner
    from quotes.attribution import Attributor
    from quotes.writers import RecordWriter, done_documents, open_output

    options = {"stanza_dir": stanza_dir, "stanza_resources": stanza_resources,
               "stance": False if no_stance else (stance_model or True), "trust_model": trust_model,
               "device": device, "lang": lang.lower()}
    if engine == "dask":
        _extract_dask(inputs, output, options, scheduler, partition_size, max_chars or documents.MAX_CHARS,
                      unsupported={"--format csv": fmt != "jsonl", "--errors": errors_path is not None,
                                   "--workers": workers is not None, "--resume": resume, "-": "-" in inputs})
        return
    if resume and (output is None or fmt != "jsonl"):
        _fail("--resume needs an -o/--output file in jsonl format")
    if output is not None and output.is_dir():
        _fail(f"{output} is a folder; -o takes a file (a folder of partitions is for --engine dask)")
    try:  # everything is checked before any output file is touched
        paths = _without_outputs(inputs, documents.expand_paths(inputs), (output, errors_path))
        if not paths:
            raise QuotesError(f"no documents found in {' '.join(inputs)} (looked for {', '.join(sorted(documents.SUFFIXES))})")
        for target in (output, errors_path):
            _check_writable(target)
        attributor = Attributor(**options)
        attributor.check()
        done = done_documents(output) if resume and output else Counter()
    except QuotesError as exc:
        _fail(str(exc))
    limit = max_chars or documents.MAX_CHARS
    items = _not_done(_flag_repeated_ids(item for path in paths for item in documents.file_items(
        path, max_chars=limit, **({"name": "-", "fmt": input_format} if str(path) == "-" else {}))), done)
    try:
        out = open_output(output, append=resume) if output else sys.stdout
        errors_out = open_output(errors_path, append=resume) if errors_path else None
    except OSError as exc:
        _fail(f"{exc.filename}: cannot write ({exc.strerror})")
    except QuotesError as exc:
        _fail(str(exc))
    previous_handler = signal.signal(signal.SIGTERM, _terminated)
    try:
        writer = RecordWriter(out, fmt, write_header=not (resume and output and output.stat().st_size))
        n_workers = workers or _default_workers(paths)
        counts = _run(runner.run(items, options, workers=n_workers, attributor=attributor if n_workers == 1 else None),
                      writer, errors_out)
    except QuotesError as exc:
        _fail(str(exc))
    except BrokenPipeError:  # "quotes extract … | head": the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except OSError as exc:  # the disk filled up or the file went away while writing
        click.echo(f"quotes: error: cannot write the output ({exc.strerror or exc}); the records written "
                   "before are complete lines", err=True)
        sys.exit(EXIT_WRITE)
    except (KeyboardInterrupt, _Terminated) as exc:
        hint = f"; rerun with --resume -o {output} to go on" if output and fmt == "jsonl" else ""
        click.echo(f"quotes: {'stopped' if isinstance(exc, _Terminated) else 'interrupted'}, "
                   f"the documents reported done are written{hint}", err=True)
        sys.exit(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED)
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
        for handle in (out if output else None, errors_out):
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    pass  # what could not be written was reported above
    if done:
        click.echo(f"resumed: skipped {sum(done.values())} documents already in {output}", err=True)
    sys.exit(EXIT_FAILED_DOCUMENTS if counts["failed"] else 0)


def _extract_dask(inputs: tuple[str, ...], output: Optional[Path], options: dict, scheduler: str,
                  partition_size: int, max_chars: int, unsupported: dict[str, bool]) -> None:
    """``quotes extract --engine dask``: partitions on a cluster, one folder of parts (README)."""
    given = [name for name, used in unsupported.items() if used]
    if given:
        _fail(f"--engine dask does not take {', '.join(given)}: it writes JSONL parts, their errors and a "
              "manifest into the -o folder, and a rerun on that folder resumes")
    if output is None:
        _fail("--engine dask needs -o OUT_DIR, the folder for the partition files")
    try:
        from quotes import distributed
    except ImportError as exc:
        _fail(f"--engine dask needs Dask ({exc.name} is missing): pip install -e '.[dask]'")
    started = time.perf_counter()
    options = {k: (str(v) if isinstance(v, Path) else v) for k, v in options.items()}
    try:
        from quotes.attribution import Attributor

        Attributor(**options).check()  # a missing model stops here, not on every worker
        with _progress(None) as bar:
            def progress(counts: dict) -> None:
                bar.update(counts["documents"])
                bar.set_postfix(partition=counts["name"], refresh=False)

            manifest = distributed.run_corpus(inputs, str(output), scheduler=scheduler, options=options,
                                              partition_size=partition_size, max_chars=max_chars,
                                              progress=progress, say=lambda line: bar.write(f"quotes: {line}",
                                                                                           file=sys.stderr))
    except QuotesError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot connect to the scheduler or write {output}: {exc}")
    click.echo(f"done: {manifest['documents']} documents, {manifest['quotes']} quotes, {manifest['failed']} failed, "
               f"{len(manifest['partitions'])} partitions in {output}, {time.perf_counter() - started:.1f}s", err=True)
    sys.exit(EXIT_FAILED_DOCUMENTS if manifest["failed"] else 0)


def _flag_repeated_ids(items):
    """Pass the documents on, warning once for each id that repeats; the records of a repeat carry
    ``"repeated_id": N`` (its occurrence, 2 or more), so they can be told apart."""
    from dataclasses import replace

    from quotes.documents import Document

    seen: Counter = Counter()
    for item in items:
        seen[item.id] += 1
        if seen[item.id] == 2:
            click.echo(f"quotes: warning: document id {item.id!r} occurs more than once; the records of each "
                       "carry it, quote numbers start again at 1, and a repeat's records say \"repeated_id\"",
                       err=True)
        if seen[item.id] > 1 and isinstance(item, Document):
            item = replace(item, meta={**item.meta, "repeated_id": seen[item.id]})
        yield item


def _not_done(items, done: Counter):
    """Leave out the documents a resumed output holds: for each id, as many as are complete there."""
    counts: Counter = Counter()
    for item in items:
        counts[item.id] += 1
        if counts[item.id] > done[item.id]:
            yield item


class _Terminated(BaseException):
    """SIGTERM arrived: stop like Ctrl-C (workers ended, what was written kept). A BaseException, as
    KeyboardInterrupt is, so that no handler of document errors swallows it."""


def _terminated(signum, frame) -> None:
    raise _Terminated()


def _without_outputs(inputs: tuple[str, ...], paths: list[Path], targets: tuple[Optional[Path], ...]) -> list[Path]:
    """The input files less the output and errors files: one named as an input is refused (writing
    it would destroy it); one found by walking a folder is left out (a second run would read its own
    output)."""
    written = {t.resolve() for t in targets if t is not None}
    named = {Path(raw).resolve() for raw in inputs if raw != "-"}
    kept = []
    for path in paths:
        resolved = path.resolve() if str(path) != "-" else None
        if resolved in written and resolved in named:
            raise UsageError(f"{path} is both an input and an output; refusing to overwrite it")
        if resolved not in written:
            kept.append(path)
    return kept


def _check_writable(target: Optional[Path]) -> None:
    if target is None:
        return
    folder = target.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"{target}: cannot write (no folder {folder})")
    if target.is_dir() or not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"{target}: cannot write (permission denied or a folder)")


def _default_workers(paths: list[Path]) -> int:
    """One per core, but no more than there are documents when every input is a single-document
    file (.txt or standard input): starting a worker costs seconds of model loading."""
    cores = os.cpu_count() or 1
    if all(p.suffix.lower() == ".txt" or str(p) == "-" for p in paths):
        return max(1, min(cores, len(paths)))
    return cores


def _run(results, writer, errors_out) -> dict[str, int]:
    """Write records as results arrive, report failures, print the summary."""
    counts = {"documents": 0, "quotes": 0, "failed": 0}
    started = time.perf_counter()
    with _progress(None) as bar:
        for result in results:
            counts["documents"] += 1
            if result.error:
                counts["failed"] += 1
                bar.write(f"quotes: skipped {result.error}", file=sys.stderr)
                if errors_out:
                    errors_out.write(json.dumps({"doc_id": result.doc_id, "error": result.error},
                                                ensure_ascii=False) + "\n")
                    errors_out.flush()
            else:
                counts["quotes"] += writer.write_document(result.records)
            bar.update(1)
            bar.set_postfix(quotes=counts["quotes"], failed=counts["failed"], refresh=False)
    elapsed = time.perf_counter() - started
    click.echo(f"done: {counts['documents']} documents, {counts['quotes']} quotes, {counts['failed']} failed, "
               f"{elapsed:.1f}s", err=True)
    return counts


@main.command()
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the model and its card (models/stance replaces the bundled model).")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Data format (default: detected per file).")
@click.option("--with-bundled", is_flag=True,
              help="Add the bundled training data (training/data/ of a checkout) to DATA.")
def train(data: tuple[Path, ...], out_dir: Path, seed: int, fmt: Optional[str], with_bundled: bool) -> None:
    """Retrain the stance classifier on labeled DATA (our JSONL/CSV, Prodigy, doccano, Label Studio).

    Examples may carry their context (fields context, cue, speaker, topic; in the tools' meta or
    data), as `quotes label` exports them; the model reads the fields the data fills."""
    from quotes.stance.card import format_report
    from quotes.stance.training import train_stance

    try:
        report = train_stance(list(data), out_dir, seed=seed, fmt=fmt, with_bundled=with_bundled,
                              command=" ".join(["quotes", "train", *sys.argv[2:]]))
    except QuotesError as exc:
        _fail(str(exc))
    for warning in report.warnings:
        click.echo(f"quotes: skipped {warning}", err=True)
    click.echo(format_report(report))


def _load_gold(path: Path, gold_format: str):
    from quotes import evaluation

    if gold_format == "brat":
        from quotes.brat import load_brat

        return load_brat(path)
    if path.is_dir():
        raise QuotesError(f"{path} is a folder; gold files in jsonl are files (--format brat reads folders)")
    return evaluation.load_gold(path)


@main.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", "docs", multiple=True, type=click.Path(exists=True),
              help="The input documents of the run (files or folders, as given to quotes extract): each "
                   "quote is exported with its context. Repeatable.")
@click.option("-n", "count", type=click.IntRange(min=1), default=200, show_default=True,
              help="How many quotes to export.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "labelstudio", "prodigy", "doccano"]),
              default="jsonl", show_default=True, help="The annotation tool's import format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the export here (default: standard output).")
@click.option("--random-share", type=click.FloatRange(0, 1), default=0.2, show_default=True,
              help="Share of the quotes drawn at random instead of by uncertainty.")
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--stance-model", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Stance model folder (default: the bundled models/stance/).")
@click.option("--trust-model", is_flag=True, help="As for quotes extract.")
def label(results: Path, docs: tuple[str, ...], count: int, fmt: str, output: Optional[Path],
          random_share: float, seed: int, stance_model: Optional[Path], trust_model: bool) -> None:
    """Export the quotes of RESULTS (quotes extract output) that the stance model is least sure
    about, with their context, for annotation; train on the annotated export with
    `quotes train EXPORT --with-bundled -o MODEL_DIR`."""
    from quotes.stance import load_stance_model
    from quotes.stance.export import export_tasks, labelstudio_config, record_inputs, select_tasks

    if output is not None and any(output.resolve() == Path(p).resolve() for p in (results, *docs)):
        _fail(f"{output} is an input of this command; choose another output file")
    try:
        model = load_stance_model(stance_model, trust_model=trust_model)
        records = _read_records(results)
        documents = _documents(docs, {str(r.get("doc_id")) for r in records})
        inputs, missing = record_inputs(records, documents)
        tasks = select_tasks(records, inputs, model, count, random_share=random_share, seed=seed)
        content = export_tasks(tasks, fmt, model.labels)
    except QuotesError as exc:
        _fail(str(exc))
    if not records:
        _fail(f"{results}: no quote records")
    if missing:
        click.echo(f"quotes: {missing} of {len(records)} quotes exported without context"
                   + ("" if docs else " (give the input documents with --docs)"), err=True)
    if output is None:
        click.echo(content, nl=False)
    else:
        _write_new(output, content)
        if fmt == "labelstudio":
            _write_new(output.with_suffix(".config.xml"), labelstudio_config(model.labels))
    picked = Counter(t.picked for t in tasks)
    click.echo(f"exported {len(tasks)} quotes ({picked['uncertain']} uncertain, {picked['random']} random) "
               f"of {len(records)}" + (f" to {output}" if output else ""), err=True)


def _read_records(path: Path) -> list[dict]:
    from quotes.documents import json_lines

    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc
    records = []
    for number, line in enumerate(json_lines(content), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            click.echo(f"quotes: skipped {path}:{number}: invalid JSON ({exc})", err=True)
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            records.append(record)
        else:
            click.echo(f"quotes: skipped {path}:{number}: not a quote record", err=True)
    return records


def _documents(inputs: tuple[str, ...], ids: set) -> dict:
    """The documents of ``inputs`` whose id is in ``ids`` (the others are not kept in memory)."""
    from quotes.documents import Document, read_corpus

    return {item.id: item for item in read_corpus(inputs) if isinstance(item, Document) and item.id in ids} \
        if inputs else {}


def _write_new(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file, so a failed write leaves no half file."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        click.echo(f"quotes: error: cannot write {path}: {exc}", err=True)
        sys.exit(EXIT_WRITE)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "gold_format", type=click.Choice(["jsonl", "brat"]), default="jsonl", show_default=True,
              help="jsonl: gold files in the project's format; brat: folders of brat standoff attributions "
                   "(PolNeAR: text/*.txt and attributions/*.ann).")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score these predictions (output of quotes extract) instead of running attribution.")
@click.option("--explain", is_flag=True, help="List every miss, false alarm and wrong speaker.")
@click.option("--json", "as_json", is_flag=True, help="Print one machine-readable JSON line.")
@click.option("--no-stance", is_flag=True, help="Do not run the stance classifier.")
def evaluate(gold: tuple[Path, ...], gold_format: str, pred: Optional[Path], explain: bool, as_json: bool,
             no_stance: bool) -> None:
    """Score attribution against GOLD files (JSON lines, see training/data/GOLD_GUIDE.md) or, with
    --format brat, folders of brat attributions (PolNeAR's; read as English). Each gold document is
    attributed in its own language, or --pred scores predictions made before.

    With several files, each is reported on its own, then all together; with --json that is one
    object {"files": {FILE: report}, "all": report}."""
    from quotes import evaluation

    try:
        sets = {str(path): _load_gold(path, gold_format) for path in gold}
        docs = [d for part in sets.values() for d in part]
        predictions = evaluation.load_predictions(pred) if pred else evaluation.predict(docs, stance=not no_stance)
        score = evaluation.scorer(predictions, stance_model=None if no_stance else _stance_model())
        report = score(docs)
        parts = {name: score(part) for name, part in sets.items()} if len(sets) > 1 else {}
    except QuotesError as exc:
        _fail(str(exc))
    if as_json:
        payload = {"files": {name: r.to_dict() for name, r in parts.items()}, "all": report.to_dict()} \
            if parts else report.to_dict()
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        for name, part_report in parts.items():
            click.echo(f"== {name}\n{evaluation.format_report(part_report)}\n")
        click.echo(f"== all {len(parts)} files\n{evaluation.format_report(report)}" if parts
                   else evaluation.format_report(report))
    if explain:
        from quotes.explain import explain as explain_report

        click.echo(explain_report(report))


@main.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--docs", multiple=True, help="The input documents of the run (files, folders, globs), to show "
                                            "each article with its quotes highlighted.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True)
@click.option("--title", default="quotes report", show_default=True)
def report(results: Path, docs: tuple[str, ...], output: Path, title: str) -> None:
    """One self-contained HTML report of RESULTS (output of quotes extract): counts, top speakers
    and their labels, stance over time by the records' date, filters, and the articles."""
    from quotes.report import render

    try:
        records = _read_records(results)
        documents = _documents(docs, {r.get("doc_id") for r in records})
    except QuotesError as exc:
        _fail(str(exc))
    if not records:
        _fail(f"{results}: no quote records")
    _write_new(output, render(records, {k: d.text for k, d in documents.items()}, title=title))
    shown = f", {len(documents)} articles" if docs else ""
    click.echo(f"report of {len(records)} quotes{shown} written to {output}", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 0.0.0.0 exposes the service to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, each loading the models once.")
@click.option("--no-stance", is_flag=True, help="Skip the stance classifier.")
@_stanza_dir_option
@_device_option
@click.option("--max-chars", type=click.IntRange(min=1), default=200_000, show_default=True,
              help="Refuse documents longer than this (413).")
@click.option("--max-batch", type=click.IntRange(min=1), default=100, show_default=True,
              help="Most documents in one batch request (413 beyond).")
@click.option("--timeout", "timeout_s", type=click.FloatRange(min=0.1), default=120.0, show_default=True,
              help="Seconds a request may take before it is answered 504.")
@click.option("--queue", type=click.IntRange(min=0), default=8, show_default=True,
              help="Requests that may wait per worker; more are answered 503 with Retry-After.")
@click.option("--cors-origin", "cors_origins", multiple=True,
              help="Allow browser calls from this origin (repeatable); CORS is off without it.")
def serve(host: str, port: int, workers: int, no_stance: bool, stanza_dir: Optional[Path], device: str,
          max_chars: int, max_batch: int, timeout_s: float, queue: int, cors_origins: tuple[str, ...]) -> None:
    """Serve attribution over HTTP: POST /v1/attribute, a page at /, API docs at /docs.

    Needs the serve extra: pip install -e '.[serve]'.
    """
    try:
        import uvicorn

        import quotes.service  # noqa: F401  (fastapi present)
        from quotes.parsing import check_device

        check_device(device)
    except ImportError as exc:
        _fail(f"quotes serve needs FastAPI and uvicorn ({exc.name} is missing): pip install -e '.[serve]'")
    except QuotesError as exc:
        _fail(str(exc))
    settings = {"attributor": {"stance": not no_stance, "stanza_dir": str(stanza_dir) if stanza_dir else None,
                               "device": device},
                "limits": {"max_chars": max_chars, "max_batch": max_batch, "timeout_s": timeout_s, "queue": queue},
                "cors_origins": list(cors_origins),
                "threads": max(1, (os.cpu_count() or 1) // workers)}
    os.environ["QUOTES_SERVE_OPTIONS"] = json.dumps(settings)
    click.echo(f"quotes: serving on http://{host}:{port} ({workers} worker{'s' * (workers > 1)}); "
               "models load at start-up", err=True)
    uvicorn.run("quotes.service:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info", timeout_graceful_shutdown=10)


def _stance_model():
    from quotes.stance import load_stance_model

    return load_stance_model()


if __name__ == "__main__":
    main()
