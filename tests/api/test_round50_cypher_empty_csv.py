"""``/cypher``'s CSV and XLSX of a query answering no row keep its header, as ``/sparql``'s do since round 49 (issue 13's
leftover; newuser35 B2 for SPARQL): a script tells an empty answer from a broken one, Excel and pandas get the columns.
On the Neo4j store (the one with Cypher)."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from shared_stores import SharedStore

pytestmark = pytest.mark.neo4j

NONE = "MATCH (l:Law) WHERE l.uri = $iri RETURN l.uri AS law, l.label AS title, count(*) AS n"


@pytest.fixture(scope="module")
def neo4j(shared_samples: SharedStore) -> Iterator[TestClient]:
    with TestClient(create_app(shared_samples.read_only("neo4j")), base_url="http://127.0.0.1",
                    raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("how", ["format", "accept", "post"])
def test_an_empty_answer_as_csv_is_its_header_alone(neo4j: TestClient, how: str) -> None:
    params = {"query": "MATCH (l:Law) WHERE l.uri = 'urn:none' RETURN l.uri AS law, l.label AS title",
              **({"format": "csv"} if how == "format" else {})}
    if how == "post":
        answer = neo4j.post("/cypher?format=csv", json={"query": NONE, "parameters": {"iri": "urn:none"}})
        columns = "law,title,n"
    else:
        answer = neo4j.get("/cypher", params=params, headers={"Accept": "text/csv"} if how == "accept" else {})
        columns = "law,title"
    assert answer.status_code == 200, answer.text
    assert answer.content == "\ufeff".encode() + f"{columns}\r\n".encode(), answer.content


def test_an_empty_answer_as_xlsx_is_its_header_row(neo4j: TestClient) -> None:
    from openpyxl import load_workbook

    answer = neo4j.get("/cypher", params={"query": "MATCH (l:Law) WHERE l.uri = 'urn:none' RETURN l.uri AS law",
                                          "format": "xlsx"})
    assert answer.status_code == 200, answer.text
    rows = list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))
    assert rows == [("law",)], rows
