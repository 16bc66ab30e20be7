"""API latency under a bounded loopback load: p50/p95/p99 and requests/s per route, on each store.

The server is the real one (``okg serve`` in a child process on 127.0.0.1);
several asyncio clients send requests one route at a time. Every phase stops
after ``max_requests`` or ``max_seconds``, whichever comes first, so a slow
route costs bounded time. The baseline is ``/health`` under the same load:
the cost of the framework and the loopback, which no query can beat. Beside
the latencies, the server's CPU time per request over the phase (not
stretched by other work on the machine, as the wall time is). The
server's resident memory is sampled throughout, against its idle memory.

The phase runs in interleaved rounds (:func:`run`): each round starts every store's server afresh, the
stores in an order rotated per round and the routes too, so that each round measures the same thing (a
server's first visits included: a hub's first neighbourhood, a table's first page) and a disturbance of the
shared machine, or a route always following another, hits no store or route alone. Each route's p50 and p99
are the median of the rounds' with their min and max.
"""
from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx
import psutil

from benchmarks.common import PeakRss, Row, rss_mb
from api.neo4j_runtime import free_port
from loaders.lexicon.tables import column

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Load:
    """How hard and how long each phase pushes."""

    clients: int = 4
    max_requests: int = 100  # per route and round
    max_seconds: float = 4.0  # per route and round
    timeout: float = 60.0
    rounds: int = 3


def start_server(flags: list[str], env: dict[str, str] | None, cwd: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``okg serve`` on a free loopback port; returns once ``/health`` answers (60 s at most)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api", "serve", *flags, "--host", HOST, "--port", str(port)],
                            cwd=cwd, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"okg serve {' '.join(flags)} exited with {proc.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError("okg serve did not answer /health within 60 s")


def _iris(base: str, q: str, kind: str, n: int) -> list[str]:
    page = httpx.get(f"{base}/search", params={"q": q, "type": kind, "limit": n}, timeout=120).json()
    return [row["iri"] for row in page["items"]]  # a page: {"total", "limit", "offset", "items"}


def _new_queries(words: list[str], seed: int) -> Callable[[random.Random], str]:
    """Searches no request asked before: two to four characters cut from the law catalog's titles
    (``loaders/lexicon/data/cn-law-catalog.csv``, which the generated corpus draws on), each asked once, in
    an order fixed by ``seed``, so that the server's kept answers (:attr:`graph.name_index.OpenedIndex.results`)
    never serve them and each is searched afresh. They come from the catalog, not from the server's answers,
    so two versions of the code are asked the same searches."""
    titles = column("cn-law-catalog", "short_title")
    cuts = sorted({title[i:i + size] for title in titles for size in (2, 3, 4) for i in range(len(title) - size + 1)}
                  - set(words))
    random.Random(seed).shuffle(cuts)
    unasked = iter(cuts)
    return lambda r: f"/search?q={quote(next(unasked))}&limit=20"


def routes(base: str, seed: int = 0) -> dict[str, Callable[[random.Random], str]]:
    """Each measured route as a function from a random source to a request path."""
    organs = _iris(base, "人民代表大会常务委员会", "Organ", 50) or ["organ/none"]
    laws = _iris(base, "法", "Law", 50) or ["law/none"]
    words = ["条例", "人民政府", "保护法", "常务委员会", "安全", "教育", "生态环境", "法院"]
    # the most inspected laws: the hubs whose neighbourhoods are the largest
    hubs = [row["iri"] for row in httpx.get(f"{base}/laws", params={"inspected": "true", "limit": 5},
                                            timeout=600).json()["items"]] or laws

    def enc(iri: str) -> str:
        return quote(iri, safe="")

    return {
        "/health (baseline)": lambda r: "/health",
        "search": lambda r: f"/search?q={quote(r.choice(words))}&limit=20",
        "search, each query new": _new_queries(words, seed),
        "neighbours depth 2": lambda r: f"/entities/{enc(r.choice(organs + laws))}/neighbors?depth=2&limit=200",
        "neighbours depth 2, hub law": lambda r: f"/entities/{enc(r.choice(hubs))}/neighbors?depth=2&limit=200",
        "paths": lambda r: f"/paths?from={enc(r.choice(organs))}&to={enc(r.choice(laws))}&max_hops=4",
        "laws table": lambda r: "/laws?inspected=true&limit=100",
        "coverage": lambda r: "/coverage",
    }


async def _phase(base: str, make: Callable[[random.Random], str], load: Load, seed: int) -> tuple[list[float], int, float]:
    """Run one route under ``load.clients`` concurrent clients; latencies (s), failures, wall time."""
    latencies: list[float] = []
    failures = 0
    sent = 0
    began = time.perf_counter()
    deadline = began + load.max_seconds

    async def client(n: int, http: httpx.AsyncClient) -> None:
        nonlocal failures, sent
        rng = random.Random(seed * 1000 + n)
        while sent < load.max_requests and time.perf_counter() < deadline:
            sent += 1
            path = make(rng)
            start = time.perf_counter()
            try:
                response = await http.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - start)
            failures += not ok

    limits = httpx.Limits(max_connections=load.clients)
    async with httpx.AsyncClient(base_url=base, timeout=load.timeout, limits=limits) as http:
        await asyncio.gather(*(client(n, http) for n in range(load.clients)))
    return latencies, failures, time.perf_counter() - began


