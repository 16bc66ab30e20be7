"""The CPU time of a store's law mentions (:func:`graph.law_mentions.mentions_of_laws`, part of every first ``/laws``)
on a store holding one long report whose sentences each name a law and the organ inspecting it (a new user's round 48,
B7: ``okg ask laws inspected=true`` took 31 s on a loaded machine, the report of 6,000 such sentences stating 18,000
mentions, two thirds of them the organ's and its inspection group's).

The store is made once in a temporary folder (``--sentences`` sentences, ingested as ``okg ingest`` does), then the
mentions are computed ``--rounds`` times; the least CPU time is the row, with the mentions of laws found.

Run: ``python -m benchmarks.law_mentions [--sentences 2000] [--rounds 3]``.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from api.ingest import ingest
from graph.backends.embedded import EmbeddedStore
from graph.law_mentions import mentions_of_laws
from ontology import iri as iris

HEADER = "url: http://bench.example/law-mentions\norgan: 湖北省人民代表大会常务委员会\nyear: 2024\n\n"
SENTENCE = "第{n}项：省人大常委会对《中华人民共和国森林法》开展执法检查，检查组实地检查项目{n}个。\n"


def measure(sentences: int = 2000, rounds: int = 3) -> dict[str, float | int]:
    """``{"sentences", "mentions_of_laws", "cpu_s"}``: the least CPU seconds of ``rounds`` computations of the law
    mentions of a store holding one report of ``sentences`` sentences (:data:`SENTENCE`)."""
    with tempfile.TemporaryDirectory(prefix="okg-bench-mentions-") as folder:
        report = Path(folder) / "long.txt"
        report.write_text(HEADER + "".join(SENTENCE.format(n=n) for n in range(sentences)), encoding="utf-8")
        with EmbeddedStore(Path(folder) / "store") as store:
            [result] = ingest([str(report)], store)
            assert result.outcome == "inserted", result
            times, found = [], {}
            for _ in range(rounds):
                started = time.process_time()
                found = mentions_of_laws(store)
                times.append(time.process_time() - started)
    laws = f"{iris.base()}law/"
    return {"sentences": sentences, "mentions_of_laws": sum(len(rows) for law, rows in found.items() if law.startswith(laws)),
            "cpu_s": round(min(times), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(measure(args.sentences, args.rounds))


if __name__ == "__main__":
    main()
