"""The README's year question (7) on a store holding a report dated by a range of years, in SPARQL and in Cypher,
against the API's year filter. Its own module: the store it writes to is the shared one the read-only tests of
test_readme check unchanged, module by module."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.ingest import write_reports
from api_helpers import BOTH_STORES
from graph import Store
from loaders import load
from shared_stores import SharedStore
from test_readme import TERM_REPORT, answers


@pytest.fixture(scope="module", params=BOTH_STORES)
def with_term(request: pytest.FixtureRequest, shared_samples: SharedStore,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, Store]]:
    """The samples and :data:`TERM_REPORT` (a 2017-2021 report: work dated by its range alone and by a year), in a
    store of each kind, with a client of the app over it."""
    path = tmp_path_factory.mktemp("term") / "term.txt"
    path.write_text(TERM_REPORT, encoding="utf-8")
    with shared_samples.writable(request.param) as db:
        write_reports(db, [(str(path), load(str(path)))])
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
            yield client, db


@pytest.mark.parametrize("year", [2016, 2017, 2019, 2021, 2023])
def test_the_year_query_answers_as_the_api_s_year_filter(with_term: tuple[TestClient, Store], year: int) -> None:
    """Question 7 in SPARQL and in Cypher (covering a year) gives the activities /activities?year=&include_ranges=true
    gives, a multi-year report's among them (round 20: `a.year >= 2020` and `okg:year` left out every range-dated
    activity; 2015: 12 by the API, 0 by SPARQL); without include_ranges the year's own rows, the ranges counted in
    ranges_left_out (round 33: a five-year total is not one year's)."""
    client, store = with_term
    asked = {"year": year, "status": "reported", "limit": 1000}
    rows = client.get("/activities", params={**asked, "include_ranges": "true"}).json()["items"]
    assert sorted({row["a"] for row in answers(client, store, 7, year)}) == sorted(row["iri"] for row in rows)
    ranged = [row for row in rows if row["year"] is None]
    assert (bool(ranged), bool(rows)) == ((True, True) if 2017 <= year <= 2021 else (False, year == 2023))
    own = client.get("/activities", params=asked).json()
    assert own["items"] == [row for row in rows if row["year"] is not None] and own["ranges_left_out"] == len(ranged)
