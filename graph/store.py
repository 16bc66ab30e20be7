"""The one interface both stores implement.

A backend answers a few primitive questions natively (describe nodes, list
edges around nodes, search labels, the law rows, whole report graphs); the
shaping of those rows into the tables analysts read happens here and in
:mod:`graph.tables` and :mod:`graph.traverse`, once, so the two stores cannot
drift apart in what they return.
"""
from __future__ import annotations

import copy
import hashlib
import re
import threading
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from rdflib import Graph, URIRef

from graph import loop, search_index, tables, traverse
from graph.formats import ExportFormat, ExportPart
from graph.query_limits import QueryLimits
from graph.terms import OKG_NS, plain

__all__ = ["OKG_NS", "Description", "ExportFormat", "LawRow", "Store", "StoreError", "UpsertOutcome", "check_terms"]

UpsertOutcome = Literal["inserted", "replaced", "unchanged"]
Edge = tuple[str, str, str]  # (source IRI, relationship local name, target IRI)


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


def content_fingerprint(rows: list[dict[str, Any]]) -> str:
    """One string for the (graph, content hash) pairs a store holds."""
    return hashlib.sha1(repr([(str(r["g"]), str(r["hash"])) for r in rows]).encode("utf-8")).hexdigest()


class StoreError(RuntimeError):
    """A store operation failed; the message says what to do."""


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_terms(iri: URIRef, graph: Graph) -> None:
    """Refuse a graph holding an IRI that no store can write back (RFC 3987 excludes
    spaces, controls and ``<>"{}|^`\\``): StoreError naming the graph and the term."""
    for term in (iri, *(t for triple in graph for t in triple)):
        if isinstance(term, URIRef) and (match := _BAD_IRI.search(str(term))):
            raise StoreError(f"graph <{iri}>: the IRI <{term}> holds {match[0]!r}, which an IRI cannot hold; "
                             "nothing was written")


