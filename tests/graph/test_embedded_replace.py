"""Replacing a stored report on the embedded store (round 45): only the difference is written, and the store it leaves
is the store written fresh from the new versions, every graph, the default graph, the bookkeeping, the counts and the
name index, its version moved on by one write; a replacement that fails leaves the old report whole."""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from world import world_reports

from graph.backends import StoreError
from graph.backends import embedded
from graph.backends.embedded import EmbeddedStore
from graph.search_fts import FILE
from ontology import OKG

Item = tuple[URIRef, Graph, str]
ID = "https://w3id.org/oversight-kg/id/"
LAW = URIRef(ID + "law/中华人民共和国湿地保护法")  # both reports inspect it
NEW = URIRef(ID + "law/中华人民共和国长江保护法")


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def _adds(graph: Graph, _: Graph) -> None:
    """A new law the report inspects (its own node) and a new value on a node it had."""
    activity = next(graph.subjects(OKG.concernsLaw, LAW))
    graph.add((activity, OKG.concernsLaw, NEW))
    graph.add((NEW, RDF.type, OKG.Law))
    graph.add((NEW, RDFS.label, Literal("中华人民共和国长江保护法", lang="zh")))
    graph.add((activity, RDFS.comment, Literal("补充的说明")))


def _removes(graph: Graph, _: Graph) -> None:
    """Facts the report alone stated: its literals other than labels, two of them."""
    for triple in sorted(t for t in graph if isinstance(t[2], Literal) and t[1] != RDFS.label)[:2]:
        graph.remove(triple)


def _retypes(graph: Graph, _: Graph) -> None:
    """An activity's class changes (the extractor reads its kind otherwise)."""
    activity = next(graph.subjects(OKG.concernsLaw, LAW))
    for cls in list(graph.objects(activity, RDF.type)):
        graph.remove((activity, RDF.type, cls))
    graph.add((activity, RDF.type, OKG.SiteVisit))


def _gains_shared(graph: Graph, other: Graph) -> None:
    """The triples the other report states that this one did not: each already in the default graph."""
    for triple in set(other) - set(graph):
        graph.add(triple)


def _loses_shared(graph: Graph, other: Graph) -> None:
    """The triples both reports state (the wetland law's): their copies stay, the other report states them."""
    for triple in set(graph) & set(other):
        graph.remove(triple)


def _exact(graph: Graph, _: Graph) -> None:
    """A literal Oxigraph stores in another form: the report's exact form is kept aside from then on."""
    graph.add((LAW, URIRef(str(OKG) + "articles"), Literal("1.0", datatype=XSD.decimal)))


CHANGES: dict[str, Callable[[Graph, Graph], None]] = {
    "adds": _adds, "removes": _removes, "retypes": _retypes, "gains shared entities": _gains_shared,
    "loses shared entities": _loses_shared, "keeps an exact form": _exact,
}


@pytest.fixture(scope="module")
def first() -> list[Item]:
    return [(rg.iri, rg.graph, rg.content_hash) for rg in world_reports()]


def _changed(items: list[Item], change: Callable[[Graph, Graph], None]) -> list[Item]:
    """Each report changed, against the other report as first written."""
    out = []
    for n, (iri, graph, content_hash) in enumerate(items):
        new = _copy(graph)
        change(new, items[1 - n][1])
        out.append((iri, new, content_hash + "-2"))
    return out


def _state(store: EmbeddedStore) -> dict[str, Any]:
    """Every quad (the named graphs, the default graph and its bookkeeping), the counts, the hashes and the name
    index's rows (their ids aside: a replaced graph's names are new rows)."""
    with closing(sqlite3.connect(store.path / FILE)) as db:
        names = sorted(db.execute("SELECT iri, name, alias, key, label, types, terms FROM names").fetchall())
        graphs = db.execute("SELECT g, hash FROM graphs ORDER BY g").fetchall()
    return {"quads": set(store._db.quads_for_pattern(None, None, None)),  # type: ignore[attr-defined]
            "counts": store.counts(), "hashes": store.graph_hashes(), "names": names, "graphs": graphs}


def _writes(store: EmbeddedStore) -> int:
    return int(store.version().rpartition(":")[2])


def _fresh(path: Path, items: list[Item]) -> dict[str, Any]:
    with EmbeddedStore(path) as store:
        assert store.upsert_reports(items) == ["inserted"] * len(items)
        return _state(store)


@pytest.mark.parametrize(("change", "back"), [*((c, False) for c in CHANGES), ("keeps an exact form", True)],
                         ids=[*CHANGES, "drops its exact form"])
