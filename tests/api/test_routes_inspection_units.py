"""Every route's count of inspections and of laws inspected, on both stores (a new user's round 42, findings 8–10), over
the samples and four small reports built to hold each case that made the routes differ:

- a county's reports whose header names their organ by its level word (``organ: 县人大常委会``) and their place apart
  (``jurisdiction: 平利县``): the organ is the county's, so its work is in the county's, city's and province's counts;
- a follow-up (a handling report of an inspection's review opinions) naming the law inspected before and one never
  inspected (陕西省实施…办法): ``/areas`` counts the second in ``laws_followed_up_only``, never in ``laws_inspected``,
  as ``/laws?inspected=true`` leaves it out;
- a law only planned for inspection (将对《农业法》…开展执法检查): never inspected, its row saying it is planned;
- a joint inspection (市人大常委会与平利县人大常委会联合…: each organ's in ``/organs``), an inspection naming no law (no
  law row holds it) and one by an organ of no place (no area holds it): ``/stats`` gives the parts by which the other
  routes' totals reconcile with its ``inspections``."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from shared_stores import SharedStore

ID = "https://w3id.org/oversight-kg/id/"
PINGLI = ID + "organ/平利县人民代表大会常务委员会"
LAND, GRASS = ID + "law/中华人民共和国土地管理法", ID + "law/中华人民共和国草原法"
FARMING = ID + "law/中华人民共和国农业法"
PROVINCES_RULES = ID + "law/陕西省实施《中华人民共和国土地管理法》办法"
REPORTS = [
    ("pingli-2023.txt", "2023年，县人大常委会对《中华人民共和国土地管理法》贯彻实施情况开展执法检查。",
     {"organ": "县人大常委会", "jurisdiction": "平利县", "year": "2023"}),
    ("pingli-2025.txt", "2025年，县人大常委会听取了县政府关于《中华人民共和国土地管理法》及《陕西省实施〈中华人民共和国土地管理法〉"
                        "办法》执法检查报告审议意见落实情况的报告。", {"organ": "县人大常委会", "jurisdiction": "平利", "year": "2025"}),
    ("ankang-2024.txt", "2024年，市人大常委会与平利县人大常委会联合对《中华人民共和国草原法》开展执法检查。"
                        "市人大常委会还对两部法规的实施情况开展执法检查。2025年，市人大常委会将对《中华人民共和国农业法》实施情况"
                        "开展执法检查。", {"organ": "安康市人大常委会", "year": "2024"}),
    ("nowhere-2024.txt", "2024年，县人大常委会对《中华人民共和国森林法》实施情况开展执法检查。",
     {"organ": "县人大常委会", "year": "2024"}),
]
AREAS = ("平利县", "安康市", "陕西省", "全国")


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    with shared_samples.writable(request.param) as db:
        for source, text, header in REPORTS:
            upsert_text(db, source, text, url="http://example.org/inspection-units/" + source, **header)
        with api_of(db) as api:
            yield api


def _laws(web: Api, **params: str) -> dict[str, dict]:
    return {row["iri"]: row for row in web.items("/laws", **params)}


def test_a_header_organ_named_by_its_level_word_lies_in_its_jurisdiction_and_the_areas_above(web: Api) -> None:
    """``organ: 县人大常委会`` with ``jurisdiction: 平利县`` (or the short 平利) is 平利县's committee (finding 8)."""
    land = web.items("/activities", law=LAND, kind="执法检查", follow_up="false")
    assert [row["organs"] for row in land] == [[PINGLI]]
    for area in ("平利县", "安康市", "陕西省"):
        assert LAND in _laws(web, inspected="true", jurisdiction=area), area
    assert PINGLI in {row["iri"] for row in web.get("/areas/平利县/organs", sub_areas="false")["items"]}


