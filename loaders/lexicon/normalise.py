"""One normalisation pass for matching: pinyin glosses out, radicals and compatibility ideographs →
unified ideographs, traditional →
simplified, full width → ASCII; and the one normal form of a law's title.

Rules match on the normalised :class:`View`; :meth:`View.original` turns an
offset range of the view back into the range of the original text, so every
fact keeps offsets into the report as it was read. Only dropping a pinyin gloss
(會(huì)議 → 会议), or a broken one (管理?xiàng)l例 → 管理条例), changes lengths; the other steps convert character for character.
:func:`title_form` and :func:`title_key` normalise a title as written (spaces, widths,
bracket forms, radicals) so that every way of writing one law finds one catalog row.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

from loaders.lexicon.patterns import HAN_CHARS, HAN_WIDE
from loaders.lexicon.tables import rows

_RUN = re.compile(f"{HAN_WIDE}+")
# A parenthesised pinyin syllable right after a Han character: 職業(yè), 聽（tīng）. Tone marks or
# a tone digit; lower case only, so abbreviations (PM2.5) and enumerations stay.
# (a page may pad the syllable with a blank: 會(huì ))
_GLOSS = re.compile(rf"(?<=[{HAN_CHARS}])[(（] ?[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{{1,6}}[1-5]? ?[)）]")
# Full-width digits and letters: １２３ → 123 (same length).
_FULL_WIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# Characters PDF text layers write for ideographs (⼈⼤ for 人大, ⺠ for 民, 﨑 for 崎): the CJK radicals
# supplement (U+2E80–U+2EFF), Kangxi radicals (U+2F00–U+2FDF) and the CJK compatibility ideographs
# (U+F900–U+FAFF, U+2F800–U+2FA1F); each is read as its unified ideograph, one character for one.
_COMPATIBILITY_RE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
#: The blocks whose characters NFKC maps to unified ideographs (Unicode's own decompositions).
_NFKC_BLOCKS = ((0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_SPACE = re.compile(r"\s+")
_TITLE_BRACKETS = str.maketrans({"(": "（", ")": "）", "〈": "《", "〉": "》"})  # a title inside a title is in 〈〉
PRC = "中华人民共和国"


@lru_cache(maxsize=1)
def ideographs() -> dict[int, str]:
    """Code point of a character standing for an ideograph → the unified ideograph, one for one:
    Python's ``unicodedata`` NFKC decompositions of the Kangxi radicals and of the CJK compatibility
    ideographs (the table Unicode maintains, of the version Python ships), and ``data/cjk-radicals.csv``
    for the radicals-supplement characters NFKC leaves alone (Unicode's EquivalentUnifiedIdeograph.txt)."""
    table = {code: unified for first, last in _NFKC_BLOCKS for code in range(first, last + 1)
             if len(unified := unicodedata.normalize("NFKC", chr(code))) == 1 and unified != chr(code)}
    table.update({ord(row["radical"]): row["unified"] for row in rows("cjk-radicals")})
    table[0x2E9F], table[0x2EF3] = "母", "龟"  # the two supplement radicals NFKC maps
    return table


def unify_ideographs(text: str) -> str:
    """``text`` with every radical and compatibility ideograph as its unified ideograph (:func:`ideographs`),
    same length, so offsets into either are offsets into both; readers apply it to what they read.

    >>> unify_ideographs("⼈⼤常委会听取了⾏政复议⼯作情况的报告")
    '人大常委会听取了行政复议工作情况的报告'
    """
    return text.translate(ideographs()) if _COMPATIBILITY_RE.search(text) else text


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], dict[int, str]]:
    """Variant characters OpenCC leaves alone → the standard character (``data/char-variants.csv``)."""
    table = {ord(row["variant"]): row["standard"] for row in rows("char-variants")}
    return re.compile("[" + "".join(map(chr, table)) + "]"), table


def title_form(title: str) -> str:
    """A title as one string however it was written: NFKC, radicals as ideographs, no whitespace
    of any width, brackets in the full-width form the catalog uses (〈〉 inside a title as 《》).

    >>> title_form("民营经济\u3000促进法 (草案)")
    '民营经济促进法（草案）'
    """
    title = unicodedata.normalize("NFKC", unify_ideographs(title))
    return _SPACE.sub("", title).translate(_TITLE_BRACKETS)


