"""Extraction throughput in characters per CPU-second, by report length, against jieba on the same text.

jieba is the baseline because every Chinese text pipeline pays for one pass
of it; the ratio says how many such passes the whole extractor costs. Long
reports are the real excerpts of the genre corpus (``benchmarks/genre/dev``, its reports from
every level) concatenated to 1M characters, repeating them (about 200k characters five times; a cache
keyed on text would get hits real corpora do not give, so the extractor keeps none); that same text is cut into reports of 4k, 40k, 200k
and 1M characters (250, 25, 5 and 1 of them), so the content is identical at every length and the
rate at each length shows whether extraction stays linear in report length (a finder quadratic in
the number of activities showed only past 200k: 4M characters took 40 CPU-s before
``resolutions`` indexed what it compares). The dev files are also measured as they are, one report each
with its own header (what a corpus of real reports costs: a finder's per-report work, such as compiling
its area's names, counts there). Rounds are interleaved (every set and both
extractors once per round, the order rotated: :mod:`benchmarks.rounds`) so that a disturbance of the
machine hits all of them alike; each figure is given as min / median / max over the rounds.

Run: ``python -m benchmarks.extraction [--rounds 7] [--lengths 4000 40000 …] [--out DIR | --record]`` (the JSON goes
to a scratch folder unless ``--record`` copies it into the tracked ``benchmark-results/`` at the end).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Row, add_out_options, print_table, results_folder, write_json
from benchmarks.rounds import Contender, measure, rows
from loaders.document import Document
from loaders.extract import extract
from loaders.read import read
from loaders.read.text import split_header

GENRE = Path(__file__).resolve().parent / "genre" / "dev"
LENGTHS = (4_000, 40_000, 200_000, 1_000_000)


def run(docs: list[Document], rounds: int = 3) -> list[Row]:
    """Characters per CPU-second of the extractor and of ``jieba.lcut`` over the same documents,
    min / median / max over interleaved rounds."""
    lcut = _jieba()
    seconds = measure([Contender("okg extract", lambda: [extract(doc) for doc in docs]),
                       Contender("jieba.lcut", lambda: [lcut(doc.text) for doc in docs])], rounds, "cpu")
    return rows(seconds, "jieba.lcut", sum(len(doc.text) for doc in docs), "chars", "cpu", reports=len(docs))


def _jieba() -> Callable[[str], list[str]]:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.lcut


def real_reports(length: int, total: int = max(LENGTHS), samples: Path = GENRE) -> list[Document]:
    """Reports of ``length`` characters cut from ``total`` characters of real sample bodies in turn.

    Each carries the first sample's header, so the jurisdiction is a real one.
    """
    parts = [split_header(p.read_text(encoding="utf-8")) for p in sorted(samples.glob("*.txt"))]
    bodies = [body.strip() for _, body in parts]
    text = ""
    index = 0
    while len(text) < total:
        text += bodies[index % len(bodies)] + "\n"
        index += 1
    return [Document(text=text[start : start + length], source=f"real-{length}-{start}", metadata=parts[0][0])
            for start in range(0, total, length)]


def dev_files(samples: Path = GENRE) -> list[Document]:
    """Every sample as one report, its own header and length (some hundred to some ten thousand characters):
    what a corpus of real reports costs, a finder's per-report work (its area's patterns) included."""
    return [read(path) for path in sorted(samples.glob("*.txt"))]


def by_length(rounds: int = 7, lengths: tuple[int, ...] = LENGTHS) -> list[Row]:
    """Characters per CPU-second of ``extract`` and ``jieba.lcut`` on the dev files as they are and on reports of
    each length, min/median/max over interleaved rounds (:func:`benchmarks.rounds.measure`: every set and both
    extractors once per round, the order rotated), with the ratio of medians to jieba on the same set."""
    lcut = _jieba()
    sets = {"dev files": dev_files(), **{f"{n:,} chars": real_reports(n) for n in lengths}}
    contenders = []
    for label, reports in sets.items():
        contenders += [Contender(f"okg extract|{label}", lambda reports=reports: [extract(doc) for doc in reports],
                                 warm=lambda reports=reports: extract(reports[0])),
                       Contender(f"jieba.lcut|{label}", lambda reports=reports: [lcut(doc.text) for doc in reports],
                                 warm=lambda reports=reports: lcut(reports[0].text))]
    seconds = measure(contenders, rounds, "cpu")
    out: list[Row] = []
    for label, reports in sets.items():
        chars = sum(len(doc.text) for doc in reports)
        pair = {what: seconds[f"{what}|{label}"] for what in ("okg extract", "jieba.lcut")}
        for row in rows(pair, "jieba.lcut", chars, "chars", "cpu", reports=len(reports)):
            out.append({"set": label, **row})
    ours = [r["median_chars_per_s"] for r in out if r["what"] == "okg extract" and r["set"] != "dev files"]
    out.append({"set": "cut reports", "what": "okg extract: slowest / fastest median", "rounds": rounds,
                "median_chars_per_s": min(ours) / max(ours)})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds")
    parser.add_argument("--lengths", type=int, nargs="+", default=list(LENGTHS), help="report lengths, characters")
    add_out_options(parser)
    args = parser.parse_args(argv)
    if args.out is not None and args.record:
        parser.error("--out and --record: give one")
    with results_folder(args.out, args.record) as out:
        rows = by_length(args.rounds, tuple(args.lengths))
        print_table("extraction by report length (characters per CPU-second)", rows)
        write_json(out, "extraction-by-length", rows)


if __name__ == "__main__":
    main()
