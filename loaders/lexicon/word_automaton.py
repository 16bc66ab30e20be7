"""Words of a table found in a text as pyahocorasick's ``iter_long`` finds them, quicker where the
text is mostly other characters.

pyahocorasick looks a character up among a node's children one by one, and the root has a child
for each first character of a word (about 900 for the gazetteer's names): a character no word
starts with costs a scan of them all. Here every character that no word holds (up to the highest one that
a word holds; one past it is read as it is) is read as ``\\0`` (``str.translate`` with a list of code
points, about 80 ns a character),
which a sentinel word (``\\0\\1``, added first) makes the root's first child: one comparison. Such a
character ends any word in the text as read and as written, and the offsets stay, so the words
found are the same; the sentinel never matches, ``\\1`` being read as ``\\0`` too.

A character that some word starts with is found among the root's children in the order they were
added; the words are added by how common their first character is in a sample of the genre's text
(``common``), so the common ones are found after a few comparisons instead of hundreds (the
gazetteer's automaton runs in about half the time). The order of adding changes no word found.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import ahocorasick

_SENTINEL = "\0\1"


class Words:
    """An automaton over ``words`` (none holding ``\\0``) that finds the longest, left to right."""

    def __init__(self, words: Iterable[str], common: Iterable[str] = ()) -> None:
        """``common``: texts of the genre whose characters' counts order the words (see the module's doc)."""
        self._automaton = ahocorasick.Automaton()
        self._automaton.add_word(_SENTINEL, _SENTINEL)
        counts = Counter("".join(common))
        held: set[str] = set()
        for word in sorted(words, key=lambda w: -counts[w[0]]):  # stable: the order given among equals
            self._automaton.add_word(word, word)
            held.update(word)
        self._automaton.make_automaton()
        # code point → itself if a word holds it, else \0, up to the highest held: str.translate with a list
        # reads it in C (half the time of a regex substitution); a character past it is left as it is, and ends
        # any word there as \0 would
        self._table = [0] * (max(map(ord, held), default=0) + 1)
        for char in held:
            self._table[ord(char)] = ord(char)

    def longest_in(self, text: str) -> list[tuple[int, int, str]]:
        """The words in ``text`` as ``iter_long`` finds them, as (start, end, word)."""
        return [(last - len(word) + 1, last + 1, word) for last, word in self._automaton.iter_long(text.translate(self._table))]

    def every_in(self, text: str) -> list[tuple[int, int, str]]:
        """Every word in ``text``, nested and overlapping ones too, as ``iter`` finds them (by end), as
        (start, end, word)."""
        return [(last - len(word) + 1, last + 1, word) for last, word in self._automaton.iter(text.translate(self._table))]
