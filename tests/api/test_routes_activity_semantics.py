"""Activity semantics through the API, on both stores: planned apart from reported, follow-ups as
inspections, instances beside stated totals, labels, and a law's accountability loop across years."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rdflib import URIRef

from api.app import create_app
from api.vocabulary import statistic_measure
from api_helpers import BOTH_STORES, Api, path_id
from graph import Store
from loop_reports import FOOD, ORGAN, SAFETY, WATER, upsert, with_loop_reports
from shared_stores import SharedStore


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    """The samples and the loop reports, in a store of each kind these tests may write to."""
    with shared_samples.writable(request.param) as db:
        yield with_loop_reports(db)


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Api(client)


def items(web: Api, path: str, **params: object) -> list[dict]:
    """Every row of a listing (``status`` here is the query parameter, not the HTTP status)."""
    response = web.client.get(path, params={"limit": 1000, **params})
    assert response.status_code == 200, (path, response.text[:300])
    return response.json()["items"]


def test_planned_activities_are_listed_apart(web: Api) -> None:
    planned = items(web, "/activities", status="planned")
    reported = items(web, "/activities", status="reported")
    assert planned and {a["status"] for a in planned} == {"planned"}
    assert {a["status"] for a in reported} == {"reported"}
    assert len(planned) + len(reported) == len(items(web, "/activities"))
    assert any(SAFETY in a["laws"] for a in planned)
    counts = web.get("/stats")
    assert (counts["planned_activities"], counts["reported_activities"]) == (len(planned), len(reported))


@pytest.mark.parametrize(("typed", "status"), [("计划", "planned"), ("已开展", "reported"), (" planned ", "planned")])
def test_a_status_is_read_in_either_language(web: Api, typed: str, status: str) -> None:
    assert items(web, "/activities", status=typed) == items(web, "/activities", status=status)


@pytest.mark.parametrize("status", ["done", "PLANNED", ""])
def test_an_unknown_status_is_refused(web: Api, status: str) -> None:
    response = web.client.get("/activities", params={"status": status})
    assert response.status_code == 422 and "status" in response.text


def test_a_planned_inspection_does_not_make_a_law_inspected(web: Api) -> None:
    inspected = {law["iri"] for law in items(web, "/laws", inspected="true")}
    assert SAFETY not in inspected
    planned = {a["iri"] for a in items(web, "/activities", status="planned")}
    evidence = {e["activity"] for law in items(web, "/laws", inspected="true") for e in law["evidence"]}
    assert not planned & evidence
    safety = web.get(f"/laws/{path_id(SAFETY)}")  # planned only: it says where, with the plan's sentence
    plans = [a for a in items(web, "/activities", status="planned", law=SAFETY)]
    assert safety["times_inspected"] == 0 and not safety["evidence"]
    assert {(m["iri"], m["text"], m["report"]) for m in safety["mentions"] if m["status"] == "planned"} == {
        (a["iri"], a["evidence"], a["report"]) for a in plans}
    assert set(safety["reports"]) >= {a["report"] for a in plans}


@pytest.mark.parametrize("title", ["中华人民共和国文物保护法", "中华人民共和国道路交通安全法"])
def test_a_followed_up_law_is_not_never_inspected(web: Api, title: str) -> None:
    never = {law["title"] for law in items(web, "/coverage", inspected="false")}
    assert title not in never
    assert title in {law["title"] for law in items(web, "/laws", inspected="followed_up_only")}  # apart from inspected (round 36)


@pytest.mark.parametrize("measure", ["law_enforcement_inspection", "LawEnforcementInspection", "执法检查"])
def test_stated_totals_beside_instances(web: Api, measure: str) -> None:
    totals = items(web, "/statistics", measure=measure)
    assert totals and {s["measure"] for s in totals} == {"law_enforcement_inspection"}
    assert 11 in {s["value"] for s in totals}  # the seed's 开展执法检查11项
    instances = items(web, "/activities", kind="LawEnforcementInspection")
    assert all(a["count"] is None or a["count"] <= 1 for a in instances)


def test_a_measure_no_statistic_states_is_refused_with_the_closest_stated(web: Api) -> None:
    stated = {s["measure"] for s in items(web, "/statistics")}
    free = sorted(m for m in stated if m and m.isascii() is False)[0]  # the report's own words
    assert items(web, "/statistics", measure=free)
    detail = web.get("/statistics", 422, measure=free + "之外")["detail"]
    assert detail.startswith("measure: no statistic measures") and free in detail
    assert "measure:" in web.get("/statistics", 422, measure="foo")["detail"]


def test_every_activity_has_a_label_in_both_languages(web: Api) -> None:
    for row in items(web, "/activities"):
        assert row["label"] and row["label_en"], row["iri"]
        assert not row["label"].startswith("http") and row["label"] != row["label_en"]
    entity = web.get(f"/entities/{path_id(items(web, '/activities')[0]['iri'])}")
    assert entity["label"]


def test_a_laws_timeline_shows_its_loop_across_years(web: Api) -> None:
    rows = items(web, f"/laws/{path_id(FOOD)}/timeline")
    by_year = {}
    for row in rows:
        by_year.setdefault(row["year"], []).append(row)
    (inspection,) = [r for r in by_year[2021] if r["stage"] == "inspection"]
    assert {s["type"] for s in inspection["loop"]} == {"Finding", "ReviewOpinion"}
    later = [r for r in by_year[2022] if r["stage"] == "follow_up"]
    assert later and all(r["follows_up"] == [inspection["iri"]] for r in later)
    assert set(inspection["followed_up_by"]) == {r["iri"] for r in later}
    handling = [s for r in later for s in r["loop"] if s["type"] == "HandlingReport"]
    assert handling and len(handling[0]["considered_by"]) == 2  # heard, and rated (满意度测评)
    steps = [s for r in rows for s in r["loop"]]  # each step names the file its report was read from
    assert steps and all(s["source"] == f"food-{s['year']}.txt" for s in steps)


@pytest.mark.parametrize("law", [WATER, "law/中华人民共和国水法", "中华人民共和国水法"])
def test_a_law_inspected_only_in_an_undated_report_shows_that_inspection(web: Api, law: str) -> None:
    """newuser23 §8: the timeline of a law only undated reports inspect answered ``{"total": 0, "items": [],
    "undated": 1}``; it lists them after any dated ones, and ``undated=false`` alone leaves them out."""
    page = web.get(f"/laws/{path_id(law)}/timeline")
    assert page["undated"] == page["total"] == len(page["items"]) >= 1
    assert all(row["year_from"] is None and WATER in row["laws"] for row in page["items"])
    assert any("LawEnforcementInspection" in row["types"] for row in page["items"]), page["items"]
    dated = web.get(f"/laws/{path_id(law)}/timeline", undated="false")
    assert (dated["total"], dated["items"], dated["undated"]) == (0, [], page["undated"])


def test_a_timeline_lists_dated_activities_before_undated_ones(web: Api) -> None:
    years = [row["year_from"] for row in items(web, f"/organs/{path_id(ORGAN)}/timeline")]
    assert None in years and years.index(None) > 0 and all(y is None for y in years[years.index(None):])
    assert years[:years.index(None)] == sorted(years[:years.index(None)])


@pytest.mark.parametrize("file_format", ["json", "csv", "xlsx"])
def test_the_laws_listing_counts_its_undated_inspections_in_every_format(web: Api, file_format: str) -> None:
    """newuser23: /laws CSV and XLSX had no undated column (档案法: times_inspected 2, years empty), where the explorer's
    table has 未标年份; every format has ``undated``, the inspections no year dates, as its evidence numbers them."""
    laws = {law["iri"]: law for law in items(web, "/laws", inspected="true")}
    for law in laws.values():
        own = {e["inspection"]: e["year_from"] for e in law["evidence"] if not e["follow_up"]}
        assert law["undated"] == sum(year is None for year in own.values()), law["title"]
    assert laws[WATER]["undated"] == laws[WATER]["times_inspected"] >= 1 and laws[WATER]["years"] == []
    assert laws[FOOD]["undated"] == 0 and laws[FOOD]["years"]
    if file_format == "json":
        return
    answer = web.client.get("/laws", params={"inspected": "true", "format": file_format})
    assert answer.status_code == 200, answer.text[:300]
    if file_format == "csv":
        rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    else:
        from openpyxl import load_workbook

        header, *cells = load_workbook(io.BytesIO(answer.content), read_only=True).active.iter_rows(values_only=True)
        rows = [dict(zip(header, row)) for row in cells]
    assert {row["iri"]: int(row["undated"]) for row in rows} == {iri: law["undated"] for iri, law in laws.items()}


def test_cross_report_links_follow_the_store(store: Store, web: Api) -> None:
    """Links across reports are computed when asked: without the earlier report there is none,
    and the later report's own graph is unchanged."""
    later = store.named_graph(report_of(store, "food-2022.txt"))
    store.delete_report(report_of(store, "food-2021.txt"))
    try:
        rows = items(web, f"/laws/{path_id(FOOD)}/timeline")
        assert rows and all(r["follows_up"] == [] for r in rows)
    finally:
        upsert(store, "food-2021.txt")
    again = store.named_graph(report_of(store, "food-2022.txt"))
    assert later is not None and again is not None and len(again) == len(later)


