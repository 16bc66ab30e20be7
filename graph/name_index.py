"""The contract of a store's name index: the names it holds, and one ranked search it answers.

:mod:`graph.search_index` decides what is indexed; the ranking is stated here (:data:`TIERS`, :func:`span`)
and each backend answers it natively, inside its own engine (:mod:`graph.search_fts` on the embedded
store, :mod:`graph.search_neo4j` on Neo4j), so that only a page of results and the counts leave it.
Kept apart so that the backends' interface can name it without importing the search.

The ranking: a name matching the query's key is in the first tier of :data:`TIERS` it meets (the name
is the key, as a label then as an alias; starts with it; ends with it; holds it; holds its characters
in order, an abbreviation) and ordered within its tier by length (for an abbreviation, the length of
the shortest stretch holding the characters, :func:`span`), then its key's length and key, then the
resource's kind (:func:`kind_rank`: of names with one key, a law's before an organ's, … an issue's: 物业管理,
the short name of 物业管理条例 and a keyword of the issue 住房, finds the law first; newuser34 B8, issue 13 §1),
then the name (:func:`order`); a resource ranks by its best name, ties by IRI.

Candidates are read from sources, each best first as far as its engine knows: the names that are the
key (all of them, up to :data:`CANDIDATES`: the first two tiers are never cut), the other names
starting with the key (in the ranking's order: length, key, IRI), the other names ending with it (in
the ranking's order, from an index of the keys reversed: a suffix is then a prefix), and the names
holding the key's terms side by side, then (only as far as those leave room: abbreviations rank last) those holding
every character of the key; shortest first (Neo4j asks its one Lucene query for the last two
together, those side by side first, by score: shorter names score higher, but a name holding a
character twice scores higher still, and names of one length come in the index's order, not the
ranking's). Each source reads at most :data:`CANDIDATES` names, and only :func:`window` names (five
times the names a page needs, at least :data:`WINDOW`) when the page can do with them, as search
engines count hits only as far as they must (Elasticsearch's ``track_total_hits``): the names starting
with the key read a window, and the names ending with it and those holding it too, when the names that
are the key and the window of those starting with it are of enough resources to fill the page, or these
with the window of those ending with it when every name starting with it was read (each source ranks
after the ones before it); else the names ending with it and those holding it are read as far as
:data:`CANDIDATES`, so that the full-text index's order by score decides no page. At most :data:`CANDIDATES` resources are counted.
:attr:`Ranked.exact` says no source held more names than it read and no resource went uncounted:
then every engine gives the whole ranking's page, total and facets; else the page is the ranking's
page as far as the names read (those of each source it reads in the ranking's order) and the total
and facets are lower bounds.
"""
from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from graph.recent import Recent
from ontology.textform import search_tokens

CANDIDATES = 1000  # names each source may hand to the ranking; a search counts at most this many resources
WINDOW = 100  # names a source reads at least (:func:`window`)
SPREAD = 5  # names a source reads per resource a page needs (:func:`window`)
RESULTS = 1024  # searches whose answers a store keeps (:class:`OpenedIndex`), the least recently asked forgotten first
# The facet a resource counts under: its first type in this order, else "Other".
FACETS = ("Law", "Organ", "AdministrativeArea", "OversightActivity", "Report", "Statistic", "Issue", "Deputy",
          "Mention")
OTHER = "Other"
TIERS = ("exact", "alias", "prefix", "suffix", "inside", "abbreviation")  # best first, as a result's ``match``
EXACT, ALIAS, PREFIX, SUFFIX, INSIDE, ABBREVIATION = range(len(TIERS))


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
        return _terms(self.name)


@lru_cache(maxsize=65536)
def _terms(name: str) -> str:
    """:attr:`Name.terms`, once per name however many graphs state it (a law's title is in every report citing it)."""
    return " ".join(search_tokens(name))


class Hit(NamedTuple):
    """One resource found: the label to show, its okg class local names, the tier of its best name."""

    iri: str
    label: str
    types: tuple[str, ...]
    tier: int


class Ranked(NamedTuple):
    """A page of the ranking: ``total`` resources matched (at most :data:`CANDIDATES`), ``facets``
    ``{facet: count}`` over those (:data:`FACETS`, else :data:`OTHER`), ``items`` the page; ``exact``
    False when a source held more names than it read or more resources matched than were counted
    (then ``total`` and ``facets`` are lower bounds)."""

    total: int
    facets: dict[str, int]
    items: list[Hit]
    exact: bool


