"""Extraction throughput in characters per second, against jieba segmentation of the same text.

jieba is the baseline because every Chinese text pipeline pays for one pass
of it; the ratio says how many such passes the whole extractor costs.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.common import Row, best_seconds, corpus, print_table, write_json
from benchmarks.generate_corpus import SyntheticReport
from loaders.extract import extract


def run(items: list[SyntheticReport], rounds: int = 3) -> list[Row]:
    """Best-of-``rounds`` rates of the extractor and of ``jieba.lcut`` over the same documents."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    docs = [item.document() for item in items]
    chars = sum(len(doc.text) for doc in docs)
    ours = best_seconds(lambda: [extract(doc) for doc in docs], rounds)
    base = best_seconds(lambda: [jieba.lcut(doc.text) for doc in docs], rounds)
    return [
        {"what": "okg extract", "reports": len(docs), "chars": chars, "seconds": ours,
         "chars_per_s": chars / ours, "vs_jieba": base / ours},
        {"what": "jieba.lcut (baseline)", "reports": len(docs), "chars": chars, "seconds": base,
         "chars_per_s": chars / base, "vs_jieba": 1.0},
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=10_000, help="corpus size in triples")
    parser.add_argument("--out", type=Path, default=Path("benchmark-results"))
    args = parser.parse_args(argv)
    rows = run(corpus(args.triples))
    print_table("extraction throughput", rows)
    write_json(args.out, "extraction", rows)


if __name__ == "__main__":
    main()
