"""Deputies: named deputies (王瑛等12名代表) and counted or qualified groups of deputies.

Counted groups carry their count (区人大代表67名, 66名代表); qualified groups
(全区各级人大代表, 四级代表, 部分代表) have none; a name is a suggestion, taken
only where the genre writes one (X等N名代表, 、X代表、).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from loaders.extract.spans import Claimed
from loaders.facts import DeputyMention
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import ABOUT_AFTER, HAN_CHARS, NUMERAL_CHARS, ORDINAL
from loaders.lexicon.tables import column

if TYPE_CHECKING:
    from loaders.extract.context import Context

_NUM = rf"(?P<n>\d+|[{NUMERAL_CHARS}]+)(?P<q>{ABOUT_AFTER})?"
_NOT_BODY = r"(?!建议|议案|团|大会|联络|工作|履职|之家|小组|性|倡议|票决|主体|作用)"
# The common surnames a deputy's name may start with: data/surnames.csv.
_SURNAMES = "".join(column("surnames", "surname"))
_COUNTED_BEFORE = re.compile(
    rf"(?:(?P<name>[{_SURNAMES}][{HAN_CHARS}]{{1,2}})等)?{_NUM}(?:名|位|人次)(?P<desc>[^，,。；;、\d]{{0,10}}?)(?:人大)?代表{_NOT_BODY}"
)
_COUNTED_AFTER = re.compile(rf"(?P<desc>[区县市省镇乡]?(?:{ORDINAL}届?)?)(?:人大)?代表(?:近|约)?{_NUM}(?:名|位|人次|人)")
_GROUP = re.compile(
    rf"(?:(?:全区|全市|全省|全县|全镇|全乡)?各级|部分|全体|[省市区县乡镇]{{2,4}}[一二三四五两]级|[一二三四五两]级)"
    rf"[^，,。；;\d]{{0,10}}?(?:人大)?代表{_NOT_BODY}"
)
_NAMED = re.compile(rf"(?<![^，,、。；：:（(“\n])(?P<name>[{_SURNAMES}][{HAN_CHARS}]{{1,2}})代表(?=[，,、。；;等提领联])")


def find(ctx: Context) -> list[DeputyMention]:
    """Deputy mentions in the report, in text order."""
    text = ctx.text
    found: list[DeputyMention] = []
    taken = Claimed()

    def add(match: re.Match[str], count: int | None, name: str | None) -> None:
        start, end = match.span()
        if not taken.take(start, end):
            return
        first, last, mention = ctx.span(start, end)
        found.append(DeputyMention(mention, first, last, name, count))

    lines = ctx.lines_with("代表")  # every pattern names 代表
    for pattern in (_COUNTED_BEFORE, _COUNTED_AFTER):
        for start, end in lines:
            for match in pattern.finditer(text, start, end):
                value = to_number(match.group("n"))
                add(match, int(value) if value is not None else None, match.groupdict().get("name"))
    for start, end in lines:
        for match in _GROUP.finditer(text, start, end):
            add(match, None, None)
    for start, end in lines:
        for match in _NAMED.finditer(text, start, end):
            add(match, None, match.group("name"))
    return sorted(found, key=lambda d: d.start)
