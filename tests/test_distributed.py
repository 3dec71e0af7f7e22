"""``quotes extract --engine dask``: a LocalCluster of two worker processes gives the local
runner's records; a worker killed mid-run loses nothing; a killed client resumes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from quotes import distributed  # noqa: E402
from quotes.documents import read_corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Two .txt files and a .jsonl of seven documents (one line broken), from the written gold set."""
    folder = tmp_path_factory.mktemp("corpus")
    gold = [json.loads(line) for line in (REPO / "training" / "data" / "gold_nl.jsonl").read_text("utf-8").splitlines()]
    for doc in gold[:2]:
        (folder / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
    lines = [json.dumps({"id": d["id"], "text": d["text"], "date": d.get("date")}, ensure_ascii=False)
             for d in gold[2:8]]
    lines.insert(3, "{not json")
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_records(corpus, attributor):
    from quotes.runner import run

    results = list(run(read_corpus([str(corpus)]), {}, attributor=attributor))
    return {r.doc_id: list(r.records) for r in results if r.error is None}, [r.doc_id for r in results if r.error]


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as lc, \
            Client(lc) as client:
        yield client


def _by_document(records):
    out: dict[str, list] = {}
    for r in records:
        out.setdefault(r["doc_id"], []).append(r)
    return out


def test_local_cluster_gives_the_local_runners_records(corpus, local_records, cluster, tmp_path):
    out = tmp_path / "out"
    manifest = distributed.run_corpus([str(corpus)], str(out), options={"stance": False}, partition_size=2,
                                      client=cluster)
    records, failed = local_records
    assert _by_document(distributed.read_records(str(out))) == {k: v for k, v in records.items() if v}
    assert manifest["documents"] == len(records) + len(failed) == 9 and manifest["failed"] == 1
    assert manifest["quotes"] == sum(map(len, records.values())) > 30
    errors = [json.loads(line) for p in out.glob("*.errors.jsonl") for line in p.read_text("utf-8").splitlines()]
    assert [e["doc_id"] for e in errors] == failed and "invalid JSON" in errors[0]["error"]
    names = sorted(p["name"] for p in manifest["partitions"])
    assert len(names) == 2 + 4 and names == sorted(p.name for p in distributed.plan(
        distributed.expand_inputs([str(corpus)]), 2))  # the same inputs, the same partition names


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(corpus, local_records, cluster, tmp_path):
    import threading

    out = tmp_path / "out"
    pids = list(cluster.run(os.getpid).values())

    def kill_one_worker_when_a_partition_is_done():
        deadline = time.monotonic() + 300
        while not list(out.glob("*.done.json")) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(pids[0], signal.SIGKILL)

    killer = threading.Thread(target=kill_one_worker_when_a_partition_is_done)
    killer.start()
    distributed.run_corpus([str(corpus)], str(out), options={"stance": False}, partition_size=1, client=cluster)
    killer.join()
    records = list(distributed.read_records(str(out)))
    assert len(records) == len({(r["doc_id"], r["quote_id"]) for r in records})  # exactly once
    assert _by_document(records) == {k: v for k, v in local_records[0].items() if v}
    assert pids[0] not in cluster.run(os.getpid).values()  # the kill did happen


def test_a_killed_client_resumes_without_recomputing(corpus, local_records, tmp_path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "quotes.cli", "extract", str(corpus), "--engine", "dask", "--scheduler",
               "local:2", "--partition-size", "1", "--no-stance", "-o", str(out)]
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    while len(list(out.glob("*.done.json"))) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(first.pid, signal.SIGKILL)  # the client and its local cluster, mid-run
    first.wait()
    kept = {p.name: p.stat().st_mtime_ns for p in out.glob("*.done.json")}
    assert 3 <= len(kept) < 8 and not (out / "manifest.json").exists()
    second = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert second.returncode == 1, second.stderr  # the broken JSON line is a failed document
    assert f"{len(kept)} of 9 partitions already complete" in second.stderr
    assert {p: (out / p).stat().st_mtime_ns for p in kept} == kept  # not recomputed
    assert _by_document(distributed.read_records(str(out))) == {k: v for k, v in local_records[0].items() if v}
    assert not list(out.glob("*.tmp-*"))
