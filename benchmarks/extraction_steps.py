"""Where extraction's CPU time goes: exclusive CPU seconds per Context value and per finder, over real reports.

:mod:`benchmarks.extraction` says how fast ``extract`` is against jieba; this says which of its parts the time is
spent in, so that a change aimed at speed is aimed where the time is. Every cached value of
:class:`loaders.extract.context.Context` (``activity_hits``, ``organ_hits``, ``metadata`` …) and every finder of
:data:`loaders.extract.FINDERS` is timed exclusively: a value a finder asks for first is charged to the value, not to
the finder (a finder's own figure is what it adds). What ``extract`` does after its finders (the passes over the
activities found) is ``passes after the finders``. The sets are those of :mod:`benchmarks.extraction`: the dev files
as they are (each its own header: a report's fixed costs count), reports cut to one length from the same text, and the
dev files' headers over a one-sentence body (the fixed cost of a report alone). Every set is extracted once untimed
(the lexicon's tables loaded, its caches warm), then ``--rounds`` times; each step's figure is its median over the rounds.

Run: ``python -m benchmarks.extraction_steps [--rounds 3] [--lengths 200000] [--top 25]``
"""
from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable
from functools import cached_property, wraps
from typing import Any

import loaders.extract as extraction
from benchmarks.common import Row, print_table
from benchmarks.extraction import dev_files, real_reports
from loaders.document import Document
from loaders.extract.context import Context

#: What ``extract`` costs beyond its finders and the context's values.
AFTER_FINDERS = "passes after the finders"


class _Steps:
    """Exclusive CPU seconds per step name: a step's time less the time of the steps it called."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._inner: list[float] = []  # per open step, the seconds of the steps it called

    def timed(self, name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(step)
        def run(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            self._inner.append(0.0)
            try:
                return step(*args, **kwargs)
            finally:
                inner, spent = self._inner.pop(), time.process_time() - began
                self.seconds[name] += spent - inner
                if self._inner:
                    self._inner[-1] += spent
        return run


def _instrumented(steps: _Steps) -> Callable[[Document], object]:
    """``extract`` with every Context value and finder timed (the context's class and :data:`FINDERS` patched in
    this process: run this module alone)."""
    for name, value in list(vars(Context).items()):
        if isinstance(value, cached_property):
            timed = cached_property(steps.timed(f"Context.{name}", value.func))
            timed.__set_name__(Context, name)
            setattr(Context, name, timed)
    for field, find in list(extraction.FINDERS.items()):
        extraction.FINDERS[field] = steps.timed(f"finder {field}", find)
    return steps.timed(AFTER_FINDERS, extraction.extract)


def by_step(rounds: int = 3, lengths: tuple[int, ...] = (200_000,), top: int = 25) -> list[Row]:
    """Per set, its ``top`` steps by median exclusive CPU seconds, each with its share of the set's total."""
    steps = _Steps()
    extract = _instrumented(steps)
    dev = dev_files()
    sets = {"dev files": dev, **{f"{n:,} chars": real_reports(n) for n in lengths},
            "one-sentence reports": [Document(text="会议听取了报告。", source=d.source, metadata=d.metadata) for d in dev]}
    out: list[Row] = []
    for label, reports in sets.items():
        for doc in reports:
            extract(doc)
        runs: list[Counter[str]] = []
        for _ in range(rounds):
            steps.seconds.clear()
            for doc in reports:
                extract(doc)
            runs.append(Counter(steps.seconds))
        medians = {name: statistics.median(run[name] for run in runs) for name in runs[0]}
        total = sum(medians.values())
        out += [{"set": label, "step": name, "reports": len(reports), "rounds": rounds, "median_cpu_s": seconds,
                 "share": seconds / total} for name, seconds in sorted(medians.items(), key=lambda kv: -kv[1])[:top]]
        out.append({"set": label, "step": "total", "reports": len(reports), "rounds": rounds, "median_cpu_s": total,
                    "share": 1.0})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per set")
    parser.add_argument("--lengths", type=int, nargs="*", default=[200_000], help="report lengths, characters")
    parser.add_argument("--top", type=int, default=25, help="steps shown per set")
    args = parser.parse_args(argv)
    print_table("extraction's CPU time by step (exclusive, median over rounds)",
                by_step(args.rounds, tuple(args.lengths), args.top))


if __name__ == "__main__":
    main()
