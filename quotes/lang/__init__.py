"""Languages: what is language-specific lives in one package per language (``quotes/lang/nl/``,
``quotes/lang/en/``): its lexicon data files and the function words that tell it apart. This module
registers them by code and routes documents to one.

* :func:`language` turns a code into a :class:`Language`, or raises a UsageError that names the
  codes there are (and, for a language without rules yet, what is missing);
* :func:`detect` tells the registered languages apart by their most frequent function words,
  good enough for Dutch against English news (``tests/test_lang.py`` measures it on real articles);
* :func:`route` decides the language of one document: its own ``lang`` field (JSON lines and CSV
  field, ``.txt`` header line ``lang en``) wins; otherwise the run's option, where ``auto`` detects.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping, Optional

from quotes.errors import DocumentError, UsageError

AUTO = "auto"
DEFAULT = "nl"


@dataclass(frozen=True)
class Language:
    """A registered language. ``rules``: whether its lexicons and rules exist, so its documents can
    be attributed; ``missing`` says what is not there yet when they do not."""

    code: str
    name: str
    rules: bool
    missing: str = ""


LANGUAGES: dict[str, Language] = {
    "nl": Language("nl", "Dutch", True),
    "en": Language("en", "English", True),
}
SUPPORTED: tuple[str, ...] = tuple(code for code, lang in LANGUAGES.items() if lang.rules)
"""Codes whose documents can be attributed."""

_NAMES = {"dutch": "nl", "nederlands": "nl", "flemish": "nl", "vlaams": "nl", "english": "en", "engels": "en"}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
DETECT_CHARS = 20_000
"""Detection reads the first this many characters: plenty for a news article's function words."""


def normalize(value: Any) -> Optional[str]:
    """A registered code for a code, a regional code ("nl-BE", "en_US") or a name ("Dutch");
    ``auto`` stays ``auto``; None for anything else."""
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    if low == AUTO:
        return AUTO
    code = _NAMES.get(low, re.split(r"[-_]", low, maxsplit=1)[0])
    return code if code in LANGUAGES else None


def _known() -> str:
    return ", ".join([*LANGUAGES, AUTO])


def language(code: str, *, need_rules: bool = False) -> Language:
    """The language registered under ``code`` (normalized); UsageError for an unknown one, and with
    ``need_rules`` for one whose documents cannot be attributed yet."""
    found = normalize(code)
    if found is None or found == AUTO:
        raise UsageError(f"unknown language {code!r}; known: {_known()}")
    lang = LANGUAGES[found]
    if need_rules and not lang.rules:
        raise UsageError(unsupported_message(lang))
    return lang


def unsupported_message(lang: Language) -> str:
    return f"{lang.name} ({lang.code}) cannot be attributed yet: {lang.missing}; supported: {', '.join(SUPPORTED)}"


@lru_cache(maxsize=None)
def function_words(code: str) -> frozenset[str]:
    """The language's most frequent function words (``function_words_<code>.txt`` in its package)."""
    text = resources.files(f"quotes.lang.{code}").joinpath(f"function_words_{code}.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def detect(text: str, *, default: str = DEFAULT) -> str:
    """The registered language whose function words are most frequent in ``text``; ``default``
    when none has at least three more hits than the runner-up (a headline, a list of names)."""
    counts: Counter[str] = Counter()
    words = [w.lower() for w in _WORD.findall(text[:DETECT_CHARS])]
    for code in LANGUAGES:
        vocabulary = function_words(code)
        counts[code] = sum(w in vocabulary for w in words)
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 3:
        return default
    return ranked[0][0]


def route(meta: Mapping[str, Any], option: str, text: str) -> str:
    """The language of one document: its ``lang`` field if it has one, else ``option``; ``auto``
    (either way) detects it from ``text``. DocumentError for a field that names no language."""
    field = meta.get("lang")
    if field not in (None, ""):
        code = normalize(field)
        if code is None:
            raise DocumentError(f"lang field {field!r} is not a known language (known: {_known()})")
    else:
        code = normalize(option) or option
    return detect(text) if code == AUTO else code
