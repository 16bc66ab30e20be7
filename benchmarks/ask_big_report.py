"""The CPU time of ``okg ask laws inspected=true`` (its store work: :meth:`graph.store.Store.laws` on a fresh read-only
opening, as ``okg ask`` opens the store) on a store holding one long report whose sentences each name a law, the organ
inspecting it and a figure (a new user's round 48, newuser34 B7: 31 s on a store of 217k triples holding a 770 KB
report with 6,000 statistics; instant on 9 pages).

Two ways in the same run, so the ratio holds on a loaded machine:

- ``before``: the way round 48 answered it: the law mentions found by describing every mention's targets, then the law
  mentions whole (:meth:`graph.backends.Backend.mentions_aimed` as the base class gives it), and the laws views built
  with the IRIs of every graph (read by a writable opening, which an update needs);
- ``after``: as ``okg ask`` answers now: one query of the law mentions (the embedded store's
  :meth:`~graph.backends.embedded.EmbeddedStore.mentions_aimed`), and no graph's IRIs read on a read-only opening,
  which never updates its views (:func:`graph.views._build`).

Each is timed ``--rounds`` times on a fresh opening (nothing memoised carries over); the least CPU time is the row.

Run: ``python -m benchmarks.ask_big_report [--sentences 2000] [--rounds 3]``.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from functools import partial
from pathlib import Path

from api.ingest import ingest
from benchmarks.common import print_table
from benchmarks.law_mentions import HEADER, SENTENCE
from graph import open_store
from graph.backends import Backend



def _laws_cpu(folder: Path, before: bool) -> tuple[float, int]:
    """CPU seconds of the laws inspected on a fresh opening of the store in ``folder``, and the rows found."""
    with open_store(folder, access="write" if before else "read") as store:
        if before:
            store.mentions_aimed = partial(Backend.mentions_aimed, store)  # type: ignore[method-assign]
        started = time.process_time()
        rows = store.laws(frozenset([True]))
        return time.process_time() - started, len(rows)


def measure(sentences: int = 2000, rounds: int = 3) -> dict[str, float | int]:
    """``{"sentences", "laws", "before_cpu_s", "after_cpu_s", "ratio"}``: the least CPU seconds of ``rounds`` answers of
    each way on a store holding one report of ``sentences`` sentences (:data:`benchmarks.law_mentions.SENTENCE`), and before / after."""
    with tempfile.TemporaryDirectory(prefix="okg-bench-ask-") as folder:
        report = Path(folder) / "long.txt"
        report.write_text(HEADER + "".join(SENTENCE.format(n=n) for n in range(sentences)), encoding="utf-8")
        store_folder = Path(folder) / "store"
        with open_store(store_folder) as store:
            [result] = ingest([str(report)], store)
            assert result.outcome == "inserted", result
        times: dict[bool, list[float]] = {True: [], False: []}
        found = set()
        for _ in range(rounds):
            for before in (True, False):
                cpu, laws = _laws_cpu(store_folder, before)
                times[before].append(cpu)
                found.add(laws)
    assert len(found) == 1, f"the two ways found different laws: {found}"
    first, now = min(times[True]), min(times[False])
    return {"sentences": sentences, "laws": found.pop(), "before_cpu_s": round(first, 3), "after_cpu_s": round(now, 3),
            "ratio": round(first / now, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000, help="sentences of the one long report")
    parser.add_argument("--rounds", type=int, default=3, help="fresh openings timed, each way")
    options = parser.parse_args()
    print_table("okg ask laws inspected=true on one long report: CPU s before / after",
                [measure(options.sentences, options.rounds)])


if __name__ == "__main__":
    main()
