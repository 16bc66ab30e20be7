"""A graph with blank nodes is hashed once per process for its exact terms (round 50): the hash kept is the one
canonicalisation gives, on every reference graph, and a graph that differs in any term, tag or label is hashed anew.
A graph :func:`stable_blank_nodes` labelled lately is returned as it is: what labelling it again gives."""
from __future__ import annotations

import hashlib

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from api.ingest import reference_items
from graph import canonical
from graph.canonical import content_hash, stable_blank_nodes

EX = "https://example.org/"


def canonical_hash(graph: Graph) -> str:
    """The hash as :func:`content_hash` made it before round 50: every graph with blank nodes canonicalised."""
    lines = sorted(to_canonical_graph(graph).serialize(format="nt").splitlines())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def relabelled(graph: Graph) -> Graph:
    """``graph`` with every blank node given a fresh label: isomorphic, another key."""
    fresh: dict[BNode, BNode] = {}
    out = Graph()
    for triple in graph:
        out.add(tuple(fresh.setdefault(t, BNode()) if isinstance(t, BNode) else t for t in triple))  # type: ignore[arg-type]
    return out


def listed(items: list[str]) -> Graph:
    """A subject with an RDF list of tagged literals: blank nodes as the ontology's lists make them."""
    graph = Graph()
    head = BNode()
    graph.add((URIRef(EX + "s"), URIRef(EX + "list"), head))
    for i, item in enumerate(items):
        graph.add((head, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"), Literal(item, lang="zh-CN")))
        rest = BNode() if i < len(items) - 1 else URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
        graph.add((head, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"), rest))
        head = rest  # type: ignore[assignment]
    return stable_blank_nodes(URIRef(EX + "g"), graph)


@pytest.fixture(autouse=True)
def nothing_kept() -> None:
    canonical._canonical_hash.cache_clear()
    canonical._STABLE.clear()


def test_every_reference_graph_hashes_as_canonicalised_whether_kept_or_not() -> None:
    for iri, graph, stored in reference_items():
        expected = canonical_hash(graph)
        assert content_hash(graph) == expected == stored.split()[1], iri  # first: computed
        assert content_hash(graph) == expected, iri  # again: kept
        copy = Graph()
        copy += graph  # another graph object of the same triples, as a store reads it back
        assert content_hash(copy) == expected, iri
    assert any(isinstance(t, BNode) for t in reference_items()[0][1].all_nodes())  # the ontology's case is covered
    assert canonical._canonical_hash.cache_info().hits >= 2


@pytest.mark.parametrize("items", [["甲"], ["甲", "乙"], ["a", "b", "c"]])
def test_an_isomorphic_graph_under_other_labels_is_canonicalised_to_the_same_hash(items: list[str]) -> None:
    graph = listed(items)
    assert content_hash(graph) == canonical_hash(graph)
    other = relabelled(graph)
    assert set(other) != set(graph)  # not the key kept
    misses = canonical._canonical_hash.cache_info().misses
    assert content_hash(other) == content_hash(graph)
    assert canonical._canonical_hash.cache_info().misses == misses + 1  # canonicalised, not taken from the kept one


@pytest.mark.parametrize(("change", "why"), [
    (lambda g: g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("x"))), "a triple more"),
    (lambda g: g.remove((None, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#first"), Literal("乙", lang="zh-CN"))),
     "a triple less"),
])
def test_a_changed_graph_with_the_same_labels_hashes_otherwise(change: object, why: str) -> None:
    graph = listed(["甲", "乙"])
    before = content_hash(graph)
    changed = Graph()
    changed += graph
    change(changed)  # type: ignore[operator]
    assert content_hash(changed) == canonical_hash(changed) != before, why


@pytest.mark.parametrize("lang", ["zh-cn", "ZH-CN"])
def test_a_tag_in_another_case_is_another_graph(lang: str) -> None:
    """rdflib's literals equal regardless of a tag's case, N-Triples does not: the kept hash must not be reused."""
    graph = listed(["甲", "乙"])
    other = Graph()
    for s, p, o in graph:  # the same labels, each tag in another case
        other.add((s, p, Literal(str(o), lang=lang) if isinstance(o, Literal) else o))
    assert set(graph) == set(other)  # rdflib calls them equal
    assert content_hash(graph) == canonical_hash(graph)
    assert content_hash(other) == canonical_hash(other) != content_hash(graph)


def test_a_graph_past_the_kept_size_is_canonicalised_and_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = listed(["甲", "乙", "丙"])
    monkeypatch.setattr(canonical, "KEPT_TRIPLES", len(graph) - 1)
    assert content_hash(graph) == canonical_hash(graph)
    assert canonical._canonical_hash.cache_info().currsize == 0


def exact(graph: Graph) -> set[tuple[object, ...]]:
    return {(*t, tuple(getattr(x, "language", None) for x in t)) for t in graph}


def test_a_graph_labelled_lately_is_returned_as_labelling_it_again_gives() -> None:
    iri, ontology, _ = reference_items()[0]
    canonical._STABLE.clear()
    again = stable_blank_nodes(iri, ontology)  # computed: nothing kept
    assert again is not ontology and exact(again) == exact(ontology)  # the labels are a fixed point
    assert stable_blank_nodes(iri, ontology) is ontology  # kept: returned as it is, the same triples
    fresh = relabelled(ontology)
    assert stable_blank_nodes(iri, fresh) is not fresh
    assert exact(stable_blank_nodes(iri, fresh)) == exact(ontology)  # parser labels: labelled anew, alike
    elsewhere = stable_blank_nodes(URIRef(EX + "other"), ontology)  # the labels are scoped to the graph's IRI
    assert elsewhere is not ontology and exact(elsewhere) != exact(ontology)


def test_at_most_a_few_labelled_graphs_are_kept() -> None:
    for n in range(canonical.KEPT_STABLE + 2):
        stable_blank_nodes(URIRef(f"{EX}g{n}"), listed(["甲", "乙"]))
    assert len(canonical._STABLE) == canonical.KEPT_STABLE
