"""Analytics on the networkx projection of either store.

The oversight graph links organs and laws through the activities reported between
them (conducted by, alone or as a joint partner, overseen, assisted by, concerning; a plan's work,
``planned``, is not yet oversight done, so it links nothing); reports and the
mentions in them are left out, since every fact of a report touches its
report node and would make it the centre of everything. Results are lists of
dicts; :func:`as_frame` turns one into a pandas DataFrame when pandas is installed.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from typing import TYPE_CHECKING, Any

from graph.fields import CONDUCTING
from graph.inspections import FOLLOW_UP, INSPECTION
from graph.loop import inspection_rows
from graph.projection import projection

if TYPE_CHECKING:
    import networkx as nx

    from graph.backends import Backend

ACTIVITY_LINKS = (*CONDUCTING, "oversaw", "assistedBy", "concernsLaw")


def _labels(g: nx.MultiDiGraph, iri: str) -> dict[str, Any]:
    data = g.nodes[iri]
    return {"iri": iri, "label": data.get("label"), "types": data.get("types", [])}


def _done(data: dict[str, Any], kinds: frozenset[str]) -> bool:
    """Whether a projection node is an activity of one of ``kinds`` (class local names) that was done, not planned."""
    return bool(kinds.intersection(data.get("types", []))) and data.get("status") != "planned"


def oversight_graph(store: Backend) -> nx.Graph:
    """Organs and laws, joined with a weight for every reported activity that links them."""
    import networkx as nx  # where an algorithm runs: the API's app imports :data:`MEASURES` (round 51, start-up)

    g = projection(store)
    out = nx.Graph()
    for activity, data in g.nodes(data=True):
        if not _done(data, frozenset({"OversightActivity"})):
            continue
        ends = sorted({t for _, t, k in g.out_edges(activity, keys=True) if k in ACTIVITY_LINKS})
        for node in ends:
            out.add_node(node, **_labels(g, node))
        for a, b in combinations(ends, 2):
            weight = out.edges[a, b]["weight"] + 1 if out.has_edge(a, b) else 1
            out.add_edge(a, b, weight=weight)
    return out


def centrality(store: Backend, types: tuple[str, ...] = ("Law", "Organ")) -> list[dict[str, Any]]:
    """Degree, weighted degree, PageRank and betweenness of laws and organs, most central first."""
    import networkx as nx

    g = oversight_graph(store)
    if not len(g):
        return []
    pagerank = nx.pagerank(g, weight="weight")
    between = nx.betweenness_centrality(g, k=min(len(g), 500), seed=0) if len(g) > 2 else dict.fromkeys(g, 0.0)
    rows = [
        {**{k: data[k] for k in ("iri", "label", "types")}, "degree": g.degree(n),
         "weighted_degree": g.degree(n, weight="weight"), "pagerank": round(pagerank[n], 6),
         "betweenness": round(between[n], 6)}
        for n, data in g.nodes(data=True) if set(types) & set(data["types"])
    ]
    return sorted(rows, key=lambda r: (-r["pagerank"], r["iri"]))


def communities(store: Backend) -> list[dict[str, Any]]:
    """Groups of laws and organs more linked to each other than to the rest (Louvain, seeded)."""
    import networkx as nx

    g = oversight_graph(store)
    if not g.number_of_edges():
        return []
    found = nx.community.louvain_communities(g, weight="weight", seed=0)
    groups = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return [{"community": i, "size": len(members),
             "members": [{k: g.nodes[m][k] for k in ("iri", "label", "types")} for m in members]}
            for i, members in enumerate(groups)]


def _pairs(store: Backend, targets: tuple[str, ...], kinds: frozenset[str],
           among: set[str] | None = None) -> list[dict[str, Any]]:
    """Pairs of nodes that one activity of one of ``kinds`` (class local names; of ``among`` only, activity IRIs,
    when given) links through ``targets`` relationships, with the activities."""
    g = projection(store)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for activity, data in g.nodes(data=True):
        if _done(data, kinds) and (among is None or activity in among):
            ends = sorted({t for _, t, k in g.out_edges(activity, keys=True) if k in targets})
            for pair in combinations(ends, 2):
                shared[pair].append(activity)
    rows = [{"source": _labels(g, a), "target": _labels(g, b), "weight": len(acts), "activities": sorted(acts)}
            for (a, b), acts in shared.items()]
    return sorted(rows, key=lambda r: (-r["weight"], r["source"]["iri"], r["target"]["iri"]))


def co_inspection(store: Backend) -> list[dict[str, Any]]:
    """Laws inspected together: pairs of laws one inspection or follow-up of one concerns, as ``/laws`` counts them
    inspected (:func:`graph.loop.inspection_rows`: a follow-up of a report about laws inspects none), weighted by how
    often (the hearing of an inspection's report, a review concerning the same laws, is not counted again)."""
    inspecting = {row.activity for row in inspection_rows(store) if row.activity is not None}
    return _pairs(store, ("concernsLaw",), frozenset({INSPECTION, FOLLOW_UP}), inspecting)


def joint_activities(store: Backend) -> list[dict[str, Any]]:
    """Organ-to-organ: pairs of organs that conducted an activity together (:data:`graph.fields.CONDUCTING`: the
    organ whose work it is and its joint partners); an organ that only assisted the work (okg:assistedBy) conducted none
    of it."""
    return _pairs(store, CONDUCTING, frozenset({"OversightActivity"}))


# The measures by the names the API and the command line take.
MEASURES: dict[str, Callable[[Backend], list[dict[str, Any]]]] = {
    "centrality": centrality, "communities": communities,
    "co-inspection": co_inspection, "joint-activities": joint_activities,
}


def as_frame(rows: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame of result rows (nested node dicts flattened to ``source.label`` …)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - pandas is optional
        raise ImportError("as_frame needs pandas: pip install 'oversight-kg[notebook]' (or pandas)") from exc
    return pd.json_normalize(rows)
