"""The default store: an on-disk RDF quad store (Oxigraph) with SPARQL 1.1.

Each report is one named graph whose IRI is the report's; replacing a report
is a single SPARQL update, which Oxigraph applies as one transaction.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from graph import sparql
from graph.store import ExportFormat, LawRow, Store, StoreError

_EXPORT_FORMATS = {"ttl": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_QUADS, "jsonld": None}


class EmbeddedStore(Store):
    """Oxigraph on disk; the path is a directory it owns."""

    name = "embedded"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._db = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}. "
                "Is another okg process using it? Stop it or pick another --store."
            ) from exc

    def close(self) -> None:
        self._db.flush()
        del self._db

    def _select(self, query: str) -> list[dict[str, object]]:
        solutions = self._db.query(query)
        names = [v.value for v in solutions.variables]
        return [
            {name: _python(row[name]) for name in names}
            for row in solutions
        ]

    def report_hash(self, report: URIRef) -> str | None:
        rows = self._select(sparql.report_hash(report))
        return str(rows[0]["hash"]) if rows else None

    def _replace_report(self, report: URIRef, graph: Graph) -> None:
        self._db.update(sparql.replace_graph(report, graph.serialize(format="nt")))

    def delete_report(self, report: URIRef) -> bool:
        node = ox.NamedNode(str(report))
        if not self._db.contains_named_graph(node):
            return False
        self._db.update(f"DROP GRAPH <{report}>")
        return True

    def _law_rows(self) -> list[LawRow]:
        return [LawRow(**row) for row in self._select(sparql.LAW_ROWS)]  # type: ignore[arg-type]

    def counts(self) -> dict[str, int]:
        counts = {"reports": sum(1 for _ in self._db.named_graphs()), "triples": len(self._db)}
        for row in self._select(sparql.TYPE_COUNTS):
            counts[str(row["type"])] = int(row["n"])  # type: ignore[call-overload]
        return counts

    def export(self, fmt: ExportFormat) -> str:
        if fmt == "jsonld":
            return self._rdflib_dataset().serialize(format="json-ld", auto_compact=True)
        return self._db.dump(format=_EXPORT_FORMATS[fmt]).decode("utf-8")

    def _rdflib_dataset(self) -> object:
        from rdflib import Dataset

        dataset = Dataset()
        dataset.parse(data=self._db.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return dataset


def _python(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
    """A query result term as a plain Python value."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            return int(term.value)
        return term.value
    return term.value
