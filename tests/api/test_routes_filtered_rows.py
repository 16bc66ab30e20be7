"""Every column of a filtered row is filtered the same way, on both stores (newuser30 T5: ``/laws?year=2018`` listed
a 2025 report in ``reports`` and its sentences in ``mentions`` beside a correctly filtered ``evidence``, so an analyst
citing the row's reports cited a 2025 page for 2018)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, empty_store, upsert_text
from test_readme import blocks

LAW = "https://w3id.org/oversight-kg/id/law/中华人民共和国农产品质量安全法"
COUNTY, CITY = "广州市番禺区人民代表大会常务委员会", "广安市人民代表大会常务委员会"
#: source → (organ, year, text): one law inspected by a county in 2018 and a city in 2025, named in passing in a
#: third report of 2025 and planned by the county for 2025.
REPORTS = {
    "county-2018.txt": (COUNTY, "2018", "区人大常委会对《中华人民共和国农产品质量安全法》贯彻实施情况开展执法检查。"
                                        "检查组认为，《中华人民共和国农产品质量安全法》实施以来成效明显。"),
    "city-2025.txt": (CITY, "2025", "市人大常委会对《中华人民共和国农产品质量安全法》贯彻实施情况开展执法检查。"),
    "city-news-2025.txt": (CITY, "2025", "市人大常委会召开会议，学习《中华人民共和国农产品质量安全法》。"),
    "county-plan-2025.txt": (COUNTY, "2025", "区人大常委会拟对《中华人民共和国农产品质量安全法》实施情况开展执法检查。"),
}
#: A second law only planned: the city's 2018 report plans its inspection for 2019 (newuser31 B1).
PLANNED_LAW = "https://w3id.org/oversight-kg/id/law/中华人民共和国种子法"
PLAN = ("city-plan-2018.txt", CITY, "2018", "市人大常委会将于2019年对《中华人民共和国种子法》实施情况开展执法检查。")


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Api, dict[str, str]]]:
    """The API over the four reports and the plan, in an empty store of each kind, with the four's IRIs by source."""
    with empty_store(request, tmp_path_factory) as db:
        iris = {source: str(upsert_text(db, source, text, organ=organ, year=year).iri)
                for source, (organ, year, text) in REPORTS.items()}
        source, organ, year, text = PLAN
        plan = str(upsert_text(db, source, text, organ=organ, year=year).iri)
        with api_of(db) as api:
            api.store, api.plan = db, plan  # type: ignore[attr-defined]
            yield api, iris


def _row(api: Api, **filters: str) -> dict:
    (row,) = [law for law in api.items("/laws", inspected="true", **filters) if law["iri"] == LAW]
    return row


@pytest.mark.parametrize(("filters", "sources", "plans"), [
    ({"year": "2018"}, {"county-2018.txt"}, set()),
    ({"year": "2025"}, {"city-2025.txt"}, {"county-plan-2025.txt"}),
    ({"organ": COUNTY}, {"county-2018.txt"}, {"county-plan-2025.txt"}),
    ({"jurisdiction": "广安市"}, {"city-2025.txt"}, set()),
    ({"report_level": "county"}, {"county-2018.txt"}, {"county-plan-2025.txt"}),
])
def test_a_filtered_row_lists_only_the_reports_and_sentences_its_filter_keeps(
        web: tuple[Api, dict[str, str]], filters: dict[str, str], sources: set[str], plans: set[str]) -> None:
    """The inspections a filter keeps give the row's evidence and its reports' other statements; the planned
    inspections it keeps (by their own year, organ, place and report level: newuser31 B1) add their reports."""
    api, iris = web
    inspected, wanted = {iris[source] for source in sources}, {iris[source] for source in sources | plans}
    row = _row(api, **filters)
    assert {e["report"] for e in row["evidence"]} == inspected
    assert set(row["reports"]) == wanted
    assert {m["report"] for m in row["mentions"]} <= wanted
    assert row["planned_inspections"] == len(plans) and row["mentions_total"] == len(row["mentions"])
    (csv_row,) = [r for r in api.csv_rows("/laws", inspected="true", **filters) if r["iri"] == LAW]
    assert all(iris[source] not in csv_row["reports"] + csv_row["mentions"]
               for source in set(REPORTS) - sources - plans)


def test_the_other_statements_of_the_kept_reports_stay(web: tuple[Api, dict[str, str]]) -> None:
    """The 2018 report's second sentence naming the law is a mention of the 2018 row; the unfiltered row lists every
    report and the plan, which the 2018 row does not count."""
    api, iris = web
    kept = _row(api, year="2018")
    assert [m["report"] for m in kept["mentions"]] == [iris["county-2018.txt"]]
    assert "成效明显" in kept["mentions"][0]["text"] and kept["planned_inspections"] == 0
    whole = _row(api)
    assert set(whole["reports"]) == set(iris.values()) and whole["planned_inspections"] == 1


def test_a_law_only_planned_for_a_year_is_a_row_of_that_year(web: tuple[Api, dict[str, str]]) -> None:
    """newuser31 B1: ``/laws?year=2018`` had no row for a law only planned for 2018, which ``/activities`` listed. The
    plan a 2018 report states for 2019 is a row of 2019 (no inspection, one planned), none of 2018's, and
    ``inspected=true`` lists no law never inspected."""
    api, _ = web
    (row,) = [law for law in api.items("/laws", year="2019") if law["iri"] == PLANNED_LAW]
    assert (row["times_inspected"], row["planned_inspections"]) == (0, 1)
    assert row["reports"] == [api.plan] and row["evidence"] == []  # type: ignore[attr-defined]
    assert [m["status"] for m in row["mentions"]] == ["planned"]
    assert PLANNED_LAW not in {law["iri"] for law in api.items("/laws", year="2018")}
    assert PLANNED_LAW not in {law["iri"] for law in api.items("/laws", year="2019", inspected="true")}
    assert PLANNED_LAW not in {law["iri"] for law in api.items("/laws", year="2019", jurisdiction="番禺区")}


@pytest.mark.parametrize("web", [pytest.param("neo4j", marks=pytest.mark.neo4j)], indirect=True)
def test_the_readme_question_1_lists_a_laws_years_sorted(web: tuple[Api, dict[str, str]]) -> None:
    """Question 1's years are a set, written in order on Neo4j, so its CSV and XLSX cells read as /laws' years do
    (newuser30 T7: 2018, 2025, 2023 on one row; the law here was inspected in 2025 and 2018)."""
    api, _ = web
    store = api.store  # type: ignore[attr-defined]  # Neo4j: the README's Cypher runs there only
    (row,) = [row for row in store.cypher(blocks("cypher")[0]) if row["law"] == LAW.rsplit("/", 1)[1]]
    assert row["years"] == ["2018", "2025"]
