"""`okg neo4j import`: the bundled samples (and a few graphs of awkward values) loaded in bulk into an
empty database hold what `okg ingest --neo4j` writes into another one: the same layout node for node
(labels, properties with provenance, relationships with their graphs, bookkeeping, name index, constraints
and indexes), the same RDF back out, and the same API answers. Online is the session's server, emptied
(nodes, constraints and indexes) first; bulk is one server of the module's own, which the command stops,
imports into and starts once (a new home: nothing to stop); the refusal runs against that server afterwards."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import GraphDatabase
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
    "relationships": "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS s, type(r) AS t, b.uri AS o, properties(r) AS props",
    "records": "MATCH (s:_OkgStated) RETURN properties(s) AS props",
    "layout": "MATCH (m:_OkgMark {key: 'neo4j-layout'}) RETURN m.value AS value",
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


def _emptied(server: runtime.Neo4jConnection) -> None:
    """Empty the session's shared database as a new one is: no nodes, no constraints, no indexes but
    the token look-ups every database has (other tests leave theirs; the store makes its own again)."""
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        for row in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
            driver.execute_query(f"DROP CONSTRAINT `{row['name']}`")
        for row in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'").records:
            driver.execute_query(f"DROP INDEX `{row['name']}`")


@pytest.fixture(scope="module")
def online(neo4j_server: runtime.Neo4jConnection) -> Iterator[Neo4jStore]:
    """The samples written online (`okg ingest`) into the emptied session database, then the awkward graphs
    (:func:`awkward_items`) as ``upsert_reports`` writes them."""
    _emptied(neo4j_server)
    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password) as store:
        with_samples(store)
        store.upsert_reports([(URIRef(g), graph, content_hash) for g, graph, content_hash in awkward_items()])
        yield store


@pytest.fixture(scope="module")
def bulk_home(neo4j_launcher: tuple[str, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A new server home of the module's own (the command imports into it and starts its server);
    the server stopped at the end."""
    home = tmp_path_factory.mktemp("bulk-home")
    yield home
    if (server := runtime.status(home)) is not None:
        runtime.stop(server)


@pytest.fixture(scope="module")
def bulk(bulk_home: Any) -> Iterator[Neo4jStore]:
    """The samples loaded in bulk by `okg neo4j import SAMPLES --home HOME`, the awkward graphs
    (:func:`awkward_items`) after the graphs the command builds from them (last, as online)."""
    build = bulk_load.corpus_items

    def with_awkward(*args: Any, **kwargs: Any) -> tuple[list[bulk_load.Item], list[Any]]:
        items, failed = build(*args, **kwargs)
        return items + awkward_items(), failed

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk_load, "corpus_items", with_awkward)
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
LABEL = "怪值之法"  # a name no sample holds


def awkward() -> dict[str, Graph]:
    """Two graphs sharing a node, with values the CSV must carry exactly: quotes, commas, semicolons and
    newlines in strings, an empty string (alone, too), one that reads as a typed form, language tags, numbers beyond
    64 bits, doubles, dates, booleans, lists mixing types, a blank node, an IRI with a comma."""
    a, b = Graph(), Graph()
    for text in ['say "hi", then; go', "line one\nline two\r\n", "", "  padded  ", "72^^xsd__decimal", "法@zh"]:
        a.add((EX.x, EX.text, Literal(text)))
    a.add((EX.x, RDFS.label, Literal(LABEL, lang="zh")))
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
    b.add((EX.y, EX.text, Literal("")))  # a list of one empty string (a property not functional is a list)
    return {str(EX["graph-a"]): a, str(EX["graph-b"]): b}


def awkward_items() -> list[bulk_load.Item]:
    """:func:`awkward` as ``(graph IRI, graph, content hash)`` items."""
    return [(g, graph, f"hash-{n}") for n, (g, graph) in enumerate(awkward().items())]


def test_awkward_values_come_back_exactly(bulk: Neo4jStore) -> None:
    back = dict(bulk.report_graphs())
    for g, graph in awkward().items():
        assert isomorphic(back[URIRef(g)], graph), g
    hashes = bulk.graph_hashes()
    assert {g: hashes.get(g) for g, _, _ in awkward_items()} == {g: h for g, _, h in awkward_items()}
    assert [hit["iri"] for hit in search_index.find(bulk, LABEL)["items"]] == [str(EX.x)]


def test_a_value_holding_the_array_delimiter_is_refused(tmp_path: Any) -> None:
    graph = Graph()
    graph.add((EX.x, EX.text, Literal("a\x1eb")))
    with pytest.raises(BulkError, match="U\\+001E"):
        write_files([(str(EX.g), graph, "h")], tmp_path)
