"""How much one user query (/sparql, /cypher) may return and take, and the cut that enforces it."""
from __future__ import annotations

import json
import resource
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MiB = 1024 * 1024


@dataclass(frozen=True)
class QueryLimits:
    """Rows and bytes (of JSON) an answer may hold; memory (bytes) a SPARQL query process may take."""

    rows: int = 10_000
    bytes: int = 32 * MiB
    memory: int = 1024 * MiB


def _cut(rows: Iterable[Any], limits: QueryLimits) -> tuple[list[Any], list[Any], str | None]:
    """Rows pulled one at a time up to the caps: (kept, the first row past them or [], why)."""
    kept: list[Any] = []
    size = 0
    for row in rows:
        if len(kept) >= limits.rows:
            return kept, [row], f"truncated at {limits.rows} rows (OKG_MAX_ROWS)"
        size += len(json.dumps(row, ensure_ascii=False, default=str).encode()) + 1
        if size > limits.bytes:
            return kept, [row], f"truncated at {limits.bytes} bytes (OKG_MAX_RESULT_BYTES)"
        kept.append(row)
    return kept, [], None


def take(rows: Iterable[Any], limits: QueryLimits) -> tuple[list[Any], str | None]:
    """The rows up to the row and byte caps, and why the rest was cut (None when nothing was).

    Rows are pulled one at a time, so a cut answer is never produced in full.
    """
    kept, _, cut = _cut(rows, limits)
    return kept, cut


def take_past(rows: Iterable[Any], limits: QueryLimits) -> list[Any]:
    """:func:`take`'s rows plus the first row it cut, so a caller's own :func:`take` sees the cut."""
    kept, past, _ = _cut(rows, limits)
    return kept + past


def cap_memory(extra: int) -> None:
    """Limit this process's address space to what it maps now plus ``extra`` bytes: past it,
    allocations fail (MemoryError) instead of the machine swapping."""
    statm = Path("/proc/self/statm")
    now = int(statm.read_text().split()[0]) * resource.getpagesize() if statm.exists() else 0
    resource.setrlimit(resource.RLIMIT_AS, (now + extra, now + extra))
