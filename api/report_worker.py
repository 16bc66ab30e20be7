"""Reading and extracting reports in a process that can be stopped.

One worker process serves a batch, report after report. A report that runs past
its time limit gets the worker killed (and a fresh one for the next report); the
worker's data size (heap and private mappings) is capped, so a report that needs more memory fails with
a clear line instead of taking the machine. Either way nothing of that report is
written and the batch goes on.
"""
from __future__ import annotations

import math
import multiprocessing
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from graph.query_limits import cap_memory

MiB = 1024 * 1024
#: Characters a report's reading, extraction and graph take per CPU-second at the slowest measured on long real text
#: (``python -m benchmarks.report_time``: real excerpts joined to 0.25–4 million characters, 70k–136k a CPU-second,
#: 70k at 1 million; rounded down), which the time limit's failure turns into the seconds its text needs (a new user's
#: round 42, finding 12).
SLOWEST_CHARS_PER_S = 60_000
#: The margin over that time the failure suggests: a machine shared with other work runs slower than the benchmark's.
MARGIN = 2.0
#: The least share of a CPU the time-limit advice assumes a stopped worker had (a worker that had less was stalled or
#: starved: the advice would otherwise grow without bound).
MIN_SHARE = 0.05
#: The longest limit the time limit's failure advises (an hour); a report that needs more is told to be split.
LONGEST_ADVISED = 3600
#: How the worker tells its parent the length of the text it read (:func:`tell_size`); None outside a worker.
_TELL: Callable[[int], None] | None = None


@dataclass(frozen=True)
class ReportLimits:
    """Seconds and bytes (of memory added) one report may take to read and extract."""

    time: float = 120.0
    memory: int = 2048 * MiB


class ReportWorker:
    """``prepare(source, *args)`` run in a child process under :class:`ReportLimits`; a context manager."""

    def __init__(self, prepare: Callable[..., Any], failed: Callable[[str, str], Any], limits: ReportLimits) -> None:
        self.prepare, self.failed, self.limits = prepare, failed, limits
        self._process: Any = None
        self._conn: Connection | None = None

    def __enter__(self) -> ReportWorker:
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()

    def run(self, source: str, *args: Any) -> Any:
        """What ``prepare(source, *args)`` returns, or ``failed(source, reason)`` at a limit."""
        conn = self._start()
        conn.send((source, args))
        deadline, size = time.monotonic() + self.limits.time, None
        while True:
            if not conn.poll(max(0.0, deadline - time.monotonic())):
                cpu = self._stop()
                return self.failed(source, f"stopped at the time limit of {self.limits.time:g} s per report "
                                           f"(OKG_REPORT_TIME_LIMIT); nothing of it was written"
                                           f"{needs(size, cpu, self.limits.time)}")
            try:
                outcome, value = conn.recv()
            except (EOFError, OSError):
                code = self._process.exitcode if self._process else None
                self._stop()
                return self.failed(source, f"the process reading it died ({_death(code)}); nothing of it was written")
            if outcome != "size":
                break
            size = value
        if outcome == "memory":
            self._stop()  # a MemoryError may leave the worker's state half-built: start afresh
            return self.failed(source, f"stopped at the memory ceiling of {self.limits.memory // MiB} MiB per report "
                                       "(OKG_REPORT_MEMORY_BYTES); nothing of it was written")
        return value

    def restart(self) -> None:
        """Stop the worker process, if one runs: the next source is read by one forked from the parent as it is now
        (after it loaded what the workers should share)."""
        self._stop()

    def _start(self) -> Connection:
        if self._process is None or not self._process.is_alive():
            context = multiprocessing.get_context("fork")  # the lexicon is loaded already: share it
            self._conn, child = context.Pipe()
            self._process = context.Process(target=_serve, args=(child, self.prepare, self.limits.memory), daemon=True)
            self._process.start()
            child.close()
        assert self._conn is not None
        return self._conn

    def _stop(self) -> float:
        """Kill the worker, if one runs; the CPU seconds (user and system) it used, read from the rusage of the children
        this process reaped while joining it (0.0 when none ran)."""
        used = 0.0
        if self._process is not None:
            before = _children_cpu()
            self._process.kill()
            self._process.join()
            used = _children_cpu() - before
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        return used


