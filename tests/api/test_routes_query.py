"""Read-only SPARQL and Cypher, and the analytics routes."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api_helpers import NEO4J_ONLY, WETLAND, Api

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
    # n10s's keepLangTag form, in a list however many titles the law has (rdfs:label is not functional)
    assert response.json()["rows"] == [{"title": ["中华人民共和国湿地保护法@zh"]}]
    before = client.get("/stats").json()
    for write in ("CREATE (n:Resource {uri: 'urn:x'})", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1"):
        refused = client.post("/cypher", json={"query": write})
        assert refused.status_code == 400, refused.text
    assert client.get("/stats").json() == before


@pytest.mark.parametrize("params", [{}, {"query": "MATCH (l:Law) RETURN count(l) AS n"}])
def test_get_cypher_says_what_the_store_answers(client: TestClient, params: dict[str, str]) -> None:
    """GET is 501 on the embedded store as POST is (the README's word; a new user's round 38: a bare 405); on Neo4j
    it runs ``query=`` as POST runs the body's (newuser31 B12), and without one says how to give it."""
    response = client.get("/cypher", params=params)
    if _sparql_store(client):
        assert response.status_code == 501 and "cypher" in response.json()["detail"]
    elif params:
        assert response.status_code == 200 and response.json() == client.post("/cypher", json=params).json()
    else:
        assert response.status_code == 422 and "GET /cypher?query=" in response.json()["detail"]


#: A query of each kind /cypher refuses, the words its refusal starts with (what was refused and
#: why) and the words saying what to do.
REFUSALS = [
    ("CREATE (n:Resource {uri: 'urn:x'})", "writes are refused: /cypher runs read queries only", "okg ingest"),
    ("MATCH (n:Law) SET n.x = 1 RETURN count(n)", "writes are refused: /cypher runs read queries only", "okg ingest"),
    ("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV is refused: /cypher reads the graph",
     "okg ingest"),
    ("CALL db.ping()", "procedure db.ping is refused: /cypher calls only the read procedures db.labels", "MATCH"),
    ("CALL apoc.help('x')", "procedure apoc.help is refused: the server has no such procedure", "MATCH"),
    ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS is refused: /cypher reads the graph and does not administer", "cypher-shell"),
    ("SHOW USERS", "administration commands are refused: /cypher reads the graph", "cypher-shell"),
    ("CREATE INDEX x IF NOT EXISTS FOR (n:Resource) ON (n.x)", "schema and administration commands are refused",
     "cypher-shell"),
    ("PROFILE MATCH (n) RETURN n", "EXPLAIN and PROFILE are refused: /cypher answers with a query's rows",
     "without them"),
    ("MATC (n) RETURN n", "not a Cypher read query: syntax error at line 1, column 1: invalid input 'MATC', "
     "expected one of", "MATCH"),
    ("MATCH (n)\nRETURN n LIMT 1", "not a Cypher read query: syntax error at line 2, column 10: invalid input 'LIMT'",
     "LIMIT"),
    ("MATCH (n) RETURN n.uri +", "not a Cypher read query: syntax error at line 1, column 25: the query ends",
     "an expression"),
    ("MATCH (n) RETURN m", "Neo4j cannot run the query at line 1, column 18: Variable `m` not defined",
     "correct the query"),
    ("RETURN $x AS x", "Neo4j cannot run the query: Expected parameter(s): x", '"parameters"'),
    ("UNWIND [1, 0] AS x RETURN 1 / x AS y", "Neo4j cannot run the query: / by zero", "correct the query"),
]


@NEO4J_ONLY
@pytest.mark.parametrize(("query", "starts", "todo"), REFUSALS)
def test_a_refused_cypher_query_is_one_sentence_saying_what_why_and_what_to_do(
        client: TestClient, query: str, starts: str, todo: str) -> None:
    """Each refusal is the user's query's fault (400, never 5xx), one line in /sparql's shape, about the
    query as written (the EXPLAIN okg puts before it to read its plan is not counted), without the
    driver's dump, and with no clause /cypher would refuse among those a syntax error expects."""
    refused = client.post("/cypher", json={"query": query})
    assert refused.status_code == 400, refused.text
    detail = refused.json()["detail"]
    assert detail.startswith(starts) and todo in detail.split(":", 2)[-1], detail
    assert "\n" not in detail and "bolt://" not in detail and "neo4j_code" not in detail and "offset" not in detail
    if "syntax error" in detail:
        assert "EXPLAIN" not in detail and "CREATE" not in detail and "DELETE" not in detail, detail


def test_cypher_body_is_validated(client: TestClient) -> None:
    assert client.post("/cypher", json={"query": ""}).status_code == 422
    assert client.post("/cypher", json={"parameters": {}}).status_code == 422


# joint-activities is checked where a joint inspection is stored (test_routes_partners): since round 47 ruling 10 the
# samples' one 联动 inspection is the province's with 新洲 assisting, and no sample tells two organs conducting together
@pytest.mark.parametrize("measure", ["centrality", "communities", "co-inspection"])
def test_analytics_tables(api: Api, client: TestClient, measure: str) -> None:
    response = client.get(f"/analytics/{measure}", params={"limit": 50})
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["measure"] == measure and page["total"] > 0 and len(page["items"]) <= 50
    assert api.get("/analytics/pagerank", 422)["detail"]
