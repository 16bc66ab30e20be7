"""A missing Neo4j, browser or shared file: skipped on a developer's machine, failed under CI."""
from __future__ import annotations

from pathlib import Path

import pytest
from unavailable import require


def test_a_missing_file_fails_under_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="missing"):
        require(tmp_path / "score_facts.py")
    require(tmp_path)  # present: goes on


def test_a_missing_file_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="missing"):
        require(tmp_path / "score_facts.py")
