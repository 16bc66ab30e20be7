"""The server's first views read what they count, and no more (round 50, perf50, issue 14 §6: ``okg serve`` ≤ 600 MB at
1M triples).

``okg serve`` on the 1M store peaked at 875 MiB after its first views (``benchmarks.serve_memory``). Most of it was not
Python's: the distinct triple count (``counts()``, asked at start-up and by ``/stats``) held every triple of the store
in one hash set of Oxigraph's (260 MiB), and ``/areas`` and ``/stats`` described every activity whole (labels, evidence
and all) to read a few keys of each. The shapes guarded here: the triple count, one predicate at a time, equals the
whole count however triples repeat across graphs; the areas view and the summary read with the keys they name equal
what they gave from whole descriptions (so a key a count needs cannot go missing from the lists); and what the views
hand out is plain data (strings, numbers, lists, dicts), no rdflib or Oxigraph term.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from graph import Store, area_view, embedded_bookkeeping, inspections
from loaders import ReportGraph

WHOLE_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
PLAIN = (str, int, float, bool, type(None))


def _filled(store: Store, corpus: list[ReportGraph]) -> Store:
    for rg in corpus:
        store.upsert_report(rg.iri, rg.graph, rg.content_hash)
    return store


@pytest.mark.parametrize("shared", [0, 1, 25])
def test_the_triple_count_by_predicate_is_the_distinct_count(fresh_store: Callable[[str], Store],
                                                             corpus: list[ReportGraph], shared: int) -> None:
    db = _filled(fresh_store("embedded"), corpus[:3])
    if shared:  # a graph restating triples another graph holds: each counts once
        copy = Graph()
        for triple in list(corpus[0].graph)[:shared]:
            copy.add(triple)
        db.upsert_report(URIRef("https://example.org/report/copy"), copy, f"copy-{shared}")
    raw = db._db  # type: ignore[attr-defined]
    whole = int(next(iter(raw.query(WHOLE_COUNT)))[0].value)
    named = {(q.subject, q.predicate, q.object) for q in raw.quads_for_pattern(None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert embedded_bookkeeping.triple_count(raw) == whole == len(named) == db.counts()["triples"]


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_areas_and_the_summary_read_with_their_keys_answer_as_whole_descriptions_do(
        kind: str, fresh_store: Callable[[str], Store], corpus: list[ReportGraph],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = _filled(fresh_store(kind), corpus)
    keyed_areas, keyed_summary = area_view.view(db), dict(db.summary())
    monkeypatch.setattr(area_view, "ACTIVITY_KEYS", None)  # describe(keys=None): every key of every node
    monkeypatch.setattr(inspections, "KEYS", None)
    db._views.clear()  # type: ignore[attr-defined]  # the summary and what it builds on, computed anew
    assert area_view.view(db) == keyed_areas
    assert db.summary() == keyed_summary


def _terms(value: Any, path: str = "") -> list[str]:
    """Where ``value`` holds something other than plain data."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _terms(k, path + "/key") + _terms(v, f"{path}/{k}")]
    if isinstance(value, (list, tuple)):
        return [p for i, v in enumerate(value) for p in _terms(v, f"{path}[{i}]")]
    return [] if type(value) in PLAIN else [f"{path}: {type(value).__module__}.{type(value).__name__}"]


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_the_views_a_server_keeps_hold_plain_data(kind: str, fresh_store: Callable[[str], Store],
                                                  corpus: list[ReportGraph]) -> None:
    db = _filled(fresh_store(kind), corpus)
    views = {"laws": db.laws(), "coverage": db.coverage(), "areas": db.areas(), "summary": db.summary(),
             "organs": db.organs()}
    assert {name: _terms(view)[:3] for name, view in views.items() if _terms(view)} == {}
