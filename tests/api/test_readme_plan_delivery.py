"""README question 10 compares one body's plan with what it did (a first-time analyst's round 44, finding 8: the query
counted any organ's inspection of the law in any year as "inspected before"): on reports of one county's plan, its own
inspections of the planned law before and after the plan's year, another organ's and an undated one, the SPARQL (on
the embedded store) and the Cypher (on Neo4j) give the same rows, which are what /activities lists with the planning
organ, the law and an open range of years."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from api_helpers import BOTH_STORES, Api, api_of, empty_store
from graph import Store
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from test_readme import blocks

COUNTY = "武汉市新洲区人民代表大会常务委员会"
CITY = "武汉市人民代表大会常务委员会"
SAFETY = "中华人民共和国安全生产法"
#: (source, organ, year header, text): the plan, the county's inspections before, in and after its year, the city's,
#: and one of the county's that no year dates.
REPORTS: list[tuple[str, str, str | None, str]] = [
    ("plan-2023.txt", COUNTY, "2023", "区人大常委会2023年监督工作计划\n一、执法检查\n"
                                      f"拟对《{SAFETY}》实施情况开展执法检查。\n"),
    ("done-2021.txt", COUNTY, "2021", f"2021年，区人大常委会开展《{SAFETY}》执法检查，形成审议意见交区人民政府研究处理。"),
    ("done-2023.txt", COUNTY, "2023", f"区人大常委会组织开展《{SAFETY}》执法检查，督促区人民政府落实安全生产责任。"),
    ("done-2024.txt", COUNTY, "2024", f"区人大常委会对《{SAFETY}》贯彻实施情况开展执法检查，听取区应急管理局汇报。"),
    ("city-2022.txt", CITY, "2022", f"市人大常委会开展《{SAFETY}》执法检查，赴各区实地检查。"),
    ("undated.txt", COUNTY, None, f"区人大常委会开展《{SAFETY}》执法检查，深入企业查看安全生产情况。"),
]


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with empty_store(request, tmp_path_factory) as db:
        for source, organ, year, text in REPORTS:
            doc = Document(text=text, source=source, metadata={"organ": organ, **({"year": year} if year else {})})
            built = build(doc, extract(doc))
            db.upsert_report(built.iri, built.graph, built.content_hash)
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def question_10(store: Store, web: Api) -> list[dict[str, Any]]:
    """The README's question 10 in the store's own language, each cell as text."""
    if store.name == "neo4j":
        return [{name: str(value) for name, value in row.items()} for row in store.cypher(blocks("cypher")[9])]
    answer = web.get("/sparql", query=blocks("sparql")[9])
    return [{name: cell["value"] for name, cell in row.items()} for row in answer["results"]["bindings"]]


def listed(web: Api, **filters: str) -> int:
    return len(web.get("/activities", kind="执法检查", follow_up="false", organ=COUNTY, law=SAFETY, limit=1000,
                       **filters)["items"])


def test_question_10_counts_the_planning_bodys_own_inspections_before_and_since_the_plans_year(
        store: Store, web: Api) -> None:
    rows = question_10(store, web)
    assert rows == [{"law": SAFETY, "organ": COUNTY, "planned_year": "2023", "plans": "1", "done_before": "1",
                     "done_since": "2"}], rows
    # the listing the README gives for each: the same organ and law, the years before the plan's and from it on
    assert listed(web, status="planned") == 1
    assert listed(web, status="reported", year="-2022") == 1 and listed(web, status="reported", year="2023-") == 2
    assert listed(web, status="reported") == 4  # the undated one besides, which neither count places


def test_an_open_range_of_years_is_a_year_filter_and_a_bare_dash_is_refused(web: Api) -> None:
    every = web.get("/activities", kind="执法检查", status="reported", follow_up="false", law=SAFETY,
                    limit=1000)["items"]
    for given, keep in (("2022-", lambda y: y >= 2022), ("2022年–", lambda y: y >= 2022), ("-2022", lambda y: y <= 2022),
                        ("..2021", lambda y: y <= 2021)):
        got = web.get("/activities", kind="执法检查", status="reported", follow_up="false", law=SAFETY, year=given,
                      limit=1000)["items"]
        assert sorted(r["iri"] for r in got) == sorted(r["iri"] for r in every if r["year"] and keep(r["year"])), given
    for wrong in ("-", "2022--", "-2021-"):
        assert "year" in web.get("/activities", expect=422, year=wrong)["detail"]
