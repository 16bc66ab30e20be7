"""`okg neo4j import`: the bundled samples loaded in bulk into an empty database hold what
`okg ingest --neo4j` writes into another one: the same layout node for node (labels, properties with
provenance, relationships with their graphs, bookkeeping, name index, constraints and indexes), the same
RDF back out, and the same API answers. Two servers of the module's own: one written online, one whose
home the command stops, imports into and restarts."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from api import bulk_load
from api import neo4j_runtime as runtime
from api.app import create_app
from api.cli import SAMPLES, app
from api_helpers import with_samples
from graph import search_index
from graph.backends.neo4j import Neo4jStore
from graph.neo4j_bulk import BulkError, write_files
from graph.n10s import GENID

pytestmark = pytest.mark.neo4j

# The layout read back in a form two databases can be compared in: lists sorted (a relationship two writes
# share lists its graphs in the order they came), the version's epoch and count left out.
LAYOUT = {
    "resources": "MATCH (n:Resource) RETURN labels(n) AS labels, properties(n) AS props",
    "relationships": "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS s, type(r) AS t, b.uri AS o, r.graphs AS graphs",
    "graphs": "MATCH (m:_OkgGraph) RETURN properties(m) AS props",
    "prefixes": "MATCH (p:_NsPrefDef) RETURN properties(p) AS props",
    "locks": "MATCH (l:_OkgLock) RETURN l.name AS name, keys(l) AS keys",
    "names": "MATCH (n:_OkgName) RETURN properties(n) AS props",
    "names of": "MATCH (s:_OkgNamesOf) OPTIONAL MATCH (s)-[:_STATES]->(n:_OkgName) "
                "RETURN s.g AS g, s.hash AS hash, collect(n.id) AS names",
    "indexes": "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *",
    "constraints": "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *",
}


def layout(store: Neo4jStore) -> dict[str, list[str]]:
    """Each part of :data:`LAYOUT` as its rows, sorted, with every skolemised blank node the same
    ``_:b`` (two loads of the ontology parse its blank nodes under other labels, online as in bulk;
    the graphs' isomorphism is checked on the RDF)."""
    return {part: sorted(repr(_plain(row.data())) for row in store._driver.execute_query(query).records)
            for part, query in LAYOUT.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return sorted((_plain(v) for v in value), key=repr)
    return "_:b" if isinstance(value, str) and value.startswith(GENID) else value


@pytest.fixture(scope="module")
def online(fresh_neo4j_server: runtime.Neo4jServer) -> Iterator[Neo4jStore]:
    """The samples written online (`okg ingest`) into an empty database."""
    with Neo4jStore(fresh_neo4j_server.uri, fresh_neo4j_server.user, fresh_neo4j_server.password) as store:
        yield with_samples(store)  # type: ignore[misc]


@pytest.fixture(scope="module")
def bulk_home(neo4j_launcher: tuple[str, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A server home of the module's own (the command stops and starts its server), with its server
    running empty; stopped at the end."""
    home = tmp_path_factory.mktemp("bulk-home")
    runtime.start(home)
    yield home
    if (server := runtime.status(home)) is not None:
        runtime.stop(server)


@pytest.fixture(scope="module")
def bulk(bulk_home: Any) -> Iterator[Neo4jStore]:
    """The samples loaded in bulk by `okg neo4j import SAMPLES --home HOME`."""
    done = CliRunner().invoke(app, ["neo4j", "import", str(SAMPLES), "--home", str(bulk_home)])
    assert done.exit_code == 0, done.output
    server = runtime.status(bulk_home)
    assert server is not None and f"export NEO4J_URI={server.uri}" in done.stdout
    with Neo4jStore(server.uri, server.user, server.password) as store:
        yield store


def test_the_layout_is_what_the_online_path_writes(online: Neo4jStore, bulk: Neo4jStore) -> None:
    expected, found = layout(online), layout(bulk)
    assert len(found["resources"]) > 1000 and found["names"]
    for part in LAYOUT:
        assert found[part] == expected[part], part
    assert bulk.version() != online.version() and ":" in bulk.version() and "None" not in bulk.version()


def test_the_same_rdf_comes_back_out(online: Neo4jStore, bulk: Neo4jStore) -> None:
    assert bulk.graph_hashes() == online.graph_hashes()
    expected, found = dict(online.report_graphs()), dict(bulk.report_graphs())
    assert set(found) == set(expected)
    for g, graph in expected.items():
        assert isomorphic(found[g], graph), g
    assert len(bulk.export("nq").splitlines()) == len(online.export("nq").splitlines())


@pytest.mark.parametrize("path", ["/laws", "/laws?inspected=true", "/coverage", "/search?q=森林法", "/stats"])
def test_the_api_answers_the_same(online: Neo4jStore, bulk: Neo4jStore, path: str) -> None:
    answers = []
    for store in (online, bulk):
        with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
            response = client.get(path)
            assert response.status_code == 200, response.text
            answers.append(response.json())
    assert answers[0] == answers[1]


def test_a_database_holding_anything_is_refused_in_one_line(bulk: Neo4jStore, bulk_home: Any) -> None:
    pid = runtime.status(bulk_home).pid  # type: ignore[union-attr]
    done = CliRunner().invoke(app, ["neo4j", "import", str(SAMPLES), "--home", str(bulk_home)])
    assert done.exit_code == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "holds" in lines[0] and "okg ingest --neo4j" in lines[0], done.stderr
    assert runtime.status(bulk_home).pid == pid  # type: ignore[union-attr] # the server was left alone


EX = Namespace("http://example.org/bulk/")


def awkward() -> dict[str, Graph]:
    """Two graphs sharing a node, with values the CSV must carry exactly: quotes, commas, semicolons and
    newlines in strings, an empty string, one that reads as a typed form, language tags, numbers beyond
    64 bits, doubles, dates, booleans, lists mixing types, a blank node, an IRI with a comma."""
    a, b = Graph(), Graph()
    for text in ['say "hi", then; go', "line one\nline two\r\n", "", "  padded  ", "72^^xsd__decimal", "法@zh"]:
        a.add((EX.x, EX.text, Literal(text)))
    a.add((EX.x, RDFS.label, Literal("森林法", lang="zh")))
    a.add((EX.x, EX.big, Literal(2**70)))
    a.add((EX.x, EX.ratio, Literal(0.1)))
    a.add((EX.x, EX.day, Literal("2024-02-09", datatype=XSD.date)))
    a.add((EX.x, EX.flag, Literal(True)))
    a.add((EX.x, EX.mixed, Literal(3)))
    a.add((EX.x, EX.mixed, Literal("three")))
    a.add((EX.x, RDF.type, EX.Thing))
    a.add((EX.x, EX.part, BNode("p1")))
    a.add((BNode("p1"), EX.text, Literal("a blank node's")))
    a.add((EX.x, EX.next, URIRef("http://example.org/bulk/a,b")))
    b.add((EX.x, EX.ratio, Literal(0.1)))
    b.add((EX.x, EX.ratio, Literal(2.5)))
    b.add((EX.x, RDF.type, EX.Other))
    b.add((EX.y, EX.next, EX.x))
    return {str(EX["graph-a"]): a, str(EX["graph-b"]): b}


def test_awkward_values_come_back_exactly(neo4j_launcher: tuple[str, list[str]],
                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    home = tmp_path_factory.mktemp("awkward-home")
    graphs = awkward()
    server = bulk_load.load(bulk_load.empty_server(home), [(g, graph, f"hash-{n}") for n, (g, graph) in enumerate(graphs.items())])
    try:
        with Neo4jStore(server.uri, server.user, server.password) as store:
            back = dict(store.report_graphs())
            assert set(back) == {URIRef(g) for g in graphs}
            for g, graph in graphs.items():
                assert isomorphic(back[URIRef(g)], graph), g
            assert store.graph_hashes() == {g: f"hash-{n}" for n, g in enumerate(graphs)}
            assert [hit["iri"] for hit in search_index.find(store, "森林")["items"]] == [str(EX.x)]
    finally:
        runtime.stop(server)


def test_a_value_holding_the_array_delimiter_is_refused(tmp_path: Any) -> None:
    graph = Graph()
    graph.add((EX.x, EX.text, Literal("a\x1eb")))
    with pytest.raises(BulkError, match="U\\+001E"):
        write_files([(str(EX.g), graph, "h")], tmp_path)
