"""The ``quotes`` command through click's CliRunner, and a killed run resumed in a subprocess."""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "2025-03_eu-debriefing-niet-eu-partners.txt"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_seed.txt").write_bytes(SEED.read_bytes())
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "d_latin1.txt").write_bytes("„Ça va”, zei de Franse minister in een café.".encode("latin-1", "replace"))
    (folder / "e_unbalanced.txt").write_text("„Dit gaat nooit dicht, zei de aannemer.\n\nDe bouw ligt stil.",
                                             encoding="utf-8")
    (folder / "f_huge.txt").write_text("Dit is een lange zin. " * 250_000, encoding="utf-8")  # 5.5 MB
    (folder / "g_good.txt").write_text("„We gaan door”, zei minister Hoekstra dinsdag.", encoding="utf-8")
    return folder


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_bad_inputs_are_reported_and_nothing_is_lost(corpus, tmp_path):
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--errors", str(errors),
                                       "--workers", "1", "--no-stance"])
    assert result.exit_code == 1, result.output
    docs = {Path(r["doc_id"]).name for r in _records(out)}
    assert {"a_seed.txt", "e_unbalanced.txt", "g_good.txt"} <= docs
    assert sum(1 for r in _records(out) if r["doc_id"].endswith("a_seed.txt")) == 13
    failed = {Path(e["doc_id"]).name: e["error"] for e in _records(errors)}
    assert set(failed) == {"b_empty.txt", "c_binary.txt", "d_latin1.txt", "f_huge.txt"}
    assert "empty" in failed["b_empty.txt"] and "binary" in failed["c_binary.txt"]
    assert "UTF-8" in failed["d_latin1.txt"] and "limit" in failed["f_huge.txt"]
    assert "skipped" in result.stderr and "done: 7 documents" in result.stderr and "4 failed" in result.stderr


def test_csv_output_and_jsonl_input(tmp_path):
    source = tmp_path / "docs.jsonl"
    source.write_text(json.dumps({"id": "art-1", "text": "„Het is een historische dag”, zegt burgemeester "
                                  "Femke Halsema.", "date": "2024-02-01"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--format", "csv", "--workers", "1"])
    assert result.exit_code == 0, result.output
    header, row = out.read_text(encoding="utf-8").splitlines()[:2]
    assert header.startswith("doc_id,quote_id,kind,text,start,end,speaker_mention")
    assert row.startswith("art-1,art-1#1,direct,Het is een historische dag,") and "2024-02-01" in row


def test_stdin(tmp_path):
    result = CliRunner().invoke(main, ["extract", "-", "--no-stance", "--workers", "1"],
                                input="Volgens de brandweer is de schade groot.\n")
    assert result.exit_code == 0
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["doc_id"] == "-" and record["speaker"]["mention"] == "de brandweer"


def test_stdin_takes_an_input_format(tmp_path):
    rows = [{"id": "a", "text": "Volgens de brandweer is de schade groot."},
            {"id": "a", "text": "Volgens de politie is de dader gevlucht."}]
    result = CliRunner().invoke(main, ["extract", "-", "--input-format", "jsonl", "--no-stance", "--workers", "1"],
                                input="".join(json.dumps(r) + "\n" for r in rows))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "a"]
    assert "repeated_id" not in records[0] and records[1]["repeated_id"] == 2
    assert "occurs more than once" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(tmp_path / "missing.txt")]).exit_code == 2
    assert runner.invoke(main, ["extract", str(SEED), "--resume"]).exit_code == 2
    assert runner.invoke(main, ["extract"]).exit_code == 2


