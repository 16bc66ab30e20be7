"""Views kept between writes, out of the cyclic collector's sight in a server (graph.gc_pause.kept).

A full collection walked the laws table and coverage again and again in ``okg serve`` (180 CPU-ms each at
1M triples, every request in flight waiting). With ``settle_kept`` on, a view built is frozen out of later
collections; a write's new view replaces it and reference counting frees the old one.
"""
from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from world import ingest, world_reports

from graph import gc_pause
from graph.backends.embedded import EmbeddedStore


@pytest.fixture
def settling() -> Iterator[None]:
    gc_pause.settle_kept()
    try:
        yield
    finally:
        gc_pause.settle_kept(False)
        gc.unfreeze()


def _tracked(thing: object) -> bool:
    """Whether a full collection would walk ``thing`` (gc.get_objects leaves the frozen ones out)."""
    return any(o is thing for o in gc.get_objects())


def test_off_by_default_a_view_stays_in_the_collectors_sight(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    with EmbeddedStore(tmp_path / "store") as store:
        ingest(store, world_reports())
        laws = store.laws(inspected=True)
        assert laws and _tracked(laws)
    assert gc.get_freeze_count() == before


def test_a_kept_view_is_frozen_and_freed_once_a_write_replaces_it(tmp_path: Path, settling: None) -> None:
    a, b = world_reports()
    with EmbeddedStore(tmp_path / "store") as store:
        ingest(store, [a])
        laws = store.laws(inspected=True)
        assert laws and not _tracked(laws)
        gone = weakref.ref(laws)
        del laws
        ingest(store, [b])  # a write: the next ask builds a new table
        fresh = store.laws(inspected=True)
        assert not _tracked(fresh)
        assert gone() is None  # the old table freed by reference counting, frozen or not
