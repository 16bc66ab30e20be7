"""The read side of the contract, run against both stores on the same two reports."""
from __future__ import annotations

import pytest
from world import FOREST, HUBEI, WETLAND, WUHAN, XINZHOU, XINZHOU_GOV, ingest, world_reports
from rdflib import URIRef

from graph import Store, StoreError
from graph.tables import RULE_LEVELS
from loaders.build.catalog import build_catalog
from loaders.lexicon import law_catalog
from ontology import iri

LAW, OTHER_LAW = str(iri.entity("law", WETLAND)), str(iri.entity("law", FOREST))
ORGAN, JOINT, OVERSEEN = (str(iri.entity("organ", n)) for n in (XINZHOU, WUHAN, XINZHOU_GOV))


def test_entity_has_properties_relations_and_evidence(world: Store) -> None:
    law = world.entity(LAW)
    assert law is not None
    assert (law["label"], law["properties"]["lawLevel"]) == (WETLAND, "法律")
    assert {"Law", "NationalLaw"} <= set(law["types"])
    assert {(r["type"], r["direction"]) for r in law["relations"]} == {("concernsLaw", "in"), ("mentionsLaw", "in")}
    assert [e["text"] for e in law["evidence"]] == ["联合开展湿地保护法、森林法执法检查。", "开展湿地保护法执法检查。"]
    assert world.entity("https://w3id.org/oversight-kg/id/law/nothing") is None


def test_search_chinese_substring_english_and_type_filter(world: Store) -> None:
    hits = world.search("湿地")
    assert hits[0] == {"iri": LAW, "label": WETLAND, "types": ["Law", "NationalLaw"]}
    assert [h["label"] for h in world.search("annual work report")] == [
        "Annual Work Report A", "Annual Work Report B"]
    assert world.search("新洲区", types=["Organ"])[0]["iri"] in (ORGAN, OVERSEEN)
    assert world.search("湿地", types=["Organ"]) == []
    assert len(world.search("人民", limit=2)) == 2


def test_neighbours_with_depth_types_and_limit(world: Store) -> None:
    near = world.neighbours(LAW, depth=1)
    kinds = {t for node in near["nodes"] for t in node["types"]}
    assert {"Report", "LawEnforcementInspection", "Law"} <= kinds and "Organ" not in kinds
    assert all({e["source"], e["target"]} & {LAW} for e in near["edges"]) and not near["truncated"]
    organs = world.neighbours(LAW, depth=2, types=["Organ"])
    assert {n["iri"] for n in organs["nodes"]} >= {LAW, ORGAN, JOINT, OVERSEEN}
    assert all("Organ" in n["types"] for n in organs["nodes"] if n["iri"] != LAW)
    cut = world.neighbours(LAW, depth=3, limit=3)
    assert len(cut["nodes"]) == 3 and cut["truncated"] and cut["nodes"][0]["iri"] == LAW
    assert world.neighbours(LAW, depth=9) == world.neighbours(LAW, depth=3)


def test_shortest_paths(world: Store) -> None:
    paths = world.paths(LAW, JOINT)
    assert [p["length"] for p in paths] == [2]
    assert [n["iri"] for n in paths[0]["nodes"]][::2] == [LAW, JOINT]
    assert paths[0]["edges"][0] == {"source": paths[0]["nodes"][1]["iri"], "target": LAW, "type": "concernsLaw"}
    both = world.paths(LAW, OTHER_LAW)
    assert len(both) == 2 and {p["nodes"][1]["types"][0] for p in both} == {"LawEnforcementInspection", "Report"}
    assert world.paths(LAW, JOINT, max_hops=1) == []
    assert world.paths(LAW, "https://w3id.org/oversight-kg/id/law/nothing") == []


