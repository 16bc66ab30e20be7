"""An alternation of table rows searched row by row, only the rows whose words a text holds.

A kind's trigger is the alternation of its rows (``听取…报告|…作了?…工作报告|…``). ``re`` tries every
row at every position a row can start at, and one row that can start at any Han character (a person
named alone making a work report) makes every position of every clause try them all. The leftmost
match of ``a|b|c`` is the leftmost of the rows' own leftmost matches, the earliest row winning a tie
(at that position the alternation tries the rows in order and nothing follows them), so each row is
searched alone, behind its first-character lookahead (:func:`first_chars.quick`), and only when the
text holds one of the words its every match holds (:class:`literals.Gate`, one pass for all rows):
the same matches, spans and text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]

from loaders.lexicon import pattern_cache
from loaders.lexicon.first_chars import quick
from loaders.lexicon.literals import Gate


class Alternation:
    """``re.compile("|".join(rows))`` for ``search`` and ``finditer``; ``pattern`` is that text. A match's
    groups are those of its row.

    Raises ``re.error`` when a row is not a valid expression, ``ValueError`` when a row can match the empty
    string (:meth:`finditer` goes on from a match's end; such a row would match every text anyway)."""

    def __init__(self, rows: Sequence[str], gate: Gate[tuple[str, int]] | None = None, name: str = "") -> None:
        """``gate``: the rows' words, each row keyed by (``name``, its index), maybe with other alternations' rows
        (:func:`alternations`); by default their own."""
        for row in rows:
            if _matches_empty(row):
                raise ValueError(f"a row that can match the empty string: {row}")
        self.pattern = "|".join(rows)
        self.rows = tuple(quick(row) for row in rows)
        self._gate = gate or Gate({(name, index): row for index, row in enumerate(rows)})
        self._shift = self._gate.index((name, 0)) if rows else 0  # the gate's bit of the first row
        self._mask = (1 << len(rows)) - 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as the alternation's ``search``: the leftmost of the possible
        rows' first matches, the earliest row on a tie (what :meth:`finditer` yields first, without its generator and
        its rows kept ahead: most calls want one match of a clause)."""
        possible = self._gate.bits(text) >> self._shift & self._mask
        if not possible:
            return None
        end = len(text) if endpos is None else endpos
        found: re.Match[str] | None = None
        for index in _rows_of_bits(possible):  # ascending: a later row wins only by starting before
            match = self.rows[index].search(text, pos, end)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches in ``text[pos:endpos]``, as the alternation's ``finditer`` (no match is empty).

        Each row's next match is kept until the matches found pass its start: a row's match at a position does not
        depend on where its search began (a lookbehind reads the text before ``pos``), so searching it again from
        further on would find it again, and a row that found none finds none further on. Searching every row again
        after each match scanned a long text once per match (a 200k report's committees: 17 % of its extraction)."""
        possible = self._gate.bits(text) >> self._shift & self._mask
        if not possible:  # the text holds the words of none of the rows: most texts, for most alternations
            return
        end = len(text) if endpos is None else endpos
        ahead = {index: self.rows[index].search(text, pos, end) for index in _rows_of_bits(possible)}
        while True:
            found: re.Match[str] | None = None
            first = 0  # the row that found it
            for index, match in ahead.items():
                if match is not None and match.start() < pos:
                    match = ahead[index] = self.rows[index].search(text, pos, end)
                if match is not None and (found is None or (match.start(), index) < (found.start(), first)):
                    found, first = match, index
            if found is None:
                return
            yield found
            pos = found.end()


def _matches_empty(row: str) -> bool:
    """Whether the expression ``row`` can match the empty string (the least width of its parse tree is 0); raises
    ``re.error`` when it is no valid expression. Kept between runs with the compiled patterns, as
    :func:`first_chars.at_start_only` keeps what it reads: parsing the some 230 trigger and not-activity rows at every
    start was a twentieth of ``okg extract``'s CPU (round 40)."""
    known = pattern_cache.recall(row, 0, _EMPTY_KEPT_AS)
    if known is None:
        known = (_parser.parse(row).getwidth()[0] == 0,)
        pattern_cache.remember(row, 0, _EMPTY_KEPT_AS, known)
    return bool(known[0])


#: The name :func:`_matches_empty`'s answers are kept under (``re``'s parser is the Python build's, as the table is).
_EMPTY_KEPT_AS = "matches empty"


@lru_cache(maxsize=4096)
def _rows_of_bits(bits: int) -> tuple[int, ...]:
    """The rows (their indices) whose bits are set in ``bits``."""
    return tuple(index for index in range(bits.bit_length()) if bits >> index & 1)


def alternations(tables: Mapping[str, Sequence[str]]) -> dict[str, Alternation]:
    """An :class:`Alternation` of each name's rows, their words found in one scan of a text for all of them
    (a clause searched for every kind of trigger is scanned once)."""
    gate = Gate({(name, index): row for name, rows in tables.items() for index, row in enumerate(rows)})
    return {name: Alternation(rows, gate, name) for name, rows in tables.items()}


def possible(tables: Mapping[str, Alternation], text: str) -> frozenset[str]:
    """The names of ``tables`` (built together by :func:`alternations`) with a row whose words ``text`` holds: no
    other can match anywhere in it. One scan of ``text`` for all of them, which their own searches of it then reuse
    (:meth:`Gate.bits` keeps the texts it scanned last)."""
    if not tables:
        return frozenset()
    bits = next(iter(tables.values()))._gate.bits(text)
    return frozenset(name for name, rows in tables.items() if bits >> rows._shift & rows._mask)
