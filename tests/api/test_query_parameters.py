"""/sparql and /cypher refuse a query parameter they do not take, naming those they do, as every other route does, and
/cypher answers CSV as /sparql does: a spreadsheet's file with ``format=csv`` or ``Accept: text/csv``, the same bytes, 406
for a type it does not offer (a first-time analyst's round 44, finding 11: ``/sparql?foo=bar`` answered 200, and
``POST /cypher?format=csv`` JSON, which was saved as ``x.csv``)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.tabular import XLSX
from shared_stores import SharedStore

LAWS = "SELECT ?law WHERE { ?l a okg:Law ; rdfs:label ?law } ORDER BY ?law LIMIT 3"
CYPHER = {"query": "MATCH (l:Law) RETURN split(l.rdfs__label[0], '@')[0] AS law, l.uri AS uri, 1 AS one, "
                   "[1, 2] AS pair, true AS yes ORDER BY law LIMIT 3"}


@pytest.fixture(scope="module")
def embedded(shared_samples: SharedStore) -> Iterator[TestClient]:
    with TestClient(create_app(shared_samples.read_only("embedded")), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def neo4j(shared_samples: SharedStore) -> Iterator[TestClient]:
    with TestClient(create_app(shared_samples.read_only("neo4j")), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as client:
        yield client


def test_sparql_refuses_a_parameter_it_does_not_take_naming_those_it_does(embedded: TestClient) -> None:
    for answer in (embedded.get("/sparql", params={"query": LAWS, "foo": "bar"}),
                   embedded.post("/sparql", data={"query": LAWS, "limit": "5"})):
        assert answer.status_code == 422, answer.text
        detail = answer.json()["detail"]
        assert detail.split(":")[0] in ("foo", "limit") and "it takes query and format" in detail, detail
    # what SPARQLWrapper sends with every query: the hint under its three names
    sent = embedded.get("/sparql", params={"query": LAWS, "format": "json", "output": "json", "results": "json"})
    assert sent.status_code == 200 and len(sent.json()["results"]["bindings"]) == 3


def test_cypher_refuses_a_parameter_it_does_not_take_on_any_store(embedded: TestClient) -> None:
    answer = embedded.post("/cypher", params={"limit": "5"}, json=CYPHER)
    assert answer.status_code == 422 and answer.json()["detail"] == \
        "limit: /cypher has no such query parameter; it takes format", answer.text


@pytest.mark.neo4j
def test_cypher_answers_csv_as_sparql_does(neo4j: TestClient) -> None:
    rows = neo4j.post("/cypher", json=CYPHER).json()["rows"]
    assert len(rows) == 3
    spreadsheet = neo4j.post("/cypher", params={"format": "csv"}, json=CYPHER).content
    for params, headers in (({"format": "csv"}, {}), ({"format": "CSV"}, {"Accept": "*/*"}),
                            ({}, {"Accept": "text/csv"}), ({"format": "json"}, {"Accept": "text/csv"})):
        answer = neo4j.post("/cypher", params=params, json=CYPHER, headers=headers)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv"), (params, answer.text)
        assert answer.content.startswith("\ufeff".encode()) and answer.content == spreadsheet, params  # newuser31 B12
        assert "attachment" in answer.headers.get("content-disposition", ""), params
        table = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert [row["law"] for row in table] == [row["law"] for row in rows], params
        assert [row["uri"] for row in table] == [row["uri"] for row in rows]
        assert {row["one"] for row in table} == {"1"} and {row["yes"] for row in table} == {"true"}
        assert {row["pair"] for row in table} == {"1; 2"}, params  # a list one way in every file (newuser30 T7)
    assert neo4j.post("/cypher", params={"format": "csv"}, json=CYPHER, headers={"Accept": "application/json"}).json()["rows"] == rows
    for params, headers in (({}, {"Accept": "application/xml"}), ({"format": "ods"}, {})):
        answer = neo4j.post("/cypher", params=params, json=CYPHER, headers=headers)
        assert answer.status_code == 406 and "\n" not in answer.json()["detail"], (params, answer.text)
        assert "xlsx" in answer.json()["detail"] or "format" not in params


@pytest.mark.neo4j
def test_cypher_answers_xlsx_as_the_listings_and_sparql_do(neo4j: TestClient) -> None:
    """newuser30 T7: ``format=xlsx`` answered 406 on /cypher while /sparql and every listing give a workbook."""
    from openpyxl import load_workbook

    rows = neo4j.post("/cypher", json=CYPHER).json()["rows"]
    for params, headers in (({"format": "xlsx"}, {}), ({}, {"Accept": XLSX})):
        answer = neo4j.post("/cypher", params=params, json=CYPHER, headers=headers)
        assert answer.status_code == 200 and answer.headers["content-type"] == XLSX, (params, answer.text[:200])
        assert 'filename="oversight-kg-cypher.xlsx"' in answer.headers["content-disposition"]
        sheet = load_workbook(io.BytesIO(answer.content)).active
        header, *cells = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert header == ["law", "uri", "one", "pair", "yes"]
        assert [c[0] for c in cells] == [row["law"] for row in rows]
        assert {(c[2], c[3], c[4]) for c in cells} == {(1, "1; 2", True)}


@pytest.mark.neo4j
@pytest.mark.parametrize(("params", "headers"), [({"format": "csv"}, {}), ({}, {"Accept": "text/csv"}),
                                                 ({"format": "xlsx"}, {})])
def test_cypher_with_no_row_still_names_its_columns(neo4j: TestClient, params: dict, headers: dict) -> None:
    """A query answering no row writes the columns it declares, as /sparql writes its variables (newuser30 #6: the
    file had no header line)."""
    from openpyxl import load_workbook

    query = {"query": "MATCH (l:Law) WHERE l.uri = 'none' RETURN l.uri AS uri, 1 AS one"}
    answer = neo4j.post("/cypher", params=params, json=query, headers=headers)
    assert answer.status_code == 200, answer.text
    if params.get("format") == "xlsx":
        assert [list(r) for r in load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True)] == \
            [["uri", "one"]]
    else:
        assert answer.content.decode("utf-8-sig").splitlines() == ["uri,one"]


#: Every listing a file can be asked of, and the query routes.
LISTINGS = ["/laws", "/coverage", "/activities", "/statistics", "/reports", "/areas", "/organs", "/deputies",
            "/statistics/measures"]


@pytest.mark.parametrize("route", LISTINGS)
def test_accept_text_csv_and_format_csv_are_the_same_bytes_on_every_listing(embedded: TestClient, route: str) -> None:
    """newuser31 B12: one CSV however it is asked, a BOM first so that Excel reads Chinese."""
    by_format = embedded.get(route, params={"format": "csv"})
    by_accept = embedded.get(route, headers={"Accept": "text/csv"})
    assert by_format.status_code == by_accept.status_code == 200, (route, by_format.text[:200])
    assert by_format.content.startswith("\ufeff".encode()) and by_accept.content == by_format.content, route


def test_sparql_accept_text_csv_is_format_csv(embedded: TestClient) -> None:
    by_format = embedded.get("/sparql", params={"query": LAWS, "format": "csv"}).content
    for answer in (embedded.get("/sparql", params={"query": LAWS}, headers={"Accept": "text/csv"}),
                   embedded.post("/sparql", data={"query": LAWS}, headers={"Accept": "text/csv"}),
                   embedded.get("/sparql", params={"query": LAWS, "format": "json"}, headers={"Accept": "text/csv"})):
        assert answer.status_code == 200 and answer.content == by_format and by_format.startswith("\ufeff".encode())


@pytest.mark.neo4j
def test_cypher_by_get_answers_as_post_does(neo4j: TestClient) -> None:
    """newuser31 B12: GET /cypher was a 405, so ``curl -G … -o x.xlsx`` saved JSON under an .xlsx name; it takes
    ``query=`` (and ``parameters=`` as JSON) as /sparql does, read-only as POST is."""
    posted = neo4j.post("/cypher", json=CYPHER)
    got = neo4j.get("/cypher", params=CYPHER)
    assert got.status_code == 200 and got.json() == posted.json(), got.text
    for params, headers in (({"format": "csv"}, {}), ({}, {"Accept": "text/csv"}), ({"format": "xlsx"}, {})):
        by_get = neo4j.get("/cypher", params={**CYPHER, **params}, headers=headers)
        by_post = neo4j.post("/cypher", params=params, json=CYPHER, headers=headers)
        assert by_get.status_code == 200 and by_get.headers["content-type"] == by_post.headers["content-type"]
        if params.get("format") != "xlsx":  # a workbook's bytes hold its time of making
            assert by_get.content == by_post.content, params
    named = {"query": "MATCH (l:Law) WHERE l.uri = $uri RETURN l.uri AS uri",
             "parameters": '{"uri": "%s"}' % posted.json()["rows"][0]["uri"]}
    assert neo4j.get("/cypher", params=named).json()["rows"] == [{"uri": posted.json()["rows"][0]["uri"]}]
    write = neo4j.get("/cypher", params={"query": "MATCH (n:Law) SET n.x = 1 RETURN count(n)"})
    assert write.status_code == 400 and "writes are refused" in write.json()["detail"]
    for params, said in (({}, "query: the Cypher query is required"), ({"query": " "}, "query:"),
                         ({**CYPHER, "parameters": "[1]"}, "parameters: give a JSON object"),
                         ({**CYPHER, "parameters": "{x"}, "parameters: not JSON"),
                         ({**CYPHER, "limit": "5"}, "limit: /cypher has no such query parameter")):
        refused = neo4j.get("/cypher", params=params)
        assert refused.status_code == 422 and refused.json()["detail"].startswith(said), (params, refused.text)


def test_cypher_by_get_on_a_store_without_cypher_is_501(embedded: TestClient) -> None:
    for params in ({}, CYPHER):
        answer = embedded.get("/cypher", params=params)
        assert answer.status_code == 501 and "cypher" in answer.json()["detail"], answer.text


#: A path of two relationships from an inspection, and its parts.
GRAPH_VALUES = {"query": "MATCH p = (a)-[r]->(b)-[]->() WHERE 'Resource' IN labels(a) RETURN a, r, b, p LIMIT 1"}


@pytest.mark.neo4j
def test_cypher_gives_nodes_relationships_and_paths_as_json(neo4j: TestClient) -> None:
    """newuser31 B11: a node or path came back as the driver's Python repr ("<Node element_id='4:…' labels=frozenset(…)
    …>"); each is now what the driver's graph types hold, as JSON, and a cell of JSON in CSV and XLSX."""
    from openpyxl import load_workbook

    [row] = neo4j.post("/cypher", json=GRAPH_VALUES).json()["rows"]
    node, rel, end, path = row["a"], row["r"], row["b"], row["p"]
    assert set(node) == {"element_id", "labels", "properties"} and "Resource" in node["labels"]
    assert node["labels"] == sorted(node["labels"]) and isinstance(node["properties"]["uri"], str)
    assert set(rel) == {"element_id", "type", "start", "end", "properties"} and rel["type"]
    assert (rel["start"], rel["end"]) == (node["element_id"], end["element_id"])
    assert set(path) == {"nodes", "relationships"} and len(path["nodes"]) == 3 and len(path["relationships"]) == 2
    assert path["nodes"][:2] == [node, end] and path["relationships"][0] == rel
    assert [(r["start"], r["end"]) for r in path["relationships"]] == [
        (a["element_id"], b["element_id"]) for a, b in zip(path["nodes"], path["nodes"][1:])]
    table = list(csv.DictReader(io.StringIO(
        neo4j.post("/cypher", params={"format": "csv"}, json=GRAPH_VALUES).content.decode("utf-8-sig"))))
    assert [{k: json.loads(v) for k, v in table[0].items()}] == [row]
    sheet = load_workbook(io.BytesIO(neo4j.post("/cypher", params={"format": "xlsx"}, json=GRAPH_VALUES).content)).active
    header, cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert dict(zip(header, (json.loads(c) for c in cells))) == row
