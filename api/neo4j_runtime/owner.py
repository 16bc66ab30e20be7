"""Who owns a server with a temporary home, and the tie that makes the server die with its owner.

A killed test run (Ctrl-C twice, SIGKILL, a helper's time-out) left the Neo4j JVMs its fixtures had started alive,
each with its ``/tmp/okg-neo4j-*`` home: 49 homes and 25 GB once (round 46's end tester, issue 14). Two parts close
that: the server of a temporary home gets the kernel's parent-death signal (:func:`die_with_parent`), and the owner's
identity goes into the home's state file (:func:`identity`) so that a next start can tell a home whose owner is gone
(:func:`is_alive`) and remove it (``api.neo4j_runtime.remove_orphaned_homes``).

Why ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` and not a watchdog reading the owner's pid: the kernel sends the signal
however the owner ends, SIGKILL included, with no extra process that could itself be killed or outlive its poll
interval; a watchdog is one more process per server to leave behind. Its limits: Linux only, and the signal follows
the *thread* that forked the server, so it is only set from the main thread (a worker thread ending would kill a
server its process still uses); elsewhere the home is still recorded and removed by the next run.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

#: prctl(2)'s option for the signal a process gets when its parent thread ends (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def identity(pid: int) -> dict[str, object]:
    """``{"pid": pid, "started": ticks}``: the process and its start time in clock ticks since boot (field 22 of
    ``/proc/PID/stat``), which tells a live owner from a later process that reuses its pid; ``started`` None where
    there is no /proc."""
    return {"pid": pid, "started": _start_ticks(pid)}


def is_alive(owner: object) -> bool:
    """Whether the process an :func:`identity` names still runs (same pid, same start time, not a zombie).
    Anything that is not such a record counts as alive: a home whose owner is unknown is never removed."""
    if not isinstance(owner, dict) or not isinstance(pid := owner.get("pid"), int):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    started = owner.get("started")
    return started is None or _start_ticks(pid) == started


def die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` for :class:`subprocess.Popen` that has the kernel SIGKILL the child when this thread ends,
    or None where that cannot hold (not Linux, no libc, not the main thread: see the module's note)."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    libc = ctypes.CDLL(name, use_errno=True)
    parent = os.getpid()

    def tie() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the owner ended between fork and prctl: no signal will come
            os.kill(os.getpid(), signal.SIGKILL)

    return tie


def _start_ticks(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else int(fields[19])
