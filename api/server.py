"""The server `okg serve` runs: uvicorn, stopping within seconds of SIGTERM or SIGINT whatever is in flight.

uvicorn alone stopped on SIGTERM only once every request in flight had ended (no graceful timeout: a fresh user's
`/reports/{id}` of a 2 MB report kept a server that had been sent SIGTERM running for more than 40 s, round 26), and
even with its timeout it cannot end a request running in a worker thread: cancelling the request's task leaves the
thread running, and Python's exit waits for it (anyio's worker threads are no daemons). And once stopped, it raised
SIGTERM again under the default action, which killed the process before the store was closed. Here, once a stop is
asked:

- requests in flight have :data:`GRACE` seconds to finish (uvicorn's ``timeout_graceful_shutdown``), and no new
  connection is accepted;
- a second after that, whatever still runs is abandoned, and the server says so: the query processes
  (:mod:`graph.query_process`) are killed, the temporary folders they used removed (:func:`_remove_temporary`), the
  store is closed (the server only reads it, so a read cut short leaves
  it as it was) and the process exits 0 after SIGTERM, the status systemd and Docker read as a clean stop, and 130
  after SIGINT (Ctrl-C), as an interrupted command does (round 27, first-time reviewers: it exited 0, so a script
  could not tell a request had been cut);
- SIGTERM raised again by uvicorn once it has stopped does nothing more, so the caller closes the store and
  returns, and the process exits 0 (SIGINT is raised again as before: Ctrl-C ends the command as an interruption).
"""
from __future__ import annotations

import asyncio
import logging
import multiprocessing
import multiprocessing.util
import os
import shutil
import signal
import socket
import sys
import threading
from collections.abc import Callable
from types import FrameType

import uvicorn

#: Seconds requests in flight get to finish once a stop is asked; a second later the rest is abandoned.
GRACE = 3.0


class Server(uvicorn.Server):
    """uvicorn's server, ended within :data:`GRACE` + 1 s of the first stop signal; ``close`` closes the store,
    once, whether the server stops in time (:meth:`close`, called by the owner) or not (the watchdog)."""

    def __init__(self, config: uvicorn.Config, close: Callable[[], None]) -> None:
        config.timeout_graceful_shutdown = GRACE
        super().__init__(config)
        self._close = close
        self._closed = False
        self._closing = threading.Lock()
        self._watchdog: threading.Timer | None = None
        #: The exit status once what still runs is abandoned: that of the first stop signal (:meth:`_abandon`).
        self._status = 0

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        """Serve until a stop signal; SIGTERM raised again after the stop (uvicorn re-raises the signals it caught
        under the handlers it found) then ends nothing before the store is closed."""
        found = signal.signal(signal.SIGTERM, _stopped)
        errors = logging.getLogger("uvicorn.error")
        errors.addFilter(_no_cancelled_request)
        try:
            super().run(sockets=sockets)
        finally:
            errors.removeFilter(_no_cancelled_request)
            signal.signal(signal.SIGTERM, found)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        if self._watchdog is None:  # the first stop signal: the deadline starts
            self._status = 128 + signal.SIGINT if sig == signal.SIGINT else 0
            self._watchdog = threading.Timer(GRACE + 1, self._abandon)
            self._watchdog.daemon = True
            self._watchdog.start()

    def close(self) -> None:
        """Close the store, unless it is closed already."""
        with self._closing:
            if not self._closed:
                self._closed = True
                self._close()

    def _abandon(self) -> None:
        """The deadline passed and the process still runs: a request computing in a worker thread, or a query process
        it waits on, or Python waiting for such a thread to end. Kill the query processes, close the store unless
        the owner did, remove the temporary folders, and exit: 0 after SIGTERM, 130 after Ctrl-C (:attr:`_status`),
        whatever fails on the way (a folder that cannot be removed or made, a store that fails to close: the process
        exits all the same)."""
        for child in multiprocessing.active_children():
            child.kill()
        try:
            how = "interrupted (Ctrl-C)" if self._status else "stopping"
            print(f"okg serve: {how}; what still ran {GRACE:g} s after the stop was asked is abandoned"
                  + (f" (exit status {self._status})" if self._status else ""), file=sys.stderr, flush=True)
            self.close()
            _remove_temporary()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(self._status)


def _remove_temporary() -> None:
    """Remove the temporary folders the server made that an exit without unwinding (``os._exit``) would leave: the
    snapshots of SPARQL queries in flight beside the store (:func:`graph.sparql_worker.remove_snapshots`) and
    multiprocessing's folder of the query processes' fork server (``pymp-…`` under the temporary directory, which its
    exit handler removes on a normal exit). newuser36 B3 (round 51): a server stopped with a query in flight left both,
    after SIGTERM and after Ctrl-C alike."""
    from graph.sparql_worker import remove_snapshots

    remove_snapshots()
    shutil.rmtree(multiprocessing.util.get_temp_dir(), ignore_errors=True)


def _stopped(signum: int, frame: FrameType | None) -> None:
    """SIGTERM once the server has stopped: the stop it asks for is under way."""


def _no_cancelled_request(record: logging.LogRecord) -> bool:
    """Whether uvicorn's log line is worth a reader's time: not the traceback of a request cancelled at the end of
    :data:`GRACE` (uvicorn's own line before it says how many were cancelled)."""
    return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))
