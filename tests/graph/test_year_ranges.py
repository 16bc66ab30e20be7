"""A multi-year report (year: 2017-2021) on both stores: a year filter keeps the facts dated in it, a range's when
the whole range lies in it, and with ``include_ranges`` (:class:`graph.fields.Years`) a range reaching beyond it too
(issue 11, item 7; round 33: a year's rows are its own, so a five-year total is not summed as one year's); a single
year's facts only their year.
"""
from __future__ import annotations

import pytest

from graph import Store
from graph.fields import YearFilter, Years
from loaders import ReportGraph
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract

FOREST = "https://w3id.org/oversight-kg/id/law/中华人民共和国森林法"
WATER = "https://w3id.org/oversight-kg/id/law/中华人民共和国水法"
LAW_ARCHIVES = "https://w3id.org/oversight-kg/id/law/中华人民共和国档案法"


def report(name: str, year: str, law: str) -> ReportGraph:
    doc = Document(text=f"常委会对{law}开展执法检查，共开展执法检查2项。", source=f"/reports/{name}.txt",
                   metadata={"organ": "某市人民代表大会常务委员会", "year": year})
    return build(doc, extract(doc))


@pytest.fixture()
def ranged(store: Store) -> Store:
    for rg in (report("five", "2017-2021", "森林法"), report("one", "2023", "《中华人民共和国水法》")):
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    return store


@pytest.mark.parametrize("year", [Years(2017, 2017, True), Years(2019, 2019, True), Years(2021, 2021, True),
                                  Years(2020, 2022, True), (2017, 2021), (2016, 2022), Years(2015, 2022)])
def test_a_filter_holding_the_range_or_asking_for_ranges_finds_its_facts(ranged: Store, year: YearFilter) -> None:
    assert [law["iri"] for law in ranged.laws(True, year=year)] == [FOREST]
    activities = ranged.activities(year=year)
    assert any(FOREST in row["laws"] for row in activities)
    assert {(row["year"], row["year_from"], row["year_to"]) for row in activities} == {(None, 2017, 2021)}
    assert ranged.statistics(year=year) and all(row["year_from"] == 2017 for row in ranged.statistics(year=year))


@pytest.mark.parametrize("year", [2016, 2022, Years(2016, 2016, True), Years(2022, 2022, True),
                                  2017, 2019, 2021, (2018, 2020), Years(2017, 2020)])
def test_a_year_outside_the_range_or_only_part_of_it_does_not(ranged: Store, year: YearFilter) -> None:
    """Outside the range, or inside it without ``include_ranges``: a 2017-2021 statement is no 2019 fact."""
    assert ranged.laws(True, year=year) == [] and ranged.activities(year=year) == []
    assert ranged.statistics(year=year) == []


def test_single_years_match_only_their_year_and_ranges_show_everywhere(ranged: Store) -> None:
    assert [law["iri"] for law in ranged.laws(True, year=2023)] == [WATER]
    [evidence] = next(law for law in ranged.laws(True) if law["iri"] == FOREST)["evidence"]
    assert (evidence["year_from"], evidence["year_to"]) == (2017, 2021)
    assert [(r["year"], r["year_from"], r["year_to"]) for r in ranged.reports()] == [(None, 2017, 2021),
                                                                                    (2023, 2023, 2023)]
    assert [row["year_from"] for row in ranged.timeline(FOREST)] == [2017]


def test_a_timeline_lists_the_activities_no_year_dates_last_unless_asked_not_to(store: Store) -> None:
    undated = Document(text="常委会对森林法开展执法检查。", source="/reports/undated.txt",
                       metadata={"organ": "某市人民代表大会常务委员会"})
    for rg in (report("five", "2017-2021", "森林法"), build(undated, extract(undated))):
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    assert [row["year_from"] for row in store.timeline(FOREST)] == [2017, None]
    assert [row["year_from"] for row in store.timeline(FOREST, undated=False)] == [2017]


@pytest.mark.parametrize("text", ["常委会对档案法开展执法检查。", "县人大常委会组织执法检查组，对《中华人民共和国档案法》贯彻实施情况进行检查。",
                                  "常委会听取和审议了县政府关于档案法实施情况的报告。"])
def test_a_law_only_undated_reports_oversee_has_a_timeline(store: Store, text: str) -> None:
    """newuser23 §8: a law inspected only in reports without a year answered an empty timeline (the undated
    activities counted, not listed)."""
    undated = Document(text=text, source="/reports/undated-only.txt", metadata={"organ": "某县人民代表大会常务委员会"})
    rg = build(undated, extract(undated))
    store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    rows = store.timeline(LAW_ARCHIVES)
    assert rows and all(row["year_from"] is None for row in rows)
    assert store.timeline(LAW_ARCHIVES, undated=False) == []
