"""User SPARQL on the embedded store: on a consistent snapshot, in a process that can be
stopped, with caps on time, memory, rows and bytes.

Oxigraph cannot interrupt a running query, so each query runs in a child process that is
killed at the time limit. The child never opens the live store: Oxigraph documents a
read-only opening while another process writes as undefined. The parent first takes a
checkpoint of the store (``Store.backup``: hard links to RocksDB's immutable files, about
10 ms, consistent even while a writer commits) and the child opens that read-only.
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import query_process
from graph.query_limits import QueryLimits, take
from graph.backends import QueryError, SparqlDataset, StoreError

_READ_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_TRIPLE = ("subject", "predicate", "object")


def _graphs(db: ox.Store, parameter: str, iris: tuple[str, ...]) -> list[ox.NamedNode]:
    """The named graphs ``iris`` of ``db``; :class:`QueryError` naming ``parameter`` for one it does not hold."""
    graphs = [ox.NamedNode(iri) for iri in iris]
    if missing := [g.value for g in graphs if not db.contains_named_graph(g)]:
        raise QueryError(f"{parameter}: <{missing[0]}> is no graph of this store (a report's IRI names its graph: GET "
                         "/reports lists them); the store reads no graph from elsewhere")
    return graphs


def answer(db: ox.Store, path: Path, query: str, limits: QueryLimits, timeout: float, union: bool = False,
           dataset: SparqlDataset | None = None) -> dict[str, Any]:
    """SPARQL 1.1 JSON results of a read query on a snapshot of ``db`` (stored at ``path``), over its default graph
    (the set of the named graphs' triples, :mod:`graph.backends.embedded`), or with ``union`` Oxigraph's union of
    every graph (a bag: a store not yet given its default graph, opened to read); with ``dataset``, over the graphs
    it names instead (SPARQL 1.1 Protocol §2.1.4: they replace the query's FROM and FROM NAMED).

    A cut answer carries ``"truncated": reason``. Raises :class:`StoreError` for an update,
    a syntax error, the time limit or the memory ceiling, and :class:`QueryError` for a ``dataset`` graph the store
    does not hold (the protocol lets a service refuse a dataset it cannot give; an empty graph would answer silently).
    """
    snapshot = _snapshot_dir(path)
    with _SNAPSHOTS_LOCK:
        _SNAPSHOTS.add(snapshot)
    try:
        db.backup(str(snapshot / "store"))
        return _in_child(str(snapshot / "store"), query, limits, timeout, union, dataset)
    finally:
        shutil.rmtree(snapshot, ignore_errors=True)
        with _SNAPSHOTS_LOCK:
            _SNAPSHOTS.discard(snapshot)


#: The snapshots of the queries in flight, each removed as its query ends; :func:`remove_snapshots` removes those a
#: process abandons at its exit.
_SNAPSHOTS: set[Path] = set()
_SNAPSHOTS_LOCK = threading.Lock()


def remove_snapshots() -> None:
    """Remove the snapshots of the queries still in flight: what a process exiting without unwinding them (``okg
    serve``'s stop past its grace, :mod:`api.server`, which ends with ``os._exit``) would leave beside its store
    (``.store-snapshot-…``; newuser36 B3, round 51)."""
    with _SNAPSHOTS_LOCK:
        left = sorted(_SNAPSHOTS)
        _SNAPSHOTS.clear()
    for snapshot in left:
        shutil.rmtree(snapshot, ignore_errors=True)


def _snapshot_dir(path: Path) -> Path:
    """A fresh directory beside the store (same file system: the checkpoint hard-links)."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{path.name}-snapshot-", dir=path.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix="okg-snapshot-"))


def _in_child(snapshot: str, query: str, limits: QueryLimits, timeout: float, union: bool,
              dataset: SparqlDataset | None = None) -> dict[str, Any]:
    return query_process.run(_read_snapshot, (snapshot, query, limits, union, dataset), what="SPARQL query",
                             timeout=timeout,
                             memory=limits.memory, hint="OKG_QUERY_TIMEOUT")


def _read_snapshot(snapshot: str, query: str, limits: QueryLimits, union: bool,
                   dataset: SparqlDataset | None = None) -> dict[str, Any]:
    try:
        return _answer(ox.Store.read_only(snapshot), query, limits, union, dataset)
    except SyntaxError as exc:
        raise StoreError(f"not a SPARQL query ({', '.join(_READ_FORMS)} only): {exc}") from exc


def _answer(db: ox.Store, query: str, limits: QueryLimits, union: bool,
            dataset: SparqlDataset | None = None) -> dict[str, Any]:
    """SELECT and ASK as SPARQL 1.1 JSON results; CONSTRUCT and DESCRIBE as subject/predicate/object rows."""
    if dataset is None:
        result = db.query(query, use_default_graph_as_union=union)
    else:
        result = db.query(query, default_graph=_graphs(db, "default-graph-uri", dataset.default),
                          named_graphs=_graphs(db, "named-graph-uri", dataset.named))
    if isinstance(result, ox.QueryBoolean):
        return {"head": {}, "boolean": bool(result)}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = ({n: _json_term(s[n]) for n in names if s[n] is not None} for s in result)
    else:
        names = list(_TRIPLE)
        rows = ({n: _json_term(term) for n, term in zip(_TRIPLE, triple)} for triple in result)
    bindings, cut = take(rows, limits)
    out: dict[str, Any] = {"head": {"vars": names}, "results": {"bindings": bindings}}
    if cut:
        out["truncated"] = cut
    return out


def _json_term(term: Any) -> dict[str, Any]:
    """A term in the SPARQL 1.1 JSON results form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {n: _json_term(t) for n, t in zip(_TRIPLE, term)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out
