"""Helpers for extractor tests: a Document from a sentence and a jurisdiction."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts


@pytest.fixture
def facts_of():
    """Extract the facts of a text written by a reporting organ (its ``organ`` header)."""

    def run(text: str, organ: str = "苏州市人民代表大会常务委员会") -> Facts:
        return extract(Document(text=text, source="test", metadata={"organ": organ}))

    return run
