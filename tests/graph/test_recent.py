"""The bounded map of recent answers: least recently asked forgotten first, a missing answer computed once."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from graph.recent import Recent


def test_the_least_recently_asked_answer_is_forgotten_first() -> None:
    recent = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # now the most recent
    recent.put("c", 3)
    assert (recent.get("a"), recent.get("b"), recent.get("c"), len(recent)) == (1, None, 3, 2)


@pytest.mark.parametrize("askers", [2, 4])
def test_askers_of_one_missing_answer_at_once_wait_for_one_computation(askers: int) -> None:
    recent = Recent(8)
    computed: list[int] = []
    started, release = threading.Event(), threading.Event()

    def compute() -> list[int]:
        computed.append(1)
        started.set()
        release.wait(10)  # the others ask while this one computes
        return [len(computed)]

    with ThreadPoolExecutor(askers) as pool:
        first = pool.submit(recent.answer, "key", compute)
        assert started.wait(10)
        others = [pool.submit(recent.answer, "key", compute) for _ in range(askers - 1)]
        time.sleep(0.3)  # time for the others to ask: computing themselves, they would add to ``computed``
        assert not any(f.done() for f in others)  # they wait
        release.set()
        answers = [first.result(10), *(f.result(10) for f in others)]
    assert computed == [1] and all(a is answers[0] for a in answers)
    assert recent.answer("other", lambda: "another") == "another" and computed == [1]


def test_a_computation_that_fails_keeps_nothing_and_the_next_asker_computes_again() -> None:
    recent = Recent(8)

    def failing() -> str:
        raise RuntimeError("store gone")

    with pytest.raises(RuntimeError):
        recent.answer("key", failing)
    assert recent.get("key") is None
    assert recent.answer("key", lambda: "done") == "done" and recent.get("key") == "done"
