"""A bounded map of recent answers, shared between threads: the least recently asked forgotten first.

Several threads asking one missing answer at once compute it once (:meth:`Recent.answer`): the
others wait for it instead of taking turns at the interpreter lock on the same work (four concurrent
clients of a cold neighbourhood could each wait up to four walks).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class Recent:
    """At most ``size`` answers by key; reading one makes it the most recent."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}  # keys being computed, each held by its computer

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: Hashable) -> Any | None:
        """The answer kept under ``key``, now the most recently asked; None when there is none."""
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def answer(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer kept under ``key``, else ``compute()``'s, kept; while one thread computes a key, the
        others asking it wait and take its answer (or compute it themselves when it raised)."""
        if (kept := self.get(key)) is not None:
            return kept
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            if (kept := self.get(key)) is not None:
                return kept
            try:
                answer = compute()
                self.put(key, answer)
            finally:
                with self._lock:
                    self._computing.pop(key, None)
        return answer

    def put(self, key: Hashable, answer: Any) -> None:
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
