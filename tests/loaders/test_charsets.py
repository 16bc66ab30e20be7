"""Classes optimised once per process (loaders.lexicon.charsets) compile to the same code as re's own.

``re.Pattern`` equality compares flags, text and compiled code, so a pattern compiled with the shared
optimisations equals one compiled with ``re``'s alone only when every class came out the same.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from re import _compiler  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

import loaders.extract
from loaders.lexicon import charsets, pattern_cache, triggers
from loaders.lexicon.patterns import HAN

CLASSES = [HAN, "[\u3400-\u9fff\uf900-\ufaff]", "[一二三四五六七八九十]", "[^，。；]", r"[\d\s]", "[a-z]",
           "[、和与及]", "[\u4e00-\u9fff“”《》]", "[\U00020000-\U0002a6df]"]


def _items(cls: str) -> list:
    (op, av), = _parser.parse(cls).data
    assert op is _parser.IN
    return av


@pytest.mark.parametrize("cls", CLASSES)
def test_a_class_is_optimised_as_re_does_and_again_the_same(cls: str) -> None:
    expected = charsets._original(_items(cls))
    assert charsets._optimize_charset(_items(cls)) == expected
    assert charsets._optimize_charset(_items(cls)) == expected  # the kept answer


def test_a_case_folded_class_is_not_kept() -> None:
    before = charsets._optimised.cache_info().currsize
    assert pattern_cache._original("[a-zé]", re.IGNORECASE).match("É")  # compiled, though a table may hold it
    assert charsets._optimised.cache_info().currsize == before


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


def test_the_extractors_patterns_compile_to_re_s_own_code() -> None:
    patterns = _extractors_patterns()
    assert len(patterns) > 300  # the census reaches the extractors' patterns
    assert _compiler._optimize_charset is charsets._optimize_charset  # loaders shares classes
    _compiler._optimize_charset = charsets._original
    try:
        # re's own compiler, not the table of compiled patterns (loaders.lexicon.pattern_cache) loaders installs
        differing = [p.pattern for p in patterns if pattern_cache._original(p.pattern, p.flags) != p]
    finally:
        charsets.share()
    assert differing == []
