"""Start-up cost of the command line: CPU-seconds of ``okg --help`` and of ``okg extract`` on a
small report, against the bare interpreter, in interleaved rounds (children's CPU time)."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Row
from benchmarks.rounds import Contender, measure

ROOT = Path(__file__).resolve().parents[1]
SMALL_REPORT = ROOT / "api" / "samples" / "d01.txt"


def _child(args: list[str]) -> None:
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(rounds: int = 5) -> list[Row]:
    """CPU-seconds per start, min / median / max, and the median less the bare interpreter's."""
    commands = {"python -c pass (baseline)": ["-c", "pass"], "okg --help": ["-m", "api", "--help"],
                "okg extract (small report)": ["-m", "api", "extract", str(SMALL_REPORT)]}
    spent: dict[str, list[float]] = {}

    def timed(name: str, args: list[str]) -> Contender:
        def once() -> None:
            before = _children_cpu()
            _child(args)
            spent.setdefault(name, []).append(_children_cpu() - before)
        return Contender(name, once)

    measure([timed(name, args) for name, args in commands.items()], rounds, "wall")
    base = sorted(spent["python -c pass (baseline)"][1:])[rounds // 2]
    out = []
    for name, values in spent.items():
        values = sorted(values[1:])  # the first was the warm-up
        median = values[len(values) // 2]
        out.append({"what": name, "rounds": len(values), "min_cpu_s": values[0], "median_cpu_s": median,
                    "max_cpu_s": values[-1], "median_less_interpreter_s": median - base})
    return out
