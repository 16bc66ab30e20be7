"""The README's "Your first report" runs as written (a first-time analyst, round 39: a quickstart to follow verbatim):
its files are written and its commands run from the README's own text, through the installed ``okg`` entry point and
curl against ``okg serve``, and every output line it shows (``…`` marking what it leaves out) is found in what the
command printed, in order, so the quickstart cannot drift from what okg does.

The one liberty taken: the port. ``okg serve`` is given a free port and the commands' ``127.0.0.1:8000`` name it, so the
test runs beside a server on 8000. The default store (``OKG_STORE``) holds what Set up's ``okg demo`` leaves there, a
sample report naming the same law among them, as a user following the README has it (a new user's round 47, B1: the
quickstart's search found 3, not the 2 it shows, and its SPARQL every demo law). The command after ``okg serve … &``
runs at once, as pasted lines do: nothing waits for the server but what the README writes (a new user's round 48, B3:
the search's curl, run while the server started, printed nothing)."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from unavailable import unavailable

from api.cli import SAMPLES
from api.ingest import ingest
from graph.backends.embedded import EmbeddedStore

README = Path(__file__).parents[1] / "README.md"
SECTION = "## Your first report"
_FENCE = re.compile(r"^```(\w+)(?: (\S+))?\n(.*?)^```$", re.M | re.S)
_DEFAULT_PORT = "127.0.0.1:8000"


@dataclass
class Step:
    """One command of a console block and the output lines shown under it."""

    command: str
    shown: list[str] = field(default_factory=list)


def quickstart() -> tuple[dict[str, str], list[Step]]:
    """The section's files (a ``text NAME`` block: name → content) and its console steps, in order."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{SECTION}\n")
    section = text[start:text.index("\n## ", start + 1)]
    files, steps = {}, []
    for kind, name, body in _FENCE.findall(section):
        if kind == "text" and name:
            files[name] = body
        elif kind == "console":
            for line in body.splitlines():
                if line.startswith("$ "):
                    steps.append(Step(line[2:]))
                elif line.strip():
                    steps[-1].shown.append(line)
    return files, steps


def missing(shown: list[str], output: str) -> str | None:
    """The first shown line (or part of one between ``…``) not found in ``output`` after the one before it, white
    space runs read as one; None when all are there in order."""
    flat, at = " ".join(output.split()), 0
    for line in shown:
        for part in (" ".join(piece.split()) for piece in line.split("…")):
            if not part:
                continue
            found = flat.find(part, at)
            if found < 0:
                return part
            at = found + len(part)
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_quickstart_parses_into_files_and_commands() -> None:
    """The section holds what the test runs: the report file and the four kinds of command it names."""
    files, steps = quickstart()
    assert list(files) == ["first.txt"] and files["first.txt"].startswith("url: ")
    assert [step.command.split()[:2] for step in steps][:3] == [["okg", "extract"], ["okg", "ingest"], ["okg", "serve"]]
    assert sum(step.command.startswith("curl ") for step in steps) == 2 and all(step.shown for step in steps)
    assert missing(["a … c"], "a b c") is None and missing(["c … a"], "a b c") == "a"  # in order


def test_the_quickstart_runs_as_the_readme_writes_it(tmp_path: Path) -> None:
    if shutil.which("curl") is None:
        unavailable("curl is not installed (the README's quickstart calls it)")
    files, steps = quickstart()
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "OKG_STORE": str(tmp_path / "store"), "NO_COLOR": "1", "COLUMNS": "120",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("NEO4J_URI", None)
    with EmbeddedStore(tmp_path / "store") as demo:  # as Set up's okg demo leaves the default store, in part
        ingest([SAMPLES / "seed.txt"], demo)
        assert any("湿地保护法" in row["title"] for row in demo.laws())
    server: subprocess.Popen[str] | None = None
    served: list[str] = []
    try:
        for step in steps:
            command = step.command.replace(_DEFAULT_PORT, f"127.0.0.1:{port}")
            shown = [line.replace(_DEFAULT_PORT, f"127.0.0.1:{port}") for line in step.shown]
            if command.endswith("&"):  # okg serve, in the background: the next command follows at once
                server = subprocess.Popen(f"exec {command.rstrip('&').strip()} --port {port}", shell=True, cwd=tmp_path,
                                          env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                served = shown
                continue
            done = subprocess.run(command, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
            output = done.stdout + done.stderr
            assert done.returncode == 0, (command, output[-2000:])
            assert missing(shown, output) is None, (command, missing(shown, output), output[-3000:])
        assert server is not None and server.stdout is not None
        first = server.stdout.readline()
        assert missing(served, first) is None, first
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as page:  # step 4's explorer
            assert "<title>oversight-kg" in page.read().decode("utf-8")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)

