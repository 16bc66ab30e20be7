"""Offset-keeping pieces of a report's text: sentences, clauses, sets of stretches, items placed by their stretch,
and where a sentence holding an offset starts.

Offsets are into the normalised view (:mod:`loaders.lexicon.normalise`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import Generic, NamedTuple, TypeVar

_Item = TypeVar("_Item")

_SENTENCE_END = "。！？!?；;\n"
_CLAUSE_END = _SENTENCE_END + "，,：:"
_OPEN, _CLOSE = "《(（“", "》)）”"
# The characters the splitters look at: brackets and quotes, and the ends of sentences or clauses.
_SENTENCE_MARKS = re.compile(f"[{re.escape(_OPEN + _CLOSE + _SENTENCE_END)}]")
_CLAUSE_MARKS = re.compile(f"[{re.escape(_OPEN + _CLOSE + _CLAUSE_END)}]")


# The words of a speech quoted: up to its closing quote, a sentence's end, which no name or slogan holds.
_SPEECH = re.compile(f"[^“”\n]*?[{re.escape(_SENTENCE_END)}]\\s*”")


class Span(NamedTuple):
    """A stretch of the text: ``text`` equals ``full[start:end]``.

    A named tuple, not a dataclass: a report makes one per sentence, clause and item, and a tuple
    is made in half the time.
    """

    start: int
    end: int
    text: str


def _split(text: str, ends: re.Pattern[str], start: int = 0, stop: int | None = None, speech: bool = False) -> list[Span]:
    """Split at the end characters that stand outside 《》, brackets and quotes (a line break always ends).

    ``speech``: a quote that holds a sentence's end (“我列席…，参加…执法检查，…等活动。”) is someone's
    words, not a name or a slogan, and its commas split too.
    Only the delimiters are visited (``ends`` matches them), so the cost is the number of delimiters.
    """
    stop = len(text) if stop is None else stop
    spans: list[Span] = []
    depth = 0
    spoken = 0  # closing quotes of open speeches, which close no bracket
    begin = start
    for match in ends.finditer(text, start, stop):
        char = match.group()
        if char == "“" and speech and _SPEECH.match(text, match.end(), stop):
            spoken += 1
        elif char == "”" and spoken:
            spoken -= 1
        elif char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == "?" and text[match.end() : match.end() + 1].isascii() and text[match.end() : match.end() + 1].isalnum():
            continue  # a character lost to ? in a broken page (宁?h2016年, 开展?jié)M意度), not a question
        elif depth == 0 or char == "\n":
            depth = 0
            index = match.start()
            if index > begin:
                spans.append(Span(begin, index, text[begin:index]))
            begin = index + 1
    if stop > begin:
        spans.append(Span(begin, stop, text[begin:stop]))
    return [s for s in spans if not s.text.isspace()]


#: The most characters a sentence holds (the genre's longest, in 449 dev reports, holds 647): a longer
#: one is text without sentence ends (a page's table or menu flattened into one line), cut at its
#: clause ends, so rules that read a sentence at a time stay linear in the report's length.
MAX_SENTENCE = 2000
_PIECE_ENDS = "，,：:、 \u3000"


def sentences(text: str) -> list[Span]:
    """Sentences: split at 。！？；and line breaks; over :data:`MAX_SENTENCE` characters, in pieces."""
    return [piece for sentence in _split(text, _SENTENCE_MARKS) for piece in _pieces(text, sentence)]


def _pieces(text: str, sentence: Span) -> list[Span]:
    """``sentence`` whole, or cut after the last clause end (else a blank, else anywhere) that leaves
    each piece at most :data:`MAX_SENTENCE` characters."""
    pieces: list[Span] = []
    start = sentence.start
    while sentence.end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = start + 1 + max(window.rfind(end) for end in _PIECE_ENDS)
        cut = cut if cut > start + 1 else start + MAX_SENTENCE
        pieces.append(Span(start, cut, text[start:cut]))
        start = cut
    if pieces:
        pieces.append(Span(start, sentence.end, text[start : sentence.end]))
        return [piece for piece in pieces if not piece.text.isspace()]
    return [sentence]


def clauses(text: str, sentence: Span) -> list[Span]:
    """The comma-delimited clauses of one sentence, a quoted speech's among them."""
    return _split(text, _CLAUSE_MARKS, sentence.start, sentence.end, speech=True)