def test_a_replaced_store_equals_one_written_fresh_from_the_new_versions(tmp_path: Path, first: list[Item],
                                                                        change: str, back: bool) -> None:
    """Each report replaced by its changed version (``back``: the changed versions replaced by the first)."""
    later = _changed(first, CHANGES[change])
    if back:
        first, later = later, first
    assert [set(new) != set(old) for (_, new, _), (_, old, _) in zip(later, first)] == [True, True]
    with EmbeddedStore(tmp_path / "replaced") as store:
        store.upsert_reports(first)
        for item in later:
            before = _writes(store)
            assert store.upsert_report(*item) == "replaced"
            assert _writes(store) == before + 1, "one write, one version"
        assert store.upsert_report(*later[0]) == "unchanged" and _writes(store) == before + 1
        replaced = _state(store)
    assert replaced == _fresh(tmp_path / "fresh", later)


def test_shared_copies_follow_the_last_report_stating_them(tmp_path: Path, first: list[Item]) -> None:
    """The wetland law's triples, stated by both reports: kept while one states them, gone with the last."""
    title = (LAW, RDFS.label, Literal("中华人民共和国湿地保护法", lang="zh"))
    shared = ox.Quad(*(embedded.oxterms.to_oxigraph(t) for t in title))  # type: ignore[arg-type]
    assert all(title in graph for _, graph, _ in first)
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_reports(first)
        for n, (iri, graph, content_hash) in enumerate(first):
            without = _copy(graph)
            without.remove(title)
            store.upsert_report(iri, without, content_hash + "-2")
            assert (shared in store._db) == (n == 0)  # type: ignore[attr-defined]


def test_a_blank_node_changed_is_written_whole_and_equals_a_fresh_write(tmp_path: Path, first: list[Item]) -> None:
    """A blank node in the difference: the report is dropped and written anew (``DELETE DATA`` names no blank node);
    the graphs equal the fresh store's but for the blank nodes' labels."""
    def placed(graph: Graph, label: str) -> Graph:
        out, place = _copy(graph), BNode(label)
        out.add((place, RDFS.label, Literal("新洲区", lang="zh")))
        out.add((next(graph.subjects(OKG.concernsLaw, LAW)), OKG.jurisdiction, place))
        return out

    iri, graph, content_hash = first[0]
    with EmbeddedStore(tmp_path / "replaced") as store:
        store.upsert_reports([(iri, placed(graph, "old"), content_hash), first[1]])
        assert store.upsert_report(iri, placed(graph, "new"), content_hash + "-2") == "replaced"
        replaced = _state(store)
        stored = store.named_graph(iri)
    fresh = _fresh(tmp_path / "fresh", [(iri, placed(graph, "new"), content_hash + "-2"), first[1]])
    assert stored is not None and isomorphic(stored, placed(graph, "new"))
    assert replaced["counts"] == fresh["counts"] and replaced["names"] == fresh["names"]
    assert len(replaced["quads"]) == len(fresh["quads"])


def test_a_replacement_failing_inside_its_update_leaves_the_old_report_whole(
        tmp_path: Path, first: list[Item], monkeypatch: pytest.MonkeyPatch) -> None:
    """The difference's update fails after its ``DELETE DATA`` and ``INSERT DATA`` ran (a ``CREATE GRAPH`` of the
    graph that exists, appended): Oxigraph rolls the transaction back, the store and its version are as before, and
    the same replacement, unhindered, then lands."""
    later = _changed(first, _adds)
    difference = embedded._difference

    def failing(db: ox.Store, name: ox.NamedNode, *args: Any) -> str | None:
        return f"{difference(db, name, *args)} ;\nCREATE GRAPH {name}"

    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_reports(first)
        before, version = _state(store), store.version()
        with monkeypatch.context() as patched:
            patched.setattr(embedded, "_difference", failing)
            with pytest.raises(StoreError, match=f"cannot write {first[0][0]}, nothing was written"):
                store.upsert_report(*later[0])
        assert _state(store) == before and store.version() == version
        assert store.upsert_report(*later[0]) == "replaced"
        assert set(store._db.quads_for_pattern(None, None, None))  != before["quads"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("bad", "says"), [
    ((URIRef(ID + "activity/a b"), RDFS.label, Literal("x")), "which an IRI cannot hold"),
    ((LAW, RDFS.label, Literal("x \ud800 y")), "lone surrogate"),
])
def test_a_replacement_with_a_term_no_store_holds_is_refused_named_and_the_old_report_kept(
        tmp_path: Path, first: list[Item], bad: tuple[Any, Any, Any], says: str) -> None:
    iri, graph, content_hash = first[0]
    later = _copy(graph)
    later.add(bad)
    with EmbeddedStore(tmp_path / "store") as store:
        store.upsert_reports(first)
        before = _state(store)
        with pytest.raises(StoreError, match=says):
            store.upsert_report(iri, later, content_hash + "-2")
        assert _state(store) == before
