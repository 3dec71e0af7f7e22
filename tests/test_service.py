"""The HTTP service (``quotes serve``) through FastAPI's TestClient on the session's Attributor,
and one real ``quotes serve`` process on a loopback port."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from quotes.service import Limits, create_app  # noqa: E402


SEED = Path(__file__).resolve().parent.parent / "seeds" / "2025-03_eu-debriefing-niet-eu-partners.txt"
ARTICLE = ("Minister Jan de Vries sprak dinsdag in Den Haag. „We blijven Oekraïne steunen, zo lang als nodig”, "
           "zei hij. Volgens oppositieleider Els Bakker is het geld beter thuis besteed.")


@pytest.fixture(scope="module")
def client(stance_attributor):
    with TestClient(create_app(stance_attributor, limits=Limits(max_chars=20_000, max_batch=3,
                                                                max_body_bytes=200_000))) as c:
        yield c


def _is_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"] and "Traceback" not in response.text
    return body


def test_attribute_gives_the_records_the_cli_writes(client, stance_attributor, seed_doc):
    text = seed_doc.text
    response = client.post("/v1/attribute", json={"text": text, "id": "seed", "meta": {"date": "2025-03"}})
    assert response.status_code == 200, response.text
    body = response.json()
    expected = [q.to_record() for q in stance_attributor.attribute(text, doc_id="seed", meta={"date": "2025-03"})]
    assert body["doc_id"] == "seed" and body["quotes"] == expected and len(expected) >= 10
    assert all(q["date"] == "2025-03" for q in body["quotes"])
    assert response.headers["x-request-id"]


def test_attribute_without_stance_leaves_it_empty(client):
    body = client.post("/v1/attribute", json={"text": ARTICLE, "stance": False}).json()
    assert body["quotes"] and all(q["stances"] == {} and q["labels"] == [] for q in body["quotes"])
    speakers = {q["speaker"]["name"] for q in body["quotes"]}
    assert {"Jan de Vries", "Els Bakker"} <= speakers


def test_batch_keeps_input_order_and_reports_each_document(client):
    docs = [{"id": "b", "text": ARTICLE}, {"id": "a", "text": "Geen citaten hier. Het regent."}]
    body = client.post("/v1/attribute/batch", json={"documents": docs}).json()
    assert [d["doc_id"] for d in body["documents"]] == ["b", "a"]
    assert body["documents"][0]["quotes"] and body["documents"][1]["quotes"] == []


def test_models_names_labels_thresholds_and_figures(client):
    body = client.get("/v1/models").json()
    assert body["stance"]["labels"] == ["supportive_of_ukraine", "pro_nato", "mediation_offer"]
    assert set(body["stance"]["thresholds"]) == set(body["stance"]["labels"])
    assert 0.5 < body["stance"]["cv_macro_f1"] < 1 and body["stanza"]["float16"] is True


def test_health_ready_openapi_and_page(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    schema = client.get("/openapi.json").json()
    assert {"/v1/attribute", "/v1/attribute/batch", "/v1/models"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "/static/highlight.js" in page.text and "http" not in page.text.split(
        "<body>")[0].replace("http-equiv", "")
    assert "function quotesRender" in client.get("/static/highlight.js").text


@pytest.mark.parametrize("payload, status", [
    ({"text": ""}, 422),
    ({"text": "   "}, 422),
    ({"nottext": "x"}, 422),
    ({"text": 5}, 422),
    ({"text": "Hallo.", "lang": "fr"}, 422),
    ({"text": "Hallo.", "extra": 1}, 422),
    ({"text": "x" * 20_001}, 413),
])
def test_bad_documents_are_problem_details(client, payload, status):
    _is_problem(client.post("/v1/attribute", json=payload), status)


def test_language_auto_detects_and_each_language_is_read_with_its_own_models(stance_attributor):
    from quotes import Attributor

    english = ('"We will go on," the minister said on Tuesday. He added that the government would keep '
               "supporting Ukraine, and that there was no reason to change the policy.")
    with TestClient(create_app(stance_attributor)) as dutch_only:  # a service made for --lang nl
        body = _is_problem(dutch_only.post("/v1/attribute", json={"text": english, "lang": "auto"}), 422)
        assert body["title"] == "Cannot attribute" and "this run reads nl" in body["detail"]
    with TestClient(create_app(Attributor(lang="auto", stance=False))) as both:  # quotes serve's default
        found = both.post("/v1/attribute", json={"text": english, "lang": "auto"})
        assert found.status_code == 200, found.text
        quotes = found.json()["quotes"]
        assert [(q["kind"], q["cue"]["lemma"], q["speaker"]["mention"]) for q in quotes][:1] == \
            [("direct", "say", "the minister")]
        regional = both.post("/v1/attribute", json={"text": english, "lang": "en-GB"}).json()["quotes"]
        assert [q["text"] for q in regional] == [q["text"] for q in quotes] and regional[0]["lang"] == "en-GB"
        dutch = both.post("/v1/attribute", json={"text": ARTICLE})  # no lang: detected
        assert dutch.status_code == 200 and dutch.json()["quotes"][0]["cue"]["lemma"] == "zeggen"


def test_malformed_json_wrong_type_oversized_body_and_batch(client):
    _is_problem(client.post("/v1/attribute", content=b"{not json", headers={"content-type": "application/json"}), 400)
    _is_problem(client.post("/v1/attribute", content=b"text", headers={"content-type": "text/plain"}), 415)
    big = json.dumps({"text": "a" * 250_000}).encode()
    _is_problem(client.post("/v1/attribute", content=big, headers={"content-type": "application/json"}), 413)
    _is_problem(client.post("/v1/attribute/batch", json={"documents": [{"text": ARTICLE}] * 4}), 413)

    def chunks():  # no Content-Length: the cap counts the bytes as they come
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * 10_000
        yield b'"}'

    body = _is_problem(client.post("/v1/attribute", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert "200,000 bytes" in body["detail"]
    _is_problem(client.post("/v1/attribute/batch", json={"documents": []}), 422)
    _is_problem(client.get("/v1/nothing"), 404)


class _Slow:
    """An attributor whose work takes a while, to fill the queue."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def load(self) -> None:
        pass

    def attribute_many(self, docs):
        time.sleep(self.seconds)
        return [(d, []) for d in docs]


