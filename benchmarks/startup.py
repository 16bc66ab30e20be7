"""Start-up cost of the command line: CPU-seconds of ``okg --help`` and of ``okg extract`` on a
small report, against the bare interpreter, in interleaved rounds (children's CPU time).

Every child reads and writes bytecode in a cache of this run's own (``PYTHONPYCACHEPREFIX``, a
temporary directory), so the warm-up writes it and the measured rounds read it, as every start of an
installed ``okg`` after the first does, whether or not the checkout holds ``__pycache__`` directories
or the environment sets ``PYTHONDONTWRITEBYTECODE``: with it set and no cache, each start compiled the
project's modules from source (some 0.1 CPU-s of ``okg extract``), which no installed copy does. The
compiled patterns (:mod:`loaders.lexicon.pattern_cache`, in ``XDG_CACHE_HOME``) are kept in that same
directory, written by the warm-up and read by the rounds, whatever the user's cache holds."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row
from benchmarks.rounds import Contender, measure

ROOT = Path(__file__).resolve().parents[1]
SMALL_REPORT = ROOT / "api" / "samples" / "d01.txt"


def _child(args: list[str], bytecode: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env={**env, "PYTHONPYCACHEPREFIX": bytecode, "XDG_CACHE_HOME": bytecode})


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(rounds: int = 5) -> list[Row]:
    """CPU-seconds per start, min / median / max, and the median less the bare interpreter's."""
    commands = {"python -c pass (baseline)": ["-c", "pass"], "okg --help": ["-m", "api", "--help"],
                "okg extract (small report)": ["-m", "api", "extract", str(SMALL_REPORT)]}
    spent: dict[str, list[float]] = {}

    def timed(name: str, args: list[str], bytecode: str) -> Contender:
        def once() -> None:
            before = _children_cpu()
            _child(args, bytecode)
            spent.setdefault(name, []).append(_children_cpu() - before)
        return Contender(name, once)

    with tempfile.TemporaryDirectory(prefix="okg-startup-bytecode-") as bytecode:
        measure([timed(name, args, bytecode) for name, args in commands.items()], rounds, "wall")
    base = sorted(spent["python -c pass (baseline)"][1:])[rounds // 2]
    out = []
    for name, values in spent.items():
        values = sorted(values[1:])  # the first was the warm-up
        median = values[len(values) // 2]
        out.append({"what": name, "rounds": len(values), "min_cpu_s": values[0], "median_cpu_s": median,
                    "max_cpu_s": values[-1], "median_less_interpreter_s": median - base})
    return out
