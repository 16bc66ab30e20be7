"""A joint partner conducts the work; an assisting organ does not (a first-time analyst, round 32, class 5): on both
stores, every filter and count of conducting organs reads okg:conductedBy and okg:jointlyWith, never okg:assistedBy,
and the store gives back the RDF it was given."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.compare import isomorphic

from graph import Store, analytics
from loaders import ReportGraph, load
from ontology import iri
from world import ingest

SEED, FOREST = "中华人民共和国种子法", "中华人民共和国森林法"
TONGSHAN, CHONGYANG = "通山县人民代表大会常务委员会", "崇阳县人民代表大会常务委员会"
TONGYANG = "通山县通羊镇人民代表大会"  # a township congress, its presidium helping the county
PRESIDIUM = TONGYANG + "主席团"  # the sentence's subject, the organ assisting (round 33)
REPORTS = {
    # newuser15's sentence: 通山's inspection done jointly with 崇阳
    "joint": (TONGSHAN, "县人大常委会与崇阳县人大常委会联合开展《中华人民共和国种子法》执法检查。"),
    # a township helping its county inspect: the county's inspection, the township assisting
    "help": (TONGYANG, "镇人大主席团配合县人大常委会开展《中华人民共和国森林法》执法检查。"),
}
ORGAN = {name: str(iri.entity("organ", name)) for name in (TONGSHAN, CHONGYANG, TONGYANG, PRESIDIUM)}


@pytest.fixture()
def graphs(tmp_path: Path) -> list[ReportGraph]:
    found = []
    for name, (organ, text) in REPORTS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"organ: {organ}\nyear: 2023\n\n{text}\n", encoding="utf-8")
        found.append(load(path))
    return found


@pytest.fixture()
def partners(store: Store, graphs: list[ReportGraph]) -> Store:
    ingest(store, graphs)
    return store


def _titles(rows: list[dict]) -> list[str]:
    return sorted(row["title"] for row in rows)


def test_the_store_gives_back_the_rdf_it_was_given(partners: Store, graphs: list[ReportGraph]) -> None:
    back = dict(partners.report_graphs())
    assert all(isomorphic(back[rg.iri], rg.graph) for rg in graphs)


def test_a_joint_partner_conducts_an_assisting_organ_does_not(partners: Store) -> None:
    joint, = partners.activities(organ=ORGAN[CHONGYANG])
    assert (joint["organs"], joint["jointly_with"], joint["assisted_by"]) == (
        sorted([ORGAN[TONGSHAN], ORGAN[CHONGYANG]]), [ORGAN[CHONGYANG]], [])
    helped, = partners.activities(organ=ORGAN[TONGSHAN], law=str(iri.entity("law", FOREST)))
    assert (helped["organs"], helped["jointly_with"], helped["assisted_by"]) == ([ORGAN[TONGSHAN]], [], [ORGAN[PRESIDIUM]])
    assert partners.activities(organ=ORGAN[TONGYANG]) == partners.activities(organ=ORGAN[PRESIDIUM]) == []
    # the assistant's timeline shows the work it assisted, the activity's entity the assisting organ
    assert [row["assisted_by"] for row in partners.timeline(ORGAN[PRESIDIUM])] == [[ORGAN[PRESIDIUM]]]
    relations = {(r["type"], r["iri"]) for r in partners.entity(helped["iri"])["relations"] if r["direction"] == "out"}
    assert ("assistedBy", ORGAN[PRESIDIUM]) in relations and ("conductedBy", ORGAN[PRESIDIUM]) not in relations


def test_laws_organs_areas_and_stats_count_the_partner_not_the_assistant(partners: Store) -> None:
    assert _titles(partners.laws(inspected=True, organ=ORGAN[CHONGYANG])) == [SEED]
    assert _titles(partners.laws(inspected=True, organ=ORGAN[TONGSHAN])) == [FOREST, SEED]
    assert partners.laws(inspected=True, organ=ORGAN[TONGYANG]) == []
    organs = {row["iri"]: (row["conducted"], row["inspections"]) for row in partners.organs()}
    assert (organs[ORGAN[CHONGYANG]], organs[ORGAN[TONGSHAN]]) == ((1, 1), (2, 2))
    assert organs.get(ORGAN[TONGYANG], (0, 0)) == (0, 0)
    areas = {row["label"]: row["inspections"] for row in partners.areas()["rows"]}
    assert (areas["崇阳县"], areas["通山县"], areas["咸宁市"]) == (1, 2, 2)  # the city counts the joint one once
    here = {row["iri"]: row["inspections"] for row in partners.areas()["organs"]["421223"]["here"]}
    assert here[ORGAN[CHONGYANG]] == 1
    assert partners.summary()["inspections"] == 2


def test_joint_activities_pair_the_partners_only(partners: Store) -> None:
    pairs = [{p["source"]["iri"], p["target"]["iri"]} for p in analytics.joint_activities(partners)]
    assert pairs == [{ORGAN[TONGSHAN], ORGAN[CHONGYANG]}]


def test_coverage_by_organ_counts_the_partner_s_inspection(partners: Store) -> None:
    def inspected(organ: str) -> list[str]:
        return sorted(law["title"] for law in partners.coverage(organ=ORGAN[organ])["laws"] if law["times_inspected"])

    assert (inspected(CHONGYANG), inspected(TONGYANG)) == ([SEED], [])
