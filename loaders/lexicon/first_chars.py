"""Patterns that skip, in C, the positions where no match can start.

Python's ``re`` tries a pattern at every position of the text unless the
pattern opens with a literal or a character class; a genre pattern rarely does
(an optional level word, a lookbehind, an alternation of phrasings), so each of
its positions costs one attempt of every alternative. :func:`quick` puts a
lookahead of the characters a match can start with before the pattern: a
position without one fails at once. The lookahead consumes nothing and holds
no group, so the matches, their spans and their groups are the pattern's own.
A branch anchored at the string's start (``^…``, ``\\A…``; not in MULTILINE mode)
can match only at offset 0, whatever ``pos`` a search starts from, so it adds no
characters; offset 0 is let through by ``\\A`` instead.

A search still pays for the lookahead at every position. A pattern whose first
operation is a character class makes ``re`` skip in a tight loop instead (its
charset prefix), about twice as fast; :func:`finditer` scans a text so: a class
of the first characters, then a lookbehind holding the pattern, finds where a
match starts, and the pattern itself is matched there. That start pattern costs as much to compile
as the lookahead costs in scanning some 300,000 to 700,000 characters (the genre's patterns), so
it is compiled only once its pattern has scanned :data:`_SCANNED_BEFORE_STARTS` characters: a
command that extracts one report compiles none.

The characters are read from the pattern's parse tree (``re._parser``, the
parser ``re`` itself compiles with); a construct the reading does not know, a
pattern that can match the empty string, or a case-insensitive or verbose one
is returned as it is, and so is one that ``re`` already skips for (it opens
with a character or a class). A pattern neither skips by (it opens with a lookbehind, or with a group of many words: a department's some 300
stems) is tried at every position, each trying every word; where every match starts with one of a set of words
(:func:`literals.leading`), :func:`finditer` finds where they start in one pass of an automaton of them and
matches the pattern only there (a tenth of the time for the departments' stems).

No package offers this for ``re`` patterns: regex engines
with a literal prefilter (re2, hyperscan) lack the lookarounds the genre's
patterns use.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from loaders.lexicon import pattern_cache
from loaders.lexicon.literals import NOT_UNICODE, automaton, leading, may_match

_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_AT_START = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
# Stands among the first characters for a branch that can match only at the string's start.
_ANCHOR = ""
# A quick pattern's first characters (a class's items), when no branch is anchored, by the pattern's
# id: hashing a pattern hashes its compiled code (tens of microseconds for the largest), and a
# finder asks for every line it searches. The entry holds the pattern, so its id is not reused.
_FIRST: dict[int, tuple[re.Pattern[str], str]] = {}
# The patterns of :func:`_starts` compiled so far, by the id of the quick pattern (held in _FIRST),
# and the characters each quick pattern has scanned without one.
_STARTS: dict[int, re.Pattern[str] | None] = {}
_SCANNED: dict[int, int] = {}
_SCANNED_BEFORE_STARTS = 200_000
# What :func:`quick` reads of a pattern depends on this module's code: it is kept between runs
# (:mod:`loaders.lexicon.pattern_cache`) under a digest of it, so an edited module reads every pattern afresh.
_KEPT_AS = "quick " + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


class _Unknown(Exception):
    """A construct whose first characters are not read (any character, a back-reference, local flags)."""


@lru_cache(maxsize=512)  # a pattern written in a finder's loop is read once
def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` (its text) compiled behind a lookahead of the characters its matches can start with;
    the same matches. It is compiled once: a pattern's compilation (its classes of Han characters above
    all) is most of the command line's start-up.

    Returns ``re.compile(pattern, flags)`` when those characters are not known (see the module's doc);
    raises ``re.error`` when ``pattern`` is not a valid expression. What it reads of a pattern is kept
    between runs with the compiled patterns (:mod:`loaders.lexicon.pattern_cache`): the pattern compiled
    and its first characters ("" for none kept).
    """
    known = pattern_cache.recall(pattern, flags, _KEPT_AS)
    if known is not None:
        text, first = known
        fast = re.compile(text, flags)
        if first:
            _FIRST[id(fast)] = (fast, first)
        return fast
    fast, first = _quick(pattern, flags)
    pattern_cache.remember(pattern, flags, _KEPT_AS, (fast.pattern, first))
    if first:
        _FIRST[id(fast)] = (fast, first)
    return fast


