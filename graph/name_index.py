"""The contract of a store's name index: the names it holds and the three questions it answers.

:mod:`graph.search_index` decides what is indexed and how matches rank; each backend answers
these questions natively (:mod:`graph.search_fts` on the embedded store, :mod:`graph.search_neo4j`
on Neo4j). Kept apart so that the backends' interface can name it without importing the search.
"""
from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ontology.textform import search_tokens


class Name(NamedTuple):
    """One name of a resource: ``label`` is the resource's own label to show, ``types`` its okg
    class local names, ``key`` the name's search key (a tuple: thousands are made per query)."""

    iri: str
    name: str
    alias: bool
    key: str
    label: str
    types: tuple[str, ...]

    @property
    def terms(self) -> str:
        """The name's index terms, space-separated."""
        return " ".join(search_tokens(self.name))


@dataclass(frozen=True)
class Query:
    """What a backend is asked: the key, the terms in order (the last one a word's start when it is
    not Han), and the Han characters for an abbreviation (two or more, else none)."""

    key: str
    terms: tuple[str, ...]
    prefix_last: bool
    chars: tuple[str, ...]


class NameIndex(ABC):
    """One store's name index. Every query returns at most ``limit`` names, shortest key first,
    of resources having one of ``types`` (okg local names) when given."""

    @abstractmethod
    def hashes(self) -> dict[str, str]:
        """``{graph IRI: content hash}`` of the graphs whose names are indexed."""

    @abstractmethod
    def replace(self, graph: str, content_hash: str | None, names: list[Name]) -> None:
        """One transaction: the graph's names become ``names``; with ``content_hash`` None the graph is gone."""

    @abstractmethod
    def clear(self) -> None:
        """Forget every name and graph."""

    @abstractmethod
    def starting(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        """Names whose key starts with the query's key (equal included)."""

    @abstractmethod
    def containing(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        """Names holding the query's terms in order, side by side."""

    @abstractmethod
    def abbreviating(self, query: Query, types: list[str] | None, limit: int) -> list[Name]:
        """Names holding every one of the query's ``chars`` (a backend may also ask their order)."""

    def close(self) -> None:
        """Release files."""


class OpenedIndex:
    """Where a store keeps its name index once opened: one opening per store (under a lock), dropped
    when the index cannot follow a write, so that the next use opens and levels it afresh."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: NameIndex | None = None

    def get(self, opening: Callable[[], NameIndex]) -> NameIndex:
        """The open index, or the one ``opening`` gives (opened and levelled) when there is none."""
        with self._lock:
            if self._index is None:
                self._index = opening()
            return self._index

    def drop(self) -> NameIndex | None:
        """Forget the open index and hand it back (None when none was open)."""
        index, self._index = self._index, None
        return index
