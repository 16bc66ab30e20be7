"""The interface both stores implement: a few primitives, capability flags and the row types.

A backend (:class:`graph.backends.embedded.EmbeddedStore`, :class:`graph.backends.neo4j.Neo4jStore`)
answers primitive questions natively — describe nodes, list edges around nodes, search labels,
the law rows, whole named graphs — and writes whole graphs. Everything shaped from those answers
(:mod:`graph.tables`, :mod:`graph.traverse`, :mod:`graph.projection`, :mod:`graph.export`) imports
only this module, and :class:`graph.store.Store` adds the analysts' queries on top of it.

``query_languages`` says which query languages a store answers (``"sparql"``, ``"cypher"``);
:meth:`Backend.version` changes on every write, so a view computed at one version is valid as long
as the version stays the same.
"""
from __future__ import annotations

import contextlib
import re
import threading
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Collection, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NamedTuple

from graph.terms import plain

if TYPE_CHECKING:
    from rdflib import Graph, URIRef
    from rdflib.term import Node

    from graph.query_limits import QueryLimits
    from graph.name_index import NameIndex, OpenedIndex

__all__ = ["Backend", "Description", "Edge", "LawRow", "OwnWrites", "QueryLanguage", "StoreError", "UpsertOutcome", "unexpected",
           "check_term", "check_terms"]

#: ``changed``: not written, because the report was no longer stored with the hash the caller expected (``expected`` of
#: :meth:`Backend.upsert_reports`): another writer stored it since the caller read the store.
UpsertOutcome = Literal["inserted", "replaced", "unchanged", "changed"]
QueryLanguage = Literal["sparql", "cypher"]
Edge = tuple[str, str, str]  # (source IRI, relationship local name, target IRI)


class StoreError(RuntimeError):
    """A store operation failed; the message says what to do."""


class StoreBusy(StoreError):
    """Another process writes the store (``okg ingest``, ``delete``, ``import``…): it is free once that one ends, so
    waiting helps (``okg ingest --wait``; a new user's round 47, B4), where a refusal beside ``okg serve`` does not."""


class QueryError(StoreError):
    """A user's query (/sparql, /cypher) refused or failed for what it asks, not because the store
    failed: a write, a syntax error, an error as it ran, a time or memory limit. The message is one
    sentence saying what, why and what to change; the API answers 400."""


class QueryTimeout(QueryError):
    """A user's query stopped at its time limit (``OKG_QUERY_TIMEOUT``, ``OKG_NEO4J_TIMEOUT``): no fault of its text,
    which may answer on a quieter server or once narrowed, so the API answers 504, apart from a full queue's 503 (a new
    user's round 39, finding 15: a 400 told clients not to retry; newuser36 B3, round 51). Its message names the limit
    and the setting; nothing else is read from it since the 504 sends no ``Retry-After``."""


class SparqlDataset(NamedTuple):
    """The RDF dataset a SPARQL query runs on when the request names one (SPARQL 1.1 Protocol §2.1.4): the IRIs of the
    graphs merged into its default graph and of its named graphs; an empty part is an empty graph or none named."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


@dataclass(frozen=True)
class LawRow:
    """One law mentioned in a report, and one inspection of it if any."""

    law: str
    title: str
    level: str | None
    activity: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    year: int | None = None
    organ: str | None = None
    year_from: int | None = None  # the range of a multi-year report's inspection (year is None)
    year_to: int | None = None
    report: str | None = None
    organ_iri: str | None = None
    follow_up: bool = False  # the activity follows up an inspection (跟踪监督…审议意见落实情况)
    draft: bool = False  # a mention row of a report that names the law as a draft (okg:mentionsDraft)
    follows_year: int | None = None  # a follow-up's: the year of the inspection it names (okg:followsUpYear)
    date: str | None = None  # the date its sentence gives the work (okg:date: 2023, 2023-05, 2023-05-12)


@dataclass
class Description:
    """A node as a backend sees it: types, literal properties and outgoing relations."""

    iri: str
    types: set[str] = field(default_factory=set)
    props: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def one(self, key: str) -> Any:
        """The property's value (the first in sort order when a node has several)."""
        values = self.props.get(key)
        return min(values, key=lambda v: (str(type(v)), v)) if values else None

    def rel(self, key: str) -> str | None:
        targets = self.rels.get(key)
        return min(targets) if targets else None

    @property
    def label(self) -> str | None:
        """The label to show: a Chinese one where a node has labels in both languages (an activity's
        执法检查 · … before Law-enforcement inspection · …), else the first in sort order."""
        values = self.props.get("label")
        return min(values, key=lambda v: (str(v)[:1].isascii(), str(type(v)), v)) if values else None

    def node(self) -> dict[str, Any]:
        return {"iri": self.iri, "label": self.label, "types": sorted(self.types)}


BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # half of a UTF-16 pair: not Unicode text, no store holds it


def unexpected(expected: Mapping[str, str | None] | None, report: str, stored: str | None, content_hash: str) -> bool:
    """Whether the report ``report``, found ``stored`` with that hash (None: absent) when its write holds it, is not
    as its caller ``expected`` (:meth:`Backend.upsert_reports`): another writer stored another reading of it since the
    caller placed it (two ``okg ingest`` at once). Stored already as it is to be written is no conflict: ``unchanged``."""
    return expected is not None and report in expected and stored != expected[report] and stored != content_hash


def check_terms(iri: URIRef, graph: Graph) -> None:
    """Refuse a graph holding a term that no store can write back: :func:`check_term` for each
    distinct term, the graph's IRI first."""
    terms = dict.fromkeys((iri,))  # each distinct term once, in the graph's order
    for triple, _ in graph.store.triples((None, None, None), context=graph):  # no per-triple context look-up
        terms.update(dict.fromkeys(triple))
    for term in terms:
        check_term(iri, term)


def check_term(iri: URIRef | str, term: Node) -> None:
    """Refuse a term that no store can write back: an IRI with a character RFC 3987 excludes (spaces,
    controls, ``<>"{}|^`\\``), or any term holding a lone surrogate. StoreError, one line naming the
    graph ``iri``, the term and the reason."""
    from rdflib import URIRef

    text = str(term)
    if isinstance(term, URIRef) and (match := BAD_IRI.search(text)):
        raise StoreError(f"graph <{iri}>: the IRI <{term}> holds {match[0]!r}, which an IRI cannot hold; "
                         "nothing was written")
    if match := _SURROGATE.search(text):
        shown = term.n3().encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        raise StoreError(f"graph <{iri}>: the term {shown} holds a lone surrogate (U+{ord(match[0]):04X}), "
                         "which is not Unicode text; nothing was written")


@dataclass(eq=False)
class OwnWrites:
    """The writes one caller committed through a store, in order, each as the store's versions ``(before,
    after)`` it moved it between (:meth:`Backend.own_writes`)."""

    moves: list[tuple[str, str]] = field(default_factory=list)

    def since(self, version: str) -> str | None:
        """The store's version after these writes when one of them starts at ``version`` and each after it starts
        at the version the one before left, so that no other writer committed between them (writes before that one
        are not asked about: ``version`` may be where they led); ``version`` itself when there are none. None when
        another writer came between: before the first of them that would start at ``version``, or between two."""
        if not self.moves:
            return version
        followed = False
        for before, after in self.moves:
            if before == version:
                version, followed = after, True
            elif followed:
                return None
        return version if followed else None