def _quick(pattern: str, flags: int) -> tuple[re.Pattern[str], str]:
    """:func:`quick`'s pattern and the first characters :func:`finditer` may skip by ("" for none)."""
    try:
        parsed = _parser.parse(pattern, flags)  # its flags: those given and those written in it
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE):
            return re.compile(pattern, flags), ""
        first, empty = _first(parsed)
        if empty or _skips_already(parsed):
            return re.compile(pattern, flags), ""
        ahead = f"(?=[{''.join(sorted(first - {_ANCHOR}))}])" if first - {_ANCHOR} else ""
        if _ANCHOR in first:
            ahead = f"(?:\\A|{ahead})" if ahead else "\\A"
        fast = _behind(ahead, pattern, parsed, flags)
        return fast, "" if _ANCHOR in first else "".join(sorted(first))
    except (_Unknown, re.error):
        return re.compile(pattern, flags), ""


def _behind(ahead: str, pattern: str, parsed, flags: int) -> re.Pattern[str]:
    """``re.compile(f"{ahead}(?:{pattern})", flags)`` built from ``pattern``'s parse tree, which ``re``
    would parse again (a third of compiling the genre's patterns once each class is optimised once,
    :mod:`loaders.lexicon.pattern_cache`). The parser inlines a group without name or flags, so the whole's
    tree is the lookahead's items then the pattern's, compiled as :func:`re._compiler.compile` compiles
    a tree, under the whole's text: the same pattern (``==`` compares the code). A pattern setting global
    flags (``(?s)…``), which ``re`` refuses inside a group, is compiled from the text, as is every
    pattern on a Python whose ``re`` has no such internals (:func:`pattern_cache.fits`)."""
    if parsed.state.flags != _parser.fix_flags(pattern, flags) or not pattern_cache.fits():
        return re.compile(f"{ahead}(?:{pattern})", flags)
    whole = _parser.SubPattern(parsed.state, [*_parser.parse(ahead, flags).data, *parsed.data])
    return pattern_cache.from_tree(f"{ahead}(?:{pattern})", flags, whole)