def report_of(store: Store, name: str) -> URIRef:
    return URIRef(next(r["iri"] for r in store.reports() if (r["source"] or "").endswith(name)))


@pytest.mark.parametrize(("asked", "measure"), [("工作评议", "work_appraisal"), ("WorkAppraisal", "work_appraisal"),
                                                ("work_appraisal", "work_appraisal"),
                                                ("执法检查", "law_enforcement_inspection"), ("开展执法检查", "开展执法检查")])
def test_a_measure_is_named_as_kinds_are(asked: str, measure: str) -> None:
    """A count of a narrower kind (4次专项工作评议) is measured by its class, asked by its name in either language."""
    assert statistic_measure(asked) == measure


def test_a_follow_ups_year_is_no_inspection_year(web: Api) -> None:
    """A fresh user's round 22: /laws' years listed the year a feedback report on an inspection was heard, which
    the table and its CSV read as a year of inspection; follow-ups' years stand apart, in JSON and the file alike."""
    laws = items(web, "/laws", inspected="true")
    food = next(law for law in laws if law["iri"] == FOOD)
    assert (food["years"], food["follow_up_years"]) == ([2021], [2022])
    for law in laws:
        inspected = {e["year"] for e in law["evidence"] if not e["follow_up"] and e["year"] is not None}
        assert inspected <= set(law["years"]) and not inspected & set(law["follow_up_years"]), law["title"]
        if all(e["follow_up"] for e in law["evidence"]):  # a follow-up no stored inspection precedes: counted apart
            assert law["followed_up_only"] >= 1 and not law["years"], law["title"]  # (round 30)
    row = next(r for r in web.csv_rows("/laws", inspected="true") if r["iri"] == FOOD)
    assert (row["years"], row["follow_up_years"]) == ("2021", "2022")
    assert web.get(f"/laws/{path_id(FOOD)}")["follow_up_years"] == [2022]
