"""Activities' dates (okg:date) through the API on both stores: a new user's round 36, finding 3b (新洲区's inspections
of 水污染防治法 on 4月12日 and 5月8日, two news items, counted one, and nothing said when). Each statement says its date
where analysts read it (evidence, timeline, activities); the count stays one per organs and year, whatever the dates
(graph/test_inspection_dates.py says why)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, empty_store, path_id
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
    with api_of(store) as api:
        yield api


def _by_source(law: dict) -> dict[str, dict]:
    """A law's evidence rows by the file name of their report (each report here states one)."""
    return {e["report"].rsplit("/", 1)[-1]: e for e in law["evidence"]}


def test_each_statement_says_its_date_and_dates_split_no_inspection(web: Api) -> None:
    law = web.get(f"/laws/{path_id(WATER)}")
    assert law["times_inspected"] == 1 and law["years"] == [2023]
    assert sorted(e["date"] or "" for e in law["evidence"]) == ["", "2023-04-12", "2023-05-08", "2023-06-20"]
    assert len({e["inspection"] for e in law["evidence"]}) == 1


def test_a_month_and_a_day_in_it_are_read_to_their_precision(web: Api) -> None:
    law = web.get(f"/laws/{path_id(SAFETY)}")
    assert law["times_inspected"] == 1
    assert sorted(e["date"] for e in law["evidence"]) == ["2023-05", "2023-05-16"]


def test_every_count_of_inspections_is_one_per_organs_and_year(web: Api) -> None:
    """/organs counts the organ's inspections by the same identity: 1 of 水污染防治法, 1 of 安全生产法."""
    organ = next(o for o in web.get("/organs", limit=100)["items"] if o["iri"] == ORGAN_IRI)
    assert organ["inspections"] == 2
    listed = {row["iri"]: row["times_inspected"] for row in web.get("/laws", inspected="true", limit=100)["items"]}
    assert listed == {WATER: 1, SAFETY: 1}


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