def tell_size(chars: int) -> None:
    """Tell the parent, from inside a worker, how many characters the report's text holds once it is read, so that a
    report stopped at the time limit is told what limit its length needs (:func:`needs`); nothing outside a worker."""
    if _TELL is not None:
        _TELL(chars)


def needs(chars: int | None, cpu: float, limit: float) -> str:
    """What a report of ``chars`` characters stopped at the time limit of ``limit`` seconds, after its worker had
    ``cpu`` seconds of CPU, is told: its length, the CPU it needs at the slowest rate measured
    (:data:`SLOWEST_CHARS_PER_S`; twice what it had when it had that much already, its text reading slower than any
    measured), and the limit that gives it that CPU at the share of a CPU it had (``cpu / limit``, a busy machine's
    less than 1), with :data:`MARGIN`, rounded up to a minute and always above ``limit`` (a new user's round 44,
    finding 7: the rate alone advised 120 s to a report just stopped at 120 s on a loaded machine). Above
    :data:`LONGEST_ADVISED` it says the file is too big and into how many parts of how many characters to split it,
    parts that fit ``limit`` at that share, and the limit it needs on an idle machine when that is no longer. ""
    when its length is unknown (it was not read in time)."""
    if not chars:
        return ""
    rate_cpu = chars / SLOWEST_CHARS_PER_S
    need_cpu = rate_cpu if cpu < rate_cpu else 2 * cpu
    share = min(1.0, max(cpu / limit, MIN_SHARE)) if limit > 0 else 1.0
    seconds = max(math.ceil(need_cpu * MARGIN / share / 60) * 60, math.ceil(2 * limit / 60) * 60)
    told = (f"; its text holds {chars:,} characters, which need about {rate_cpu:.0f} s of CPU at the slowest rate "
            f"measured ({SLOWEST_CHARS_PER_S:,} characters a second), and in its {limit:g} s it had {cpu:.1f} s of CPU"
            f" ({share:.0%} of a CPU{'' if share >= 0.9 else ': the machine is busy'})")
    if cpu >= rate_cpu:
        told += ", more than its length needs at that rate"
    if seconds > LONGEST_ADVISED:
        part = max(1, math.floor(chars * limit / seconds / 1000) * 1000)
        idle = math.ceil(need_cpu * MARGIN / 60) * 60
        return (f"{told}: it would need about {seconds:,} s here, too long for one report; split it into "
                f"{math.ceil(chars / part)} files of at most {part:,} characters, each with the same header, and "
                "ingest them" + (f" (or ingest it when the machine is idle, with OKG_REPORT_TIME_LIMIT={idle})"
                                 if idle <= LONGEST_ADVISED else ""))
    return f"{told}: set OKG_REPORT_TIME_LIMIT={seconds} and ingest it again"


def _children_cpu() -> float:
    """CPU seconds (user and system) of the child processes this process has reaped."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _serve(conn: Connection, prepare: Callable[..., Any], memory: int) -> None:
    """The worker: cap its memory, then answer ``(source, args)`` until the parent hangs up, telling it the length of
    each text once read (:func:`tell_size`)."""
    global _TELL
    cap_memory(memory)
    _TELL = lambda chars: conn.send(("size", chars))  # noqa: E731 - the worker's one channel
    while True:
        try:
            source, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", prepare(source, *args)))
        except MemoryError:
            conn.send(("memory", None))
            return


def out_of_memory(exc: BaseException | None) -> bool:
    """Whether ``exc`` is, or was caused by, a MemoryError (C extensions wrap it in SystemError)."""
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, MemoryError):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        return f"signal {-code}" + (", out of memory?" if -code == 9 else "")
    return f"exit code {code}"
