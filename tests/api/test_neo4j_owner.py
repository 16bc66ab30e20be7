"""A test server dies with the process that started it, and its temporary home goes with the next start (issue 14:
a killed pytest run left its Neo4j JVMs and 49 ``/tmp/okg-neo4j-*`` homes behind)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from api import neo4j_runtime as runtime
from api.neo4j_runtime import owner

TESTS = Path(__file__).resolve().parents[1]

#: The session fixture's server (tests/conftest.py ``_fresh_server``) started in a child, which then waits to be killed.
CHILD = f"""
import sys, time
sys.path[:0] = [{str(TESTS)!r}]
import conftest
fixture = conftest._fresh_server()  # kept: a collected generator would run its clean-up
server = next(fixture)
print(server.home, server.pid, flush=True)
time.sleep(600)
"""


def _gone_owner() -> dict[str, object]:
    """The identity of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    identity = owner.identity(child.pid)
    child.kill()
    child.wait()
    return identity


def _home(parent: Path, name: str, **state: object) -> Path:
    home = parent / f"{runtime.TEMPORARY_PREFIX}{name}"
    (home / "data").mkdir(parents=True)
    (home / runtime.STATE_FILE).write_text(json.dumps(state), encoding="utf-8")
    return home


def _wait_until(done: Callable[[], bool], seconds: float) -> bool:
    """Whether ``done()`` holds within ``seconds``, asked every 0.2 s."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(0.2)
    return False


def test_an_owner_is_alive_while_it_runs_and_not_after() -> None:
    assert owner.is_alive(owner.identity(os.getpid()))
    assert not owner.is_alive(_gone_owner())
    # the same pid with another start time is another process: its owner is gone
    assert not owner.is_alive({**owner.identity(os.getpid()), "started": -1})


@pytest.mark.parametrize("state, kept", [
    ({"ephemeral": True, "owner": "gone"}, False),
    ({"ephemeral": True, "owner": "self"}, True),
    ({"ephemeral": True}, True),                     # no owner recorded (older home, or one being made)
    ({"ephemeral": False, "owner": "gone"}, True),   # a home of its own (okg neo4j start --home) is never removed
])
def test_only_temporary_homes_whose_owner_is_gone_are_removed(tmp_path: Path, state: dict[str, object],
                                                             kept: bool) -> None:
    who = {"gone": _gone_owner(), "self": owner.identity(os.getpid())}
    if "owner" in state:
        state = {**state, "owner": who[str(state["owner"])], "pid": None}
    home = _home(tmp_path, "case", **state)
    removed = runtime.remove_orphaned_homes(tmp_path)
    assert home.exists() == kept
    assert removed == ([] if kept else [home])


def test_a_folder_without_a_readable_state_is_left(tmp_path: Path) -> None:
    home = tmp_path / f"{runtime.TEMPORARY_PREFIX}broken"
    home.mkdir()
    (home / runtime.STATE_FILE).write_text("{not json", encoding="utf-8")
    assert runtime.remove_orphaned_homes(tmp_path) == []
    assert home.exists()


@pytest.mark.neo4j
def test_a_killed_owner_takes_its_server_along_and_the_next_start_removes_its_home() -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, text=True,
                             cwd=TESTS.parent)
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        if not line:
            pytest.fail(f"the child started no server (exit {child.wait()})")
        home, pid = Path(line[0]), int(line[1])
        assert runtime.status(home) is not None
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert _wait_until(lambda: runtime.status(home) is None, 60), f"Neo4j (pid {pid}) outlived its owner"
        assert home.exists()  # nothing ran the fixture's clean-up ...
        assert home in runtime.remove_orphaned_homes(home.parent)  # ... the next start's sweep does it
        assert not home.exists()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_an_orphaned_server_that_cannot_be_killed_leaves_its_home_with_one_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Another account's server refuses the signal (``PermissionError``): its home stays, the sweep goes on to the next
    home and says which home it left and why, with no traceback out of ``start()``."""
    def refused(pid: int, sig: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(runtime, "_is_running", lambda pid, home: True)
    monkeypatch.setattr(runtime.os, "killpg", refused)
    theirs = _home(tmp_path, "a-theirs", ephemeral=True, owner=_gone_owner(), pid=4321)
    ours = _home(tmp_path, "b-ours", ephemeral=True, owner=_gone_owner(), pid=None)
    with caplog.at_level("WARNING", logger=runtime.__name__):
        assert runtime.remove_orphaned_homes(tmp_path) == [ours]
    assert theirs.exists() and not ours.exists()
    left = [r.getMessage() for r in caplog.records if r.getMessage().startswith("leaving")]
    assert left == [f"leaving {theirs}: its Neo4j (pid 4321) is another account's, which this one may not kill"]


def test_the_wait_for_a_killed_orphaned_server_is_bounded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A server that outlives SIGKILL (a process stuck in the kernel) keeps its home after :data:`KILL_WAIT`
    seconds, said in one warning, instead of holding the next start forever."""
    killed = []
    monkeypatch.setattr(runtime, "_is_running", lambda pid, home: True)
    monkeypatch.setattr(runtime.os, "killpg", lambda pid, sig: killed.append((pid, sig)))
    monkeypatch.setattr(runtime, "KILL_WAIT", 0.3)
    home = _home(tmp_path, "stuck", ephemeral=True, owner=_gone_owner(), pid=4321)
    began = time.monotonic()
    with caplog.at_level("WARNING", logger=runtime.__name__):
        assert runtime.remove_orphaned_homes(tmp_path) == []
    assert time.monotonic() - began < 5
    assert killed == [(4321, signal.SIGKILL)] and home.exists()
    assert f"leaving {home}: its Neo4j (pid 4321) outlived SIGKILL for 0.3 s" in caplog.text
