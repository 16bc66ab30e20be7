"""Patterns built from the table kept between runs (loaders.lexicon.pattern_cache) are re's own.

``re.Pattern`` equality compares flags, text and compiled code, so a pattern built from stored code
equals the one ``re`` compiles only when the stored code is that pattern's, item for item.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]

import pytest

from loaders.lexicon import charsets, first_chars, pattern_cache
from loaders.lexicon.tables import rows
from tests.loaders.test_charsets import _extractors_patterns

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def empty_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's table emptied for one test (and given back after it)."""
    monkeypatch.setattr(pattern_cache, "_table", {})
    monkeypatch.setattr(pattern_cache, "_used", {})
    monkeypatch.setattr(pattern_cache, "_state", {"grew": False, "path": None})
    yield


def _re_s_own(text: str, flags: int):
    """``text`` compiled by ``re``'s own compiler and class optimisation, bypassing both of loaders'."""
    _compiler._optimize_charset = charsets._original
    try:
        return pattern_cache._original(text, flags)
    finally:
        charsets.share()


def test_loaders_compiles_through_the_table() -> None:
    assert _compiler.compile is pattern_cache.compile


def test_the_extractors_patterns_built_from_a_written_table_are_re_s_own(empty_table: None, tmp_path: Path) -> None:
    patterns = [p for p in _extractors_patterns() if isinstance(p.pattern, str)]  # a bytes pattern is not kept
    assert len(patterns) > 300  # the census reaches the extractors' patterns
    for pattern in patterns:
        pattern_cache.compile(pattern.pattern, pattern.flags)
    pattern_cache.save(tmp_path / "table")
    pattern_cache._table.clear()
    pattern_cache.load(tmp_path / "table")
    built = {(p.pattern, p.flags): pattern_cache.cached(p.pattern, p.flags) for p in patterns}  # a text may have two flags
    assert [key for key, p in built.items() if p is None] == []
    assert [key for key, p in built.items() if p != _re_s_own(*key)] == []


def test_quick_reads_a_kept_pattern_as_it_read_it(empty_table: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written = [(row["pattern"], 0) for row in rows("activity-triggers")] + [
        ("(?:县|市)?人大常委会", 0), (r"^\s*这是", 0), ("[a-z]+", 0), ("(?i)ab", 0), ("(?:开展|进行)了?询问", re.DOTALL)]
    fresh = {written: first_chars._quick(*written) for written in written}
    for text, flags in written:
        first_chars.quick.__wrapped__(text, flags)
    pattern_cache.save(tmp_path / "table")
    pattern_cache._table.clear()
    monkeypatch.setattr(first_chars, "_FIRST", {})  # the patterns' first characters as read from the table alone
    pattern_cache.load(tmp_path / "table")
    assert [w for w in written if pattern_cache.recall(*w, first_chars._KEPT_AS) is None] == []  # read from the table
    for (text, flags), (pattern, first) in fresh.items():
        kept = first_chars.quick.__wrapped__(text, flags)
        assert kept == pattern, text
        assert first_chars._FIRST.get(id(kept), (None, ""))[1] == first, text


def test_an_entry_re_refuses_is_compiled_afresh(empty_table: None) -> None:
    text = "执法检查|专题询问"
    pattern_cache._table[(text, 0)] = (32, [999, 1, 2], 0, {}, (None,))  # no code of any pattern
    assert pattern_cache.cached(text, 0) is None
    assert (text, 0) not in pattern_cache._table
    assert pattern_cache.compile(text, 0) == _re_s_own(text, 0)


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xff" * 64])
def test_a_table_that_does_not_load_is_ignored(empty_table: None, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "table").write_bytes(content)
    pattern_cache.load(tmp_path / "table")
    assert pattern_cache._table == {}


def test_an_unwritable_place_leaves_the_table_unwritten(empty_table: None, tmp_path: Path) -> None:
    pattern_cache.compile("视察|调研", 0)
    (tmp_path / "file").write_text("")
    pattern_cache.save(tmp_path / "file" / "table")  # its directory is a file
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_at_most_max_patterns_are_written_those_used_first(empty_table: None, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 3)
    for word in ("甲", "乙", "丙", "丁"):
        pattern_cache.compile(word + "+", 0)
    pattern_cache._used.clear()
    pattern_cache.cached("丁+", 0)  # used in this run: kept before those that were not
    pattern_cache.save(tmp_path / "table")
    pattern_cache._table.clear()
    pattern_cache.load(tmp_path / "table")
    assert [text for text, _ in pattern_cache._table] == ["丁+", "甲+", "乙+"]


def _extract_in_a_new_process(cache: Path) -> dict:
    """The Facts JSON of a sample extracted in a fresh interpreter whose cache directory is ``cache``,
    and whether that process added to the table."""
    script = ("import json, sys; from loaders import extracted, read; from loaders.lexicon import pattern_cache; "
              "facts = extracted(read(sys.argv[1])).to_json(); "
              "print(json.dumps({'facts': facts, 'grew': pattern_cache._state['grew']}, ensure_ascii=False))")
    done = subprocess.run([sys.executable, "-c", script, str(ROOT / "api" / "samples" / "d01.txt")], cwd=ROOT,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache)}, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def test_a_second_run_builds_every_pattern_from_the_table_and_finds_the_same(tmp_path: Path) -> None:
    first = _extract_in_a_new_process(tmp_path)
    assert first["grew"] and pattern_cache.path().name in os.listdir(tmp_path / "oversight-kg")
    second = _extract_in_a_new_process(tmp_path)
    assert second == {"facts": first["facts"], "grew": False}
