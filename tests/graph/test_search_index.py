"""The name index on both stores: kept in step with every write, replace and delete, rebuilt on demand,
and ranked the same way; the ranking rules themselves without a store."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from world import FOREST, WETLAND, XINZHOU, ingest, world_reports

from graph import Store, search_index
from graph.search_index import Name
from ontology import OKG, iri
from ontology.textform import search_key

LAW = str(iri.entity("law", WETLAND))
ORGAN = str(iri.entity("organ", XINZHOU))


def _graph(*names: tuple[str, str, URIRef]) -> Graph:
    g = Graph()
    for node, name, predicate in names:
        g.add((URIRef(node), RDF.type, OKG.Law))
        g.add((URIRef(node), predicate, Literal(name, lang="zh")))
    return g


def labels(db: Store, q: str) -> list[str]:
    return [item["label"] for item in db.find(q, limit=50)["items"]]


def test_names_follow_replace_and_delete(store: Store) -> None:
    a, b = URIRef("urn:report:a"), URIRef("urn:report:b")
    law = "https://example.org/law/x"
    store.upsert_report(a, _graph((law, "旧条例名称", RDFS.label), (law, "旧简称", SKOS.altLabel)), "h1")
    store.upsert_report(b, _graph((law, "旧条例名称", RDFS.label)), "h2")
    assert labels(store, "旧简称") == ["旧条例名称"]
    store.upsert_report(a, _graph((law, "新条例名称", RDFS.label)), "h3")  # replaced: the alias is gone
    assert labels(store, "旧简称") == []
    assert labels(store, "新条例") == ["新条例名称"]
    assert labels(store, "旧条例") == ["旧条例名称"]  # still stated by b
    store.delete_report(b)
    assert labels(store, "旧条例") == []
    store.replace_graphs([(a, None, "")])
    assert labels(store, "新条例") == [] and store.find("条例", types=["Law"])["total"] == 0


def test_vocabulary_terms_rank_after_all_the_data(store: Store) -> None:
    """人大常委会 is the label of the class okg:StandingCommittee: a search for it shows the standing
    committees stored first and the class last, counted in the total, reached by paging, never under a type."""
    ingest(store, world_reports())
    cls = str(OKG.StandingCommittee)
    first = store.find("人大常委会", limit=5)
    assert first["total_exact"] and first["items"][0]["iri"] != cls and first["items"][0]["types"]
    last = store.find("人大常委会", limit=5, offset=first["total"] - 1)["items"]
    assert [(item["iri"], item["types"], item["match"]) for item in last] == [(cls, [], "exact")]
    everything = store.find("人大常委会", limit=first["total"])["items"]
    assert len(everything) == first["total"] and [item["iri"] for item in everything].count(cls) == 1
    assert all(item["types"] for item in everything[:-1])  # every resource of the data before the term
    assert cls not in [item["iri"] for item in store.find("人大常委会", types=["StandingCommittee"], limit=50)["items"]]


def test_vocabulary_terms_are_no_rows_of_the_index() -> None:
    """A class's or property's names are left out of the index, whatever graph states them; data typed with
    an okg class is indexed."""
    g = Graph()
    g.add((OKG.StandingCommittee, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
    g.add((OKG.StandingCommittee, RDFS.label, Literal("人大常委会", lang="zh")))
    g.add((URIRef(ORGAN), RDF.type, OKG.StandingCommittee))
    g.add((URIRef(ORGAN), RDFS.label, Literal("武汉市新洲区人民代表大会常务委员会", lang="zh")))
    assert [name.iri for name in search_index.names(g)] == [ORGAN]


def test_index_levels_itself_and_rebuilds(store: Store) -> None:
    ingest(store, world_reports())
    before = store.find("湿地", limit=50)
    assert before["items"][0]["iri"] == LAW
    names = search_index.index(store)
    names.replace(str(world_reports()[0].iri), "stale", [])  # as if a crash came between the two writes
    store.names.drop()  # the next use opens it again, as a new process would
    assert store.find("湿地", limit=50) == before
    names.clear()
    assert store.find("湿地")["total"] == 0
    assert store.reindex() == len(store.graph_hashes())
    assert store.find("湿地", limit=50) == before


def test_answers_are_kept_read_only_until_a_write(store: Store) -> None:
    ingest(store, world_reports())
    first = store.find("湿地", limit=50)
    assert store.find("湿地", limit=50) is first  # kept: the same search again is a look-up
    assert store.find("濕地", limit=50) is first  # one normal form, one answer
    assert store.find("湿地", limit=5) is not first and store.find("湿地", types=["Law"]) is not first
    with pytest.raises(TypeError):
        first["items"].append({})  # shared by every caller
    law = "https://example.org/law/wet"
    store.upsert_report(URIRef("urn:report:new"), _graph((law, "湿地公园条例", RDFS.label)), "h1")
    after = store.find("湿地", limit=50)
    assert after["total"] == first["total"] + 1 and law in [item["iri"] for item in after["items"]]


def test_a_kept_answer_follows_names_written_elsewhere(store: Store, request: pytest.FixtureRequest) -> None:
    """Names committed by another writer of the index (another process's store on Neo4j; another
    connection to the embedded store's index file) show in the next search."""
    ingest(store, world_reports())
    law = "https://example.org/law/wet"
    names = search_index.names(_graph((law, "湿地公园条例", RDFS.label)))
    assert store.find("湿地公园")["total"] == 0
    if store.name == "neo4j":
        from graph.backends.neo4j import Neo4jStore

        server = request.getfixturevalue("neo4j_server")
        with Neo4jStore(server.uri, server.user, server.password) as elsewhere:
            search_index.index(elsewhere).replace("urn:report:new", "h1", names)
    else:
        from graph.search_fts import SqliteNames

        elsewhere_index = SqliteNames(store.path)  # type: ignore[attr-defined]
        elsewhere_index.replace("urn:report:new", "h1", names)
        elsewhere_index.close()
    assert [item["iri"] for item in store.find("湿地公园")["items"]] == [law]


def test_queries_people_type(store: Store) -> None:
    ingest(store, world_reports())
    for q in ("湿地保护法", "濕地保護法", "湿地法", "湿 地 保 护 法", "湿地保护法\u3000", "《湿地保护法》", "“湿地法”"):
        assert store.search(q)[0]["iri"] == LAW, q
    assert store.search("新洲区人大常委会")[0]["iri"] == ORGAN
    for q in ("新洲区十六届人大常委会", "新洲区第十六届人大常委会"):  # the term written in: the organ has none
        assert store.search(q)[0]["iri"] == ORGAN, q
    assert store.search("新洲区人民代表大会常务委员会", types=["Organ"])[0]["iri"] == ORGAN
    assert [h["label"] for h in store.search("森林法")][:1] == [FOREST]
    assert store.search("湿", types=["Law"])[0]["iri"] == LAW  # one character
    found = store.find("湿地")
    assert found["facets"]["Law"] == 1 and sum(found["facets"].values()) == found["total"]
    assert store.find("湿地", types=["Organ"])["items"] == []


def _name(name: str, alias: bool = False) -> Name:
    return Name("urn:x", name, alias, search_key(name), name, ())


def test_tiers_rank_exact_alias_prefix_suffix_inside_abbreviation() -> None:
    key = search_key("湿地保护法")
    tiers = [search_index.tier(_name(n, alias), key) for n, alias in [
        ("湿地保护法", False), ("湿地保护法", True), ("湿地保护法实施办法", False), ("中华人民共和国湿地保护法", False),
        ("湿地保护法执法检查报告", False)]]
    assert [t[0] for t in tiers if t] == [search_index.EXACT, search_index.ALIAS, search_index.PREFIX,
                                          search_index.SUFFIX, search_index.PREFIX]
    assert search_index.tier(_name("某省湿地保护法实施条例"), key)[0] == search_index.INSIDE  # type: ignore[index]
    assert search_index.tier(_name("中华人民共和国湿地保护法"), search_key("湿地法")) == (search_index.ABBREVIATION, 5)
    assert search_index.tier(_name("森林法"), search_key("湿地法")) is None


def test_one_normal_form_for_names_and_queries() -> None:
    assert search_key("（试行）") == search_key("(试行)") == search_key("〔试行〕")
    assert search_key("濕地保護法") == search_key("湿地保护法")
    assert search_key("ＰＭ２.５ 治理") == "pm2.5治理"



def test_a_catalog_law_ranks_first_as_an_alias_by_each_customary_name(store: Store) -> None:
    """监督法 is what people call 中华人民共和国各级人民代表大会常务委员会监督法 (data/law-aliases.csv): the
    catalog states it as the law's name, so /search ranks the law as an ``alias`` match, not as a name
    that merely ends with 监督法 (``suffix``), on both stores."""
    from loaders.build.catalog import build_catalog
    from loaders.lexicon.law_catalog import customary_names, entries
    from loaders.lexicon.normalise import title_key

    catalog = build_catalog()
    store.upsert_report(catalog.iri, catalog.graph, catalog.content_hash)
    named = customary_names()
    assert "监督法" in named[title_key("各级人民代表大会常务委员会监督法")] and len(named) >= 10
    for key, names in named.items():
        title = entries()[key].canonical
        for name in names:
            first = store.find(name, ["Law"], 1)["items"][0]
            assert (first["label"], first["match"]) == (title, "alias"), name



def test_a_measure_class_is_a_vocabulary_term_not_data() -> None:
    """A statistic's measure class (执法检查, 代表建议 as a class of figures) is a term of the measure scheme, ranked after
    the data like the ontology's classes: as data it came first for 执法检查 and 代表建议 (round 18)."""
    g = Graph()
    concept = URIRef("https://w3id.org/oversight-kg/id/measure-class/law_enforcement_inspection")
    g.add((concept, RDF.type, SKOS.Concept))
    g.add((concept, RDF.type, OKG.MeasureClass))
    g.add((concept, RDFS.label, Literal("执法检查", lang="zh")))
    law = URIRef("https://w3id.org/oversight-kg/id/law/中华人民共和国森林法")
    g.add((law, RDF.type, OKG.Law))
    g.add((law, RDFS.label, Literal("中华人民共和国森林法", lang="zh")))
    # the law's label, and its subject as an alias (森林, round 50); no name of the measure class
    assert [(n.iri, n.name, n.alias) for n in search_index.names(g)] == [
        (str(law), "中华人民共和国森林法", False), (str(law), "森林", True)]


@pytest.mark.neo4j
def test_grouped_names_are_level_when_the_write_returns(fresh_store: Callable[[str], Store],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A grouped Neo4j write commits each group's names in a transaction of their own, beside the next group's
    graphs (round 36): when the call returns, every graph's names are in the index under its hash."""
    from graph.backends import neo4j

    db = fresh_store("neo4j")
    monkeypatch.setattr(neo4j, "BATCH_TRIPLES", 2)  # a group per graph
    monkeypatch.setattr(neo4j, "FIRST_GROUP_TRIPLES", 2)
    graphs = [(URIRef(f"urn:report:{i}"), _graph((f"https://example.org/law/{i}", f"第{i}号湿地条例", RDFS.label)),
               f"h{i}") for i in range(6)]
    assert db.upsert_reports(graphs) == ["inserted"] * 6
    assert search_index.index(db).hashes() == {str(g): h for g, _, h in graphs}
    assert sorted(labels(db, "湿地条例")) == [f"第{i}号湿地条例" for i in range(6)]


@pytest.mark.neo4j
def test_names_of_a_version_another_writer_replaced_are_not_written(fresh_store: Callable[[str], Store]) -> None:
    """A group's names written after its graphs (:func:`graph.search_neo4j.write_names_after`) are those of the
    version still stored: a graph another writer replaced in between keeps that writer's names."""
    from graph import neo4j_write
    from graph.search_neo4j import write_names_after

    db = fresh_store("neo4j")
    report, law = URIRef("urn:report:a"), "https://example.org/law/x"
    older = neo4j_write.prepare([(str(report), _graph((law, "旧条例名称", RDFS.label)), "h1")], {})
    db.upsert_report(report, _graph((law, "新条例名称", RDFS.label)), "h2")
    db._write(lambda tx: write_names_after(tx, older.name_rows()[0]))  # type: ignore[attr-defined]
    assert labels(db, "旧条例") == [] and labels(db, "新条例") == ["新条例名称"]
