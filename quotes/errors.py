"""Exceptions raised by the quotes library.

The library raises these and never exits the process; the CLI maps them to a message and an exit code.
"""
from __future__ import annotations


class QuotesError(Exception):
    """Base class of all errors raised by the quotes library."""


class DocumentError(QuotesError):
    """A document cannot be read or decoded, is empty, binary, or larger than the limit."""


class ModelError(QuotesError):
    """A model directory or file is missing, incomplete or unreadable."""


class ParseError(QuotesError):
    """Stanza failed on a document that was read correctly."""


class UsageError(QuotesError):
    """An argument or option has a value the library cannot work with."""


class InternalError(QuotesError):
    """A bug in quotes met one document (an unexpected exception in the rules); the others go on."""