#: How many places of :func:`order` decide a resource's rank before its IRI (the name itself only picks its best name).
RANKED_BY = 5


def kind_rank(kinds: Iterable[str]) -> int:
    """The place of a resource of okg classes ``kinds`` among resources with a name of one key: its facet's in
    :data:`FACETS` (a law first, then an organ, an area, an activity, a report, a statistic, an issue …), else last.

    >>> kind_rank(["NationalLaw", "Law"]), kind_rank(["Issue"]), kind_rank([])
    (0, 6, 9)
    """
    held = set(kinds)
    return next((at for at, facet in enumerate(FACETS) if facet in held), len(FACETS))


def order(tier: int, length: int, key: str, kinds: Iterable[str], name: str) -> tuple[int, int, int, str, int, str]:
    """Where a name matching the query in ``tier`` (``length`` as :func:`graph.search_index.tier` gives it) ranks: the
    least is best; the first :data:`RANKED_BY` places rank its resource, ties by IRI (:mod:`graph.search_neo4j` orders
    its names in the server by the same places)."""
    return tier, length, len(key), key, kind_rank(kinds), name


def window(offset: int, limit: int) -> int:
    """Names a source reads for the page of ``limit`` resources from ``offset``: :data:`SPREAD` per
    resource up to the page's end, at least :data:`WINDOW`, at most :data:`CANDIDATES`."""
    return min(CANDIDATES, max(WINDOW, SPREAD * (offset + limit)))


def span(key: str, text: str) -> int | None:
    """The length of the shortest stretch of ``text`` holding ``key``'s characters in order, None when none."""
    best: int | None = None
    start = text.find(key[0]) if key else -1
    while start >= 0:
        at = start
        for char in key[1:]:
            at = text.find(char, at + 1)
            if at < 0:
                return best
        best = at - start + 1 if best is None else min(best, at - start + 1)
        start = text.find(key[0], start + 1)
    return best


@dataclass(frozen=True)
class Query:
    """What a backend is asked: the key, the terms in order (the last one a word's start when it is
    not Han), and the Han characters for an abbreviation (two or more, else none)."""

    key: str
    terms: tuple[str, ...]
    prefix_last: bool
    chars: tuple[str, ...]


class NameIndex(ABC):
    """One store's name index."""

    @abstractmethod
    def hashes(self) -> dict[str, str]:
        """``{graph IRI: content hash}`` of the graphs whose names are indexed."""

    def replace(self, graph: str, content_hash: str | None, names: list[Name]) -> None:
        """One transaction: the graph's names become ``names``; with ``content_hash`` None the graph is gone."""
        self.replace_all([(graph, content_hash, names)])

    @abstractmethod
    def replace_all(self, graphs: list[tuple[str, str | None, list[Name]]]) -> None:
        """One transaction: :meth:`replace` for each ``(graph, content hash, names)``, in order."""

    @abstractmethod
    def clear(self) -> None:
        """Forget every name and graph."""

    @abstractmethod
    def generation(self) -> Hashable:
        """A token that changes once names changed (through this object, and for an index in a file,
        through any other connection to it), read without a scan: searches answered under one token
        are answers for it. A writer of the index in another process must change the store's
        :meth:`graph.backends.Backend.version` after its names commit."""

    @abstractmethod
    def ranked(self, query: Query, types: list[str] | None, offset: int, limit: int) -> Ranked:
        """Resources with a name matching ``query``, ranked (see the module), of one of ``types`` (okg
        local names) when given; the ``limit`` items from ``offset``."""

    def compact(self) -> None:
        """After many graphs were replaced: make the index as fast to read as when built at once."""

    def close(self) -> None:
        """Release files."""


class OpenedIndex:
    """Where a store keeps its name index once opened: one opening per store (under a lock), dropped
    when the index cannot follow a write, so that the next use opens and levels it afresh; and the
    answers of its last :data:`RESULTS` searches, forgotten with it: each under a key holding the store's
    version and the index's :meth:`NameIndex.generation` read before the search ran (so an answer is never
    older than its key; a write makes every earlier key unreachable), shared read-only (:func:`graph.frozen.freeze`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: NameIndex | None = None
        self.results = Recent(RESULTS)

    def get(self, opening: Callable[[], NameIndex]) -> NameIndex:
        """The open index, or the one ``opening`` gives (opened and levelled) when there is none."""
        with self._lock:
            if self._index is None:
                self._index = opening()
            return self._index

    def drop(self) -> NameIndex | None:
        """Forget the open index and hand it back (None when none was open)."""
        index, self._index = self._index, None
        self.results.clear()
        return index
