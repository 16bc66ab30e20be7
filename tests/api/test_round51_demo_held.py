"""``okg demo`` on a store already holding the samples says so before any ingest progress (newuser36 B3, round 51:
"ingesting: 2/11 … 11/11", about 4 s, came before the line saying the store held them, stored there by another copy
of okg). The samples stored from another folder (another clone's), then the demo on that default store: its first
line about them is that they are held, and no summary table follows."""
from __future__ import annotations

import shutil
from pathlib import Path

from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import demo_said
from graph.backends.embedded import EmbeddedStore

HELD = "holds the 11 sample reports already"


def test_a_store_holding_the_samples_is_said_to_before_the_check_s_progress(tmp_path: Path) -> None:
    other = shutil.copytree(SAMPLES, tmp_path / "another-clone" / "samples")
    with EmbeddedStore(tmp_path / ".local" / "share" / "oversight-kg" / "store") as db:
        assert {r.outcome for r in ingest(expand([str(other)]), db)} == {"inserted"}
    lines = demo_said(tmp_path).splitlines()
    held = next(i for i, line in enumerate(lines) if HELD in line)
    progress = [i for i, line in enumerate(lines) if line.startswith("checking")]  # newuser37 B4: not "ingesting"
    assert progress and held < progress[0] and not any(line.startswith("ingesting") for line in lines), lines
    assert not any("┃ report" in line or "inserted," in line for line in lines), lines  # no summary table after it


def test_a_store_missing_one_sample_s_text_holds_them_not(tmp_path: Path) -> None:
    """The check the line rests on, without a demo: a store with ten of the eleven samples does not hold them."""
    from api.cli import _others_held

    samples = expand([SAMPLES])
    with EmbeddedStore(tmp_path / "store") as db:
        assert _others_held(db, samples) is None
        ingest(samples[:-1], db)
        assert _others_held(db, samples) is None
        ingest(samples[-1:], db)
        assert _others_held(db, samples) == 0
