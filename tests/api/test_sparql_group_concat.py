"""GROUP_CONCAT over years (round 47, issue 13, item 2): our years are ``xsd:integer``, and the engine (Oxigraph)
answers a GROUP_CONCAT of non-string values unbound, so a query concatenates ``STR(?year)``, as the README's do.
Only the embedded store answers SPARQL."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from api_helpers import EMBEDDED_ONLY

pytestmark = EMBEDDED_ONLY
YEARS = ("SELECT ?law ({} AS ?years) WHERE {{ ?a okg:concernsLaw ?l ; okg:year ?year . ?l rdfs:label ?law }} "
         "GROUP BY ?law")


@pytest.fixture()
def years(client: TestClient) -> Callable[[str], list[dict[str, dict[str, str]]]]:
    def ask(aggregate: str) -> list[dict[str, dict[str, str]]]:
        answer = client.get("/sparql", params={"query": YEARS.format(aggregate)},
                            headers={"Accept": "application/sparql-results+json"})
        assert answer.status_code == 200, answer.text[:300]
        return answer.json()["results"]["bindings"]

    return ask


def test_years_are_integers(client: TestClient) -> None:
    answer = client.get("/sparql", params={"query": "SELECT DISTINCT (DATATYPE(?y) AS ?t) WHERE { ?a okg:year ?y }"},
                        headers={"Accept": "application/sparql-results+json"}).json()
    assert [row["t"]["value"] for row in answer["results"]["bindings"]] == ["http://www.w3.org/2001/XMLSchema#integer"]


def test_the_engine_concatenates_no_integers_and_str_gives_every_year(years: Callable[[str], list[dict[str, dict[str, str]]]]) -> None:
    bare = years("GROUP_CONCAT(?year)")
    assert bare and all("years" not in row for row in bare)  # the engine's rule: should it change, the README may too
    written = years('GROUP_CONCAT(DISTINCT STR(?year); separator=",")')
    assert len(written) == len(bare)
    for row in written:
        assert all(1949 < int(year) < 2100 for year in row["years"]["value"].split(",")), row