def at_start_only(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` (its text) starts at offset 0 (each branch opens with ``^`` or
    ``\\A``, not in MULTILINE mode): ``pattern.match`` finds what ``pattern.search`` finds. Kept between runs
    with the compiled patterns (:mod:`loaders.lexicon.pattern_cache`), as :func:`quick` keeps what it reads: parsing
    the some 100 rows of ``data/not-activities.csv`` twice was a twentieth of ``okg extract``'s start."""
    known = pattern_cache.recall(pattern, flags, _AT_START_KEPT_AS)
    if known is not None:
        return bool(known[0])
    found = _at_start_only(pattern, flags)
    pattern_cache.remember(pattern, flags, _AT_START_KEPT_AS, (found,))
    return found


_AT_START_KEPT_AS = "at start " + _KEPT_AS.removeprefix("quick ")


def _at_start_only(pattern: str, flags: int) -> bool:
    """:func:`at_start_only`, read from the pattern's parse tree."""
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.MULTILINE:
            return False
        first, empty = _first(parsed)
    except (_Unknown, re.error):
        return False
    return first == {_ANCHOR} and not empty


def finditer(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, the same spans and groups, for a pattern
    :func:`quick` returned or one whose every match starts with one of a few known words (:func:`_words_first`,
    matched where they start: :func:`_at_words`); any other pattern is searched as it is.

    A match of ``pattern`` starts at a character of its class, where :func:`_starts` matches;
    ``pattern.match`` from there is what a search would find (a lookbehind still sees the text
    before it, a lookahead inside the lookbehind the same ``endpos``), and a match is never empty, so the next search starts at its end, as ``finditer``'s.
    """
    endpos = len(text) if endpos is None else endpos
    words = _words_first(pattern)
    if words is not None:
        yield from _at_words(pattern, text, pos, endpos, words)
        return
    if not may_match(pattern, text, pos, endpos):  # the stretch holds none of the words every match holds
        return
    starts = _starts(pattern, endpos - pos)
    if starts is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    position = pos
    while (start := starts.search(text, position, endpos)) is not None:
        match = pattern.match(text, start.start(), endpos)
        assert match is not None  # _starts matched only where it does
        yield match
        position = match.end()


def _words_first(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words every match of ``pattern`` starts with (:func:`literals.leading`), for a pattern that neither
    :func:`quick` nor ``re`` itself skips by (it opens with a lookbehind or a group of many words: 城关镇|农业农村|…);
    None for any other (their first characters skip as well, in C)."""
    key = id(pattern)
    if key not in _WORDS_FIRST:
        words = None
        if key not in _FIRST:
            try:
                parsed = _parser.parse(pattern.pattern, pattern.flags & NOT_UNICODE)
                words = None if _skips_already(parsed) else leading(pattern.pattern, pattern.flags & NOT_UNICODE)
            except re.error:
                words = None
        if len(_WORDS_FIRST) >= _MOST_WORDS_FIRST:
            _WORDS_FIRST.clear()
        _WORDS_FIRST[key] = (pattern, words)
        return words
    return _WORDS_FIRST[key][1]


# :func:`_words_first` by the pattern's id; the entry holds the pattern, so its id is not reused. A finder compiling a
# pattern per report (its area's names) adds one entry per area.
_WORDS_FIRST: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
_MOST_WORDS_FIRST = 4096


def _at_words(pattern: re.Pattern[str], text: str, pos: int, endpos: int, words: frozenset[str]) -> Iterator[re.Match[str]]:
    """:func:`finditer` of a pattern every match of which starts with one of ``words``: the places they start in
    ``text[pos:endpos]`` (one pass of an automaton of them), the pattern matched at each in turn from where the last
    match ended. A search would try it at every position; one that starts with none of the words fails there."""
    starts = sorted({end + 1 - len(word) for end, word in automaton(words).iter(text, pos, endpos)})
    position = pos
    for start in starts:
        if start < position:
            continue
        match = pattern.match(text, start, endpos)
        if match is not None:
            yield match
            position = match.end()


def _starts(pattern: re.Pattern[str], scanning: int) -> re.Pattern[str] | None:
    """One character, of the first characters' class, wherever ``pattern`` matches from it; None for
    a pattern :func:`quick` did not read (or with a branch anchored at the start), one that a
    lookbehind cannot hold (a conditional on a group: ``(?(name)…)``), or one that has not yet
    scanned :data:`_SCANNED_BEFORE_STARTS` characters, ``scanning`` more included."""
    key = id(pattern)
    if key in _STARTS:
        return _STARTS[key]
    quick_first = _FIRST.get(key)
    if quick_first is None:
        return None  # not a quick pattern: nothing is kept for it (a finder may compile one per report)
    _SCANNED[key] = _SCANNED.get(key, 0) + scanning
    if _SCANNED[key] < _SCANNED_BEFORE_STARTS:
        return None
    try:
        starts: re.Pattern[str] | None = re.compile(rf"[{quick_first[1]}](?<=(?={pattern.pattern})[\s\S])", pattern.flags)
    except re.error:
        starts = None
    _STARTS[key] = starts
    return starts


def _skips_already(sequence) -> bool:
    """Whether ``re`` skips by itself: the pattern opens with a character or a class, maybe repeated,
    or an alternation of characters (its literal or charset prefix)."""
    while len(sequence) and sequence[0][0] is sre.SUBPATTERN and not any(sequence[0][1][1:3]):
        sequence = sequence[0][1][3]
    if not len(sequence):
        return False
    op, av = sequence[0]
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1:  # a repeated character or class: the same
        op, av = av[2][0]
    return op in (sre.LITERAL, sre.IN) or (op is sre.BRANCH and all(len(b) and b[0][0] is sre.LITERAL for b in av[1]))


def _first(sequence) -> tuple[set[str], bool]:
    """The class items (escaped characters, ranges, categories) a match of ``sequence`` can start with,
    and whether it can match the empty string; :data:`_ANCHOR` among them where it can match only at
    the string's start (it then matches no more than that, for this purpose)."""
    items: set[str] = set()
    for op, av in sequence:
        first, empty = _first_of(op, av)
        items |= first
        if not empty:
            return items, False
    return items, True


def _first_of(op, av) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _class(av), False
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(sub)
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.BRANCH:
        items: set[str] = set()
        empty = False
        for branch in av[1]:
            first, branch_empty = _first(branch)
            items |= first
            empty = empty or branch_empty
        return items, empty
    if op in _REPEATS:
        low, _, sub = av
        first, empty = _first(sub)
        return first, empty or low == 0
    if op is sre.AT and av in _AT_START:
        return {_ANCHOR}, False  # what follows it is matched at offset 0 only
    if op in _ZERO_WIDTH:
        return set(), True
    raise _Unknown(op)


def _class(members) -> set[str]:
    items: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            items.add(re.escape(chr(av)))
        elif op is sre.RANGE:
            items.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            items.add(_CATEGORIES[av])
        else:
            raise _Unknown(op)  # a negated class, a case-folded range
    return items