def title_key(title: str) -> str:
    """The look-up key of a title: :func:`title_form` without a leading 中华人民共和国.

    >>> title_key("《中华人民共和国 ⺠营经济促进法》".strip("《》"))
    '民营经济促进法'
    """
    return title_form(title).removeprefix(PRC)


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

    def index(self, offset: int) -> int:
        """The view offset of original offset ``offset`` (the first view offset mapping at or after it, else the
        view's length): the inverse of :meth:`offset`.

        :meth:`offset` adds to a view offset what the last cut at or before it dropped, so the view runs in
        stretches from each cut on: the stretch whose first original offset is the last at or before
        ``offset`` holds it, unless ``offset`` falls in what the next cut dropped (then that cut's view offset).
        One search of the stretches, where a search of the view's offsets called :meth:`offset` some twenty times."""
        if not self.cuts:
            return offset
        starts, firsts, dropped = self._stretches
        stretch = bisect_right(firsts, offset) - 1
        if stretch < 0:  # before the first cut, where view offsets are original offsets
            found = min(offset, starts[0])
        else:
            found = offset - dropped[stretch]
            if stretch + 1 < len(starts):
                found = min(found, starts[stretch + 1])
        return min(max(found, 0), len(self.text))

    @cached_property
    def _stretches(self) -> tuple[list[int], list[int], list[int]]:
        """From each view offset where a cut is (the last cut there): the view offset, the original offset it maps
        to (:meth:`offset`) and what was dropped before it."""
        last = {start: dropped for start, dropped in self.cuts}  # (cuts are in order: the last at a place wins)
        starts = list(last)
        return starts, [start + last[start] for start in starts], list(last.values())

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

    The text is converted by OpenCC in one call, with its phrase context (乾隆 stays 乾隆); a
    line whose conversion changes its length is converted run by run of Han
    characters, and a run that still would, character by character.

    >>> simplify("鄉鎮人大主席團工作報告２０２３")
    '乡镇人大主席团工作报告2023'
    """
    if len(text) <= _SHORT:
        return _simplified(text)
    return _simplify(text)


#: A text this short (an organ's name, a header's value, a clause's words) is simplified once and kept: finders
#: simplify the same names report after report (27,000 calls over the dev corpus, most of them repeats), and each call
#: pays OpenCC's fixed cost. A report's whole text is never kept.
_SHORT = 64


@lru_cache(maxsize=8192)
def _simplified(text: str) -> str:
    """:func:`_simplify`, kept per short text."""
    return _simplify(text)


def _simplify(text: str) -> str:
    """:func:`simplify`, computed."""
    converter = _t2s()
    text = unify_ideographs(text)
    variants, standard = _variants()
    if variants.search(text):
        text = text.translate(standard)
    lines = text.split("\n")
    # one call for the whole text (a call's fixed cost, not its length, dominates short reports); the lines
    # whose conversion changed their length are converted again alone
    whole: list[str] = converter.convert(text).split("\n")  # type: ignore[attr-defined]
    if len(whole) != len(lines):
        whole = [converter.convert(line) for line in lines]  # type: ignore[attr-defined]
    for index, (line, converted) in enumerate(zip(lines, whole)):
        lines[index] = converted if len(converted) == len(line) else _RUN.sub(_convert_run, line)
    plain = "\n".join(lines)
    return plain.translate(_FULL_WIDTH) if _FULL_WIDTH_RE.search(plain) else plain


def _convert_run(match: re.Match[str]) -> str:
    run = match.group()
    converted: str = _t2s().convert(run)  # type: ignore[attr-defined]
    return converted if len(converted) == len(run) else "".join(_char_t2s(char) for char in run)


@lru_cache(maxsize=1)
def _artifacts() -> dict[str, str]:
    """Broken glosses as a page writes them → the character each lost (``data/gloss-artifacts.csv``)."""
    return {row["written"]: row["character"] for row in rows("gloss-artifacts")}


@lru_cache(maxsize=1)
def _glosses() -> re.Pattern[str]:
    """One pattern: the broken glosses, then a pinyin gloss after a Han character."""
    return re.compile("|".join([*map(re.escape, _artifacts()), _GLOSS.pattern]))


@lru_cache(maxsize=4096)
def normalised(text: str) -> str:
    """``normalise(text).text``: a short text (an activity's evidence, a statistic's words) as the rules read it,
    kept per text, since finders read the same evidence again and again (the kinds of one report heard share it)."""
    return normalise(text).text


def normalise(original: str) -> View:
    """The matching view of a report's text.

    >>> view = normalise("會(huì)議聽(tīng)取")
    >>> view.text, view.slice(2, 4)
    ('会议听取', '聽(tīng)取')
    """
    pieces: list[str] = []
    cuts: list[tuple[int, int]] = []
    last = dropped = 0
    artifacts = _artifacts()
    for gloss in _glosses().finditer(original):
        # a broken gloss that lost its character (管理?xiàng)l例) keeps one character: the one it lost
        kept = artifacts.get(gloss.group(), "")
        pieces.append(original[last : gloss.start()] + kept)
        cut = gloss.end() - gloss.start() - len(kept)
        dropped += cut
        cuts.append((gloss.start() + len(kept) - dropped + cut, dropped))
        last = gloss.end()
    pieces.append(original[last:])
    return View(simplify("".join(pieces)), original, tuple(cuts))
