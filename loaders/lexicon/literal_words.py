"""A report's own words (its areas' short names) searched as ``re`` would search their alternation, without
compiling one pattern per report.

A finder that searches for a report's own words (``新洲|新洲区`` then a title's words) compiled
``re.compile("(?:w1|w2…)" + rest)`` per report: a pattern holding a class of Han characters costs about a
millisecond to compile, more than the search, and no two areas share it. :func:`finditer` gives the matches that
pattern gives, from ``str.find`` and ``rest`` compiled once: ``re`` tries, at each position left to right, the words
in the order listed, each followed by ``rest`` (literal words hold no choice to go back into), and resumes after a
match at its end; so does :func:`finditer`, at the positions where a word starts.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence


def finditer(text: str, words: Sequence[str], rest: re.Pattern[str] | None = None,
             opens: Callable[[int], bool] | None = None) -> Iterator[tuple[int, str, re.Match[str] | None]]:
    """``(start, word, rest's match)`` of each match of ``(?:w1|w2|…)`` + ``rest`` in ``text``, as ``re.finditer``
    finds them, in text order: ``words`` literal and non-empty, tried in the order given; ``rest`` (None for
    nothing) is matched from the word's end (its match's ``end()`` is the match's end; without ``rest`` the word's
    end); ``opens(start)`` stands for a zero-width condition before the words (a lookbehind: ``(?<=[、和])|^``), a
    position where it is false holding no match."""
    starts = sorted({at for word in set(words) for at in _occurrences(text, word)})
    resume = 0
    for start in starts:
        if start < resume or (opens is not None and not opens(start)):
            continue
        for word in words:
            if not text.startswith(word, start):
                continue
            end = start + len(word)
            match = rest.match(text, end) if rest is not None else None
            if rest is None or match is not None:
                yield start, word, match
                resume = match.end() if match is not None else end
                break


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Every offset where ``word`` starts in ``text``, overlapping ones too."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)
