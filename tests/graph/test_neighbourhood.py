"""A neighbourhood cut at its limit is the uncut one's first nodes in breadth-first order, reached by
walking no further than it needs, and only those are described."""
from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from world import WETLAND

from graph import Store, traverse
from graph.backends import Backend, embedded
from graph.terms import OKG_NS
from ontology import iri

LAW = str(iri.entity("law", WETLAND))


def _cut(whole: dict[str, Any], limit: int) -> dict[str, Any]:
    """What a neighbourhood cut at ``limit`` holds, from the uncut one: the first nodes and the
    edges between them."""
    nodes = whole["nodes"][:limit]
    keep = {n["iri"] for n in nodes}
    return {"nodes": nodes, "edges": [e for e in whole["edges"] if e["source"] in keep and e["target"] in keep],
            "truncated": whole["truncated"] or len(whole["nodes"]) > limit,
            "unexpanded": [n for n in whole["unexpanded"] if n in keep]}


@pytest.mark.parametrize("types", [["Organ"], ["OversightActivity", "Statistic"]])
def test_a_typed_cut_is_the_first_part_of_the_whole(world: Store, types: list[str]) -> None:
    whole = world.neighbours(LAW, depth=3, types=types, limit=10_000)
    assert not whole["truncated"] and len(whole["nodes"]) > 3
    for limit in range(1, len(whole["nodes"]) + 2):
        assert world.neighbours(LAW, depth=3, types=types, limit=limit) == _cut(whole, limit)


def test_a_cut_is_the_first_part_of_the_whole_and_shows_how_each_node_was_reached(world: Store) -> None:
    """Without a type filter the walk stops once it has enough nodes: the cut holds the whole's first
    nodes, only relationships the whole holds, and for each node one to a node a level nearer."""
    whole = world.neighbours(LAW, depth=3, limit=10_000)
    assert not whole["truncated"] and len(whole["nodes"]) > 3
    assert [n["distance"] for n in whole["nodes"]] == sorted(n["distance"] for n in whole["nodes"])
    for limit in range(1, len(whole["nodes"]) + 2):
        cut, expected = world.neighbours(LAW, depth=3, limit=limit), _cut(whole, limit)
        assert (cut["nodes"], cut["truncated"], cut["unexpanded"]) == (
            expected["nodes"], expected["truncated"], expected["unexpanded"])
        assert all(e in expected["edges"] for e in cut["edges"])
        level = {n["iri"]: n["distance"] for n in cut["nodes"]}
        for node in cut["nodes"][1:]:
            assert any(level.get(e["target" if e["source"] == node["iri"] else "source"]) == node["distance"] - 1
                       for e in cut["edges"] if node["iri"] in (e["source"], e["target"])), node["iri"]


