"""Inspections told apart by their dates (okg:date), through the API on both stores: a new user's round 36, finding
3b (新洲区's inspections of 水污染防治法 on 4月12日 and 5月8日, two news items, counted one): two reports' inspections of one
law by one organ in one year on different days are two, a work report's undated account joins the earliest, a month
holds its days, and a follow-up joins the latest inspection dated before it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_helpers import BOTH_STORES, Api, empty_store, path_id
from dated_reports import ORGAN, SAFETY, WATER, with_dated_reports
from graph import Store

ORGAN_IRI = "https://w3id.org/oversight-kg/id/organ/" + ORGAN


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The dated reports alone, in an empty store of each kind."""
    with empty_store(request, tmp_path_factory) as db:
        yield with_dated_reports(db)


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Api(client)


def _by_source(law: dict) -> dict[str, dict]:
    """A law's evidence rows by the file name of their report (each report here states one)."""
    return {e["report"].rsplit("/", 1)[-1]: e for e in law["evidence"]}


def test_two_reports_dating_inspections_of_one_law_apart_are_two_inspections(web: Api) -> None:
    law = web.get(f"/laws/{path_id(WATER)}")
    assert law["times_inspected"] == 2 and law["years"] == [2023]
    dates = sorted(e["date"] for e in law["evidence"] if e["date"])
    assert dates == ["2023-04-12", "2023-05-08", "2023-06-20"]
    number = {e["date"]: e["inspection"] for e in law["evidence"]}
    assert number["2023-04-12"] != number["2023-05-08"]
    assert number[None] == number["2023-04-12"]  # the work report's undated account: the earliest
    assert number["2023-06-20"] == number["2023-05-08"]  # the follow-up: the latest before it


def test_a_month_holds_its_days(web: Api) -> None:
    law = web.get(f"/laws/{path_id(SAFETY)}")
    assert law["times_inspected"] == 1
    assert sorted(e["date"] for e in law["evidence"]) == ["2023-05", "2023-05-16"]


def test_every_count_of_inspections_reads_the_dates(web: Api) -> None:
    """/organs counts the organ's inspections by the same identity: 2 of 水污染防治法, 1 of 安全生产法."""
    organ = next(o for o in web.get("/organs", limit=100)["items"] if o["iri"] == ORGAN_IRI)
    assert organ["inspections"] == 3
    listed = {row["iri"]: row["times_inspected"] for row in web.get("/laws", inspected="true", limit=100)["items"]}
    assert listed == {WATER: 2, SAFETY: 1}


def test_an_activity_and_its_timeline_row_say_its_date(web: Api) -> None:
    rows = web.get(f"/laws/{path_id(WATER)}/timeline", limit=100)["items"]
    assert sorted(r["date"] or "" for r in rows) == ["", "2023-04-12", "2023-05-08", "2023-06-20"]
    activities = web.get("/activities", organ=ORGAN_IRI, limit=100)["items"]
    assert {r["date"] for r in activities} >= {"2023-05", "2023-05-16"}


def test_the_date_is_one_value_typed_by_its_precision_on_the_store(store: Store) -> None:
    """okg:date is functional, an xsd:date, xsd:gYearMonth or xsd:gYear: read back as written on either store."""
    described = store.describe(cls="LawEnforcementInspection", keys=("date",))
    assert sorted(d.one("date") for d in described.values() if d.one("date")) == [
        "2023-04-12", "2023-05", "2023-05-08", "2023-05-16", "2023-06-20"]
    assert all(len(d.props["date"]) <= 1 for d in described.values())
