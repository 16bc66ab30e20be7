"""Interleaved rounds: every contender once per round, the order rotated, each warmed first.

A disturbance of a shared machine then hits every contender alike, and no
contender always runs first (cold caches) or last (a filled page cache). Each
figure is min / median / max over the rounds, and the ratio to the baseline is
the ratio of medians.
"""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Clock = Literal["cpu", "wall"]


@dataclass(frozen=True)
class Contender:
    """One way of doing the work: ``setup`` (not timed) before each run, then ``run`` (timed)."""

    name: str
    run: Callable[[], object]
    setup: Callable[[], object] = lambda: None
    warm: Callable[[], object] | None = None  # a smaller run first, not timed (default: a whole run)


def _clock(kind: Clock) -> Callable[[], float]:
    return time.process_time if kind == "cpu" else time.perf_counter


def measure(contenders: list[Contender], rounds: int, clock: Clock) -> dict[str, list[float]]:
    """Seconds per run of each contender over ``rounds`` rotated rounds, after one warm-up each."""
    now = _clock(clock)
    for c in contenders:
        c.setup()
        (c.warm or c.run)()
    seconds: dict[str, list[float]] = {c.name: [] for c in contenders}
    for n in range(rounds):
        shift = n % len(contenders)
        for c in contenders[shift:] + contenders[:shift]:
            c.setup()
            began = now()
            c.run()
            seconds[c.name].append(now() - began)
    return seconds


def rows(seconds: dict[str, list[float]], baseline: str, amount: int, unit: str, clock: Clock,
         **extra: Any) -> list[dict[str, Any]]:
    """One row per contender: ``unit`` per second min / median / max (``amount`` units a run) and
    the median ratio to ``baseline`` (above 1: faster than the baseline)."""
    base = statistics.median(seconds[baseline])
    out = []
    for name, runs in seconds.items():
        rates = sorted(amount / s for s in runs)
        median = statistics.median(runs)
        out.append({"what": name + (" (baseline)" if name == baseline else ""), **extra, "clock": clock,
                    "rounds": len(runs), f"min_{unit}_per_s": rates[0],
                    f"median_{unit}_per_s": amount / median, f"max_{unit}_per_s": rates[-1],
                    "median_seconds": median, "vs_baseline": base / median})
    return out
