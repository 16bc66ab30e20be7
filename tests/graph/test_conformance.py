"""The W3C TriG evaluation tests through each store: every graph comes back isomorphic."""
from __future__ import annotations

from trig_eval import SUITE, compare, suite_input
from unavailable import require

from graph import Store
from graph.transfer import import_rdf


def test_every_trig_evaluation_graph_comes_back_isomorphic(store: Store) -> None:
    require(SUITE)
    nquads, expected = suite_input()
    assert len(expected) == 266  # 143 tests, their non-empty graphs kept apart
    assert import_rdf(store, nquads, "nq") == {"inserted": len(expected)}
    assert compare(store.export("nq"), expected) == []
    assert import_rdf(store, nquads, "nq") == {"unchanged": len(expected)}
