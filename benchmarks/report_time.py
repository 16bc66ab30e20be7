"""The time one long real report takes to read, extract and build, per character: what ``OKG_REPORT_TIME_LIMIT`` must
allow for a text of a given length (a new user's round 42, finding 12: a 9.6-million-character file, under the 10-million
limit of one report's text, stopped at the 120 s time limit).

A report of each length is the real excerpts of the genre corpus (``benchmarks/genre/dev``) joined in turn
(:func:`benchmarks.extraction.real_reports`, the first excerpt's header), written to a file and put through
:func:`api.ingest.prepare`, as ``okg ingest``'s worker does (reading, extraction and the report's graph: what the time
limit covers), each length once per round, after one small report has loaded the lexicon (as the worker finds it). CPU
time is measured; the limit counts wall time, which a machine shared with other work stretches (round 42's run, 8
engineers on 2 cores: 1M characters took 13.9 s of CPU and 100 s of wall time). The slowest rate over every length and round is
:data:`api.report_worker.SLOWEST_CHARS_PER_S`'s source: the time a text needs, which the time limit's failure names.

Run: ``python -m benchmarks.report_time [--lengths 500000 1000000 2000000] [--rounds 1] [--out DIR | --record]``.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, add_out_options, print_table, results_folder, write_json
from benchmarks.extraction import GENRE, real_reports

LENGTHS = (500_000, 1_000_000, 2_000_000)


def per_length(lengths: tuple[int, ...] = LENGTHS, rounds: int = 1) -> list[Row]:
    """One row per length and round: ``chars``, ``cpu_s`` and ``wall_s`` of :func:`api.ingest.prepare` on a real
    report of that length, and ``chars_per_cpu_s``; a last row with the slowest rate."""
    from api.ingest import prepare

    out: list[Row] = []
    prepare(str(sorted(GENRE.glob("*.txt"))[0]))  # warm: the lexicon loaded, as okg ingest's worker finds it
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(rounds):
            for length in lengths:
                doc = real_reports(length, total=length)[0]
                path = Path(folder) / f"real-{length}.txt"
                header = "".join(f"{key}: {value}\n" for key, value in doc.metadata.items())
                path.write_text(f"{header}\n{doc.text}", encoding="utf-8")
                cpu, wall = time.process_time(), time.monotonic()
                prepare(str(path))
                cpu, wall = time.process_time() - cpu, time.monotonic() - wall
                out.append({"round": round_ + 1, "chars": len(doc.text), "cpu_s": round(cpu, 1),
                            "wall_s": round(wall, 1), "chars_per_cpu_s": round(len(doc.text) / cpu)})
    out.append({"round": "slowest", "chars_per_cpu_s": min(r["chars_per_cpu_s"] for r in out)})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=list(LENGTHS), help="report lengths, characters")
    parser.add_argument("--rounds", type=int, default=1, help="rounds over the lengths")
    add_out_options(parser)
    args = parser.parse_args(argv)
    with results_folder(args.out, args.record) as out:  # ValueError for --out with --record
        found = per_length(tuple(args.lengths), args.rounds)
        write_json(out, "report-time", found)
    print_table("one report read, extracted and built (characters per CPU-second)", found)


if __name__ == "__main__":
    main()
