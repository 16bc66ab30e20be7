"""One contract, run against both stores (the Neo4j ones need a real server)."""
from __future__ import annotations

import pytest
from rdflib import RDFS, Dataset, Graph, Literal, URIRef

from graph import Store
from graph.backends import StoreError
from loaders.document import Document
from loaders.facts import Activity, Facts, LawMention, Statistic
from loaders.build import ReportGraph, build

WETLAND = "中华人民共和国湿地保护法"
FOREST = "中华人民共和国森林法"


def report(name: str, sentence: str, laws: list[str], year: str = "2023") -> ReportGraph:
    """A one-sentence report whose inspection concerns ``laws``."""
    text = f"前言。{sentence}结语。"
    start = text.index(sentence)
    doc = Document(text=text, source=f"/reports/{name}.txt",  # named by its URL: an edit keeps its IRI
                   metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": year,
                             "url": f"http://www.example.gov.cn/{name}.html"})
    facts = Facts(
        laws=[LawMention(mention=t, canonical=t, inspected=True, start=start, end=start + 2, level="法律")
              for t in laws],
        activities=[Activity(type="law_enforcement_inspection", evidence=sentence, start=start,
                             end=start + len(sentence), laws=laws)],
        statistics=[Statistic(evidence=sentence, what="执法检查", value=len(laws), unit="项",
                              start=start, end=start + len(sentence))],
    )
    return build(doc, facts)


def upsert(db: Store, rg: ReportGraph) -> str:
    return db.upsert_report(rg.iri, rg.graph, rg.content_hash)


def test_inspected_laws_carry_their_evidence(store: Store) -> None:
    upsert(store, report("a", "开展湿地保护法、森林法执法检查。", [WETLAND, FOREST]))
    rows = {row["title"]: row for row in store.laws(inspected=True)}
    assert set(rows) == {WETLAND, FOREST}
    wetland = rows[WETLAND]
    assert wetland["times_inspected"] == 1
    assert wetland["years"] == [2023]
    assert wetland["organs"] == ["武汉市新洲区人民代表大会常务委员会"]
    assert wetland["evidence"][0]["text"] == "开展湿地保护法、森林法执法检查。"
    assert (wetland["evidence"][0]["start"], wetland["evidence"][0]["end"]) == (3, 19)


def test_reingest_is_skipped_and_counts_do_not_change(store: Store) -> None:
    rg = report("a", "开展湿地保护法执法检查。", [WETLAND])
    assert upsert(store, rg) == "inserted"
    before = store.counts()
    assert upsert(store, rg) == "unchanged"
    assert store.counts() == before


def test_changed_report_replaces_exactly_its_own_facts(store: Store) -> None:
    upsert(store, report("a", "开展湿地保护法执法检查。", [WETLAND]))
    upsert(store, report("b", "开展湿地保护法执法检查。", [WETLAND], year="2022"))
    assert upsert(store, report("a", "开展森林法执法检查。", [FOREST])) == "replaced"
    rows = {row["title"]: row for row in store.laws(inspected=True)}
    assert set(rows) == {WETLAND, FOREST}
    assert rows[WETLAND]["years"] == [2022]  # b's inspection survives, a's is gone
    assert rows[FOREST]["times_inspected"] == 1


def test_delete_removes_the_report_and_entities_no_one_else_uses(store: Store) -> None:
    a = report("a", "开展湿地保护法执法检查。", [WETLAND])
    b = report("b", "开展森林法执法检查。", [FOREST])
    upsert(store, a)
    upsert(store, b)
    assert store.delete_report(a.iri) is True
    assert store.delete_report(a.iri) is False
    assert [row["title"] for row in store.laws()] == [FOREST]
    assert store.counts()["reports"] == 1


def test_export_parses_back_to_the_same_facts(store: Store) -> None:
    upsert(store, report("a", "开展湿地保护法执法检查。", [WETLAND]))
    for fmt, parser in (("ttl", "trig" if store.name == "embedded" else "turtle"), ("nt", None), ("jsonld", "json-ld")):
        text = store.export(fmt)  # type: ignore[arg-type]
        dataset = Dataset()
        dataset.parse(data=text, format=parser or ("nquads" if store.name == "embedded" else "nt"))
        labels = {str(o) for _, _, o, _ in dataset.quads((None, None, None, None))}
        assert WETLAND in labels, fmt


def test_laws_never_inspected_are_listed_apart(store: Store) -> None:
    rg = report("a", "开展湿地保护法执法检查。", [WETLAND])
    doc_graph: Graph = rg.graph
    mention_only = build(
        Document(text="贯彻森林法。", source="/reports/c.txt", metadata={"year": "2023"}),
        Facts(laws=[LawMention(mention="森林法", canonical=FOREST, inspected=False, start=2, end=5)]),
    )
    upsert(store, ReportGraph(rg.iri, doc_graph, rg.content_hash))
    upsert(store, mention_only)
    assert [row["title"] for row in store.laws(inspected=False)] == [FOREST]
    assert [row["title"] for row in store.laws(inspected=True)] == [WETLAND]


