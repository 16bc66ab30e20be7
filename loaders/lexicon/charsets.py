"""Each character class of the extractors' patterns optimised once, however many patterns hold it.

Python's ``re`` compiles every class of a pattern through ``re._compiler._optimize_charset``, which
marks a range character by character in a table of 65,536 entries: the Han range
(``[\\u4e00-\\u9fff]``, :data:`loaders.lexicon.patterns.HAN`) costs about 1.5 ms each time, and the
genre's patterns hold it some eighty times (0.1 CPU-s of ``okg extract``'s start, with some 1,500
smaller classes, most of them repeats). The optimisation depends on the class's items alone when the
pattern is case-sensitive, so :func:`share` keeps its answer per class and gives it again; a
case-insensitive class (compiled with case-folding functions) is optimised as before. The compiled
patterns are the same code, item for item (``tests/loaders/test_charsets.py`` compares them).
"""
from __future__ import annotations

import inspect
from functools import lru_cache
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

#: Distinct classes kept: the genre's patterns hold some 470.
MAX_CLASSES = 4096

_original = _compiler._optimize_charset


@lru_cache(maxsize=MAX_CLASSES)
def _optimised(items: tuple[tuple[Any, Any], ...]) -> tuple[tuple[tuple[Any, Any], ...], bool]:
    out, hascased = _original(list(items))
    return tuple(out), hascased


def _optimize_charset(charset: list[tuple[Any, Any]], iscased: Any = None, fixup: Any = None,
                      fixes: Any = None) -> tuple[list[tuple[Any, Any]], bool]:
    """``re._compiler._optimize_charset``, its answer kept per class when no case-folding is asked."""
    if iscased is not None or fixup is not None or fixes is not None:
        return _original(charset, iscased, fixup, fixes)
    try:
        out, hascased = _optimised(tuple(charset))
    except TypeError:  # an item ``re`` may one day hold unhashable: optimised as before
        return _original(charset, iscased, fixup, fixes)
    return list(out), hascased


#: The private function's parameters this module was written against (CPython 3.11–3.13).
EXPECTED_PARAMETERS = ("charset", "iscased", "fixup", "fixes")


def share() -> None:
    """Make ``re`` optimise each case-sensitive class once per process (idempotent); on a Python
    whose ``_optimize_charset`` takes other parameters, leave ``re`` as it is (slower start, same answers)."""
    if tuple(inspect.signature(_original).parameters) == EXPECTED_PARAMETERS:
        _compiler._optimize_charset = _optimize_charset