def test_killed_run_resumes_with_every_record_once(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    sentences = ["„We gaan door met het plan”, zei minister Hoekstra.", "Volgens de brandweer is de schade groot.",
                 "De regering kondigde aan dat de belastingen omlaag gaan."]
    for i in range(12):
        (folder / f"doc{i:02}.txt").write_text(" ".join(sentences[j % 3] for j in range(i, i + 3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "quotes.cli", "extract", str(folder), "-o", str(out), "--no-stance", "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 240
    while time.time() < deadline and (not out.exists() or len(_records_safe(out)) < 4):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _records_safe(out)
    assert 0 < len(partial) < 36, "the run was not interrupted midway"
    done = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    records = _records(out)
    keys = [(r["doc_id"], r["start"], r["end"]) for r in records]
    assert len(keys) == len(set(keys)) == 36
    assert {Path(r["doc_id"]).name for r in records} == {f"doc{i:02}.txt" for i in range(12)}


@pytest.mark.slow
def test_a_run_killed_at_several_random_points_ends_with_every_record_once(tmp_path):
    """Fault injection: SIGKILL at seeded random points (by records written, plus a random delay
    that can land inside a write), resuming each time; the final output has every record once."""
    import random

    folder = tmp_path / "many"
    folder.mkdir()
    sentences = ["„We gaan door met het plan”, zei minister Hoekstra.", "Volgens de brandweer is de schade groot.",
                 "De regering kondigde aan dat de belastingen omlaag gaan."]
    for i in range(16):
        (folder / f"doc{i:02}.txt").write_text(" ".join(sentences[j % 3] for j in range(i, i + 3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "quotes.cli", "extract", str(folder), "-o", str(out), "--no-stance",
           "--workers", "1", "--resume"]
    rng = random.Random(20261130)
    seen = []
    for target in sorted(rng.sample(range(2, 44), 3)):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 240
        while time.time() < deadline and proc.poll() is None and \
                (not out.exists() or len(_records_safe(out)) < target):
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.05))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        seen.append((target, proc.returncode, len(_records_safe(out))))
    assert all(code == -signal.SIGKILL for _, code, _ in seen), f"a run ended before its kill: {seen}"
    assert all(written < 48 for _, _, written in seen), seen
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    keys = [(r["doc_id"], r["start"], r["end"]) for r in _records(out)]
    assert len(keys) == len(set(keys)) == 48


def _records_safe(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n")[:-1] if line.strip()]


def test_official_models_option_needs_a_stanza_resources_folder(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(SEED), "--stanza-resources", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 2
    assert "resources.json" in result.stderr


def test_unwritable_output_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(SEED), "-o", str(tmp_path / "no" / "such" / "out.jsonl")])
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_evaluate_reports_each_gold_file_and_all(tmp_path):
    text = "„Ik kom morgen”, zei Anna Bakker."
    quote = {"start": 1, "end": 14, "text": "Ik kom morgen", "kind": "direct", "speaker": "Anna Bakker",
             "speaker_aliases": [], "cue": "zei", "stances": [], "optional": False}
    for name in ("a", "b"):
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"id": name, "lang": "nl", "text": text,
                                                             "quotes": [quote]}) + "\n", encoding="utf-8")
    right = {"doc_id": "a", "start": 1, "end": 14, "kind": "direct", "speaker": {"name": "Anna Bakker"}}
    wrong = dict(right, doc_id="b", speaker={"name": "Jan Smit"})
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(right) + "\n" + json.dumps(wrong) + "\n", encoding="utf-8")
    gold = [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    result = CliRunner().invoke(main, ["evaluate", *gold, "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [report["files"][g]["speaker"]["accuracy"] for g in gold] == [1.0, 0.0]
    assert report["all"]["speaker"]["accuracy"] == 0.5
    text_result = CliRunner().invoke(main, ["evaluate", *gold, "--pred", str(pred)])
    assert text_result.stdout.count("speaker accuracy") == 3 and "== all 2 files" in text_result.stdout


# --------------------------------------------------------------------------
# nothing lost: outputs that are inputs, checks before writing, line separators, cut files


def test_output_that_is_an_input_is_refused_and_kept(tmp_path):
    data = tmp_path / "x.jsonl"
    content = json.dumps({"id": "a", "text": "„Dit is een test”, zei Jan."}) + "\n"
    data.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(data), "-o", str(data), "--no-stance"])
    assert result.exit_code == 2 and "both an input and an output" in result.stderr
    assert data.read_text(encoding="utf-8") == content


def test_a_run_that_cannot_start_leaves_the_output_as_it_was(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("„Dit is een test”, zei Jan.", encoding="utf-8")
    keep = tmp_path / "keep.jsonl"
    keep.write_text("earlier results\n", encoding="utf-8")
    for extra in (["--errors", str(tmp_path / "nodir" / "e.jsonl")], ["--stance-model", str(tmp_path / "nomodel")]):
        result = CliRunner().invoke(main, ["extract", str(doc), "-o", str(keep), *extra])
        assert result.exit_code == 2, (extra, result.output)
        assert keep.read_text(encoding="utf-8") == "earlier results\n"


def test_output_inside_the_input_folder_is_not_read_back(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("„Dit is een test”, zei burgemeester Jan Smit.", encoding="utf-8")
    out = folder / "out.jsonl"
    first = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "--no-stance"])
    assert first.exit_code == 0, first.output
    records = out.read_text(encoding="utf-8")
    second = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "--no-stance", "--resume"])
    assert second.exit_code == 0, second.output
    assert out.read_text(encoding="utf-8") == records and records.count("\n") == 1


