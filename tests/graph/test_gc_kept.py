"""Views kept between writes, out of the cyclic collector's sight in a server (graph.gc_pause.kept).

A full collection walked the laws table and coverage again and again in ``okg serve`` (180 CPU-ms each at
1M triples, every request in flight waiting). Within ``settled()`` (``okg serve`` runs in it), a view built
is frozen out of later collections; a write's new view replaces it and reference counting frees the old one.
Leaving the block, by return or by exception, ends it: nothing stays frozen, later views are not frozen.
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
    with gc_pause.settled():
        yield


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


def _left_unsettled() -> bool:
    """Whether nothing is frozen and a view kept now would stay in the collector's sight."""
    if gc.get_freeze_count():
        return False
    gc_pause.kept()
    return gc.get_freeze_count() == 0


def test_settling_ends_with_its_block() -> None:
    with gc_pause.settled():
        gc_pause.kept()
        assert gc.get_freeze_count() > 0
    assert _left_unsettled()


def test_settling_ends_when_its_block_raises() -> None:
    with pytest.raises(RuntimeError, match="the server failed"), gc_pause.settled():
        gc_pause.kept()
        assert gc.get_freeze_count() > 0
        raise RuntimeError("the server failed")
    assert _left_unsettled()


def test_a_block_ending_inside_another_leaves_the_outer_one_settling() -> None:
    with gc_pause.settled():
        with gc_pause.settled():
            pass
        gc_pause.kept()
        assert gc.get_freeze_count() > 0
    assert _left_unsettled()


@pytest.mark.parametrize("fails", [False, True], ids=["returns", "raises"])
def test_okg_serve_settles_while_it_serves_and_leaves_nothing_settled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       fails: bool) -> None:
    """``okg serve`` run in a process that goes on (as the tests of its socket run it) left every later view
    frozen before it owned the switch through ``settled()``."""
    import uvicorn
    from typer.testing import CliRunner

    from api.cli import app

    frozen_while_serving: list[int] = []

    def run(server: uvicorn.Server, sockets: list | None = None) -> None:
        for sock in sockets or []:
            sock.close()
        gc_pause.kept()  # a view built while serving
        frozen_while_serving.append(gc.get_freeze_count())
        if fails:
            raise RuntimeError("the server failed")

    monkeypatch.setattr(uvicorn.Server, "run", run)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    EmbeddedStore(tmp_path / "store").close()
    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "store"), "--port", "0"])
    assert (result.exit_code != 0) == fails and isinstance(result.exception, RuntimeError) == fails, result.output
    assert frozen_while_serving and frozen_while_serving[0] > 0
    assert _left_unsettled()
