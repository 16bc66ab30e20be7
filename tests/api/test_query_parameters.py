"""/sparql and /cypher refuse a query parameter they do not take, naming those they do, as every other route does, and
/cypher answers CSV as /sparql does: a spreadsheet's file with ``format=csv``, plain CSV for ``Accept: text/csv``, 406
for a type it does not offer (a first-time analyst's round 44, finding 11: ``/sparql?foo=bar`` answered 200, and
``POST /cypher?format=csv`` JSON, which was saved as ``x.csv``)."""
from __future__ import annotations

import csv
import io
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
    for params, headers, bom in (({"format": "csv"}, {}, True), ({"format": "CSV"}, {"Accept": "*/*"}, True),
                                 ({}, {"Accept": "text/csv"}, False), ({"format": "json"}, {"Accept": "text/csv"}, False)):
        answer = neo4j.post("/cypher", params=params, json=CYPHER, headers=headers)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv"), (params, answer.text)
        assert answer.content.startswith("\ufeff".encode()) == bom, params
        assert ("attachment" in answer.headers.get("content-disposition", "")) == bom, params
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