def test_activities_and_timeline(world: Store) -> None:
    rows = world.activities(kind="LawEnforcementInspection")
    assert [r["year"] for r in rows] == [2022, 2023]
    newest = rows[1]
    assert (newest["laws"], newest["organs"], newest["overseen"], newest["jointly_with"]) == (
        sorted([LAW, OTHER_LAW]), sorted([ORGAN, JOINT]), [OVERSEEN], [JOINT])
    assert newest["subject"] == "湿地保护" and newest["issues"] == [str(iri.entity("issue", "ecology-nature"))]
    assert world.activities(year=2022)[0]["laws"] == [LAW]
    assert world.activities(organ=OVERSEEN) == [newest] == world.activities(law=OTHER_LAW)
    assert world.activities(organ=JOINT) == [newest]  # a joint partner conducts the work too (round 32)
    assert [r["iri"] for r in world.timeline(JOINT)] == [newest["iri"]]
    assert world.activities(issue=newest["issues"][0]) == [newest]
    assert [r["year"] for r in world.timeline(LAW)] == [2022, 2023]
    assert [r["year"] for r in world.timeline(ORGAN)] == [2023]


@pytest.mark.parametrize(("filters", "field"), [({"organ": "新洲区人大常委会"}, "organ"), ({"law": WETLAND}, "law"),
                                                ({"jurisdiction": "新洲区"}, "jurisdiction")])
def test_a_name_where_an_iri_or_code_belongs_is_refused_not_an_empty_answer(world: Store, filters: dict[str, str],
                                                                            field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}: "):
        world.activities(**filters)


@pytest.mark.parametrize("table", ["laws", "coverage"])
def test_a_jurisdiction_name_on_the_laws_tables_is_refused_and_an_area_iri_is_its_code(world: Store,
                                                                                       table: str) -> None:
    with pytest.raises(ValueError, match="^jurisdiction: '湖北'"):
        getattr(world, table)(jurisdiction="湖北")
    by_iri = getattr(world, table)(jurisdiction=str(iri.entity("area", "420117")))
    assert by_iri == getattr(world, table)(jurisdiction="420117")


def test_statistics_reports_and_organs(world: Store) -> None:
    assert [(s["measure"], s["value"], s["unit"], s["year"]) for s in world.statistics()] == [
        ("执法检查", 1, "项", 2022), ("执法检查", 2, "项", 2023)]
    assert [s["value"] for s in world.statistics(year=2023)] == [2]
    reports = world.reports()
    assert [r["title"] for r in reports] == ["Annual Work Report B", "Annual Work Report A"]
    full = world.report(reports[1]["iri"])
    assert full is not None and full["publisher"] == ORGAN
    assert full["spans"] and all(full["text"][s["start"] : s["end"]] == s["text"] for s in full["spans"])
    assert world.report(LAW) is None
    organs = {o["iri"]: o for o in world.organs()}
    assert (organs[ORGAN]["conducted"], organs[OVERSEEN]["overseen"], organs[ORGAN]["reports_naming"]) == (1, 1, 1)


def test_laws_table_filters(world: Store) -> None:
    assert [(r["title"], r["years"]) for r in world.laws(year=2022)] == [(WETLAND, [2022])]
    assert [r["title"] for r in world.laws(organ=HUBEI)] == [WETLAND]
    assert {r["title"] for r in world.laws(organ=ORGAN)} == {WETLAND, FOREST}
    assert [r["times_inspected"] for r in world.laws(jurisdiction="420117")] == [1, 1]  # 新洲区
    assert {r["title"]: r["times_inspected"] for r in world.laws(jurisdiction="420000")} == {WETLAND: 2, FOREST: 1}
    assert world.laws(jurisdiction="110000") == []  # 北京市: no organ there
    assert world.laws(level="行政法规") == []
    assert world.laws(level="法律")[0] == world.laws()[0]


