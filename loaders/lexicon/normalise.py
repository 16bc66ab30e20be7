"""One normalisation pass for matching: pinyin glosses out, traditional → simplified, full width → ASCII.

Rules match on the normalised :class:`View`; :meth:`View.original` turns an
offset range of the view back into the range of the original text, so every
fact keeps offsets into the report as it was read. Only dropping a pinyin gloss
(會(huì)議 → 会议) changes lengths; the other steps convert character for character.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from loaders.lexicon.patterns import HAN_CHARS, HAN_WIDE

_RUN = re.compile(f"{HAN_WIDE}+")
# A parenthesised pinyin syllable right after a Han character: 職業(yè), 聽（tīng）. Tone marks or
# a tone digit; lower case only, so abbreviations (PM2.5) and enumerations stay.
_GLOSS = re.compile(rf"(?<=[{HAN_CHARS}])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{{1,6}}[1-5]?[)）]")
# Full-width digits and letters: １２３ → 123 (same length).
_FULL_WIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}


@dataclass(frozen=True)
class View:
    """The text rules match on, with the way back to the original.

    ``cuts`` lists, for every dropped stretch, the view offset where it was and
    how many original characters were dropped there in total so far; empty when
    nothing was dropped (the usual case: view offsets are original offsets).
    """

    text: str
    original: str
    cuts: tuple[tuple[int, int], ...] = ()

    def offset(self, index: int) -> int:
        """The original offset of view offset ``index`` (a start; an end maps with :meth:`span`)."""
        if not self.cuts:
            return index
        position = bisect_right(self.cuts, (index, len(self.original) + 1)) - 1
        return index + (self.cuts[position][1] if position >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the view range ``start:end``; a gloss inside it stays inside."""
        if not self.cuts or end <= start:
            return self.offset(start), self.offset(start) if end <= start else self.offset(end)
        return self.offset(start), self.offset(end - 1) + 1

    def slice(self, start: int, end: int) -> str:
        """The original text of the view range ``start:end``."""
        first, last = self.span(start, end)
        return self.original[first:last]


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_t2s(char: str) -> str:
    converted: str = _t2s().convert(char)  # type: ignore[attr-defined]
    return converted if len(converted) == 1 else char


def simplify(text: str) -> str:
    """Traditional characters simplified and full-width letters and digits made ASCII, same length.

    Each line is converted by OpenCC with its phrase context (乾隆 stays 乾隆); a
    line whose conversion changes its length is converted run by run of Han
    characters, and a run that still would, character by character.

    >>> simplify("鄉鎮人大主席團工作報告２０２３")
    '乡镇人大主席团工作报告2023'
    """
    converter = _t2s()
    lines = text.split("\n")
    for index, line in enumerate(lines):
        converted: str = converter.convert(line)  # type: ignore[attr-defined]
        lines[index] = converted if len(converted) == len(line) else _RUN.sub(_convert_run, line)
    plain = "\n".join(lines)
    return plain.translate(_FULL_WIDTH) if _FULL_WIDTH_RE.search(plain) else plain


def _convert_run(match: re.Match[str]) -> str:
    run = match.group()
    converted: str = _t2s().convert(run)  # type: ignore[attr-defined]
    return converted if len(converted) == len(run) else "".join(_char_t2s(char) for char in run)


def normalise(original: str) -> View:
    """The matching view of a report's text.

    >>> view = normalise("會(huì)議聽(tīng)取")
    >>> view.text, view.slice(2, 4)
    ('会议听取', '聽(tīng)取')
    """
    pieces: list[str] = []
    cuts: list[tuple[int, int]] = []
    last = dropped = 0
    for gloss in _GLOSS.finditer(original):
        pieces.append(original[last : gloss.start()])
        dropped += gloss.end() - gloss.start()
        cuts.append((gloss.start() - dropped + (gloss.end() - gloss.start()), dropped))
        last = gloss.end()
    pieces.append(original[last:])
    return View(simplify("".join(pieces)), original, tuple(cuts))
