"""An entrusted inspection (委托) is one inspection of the entrusting committee, through the API on both stores: a new
user's round 36, finding 3a (重庆's launch news credited each district, its results news the city: each regulation
counted 2 for 1). The entrusted district assists; the count is the same whichever reports are stored."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_helpers import BOTH_STORES, Api, empty_store, path_id
from entrusted_reports import CITY, DISTRICT, LAW, REPORTS, with_entrusted_reports
from graph import Store

ORGAN = "https://w3id.org/oversight-kg/id/organ/"


@pytest.fixture(params=BOTH_STORES)
def fresh(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """An empty store of each kind, for each test."""
    with empty_store(request, tmp_path_factory) as db:
        yield db


@pytest.mark.parametrize("names", [tuple(REPORTS), ("city-launch.txt", "city-results.txt"), ("district.txt",),
                                   ("city-launch.txt", "district.txt")])
def test_an_entrusted_inspection_counts_once_for_the_entrusting_committee(fresh: Store, names: tuple[str, ...]) -> None:
    with TestClient(create_app(with_entrusted_reports(fresh, names)), base_url="http://127.0.0.1") as client:
        web = Api(client)
        law = web.get(f"/laws/{path_id(LAW)}")
        assert law["times_inspected"] == 1 and law["organs"] == [CITY]
        organs = {o["iri"]: o for o in web.get("/organs", limit=100)["items"]}
        assert organs[ORGAN + CITY]["inspections"] == 1
        assert ORGAN + DISTRICT not in organs or organs[ORGAN + DISTRICT]["inspections"] == 0
        rows = web.get("/activities", kind="执法检查", limit=100)["items"]
        assert all(r["organs"] == [ORGAN + CITY] for r in rows)
        assert any(r["assisted_by"] == [ORGAN + DISTRICT] for r in rows)
