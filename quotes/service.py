"""The HTTP service behind ``quotes serve``: a FastAPI application over one :class:`Attributor`.

Endpoints (versioned under ``/v1``)::

    POST /v1/attribute         {text, id?, lang?, meta?, stance?} -> {doc_id, quotes: [records]}
    POST /v1/attribute/batch   {documents: [...]}                 -> {documents: [{doc_id, quotes | error}]}
    GET  /v1/models            model versions, labels, thresholds, key figures
    GET  /healthz              alive;  GET /readyz: models loaded
    GET  /                     a page that highlights an article's quotes

Records are exactly what ``quotes extract`` writes. Parsing runs in one worker thread per process
(an Attributor is not thread-safe), off the event loop, behind a bounded queue: when ``queue``
requests are already waiting, the answer is 503 with ``Retry-After``. Every error is an RFC 9457
problem details object; no traceback reaches a client. One log line per request.
"""

import asyncio
import json
import logging
import os
import time
import uuid
from http import HTTPStatus
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, Optional

from quotes import lang as languages
from quotes.documents import Document, check_text
from quotes.errors import DocumentError, QuotesError

logger = logging.getLogger("quotes.service")

PROBLEM = "application/problem+json"


@dataclass(frozen=True)
class Limits:
    """What one request may ask of a worker."""

    max_body_bytes: int = 8_000_000
    max_chars: int = 200_000
    """per document; the CLI's default is far higher, a request should stay short"""
    max_batch: int = 100
    timeout_s: float = 120.0
    queue: int = 8
    """requests waiting for the parser beyond the one it works on; more get 503"""
    retry_after_s: int = 5


