"""Neighbourhoods and shortest paths, walked level by level over a store's edges.

Each step asks the backend only for the edges around a frontier, so both
stores walk the same graph the same way and return the same answer; depth,
hops and sizes are bounded so one hub cannot make a query unbounded.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from graph.terms import OKG_NS
from ontology import ISSUE, ISSUE_SCHEME, MEASURE_CLASS, MEASURE_SCHEME, ONTOLOGY_IRI

if TYPE_CHECKING:
    from graph.backends import Backend, Edge

MAX_DEPTH = 3
MAX_HOPS = 6
MAX_VISITED = 20_000  # nodes a walk may touch before it stops and says so
MAX_PATHS = 1_000
DESCRIBE_CHUNK = 500  # nodes described at a time while a type filter keeps some of them
#: Relationships beyond which a node a neighbourhood reaches is not walked through (a long report, a
#: national organ: thousands at 1M triples); the entity asked about is always walked.
HUB_EDGES = 100
FIRST_STEP = 8  # frontier nodes walked by the first query of a level past the stream; each next query twice as many,
MOST_STEP = 16  # up to this many: a chunk of hubs costs HUB_EDGES reads each, however few nodes are still wanted
_HUBS = {str(ONTOLOGY_IRI), str(ISSUE_SCHEME), str(MEASURE_SCHEME)}
#: The relationships that say a report names something (a law, a draft, an organ: okg:mentionsLaw …, and a Mention
#: node's okg:mentionOf), not that anyone oversaw it: a path may leave them out (round 27, a first-time analyst: the
#: report naming both 长江保护法 and 湖南省农业农村厅 was the only path between them, the inspection and the inquiry that
#: oversaw the department one hop longer and never offered).
MENTION_EDGES = frozenset({"mentionsLaw", "mentionsDraft", "mentionsOrgan", "mentionOf"})


def schema_hub(iri: str) -> bool:
    """The ontology, its terms, the issue scheme, its issues and the measure classes: every class or issue is a hop
    from them, an issue (生态保护) from every activity about it and a measure class from every statistic counted in it,
    so a path through one says nothing about the reports. Paths may start or end at one, never pass it."""
    return iri in _HUBS or iri.startswith((OKG_NS, str(MEASURE_CLASS), str(ISSUE)))


def _edge(e: Edge) -> dict[str, str]:
    return {"source": e[0], "target": e[2], "type": e[1]}


def neighbourhood(store: Backend, iri: str, depth: int, types: list[str] | None, limit: int,
                  known_hubs: set[str] | None = None) -> dict[str, Any]:
    """Nodes in breadth-first order (by distance; within a level, in the order of the nodes they were
    reached from, then by IRI), the first ``limit`` kept, and the relationships walked between them.
    Without a type filter the walk stops as soon as it holds more than ``limit`` nodes, so a hub's
    deeper levels are never read: its first two levels are pulled from :meth:`Backend.walk_edges` a node at a
    time, the next read :data:`FIRST_STEP` nodes a query, doubling up to :data:`MOST_STEP`. A node with more
    than :data:`HUB_EDGES` relationships is reached, not walked through (``unexpanded``). ``truncated`` says either happened. ``known_hubs``: nodes
    known to have more than :data:`HUB_EDGES` relationships in the store as it is now, not read
    again; the hubs the walk finds are added to it."""
    depth = max(1, min(depth, MAX_DEPTH))
    limit = max(1, limit)
    known = known_hubs if known_hubs is not None else set()
    distance = {iri: 0}
    order = [iri]
    edges: set[Edge] = set()
    hubs: set[str] = set()
    frontier = [iri]
    truncated = False
    # Without a type filter the first two levels are read as one stream (one query on a server).
    streamed = _Streamed(store.walk_edges(iri, limit, HUB_EDGES + 1, known)) if not types and depth > 1 else None

    def enough() -> bool:
        return not types and len(order) > limit

    try:
        for level in range(1, depth + 1):
            if not frontier or enough():
                break
            if len(distance) >= MAX_VISITED:
                truncated = True
                break
            found: list[str] = []
            # a stream is pulled one node at a time, so the walk stops reading exactly where the limit falls
            lazy = streamed is not None and level <= 2
            begin, step = 0, 1 if lazy else FIRST_STEP
            while begin < len(frontier) and not enough():
                chunk = frontier[begin:begin + step]
                if level == 1:
                    around = streamed.of([iri]) if streamed else {iri: _root_edges(store, iri, bool(types), limit)}
                else:
                    read = streamed.of if streamed and level == 2 else \
                        lambda nodes: store.bounded_edges(nodes, HUB_EDGES + 1)
                    around = _walkable_edges(chunk, read, hubs, known)
                for node in chunk:
                    new = set()
                    for edge in around.get(node, ()):
                        edges.add(edge)
                        new.update(n for n in (edge[0], edge[2]) if n not in distance)
                    for other in sorted(new):
                        distance[other] = level
                        order.append(other)
                        found.append(other)
                begin, step = begin + step, step if lazy else min(step * 2, MOST_STEP)
            frontier = found
    finally:
        if streamed:
            streamed.close()
    kept, info = _nearest(store, iri, order, set(types or ()), limit)
    if len(kept) > limit:
        kept, truncated = kept[:limit], True
    keep = set(kept)
    return {
        "nodes": [{**info[n], "distance": distance[n]} for n in kept],
        "edges": [_edge(e) for e in sorted(e for e in edges if e[0] in keep and e[2] in keep)],
        "truncated": truncated or bool(hubs),
        "unexpanded": sorted(hubs & keep),
    }


def _root_edges(store: Backend, iri: str, typed: bool, limit: int) -> list[Edge]:
    """The relationships of the entity asked about that the walk can keep. Without a type filter, those to
    its first ``limit`` neighbours by IRI: with them the walk holds ``limit`` + 1 nodes and stops, keeping
    the first ``limit`` in the same order, so a hub law's thousands of mentions cost ``limit`` rows. A type
    filter may keep neighbours further in the order: all of them."""
    return store.edges([iri]) if typed else store.first_neighbour_edges(iri, limit)


def _walkable_edges(nodes: list[str], read: Callable[[list[str]], dict[str, list[Edge]]], hubs: set[str],
                    known: set[str]) -> dict[str, list[Edge]]:
    """``{node: its relationships}`` for the ``nodes`` that have at most :data:`HUB_EDGES`, as ``read``
    gives them (at most one more each); the others are added to ``hubs`` (and ``known``), reached but
    not walked through: reading stops at the bound, and a node in ``known`` is not read at all (the
    reports and organs around a law: two thirds of the rows a hub law's walk read at 1M triples)."""
    hubs.update(n for n in nodes if n in known)
    out: dict[str, list[Edge]] = {}
    for node, around in read([n for n in nodes if n not in known]).items():
        if len(around) > HUB_EDGES:
            hubs.add(node)
            known.add(node)
        else:
            out[node] = around
    return out


class _Streamed:
    """The entries of :meth:`Backend.walk_edges`, read only as far as the nodes asked so far need."""

    def __init__(self, entries: Generator[tuple[str, list[Edge]], None, None]) -> None:
        self.entries = entries
        self.read: dict[str, list[Edge]] = {}

    def of(self, nodes: list[str]) -> dict[str, list[Edge]]:
        """``{node: its relationships}`` of the ``nodes`` (those with none left out)."""
        missing = set(nodes) - self.read.keys()
        for node, around in self.entries if missing else ():
            self.read[node] = around
            missing.discard(node)
            if not missing:
                break
        return {n: self.read[n] for n in nodes if self.read.get(n)}

    def close(self) -> None:
        self.entries.close()


def _nearest(store: Backend, iri: str, ordered: list[str], wanted: set[str],
             limit: int) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The first ``limit`` + 1 nodes of ``ordered`` that are ``iri`` or of a ``wanted`` type (any
    type when none is wanted), and their :meth:`Backend.nodes` rows: nodes are described a chunk at
    a time until enough are kept, not all of a hub's neighbourhood before the cut."""
    kept: list[str] = []
    info: dict[str, dict[str, Any]] = {}
    step = limit + 1 if not wanted else max(limit + 1, DESCRIBE_CHUNK)
    for begin in range(0, len(ordered), step):
        chunk = ordered[begin:begin + step]
        found = store.nodes(chunk)
        for n in chunk:
            if n == iri or not wanted or wanted & set(found[n]["types"]):
                kept.append(n)
                info[n] = found[n]
        if len(kept) > limit:
            break
    return kept, info


class _Side:
    """One end of a bidirectional breadth-first search: distances and every parent edge."""

    def __init__(self, start: str, leave_out: frozenset[str] = frozenset()) -> None:
        self.start = start
        self.leave_out = leave_out  # relationship types not walked
        self.distance = {start: 0}
        self.parents: dict[str, list[tuple[str, Edge]]] = defaultdict(list)
        self.frontier = [start]
        self.level = 0

    def expand(self, store: Backend) -> None:
        """One level further, through every frontier node; a schema hub is reached, never passed."""
        self.level += 1
        members = set(self.frontier)
        found: set[str] = set()
        for edge in sorted(e for e in store.edges(self.frontier) if e[1] not in self.leave_out):
            for here, there in ((edge[0], edge[2]), (edge[2], edge[0])):
                if here not in members:
                    continue
                if there not in self.distance:
                    self.distance[there] = self.level
                    if not schema_hub(there):  # reached, not walked through
                        found.add(there)
                if self.distance[there] == self.level:
                    self.parents[there].append((here, edge))
        self.frontier = sorted(found)

    def walks(self, node: str) -> list[list[tuple[str, Edge]]]:
        """Every shortest walk from ``node`` back to the start, as (next node, edge) steps."""
        if self.distance[node] == 0:
            return [[]]
        out = []
        for parent, edge in self.parents[node]:
            for rest in self.walks(parent):
                out.append([(parent, edge), *rest])
                if len(out) >= MAX_PATHS:
                    return out
        return out


def shortest_paths(store: Backend, source: str, target: str, max_hops: int, limit: int,
                   leave_out: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The shortest paths from ``source`` to ``target`` (at most ``max_hops`` relationships, either direction, none of
    a type in ``leave_out``: :data:`MENTION_EDGES`, say), the first ``limit`` in node order: ``[{"length": int,
    "nodes": [node], "edges": [{"source", "target", "type"}]}]``; [] for none."""
    max_hops = max(1, min(max_hops, MAX_HOPS))
    if source == target:
        return [{"length": 0, "nodes": list(store.nodes([source]).values()), "edges": []}]
    ends = _Side(source, leave_out), _Side(target, leave_out)
    while ends[0].level + ends[1].level < max_hops:
        side = min((s for s in ends if s.frontier), key=lambda s: len(s.frontier), default=None)
        if side is None or len(ends[0].distance) + len(ends[1].distance) > MAX_VISITED:
            return []
        side.expand(store)
        other = ends[1 - ends.index(side)]
        meets = [n for n in side.frontier if n in other.distance]
        if other.start in side.distance and other.start not in meets:  # an end that is a hub (an issue): reached, not walked
            meets.append(other.start)
        if meets:
            break
        if not side.frontier and other.start not in side.distance:
            # Every node this end reached and may walk through is walked, and none met the other end's
            # walk: no path can meet further on (only the other end's start, a hub this end reached but
            # did not walk through, would be met by the other end's next step). At 1M triples most pairs
            # of the API load have no path, and the other end's walk read thousands of edges for nothing.
            return []
    else:
        return []
    length = min(ends[0].distance[n] + ends[1].distance[n] for n in meets)
    found: set[tuple[tuple[str, ...], tuple[Edge, ...]]] = set()
    for meet in sorted(n for n in meets if ends[0].distance[n] + ends[1].distance[n] == length):
        for back in ends[0].walks(meet):
            for forth in ends[1].walks(meet):
                nodes = [n for n, _ in reversed(back)] + [meet] + [n for n, _ in forth]
                found.add((tuple(nodes), tuple([e for _, e in reversed(back)] + [e for _, e in forth])))
                if len(found) >= MAX_PATHS:
                    break
    chosen = sorted(found)[: max(1, limit)]
    info = store.nodes({n for nodes, _ in chosen for n in nodes})
    return [{"length": length, "nodes": [info[n] for n in nodes], "edges": [_edge(e) for e in edges]}
            for nodes, edges in chosen]
