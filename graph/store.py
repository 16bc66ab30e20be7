"""The one interface both stores implement.

A backend answers a few primitive questions natively (the rows of a query);
the shaping of those rows into the tables analysts read happens here, once,
so the two stores cannot drift apart in what they return.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Literal

from rdflib import Graph, URIRef

OKG_NS = "https://w3id.org/oversight-kg/ontology#"
ExportFormat = Literal["ttl", "nt", "jsonld"]
UpsertOutcome = Literal["inserted", "replaced", "unchanged"]


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
    report: str | None = None


class StoreError(RuntimeError):
    """A store operation failed; the message says what to do."""


class Store(ABC):
    """A graph of report graphs: each report's triples replaced as a whole."""

    name: str

    @abstractmethod
    def report_hash(self, report: URIRef) -> str | None:
        """The content hash the report was stored with, or None if absent."""

    @abstractmethod
    def _replace_report(self, report: URIRef, graph: Graph) -> None:
        """Atomically drop the report's old triples and write the new ones."""

    @abstractmethod
    def delete_report(self, report: URIRef) -> bool:
        """Remove a report's facts; True if it was there."""

    @abstractmethod
    def _law_rows(self) -> list[LawRow]:
        """Every (law, inspection) pair plus every law mentioned at all."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Reports, triples or relationships, and entities by type."""

    @abstractmethod
    def export(self, fmt: ExportFormat) -> str:
        """The whole graph serialised (Turtle, N-Triples or JSON-LD)."""

    def close(self) -> None:
        """Release files or connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the queries of the contract (issue 5); shapes are plain JSON-ready data ---

    def entity(self, iri: str) -> dict[str, Any] | None:
        """One resource: ``{"iri", "label", "types": [local names], "properties": {name: value|list},
        "relations": [{"type", "direction": "out"|"in", "iri", "label", "types"}],
        "evidence": [{"text", "report", "start", "end"}]}`` or None."""
        raise NotImplementedError

    def search(self, q: str, types: list[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Resources whose label contains ``q`` (Chinese substring or English, case-insensitive):
        ``[{"iri", "label", "types"}]``, exact and shorter matches first; ``types`` are local class names."""
        raise NotImplementedError

    def neighbours(self, iri: str, depth: int = 1, types: list[str] | None = None,
                   limit: int = 200) -> dict[str, Any]:
        """The subgraph around ``iri`` up to ``depth`` (≤ 3) hops, keeping nodes of ``types``:
        ``{"nodes": [{"iri", "label", "types"}], "edges": [{"source", "target", "type"}], "truncated": bool}``."""
        raise NotImplementedError

    def paths(self, source: str, target: str, max_hops: int = 6, limit: int = 5) -> list[dict[str, Any]]:
        """Shortest paths (either direction along relationships), each ``{"nodes": [...], "edges": [...]}``."""
        raise NotImplementedError

    def activities(self, kind: str | None = None, year: int | None = None, organ: str | None = None,
                   law: str | None = None, issue: str | None = None) -> list[dict[str, Any]]:
        """Oversight activities: ``[{"iri", "types", "kind", "evidence", "start", "end", "year",
        "subject", "count", "report", "laws": [iri], "organs": [iri], "overseen": [iri],
        "jointly_with": [iri], "issues": [iri]}]``; filters are local class name, year, and IRIs."""
        raise NotImplementedError

    def organs(self) -> list[dict[str, Any]]:
        """Organs with how many activities they conducted and were overseen in:
        ``[{"iri", "label", "types", "conducted", "overseen", "reports"}]``."""
        raise NotImplementedError

    def reports(self) -> list[dict[str, Any]]:
        """``[{"iri", "title", "year", "issued", "source", "publisher"}]``."""
        raise NotImplementedError

    def report(self, iri: str) -> dict[str, Any] | None:
        """A report with its text and every evidence span stated in it:
        ``{"iri", "title", ..., "text", "spans": [{"iri", "types", "start", "end", "text"}]}``."""
        raise NotImplementedError

    def timeline(self, iri: str) -> list[dict[str, Any]]:
        """Dated activities touching a law or an organ, oldest first (same rows as :meth:`activities`)."""
        raise NotImplementedError

    def statistics(self, measure: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
        """Numbers the reports state: ``[{"iri", "measure", "value", "unit", "qualifier", "year",
        "evidence", "report", "start", "end"}]``."""
        raise NotImplementedError

    def coverage(self, level: str | None = None, category: str | None = None) -> dict[str, Any]:
        """Laws of the loaded law catalog against inspections: ``{"summary": [{"level", "category",
        "laws", "inspected", "never_inspected"}], "laws": [{"iri", "title", "level", "category",
        "times_inspected"}]}``. The catalog is a named graph the ingest step loads."""
        raise NotImplementedError

    def sparql(self, query: str) -> dict[str, Any]:
        """A read-only SPARQL query (SELECT/ASK/CONSTRUCT/DESCRIBE) as SPARQL 1.1 JSON results."""
        raise StoreError(f"the {self.name} store does not answer SPARQL; use the embedded store")

    def cypher(self, query: str, parameters: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A read-only Cypher query, run in a read transaction with a time limit."""
        raise StoreError(f"the {self.name} store does not answer Cypher; use --neo4j")

    def upsert_report(self, report: URIRef, graph: Graph, content_hash: str) -> UpsertOutcome:
        """Store a report graph unless the same content is already stored."""
        old = self.report_hash(report)
        if old == content_hash:
            return "unchanged"
        self._replace_report(report, graph)
        return "inserted" if old is None else "replaced"

    def laws(self, inspected: bool | None = None) -> list[dict[str, Any]]:
        """The laws table: each law with its inspections and their evidence.

        ``inspected=True`` keeps laws with at least one inspection, ``False``
        those mentioned but never inspected, ``None`` all.
        """
        laws: dict[str, dict[str, Any]] = {}
        seen: dict[str, set[str]] = defaultdict(set)
        for row in sorted(self._law_rows(), key=lambda r: (r.law, r.activity or "")):
            law = laws.setdefault(
                row.law,
                {"iri": row.law, "title": row.title, "level": row.level, "times_inspected": 0,
                 "years": [], "organs": [], "reports": [], "evidence": []},
            )
            if row.activity is None or row.activity in seen[row.law]:
                continue
            seen[row.law].add(row.activity)
            law["times_inspected"] += 1
            law["evidence"].append(
                {"activity": row.activity, "text": row.evidence, "report": row.report,
                 "start": row.start, "end": row.end, "year": row.year}
            )
            for key, value in (("years", row.year), ("organs", row.organ), ("reports", row.report)):
                if value is not None and value not in law[key]:
                    law[key].append(value)
        rows = [law for law in laws.values()
                if inspected is None or (law["times_inspected"] > 0) == inspected]
        for law in rows:
            law["years"].sort()
        return sorted(rows, key=lambda law: (-law["times_inspected"], law["title"]))