def measure(base: str, pid: int, load: Load = Load(), seed: int = 0,
            shift: int = 0) -> tuple[list[Row], dict[str, float]]:
    """Every route in turn against one running server, starting at the ``shift``-th (rotated); rows in the
    order of :func:`routes` plus the server's memory."""
    idle = rss_mb(pid)
    found: dict[str, Row] = {}
    with PeakRss(pid) as peak:
        table = routes(base, seed)
        server = psutil.Process(pid)
        names = list(table)
        shift %= len(names)
        for name in names[shift:] + names[:shift]:
            began = server.cpu_times()
            latencies, failures, wall = asyncio.run(_phase(base, table[name], load, seed))
            used = server.cpu_times()
            cpu = used.user + used.system - began.user - began.system
            found[name] = {**_summary(name, latencies, failures, wall),
                           "server_cpu_ms_per_request": 1000 * cpu / len(latencies) if latencies else float("nan")}
    rows = [found[name] for name in names]
    health = rows[0]["p50_ms"]
    for row in rows:
        row["p50_vs_health"] = row["p50_ms"] / health if health else None
    return rows, {"idle_rss_mb": idle, "peak_rss_mb": peak.peak_mb}


def _summary(name: str, latencies: list[float], failures: int, wall: float) -> Row:
    ms = sorted(x * 1000 for x in latencies)

    def pct(p: float) -> float:
        return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))] if ms else float("nan")

    return {"route": name, "requests": len(ms), "failed": failures, "p50_ms": pct(50), "p95_ms": pct(95),
            "p99_ms": pct(99), "mean_ms": statistics.fmean(ms) if ms else float("nan"),
            "requests_per_s": len(ms) / wall if wall else 0.0}


def run(targets: list[tuple[str, list[str], dict[str, str] | None]], cwd: Path, load: Load = Load()) -> dict[str, dict]:
    """``[(store name, okg serve flags, env)]`` → per store: ``routes`` (:func:`over_rounds`), ``rounds`` (each
    round's rows, :func:`measure`), ``memory`` (idle and peak RSS in MiB, the highest over the rounds) and
    ``load``. ``load.rounds`` interleaved rounds, each with every store's server started afresh, stores and
    routes in an order rotated per round."""
    per_round: dict[str, list[list[Row]]] = {name: [] for name, _, _ in targets}
    memory: dict[str, list[dict[str, float]]] = {name: [] for name, _, _ in targets}
    for n in range(load.rounds):
        shift = n % len(targets)
        for name, flags, env in targets[shift:] + targets[:shift]:
            proc, base = start_server(flags, env, cwd)
            try:
                rows, used = measure(base, proc.pid, load, shift=n)
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            per_round[name].append(rows)
            memory[name].append(used)
    settings = {"rounds": load.rounds, "clients": load.clients, "max_requests": load.max_requests,
                "max_seconds": load.max_seconds}
    return {name: {"routes": over_rounds(per_round[name]), "rounds": per_round[name], "load": settings,
                   "memory": {key: max(m[key] for m in memory[name]) for key in memory[name][0]}}
            for name, _, _ in targets}


def over_rounds(rounds: list[list[Row]]) -> list[Row]:
    """One row per route from each round's (:func:`measure`, routes in the same order): p50, p95, p99, mean,
    requests/s and server CPU per request as the median of the rounds', p50 and p99 also with their min and
    max (``p50_min_ms``, ``p50_max_ms``…); requests and failures summed; ``p50_vs_health`` and
    ``p99_vs_health``, the medians against ``/health``'s (the first route) in the same rounds."""
    out: list[Row] = []
    for rows in zip(*rounds):
        row: Row = {"route": rows[0]["route"], "rounds": len(rows), "requests": sum(r["requests"] for r in rows),
                    "failed": sum(r["failed"] for r in rows)}
        for key in ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "requests_per_s", "server_cpu_ms_per_request"):
            row[key] = statistics.median(r[key] for r in rows)
        for key in ("p50", "p99"):
            row[f"{key}_min_ms"] = min(r[f"{key}_ms"] for r in rows)
            row[f"{key}_max_ms"] = max(r[f"{key}_ms"] for r in rows)
        out.append(row)
    for row in out:
        for key in ("p50", "p99"):
            health = out[0][f"{key}_ms"]
            row[f"{key}_vs_health"] = row[f"{key}_ms"] / health if health else None
    return out
