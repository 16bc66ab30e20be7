"""The Facts JSON of every bundled sample stays what it was, except for deliberate changes.

The snapshots under ``snapshots/`` were written by the extractor before loaders/
was reorganised; a change of the extractor's output shows up here as a diff to
review. After a deliberate change, rewrite them with
``python -m tests.loaders.test_facts_snapshots`` and commit the diff with its reason.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.read import read

SAMPLES = Path(__file__).resolve().parents[2] / "api" / "samples"
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def facts_json(path: Path) -> dict:
    return json.loads(json.dumps(extract(read(path)).to_json(), ensure_ascii=False))


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_facts_match_snapshot(path: Path) -> None:
    expected = json.loads((SNAPSHOTS / f"{path.stem}.json").read_text(encoding="utf-8"))
    actual = facts_json(path)
    for key in expected:  # keys added since (the report's metadata) are not compared
        assert actual[key] == expected[key], f"{path.name}: {key} changed"


if __name__ == "__main__":
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = json.dumps(facts_json(sample), ensure_ascii=False, indent=1, sort_keys=True)
        (SNAPSHOTS / f"{sample.stem}.json").write_text(text + "\n", encoding="utf-8")
