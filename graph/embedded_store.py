"""The default store: an on-disk RDF quad store (Oxigraph) with SPARQL 1.1.

Each report is one named graph whose IRI is the report's; replacing a report
is a single SPARQL update, which Oxigraph applies as one transaction. Reads
query the union of the named graphs.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral

from graph import embedded_bookkeeping as bookkeeping
from graph import sparql
from graph.n10s import safe_label
from graph.store import Edge, ExportFormat, LawRow, Store, StoreError, content_fingerprint
from graph.terms import OKG_NS, exact_literals, local_name, plain

_NATIVE_EXPORTS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
_READ_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


class EmbeddedStore(Store):
    """Oxigraph on disk; the path is a directory it owns."""

    name = "embedded"

    def __init__(self, path: str | Path, query_timeout: float | None = None) -> None:
        self.path = Path(path)
        self.query_timeout = query_timeout or float(os.environ.get("OKG_QUERY_TIMEOUT", "30"))
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._db = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}. "
                "Is another okg process using it? Stop it or pick another --store."
            ) from exc

        # Oxigraph lets two concurrent updates of one graph both apply (the union
        # survives), so this process writes one report at a time; RocksDB's own
        # lock keeps other processes out of the directory.
        self._write_lock = threading.Lock()

    def close(self) -> None:
        if hasattr(self, "_db"):
            self._db.flush()
            del self._db

    def _query(self, query: str) -> Any:
        return self._db.query(query, use_default_graph_as_union=True)

    def _select(self, query: str) -> list[dict[str, Any]]:
        solutions = self._query(query)
        names = [v.value for v in solutions.variables]
        return [{name: _python(row[name]) for name in names} for row in solutions]

    def _terms(self, query: str) -> Iterator[tuple[Any, ...]]:
        for row in self._query(query):
            yield tuple(row)

    # --- writes ---

    def report_hash(self, report: URIRef) -> str | None:
        rows = self._select(bookkeeping.HASH_OF.format(g=report.n3()))
        return str(rows[0]["hash"]) if rows else None

    def _replace_report(self, report: URIRef, graph: Graph, content_hash: str) -> None:
        if any(isinstance(term, BNode) for triple in graph for term in triple):  # labels SPARQL takes
            graph = _safe_blank_nodes(graph)
        try:
            with self._write_lock:
                self._db.update(sparql.replace_graph(report, graph.serialize(format="nt")) + " ;\n"
                                + bookkeeping.record(report, graph, content_hash))
        except Exception as exc:  # rdflib raises bare Exceptions for bad IRIs; Oxigraph SyntaxError
            raise StoreError(f"cannot write {report}, nothing was written: {' '.join(str(exc).split())}") from exc

    def delete_report(self, report: URIRef) -> bool:
        with self._write_lock:
            if not self._db.contains_named_graph(ox.NamedNode(str(report))):
                return False
            self._db.update(sparql.drop_graph(report) + " ;\n" + bookkeeping.forget(report))
        return True

    # --- primitives ---

    def _fingerprint(self) -> str:
        return content_fingerprint(self._select(bookkeeping.ALL_HASHES))

    def counts(self) -> dict[str, int]:
        counts = {"reports": int(self._select(sparql.REPORT_COUNT)[0]["n"]),
                  "triples": int(self._select(bookkeeping.TRIPLE_COUNT)[0]["n"])}
        for row in self._select(sparql.TYPE_COUNTS):
            counts[str(row["type"])] = int(row["n"])
        return counts

    def _law_rows(self) -> list[LawRow]:
        titles: dict[str, tuple[str, str | None]] = {}
        for row in self._select(sparql.LAW_TITLES):
            titles.setdefault(str(row["law"]), (str(row["title"]), row["level"]))  # type: ignore[arg-type]
        rows = [*self._select(sparql.LAW_MENTIONS), *self._select(sparql.LAW_INSPECTIONS)]
        return [LawRow(**row, title=titles[str(row["law"])][0], level=titles[str(row["law"])][1])  # type: ignore[arg-type]
                for row in rows if str(row["law"]) in titles]

    def _describe_rows(self, iris: list[str] | None, cls: str | None, keys: tuple[str, ...] | None,
                       bulky: bool) -> Iterable[tuple[str, str, str, Any]]:
        if cls is not None:
            typed = [str(row["s"]) for row in self._select(sparql.members(cls))]
            iris = typed if iris is None else sorted(set(iris) & set(typed))
        if iris is not None and not iris:
            return
        rdf_type = RDF.type.toPython()
        for s, p, o in self._terms(sparql.describe(iris, keys, bulky)):
            if p in bookkeeping.PREDICATES:
                continue
            if p.value == rdf_type:
                if isinstance(o, ox.NamedNode) and o.value.startswith(OKG_NS):
                    yield s.value, "type", local_name(o.value), None
            elif isinstance(o, ox.Literal):
                yield s.value, "prop", local_name(p.value), _python(o)
            elif isinstance(o, ox.NamedNode):
                yield s.value, "rel", local_name(p.value), o.value

    def _edges(self, iris: list[str] | None) -> list[Edge]:
        if iris is not None and not iris:
            return []
        return [(s.value, local_name(p.value), o.value) for s, p, o in self._terms(sparql.edges(iris))]

    def _search_rows(self, q: str, types: list[str] | None, limit: int) -> list[tuple[str, str]]:
        return [(str(r["s"]), str(r["label"])) for r in self._select(sparql.search(q, types, limit))]

    def named_graph(self, iri: URIRef) -> Graph | None:
        name = ox.NamedNode(str(iri))
        if not self._db.contains_named_graph(name):
            return None
        exact = self._select(bookkeeping.EXACT_OF.format(g=iri.n3()))
        return self._graph(name, str(exact[0]["nt"]) if exact else None)

    def report_graphs(self) -> Iterator[tuple[URIRef, Graph]]:
        exact = {str(row["g"]): str(row["nt"]) for row in self._select(bookkeeping.EXACT_GRAPHS)}
        for name in sorted(self._db.named_graphs(), key=lambda n: n.value):
            yield URIRef(name.value), self._graph(name, exact.get(name.value))

    def _graph(self, name: ox.NamedNode, exact: str | None) -> Graph:
        """A named graph: its exact form when the bookkeeping keeps one, else Oxigraph's."""
        data = exact or self._db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name).decode("utf-8")
        with exact_literals():
            return Graph().parse(data=data, format="nt")

    def export(self, fmt: ExportFormat) -> str:
        # Oxigraph writes quads natively, much faster than rdflib, unless a graph keeps its exact form aside.
        if fmt in _NATIVE_EXPORTS and not bool(self._query(bookkeeping.ANY_EXACT)):
            named = (q for q in self._db.quads_for_pattern(None, None, None) if q.graph_name != ox.DefaultGraph())
            return ox.serialize(named, format=_NATIVE_EXPORTS[fmt]).decode("utf-8")
        return super().export(fmt)

    def sparql(self, query: str) -> dict[str, Any]:
        """Read-only by construction (Oxigraph's ``query`` parses no update) and time-limited:
        the query runs in a forked child on a read-only view of the store, which is killed
        at ``query_timeout`` seconds, since a running Oxigraph query cannot be interrupted."""
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_answer_in_child, args=(str(self.path), query, sender), daemon=True)
        child.start()
        sender.close()
        try:
            if not receiver.poll(self.query_timeout):
                raise StoreError(f"SPARQL query stopped at the time limit of {self.query_timeout:g} s; "
                                 "narrow it (LIMIT, more specific patterns) or raise OKG_QUERY_TIMEOUT")
            outcome, payload = receiver.recv()
        except EOFError as exc:
            raise StoreError("the SPARQL query process ended without an answer") from exc
        finally:
            child.kill()
            child.join()
            receiver.close()
        if outcome == "error":
            raise StoreError(payload)
        return payload  # type: ignore[no-any-return]


