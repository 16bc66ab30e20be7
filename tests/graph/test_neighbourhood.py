"""A neighbourhood cut at its limit is the uncut one's first nodes, and only those are described."""
from __future__ import annotations

from typing import Any

import pytest
from world import WETLAND

from graph import Store
from ontology import iri

LAW = str(iri.entity("law", WETLAND))


def _cut(whole: dict[str, Any], limit: int) -> dict[str, Any]:
    """What a neighbourhood cut at ``limit`` holds, from the uncut one: the nearest nodes and the
    edges between them."""
    nodes = whole["nodes"][:limit]
    keep = {n["iri"] for n in nodes}
    return {"nodes": nodes, "edges": [e for e in whole["edges"] if e["source"] in keep and e["target"] in keep],
            "truncated": whole["truncated"] or len(whole["nodes"]) > limit}


@pytest.mark.parametrize("types", [None, ["Organ"], ["OversightActivity", "Statistic"]])
def test_a_cut_neighbourhood_is_the_nearest_part_of_the_whole(world: Store, types: list[str] | None) -> None:
    whole = world.neighbours(LAW, depth=3, types=types, limit=10_000)
    assert not whole["truncated"] and len(whole["nodes"]) > 3
    for limit in range(1, len(whole["nodes"]) + 2):
        assert world.neighbours(LAW, depth=3, types=types, limit=limit) == _cut(whole, limit)


def test_only_the_kept_nodes_are_described(world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = world.neighbours(LAW, depth=3, limit=10_000)
    described: list[str] = []
    nodes = world.nodes

    def counting(iris: Any) -> dict[str, dict[str, Any]]:
        iris = list(iris)
        described.extend(iris)
        return nodes(iris)

    monkeypatch.setattr(world, "nodes", counting)
    cut = world.neighbours(LAW, depth=3, limit=2)
    assert cut["truncated"] and len(whole["nodes"]) > 3
    assert sorted(described) == sorted(n["iri"] for n in whole["nodes"][:3])  # the two kept and one to tell the cut


def test_a_walk_stops_at_the_level_that_fills_the_limit(world: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a type filter, nodes nearer than the cut are all a cut answer needs: a hub's deeper levels
    (thousands of nodes at 1M triples) are never walked, only the kept nodes' own edges are asked."""
    whole = world.neighbours(LAW, depth=3, limit=10_000)
    near = [n for n in whole["nodes"] if n["distance"] == 1]
    assert len(near) >= 3
    asked: list[list[str]] = []
    edges = world.edges

    def counting(iris: Any) -> Any:
        asked.append(list(iris))
        return edges(iris)

    monkeypatch.setattr(world, "edges", counting)
    cut = world.neighbours(LAW, depth=3, limit=2)
    assert cut == _cut(whole, 2)
    assert asked == [[LAW], [n["iri"] for n in whole["nodes"][1:2]]]  # the law's edges, then its kept neighbour's
