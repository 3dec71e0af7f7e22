"""quotes: quote, speaker and stance attribution for Dutch and English news articles.

>>> from quotes import attribute
>>> for q in attribute(text):  # doctest: +SKIP
...     print(q.kind, q.speaker.name, q.text)
"""
from __future__ import annotations

from quotes.attribution import Attributor, attribute
from quotes.errors import QuotesError
from quotes.types import Cue, Quote, Speaker, Span

__all__ = ["attribute", "Attributor", "Quote", "Speaker", "Cue", "Span", "QuotesError"]
__version__ = "0.1.0"
