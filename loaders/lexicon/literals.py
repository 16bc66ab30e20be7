"""The words a pattern's every match holds, and one scan of a text that says which of many patterns
can match in it.

A genre rule is an alternation of phrasings (听取|审议|审查…报告); trying each of ten or thirty such
rules on every clause costs one search per rule, though most clauses hold the words of none. Every
match of ``报告$`` holds 报告; every match of ``(?:人民代表大会|人大)第?…次会议`` holds 人民代表大会 or
人大. :func:`needed` reads such a set of words from the pattern's parse tree (``re._parser``, the
parser ``re`` compiles with), and :class:`Gate` finds the words of many patterns in one pass of an
Aho–Corasick automaton (pyahocorasick, as :mod:`word_automaton`): a pattern none of whose words the
text holds cannot match anywhere in it, so it is not searched. A pattern whose words are not known
(a construct the reading does not know, a branch without a word, flags that change what a word
matches) is always searched. The words are read from inside the match: lookarounds add none, so a
search from ``pos`` that looks behind it is gated as soundly as one from the start.

This is the prefilter of regex engines such as RE2 (its ``prefilter``), which lack the lookarounds
the genre's patterns use; here the pattern itself still decides.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Generic, TypeVar

import ahocorasick

from loaders.lexicon import pattern_cache

# The most strings a node's exact set is spelt out to (a cross product of alternatives grows fast).
_MOST_EXACT = 64
# A class spelt out as its characters when it holds no more than these.
_MOST_CLASS = 8

_Info = tuple[frozenset[str] | None, frozenset[str] | None]  # (exact strings, words one of which is held)


def _best(choices: Iterable[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several sets of words each match holds: the longest shortest word, then fewest;
    a word holding another of its set is left out (人大第 holds 人大)."""
    usable = [frozenset(w for w in c if not any(o != w and o in w for o in c)) for c in choices if c and "" not in c]
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _sequence(items) -> _Info:
    """A concatenation: the cross product of its runs of exactly known strings, and the best of its words."""
    choices: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    for item in items:
        exact, held = _node(item)
        if exact is not None and run is not None and len(run) * len(exact) <= _MOST_EXACT:
            run = frozenset(a + b for a in run for b in exact)
            continue
        if run is not None:
            choices.append(run)
        if held is not None:
            choices.append(held)
        run = exact
    if run is not None:
        if len(choices) == 0:
            return run, None
        choices.append(run)
    return None, _best(choices)


def _characters(item) -> frozenset[str] | None:
    """The characters one node of a parse tree matches when it is a literal or a small class of literals, else None."""
    op, av = item
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op is sre.IN and len(av) <= _MOST_CLASS and all(o is sre.LITERAL for o, _ in av):
        return frozenset(chr(a) for _, a in av)
    return None


def _group_body(av):
    """A group's pattern, refused (:class:`_Unknown`) when the group turns on a flag that changes what it matches."""
    _group, add, remove, body = av
    if add & ~remove & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_VERBOSE):
        raise _Unknown
    return body


def _node(item) -> _Info:
    """What one node of a parse tree matches exactly (if a few strings) and the words its matches hold."""
    op, av = item
    if (characters := _characters(item)) is not None:
        return characters, None
    if op is sre.SUBPATTERN:
        return _sequence(_group_body(av))
    if op is sre.BRANCH:
        infos = [_sequence(branch) for branch in av[1]]
        if all(exact is not None for exact, _ in infos):
            union = frozenset().union(*(exact for exact, _ in infos))
            if len(union) <= _MOST_EXACT:
                return union, None
        words = [exact if exact is not None and "" not in exact else held for exact, held in infos]
        return None, (frozenset().union(*words) if all(words) else None)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, held = _sequence(body)
        if exact is not None and (low, high) == (0, 1):
            return exact | {""}, None
        if exact is not None and (low, high) == (1, 1):
            return exact, None
        if low == 0:
            return None, None
        return None, (_best([exact]) if exact is not None else held)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return frozenset({""}), None  # zero-width: holds nothing of the match
    return None, None


class _Unknown(Exception):
    """A flag that changes what a word matches (case-insensitive, verbose)."""