def strip_span(text: str, start: int, end: int, chars: str = " \t\u3000") -> Span:
    """The span without leading and trailing blanks (or the given characters)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start, end, text[start:end])


class Stretches:
    """A set of ``(start, end)`` ranges asked whether they hold an offset, in logarithmic time."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(r for r in ranges if r[1] > r[0]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.ranges = merged
        self._starts = [s for s, _ in merged]

    def holds(self, offset: int) -> bool:
        """Whether ``start <= offset < end`` for one of the ranges."""
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self.ranges[index][1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start:end`` shares a character with one of the ranges."""
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and self.ranges[index][1] > start

    def __bool__(self) -> bool:
        return bool(self.ranges)


class Disjoint:
    """Nonempty ``(start, end)`` ranges that never overlap, in text order (a pattern's matches), asked whether one of
    them holds a stretch whole, in logarithmic time: only the last range starting at or before the stretch can."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self._starts = [start for start, _ in ranges]

    def holds(self, start: int, end: int) -> bool:
        """Whether ``first <= start`` and ``end <= last`` for one ``(first, last)`` of the ranges."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self.ranges[index][1]

    def __bool__(self) -> bool:
        return bool(self.ranges)


class Placed(Generic[_Item]):
    """Items each at a ``(start, end)`` stretch, asked for those that touch a stretch in logarithmic time plus what
    they read: the items starting no earlier than the longest stretch before the stretch asked about."""

    def __init__(self, placed: list[tuple[int, int, _Item]]) -> None:
        """``placed``: ``(start, end, item)`` in any order."""
        self._placed = sorted(placed, key=lambda p: p[0])
        self._starts = [start for start, _, _ in self._placed]
        self._longest = max((end - start for start, end, _ in placed), default=0)

    def add(self, start: int, end: int, item: _Item) -> None:
        """Place ``item`` at ``start:end`` too."""
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._placed.insert(at, (start, end, item))
        self._longest = max(self._longest, end - start)

    def touching(self, low: int, high: int) -> list[_Item]:
        """The items whose stretch starts at or before ``high`` and ends at or after ``low`` (by start, then as placed):
        a superset of those overlapping ``low:high`` or lying inside it, for a caller to test as it would test them all."""
        first = bisect_left(self._starts, low - self._longest)
        return [item for start, end, item in self._placed[first : bisect_right(self._starts, high)] if end >= low]


class Claimed:
    """Spans taken so far, disjoint or identical; asks and adds in logarithmic time."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def take(self, start: int, end: int, *, share: bool = False) -> bool:
        """Take ``start:end`` unless it overlaps a taken span; ``share`` lets an identical span be taken again."""
        index = bisect_left(self._spans, (end, -1))  # the spans that start before ``end``
        before = self._spans[index - 1] if index else None
        if before == (start, end):
            return share
        if before is not None and before[1] > start:
            return False
        insort(self._spans, (start, end))
        return True


def start_after(text: str, at: int, marks: str, low: int = 0) -> int:
    """Where the sentence or clause holding ``at`` starts: just after the last of ``marks`` in ``text[low:at]`` (``low``
    when none), for passes that read a sentence's reach from its ending marks (。！？ and a line end; ； for a clause of
    a list).

    The marks are looked for in a window before ``at`` that widens until it holds one (or reaches ``low``): the cost is
    the distance to the mark, not to ``low`` (a mark a text never holds, ! in a Chinese report, was looked for back to
    its start for every hit, quadratic in a long report)."""
    reach = _REACH
    while True:
        floor = max(low, at - reach)
        last = max(text.rfind(mark, floor, at) for mark in marks)
        if last >= 0 or floor == low:
            return max(last + 1, low)
        reach *= 4


#: The first window :func:`start_after` reads back (a sentence of the genre is mostly shorter).
_REACH = 256