def test_json_lines_split_at_line_feeds_only(tmp_path):
    from quotes.documents import jsonl_items
    from quotes.writers import json_line

    text = "Eerste regel\u2028tweede\u0085derde."
    data = (json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n").encode("utf-8")
    [doc] = list(jsonl_items(data, "x.jsonl"))
    assert doc.text == text
    line = json_line({"doc_id": "a", "text": text})
    assert line.count("\n") == 1 and "\u2028" not in line and json.loads(line)["text"] == text


def test_resume_drops_a_line_cut_inside_a_character(tmp_path):
    from quotes.writers import done_documents

    out = tmp_path / "out.jsonl"
    whole = [json.dumps({"doc_id": d, "text": "één"}, ensure_ascii=False) + "\n" for d in ("a", "b", "c")]
    cut = "".join(whole).encode("utf-8")[:-4]  # inside the last "é"
    out.write_bytes(cut)
    assert done_documents(out) == {"a": 1}  # b is the last complete document: redone
    assert out.read_text(encoding="utf-8") == whole[0]


def test_a_bug_on_one_document_is_reported_and_the_others_go_on(attributor, monkeypatch):
    from quotes import attribution
    from quotes.documents import Document
    from quotes.errors import InternalError

    real = attribution.attribute_parsed

    def broken(doc, parsed, lex=None, times=None):
        if doc.id == "bad":
            raise IndexError("list index out of range")
        return real(doc, parsed, lex, times)

    monkeypatch.setattr(attribution, "attribute_parsed", broken)
    docs = [Document(i, "„Dit is een test”, zei Jan Smit.") for i in ("good", "bad", "also")]
    outcome = dict((doc.id, value) for doc, value in attributor.attribute_many(docs))
    assert isinstance(outcome["bad"], InternalError) and "IndexError" in str(outcome["bad"])
    assert len(outcome["good"]) == 1 and len(outcome["also"]) == 1


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    from quotes.writers import open_output

    doc = tmp_path / "doc.txt"
    doc.write_text("„Dit is een test”, zei Jan.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("from the first run\n", encoding="utf-8")
    held = open_output(out, append=True)  # the first run, still writing
    try:
        result = CliRunner().invoke(main, ["extract", str(doc), "-o", str(out), "--no-stance"])
    finally:
        held.close()
    assert result.exit_code == 2 and "another quotes run is writing it" in result.stderr
    assert out.read_text(encoding="utf-8") == "from the first run\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_3(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("„Dit is een test”, zei burgemeester Jan Smit.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(doc), "-o", "/dev/full", "--no-stance"])
    assert result.exit_code == 3, result.output
    assert "cannot write the output" in result.stderr and "Traceback" not in result.output


def test_a_failed_write_leaves_complete_lines(tmp_path):
    from quotes.writers import RecordWriter

    class Full(io.StringIO):
        def __init__(self, path):
            super().__init__()
            self.handle = open(path, "w", encoding="utf-8")
            self.calls = 0

        def write(self, text):
            self.calls += 1
            if self.calls > 1:
                self.handle.write(text[:5])
                self.handle.flush()
                raise OSError(28, "No space left on device")
            return self.handle.write(text)

        def flush(self):
            self.handle.flush()

        def tell(self):
            return self.handle.tell()

        def seekable(self):
            return True

        def fileno(self):
            return self.handle.fileno()

    path = tmp_path / "out.jsonl"
    stream = Full(path)
    writer = RecordWriter(stream)
    writer.write_document([{"doc_id": "a", "text": "één"}])
    with pytest.raises(OSError):
        writer.write_document([{"doc_id": "b", "text": "twee"}])
    stream.handle.close()
    assert [json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()] == ["a"]


