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
