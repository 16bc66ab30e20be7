"""``okg demo`` on a store already holding the samples says so before any ingest progress (newuser36 B3, round 51:
"ingesting: 2/11 … 11/11", about 4 s, came before the line saying the store held them, stored there by another copy
of okg). The samples stored from another folder (another clone's), then the demo on that default store: its first
line about them is that they are held, and no summary table follows."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import free_port
from graph.backends.embedded import EmbeddedStore

HELD = "holds the 11 sample reports already"


def _demo(home: Path) -> str:
    """``okg demo`` in ``home`` until it serves, then stopped: what it wrote on stderr."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name not in ("OKG_STORE", "XDG_DATA_HOME", "NEO4J_URI")}
    proc = subprocess.Popen([sys.executable, "-m", "api", "demo", "--port", str(port)], env={**env, "HOME": str(home)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("okg demo did not start serving within 120 s")
    finally:
        proc.terminate()
        _, said = proc.communicate(timeout=30)
    return said


def test_a_store_holding_the_samples_is_said_to_before_the_check_s_progress(tmp_path: Path) -> None:
    other = shutil.copytree(SAMPLES, tmp_path / "another-clone" / "samples")
    with EmbeddedStore(tmp_path / ".local" / "share" / "oversight-kg" / "store") as db:
        assert {r.outcome for r in ingest(expand([str(other)]), db)} == {"inserted"}
    lines = _demo(tmp_path).splitlines()
    held = next(i for i, line in enumerate(lines) if HELD in line)
    progress = [i for i, line in enumerate(lines) if line.startswith("ingesting")]
    assert progress and held < progress[0], lines
    assert not any("┃ report" in line or "inserted," in line for line in lines), lines  # no summary table after it


def test_a_store_missing_one_sample_s_text_holds_them_not(tmp_path: Path) -> None:
    """The check the line rests on, without a demo: a store with ten of the eleven samples does not hold them."""
    from api.cli import _holds_texts

    samples = expand([SAMPLES])
    with EmbeddedStore(tmp_path / "store") as db:
        assert not _holds_texts(db, samples)
        ingest(samples[:-1], db)
        assert not _holds_texts(db, samples)
        ingest(samples[-1:], db)
        assert _holds_texts(db, samples)