def test_only_the_kept_nodes_are_described(fresh_world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = fresh_world.neighbours(LAW, depth=3, limit=10_000)
    described: list[str] = []
    nodes = fresh_world.nodes

    def counting(iris: Any) -> dict[str, dict[str, Any]]:
        iris = list(iris)
        described.extend(iris)
        return nodes(iris)

    monkeypatch.setattr(fresh_world, "nodes", counting)
    cut = fresh_world.neighbours(LAW, depth=3, limit=2)
    assert cut["truncated"] and len(whole["nodes"]) > 3
    assert sorted(described) == sorted(n["iri"] for n in whole["nodes"][:3])  # the two kept and one to tell the cut


def test_a_walk_stops_as_soon_as_it_has_enough_nodes(fresh_world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a type filter the first two levels are pulled a node at a time, in order, until the limit is passed:
    a hub law's hundreds of neighbours at 1M triples are not all walked for a few deeper nodes."""
    whole = fresh_world.neighbours(LAW, depth=3, limit=10_000)
    near = [n["iri"] for n in whole["nodes"] if n["distance"] == 1]
    assert len(near) >= 3
    known = {LAW, *near}
    # the first of the law's neighbours (in order) through which the walk finds a node two hops away
    first = next(i for i, n in enumerate(near) if {x for e in fresh_world.edges([n]) for x in (e[0], e[2])} - known)
    pulled: list[str] = []
    walk = fresh_world.walk_edges

    def counting(iri: str, first: int, most: int, skip: Any) -> Any:
        for node, around in walk(iri, first, most, skip):
            pulled.append(node)
            yield node, around

    monkeypatch.setattr(fresh_world, "walk_edges", counting)
    cut = fresh_world.neighbours(LAW, depth=3, limit=len(known))
    assert cut["truncated"] and cut["nodes"] == whole["nodes"][:len(known)]
    assert pulled == [LAW, *near[:first + 1]]  # the law's edges, then its neighbours' up to the first reaching further
    assert fresh_world.neighbours(LAW, depth=3, limit=2) == _cut(whole, 2)  # filled by the law's own edges


def test_a_node_with_more_relationships_than_the_bound_is_reached_not_walked(
        fresh_world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hub met on the way (a long report, a national organ) is shown and named in ``unexpanded``, its
    own neighbours are not read; the entity asked about is walked however many relationships it has."""
    near = [n["iri"] for n in fresh_world.neighbours(LAW, depth=1, limit=10_000)["nodes"][1:]]
    degree = {n: len(fresh_world.edges([n])) for n in near}
    hub = max(near, key=lambda n: (degree[n], n))
    bound = degree[hub] - 1
    assert sum(d > bound for d in degree.values()) == 1
    monkeypatch.setattr(traverse, "HUB_EDGES", bound)
    walked = fresh_world.neighbours(LAW, depth=2, limit=10_000)
    assert walked["truncated"] and walked["unexpanded"] == [hub]
    reached = {e[i] for n in near if n != hub for e in fresh_world.edges([n]) for i in (0, 2)} | set(near) | {LAW}
    assert {n["iri"] for n in walked["nodes"]} == reached  # the hub's own neighbours only through others
    assert {n["iri"] for n in walked["nodes"] if n["distance"] == 1} == set(near)
    rooted = fresh_world.neighbours(hub, depth=1, limit=10_000)
    assert not rooted["truncated"] and not rooted["unexpanded"]
    assert {n["iri"] for n in rooted["nodes"]} == {e[i] for e in fresh_world.edges([hub]) for i in (0, 2)}


def test_bounded_edges_stop_at_the_bound(world: Store) -> None:
    near = [n["iri"] for n in world.neighbours(LAW, depth=1, limit=10_000)["nodes"]]
    for most in (1, 3, 10_000):
        found = world.bounded_edges(near, most)
        assert set(found) == set(near)
        for node, around in found.items():
            whole = set(world.edges([node]))
            assert len(around) == len(set(around)) == min(most, len(whole)) and set(around) <= whole


def test_bounded_edges_are_the_nodes_distinct_relationships(store: Store) -> None:
    """As :meth:`edges` gives them: a relationship two graphs state once, a loop once, no type or
    literal; an IRI no store can hold has none."""
    a, b, c = (URIRef(f"https://example.org/{n}") for n in "abc")
    knows, related = URIRef(OKG_NS + "relatedTo"), URIRef(OKG_NS + "mentionsLaw")
    for name, extra in (("r1", [(b, related, a)]), ("r2", [(a, related, a), (c, knows, a)])):
        report, graph = URIRef(f"https://example.org/report/{name}"), Graph()
        graph.add((a, knows, b))
        graph.add((a, RDFS.label, Literal("a")))
        graph.add((a, RDF.type, URIRef(OKG_NS + "Law")))
        for triple in extra:
            graph.add(triple)
        store.upsert_report(report, graph, name)
    expected = {(str(a), "relatedTo", str(b)), (str(b), "mentionsLaw", str(a)), (str(a), "mentionsLaw", str(a)),
                (str(c), "relatedTo", str(a))}
    assert set(store.edges([str(a)])) == expected
    for most in (1, 2, len(expected), 10):
        around = store.bounded_edges([str(a), str(c), "https://example.org/no thing"], most)
        assert set(around) == {str(a), str(c)}
        assert len(around[str(a)]) == len(set(around[str(a)])) == min(most, len(expected))
        assert set(around[str(a)]) <= expected and around[str(c)] == [(str(c), "relatedTo", str(a))]


@pytest.mark.parametrize("first", [1, 3, 10_000])
def test_a_walk_stream_gives_what_the_steps_give(world: Store, first: int) -> None:
    """A store's :meth:`walk_edges` (one query on Neo4j) gives the root's first neighbours' relationships,
    then each neighbour's as :meth:`bounded_edges` does, a neighbour to skip with none."""
    near = [n["iri"] for n in world.neighbours(LAW, depth=1, limit=10_000)["nodes"]]
    for root in near[:3]:
        expected = list(Backend.walk_edges(world, root, first, 10_000, set()))
        skip = {expected[-1][0]} if len(expected) > 1 else set()
        for most, skipped in ((10_000, set()), (2, set()), (10_000, skip)):
            stream = list(world.walk_edges(root, first, most, skipped))
            assert stream[0][0] == root and sorted(stream[0][1]) == sorted(expected[0][1])
            assert [n for n, _ in stream[1:]] == [n for n, _ in expected[1:]]  # in IRI order
            for (node, around), (_, whole) in zip(stream[1:], expected[1:]):
                assert len(around) == len(set(around)) and set(around) <= set(whole)
                assert len(around) == (0 if node in skipped else min(most, len(whole)))


def _other(edge: tuple[str, str, str], node: str) -> str:
    return edge[2] if edge[0] == node else edge[0]


@pytest.mark.parametrize("direct", [1_000, 0, 3])  # the embedded store's direct reading, its query, and both
def test_first_neighbour_edges_join_a_node_to_its_first_neighbours_in_iri_order(
        fresh_world: Store, monkeypatch: pytest.MonkeyPatch, direct: int) -> None:
    monkeypatch.setattr(embedded, "DIRECT_RELATIONS", direct)
    near = [n["iri"] for n in fresh_world.neighbours(LAW, depth=1, limit=10_000)["nodes"]]
    assert len(near) > 4
    for node in near[:4]:
        whole = fresh_world.edges([node])
        neighbours = sorted({_other(e, node) for e in whole} - {node})
        for most in sorted({1, 2, 3, len(neighbours) - 1, len(neighbours), len(neighbours) + 5} - {0}):
            first = set(neighbours[:most]) | {node}
            found = fresh_world.first_neighbour_edges(node, most)
            assert len(found) == len(set(found)) and set(found) == {e for e in whole if _other(e, node) in first}


@pytest.mark.parametrize(("types", "depth"), [(None, 1), (None, 2), (None, 3), (["Organ"], 2),
                                               (["OversightActivity", "Statistic"], 3)])
def test_a_neighbourhood_is_the_one_walked_from_all_of_the_roots_relationships(
        fresh_world: Store, monkeypatch: pytest.MonkeyPatch, types: list[str] | None, depth: int) -> None:
    """Reading only the root's first ``limit`` neighbours gives the answer that reading all of its
    relationships gave, at every limit."""
    size = len(fresh_world.neighbours(LAW, depth=depth, types=types, limit=10_000)["nodes"])
    assert size > 3
    limits = range(1, size + 2)
    bounded = [fresh_world.neighbours(LAW, depth=depth, types=types, limit=limit) for limit in limits]
    monkeypatch.setattr(fresh_world, "first_neighbour_edges", lambda iri, most: fresh_world.edges([iri]))
    monkeypatch.setattr(fresh_world, "walk_edges", partial(Backend.walk_edges, fresh_world))  # built on the line above
    fresh_world.neighbourhoods.clear()  # walked again, not answered from the kept ones
    assert bounded == [fresh_world.neighbours(LAW, depth=depth, types=types, limit=limit) for limit in limits]


def test_a_hub_found_by_one_walk_is_not_read_again_until_the_store_changes(
        fresh_world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    near = [n["iri"] for n in fresh_world.neighbours(LAW, depth=1, limit=10_000)["nodes"][1:]]
    degree = {n: len(fresh_world.edges([n])) for n in near}
    hub = max(near, key=lambda n: (degree[n], n))
    monkeypatch.setattr(traverse, "HUB_EDGES", degree[hub] - 1)
    first = fresh_world.neighbours(LAW, depth=2, limit=10_000)
    assert hub in first["unexpanded"]
    read: list[str] = []
    bounded, walk = fresh_world.bounded_edges, fresh_world.walk_edges
    monkeypatch.setattr(fresh_world, "bounded_edges", lambda iris, most: read.extend(iris) or bounded(iris, most))

    def walking(iri: str, first: int, most: int, skip: Any) -> Any:
        for node, around in walk(iri, first, most, skip):
            if around and node != iri:
                read.append(node)
            yield node, around

    monkeypatch.setattr(fresh_world, "walk_edges", walking)
    fresh_world.neighbourhoods.clear()  # the answer is walked again; the hubs it found are still known
    assert fresh_world.neighbours(LAW, depth=2, limit=10_000) == first
    assert read and hub not in read
    report = URIRef("https://example.org/report/another")
    fresh_world.upsert_report(report, Graph().add((report, RDFS.label, Literal("another"))), "another")
    read.clear()
    assert fresh_world.neighbours(LAW, depth=2, limit=10_000) == first
    assert hub in read  # read again: a write may have taken relationships from it


@pytest.mark.parametrize("types", [None, ["Organ"]])
def test_a_neighbourhood_asked_again_is_kept_until_the_store_changes(
        fresh_world: Store, monkeypatch: pytest.MonkeyPatch, types: list[str] | None) -> None:
    """The same question at the same store version is answered without reading the store, the answer
    shared read-only; another limit is walked anew, and so is the same question after any write."""
    first = fresh_world.neighbours(LAW, depth=2, types=types, limit=50)
    read: list[str] = []
    edges, first_edges, bounded = fresh_world.edges, fresh_world.first_neighbour_edges, fresh_world.bounded_edges
    monkeypatch.setattr(fresh_world, "edges", lambda iris: read.append("edges") or edges(iris))
    monkeypatch.setattr(fresh_world, "first_neighbour_edges", lambda iri, most: read.append("first") or first_edges(iri, most))
    monkeypatch.setattr(fresh_world, "bounded_edges", lambda iris, most: read.append("bounded") or bounded(iris, most))
    walk = fresh_world.walk_edges
    monkeypatch.setattr(fresh_world, "walk_edges", lambda *args: read.append("walk") or walk(*args))
    assert fresh_world.neighbours(LAW, depth=2, types=types, limit=50) is first and not read
    with pytest.raises(TypeError):
        first["nodes"].append({})
    assert fresh_world.neighbours(LAW, depth=2, types=types, limit=49)["nodes"] == first["nodes"][:49] and read
    read.clear()
    report = URIRef("https://example.org/report/another")
    fresh_world.upsert_report(report, Graph().add((report, URIRef(OKG_NS + "mentionsLaw"), URIRef(LAW))), "another")
    again = fresh_world.neighbours(LAW, depth=2, types=types, limit=50)
    assert read and again is not first
    assert (str(report) in {n["iri"] for n in again["nodes"]}) == (types is None)  # the write is seen


def test_relationships_outside_the_ontology_are_named_by_their_local_name(store: Store) -> None:
    """A relationship type with a prefix (rdfs:seeAlso) is read back through the store's prefix table."""
    report, a, b = (URIRef(f"https://example.org/{n}") for n in ("report/r", "a", "b"))
    okg = URIRef(LAW)
    graph = Graph()
    graph.add((a, RDFS.seeAlso, b))
    graph.add((a, URIRef(OKG_NS + "mentionsLaw"), okg))
    store.upsert_report(report, graph, "r")
    expected = {(str(a), "seeAlso", str(b)), (str(a), "mentionsLaw", str(okg))}
    assert set(store.edges([str(a)])) == expected
    assert {k: set(v) for k, v in store.bounded_edges([str(a)], 10).items()} == {str(a): expected}
    assert set(store.first_neighbour_edges(str(a), 10)) == expected
    assert store.first_neighbour_edges(str(a), 1) == [(str(a), "seeAlso", str(b))]  # https://example… < https://w3id…
