"""Python's cyclic garbage collector held off while a store write builds its rows.

A grouped write makes hundreds of thousands of small containers (rows, edge keys, name rows) that
live until the group commits. Each time enough of them survive, CPython runs a full collection,
which walks every object the process holds: in ``okg ingest`` or a benchmark that is the report
graphs themselves (rdflib keeps several dicts per triple). Measured while writing 100k triples
with those graphs in memory: one full collection cost about 1 CPU-s of the ~2 CPU-s the rows
take to build on Neo4j, and 0.3 CPU-s of the ~1.8 of an embedded grouped write (its name pairs and
index rows) when one fell in it. The rows hold no reference cycles, so nothing is left for the collector to find;
it runs again, as it was, when the last write that paused it ends.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # writes under way that paused the collector
_was_enabled = False  # whether it ran before the first of them


@contextmanager
def paused() -> Iterator[None]:
    """Disable the cyclic collector for the block (nested or from several threads: until the last
    block ends), then restore it as it was before the first one."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
