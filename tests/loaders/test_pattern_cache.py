"""re's compilation sped up (loaders.lexicon.pattern_cache) gives re's own patterns.

``re.Pattern`` equality compares flags, text and compiled code, so a pattern compiled with the classes kept
per process, or built from stored code, equals the one ``re`` compiles only when every class came out the
same and the stored code is that pattern's, item for item.
"""
from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

import loaders.extract
from loaders.lexicon import first_chars, literals, pattern_cache, triggers
from loaders.lexicon.patterns import HAN
from loaders.lexicon.tables import rows

ROOT = Path(__file__).resolve().parents[2]
CLASSES = [HAN, "[\u3400-\u9fff\uf900-\ufaff]", "[一二三四五六七八九十]", "[^，。；]", r"[\d\s]", "[a-z]",
           "[、和与及]", "[\u4e00-\u9fff“”《》]", "[\U00020000-\U0002a6df]"]


@pytest.fixture
def empty_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This process's table emptied for one test (and given back after it)."""
    monkeypatch.setattr(pattern_cache, "_table", {})
    monkeypatch.setattr(pattern_cache, "_used", {})
    monkeypatch.setattr(pattern_cache, "_state", {"grew": False, "path": None})
    yield


@pytest.fixture
def bare_re(monkeypatch: pytest.MonkeyPatch) -> None:
    """``re`` as it is without loaders (its own compiler and class optimisation) for one test."""
    monkeypatch.setattr(_compiler, "compile", pattern_cache._re_compile)
    monkeypatch.setattr(_compiler, "_optimize_charset", pattern_cache._re_optimize_charset)


def _re_s_own(text: str, flags: int) -> re.Pattern[str]:
    """``text`` compiled by ``re``'s own compiler and class optimisation, bypassing both of loaders'."""
    _compiler._optimize_charset = pattern_cache._re_optimize_charset
    try:
        return pattern_cache._re_compile(text, flags)
    finally:
        _compiler._optimize_charset = pattern_cache._optimize_charset


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 2 and isinstance(value, (list, tuple, dict)):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _patterns(item, depth + 1)


def _extractors_patterns() -> list[re.Pattern[str]]:
    """Every pattern the extractors hold at module level (in lists, tuples and dicts too) or build from
    the lexicon's tables."""
    for info in pkgutil.walk_packages(loaders.extract.__path__, "loaders.extract."):
        importlib.import_module(info.name)
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    modules = [m for name, m in list(sys.modules.items()) if name.startswith("loaders.")]
    tables = [triggers.triggers(), triggers.follow_ups(), triggers.restatements()]
    for value in [*(v for m in modules for v in vars(m).values()), *tables]:
        for pattern in _patterns(value):
            found[(pattern.pattern, pattern.flags)] = pattern
    return list(found.values())


def _items(cls: str) -> list:
    (op, av), = _parser.parse(cls).data
    assert op is _parser.IN
    return av


@pytest.mark.parametrize("cls", CLASSES)
def test_a_class_is_optimised_as_re_does_and_again_the_same(cls: str) -> None:
    expected = pattern_cache._re_optimize_charset(_items(cls))
    assert pattern_cache._optimize_charset(_items(cls)) == expected
    assert pattern_cache._optimize_charset(_items(cls)) == expected  # the kept answer


def test_a_case_folded_class_is_not_kept() -> None:
    before = pattern_cache._optimised.cache_info().currsize
    assert pattern_cache._re_compile("[a-zé]", re.IGNORECASE).match("É")  # compiled, though a table may hold it
    assert pattern_cache._optimised.cache_info().currsize == before


def test_the_extractors_patterns_compile_to_re_s_own_code() -> None:
    patterns = _extractors_patterns()
    assert len(patterns) > 300  # the census reaches the extractors' patterns
    assert [p.pattern for p in patterns if _re_s_own(p.pattern, p.flags) != p] == []


def test_loaders_hooks_both_at_once() -> None:
    assert pattern_cache.fits()  # the Python the project runs on: a start that skipped the hooks is slow unnoticed
    assert _compiler.compile is pattern_cache.compile
    assert _compiler._optimize_charset is pattern_cache._optimize_charset


def test_a_python_whose_re_differs_is_left_as_it_is(bare_re: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # as if a later Python gave one of the private functions another parameter: neither is replaced
    monkeypatch.setitem(pattern_cache.EXPECTED_PARAMETERS, "_optimize_charset", ("charset", "iscased", "fixup"))
    pattern_cache.fits.cache_clear()
    try:
        assert not pattern_cache.fits()
        pattern_cache.install()
        assert _compiler.compile is pattern_cache._re_compile
        assert _compiler._optimize_charset is pattern_cache._re_optimize_charset
    finally:
        monkeypatch.undo()
        pattern_cache.fits.cache_clear()
    assert pattern_cache.fits()


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


def test_needed_reads_a_kept_pattern_as_it_read_it(empty_table: None, tmp_path: Path) -> None:
    written = [(row["pattern"], 0) for row in rows("activity-triggers")] + [
        ("(?:人民代表大会|人大)第?[一二三]+次", 0), ("审议|[^，]+", 0), ("(?i)ab", 0), ("听取.{0,8}报告", re.DOTALL)]
    fresh = {written: literals._needed(*written) for written in written}
    assert None in fresh.values() and any(fresh.values())  # unknown and known words both kept
    for text, flags in written:
        literals.needed.__wrapped__(text, flags)
    pattern_cache.save(tmp_path / "table")
    pattern_cache._table.clear()
    pattern_cache.load(tmp_path / "table")
    assert [w for w in written if pattern_cache.recall(*w, literals._KEPT_AS) is None] == []  # read from the table
    assert {written: literals.needed.__wrapped__(*written) for written in written} == fresh


def test_an_entry_re_refuses_is_compiled_afresh(empty_table: None) -> None:
    text = "执法检查|专题询问"
    pattern_cache._table[(text, 0)] = (32, [999, 1, 2], 0, {}, (None,))  # no code of any pattern
    assert pattern_cache.cached(text, 0) is None
    assert (text, 0) not in pattern_cache._table
    assert pattern_cache.compile(text, 0) == _re_s_own(text, 0)


def test_a_pattern_given_as_a_text_of_a_subclass_is_kept_as_a_text(empty_table: None, tmp_path: Path) -> None:
    """lxml hands trafilatura's XPath-read patterns as ``_ElementUnicodeResult``, a ``str`` that marshal does
    not write: once kept, the whole table failed to save at exit (``okg extract`` of any HTML page)."""
    class Text(str):
        pass

    assert pattern_cache.compile(Text("^comments|comment-?list"), re.UNICODE) == _re_s_own("^comments|comment-?list", re.UNICODE)
    pattern_cache.save(tmp_path / "table")
    pattern_cache._table.clear()
    pattern_cache.load(tmp_path / "table")
    assert pattern_cache.cached("^comments|comment-?list", re.UNICODE) == _re_s_own("^comments|comment-?list", re.UNICODE)


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xff" * 64])
def test_a_table_that_does_not_load_is_ignored(tmp_path: Path, content: bytes) -> None:
    """Read apart from this process's table: any thread compiling a pattern meanwhile (pytest-xdist's
    channel does) adds to that table, which made a check of the table itself flaky under ``-n2``."""
    (tmp_path / "table").write_bytes(content)
    assert pattern_cache.read_table(tmp_path / "table") == {}


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
