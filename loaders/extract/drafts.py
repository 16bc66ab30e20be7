"""Which law mentions name a draft: the words right after the title say it is a bill (草案).

A draft's note stands inside the title's brackets or right after them (《X法（草案）》, 《X条例（修订草案）》,
《X条例》（草案）), or after a bare title (X条例修订草案, X条例修正案（草案）); the words are the rows of
``lexicon/data/draft-notes.csv``. Bare titles listed before one note share it (审议A条例、B条例修订草案), as
:mod:`loaders.extract.laws` reads them as drafts of the report's legislature; a title in 《》 keeps its own
note. A law is still named as a law where a mention carries no note: the mark is the mention's, never
the law's (:attr:`loaders.facts.LawMention.draft`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.lexicon.tables import column

if TYPE_CHECKING:
    from loaders.extract.laws import LawHit

#: Separators of a list of bare titles that share one draft note.
_LISTED = "、和及"


@lru_cache(maxsize=1)
def words() -> str:
    """The words of a draft's note (``lexicon/data/draft-notes.csv``: 草案, 审议稿, 修改稿, 征求意见稿, 送审稿)
    as a pattern's alternation, escaped, in the table's order."""
    return "|".join(map(re.escape, column("draft-notes", "word")))


def _bare() -> str:
    """A note written without brackets: a revision's 修订 or an amendment's 修正, then a note's word (修订草案)."""
    return rf"(?:修订|修正)?(?:{words()})"


@lru_cache(maxsize=1)
def _note() -> re.Pattern[str]:
    """A draft's note at a title's end: 》 closed or not, an amendment's 修正案, then the note in brackets
    (（草案）, （草案修改稿）, （征求意见稿）) or bare (修订草案, 草案)."""
    return re.compile(rf"\s*》?\s*(?:修正案)?(?:[（(][^（()）\n]{{0,12}}(?:{words()})[^（()）\n]{{0,12}}[)）]|{_bare()})")


@lru_cache(maxsize=1)
def title_note() -> re.Pattern[str]:
    """A draft's note written without brackets at the end of a title inside 《》, to be cut off it: the
    note's words one after another, a reading's number before a later one (《X条例修订草案》,
    《X法修订草案修改稿》, 《X条例草案二次审议稿》, 《X办法征求意见稿》, 《X条例送审稿》). Anchored at the end
    (``$``): ``sub("", title)`` is the title without it."""
    return re.compile(rf"{_bare()}(?:[一二三四]?次?(?:{words()}))*$")


def marks(text: str, hits: Sequence[LawHit]) -> list[bool]:
    """For each of ``hits`` (in text order, spans into ``text``, the normalised view), whether it names
    a draft: its note follows it, or it is a bare title listed right before a draft (A条例、B条例修订草案)."""
    note = _note()
    drafts = [note.match(text, hit.end) is not None for hit in hits]
    starts = {hit.start: index for index, hit in enumerate(hits)}
    for index in range(len(hits) - 1, -1, -1):  # from the last, so a list's mark runs back to its head
        end = hits[index].end
        following = starts.get(end + 1)
        if not drafts[index] and end < len(text) and text[end] in _LISTED and following is not None:
            drafts[index] = drafts[following]
    return drafts
