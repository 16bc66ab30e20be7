"""A first load of a large corpus into the empty database of a Neo4j server okg runs, in bulk.

``okg neo4j import`` writes the graphs the online path would write (:func:`corpus_items`: the
reference graphs, then every report as ``okg ingest`` builds and places it; or :func:`export_items`:
an export's graphs as ``okg import`` reads them) into import files (:mod:`graph.neo4j_bulk`) while the
server still runs, then stops it, fills its database with ``neo4j-admin database import full``
(:func:`api.neo4j_runtime.import_database`), starts it again on the same port and has the store
make its constraints and indexes (:func:`load`). The import only fills an empty database, so a
database holding anything is refused before any of this (:class:`NotEmpty`).
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from api import neo4j_runtime as runtime
from api.ingest import IngestResult, as_reference, build_reports, reference_items
from api.report_worker import ReportLimits
from api.reread import stamped
from graph.identity import Index, place
from graph.transfer import read_export_file
from loaders import ReportGraph

Item = tuple[str, Graph, str]  # (graph IRI, graph, content hash)


class NotEmpty(RuntimeError):
    """The database holds nodes: a bulk import would replace them."""


class _Staged:
    """The graphs a first load has gathered so far, read as :class:`graph.identity.Graphs`."""

    def __init__(self) -> None:
        self.graphs: dict[str, tuple[Graph, str]] = {}

    def named_graph(self, iri: URIRef) -> Graph | None:
        found = self.graphs.get(str(iri))
        return None if found is None else found[0]

    def report_hash(self, report: URIRef) -> str | None:
        found = self.graphs.get(str(report))
        return None if found is None else found[1]


def corpus_items(sources: list[str], limits: ReportLimits | None = None,
                 on_report: Callable[[IngestResult | None], None] = lambda _: None,
                 ) -> tuple[list[Item], list[IngestResult]]:
    """The graphs ``okg ingest`` of ``sources`` writes into an empty store, and the reports that
    failed: the reference graphs, then each report built as ingest builds it
    (:func:`api.ingest.build_reports`) and placed against the ones before it
    (:func:`graph.identity.place`: the same text twice is one report with both sources).
    ``on_report`` hears each source's failure, or None when it was built."""
    staged, failed = _Staged(), []

    def built() -> Iterator[ReportGraph]:
        for _, report in build_reports(sources, limits=limits):
            if isinstance(report, IngestResult):
                failed.append(report)
                on_report(report)
                continue
            yield report
            on_report(None)

    placed = stage(built(), staged)
    items = [(str(iri), graph, content_hash) for iri, graph, content_hash in reference_items()]
    return items + [(iri, graph, content_hash) for iri, (graph, content_hash) in placed.graphs.items()], failed


def stage(reports: Iterable[ReportGraph], staged: _Staged | None = None) -> _Staged:
    """The graphs ``reports`` leave in an empty store, each placed against the ones before it
    (:func:`graph.identity.place`, as ``okg ingest`` places them), gathered in ``staged`` (a new one by default)."""
    staged, index = staged or _Staged(), Index(None)
    for report in map(stamped, reports):  # as okg ingest writes them (api.reread): the next ingest finds them unchanged
        placement = place(index, report.iri, report.graph, report.content_hash)
        for iri, graph, content_hash in placement.writes(staged):
            if graph is None:
                staged.graphs.pop(str(iri), None)
            else:
                staged.graphs[str(iri)] = (graph, content_hash)
        index.written(placement)
    return staged


def export_items(path: Path) -> list[Item]:
    """The graphs ``okg import PATH`` writes (an export keeping its named graphs: .nq, .trig, .jsonld)."""
    return [(str(iri), graph, content_hash) for iri, graph, content_hash in as_reference(read_export_file(path))]


def _run(server: runtime.Neo4jConnection, *statements: str) -> list[dict[str, Any]]:
    """Run statements on the server's default database, one transaction each; the last one's rows."""
    from neo4j import GraphDatabase

    rows: list[dict[str, Any]] = []
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        for statement in statements:
            rows = [record.data() for record in driver.execute_query(statement).records]
    return rows


def nodes_in(server: runtime.Neo4jConnection) -> int:
    """How many nodes the server's default database holds."""
    return int(_run(server, "MATCH (n) RETURN count(n) AS n")[0]["n"])


def empty_server(home: Path, memory: runtime.Memory = runtime.SMALL) -> runtime.Neo4jServer | None:
    """The server in ``home`` (started if it does not run), its database checked empty: raises
    :class:`NotEmpty` (one line saying what to do instead) before anything is built. None when no
    server runs there and ``home`` holds no database yet: a new home is empty, and the import needs
    no server to stop (one start, after it, instead of two)."""
    server = runtime.status(home)
    if server is None and not runtime.holds_database(home):
        return None
    server = server or runtime.start(home, memory=memory)
    if (held := nodes_in(server)) > 0:
        raise NotEmpty(f"the Neo4j database in {server.home} holds {held:,} nodes and a bulk import only fills "
                       "an empty one: add to it with `okg ingest --neo4j` or `okg import --neo4j`, or stop the "
                       f"server and remove {server.home / 'data'} to start empty")
    return server


def load(home: Path, items: list[Item], memory: runtime.Memory = runtime.SMALL,
         on_stage: Callable[[str], None] = lambda _: None,
         on_line: Callable[[str], None] = lambda _: None) -> runtime.Neo4jServer:
    """Fill the empty database in ``home`` (:func:`empty_server`) with ``items`` in bulk; the server
    running (with ``memory``), constraints and indexes made. ``on_stage`` hears each stage's
    name, ``on_line`` each line the import tool prints. Raises :class:`NotEmpty` (written to
    meanwhile), :class:`graph.neo4j_bulk.BulkError`, :class:`api.neo4j_runtime.Neo4jRuntimeError`."""
    from graph import neo4j_bulk, search_index
    from graph.backends.neo4j import Neo4jStore

    server = empty_server(home, memory)
    with tempfile.TemporaryDirectory(prefix="okg-bulk-") as directory:
        on_stage("writing the import files")
        files = neo4j_bulk.write_files(items, Path(directory))

        def imported() -> None:
            on_stage(f"importing {files.triples:,} triples of {files.graphs:,} graphs")
            runtime.import_database(home, files.arguments(), on_line)
            on_stage("starting Neo4j")

        if server is None:  # a new home: nothing runs to stop
            port = runtime.prepare(home, memory)
            imported()
            server = runtime.start(home, port=port, memory=memory)
        else:
            on_stage("stopping Neo4j")
            server = runtime.while_stopped(server, imported, memory)
    on_stage("making constraints and indexes")
    _run(server, *neo4j_bulk.EMPTY_LISTS)
    with Neo4jStore(server.uri, server.user, server.password) as store:  # makes the layout's constraints
        search_index.index(store)  # makes the name index's; finds every graph indexed already
    return server