def _safe_blank_nodes(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(tuple(BNode(safe_label(t)) if isinstance(t, BNode) else t for t in triple))  # type: ignore[arg-type]
    return out


def _answer_in_child(path: str, query: str, sender: Any) -> None:
    """Run one query on a read-only view of the store and send back ("ok", JSON) or ("error", message)."""
    try:
        sender.send(("ok", _answer(ox.Store.read_only(path), query)))
    except SyntaxError as exc:
        sender.send(("error", f"not a SPARQL query ({', '.join(_READ_FORMS)} only): {exc}"))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a StoreError
        sender.send(("error", f"SPARQL failed: {exc}"))
    finally:
        sender.close()


def _answer(db: ox.Store, query: str) -> dict[str, Any]:
    """SPARQL 1.1 JSON results of a SELECT or ASK; CONSTRUCT and DESCRIBE as subject/predicate/object rows."""
    result = db.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return {"head": {}, "boolean": bool(result)}
    if isinstance(result, ox.QuerySolutions):
        return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
    bindings = [{name: _json_term(term) for name, term in zip(("subject", "predicate", "object"), triple)}
                for triple in result]
    return {"head": {"vars": ["subject", "predicate", "object"]}, "results": {"bindings": bindings}}


def _json_term(term: Any) -> dict[str, str]:
    """A term in the SPARQL 1.1 JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _python(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
    """A query result term as a plain Python value (the same values Neo4j gives)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.language:
            return term.value
        return plain(RdfLiteral(term.value, datatype=URIRef(term.datatype.value)))
    return term.value
