"""Shared fixtures: one Stanza-backed Attributor for the whole session (models load once)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "2025-03_eu-debriefing-niet-eu-partners.txt"


@pytest.fixture(scope="session")
def attributor():
    from quotes import Attributor

    return Attributor(stance=False)


@pytest.fixture(scope="session")
def stance_attributor():
    from quotes import Attributor

    return Attributor(stance=True)


@pytest.fixture(scope="session")
def seed_doc():
    from quotes.documents import txt_document

    return txt_document(SEED.read_bytes(), SEED.name)


@pytest.fixture(scope="session")
def seed_quotes(stance_attributor, seed_doc):
    return stance_attributor.attribute_document(seed_doc)


@pytest.fixture(scope="session")
def english_attributor():
    """The English models and rules, loaded once (``lang="en"``)."""
    from quotes import Attributor

    return Attributor(lang="en", stance=False)
