#!/usr/bin/env python
"""Load test of ``quotes serve`` on the loopback interface only.

    python benchmarks/load.py [--clients 8] [--seconds 60] [--workers 1] [--queue 8] [--no-stance]

Starts ``quotes serve`` on a free 127.0.0.1 port (or uses ``--url`` of a running one, which must
be a loopback address), waits for ``/readyz``, then runs ``--clients`` concurrent clients for at
most ``--seconds``, each posting real newspaper articles (the benchmark corpus of ``bench.py``:
``../shared/news-nl``, or the project's own articles without it) to ``/v1/attribute`` one after
another. Prints requests/s, characters/s, p50/p95/max latency and the answers by status: under
overload only deliberate 503s (queue full) may appear besides 200. Exits 1 on any other status.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import build_corpus  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, args: argparse.Namespace, log) -> subprocess.Popen:
    """The server, its log (a line per request) going to ``log``: a pipe nobody reads would fill and
    stall it."""
    command = [sys.executable, "-m", "quotes.cli", "serve", "--port", str(port), "--workers", str(args.workers),
               "--queue", str(args.queue)] + (["--no-stance"] if args.no_stance else [])
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True)


async def wait_ready(client, url: str, server, timeout: float = 180) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"the server stopped (exit {server.returncode}); its log is in {server.log_path}")
        try:
            if (await client.get(url + "/readyz")).status_code == 200:
                return time.monotonic() - start
        except Exception:  # not listening yet
            pass
        await asyncio.sleep(0.5)
    raise SystemExit("the server did not become ready")


async def run(args: argparse.Namespace, texts: list[str], url: str, server) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=args.clients)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        ready_s = await wait_ready(client, url, server)
        latencies: list[float] = []
        statuses: Counter = Counter()
        chars = 0
        deadline = time.monotonic() + args.seconds

        async def one_client(k: int) -> None:
            nonlocal chars
            i = k
            while time.monotonic() < deadline:
                text = texts[i % len(texts)]
                i += args.clients
                start = time.monotonic()
                response = await client.post(url + "/v1/attribute", json={"text": text, "id": f"doc-{i}"})
                statuses[response.status_code] += 1
                if response.status_code == 200:
                    latencies.append(time.monotonic() - start)
                    chars += len(text)
                elif response.status_code == 503:
                    await asyncio.sleep(float(response.headers.get("retry-after", "1")) / 10)

        start = time.monotonic()
        await asyncio.gather(*(one_client(k) for k in range(args.clients)))
        wall = time.monotonic() - start
    latencies.sort()
    q = statistics.quantiles(latencies, n=20) if len(latencies) >= 2 else latencies * 19
    return {"clients": args.clients, "workers": args.workers, "queue": args.queue, "stance": not args.no_stance,
            "ready_s": round(ready_s, 1), "wall_s": round(wall, 1), "answered": len(latencies),
            "requests_per_s": round(len(latencies) / wall, 2), "chars_per_s": round(chars / wall),
            "p50_s": round(q[9], 2) if q else None, "p95_s": round(q[18], 2) if q else None,
            "max_s": round(latencies[-1], 2) if latencies else None, "statuses": dict(sorted(statuses.items()))}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=60.0, help="at most this long (capped at 60)")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--queue", type=int, default=8)
    p.add_argument("--docs", type=int, default=200, help="articles in the corpus the clients cycle through")
    p.add_argument("--no-stance", action="store_true")
    p.add_argument("--url", default=None, help="a running server on 127.0.0.1 / localhost / ::1")
    args = p.parse_args()
    args.seconds = min(args.seconds, 60.0)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_corpus(args.docs, 7, corpus)
        texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    server = None
    log = tempfile.NamedTemporaryFile("w", prefix="quotes-serve-", suffix=".log", delete=False)
    if args.url:
        if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
            p.error("--url must be a loopback address: this script does not load other machines")
        url = args.url.rstrip("/")
    else:
        port = free_port()
        server = start_server(port, args, log)
        server.log_path = log.name
        url = f"http://127.0.0.1:{port}"
    try:
        result = asyncio.run(run(args, texts, url, server))
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)
    log.close()
    result["machine"] = f"{os.cpu_count()} cores"
    result["server_log"] = log.name
    print(json.dumps(result))
    return 0 if set(result["statuses"]) <= {200, 503} else 1


if __name__ == "__main__":
    raise SystemExit(main())
