"""Seconds spent per stage of the pipeline, summed over documents: what the benchmark reports."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager


class StageTimes:
    """A running total of seconds per stage name (``tokenize``, ``rules``, ``speakers`` …)."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - started

    def as_dict(self) -> dict[str, float]:
        return {name: round(value, 3) for name, value in self.seconds.items()}