def test_coverage_against_the_catalog(fresh_world: Store) -> None:
    catalog = build_catalog()
    assert fresh_world.upsert_report(catalog.iri, catalog.graph, catalog.content_hash) == "inserted"
    assert fresh_world.counts()["reports"] == 2
    cover = fresh_world.coverage(level="法律")
    row = next(r for r in cover["laws"] if r["iri"] == LAW)
    assert (row["times_inspected"], row["in_catalog"], row["law_level"]) == (2, True, "法律") and row["category"]
    cells = {(c["law_level"], c["category"]): c for c in cover["summary"]}
    assert sum(c["inspected"] for c in cells.values()) == 2
    assert all(c["laws"] == c["inspected"] + c["never_inspected"] for c in cells.values())
    assert fresh_world.coverage(category=row["category"])["laws"][0]["iri"] == LAW
    levels = {r["law_level"] for r in fresh_world.coverage()["laws"]}
    assert {"法律", "行政法规"} <= levels and not levels & RULE_LEVELS  # no report inspects a rule here
    assert fresh_world.coverage(level="部门规章") == {"summary": [], "laws": []}
    # a code is one law, its books parts of it; the constitution's amendments are the constitution's
    titles = {r["title"] for r in fresh_world.coverage()["laws"]}
    assert {"中华人民共和国民法典", "中华人民共和国宪法"} <= titles
    parts = {e.canonical for e in law_catalog.entries().values() if law_catalog.whole_of(e)}
    assert len(parts) >= 13 and not titles & parts
    assert fresh_world.coverage(category="民法典") == {"summary": [], "laws": []}


def test_failed_replace_leaves_the_old_report_whole(store: Store) -> None:
    good = world_reports()[0]
    ingest(store, [good])
    before = (store.counts(), store.laws())
    bad = good.graph.__class__()
    for triple in good.graph:
        bad.add(triple)
    from rdflib import Literal

    from ontology import OKG

    bad.add((URIRef("https://example.org/a b"), OKG.count, Literal(1)))  # not an IRI: both stores refuse it
    with pytest.raises(StoreError):
        store.upsert_report(good.iri, bad, "changed")
    assert (store.counts(), store.laws()) == before


def test_query_languages_are_read_only(fresh_world: Store) -> None:
    if fresh_world.name == "embedded":
        assert fresh_world.sparql("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://w3id.org/oversight-kg/ontology#Law> }")[
            "results"]["bindings"][0]["n"]["value"] == "2"
        with pytest.raises(StoreError):
            fresh_world.sparql("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
        with pytest.raises(StoreError):
            fresh_world.cypher("MATCH (n) RETURN n")
    else:
        assert fresh_world.cypher("MATCH (n:Law) RETURN count(n) AS n") == [{"n": 2}]
        with pytest.raises(StoreError):
            fresh_world.cypher("CREATE (n:Resource {uri: 'urn:x'})")
        with pytest.raises(StoreError):
            fresh_world.sparql("SELECT * WHERE { ?s ?p ?o }")
    assert fresh_world.counts()["Law"] == 2


@pytest.mark.parametrize("keys", [("label",), ("label", "title"), None])
def test_described_properties_are_those_of_the_predicates_asked_not_their_namesakes(
        store: Store, keys: tuple[str, ...] | None) -> None:
    """A property is asked by its predicate: rdfs:label and dcterms:title, not another vocabulary's
    ``label`` or ``title`` (Neo4j stores each under a prefixed name; it reads the prefix table in the
    same round trip as the nodes and keeps only the names of the predicates asked)."""
    from rdflib import DCTERMS, RDFS, Graph, Literal

    node, report = URIRef("https://example.org/node"), URIRef("https://example.org/report/r")
    graph = Graph()
    graph.add((node, RDFS.label, Literal("the label")))
    graph.add((node, DCTERMS.title, Literal("the title")))
    graph.add((node, URIRef("https://example.org/vocab#label"), Literal("a namesake's label")))
    graph.add((node, URIRef("https://example.org/vocab#title"), Literal("a namesake's title")))
    store.upsert_report(report, graph, "r")
    props = store.describe([str(node)], keys=keys)[str(node)].props
    expected = {"label": ["the label"], "title": ["the title"]}
    if keys is None:  # every property, a namesake under its own local name beside the predicate's
        assert {k: sorted(v) for k, v in props.items()} == {
            "label": ["a namesake's label", "the label"], "title": ["a namesake's title", "the title"]}
    else:
        assert dict(props) == {k: expected[k] for k in keys}
    assert store.nodes([str(node)])[str(node)]["label"] == "the label"