def test_cached_tables_follow_every_write(store: Store) -> None:
    a = report("a", "开展湿地保护法执法检查。", [WETLAND])
    upsert(store, a)
    assert [law["title"] for law in store.laws(inspected=True)] == [WETLAND]
    first = store.coverage()
    upsert(store, report("b", "开展森林法执法检查。", [FOREST]))
    assert {law["title"] for law in store.laws(inspected=True)} == {WETLAND, FOREST}
    assert store.coverage() != first
    store.delete_report(a.iri)
    assert [law["title"] for law in store.laws(inspected=True)] == [FOREST]
    with pytest.raises(TypeError):  # callers share one read-only table (issue 14), no copy each
        store.laws(inspected=True)[0]["title"] = "changed by a caller"
    assert store.laws(inspected=True)[0]["title"] == FOREST


def test_grouped_writes_give_what_one_by_one_gives(store: Store) -> None:
    a, b = report("a", "开展湿地保护法执法检查。", [WETLAND]), report("b", "开展森林法执法检查。", [FOREST])
    upsert(store, a)
    new_a = report("a", "开展森林法执法检查。", [FOREST], year="2022")
    c = report("c", "开展湿地保护法执法检查。", [WETLAND], year="2021")
    outcomes = store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in (a, b, c)])
    assert outcomes == ["unchanged", "inserted", "inserted"]
    assert store.upsert_reports([(new_a.iri, new_a.graph, new_a.content_hash)]) == ["replaced"]
    rows = {row["title"]: row for row in store.laws(inspected=True)}
    assert rows[WETLAND]["years"] == [2021] and sorted(rows[FOREST]["years"]) == [2022, 2023]
    for g in (new_a, b, c):
        assert store.named_graph(g.iri).isomorphic(g.graph), g.iri  # type: ignore[union-attr]


def test_a_bad_report_in_a_group_is_refused_whole_and_named(store: Store) -> None:
    good, bad = report("good", "开展湿地保护法执法检查。", [WETLAND]), report("bad", "开展森林法执法检查。", [FOREST])
    bad.graph.add((URIRef("https://w3id.org/oversight-kg/id/a b"), RDFS.label, Literal("x")))
    with pytest.raises(StoreError, match="a b"):
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in (good, bad)])
    assert store.named_graph(bad.iri) is None
    assert store.report_hash(bad.iri) is None


@pytest.fixture()
def small_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Groups of one report each on either store: the paths that build one group while writing another."""
    monkeypatch.setattr("graph.backends.neo4j.BATCH_TRIPLES", 1)
    monkeypatch.setattr("graph.backends.neo4j.FIRST_GROUP_TRIPLES", 1)
    monkeypatch.setattr("graph.backends.embedded.GROUP_TRIPLES", 1)


def test_writes_of_many_groups_store_each_report_and_its_names(store: Store, small_groups: None) -> None:
    from graph import search_index

    laws = [WETLAND, FOREST, WETLAND, FOREST]
    reports = [report(f"g{n}", "开展执法检查。", [law], year=str(2020 + n)) for n, law in enumerate(laws)]
    assert store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in reports]) == ["inserted"] * 4
    for g in reports:
        assert store.named_graph(g.iri).isomorphic(g.graph), g.iri  # type: ignore[union-attr]
    held = search_index.index(store).hashes()
    assert {str(g.iri): g.content_hash for g in reports}.items() <= held.items()  # each group's names, by its hash
    assert {row["title"]: row["years"] for row in store.laws(inspected=True)} == {
        WETLAND: [2020, 2022], FOREST: [2021, 2023]}
    assert store.search("湿地保护法")[0]["label"] == WETLAND


def test_a_bad_report_in_a_later_group_is_named_and_those_before_it_are_stored(store: Store,
                                                                                small_groups: None) -> None:
    good, bad = report("good", "开展湿地保护法执法检查。", [WETLAND]), report("bad", "开展森林法执法检查。", [FOREST])
    bad.graph.add((URIRef("https://w3id.org/oversight-kg/id/a b"), RDFS.label, Literal("x")))
    with pytest.raises(StoreError, match="a b"):
        store.upsert_reports([(g.iri, g.graph, g.content_hash) for g in (good, bad)])
    assert store.report_hash(good.iri) == good.content_hash
    assert store.report_hash(bad.iri) is None and store.named_graph(bad.iri) is None


@pytest.mark.parametrize("iri", ["https://w3id.org/oversight-kg/id/organ/\x80", "https://example.org/a b", "not an iri"])
def test_describing_an_iri_no_store_can_hold_describes_nothing(store: Store, iri: str) -> None:
    upsert(store, report("r1", "开展《中华人民共和国湿地保护法》执法检查。", [WETLAND]))
    assert store.describe([iri]) == {}
