"""Python's cyclic garbage collector held off while a store write builds its rows.

A grouped write makes hundreds of thousands of small containers (rows, edge keys, name rows) that
live until the group commits. Each time enough of them survive, CPython runs a full collection,
which walks every object the process holds: in ``okg ingest`` or a benchmark that is the report
graphs themselves (rdflib keeps several dicts per triple). Measured while writing 100k triples
with those graphs in memory: one full collection cost about 1 CPU-s of the ~2 CPU-s the rows
take to build on Neo4j, and 0.3 CPU-s of the ~1.8 of an embedded grouped write (its name pairs and
index rows) when one fell in it. The rows hold no reference cycles, so nothing is left for the collector to find;
it runs again, as it was, when the last write that paused it ends.

A server reading a large store holds the other kind of load: views kept until the next write (the laws
table, coverage, areas; at 1M triples some 90k containers), which every full collection walks again for
nothing, since they hold no cycles. Measured in ``okg serve`` at 1M triples under the API load: two full
collections a round of the routes, each about 180 CPU-ms (0.8 s of wall time on the shared machine), every
request in flight waiting for it. :func:`kept`, within :func:`settled` (``okg serve`` runs in it),
moves what the process holds after a view is built out of the collector's sight (``gc.freeze``), so that a
full collection walks only what was made since: the kept answers of neighbourhoods and searches, the requests
under way.
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


_settlers = 0  # blocks under way that settle what is kept (settled)


@contextmanager
def settled() -> Iterator[None]:
    """Within the block, :func:`kept` moves kept data out of the collector's sight (a server holding views
    for many requests: ``okg serve`` runs in one). Off outside, so a test session or a notebook keeps the
    collector as it is. Owns both switches: settling goes off, and what was frozen is given back to the
    collector (``gc.unfreeze``), when the last block open ends, by return or by exception, so a server run
    in a process that goes on (a test) leaves no later view frozen. Blocks may nest or run in several
    threads."""
    global _settlers
    with _lock:
        _settlers += 1
    try:
        yield
    finally:
        with _lock:
            _settlers -= 1
            if _settlers == 0:
                gc.unfreeze()


def kept() -> None:
    """Data kept until the next write was just built (a view): within :func:`settled`, a full
    collection (the garbage made so far is freed, not kept forever) and then ``gc.freeze``: every object
    tracked now is left out of later collections. The views are read-only and acyclic
    (:mod:`graph.frozen`), so reference counting frees them when a write replaces them; what a freeze keeps
    from the collector for good is only a cycle alive now and dropped later. Costs one full collection per
    view built, in the request that built it (seconds at 1M triples)."""
    if _settlers:
        gc.collect()
        gc.freeze()
