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
    """Limit this process's data (its heap and private writable mappings, ``RLIMIT_DATA``) to
    what it holds now plus ``extra`` bytes: past it, allocations fail (MemoryError) instead of
    the machine swapping.

    The data size, not the address space (``RLIMIT_AS``): each new thread reserves a stack
    (8 MiB) and glibc a malloc arena (64 MiB) of address space it mostly never touches, so an
    address-space cap made RocksDB's thread pool fail to start ("Resource temporarily
    unavailable") whenever several threads happened to reserve at once.
    """
    now = _data_bytes()
    resource.setrlimit(resource.RLIMIT_DATA, (now + extra, now + extra))


def _data_bytes() -> int:
    """This process's data size in bytes (``VmData`` of /proc/self/status; 0 where there is none)."""
    status = Path("/proc/self/status")
    if not status.exists():
        return 0
    for line in status.read_text().splitlines():
        if line.startswith("VmData:"):
            return int(line.split()[1]) * 1024
    return 0
