"""The generated corpus calibrated on real reports: how long they are and how dense in facts.

Real excerpts (``../shared/corpus`` when present, and this repository's
``benchmarks/genre``) give two figures: the median length in characters, and
the facts the extractor finds per 1,000 characters (laws, activities, organs,
statistics and deputies). Generated reports then take

- lengths from a log-normal distribution with the real median and a tail that
  reaches 40,000 characters at its 99th percentile, cut to 700 … 40,000
  characters (whole reports are longer than the excerpts; the tail is what
  shows the cost of long reports);
- the real density of facts: fact sentences of the genre's patterns are mixed
  with sentences that state no fact, in the share that gives the real density
  (measured on generated text by the same extractor).

Run ``python -m benchmarks.calibrate`` to print the figures.
"""
from __future__ import annotations

import math
import random
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from loaders.document import Document
from loaders.extract import extract
from loaders.extract.metadata import infer_metadata
from loaders.read.text import split_header

if TYPE_CHECKING:
    from benchmarks.generate_corpus import SyntheticReport

ROOT = Path(__file__).resolve().parents[1]
REAL = (ROOT.parent / "shared" / "corpus", ROOT / "benchmarks" / "genre")
MIN_CHARS, MAX_CHARS = 700, 40_000
TAIL_Z = 2.326  # the 99th percentile of a standard normal


@dataclass(frozen=True)
class Calibration:
    """What generated reports imitate: ``median_chars`` and ``sigma`` of log-length, ``facts_per_kchar``
    of real text, and ``fact_share``, the share of characters in fact sentences that gives it."""

    files: int
    median_chars: float
    sigma: float
    facts_per_kchar: float
    fact_share: float

    def length(self, index: int, seed: int = 0) -> int:
        """The length in characters of the ``index``-th report, deterministic by ``seed``."""
        draw = random.Random(f"length:{seed}:{index}").gauss(math.log(self.median_chars), self.sigma)
        return min(MAX_CHARS, max(MIN_CHARS, round(math.exp(draw))))

    def report(self, index: int, seed: int = 0) -> SyntheticReport:
        """The ``index``-th calibrated report of the corpus of ``seed``."""
        from benchmarks.generate_corpus import report

        return report(index, seed, self.length(index, seed), self.fact_share)


def facts_in(doc: Document) -> int:
    """How many facts the extractor finds in a document."""
    found = extract(doc)
    return sum(len(getattr(found, kind)) for kind in ("laws", "activities", "organs", "statistics", "deputies"))


def real_documents(dirs: tuple[Path, ...] = REAL) -> list[Document]:
    """The real excerpts with their headers as metadata."""
    docs = []
    for folder in dirs:
        for path in sorted(folder.glob("**/*.txt")):
            metadata, body = split_header(path.read_text(encoding="utf-8"))
            docs.append(Document(text=body, source=path.name, metadata=infer_metadata(body, metadata)))
    return docs


@lru_cache(maxsize=1)
def calibration(seed: int = 0) -> Calibration:
    """Measure the real excerpts and the generator's fact sentences (a few CPU-seconds)."""
    from benchmarks.generate_corpus import report

    docs = real_documents()
    if not docs:
        raise FileNotFoundError(f"no real report excerpts under {', '.join(map(str, REAL))}")
    median = statistics.median(len(doc.text) for doc in docs)
    density = sum(facts_in(doc) for doc in docs) / sum(len(doc.text) for doc in docs) * 1000
    dense = [report(index, seed, length=4000, fact_share=1.0).document() for index in range(10)]
    dense_density = sum(facts_in(doc) for doc in dense) / sum(len(doc.text) for doc in dense) * 1000
    sigma = (math.log(MAX_CHARS) - math.log(median)) / TAIL_Z
    return Calibration(len(docs), median, sigma, density, min(1.0, density / dense_density))


def main() -> None:
    cal = calibration()
    print(f"{cal.files} real excerpts: median {cal.median_chars:,.0f} characters, "
          f"{cal.facts_per_kchar:.1f} facts per 1,000 characters")
    print(f"generated: log-normal lengths (sigma {cal.sigma:.2f}) cut to {MIN_CHARS:,}…{MAX_CHARS:,}, "
          f"{cal.fact_share:.0%} of characters in fact sentences")


if __name__ == "__main__":
    main()
