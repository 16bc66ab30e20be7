"""A value read from a store once per version of it: what every listing of that version shares.

A store's :meth:`~graph.backends.Backend.version` changes on every write, so a value computed from the store at one
version stays right until the next write; :class:`PerVersion` keeps one per store (weakly: a closed store's goes with
it) and computes it again when the version has moved.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from graph.backends import Backend

T = TypeVar("T")


class PerVersion(Generic[T]):
    """``compute(store)``, kept per store until its version moves; callers share the value and must not change it."""

    def __init__(self, compute: Callable[[Backend], T]) -> None:
        self._compute = compute
        self._kept: weakref.WeakKeyDictionary[Backend, tuple[str, T]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def __call__(self, store: Backend) -> T:
        version = store.version()  # read before computing: a write meanwhile makes the entry stale, never wrong
        with self._lock:
            kept = self._kept.get(store)
        if kept is not None and kept[0] == version:
            return kept[1]
        found = self._compute(store)
        with self._lock:
            self._kept[store] = (version, found)
        return found