class Store(ABC):
    """A graph of report graphs: each report's triples replaced as a whole."""

    name: str

    # --- primitives each backend answers natively ---

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

    @abstractmethod
    def _fingerprint(self) -> str:
        """Changes whenever any named graph is written or deleted (from its content hashes)."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """``{"reports", "triples", <okg class local name>: instances}``, the same on both stores
        for the same graphs (distinct triples over all named graphs)."""

    @abstractmethod
    def _law_rows(self) -> list[LawRow]:
        """Every (law, inspection) pair plus every (law, report) mention."""

    @abstractmethod
    def _describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                       bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        """``(iri, kind, key, value)`` rows, kind being type/prop/rel, of the nodes given
        by IRI, by class, or all; with ``keys`` only types and those properties (no
        relations); ``bulky`` adds the full texts."""

    @abstractmethod
    def _edges(self, iris: list[str] | None) -> list[Edge]:
        """Relationships touching any of ``iris`` (either direction), or all of them."""

    @abstractmethod
    def _graph_hashes(self) -> dict[str, str]:
        """``{named graph IRI: content hash}`` of every graph stored."""

    @abstractmethod
    def _open_name_index(self) -> search_index.NameIndex:
        """The backend's name index (:mod:`graph.search_index`), set up if new."""

    @abstractmethod
    def named_graph(self, iri: URIRef) -> Graph | None:
        """One named graph as stored, or None when the store has no graph of that IRI."""

    @abstractmethod
    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        """Every named graph (a report, or the law catalog) with its triples."""

    def close(self) -> None:
        """Release files or connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writes ---

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

    def upsert_reports(self, items: Iterable[tuple[URIRef, Graph, str]]) -> list[UpsertOutcome]:
        """Many reports, each still whole or not at all; backends may group their writes."""
        return [self.upsert_report(report, graph, content_hash) for report, graph, content_hash in items]

    # --- shared helpers over the primitives ---

    def describe(self, iris: list[str] | None = None, cls: str | None = None,
                 keys: tuple[str, ...] | None = None, bulky: bool = False) -> dict[str, Description]:
        """Nodes by IRI or class, assembled from the backend's rows (values made plain)."""
        if iris is not None and not iris:
            return {}
        found: dict[str, Description] = {}
        for iri, kind, key, value in self._describe_rows(iris, cls, keys, bulky):
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

    # --- the queries of the contract; shapes are plain JSON-ready data ---

    def entity(self, iri: str) -> dict[str, Any] | None:
        """One resource: ``{"iri", "label", "types": [local names], "properties": {name: value|list},
        "relations": [{"type", "direction": "out"|"in", "iri", "label", "types"}],
        "evidence": [{"text", "report", "start", "end"}]}`` or None."""
        return tables.entity(self, iri)

    def search(self, q: str, types: list[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Resources a name of which matches ``q`` (:meth:`find`'s items): ``[{"iri", "label", "types"}]``."""
        return [{k: item[k] for k in ("iri", "label", "types")}
                for item in self.find(q, types, max(1, min(limit, 1000)))["items"]]

    def find(self, q: str, types: list[str] | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Resources by name, through the store's name index, best first: the name is ``q`` (a label,
        then an alias: short title, abbreviation, short name), starts with it, ends with it (森林法
        finds 中华人民共和国森林法 before 森林法实施条例), holds it, or holds its characters in
        order (湿地法, 全国人大常委会); traditional or simplified, any width, bracket form or spacing.
        ``{"total", "items": [{"iri", "label", "types", "match"}], "facets": {class: count}}`` (``match``:
        exact, alias, prefix, suffix, inside or abbreviation); ``types`` are
        local class names; ``total`` and ``facets`` count up to 1000 matches."""
        return search_index.find(self, q, types, limit, offset)

    def reindex(self) -> int:
        """Build the name index anew from every named graph; the number of graphs indexed."""
        return search_index.rebuild(self)

    def neighbours(self, iri: str, depth: int = 1, types: list[str] | None = None,
                   limit: int = 200) -> dict[str, Any]:
        """The subgraph around ``iri`` up to ``depth`` (≤ 3) hops, keeping nodes of ``types``:
        ``{"nodes": [{"iri", "label", "types", "distance"}], "edges": [{"source", "target", "type"}],
        "truncated": bool}``."""
        return traverse.neighbourhood(self, iri, depth, types, limit)

    def paths(self, source: str, target: str, max_hops: int = 6, limit: int = 5) -> list[dict[str, Any]]:
        """Shortest paths (either direction along relationships), each
        ``{"length", "nodes": [{"iri", "label", "types"}], "edges": [{"source", "target", "type"}]}``."""
        return traverse.shortest_paths(self, source, target, max_hops, limit)

    def activities(self, kind: str | None = None, year: int | None = None, organ: str | None = None,
                   law: str | None = None, issue: str | None = None, status: str | None = None,
                   jurisdiction: str | None = None) -> list[dict[str, Any]]:
        """Oversight activities: ``[{"iri", "types", "kind", "label", "label_en", "status", "follow_up",
        "evidence", "start", "end", "year", "subject", "count", "report", "laws": [iri], "organs": [iri],
        "overseen": [iri], "jointly_with": [iri], "issues": [iri]}]``; filters are local class name,
        year, IRIs (``organ`` matches the organ conducting or overseen; a joint partner is no match),
        ``status`` (``reported`` or ``planned``; both when None) and ``jurisdiction`` (a division code,
        420000: activities conducted by an organ in that area or its sub-areas)."""
        return tables.activities(self, kind, year, organ, law, issue, status=status, jurisdiction=jurisdiction)

    def organs(self) -> list[dict[str, Any]]:
        """Organs with how many activities they conducted and were overseen in:
        ``[{"iri", "label", "types", "aliases", "conducted", "overseen", "reports"}]`` (aliases: the
        names reports call it by, skos:altLabel)."""
        return tables.organs(self)

    def reports(self) -> list[dict[str, Any]]:
        """``[{"iri", "title", "year", "issued", "source", "publisher"}]``."""
        return tables.reports(self)

    def report(self, iri: str) -> dict[str, Any] | None:
        """A report with its text and every evidence span stated in it:
        ``{"iri", "title", ..., "text", "spans": [{"iri", "types", "start", "end", "text"}]}``."""
        return tables.report(self, iri)

    def timeline(self, iri: str) -> list[dict[str, Any]]:
        """Dated activities (a year or a range) touching a law, an organ or an issue, oldest first (rows
        of :meth:`activities`), each with its place in the accountability loop (``stage``, ``loop``,
        ``follows_up``, ``followed_up_by``: :func:`graph.loop.timeline`)."""
        return loop.timeline(self, [row for row in tables.activities(self, involving=iri)
                                    if row["year_from"] is not None])

    def activity_statuses(self) -> dict[str, int]:
        """``{"reported_activities": n, "planned_activities": n}``: the two are never one count."""
        found = self.describe(cls="OversightActivity", keys=("status",)).values()
        return {f"{status}_activities": sum((d.one("status") or "reported") == status for d in found)
                for status in tables.STATUSES}

    def statistics(self, measure: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
        """Numbers the reports state: ``[{"iri", "measure", "value", "unit", "qualifier", "label", "label_en",
        "year", "evidence", "report", "start", "end"}]``; a summary count of activities has the activity
        kind as its measure (``law_enforcement_inspection``)."""
        return tables.statistics(self, measure, year)

    def coverage(self, level: str | None = None, category: str | None = None,
                 jurisdiction: str | None = None) -> dict[str, Any]:
        """Laws of the loaded law catalog against inspections: ``{"summary": [{"level", "category",
        "laws", "inspected", "never_inspected"}], "laws": [{"iri", "title", "level", "category",
        "times_inspected", "in_catalog"}]}``. Catalog laws are those with an ``okg:lawCategory``
        (the catalog's named graph, :mod:`loaders.build.catalog`); inspected laws outside it
        are listed with ``in_catalog`` false. ``jurisdiction`` (a division code) counts only the
        inspections by organs in that area or its sub-areas."""
        return self._memo("coverage", (level, category, jurisdiction),
                          lambda: tables.coverage(self, level, category, jurisdiction))

    def laws(self, inspected: bool | None = None, *, year: int | None = None, organ: str | None = None,
             jurisdiction: str | None = None, level: str | None = None) -> list[dict[str, Any]]:
        """The laws table: each law with its inspections and their evidence:
        ``[{"iri", "title", "level", "times_inspected", "years", "organs", "reports", "evidence"}]``.

        ``inspected=True`` keeps laws with at least one inspection, ``False``
        those mentioned but never inspected, ``None`` all. ``year``, ``organ``
        (IRI or label) and ``jurisdiction`` (a division code, 420000: inspections by
        organs in that area or its sub-areas) keep only matching inspections, and so only
        inspected laws; ``level`` (法律, 行政法规, 地方性法规 …) filters laws.
        """
        return self._memo("laws", (inspected, year, organ, jurisdiction, level), lambda: tables.laws(
            self, inspected, year=year, organ=organ, jurisdiction=jurisdiction, level=level))

    def _memo(self, view: str, args: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The laws table and coverage walk every inspection, so they are kept until a
        report (or reference graph) changes, which the stored content hashes tell."""
        fingerprint = self._fingerprint()
        cache: dict[tuple[str, tuple[Any, ...]], tuple[str, Any]] = self.__dict__.setdefault("_views", {})
        with self.__dict__.setdefault("_views_lock", threading.Lock()):  # concurrent misses compute once
            hit = cache.get((view, args))
            if hit is None or hit[0] != fingerprint:
                if len(cache) > 256:
                    cache.clear()
                hit = cache[(view, args)] = (fingerprint, compute())
        return copy.deepcopy(hit[1])

    def export(self, fmt: ExportFormat, part: ExportPart = "all") -> str:
        """The whole graph: ttl/nt merge the named graphs, trig/nq/jsonld keep them;
        graphml and csv-nodes/csv-edges are the node-and-edge projection. ``part``: everything, the
        data without the ontology, or the ontology alone (RDF only): :data:`graph.formats.ExportPart`."""
        from graph import export

        return export.export(self, fmt, part)

    def sparql(self, query: str, limits: QueryLimits | None = None) -> dict[str, Any]:
        """A read-only SPARQL query (SELECT/ASK/CONSTRUCT/DESCRIBE) as SPARQL 1.1 JSON results,
        cut at ``limits`` (with a ``truncated`` reason)."""
        raise StoreError(f"the {self.name} store does not answer SPARQL; use the embedded store")

    def cypher(self, query: str, parameters: dict[str, Any] | None = None,
               limits: QueryLimits | None = None) -> list[dict[str, Any]]:
        """A read-only Cypher query, run in a read transaction with a time limit; the rows up
        to ``limits`` plus the first row past them, so :func:`graph.query_limits.take` tells a cut."""
        raise StoreError(f"the {self.name} store does not answer Cypher; use --neo4j")