def test_areas_count_the_laws_inspected_that_laws_lists(web: Api) -> None:
    """A law only a follow-up names is followed up only, in ``/areas`` as in ``/laws`` (finding 9); ``/coverage``'s
    ``area`` is ``/areas``' answer."""
    for area in AREAS:
        counts = web.get(f"/areas/{area}")
        inspected, followed = _laws(web, inspected="true", jurisdiction=area), \
            _laws(web, inspected="followed_up_only", jurisdiction=area)
        assert (counts["laws_inspected"], counts["laws_followed_up_only"]) == (len(inspected), len(followed)), area
        assert PROVINCES_RULES not in inspected and PROVINCES_RULES in followed, area
        assert web.get("/coverage", jurisdiction=area, limit=1)["area"]["laws_inspected"] == len(inspected), area
    assert web.get("/areas/平利县")["laws_inspected"] == 2  # 土地管理法 and 草原法 (the joint one); not 陕西's 办法


def test_the_routes_inspection_totals_reconcile_through_the_parts_stats_gives(web: Api) -> None:
    """``/stats``' ``inspections`` = the ``/laws`` sum + those naming no law = ``/areas/全国`` + those in no area; the
    ``/organs`` sum is its ``inspections_by_organ`` (finding 10); each part is held by this store."""
    stats = web.get("/stats")
    laws_sum = sum(row["times_inspected"] for row in web.items("/laws", inspected="true"))
    country = web.get("/areas/全国")
    assert stats["inspections_of_laws"] == laws_sum
    assert stats["inspections"] == laws_sum + stats["inspections_naming_no_law"]
    assert stats["inspections"] == country["inspections"] + country["unplaced"]["inspections"]
    assert country["unplaced"]["inspections"] == stats["inspections_unplaced"] >= 1
    assert stats["inspections_naming_no_law"] >= 1
    by_organ = sum(row["inspections"] for row in web.items("/organs"))
    assert stats["inspections_by_organ"] == by_organ > stats["inspections"] - stats["inspections_unplaced"]
    assert (_laws(web)[GRASS]["times_inspected"], _laws(web)[LAND]["times_inspected"]) == (1, 1)


def test_never_inspected_tells_the_laws_only_planned_and_the_three_standings_list_every_law(web: Api) -> None:
    """``/laws?inspected=false`` rows say which laws a report plans to inspect (``planned_inspections``, in JSON, CSV and
    XLSX), and ``true``, ``followed_up_only`` and ``false`` list every law once, the middle value documented on the
    parameter (finding 11)."""
    from openpyxl import load_workbook

    never = _laws(web, inspected="false")
    assert (never[FARMING]["planned_inspections"], never[FARMING]["times_inspected"]) == (1, 0)
    assert _laws(web)[LAND]["planned_inspections"] == 0
    assert {row["iri"]: row["planned_inspections"] for row in web.csv_rows("/laws", inspected="false")}[FARMING] == "1"
    sheet = load_workbook(io.BytesIO(web.client.get("/laws", params={"inspected": "false", "format": "xlsx"}).content)).active
    head, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert {row[head.index("iri")]: row[head.index("planned_inspections")] for row in rows}[FARMING] in (1, "1")
    standings = [set(_laws(web, inspected=value)) for value in ("true", "followed_up_only", "false")]
    assert sum(map(len, standings)) == len(set().union(*standings)) == len(_laws(web))
    described = [p for p in web.get("/openapi.json")["paths"]["/laws"]["get"]["parameters"] if p["name"] == "inspected"]
    assert "followed_up_only" in described[0]["description"]


def test_coverage_never_lists_a_law_inspected_jointly_or_followed_up_as_never_inspected(web: Api) -> None:
    """The issue's class (a law whose inspection is followed up, or was a partner's, listed as never inspected): the
    joint partner's county (and its city, which takes it in) see 草原法 and 土地管理法 inspected, never uninspected."""
    for params in ({"jurisdiction": "平利县"}, {"organ": "平利县人大常委会"}, {"jurisdiction": "安康市"}):
        never = {row["iri"] for row in web.csv_rows("/coverage", inspected="false", repealed="any", **params)}
        inspected = {row["iri"] for row in web.csv_rows("/coverage", inspected="true", **params)}
        assert GRASS in inspected and GRASS not in never, params
        assert LAND in inspected and LAND not in never, params  # 安康市's takes in 平利县's
