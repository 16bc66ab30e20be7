"""The memory a view's build freed, given back to the system (round 50, perf50, issue 14 §6).

Building a view at 1M triples allocates and frees hundreds of MiB (Oxigraph's query results, the rows read from them,
the descriptions a count reads), and glibc's allocator keeps what was freed in its arenas, one arena per thread that
allocated: a server's views are built in its worker threads, so each first request raised the resident memory the
next one started from (``okg serve`` on the 1M store: 130 MiB held after ``/stats`` beyond what it keeps). After a
view is built, :func:`give_back` asks glibc (``malloc_trim(0)``, every arena) to return the free pages; a peak is
what a view needs at most, not what earlier views left behind. Elsewhere (musl, macOS) it does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # no C library by that name, or one without malloc_trim
        return None


def give_back() -> None:
    """Return the allocator's free pages to the system, where the C library can (glibc); a few ms at 1M triples."""
    trim = _trim()
    if trim is not None:
        trim(0)