@lru_cache(maxsize=1024)
def needed(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` (its text) holds inside its span; None when not known
    (:func:`_needed`). What it reads of a pattern is kept between runs with the compiled patterns
    (:mod:`loaders.lexicon.pattern_cache`, under a digest of this module's code): reading the finders' some 300
    patterns' trees was a fifth of ``okg extract``'s start. Raises ``re.error`` when ``pattern`` is not a valid
    expression."""
    known = pattern_cache.recall(pattern, flags, _KEPT_AS)
    if known is not None:
        return None if known[0] is None else frozenset(known[0])
    words = _needed(pattern, flags)
    pattern_cache.remember(pattern, flags, _KEPT_AS, (None if words is None else tuple(sorted(words)),))
    return words


# What :func:`needed` reads depends on this module's code: kept under a digest of it.
_KEPT_AS = "needed " + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def _tree(pattern: str, flags: int) -> list | None:
    """The pattern's parse tree, None when a flag of the whole pattern changes what its literals match."""
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_VERBOSE):
        return None
    return list(parsed)


def _needed(pattern: str, flags: int) -> frozenset[str] | None:
    """:func:`needed`, read from the pattern's parse tree.

    >>> sorted(needed("(?:人民代表大会|人大)第?[一二三]+次"))
    ['人大', '人民代表大会']
    >>> sorted(needed("审议|[^，]{0,4}?检查"))
    ['审议', '检查']
    >>> needed("审议|[^，]+") is None
    True
    """
    if (tree := _tree(pattern, flags)) is None:
        return None
    try:
        exact, held = _sequence(tree)
    except _Unknown:
        return None
    return _best([exact] if exact is not None else []) or held


# The most words a pattern's leading words are spelt out to (a department's some 300 stems fit).
_MOST_LEADING = 4096


@lru_cache(maxsize=1024)
def leading(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of ``pattern`` (its text) starts with, none starting with another of them;
    None when not known (:func:`_leading`) or when a match may start with any character. Kept between runs with the
    compiled patterns, as :func:`needed` is. Raises ``re.error`` when ``pattern`` is not a valid expression."""
    known = pattern_cache.recall(pattern, flags, _LEADING_KEPT_AS)
    if known is not None:
        return None if known[0] is None else frozenset(known[0])
    words = _leading(pattern, flags)
    pattern_cache.remember(pattern, flags, _LEADING_KEPT_AS, (None if words is None else tuple(sorted(words)),))
    return words


_LEADING_KEPT_AS = "leading " + _KEPT_AS.removeprefix("needed ")


def _leading(pattern: str, flags: int) -> frozenset[str] | None:
    """:func:`leading`, read from the pattern's parse tree: the strings its opening run of exactly known nodes
    (literals, small classes, alternations of them, optional ones) spells, lookarounds spelling nothing.

    >>> sorted(_leading("(?<!各)(?:县|市)?人大(?:常委会)?", 0))
    ['人大', '县人大', '市人大']
    >>> sorted(_leading("(?:农业|农业农村|水利)+局", 0))
    ['农业', '水利']
    >>> _leading("[^，]{0,4}检查", 0) is None
    True
    """
    if (tree := _tree(pattern, flags)) is None:
        return None
    try:
        words, _ = _lead_sequence(tree)
    except _Unknown:
        return None
    if words is None or "" in words:
        return None
    return frozenset(w for w in words if not any(o != w and w.startswith(o) for o in words))


def _lead_sequence(items) -> tuple[frozenset[str] | None, bool]:
    """The strings one of which every match of a concatenation starts with (None: any), and whether every
    match is one of them whole."""
    run = frozenset({""})
    for item in items:
        words, whole = _lead_node(item)
        if words is None:
            return (run if run != {""} else None), False
        joined = frozenset(a + b for a in run for b in words)
        if len(joined) > _MOST_LEADING:
            return (run if run != {""} else None), False
        run = joined
        if not whole:
            return run, False
    return run, True


def _lead_node(item) -> tuple[frozenset[str] | None, bool]:
    """:func:`_lead_sequence` of one node of a parse tree."""
    op, av = item
    if (characters := _characters(item)) is not None:
        return characters, True
    if op is sre.SUBPATTERN:
        return _lead_sequence(_group_body(av))
    if op is sre.ATOMIC_GROUP:
        return _lead_sequence(av)
    if op is sre.BRANCH:
        branches = [_lead_sequence(branch) for branch in av[1]]
        if any(words is None for words, _ in branches):
            return None, False
        return frozenset().union(*(words for words, _ in branches)), all(whole for _, whole in branches)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        words, whole = _lead_sequence(body)
        if words is None:
            return None, False
        if (low, high) == (1, 1):
            return words, whole
        if (low, high) == (0, 1):
            return words | {""}, whole
        return (words | {""} if low == 0 else words), False
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return frozenset({""}), True  # zero-width: spells nothing of the match
    return None, False


def may_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``pattern`` may match in ``text[pos:endpos]`` (as ``pattern.search(text, pos, endpos)`` reads it):
    False only when that stretch holds none of the words its every match holds (:func:`needed`). A few
    words are looked for one by one (``str.find``), more in one pass of an automaton of them."""
    words = needed(pattern.pattern, pattern.flags & NOT_UNICODE)
    if words is None:
        return True
    end = len(text) if endpos is None else endpos
    if len(words) <= _FEW_WORDS:
        for word in words:  # a loop, not any() of a generator: a third less, asked for every stretch searched
            if text.find(word, pos, end) >= 0:
                return True
        return False
    return next(automaton(words).iter(text, pos, end), None) is not None


# Every flag but ``re.UNICODE``, which ``re`` sets on every text pattern, as an int: ``~re.UNICODE`` is an
# enum operation (two Python calls) that :func:`may_match`, asked for every stretch a finder searches, made each time.
NOT_UNICODE = int(~re.UNICODE)
# At most this many words are looked for one by one (each a pass of ``str.find``).
_FEW_WORDS = 4


@lru_cache(maxsize=1024)
def automaton(words: frozenset[str]) -> ahocorasick.Automaton:
    """An automaton finding any of ``words`` (at least one), each found as itself: shared by :func:`may_match` and
    :func:`loaders.lexicon.first_chars.finditer` (kept for the last 1,024 word sets)."""
    built = ahocorasick.Automaton()
    for word in words:
        built.add_word(word, word)
    built.make_automaton()
    return built


K = TypeVar("K", bound=Hashable)
#: How many texts' bits a :class:`Gate` keeps (cleared when full): the clauses and sentences of some paragraphs.
_KEPT_TEXTS = 512


class Gate(Generic[K]):
    """Which of several patterns (by key) can match somewhere in a text, from one scan of their words."""

    def __init__(self, patterns: Mapping[K, str], flags: int = 0) -> None:
        """``patterns``: key → a pattern's text, as it is compiled (with ``flags``)."""
        self._keys = list(patterns)
        self._always = 0  # the patterns whose words are not known, one bit each by their order
        bits_of_word: dict[str, int] = {}
        for index, text in enumerate(patterns.values()):
            words = needed(text, flags)
            if words is None:
                self._always |= 1 << index
            for word in words or ():
                bits_of_word[word] = bits_of_word.get(word, 0) | 1 << index
        self._automaton = ahocorasick.Automaton()
        for word, bits in bits_of_word.items():
            self._automaton.add_word(word, bits)
        if bits_of_word:
            self._automaton.make_automaton()
        self._words = bool(bits_of_word)
        self._keys_of = lru_cache(maxsize=4096)(self._keys_of_bits)
        self._seen: dict[str, int] = {}  # the texts asked about lately → their bits

    def possible(self, text: str) -> frozenset[K]:
        """The keys of the patterns that may match in ``text``: those whose words it holds, and those
        whose words are not known. A key left out cannot match anywhere in ``text``. Costs one scan of
        ``text`` (about 0.1 µs a character), none for the text asked about last (:meth:`bits`)."""
        return self._keys_of(self.bits(text))

    def bits(self, text: str) -> int:
        """:meth:`possible` as bits, one per pattern in the order given (bit ``i``: the ``i``-th key).

        A text asked about again is not scanned again: a clause searched for one pattern after another, and
        the same clause or sentence read again by the next rule or finder (three scans in five were of a text
        the gate had scanned: one lookup in :data:`_KEPT_TEXTS` texts' bits costs a hash of it, a fraction of a
        scan)."""
        found = self._seen.get(text)
        if found is not None:
            return found
        found = self._always
        if self._words:
            for _, bits in self._automaton.iter(text):
                found |= bits
        if len(self._seen) >= _KEPT_TEXTS:
            self._seen.clear()  # (one operation, as the assignment: safe for another thread reading)
        self._seen[text] = found
        return found

    def index(self, key: K) -> int:
        """The bit of pattern ``key`` in :meth:`bits`; raises ``ValueError`` for a key not given."""
        return self._keys.index(key)

    def _keys_of_bits(self, bits: int) -> frozenset[K]:
        return frozenset(key for index, key in enumerate(self._keys) if bits >> index & 1)

