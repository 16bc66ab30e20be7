"""Start-up cost of the command line and the server: CPU-seconds of ``okg --help``, of ``okg extract`` on a
small report, of ``import api.app`` and of ``okg serve`` on an empty embedded store to its first answered ``/health``
(and of its query processes' fork server, once it has loaded its modules), against the bare interpreter, in
interleaved rounds (children's CPU time; the server's and its fork server's read from the running processes).

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
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import psutil

from benchmarks.common import Row
from benchmarks.rounds import Contender, measure

ROOT = Path(__file__).resolve().parents[1]
SMALL_REPORT = ROOT / "api" / "samples" / "d01.txt"


def _env(bytecode: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": bytecode, "XDG_CACHE_HOME": bytecode}


def _child(args: list[str], bytecode: str, root: Path = ROOT) -> None:
    subprocess.run([sys.executable, *args], cwd=root, check=True, stdout=subprocess.DEVNULL, env=_env(bytecode))


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def serve_once(bytecode: str, root: Path = ROOT) -> tuple[float, float]:
    """CPU-seconds of ``okg serve`` on an empty embedded store (a new temporary folder) until it first answers
    ``/health``, and of its fork server (:mod:`graph.query_process`) once that has loaded its modules (its CPU time
    still for 0.5 s; 0.0 when it started none within 20 s). ``root``: the checkout served. Raises
    ``RuntimeError`` when the server answers no ``/health`` within 60 s."""
    from graph.backends.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory(prefix="okg-startup-store-") as folder, socket.socket() as probe:
        with EmbeddedStore(Path(folder) / "store"):  # made empty
            pass
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        server = subprocess.Popen([sys.executable, "-m", "api", "serve", "--store", str(Path(folder) / "store"),
                                   "--port", str(port)], cwd=root, env={**_env(bytecode), "NEO4J_URI": ""},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            process = psutil.Process(server.pid)
            at_health = _until(lambda: _answers(f"http://127.0.0.1:{port}/health"), 60.0)
            served = _cpu(process) if at_health else None
            fork_server = _fork_server(process)
        finally:
            server.terminate()
            server.wait(30)
    if served is None:
        raise RuntimeError(f"okg serve of {root} answered no /health within 60 s")
    return served, fork_server


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.status == 200
    except OSError:
        return False


def _until(done: Callable[[], bool], seconds: float) -> bool:
    """Whether ``done()`` came true within ``seconds``, asked every 20 ms."""
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        if done():
            return True
        time.sleep(0.02)
    return False


def _fork_server(server: psutil.Process) -> float:
    """CPU-seconds of ``server``'s fork server once its CPU time has stood still for 0.5 s; 0.0 without one."""
    found: list[psutil.Process] = []

    def started() -> bool:
        found[:] = [p for p in server.children() if "forkserver" in " ".join(p.cmdline())]
        return bool(found)

    if not _until(started, 20.0):
        return 0.0
    last = -1.0
    while (now := _cpu(found[0])) != last:
        last = now
        time.sleep(0.5)
    return now


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: The commands measured, by name: a child interpreter's arguments.
COMMANDS = {"python -c pass (baseline)": ["-c", "pass"], "okg --help": ["-m", "api", "--help"],
            "okg extract (small report)": ["-m", "api", "extract", str(SMALL_REPORT)],
            "import api.app": ["-c", "import api.app"]}
SERVE = "okg serve (empty store) to /health"
FORK_SERVER = "its fork server, modules loaded"


def run(rounds: int = 5) -> list[Row]:
    """CPU-seconds per start, min / median / max, and the median less the bare interpreter's."""
    spent: dict[str, list[float]] = {}

    def timed(name: str, args: list[str], bytecode: str) -> Contender:
        def once() -> None:
            before = _children_cpu()
            _child(args, bytecode)
            spent.setdefault(name, []).append(_children_cpu() - before)
        return Contender(name, once)

    def serving(bytecode: str) -> Contender:
        def once() -> None:
            served, fork_server = serve_once(bytecode)
            spent.setdefault(SERVE, []).append(served)
            spent.setdefault(FORK_SERVER, []).append(fork_server)
        return Contender(SERVE, once)

    with tempfile.TemporaryDirectory(prefix="okg-startup-bytecode-") as bytecode:
        measure([*(timed(name, args, bytecode) for name, args in COMMANDS.items()), serving(bytecode)], rounds, "wall")
    base = sorted(spent["python -c pass (baseline)"][1:])[rounds // 2]
    out = []
    for name, values in spent.items():
        values = sorted(values[1:])  # the first was the warm-up
        median = values[len(values) // 2]
        out.append({"what": name, "rounds": len(values), "min_cpu_s": values[0], "median_cpu_s": median,
                    "max_cpu_s": values[-1], "median_less_interpreter_s": median - base})
    return out
