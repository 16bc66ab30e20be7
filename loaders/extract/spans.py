"""Offset-keeping views of a report's text: simplified characters, sentences, clauses.

Every rule matches on the simplified view, which has exactly the length of the
original, so an offset found there slices the original text unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from loaders.read.encoding import normalise_for_matching

_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,：:"
_OPEN, _CLOSE = "《(（“", "》)）”"


@lru_cache(maxsize=64)
def simplify(text: str) -> str:
    """Traditional → simplified of the same length, so offsets stay valid (cached: every rule asks).

    >>> simplify("聽取、審議了政府工作報告")
    '听取、审议了政府工作报告'
    """
    return normalise_for_matching(text)


@dataclass(frozen=True)
class Span:
    """A stretch of the text: ``text`` equals ``full[start:end]``."""

    start: int
    end: int
    text: str


def _split(text: str, ends: str, start: int = 0, stop: int | None = None) -> list[Span]:
    """Split at the end characters that stand outside 《》, brackets and quotes."""
    stop = len(text) if stop is None else stop
    spans: list[Span] = []
    depth = 0
    begin = start
    for index in range(start, stop):
        char = text[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char in ends and (depth == 0 or char == "\n"):
            depth = 0
            if index > begin:
                spans.append(Span(begin, index, text[begin:index]))
            begin = index + 1
    if stop > begin:
        spans.append(Span(begin, stop, text[begin:stop]))
    return [s for s in spans if s.text.strip()]


def sentences(text: str) -> list[Span]:
    """Sentences: split at 。！？；and line breaks."""
    return _split(text, _SENTENCE_END)


def clauses(text: str, sentence: Span) -> list[Span]:
    """The comma-delimited clauses of one sentence."""
    return _split(text, _CLAUSE_END, sentence.start, sentence.end)


def strip_span(text: str, start: int, end: int, chars: str = " \t\u3000") -> Span:
    """The span without leading and trailing blanks (or the given characters)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end, text[start:end])
