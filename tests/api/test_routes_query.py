"""Read-only SPARQL and Cypher, and the analytics routes."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api_helpers import WETLAND, Api

INSPECTIONS = ("PREFIX okg: <https://w3id.org/oversight-kg/ontology#>\n"
               "SELECT ?law (COUNT(?a) AS ?n) WHERE { ?a a okg:LawEnforcementInspection ; okg:concernsLaw ?law }"
               " GROUP BY ?law")
WRITES = ["INSERT DATA { <urn:x> <urn:y> <urn:z> }", "DROP ALL", "CLEAR DEFAULT",
          "DELETE WHERE { ?s ?p ?o }", "LOAD <http://127.0.0.1:1/x.ttl>"]


def _sparql_store(client: TestClient) -> bool:
    return client.get("/health").json()["store"] == "embedded"


def test_sparql_get_and_both_post_forms_agree(client: TestClient) -> None:
    if not _sparql_store(client):
        assert client.get("/sparql", params={"query": INSPECTIONS}).status_code == 501
        return
    got = client.get("/sparql", params={"query": INSPECTIONS})
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/sparql-results+json")
    rows = {b["law"]["value"]: int(b["n"]["value"]) for b in got.json()["results"]["bindings"]}
    assert rows[WETLAND] >= 1
    raw = client.post("/sparql", content=INSPECTIONS.encode(), headers={"content-type": "application/sparql-query"})
    form = client.post("/sparql", data={"query": INSPECTIONS})
    assert raw.json() == form.json() == got.json()
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


@pytest.mark.parametrize("update", WRITES)
def test_sparql_refuses_every_update_and_the_graph_is_unchanged(client: TestClient, update: str) -> None:
    before = client.get("/stats").json()
    for response in (client.get("/sparql", params={"query": update}),
                     client.post("/sparql", content=update, headers={"content-type": "application/sparql-query"})):
        assert response.status_code in (400, 501), response.text
        assert response.json()["detail"]
    assert client.get("/stats").json() == before


def test_sparql_input_errors(client: TestClient) -> None:
    if not _sparql_store(client):
        return
    assert client.get("/sparql", params={"query": "SELEKT nonsense"}).status_code == 400
    assert client.get("/sparql").status_code == 422
    assert client.post("/sparql", content="x", headers={"content-type": "text/plain"}).status_code == 415
    too_long = client.post("/sparql", content="#" * 30_000, headers={"content-type": "application/sparql-query"})
    assert too_long.status_code == 422


def test_cypher_reads_on_neo4j_and_is_501_elsewhere(client: TestClient) -> None:
    query = {"query": "MATCH (l:Law {uri: $iri}) RETURN l.rdfs__label AS title", "parameters": {"iri": WETLAND}}
    response = client.post("/cypher", json=query)
    if _sparql_store(client):
        assert response.status_code == 501 and "cypher" in response.json()["detail"]
        return
    assert response.status_code == 200, response.text
    assert response.json()["rows"] == [{"title": "中华人民共和国湿地保护法@zh"}]  # n10s's keepLangTag form
    before = client.get("/stats").json()
    for write in ("CREATE (n:Resource {uri: 'urn:x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1"):
        refused = client.post("/cypher", json={"query": write})
        assert refused.status_code == 400, refused.text
    assert client.get("/stats").json() == before


def test_cypher_syntax_error_is_one_line_about_the_query_as_written(client: TestClient) -> None:
    if _sparql_store(client):
        return
    for query, where in (("MATC (n) RETURN n", "line 1, column 1 (offset: 0)"),
                         ("MATCH (n)\nRETURN n LIMT 1", "line 2, column 10 (offset: 19)")):
        refused = client.post("/cypher", json={"query": query})
        assert refused.status_code == 400, refused.text
        detail = refused.json()["detail"]
        assert where in detail and "EXPLAIN" not in detail and "\n" not in detail, detail


def test_cypher_body_is_validated(client: TestClient) -> None:
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"parameters": {}}).status_code == 422


@pytest.mark.parametrize("measure", ["centrality", "communities", "co-inspection", "joint-activities"])
def test_analytics_tables(api: Api, client: TestClient, measure: str) -> None:
    response = client.get(f"/analytics/{measure}", params={"limit": 50})
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["measure"] == measure and page["total"] > 0 and len(page["items"]) <= 50
    assert api.get("/analytics/pagerank", 422)["detail"]
