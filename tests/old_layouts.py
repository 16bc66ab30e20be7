"""Embedded stores turned back into the layouts earlier rounds of okg wrote, for the tests of what an opening does to
them (a module of its own: ``conftest`` is not importable by name)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph import marks
from graph.backends.embedded import DEFAULT_GRAPH_MARK
from graph.embedded_bookkeeping import PREDICATES


def before_round_40(path: Path) -> None:
    """The closed store at ``path`` as okg wrote it before round 40: its report graphs, nothing of theirs in the default
    graph (the bookkeeping kept there), no default-graph mark."""
    old = ox.Store(str(path))
    for quad in list(old.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        if quad.predicate not in PREDICATES:
            old.remove(quad)
    old.flush()
    del old
    marks.write(path, DEFAULT_GRAPH_MARK, None)