class Backend(ABC):
    """A graph of named graphs (one per report, plus reference graphs), each replaced as a whole."""

    def __init__(self) -> None:
        self._journals = threading.local()  # the OwnWrites each thread has open (own_writes)

    @contextlib.contextmanager
    def own_writes(self) -> Iterator[OwnWrites]:
        """While open, the writes this thread commits through this object, each with the versions it moved the
        store between: what a caller wrote itself, told apart from any other thread's or process's writes, which the
        chain of versions shows (:meth:`OwnWrites.since`). A store records a write only where it knows that the
        write, and it alone, moved the version from one to the other."""
        journal = OwnWrites()
        open_ = self._journals.__dict__.setdefault("open", [])
        open_.append(journal)
        try:
            yield journal
        finally:
            open_.remove(journal)

    def _wrote(self, before: str, after: str) -> None:
        """A write this thread committed moved the version from ``before`` to ``after``: noted in its open journals."""
        for journal in getattr(self._journals, "open", ()):
            journal.moves.append((before, after))

    name: ClassVar[str]
    #: The query languages :meth:`sparql` / :meth:`cypher` answer in; the others raise StoreError.
    query_languages: ClassVar[frozenset[QueryLanguage]] = frozenset()
    #: Whether this opening only reads, beside another process holding the store (:mod:`graph.holder`): the
    #: holder keeps what is derived from the graph (the search index) level, this opening never writes.
    read_only: bool = False

    def serving(self) -> None:
        """From now on this opening only reads (``okg serve``): a store one process holds (the embedded one) lets
        others read beside it. Nothing to do for a store any number of clients share (Neo4j)."""

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """While open, a serving opening writes (reports ``okg ingest`` handed to the server, :mod:`api.handoff`):
        the embedded store says so to readers beside it, then reads again. Nothing to do for Neo4j."""
        yield
    #: The store's name index once opened (:mod:`graph.search_index`), set by the constructor.
    names: OpenedIndex

    # --- writes: each graph whole or not at all ---

    @abstractmethod
    def report_hash(self, report: URIRef) -> str | None:
        """The content hash the report was stored with, or None if absent."""

    @abstractmethod
    def _replace_report(self, report: URIRef, graph: Graph, content_hash: str) -> None:
        """Atomically drop the report's old triples and write the new ones, recording
        ``content_hash`` in the store's bookkeeping (outside the report's graph)."""

    @abstractmethod
    def _replace_graphs(self, writes: list[tuple[URIRef, Graph | None, str]]) -> None:
        """One transaction: each graph replaced by its new triples and hash, or deleted (None)."""

    @abstractmethod
    def delete_report(self, report: URIRef) -> bool:
        """Remove a report's facts; True if it was there."""

    def upsert_report(self, report: URIRef, graph: Graph, content_hash: str) -> UpsertOutcome:
        """Store a report graph unless the same content is already stored."""
        old = self.report_hash(report)
        if old == content_hash:
            return "unchanged"
        check_terms(report, graph)
        self._replace_report(report, graph, content_hash)
        return "inserted" if old is None else "replaced"

    def replace_graphs(self, writes: list[tuple[URIRef, Graph | None, str]]) -> None:
        """Replace (or, with None, delete) several graphs together, all or nothing: a report
        that takes over another's source and the other losing it (:mod:`graph.identity`)."""
        for report, graph, _ in writes:
            if graph is not None:
                check_terms(report, graph)
        self._replace_graphs(writes)

    def upsert_reports(self, items: Iterable[tuple[URIRef, Graph, str]],
                       expected: Mapping[str, str | None] | None = None) -> list[UpsertOutcome]:
        """Many reports, each still whole or not at all; backends may group their writes. ``expected``: the hash a
        report's caller found it stored with (None: absent), for the reports it names; one stored with another hash
        when its write takes its turn is not written (``changed``, :func:`unexpected`), unless stored as it is."""
        outcomes: list[UpsertOutcome] = []
        for report, graph, content_hash in items:
            stored = self.report_hash(report)
            outcomes.append("changed" if unexpected(expected, str(report), stored, content_hash)
                            else self.upsert_report(report, graph, content_hash))
        return outcomes

    # --- reads ---

    @abstractmethod
    def version(self) -> str:
        """A token that changes on every write of this store (by this process or, for a server,
        any other) and stays the same otherwise: one cheap look-up, no scan."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """``{"reports", "triples", <okg class local name>: instances}``, the same on both stores
        for the same graphs (distinct triples over all named graphs)."""

    @abstractmethod
    def law_rows(self, laws: list[str] | None = None) -> list[LawRow]:
        """Every (law, inspection) pair plus every (law, report) mention, ``draft`` when the report
        names the law as a draft (``okg:mentionsDraft``; a report naming it both ways gives both rows);
        of the laws given by IRI only (IRIs that are no law give no row), or of every law."""

    def mentions_aimed(self, prefix: str) -> dict[str, Description]:
        """The mentions (``okg:Mention``) whose target (``mentionOf``) is an IRI beginning with ``prefix`` (``…/law/``),
        by IRI: at least their types, ``mentionOf``, ``statedIn``, ``startOffset``, ``endOffset`` and ``evidenceText``.
        Here every mention's targets are read, then those aimed at ``prefix`` described whole; a store answers with one
        query where it can (the embedded store, round 49: a report of 6,000 inspection sentences states 18,000 mentions,
        and the two describes were most of an ``okg ask laws``)."""
        aimed = self.describe(cls="Mention", keys=("mentionOf",))
        return self.describe(sorted(iri for iri, d in aimed.items()
                                    if any(target.startswith(prefix) for target in d.rels.get("mentionOf", []))))

    @abstractmethod
    def describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                      bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        """``(iri, kind, key, value)`` rows, kind being type/prop/rel, of the nodes given
        by IRI, by class, or all; with ``keys`` only types and those properties (no
        relations); ``bulky`` adds the full texts."""

    @abstractmethod
    def edges(self, iris: list[str] | None) -> list[Edge]:
        """Relationships touching any of ``iris`` (either direction), or all of them."""

    @abstractmethod
    def bounded_edges(self, iris: list[str], most: int) -> dict[str, list[Edge]]:
        """``{iri: its relationships}`` for each of ``iris``, as :meth:`edges` gives them but at most
        ``most`` per node (which ones, when a node has more, is up to the store): reading stops at the
        bound, so a node with thousands of relationships costs ``most``. A node with none is left out."""

    @abstractmethod
    def first_neighbour_edges(self, iri: str, most: int) -> list[Edge]:
        """The relationships :meth:`edges` gives for ``iri`` that join it to one of its first ``most``
        neighbours in IRI order (code point order; itself aside) or to itself: the store orders and cuts
        the neighbours, so a node with thousands of relationships sends back those of ``most`` nodes."""

    def walk_edges(self, iri: str, first: int, most: int,
                   skip: Collection[str]) -> Generator[tuple[str, list[Edge]], None, None]:
        """What a walk from ``iri`` reads of its first two levels, as it is needed: first ``(iri,``
        :meth:`first_neighbour_edges` ``(iri, first))``, then ``(node, its relationships)`` for each
        neighbour those reach, as :meth:`bounded_edges` gives them with ``most`` (a neighbour in ``skip``
        with none, unread), in IRI order; a store may give the neighbours in another order. The caller
        stops reading once it has enough, and a store reads ahead of it as little as it can: a server
        answers the whole walk from one query instead of one per step."""
        root = self.first_neighbour_edges(iri, first)
        yield iri, root
        for node in sorted({n for e in root for n in (e[0], e[2])} - {iri}):
            yield node, [] if node in skip else self.bounded_edges([node], most).get(node, [])

    @abstractmethod
    def graph_hashes(self) -> dict[str, str]:
        """``{named graph IRI: content hash}`` of every graph stored."""

    @abstractmethod
    def graph_terms(self, graphs: list[str] | None) -> dict[str, set[str]]:
        """``{named graph IRI: the IRIs its triples hold as subject or object}`` of the graphs
        given, or of every graph; a graph not stored is left out."""

    @abstractmethod
    def open_name_index(self) -> NameIndex:
        """The backend's name index (:mod:`graph.search_index`), set up if new."""

    @abstractmethod
    def named_graph(self, iri: URIRef) -> Graph | None:
        """One named graph as stored, or None when the store has no graph of that IRI."""

    @abstractmethod
    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        """Every named graph (a report, or the law catalog) with its triples."""

    def sparql(self, query: str, limits: QueryLimits | None = None,
               dataset: SparqlDataset | None = None) -> dict[str, Any]:
        """A read-only SPARQL query (SELECT/ASK/CONSTRUCT/DESCRIBE) as SPARQL 1.1 JSON results,
        cut at ``limits`` (with a ``truncated`` reason), on ``dataset`` when given (its graphs the store's named
        graphs; :class:`QueryError` naming one it does not hold); only where ``"sparql" in query_languages``."""
        raise StoreError(f"the {self.name} store does not answer SPARQL; use the embedded store")

    def cypher(self, query: str, parameters: dict[str, Any] | None = None,
               limits: QueryLimits | None = None) -> list[dict[str, Any]]:
        """A read-only Cypher query, run in a read transaction with a time limit; the rows up
        to ``limits`` plus the first row past them, so :func:`graph.query_limits.take` tells a cut;
        only where ``"cypher" in query_languages``."""
        raise StoreError(f"the {self.name} store does not answer Cypher; use --neo4j")

    def cypher_columns(self, query: str, parameters: dict[str, Any] | None = None) -> list[str]:
        """The columns the read-only Cypher query declares (``RETURN a, b`` → ``["a", "b"]``), without running it;
        only where ``"cypher" in query_languages``."""
        raise StoreError(f"the {self.name} store does not answer Cypher; use --neo4j")

    def close(self) -> None:
        """Release files or connections."""

    @abstractmethod
    def mark(self, key: str) -> str | None:
        """A string the store keeps about itself under ``key`` (:mod:`graph.marks`), or None."""

    @abstractmethod
    def set_mark(self, key: str, value: str | None) -> None:
        """Keep ``value`` under ``key`` (None drops it); the store's :meth:`version` stays as it is."""

    def kept_view(self, name: str) -> bytes | None:
        """The bytes :meth:`keep_view` last kept under ``name``, or None: a store that keeps none has none."""
        return None

    def keep_view(self, name: str, data: bytes) -> None:
        """Keep ``data`` (a view of the store, :mod:`graph.views_kept`, some MB at 1M triples) under ``name``,
        replacing what was kept, whole or not at all; the store's :meth:`version` stays as it is. A store that keeps
        nothing, or an opening that only reads, drops it."""

    # --- shared helpers over the primitives ---

    def describe(self, iris: list[str] | None = None, cls: str | None = None,
                 keys: tuple[str, ...] | None = None, bulky: bool = False) -> dict[str, Description]:
        """Nodes by IRI or class, assembled from the backend's rows (values made plain)."""
        if iris is not None and not iris:
            return {}
        found: dict[str, Description] = {}
        for iri, kind, key, value in self.describe_rows(iris, cls, keys, bulky):
            node = found.setdefault(iri, Description(iri))
            if kind == "type":
                node.types.add(key)
            elif kind == "rel":
                if value not in node.rels[key]:
                    node.rels[key].append(value)
            elif (value := plain(value)) not in node.props[key]:
                node.props[key].append(value)
        return found

    def nodes(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``{iri: {"iri", "label", "types"}}`` for every IRI asked (unknown ones bare)."""
        wanted = sorted(set(iris))
        known = self.describe(wanted, keys=("label",))
        return {iri: (known[iri] if iri in known else Description(iri)).node() for iri in wanted}
