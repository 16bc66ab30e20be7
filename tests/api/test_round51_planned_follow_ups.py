"""A law whose inspection a plan's follow-up names is no law "never inspected" (newuser36 A4, round 51).

听取…关于《X法》《Y条例》执法检查报告及审议意见研究处理结果的报告 in a work plan (status planned) proves X and Y were
inspected before: there is an inspection report. The same sentence reported makes the law ``followed_up_only``; planned,
it made the law "never inspected". Now such a law is listed under ``inspected=followed_up_only`` with
``planned_follow_ups`` saying why, on /laws and /coverage (JSON, CSV, XLSX), on both stores, and the README's queries
of question 5 list what ``/laws?inspected=false`` lists."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_helpers import BOTH_STORES, Api, api_of, empty_store, upsert_text, with_catalog
from graph import Store

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
NEVER_INSPECTED = README[README.index("**5. Which laws do the reports mention but never inspect?**"):]
LAW = "https://w3id.org/oversight-kg/id/law/"
#: (organ, year, text): a province's plan whose items plan follow-ups of inspections in three phrasings (a handling
#: report of an inspection report and its opinions, a 回头看, a report on the opinions' implementation) beside a
#: planned inspection and a law named in passing; a county's report of a handling report heard (done).
REPORTS = {
    "plan.txt": ("江西省人民代表大会常务委员会", "2024",
                 "江西省人大常委会2024年监督工作计划\n一、听取和审议专项工作报告\n"
                 "4.听取省人民政府关于省人大常委会《中华人民共和国森林法》《江西省森林条例》执法检查报告及审议意见研究处理结果的报告。\n"
                 "5.拟对《中华人民共和国水法》执法检查开展“回头看”。\n"
                 "6.听取和审议省人民政府关于《江西省湖泊保护条例》执法检查审议意见落实情况的报告。\n"
                 "二、开展执法检查\n拟对《中华人民共和国种子法》开展执法检查。\n"),
    "done.txt": ("平利县人民代表大会常务委员会", "2025",
                 "县人大常委会第二十三次会议听取了县人民政府关于《中华人民共和国土地管理法》执法检查报告审议意见研究处理情况的报告。"),
}
PLANNED_FOLLOW_UPS = {"中华人民共和国森林法", "江西省森林条例", "中华人民共和国水法", "江西省湖泊保护条例"}


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The two reports beside the law catalog, in a store of each kind."""
    db = empty_store(request, tmp_path_factory)
    for name, (organ, year, text) in REPORTS.items():
        upsert_text(db, name, text, organ=organ, year=year)
    yield with_catalog(db)
    db.close()


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def _titles(rows: list[dict]) -> set[str]:
    return {row["title"] for row in rows}


def test_a_law_a_planned_follow_up_names_is_followed_up_only_and_says_why(web: Api) -> None:
    never = web.get("/laws", inspected="false", limit=1000)["items"]
    assert not _titles(never) & PLANNED_FOLLOW_UPS, _titles(never)
    assert "中华人民共和国种子法" in _titles(never)  # a planned inspection is no inspection done: still never inspected
    followed = {row["title"]: row for row in web.get("/laws", inspected="followed_up_only", limit=1000)["items"]}
    assert set(followed) == PLANNED_FOLLOW_UPS | {"中华人民共和国土地管理法"}
    for title in PLANNED_FOLLOW_UPS:
        row = followed[title]
        assert (row["times_inspected"], row["followed_up_only"], row["planned_follow_ups"]) == (0, 0, 1), row
        assert row["planned_inspections"] == 0  # a follow-up planned is no planned inspection
    done = followed["中华人民共和国土地管理法"]
    assert (done["times_inspected"], done["followed_up_only"], done["planned_follow_ups"]) == (0, 1, 0)
    every = web.get("/laws", limit=1000)["items"]
    assert all(row["planned_follow_ups"] == 0 for row in every if row["title"] not in PLANNED_FOLLOW_UPS)


def test_filters_select_planned_follow_ups_by_their_own_year_and_organ(web: Api) -> None:
    in_2024 = {row["title"]: row for row in web.get("/laws", year="2024", limit=1000)["items"]}
    assert PLANNED_FOLLOW_UPS <= set(in_2024)
    assert all(in_2024[title]["planned_follow_ups"] == 1 for title in PLANNED_FOLLOW_UPS)
    in_2025 = {row["title"]: row for row in web.get("/laws", year="2025", limit=1000)["items"]}
    assert not set(in_2025) & PLANNED_FOLLOW_UPS
    assert _titles(web.get("/laws", year="2024", inspected="followed_up_only", limit=1000)["items"]) == PLANNED_FOLLOW_UPS


def test_coverage_counts_a_law_a_planned_follow_up_names_apart_from_the_never_inspected(web: Api) -> None:
    rows = {row["title"]: row for row in web.get("/coverage", law_level="法律", limit=1000)["items"]}
    for title in ("中华人民共和国森林法", "中华人民共和国水法"):
        assert rows[title]["planned_follow_ups"] == 1 and rows[title]["times_inspected"] == 0
    never = _titles(web.get("/coverage", law_level="法律", inspected="false", limit=1000)["items"])
    assert not never & {"中华人民共和国森林法", "中华人民共和国水法", "中华人民共和国土地管理法"}
    assert "中华人民共和国种子法" in never
    only = _titles(web.get("/coverage", law_level="法律", inspected="followed_up_only", limit=1000)["items"])
    assert only == {"中华人民共和国森林法", "中华人民共和国水法", "中华人民共和国土地管理法"}
    summary = web.get("/coverage", law_level="法律", limit=1)["summary"]
    assert sum(cell["followed_up_only"] for cell in summary) == 3
    assert all(cell["laws"] == cell["inspected"] + cell["followed_up_only"] + cell["never_inspected"] for cell in summary)


@pytest.mark.parametrize("path", ["/laws", "/coverage"])
def test_the_csv_says_why_a_law_is_listed_where_it_is(web: Api, path: str) -> None:
    answer = web.client.get(path, params={"inspected": "followed_up_only", "format": "csv", "limit": 1000})
    assert answer.status_code == 200, answer.text
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig")))}
    assert rows["中华人民共和国森林法"]["planned_follow_ups"] == "1"
    assert rows["中华人民共和国土地管理法"]["planned_follow_ups"] == "0"


def test_the_xlsx_has_the_column(web: Api) -> None:
    from openpyxl import load_workbook

    answer = web.client.get("/laws", params={"inspected": "followed_up_only", "format": "xlsx"})
    assert answer.status_code == 200
    sheet = load_workbook(io.BytesIO(answer.content)).active
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    column = header.index("planned_follow_ups")
    values = {row[header.index("title")]: row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["江西省湖泊保护条例"] == 1


def test_the_readme_query_for_laws_never_inspected_answers_as_the_api_does(web: Api, store: Store) -> None:
    titles = _titles(web.get("/laws", inspected="false", limit=1000)["items"])
    if store.name == "neo4j":
        query = re.search(r"```cypher\n(.*?)```", NEVER_INSPECTED, flags=re.S)[1]  # type: ignore[index]
        found = {row["law"].split("@")[0] for row in store.cypher(query, {})}
    else:
        query = re.search(r"```sparql\n(.*?)```", NEVER_INSPECTED, flags=re.S)[1]  # type: ignore[index]
        answer = web.client.get("/sparql", params={"query": query})
        assert answer.status_code == 200, answer.text
        found = {row["law"]["value"] for row in answer.json()["results"]["bindings"]}
    assert found == titles and "中华人民共和国种子法" in found and not found & PLANNED_FOLLOW_UPS
