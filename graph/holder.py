"""Who holds an embedded store, so that another command can read beside it or say exactly what to do.

RocksDB, under Oxigraph, lets one process open a directory to write and keeps every other out (its ``LOCK``
file); a second process gets an I/O error naming the lock. ``okg serve`` holds its store for as long as it runs,
so before round 33 ``okg ask`` and ``okg ingest`` failed beside it (a fresh user's round 32, finding 8), and
an ``okg ask`` started in the same second as ``okg serve`` made the server exit.

The process holding a store writes a mark (:mod:`graph.marks`, ``held-by``) naming itself and whether it writes
the graph or only reads it, and drops it when it closes the store:

- ``okg serve`` (``okg demo`` once its samples are in) reads the graph and says so
  (:meth:`graph.backends.Backend.serving`), so a reader opens the same directory read-only beside it (Oxigraph's ``Store.read_only``: no lock taken, the store as it stands when opened);
  while it writes the reports ``okg ingest`` hands it (round 47, :mod:`api.handoff`) it marks itself ``writes``
  (:meth:`graph.backends.Backend.writing`), then ``reads`` again;
- ``okg serve`` first ``prepares`` the store (round 41): what it writes before it serves (an older store's default
  graph filled, RocksDB's compaction of what the last write left) is done and flushed before it says it reads; a reader
  meeting ``prepares`` waits for it, a writer is refused as beside a server;
- ``okg ingest``, ``delete``, ``import``, ``reindex``, ``copy`` and ``demo`` write: Oxigraph documents a read-only
  opening while another process writes as undefined, so a reader is refused while one runs, told to wait for it;
- a writer meeting a held store is refused naming the holder and what to do (stop ``okg serve``, write, start it
  again; or wait for the other writer).

A mark left by a process that died (RocksDB's lock goes with it) names a process no longer running: it is
ignored (:func:`holder`) and replaced by the next opening to write.
"""
from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from graph import marks

KEY = "held-by"
#: What a holder does to the graph: ``reads`` (``okg serve``) lets readers open it beside; ``writes`` does not;
#: ``prepares`` (``okg serve`` writing before it serves) has readers wait until it reads.
Role = Literal["reads", "writes", "prepares"]
ROLES: tuple[Role, ...] = ("reads", "writes", "prepares")


@dataclass(frozen=True)
class Holder:
    """The process holding a store: its id, its command line (``okg serve --port 8716``), its role, since when
    (ISO 8601, UTC)."""

    pid: int
    command: str
    role: Role
    since: str

    def says(self) -> str:
        """``okg serve --port 8716 (process 1234, since 2026-12-05T00:41:07Z)``."""
        return f"{self.command} (process {self.pid}, since {self.since})"


def hold(directory: Path, role: Role) -> None:
    """Mark ``directory`` held by this process in ``role``."""
    marks.write(directory, KEY, json.dumps({
        "pid": os.getpid(), "command": command(), "role": role,
        "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}, ensure_ascii=False))


def release(directory: Path) -> None:
    """Drop the mark of ``directory`` if this process wrote it."""
    found = _read(directory)
    if found is not None and found.pid == os.getpid():
        marks.write(directory, KEY, None)


def holder(directory: Path) -> Holder | None:
    """The process holding ``directory``, when its mark names one still running; else None."""
    found = _read(directory)
    return found if found is not None and _running(found.pid) else None


def command() -> str:
    """This process's command as a user typed it: ``okg`` and its arguments (the program's path left out)."""
    program = Path(sys.argv[0]).name if sys.argv and sys.argv[0] not in ("", "-c") else "python"
    return " ".join(["okg" if program in ("okg", "__main__.py") else program, *sys.argv[1:]])


def _read(directory: Path) -> Holder | None:
    try:
        found = json.loads(marks.read(directory).get(KEY, ""))
        role = next((role for role in ROLES if role == found["role"]), "writes")  # an unknown role: as a writer
        return Holder(int(found["pid"]), str(found["command"]), role, str(found["since"]))
    except (ValueError, KeyError, TypeError):
        return None


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # running, another user's
        return True
    return True