def test_a_full_queue_answers_503_with_retry_after_and_a_slow_request_504():
    app = create_app(_Slow(1.5), limits=Limits(queue=0, timeout_s=1.0))
    with TestClient(app) as c:
        results = []
        first = threading.Thread(target=lambda: results.append(c.post("/v1/attribute", json={"text": "Eén."})))
        first.start()
        time.sleep(0.3)
        busy = c.post("/v1/attribute", json={"text": "Twee."})
        first.join()
    body = _is_problem(busy, 503)
    assert busy.headers["retry-after"] and "retry" in body["detail"]
    _is_problem(results[0], 504)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_a_real_server_answers_and_stops_cleanly_on_sigterm():
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "quotes.cli", "serve", "--port", str(port), "--no-stance"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read() if proc.poll() else "slow"
            time.sleep(0.5)
        response = httpx.post(f"http://127.0.0.1:{port}/v1/attribute", json={"text": SEED.read_text("utf-8")},
                              timeout=60)
        assert response.status_code == 200 and len(response.json()["quotes"]) >= 10
    finally:
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=60)[0]
    # uvicorn finishes the requests in flight, shuts the application down, then dies of the signal it got
    assert proc.returncode in (0, -signal.SIGTERM), output
    assert "Application shutdown complete" in output and "Finished server process" in output
    assert "POST /v1/attribute 200" in output  # our one line per request



def _fuzz_bodies():
    from hypothesis import strategies as st

    scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
               | st.text(max_size=30))  # JSON has no NaN or infinity
    anything = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                            | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=10)
    quote_chars = st.sampled_from(list("„”“‘’«»\"',.:;!? \nabcXYZéë0-—…") + ["zei hij", "Volgens", "aldus"])
    texts = st.lists(quote_chars, max_size=60).map("".join) | st.text(max_size=200)
    documents = st.fixed_dictionaries({"text": texts}, optional={
        "id": st.text(max_size=20) | st.integers(), "lang": st.sampled_from(["nl", "en", "", None]),
        "meta": anything, "stance": st.booleans() | st.none()})
    return st.one_of(anything, documents, st.fixed_dictionaries({"documents": st.lists(documents, max_size=3)}))


def test_schema_fuzzing_finds_no_server_error(client):
    """Random JSON bodies and random documents (quote marks, cues, odd characters) at every POST
    endpoint: answers are 2xx or a problem with a 4xx status, never 5xx."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              derandomize=True)  # the same 150 bodies in every run: CI stays reproducible
    @given(body=_fuzz_bodies(), path=st.sampled_from(["/v1/attribute", "/v1/attribute/batch"]))
    def check(body, path):
        response = client.post(path, json=body)
        assert response.status_code < 500, (path, body, response.text)
        if response.status_code >= 400:
            assert response.json()["status"] == response.status_code

    check()