class Problem(Exception):
    """An error answered as problem details (RFC 9457)."""

    def __init__(self, status: int, title: str, detail: str, headers: Optional[dict[str, str]] = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers = status, title, detail, headers or {}


class Gate:
    """At most ``1 + queue`` requests hold or wait for the parser thread; the rest are turned away."""

    def __init__(self, queue: int) -> None:
        self.capacity = queue + 1
        self.held = 0

    def enter(self) -> bool:
        if self.held >= self.capacity:
            return False
        self.held += 1
        return True

    def leave(self) -> None:
        self.held -= 1


def _too_large(limit: int):
    """The error a body past the limit raises where it is read: an HTTPException, which FastAPI
    passes on to the problem-details handler instead of calling it a parse error."""
    from starlette.exceptions import HTTPException

    return HTTPException(413, f"the request body is longer than the limit of {limit:,} bytes")


class BodyCap:
    """ASGI middleware: counts a request body's bytes as they arrive (with or without a
    Content-Length) and, past ``limit``, stops reading: the answer is 413 as problem details."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"")
        seen = int(declared) if declared.isdigit() and int(declared) > self.limit else 0  # refused unread

        async def counted():
            nonlocal seen
            if seen > self.limit:
                raise _too_large(self.limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _too_large(self.limit)
            return message

        await self.app(scope, counted, send)


def _document(payload: dict[str, Any], limits: Limits, default_id: str) -> Document:
    text = payload["text"]
    try:  # the CLI's check: empty (422) or over the limit (413)
        check_text(text, payload.get("id") or default_id, max_chars=limits.max_chars)
    except DocumentError as exc:
        too_long = len(text) > limits.max_chars
        raise Problem(413 if too_long else 422, "Document too long" if too_long else "Empty document",
                      str(exc)) from None
    try:  # the routing the CLI's documents get: a code, a name or auto
        code = languages.route({"lang": payload.get("lang")}, languages.DEFAULT, text)
    except DocumentError as exc:
        raise Problem(422, "Unknown language", str(exc)) from None
    if not languages.LANGUAGES[code].rules:
        raise Problem(422, "Unsupported language", languages.unsupported_message(languages.LANGUAGES[code]))
    meta = dict(payload.get("meta") or {})
    if payload.get("lang") not in (None, ""):
        meta["lang"] = payload["lang"]  # a document's own lang field, as in a JSON lines file
    return Document(payload.get("id") or default_id, text, meta)


def models_info(attributor) -> dict[str, Any]:
    """Versions, labels, thresholds and the key figures the model cards report."""
    from quotes import __version__
    from quotes.parsing import model_dir

    info: dict[str, Any] = {"quotes_version": __version__}
    stanza_dir = model_dir(attributor.parser.stanza_dir, attributor.parser.lang)
    meta_path = stanza_dir / "training_metadata.json"
    stanza: dict[str, Any] = {"folder": stanza_dir.name, "device": attributor.parser.device}
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        evaluated = meta.get("stages", {}).get("evaluate", {}).get("new", {})
        stanza["test_scores"] = evaluated.get("gold_tokens") or evaluated.get("raw_text")
        stanza["float16"] = "halved" in meta
    info["stanza"] = stanza
    model = attributor.stance_model
    if model is not None:
        meta = model.metadata
        info["stance"] = {"labels": list(model.labels), "thresholds": dict(model.thresholds),
                          "trained": meta.get("date"), "sklearn_version": meta.get("sklearn_version"),
                          "n_examples": meta.get("n_examples"),
                          "cv_macro_f1": (meta.get("cv_scores") or {}).get("macro_f1"),
                          "cv_macro_f1_on_article_quotes": (meta.get("cv_scores_in_articles") or {}).get("macro_f1")}
    else:
        info["stance"] = None
    return info


def create_app(attributor=None, *, limits: Limits = Limits(), options: Optional[dict[str, Any]] = None,
               cors_origins: tuple[str, ...] = ()):
    """The FastAPI application. ``attributor`` is used as given (tests share one); otherwise one is
    made from ``options``. Its models load at start-up. CORS is off unless ``cors_origins`` are given."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
    from pydantic import BaseModel, ConfigDict, Field
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from quotes import Attributor

    class AttributeRequest(BaseModel):
        model_config = ConfigDict(extra="forbid")
        text: str = Field(description="the article, plain text")
        id: Optional[str] = Field(None, description="document id (default 'doc')")
        lang: Optional[str] = Field(None, description="language: nl, en, or auto to detect it; without it, quotes serve detects each document's")
        meta: Optional[dict[str, Any]] = Field(None, description="copied into every record, as JSONL fields are")
        stance: bool = Field(True, description="false leaves stances and labels empty")

    class BatchRequest(BaseModel):
        model_config = ConfigDict(extra="forbid")
        documents: list[AttributeRequest]

    state: dict[str, Any] = {"attributor": attributor, "ready": False}
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quotes-parse")
    gate = Gate(limits.queue)

    async def lifespan(app):
        if state["attributor"] is None:
            state["attributor"] = Attributor(**{"lang": "auto", **(options or {})})  # the request says
        await asyncio.get_running_loop().run_in_executor(executor, state["attributor"].load)
        state["ready"] = True
        yield
        executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="quotes", version="1", lifespan=lifespan,
                  description="Quote, speaker and stance attribution for Dutch and English news articles.")

    def problem(request: Request, status: int, title: str, detail: str, headers: Optional[dict] = None):
        body = {"type": "about:blank", "title": title, "status": status, "detail": detail,
                "instance": request.url.path}
        return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem):
        return problem(request, exc.status, exc.title, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem(request, 400, "Malformed JSON", "the request body is not valid JSON")
        detail = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg')}"
                           for e in errors[:5])
        return problem(request, 422, "Invalid request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        cause = exc.__cause__  # FastAPI calls any failure to read the body a 400; the body cap's 413
        if isinstance(cause, BaseExceptionGroup):  # arrives in a group from the task that read it
            exc = next((e for e in cause.exceptions if isinstance(e, StarletteHTTPException)), exc)
        return problem(request, exc.status_code, HTTPStatus(exc.status_code).phrase, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        logger.exception("unexpected error on %s", request.url.path)
        return problem(request, 500, "Internal error", f"unexpected {type(exc).__name__}; see the server log")

    @app.middleware("http")
    async def _guard(request: Request, call_next):
        request.state.id = request.headers.get("x-request-id") or uuid.uuid4().hex[:12]
        request.state.chars = request.state.quotes = 0
        start = time.monotonic()
        if request.method == "POST" and "json" not in request.headers.get("content-type", ""):
            response = problem(request, 415, "Unsupported media type", "send the request body as application/json")
        else:  # bodies over the limit: BodyCap
            response = await call_next(request)
        response.headers["X-Request-Id"] = request.state.id
        logger.info("request %s %s %s %d %.3fs chars=%d quotes=%d", request.state.id, request.method,
                    request.url.path, response.status_code, time.monotonic() - start, request.state.chars,
                    request.state.quotes)
        return response

    async def run(request: Request, docs: list[Document], stance: list[bool]):
        if not state["ready"]:
            raise Problem(503, "Not ready", "the models are still loading", {"Retry-After": str(limits.retry_after_s)})
        if not gate.enter():
            raise Problem(503, "Busy", f"{gate.capacity} requests are already being served or waiting; retry later",
                          {"Retry-After": str(limits.retry_after_s)})
        try:
            loop = asyncio.get_running_loop()
            work = loop.run_in_executor(executor, lambda: list(state["attributor"].attribute_many(docs)))
            results = await asyncio.wait_for(work, limits.timeout_s)
        except asyncio.TimeoutError:
            raise Problem(504, "Timed out", f"attribution took longer than {limits.timeout_s:g} s") from None
        finally:
            gate.leave()
        out = []
        for (doc, value), with_stance in zip(results, stance):
            if isinstance(value, QuotesError):
                out.append({"doc_id": doc.id, "error": str(value)})
                continue
            quotes = value if with_stance else [replace(q, stances={}, labels=()) for q in value]
            out.append({"doc_id": doc.id, "quotes": [q.to_record() for q in quotes]})
            request.state.quotes += len(quotes)
        request.state.chars += sum(len(d.text) for d in docs)
        return out

    @app.post("/v1/attribute", summary="Quotes, speakers and stances of one article")
    async def attribute(body: AttributeRequest, request: Request):
        [result] = await run(request, [_document(body.model_dump(), limits, "doc")], [body.stance])
        if "error" in result:
            raise Problem(422, "Cannot attribute", result["error"])
        return result

    @app.post("/v1/attribute/batch", summary="Several articles in one request")
    async def attribute_batch(body: BatchRequest, request: Request):
        if not body.documents:
            raise Problem(422, "Empty batch", "documents is empty")
        if len(body.documents) > limits.max_batch:
            raise Problem(413, "Batch too large", f"{len(body.documents)} documents, more than the limit of "
                          f"{limits.max_batch}")
        docs = [_document(d.model_dump(), limits, f"doc-{i + 1}") for i, d in enumerate(body.documents)]
        return {"documents": await run(request, docs, [d.stance for d in body.documents])}

    @app.get("/v1/models", summary="Model versions, labels, thresholds and key figures")
    async def models():
        if state["attributor"] is None:
            raise Problem(503, "Not ready", "the models are still loading")
        return models_info(state["attributor"])

    @app.get("/healthz", summary="The process is alive")
    async def healthz():
        return {"status": "ok"}

    @app.get("/readyz", summary="The models are loaded")
    async def readyz():
        if not state["ready"]:
            raise Problem(503, "Not ready", "the models are still loading", {"Retry-After": str(limits.retry_after_s)})
        return {"status": "ready"}

    static = resources.files("quotes") / "static"

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page():
        return HTMLResponse((static / "index.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(BodyCap, limit=limits.max_body_bytes)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-Request-Id"])
    app.state.limits = limits
    return app


def app_from_env():
    """The application for ``uvicorn --factory``: options from ``QUOTES_SERVE_OPTIONS`` (JSON),
    set by ``quotes serve`` for its worker processes."""
    import torch

    settings = json.loads(os.environ.get("QUOTES_SERVE_OPTIONS") or "{}")
    if not logger.handlers:  # uvicorn configures its own loggers only: one line per request to stderr
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    torch.set_num_threads(int(settings.get("threads") or 1))
    return create_app(options=settings.get("attributor") or {}, limits=Limits(**(settings.get("limits") or {})),
                      cors_origins=tuple(settings.get("cors_origins") or ()))


__all__ = ["create_app", "app_from_env", "Limits", "models_info"]