@pytest.mark.parametrize("workers", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_a_damaged_model_file_is_one_line_and_exit_2(tmp_path, workers):
    from quotes.parsing import DEFAULT_MODEL_DIR

    models = tmp_path / "models"
    models.mkdir()
    for source in DEFAULT_MODEL_DIR.iterdir():
        (models / source.name).symlink_to(source)
    parser = (models / "parser.pt")
    data = parser.read_bytes()
    parser.unlink()
    parser.write_bytes(data[:len(data) // 3])  # a download cut short
    docs = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("„Dit is een test”, zei Jan.", encoding="utf-8")
        docs.append(str(tmp_path / name))
    result = CliRunner().invoke(main, ["extract", *docs, "--no-stance", "--stanza-dir", str(models),
                                       "--workers", str(workers)])
    assert result.exit_code == 2, result.output
    assert "cannot load the Stanza models" in result.stderr and "Traceback" not in result.stderr


class _Payload:
    """Unpickling this creates a marker file: what a malicious model file would do."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_stanza_model_files_load_without_running_their_code(tmp_path):
    import torch

    from quotes.parsing import DEFAULT_MODEL_DIR

    models = tmp_path / "models"
    models.mkdir()
    for source in DEFAULT_MODEL_DIR.iterdir():
        (models / source.name).symlink_to(source)
    marker = tmp_path / "payload-ran"
    (models / "tokenizer.pt").unlink()
    torch.save({"model": _Payload(marker)}, models / "tokenizer.pt")
    (tmp_path / "a.txt").write_text("„Dit is een test”, zei Jan.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--no-stance", "--stanza-dir", str(models)])
    assert result.exit_code == 2 and "cannot load the Stanza models" in result.stderr
    assert not marker.exists(), "torch.load ran code from a model file (weights_only must stay on)"


def test_an_empty_input_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty"), "--no-stance"])
    assert result.exit_code == 2 and "no documents found" in result.stderr


def _corpus_of(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:02}.txt").write_text("„We gaan door met het plan”, zei minister Hoekstra. " * 3,
                                              encoding="utf-8")


@pytest.mark.slow
def test_sigterm_stops_like_ctrl_c_with_exit_143(tmp_path):
    _corpus_of(tmp_path / "many", 40)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "quotes.cli", "extract", str(tmp_path / "many"), "-o", str(out), "--no-stance",
           "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    while time.time() < deadline and (not out.exists() or len(_records_safe(out)) < 3):
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert "quotes: stopped" in err and "--resume" in err and "Traceback" not in err


@pytest.mark.slow
def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    _corpus_of(tmp_path / "many", 30)
    cmd = f"{sys.executable} -m quotes.cli extract {tmp_path / 'many'} --no-stance --workers 1 | head -n 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "Traceback" not in done.stderr and "Broken pipe" not in done.stderr


def test_resume_with_a_repeated_id_loses_no_document(tmp_path):
    docs = tmp_path / "docs.jsonl"
    texts = {"x": "„Eerst dit”, zei Jan Smit.", "y": "„Dan dat”, zei Piet de Vries.", "z": "„En dan nog dit”, zei Anna Bos."}
    rows = [("x", texts["x"]), ("y", texts["y"]), ("z", texts["z"]), ("x", "„Tot slot”, zei Karel Peeters.")]
    docs.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in rows),
                    encoding="utf-8")
    out = tmp_path / "out.jsonl"
    full = CliRunner().invoke(main, ["extract", str(docs), "-o", str(out), "--no-stance"])
    assert full.exit_code == 0 and "occurs more than once" in full.stderr
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert [json.loads(line)["doc_id"] for line in complete] == ["x", "y", "z", "x"]
    out.write_text("".join(complete[:2]) + complete[2][:10], encoding="utf-8")  # killed while writing z
    resumed = CliRunner().invoke(main, ["extract", str(docs), "-o", str(out), "--no-stance", "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == complete


def test_device_cuda_without_a_gpu_stops_before_any_output(tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(SEED), "--device", "cuda", "-o", str(out)])
    assert result.exit_code == 2 and "sees no CUDA GPU" in result.stderr
    assert not out.exists()


def test_folder_output_and_dask_option_mistakes_are_usage_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(SEED), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.stderr
    result = runner.invoke(main, ["extract", str(SEED), "--engine", "dask"])
    assert result.exit_code == 2 and "needs -o OUT_DIR" in result.stderr
    result = runner.invoke(main, ["extract", str(SEED), "--engine", "dask", "--resume", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "does not take --resume" in result.stderr
    assert not (tmp_path / "o").exists()
