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


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Api, dict[str, str]]]:
    """The API over the four reports, in an empty store of each kind, with their IRIs by source."""
    with empty_store(request, tmp_path_factory) as db:
        iris = {source: str(upsert_text(db, source, text, organ=organ, year=year).iri)
                for source, (organ, year, text) in REPORTS.items()}
        with api_of(db) as api:
            api.store = db  # type: ignore[attr-defined]
            yield api, iris


def _row(api: Api, **filters: str) -> dict:
    (row,) = [law for law in api.items("/laws", inspected="true", **filters) if law["iri"] == LAW]
    return row


@pytest.mark.parametrize(("filters", "sources"), [
    ({"year": "2018"}, {"county-2018.txt"}),
    ({"year": "2025"}, {"city-2025.txt"}),
    ({"organ": COUNTY}, {"county-2018.txt"}),
    ({"jurisdiction": "广安市"}, {"city-2025.txt"}),
    ({"report_level": "county"}, {"county-2018.txt"}),
])
def test_a_filtered_row_lists_only_the_reports_and_sentences_its_filter_keeps(
        web: tuple[Api, dict[str, str]], filters: dict[str, str], sources: set[str]) -> None:
    api, iris = web
    wanted = {iris[source] for source in sources}
    row = _row(api, **filters)
    assert {e["report"] for e in row["evidence"]} == wanted
    assert set(row["reports"]) == wanted
    assert {m["report"] for m in row["mentions"]} <= wanted
    assert row["mentions_total"] == len(row["mentions"])
    (csv_row,) = [r for r in api.csv_rows("/laws", inspected="true", **filters) if r["iri"] == LAW]
    assert all(iris[source] not in csv_row["reports"] + csv_row["mentions"] for source in set(REPORTS) - sources)


def test_the_other_statements_of_the_kept_reports_stay(web: tuple[Api, dict[str, str]]) -> None:
    """The 2018 report's second sentence naming the law is a mention of the 2018 row; the unfiltered row lists every
    report and the plan, which the 2018 row does not count."""
    api, iris = web
    kept = _row(api, year="2018")
    assert [m["report"] for m in kept["mentions"]] == [iris["county-2018.txt"]]
    assert "成效明显" in kept["mentions"][0]["text"] and kept["planned_inspections"] == 0
    whole = _row(api)
    assert set(whole["reports"]) == set(iris.values()) and whole["planned_inspections"] == 1


@pytest.mark.parametrize("web", [pytest.param("neo4j", marks=pytest.mark.neo4j)], indirect=True)
def test_the_readme_question_1_lists_a_laws_years_sorted(web: tuple[Api, dict[str, str]]) -> None:
    """Question 1's years are a set, written in order on Neo4j, so its CSV and XLSX cells read as /laws' years do
    (newuser30 T7: 2018, 2025, 2023 on one row; the law here was inspected in 2025 and 2018)."""
    api, _ = web
    store = api.store  # type: ignore[attr-defined]  # Neo4j: the README's Cypher runs there only
    (row,) = [row for row in store.cypher(blocks("cypher")[0]) if row["law"] == LAW.rsplit("/", 1)[1]]
    assert row["years"] == ["2018", "2025"]
